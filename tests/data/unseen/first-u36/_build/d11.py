from common import E, P, S, R, L

META = {"url": "https://bogotadispatch.example/politica/2019/10/senators-clash-over-fighter-replacement",
        "title": "Senators clash over fighter replacement as Defence says no decision yet",
        "published": "2019-10-23", "source": "Bogot\u00e1 Dispatch"}

TEXT = """Senators clash over fighter replacement as Defence says no decision yet

BOGOT\u00c1 - Colombia's Senate Second Committee spent three hours on Tuesday debating whether the country can afford to replace the Air Force's ageing Kfir fighters, with opposition senators calling the plan a luxury at a time when the peace process is short of money.

Defence Minister Guillermo Botero told senators that the ministry had not chosen an aircraft and that no contract would be signed this year. "There is no decision, and there is no negotiation under way with any government," he said.

Finance Ministry officials said the cost, estimated at up to 4 trillion pesos, had not been included in next year's budget.

Senator Iv\u00e1n Cepeda said the money would be better spent on demining and rural roads. Senator Paloma Valencia, of the governing Democratic Centre, said the Air Force had warned that the Kfirs would reach the end of their service life by 2023 and that the country could not be left without an air defence.

The committee agreed to summon the Air Force commander to a closed session next month.
"""

EVENTS = []
