DOC = {
    "id": "u37-19",
    "url": "https://muscatmirror.example/oman/2026/01/22/al-shumookh-4-exercise-concludes-dhofar",
    "title": "'Al Shumookh 4' exercise concludes in Dhofar",
    "published": "2026-01-22",
    "source": "Muscat Mirror",
    "text": """MUSCAT MIRROR
Oman | Gulf | World | Business | Sports | Lifestyle | Opinion | E-paper
Thursday, January 22, 2026
Muscat 24°C  Salalah 27°C  Sohar 23°C
OMR 1 = USD 2.60 | OMR 1 = EUR 2.39 | OMR 1 = INR 226.1
Prayer times (Muscat): Fajr 5:38 | Dhuhr 12:29 | Asr 3:39 | Maghrib 6:01 | Isha 7:17

Oman > Defence

'Al Shumookh 4' exercise concludes in Dhofar

SALALAH, Jan 21 - The Sultan's Armed Forces on Wednesday concluded the joint military exercise 'Al Shumookh 4', which was held over three weeks in the Governorate of Dhofar and the Al Wusta desert with the participation of the Royal Army of Oman, the Royal Air Force of Oman, the Royal Navy of Oman, the Royal Guard of Oman and units of the Royal Oman Police.

His Highness Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence Affairs, attended the final phase of the exercise, which included a live-fire demonstration by armoured, artillery and air units and an amphibious landing on the coast near Rakhyut.

The exercise is the largest of its kind held by the Sultan's Armed Forces in recent years. It was designed to test the ability of the services to plan and conduct joint operations, to raise the combat readiness of units and to evaluate the integration of new equipment, according to a statement from the Ministry of Defence.

Brigadier General Salim bin Musallam Qatan, the director of the exercise, said the exercise had achieved all its objectives "thanks to the high level of coordination between the armed forces and the security services".

The final phase saw the first use in an exercise of the armoured patrol vehicles produced by a national company in the Special Economic Zone at Duqm, under a contract signed with the Ministry of Defence in 2024. The ministry said the vehicles, the first to be built in the Sultanate, performed "to a high standard" in desert conditions.

The ministry also announced that the Royal Army of Oman will receive a further batch of the locally built vehicles this year.

'Al Shumookh' is held every few years. The previous edition, 'Al Shumookh 3', took place in 2023.

Share: WhatsApp | X | Facebook | Email

RELATED
- Royal Navy of Oman ship takes part in international fleet review
- Oman, India discuss expanding defence ties
- Duqm port welcomes first cruise ship of the season
- Omani national team beats Kuwait in Gulf Cup warm-up

(c) 2026 Muscat Mirror. All rights reserved. | Privacy | Terms | Advertise | Contact us
""",
}

EVENTS = []
