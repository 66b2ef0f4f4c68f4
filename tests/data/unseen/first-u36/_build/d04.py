from common import E, P, S, R, L

META = {"url": "https://sahelbrief.example/2021/05/chad-armoured-vehicles-origin-unclear",
        "title": "Chad: origin of armoured vehicles used against protesters remains unproven, monitors say",
        "published": "2021-05-06", "source": "Sahel Brief"}

TEXT = """Chad: origin of armoured vehicles used against protesters remains unproven, monitors say

N'Djamena - Opposition leaders in Chad said on Wednesday that armoured vehicles used to break up demonstrations in the capital last week had been "sent by a Gulf state" in the weeks after the death of President Idriss D\u00e9by, and demanded that the Transitional Military Council explain where they came from.

The Wakit Tama coalition, which organised the protests against the military council, published photographs of at least six wheeled armoured vehicles in the Moursal and Chagoua districts, some with what appeared to be fresh paint over earlier markings. Its spokesman, Max Kemkoye, told reporters that the vehicles had arrived "by air, at night" and named the United Arab Emirates as their source.

The government spokesman, Abderaman Koulamallah, rejected the claim. "The army has not acquired a single new vehicle since April. These are vehicles the Chadian army has had for years," he said, adding that the opposition was "trying to drag a friendly country into our internal affairs". The Emirati foreign ministry did not respond to a request for comment.

The Sahel Arms Observatory, an independent group that tracks weapons in the region, said it had examined the photographs and could not confirm the opposition's account. The model shown is produced under licence in at least four countries and is widely exported, its researchers said, and no serial numbers were visible. "There is no evidence, at this stage, that these vehicles were supplied by any government in recent weeks," the group said in a statement. "Nor can we rule it out."

Human rights groups said at least six people were killed during the protests of April 27 and 28. The African Union's Peace and Security Council is due to discuss the situation in Chad next week.

Kemkoye said the coalition would ask the National Assembly, which the military council dissolved last month, to investigate "as soon as it sits again".
"""

EVENTS = []
