from lib import *
text = """Five years on, the Chinese base that never was

PORT VILA - Five years ago this week, a report in the Australian press claimed that China had approached Vanuatu about building a permanent military presence in the South Pacific nation. The story set off alarm in Canberra, Wellington and Washington.

It was denied within hours. Vanuatu's foreign minister at the time, Ralph Regenvanu, said no one in his government had ever discussed a Chinese base, and Beijing called the report "fake news".

Half a decade later, there is still no Chinese military facility in Vanuatu, and officials in Port Vila say there never will be. "Vanuatu has signed no defence agreement with China, and it is not going to," a senior official in the Prime Minister's Office said last week. "We are non-aligned, and our constitution does not change because a newspaper says so."

The focus of the 2018 speculation, the Luganville wharf on Espiritu Santo, was built with a Chinese loan and opened in 2017. It remains a civilian port, handling cruise ships and copra exports. No foreign warship has berthed there since it opened, according to port records.

The episode left a lasting mark on regional politics, and many in Vanuatu still resent being cast as a pawn. "Everyone discussed our sovereignty," said one former minister, "except us."
"""
doc = dict(id="u40-22", url="https://melanesianeye.example/vanuatu/2023/04/10/five-years-on-chinese-base-that-never-was",
           title="Five years on, the Chinese base that never was", published="2023-04-10",
           source="Melanesian Eye", lang="en", text=text)
write(doc, [])
