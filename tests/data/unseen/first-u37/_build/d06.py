DOC = {
    "id": "u37-06",
    "url": "https://danubedesk.example/cee/2024/02/26/visegrad-defence-ministers-meeting-postponed",
    "title": "Visegrad defence ministers' meeting postponed, no new date set",
    "published": "2024-02-26",
    "source": "Danube Desk",
    "text": """Visegrad defence ministers' meeting postponed, no new date set

PRAGUE - A meeting of the defence ministers of the Visegrad Group that the Czech Republic had planned to host next week has been postponed, the Czech Defence Ministry said on Monday, citing "scheduling reasons". No new date has been set.

A ministry spokeswoman said the meeting would take place "when circumstances allow" and gave no further details.

The postponement comes amid deep disagreements among the four Central European countries over military aid to Ukraine. Poland and the Czech Republic remain among Kyiv's most active supporters, while the governments in Bratislava and Budapest have refused to send weapons from their own army stocks.

Asked about the meeting last week, Czech Defence Minister Jana Cernochova said she saw "no reason to pretend that the Visegrad format works as it used to". Her ministry on Monday denied that the Slovak side had been told not to come.

Slovak Defence Minister Robert Kalinak said on Facebook that Bratislava was "ready to talk at any time" and regretted the decision.

The Czech Republic holds the rotating presidency of the group until the end of June, when it passes to Poland. Its presidency programme lists defence cooperation among its priorities, but diplomats say little is expected before the handover.

A Polish defence ministry spokesman said Warsaw remained "open to cooperation in all formats".
""",
}

EVENTS = []
