from common import E, P, S, R, L

META = {"url": "https://canberrareview.example/defence/2024/02/15/estimates-aukus-first-payment",
        "title": "Estimates: Defence confirms first AUKUS payment to US submarine yards",
        "published": "2024-02-15", "source": "The Canberra Review"}

s_pay = ("Defence officials have confirmed that Australia has paid the first US$500 million of a promised US$3 "
         "billion contribution to the United States submarine industrial base, in a tense Senate estimates hearing "
         "on Wednesday in which Greens and crossbench senators asked what, if anything, the money guaranteed.")
s_pay2 = ("Vice Admiral Jonathan Mead, who heads the Australian Submarine Agency, told the Foreign Affairs, Defence "
          "and Trade legislation committee that the payment had been made in the last quarter of 2023 and that a "
          "second instalment would follow this year.")
s_virginia = ("Under the AUKUS arrangements Australia is to buy at least three Virginia-class boats from the United "
              "States from 2032, before the first Australian-built SSN-AUKUS submarine enters service in the early "
              "2040s.")
s_school = ("Officials also told the committee that 38 Royal Australian Navy personnel had graduated from the US "
            "Navy's Nuclear Power School in South Carolina, and that more than 100 others were in the training "
            "pipeline, some of them already serving in the crews of American submarines.")
s_uk = ("Under a treaty signed with the United Kingdom in Canberra last month, Australia will also put \u00a32.4 "
        "billion into expanding the Rolls-Royce reactor plant in Derby, which is to build the reactors for every "
        "SSN-AUKUS boat.")
s_rot = ("Officials said the rotation of US submarines through HMAS Stirling near Perth, known as Submarine "
         "Rotational Force-West, would begin as early as 2027, with a British boat joining it.")

TEXT = f"""Estimates: Defence confirms first AUKUS payment to US submarine yards

{s_pay}

{s_pay2}

Greens senator David Shoebridge asked whether anything in the agreements would stop a future American president from deciding that the United States could not spare the submarines Australia has been promised. "You have sent half a billion dollars to Connecticut and Virginia. What have we got in writing?" he said.

Vice Admiral Mead said Congress had written the sales into law in December and that he was "confident" they would proceed. {s_virginia}

{s_school}

Senator Shoebridge then produced a Defence brief showing that Australia had paid France's Naval Group 555 million euros in settlement after the Morrison government cancelled the Attack-class submarine contract in 2021. He asked whether a similar bill could follow if AUKUS were abandoned. Officials declined to speculate, and the committee chair ruled that the question was hypothetical.

{s_uk} Officials said the first payment under the treaty had not yet been made.

The opposition's spokesman on foreign affairs, Senator Simon Birmingham, said the Coalition backed AUKUS "without reservation" but wanted the government to publish a full costing each year rather than "drip-feeding it through estimates".

{s_rot} The government has said the rotations do not amount to a foreign base.

Independent senator David Pocock asked how many of the 20,000 jobs promised under the program existed today. Officials took the question on notice.
"""

AUS, USA, GBR = "AUS", "USA", "GBR"
EVENTS = [
    E("INDUSTRY", "occurred",
      [P("Australia", "country", AUS), P("United States submarine industrial base", "organisation", USA)],
      "2023", None, "US$500 million contribution to the US submarine industrial base", s_pay),
    E("INDUSTRY", "planned",
      [P("Australia", "country", AUS), P("United States submarine industrial base", "organisation", USA)],
      "2024", None, "second instalment of the contribution", s_pay2, optional=True),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Australia", "country", AUS)],
      "2032", None, "at least three Virginia-class submarines", s_virginia),
    E("TRAIN", "occurred",
      [P("US Navy", "organisation", USA), P("Royal Australian Navy", "organisation", AUS)],
      None, L("South Carolina", USA), None, s_school),
    E("AGREE", "occurred",
      [P("Australia", "country", AUS), P("United Kingdom", "country", GBR)],
      "2024-01", L("Canberra", AUS), None, s_uk),
    E("INDUSTRY", "planned",
      [P("Australia", "country", AUS), P("Rolls-Royce", "company", GBR)],
      None, L("Derby", GBR), "expansion of the Rolls-Royce reactor plant in Derby", s_uk),
    E("COOPERATE", "planned",
      [P("United States", "country", USA), P("Australia", "country", AUS), P("United Kingdom", "country", GBR)],
      "2027", L("HMAS Stirling", AUS), None, s_rot, optional=True),
]
