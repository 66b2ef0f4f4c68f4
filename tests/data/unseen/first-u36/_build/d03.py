from common import E, P, S, R, L

META = {"url": "https://capeledger.example/politics/ncacc-grilled-on-gulf-munitions-exports",
        "title": "NCACC grilled on munitions exports to Gulf as inspection row drags on",
        "published": "2019-08-28", "source": "The Cape Ledger"}

s_rdm = ("Rheinmetall Denel Munition (RDM), the joint venture in which Germany's Rheinmetall holds 51% and "
         "state-owned Denel the rest, told MPs last week that it had lost orders worth R2 billion because permits "
         "had stalled.")
s_exports = ("Before that freeze, South Africa exported arms worth R3.6 billion to Saudi Arabia and R2.4 billion to "
             "the United Arab Emirates between 2016 and 2018, according to the NCACC's own annual reports, most of "
             "it artillery and mortar ammunition and components for armoured vehicles.")
s_kharj = ("RDM also built an ammunition filling plant at al-Kharj for Saudi Arabia's state-owned Military "
           "Industries Corporation, which was opened by President Jacob Zuma and Deputy Crown Prince Mohammed bin "
           "Salman in March 2016.")
s_idex = ("Denel and more than 20 other South African firms exhibited at the IDEX defence show in Abu Dhabi in "
          "February, where the national pavilion was among the largest.")
s_visit = ("Mapisa-Nqakula said the NCACC chairman, Minister in the Presidency Jackson Mthembu, would travel to "
           "Riyadh next month to try to settle the dispute over the inspection clause.")

TEXT = f"""The Cape Ledger
News | Politics | Business | Opinion | Sport | Lifestyle | Jobs
Cape Town 14\u00b0C, light rain | Johannesburg 18\u00b0C, sunny
USD/ZAR 15.27  EUR/ZAR 16.93

Politics

NCACC grilled on munitions exports to Gulf as inspection row drags on

Thandeka Mokoena | 28 August 2019, 06:30
Share on WhatsApp | Facebook | Twitter

Members of Parliament's joint standing committee on defence on Tuesday questioned the National Conventional Arms Control Committee (NCACC) over why permits for exports to Saudi Arabia and the United Arab Emirates had been held up for months, and whether South African munitions had ended up in Yemen.

{s_rdm}

The NCACC secretariat told the committee that it had withheld some permits since late 2018 because the buyers refused to sign an end-user clause allowing South African officials to inspect how the weapons were being used. {s_exports}

"We are not in a position to say where every shell ends up," the secretariat's acting head told MPs. "That is precisely why we insist on the clause."

{s_kharj} The DA's defence spokesman, Kobus Marais, said the plant showed that the Gulf could "simply make the ammunition itself" if South Africa kept delaying. "Denel is bleeding, and our customers are buying elsewhere," he said.

The EFF's Nazier Paulsen said South Africa should not be "complicit in the bombing of Yemeni children" and called for the permits to be cancelled outright. The ANC's Cyril Xaba said the committee should wait for the NCACC's review.

Defence Minister Nosiviwe Mapisa-Nqakula told MPs the dispute had not damaged relations with the Gulf states. {s_idex} "Our industry was welcome there, and it will be welcome again," she said.

{s_visit}

The committee resolved to call Denel's board and RDM's management to a further hearing in October.

Related news
- Denel misses salary payments for second month
- Paramount unveils new armoured vehicle in Pretoria
- SANDF peacekeepers return from DRC rotation

Comment (12) | Report an error

Cookie notice: The Cape Ledger uses cookies to personalise content. By continuing you agree to our cookie policy.
(c) 2019 Cape Ledger Media
"""

ZAF, DEU, SAU, ARE = "ZAF", "DEU", "SAU", "ARE"
EVENTS = [
    E("INDUSTRY", "occurred",
      [P("Rheinmetall", "company", DEU), P("Denel", "company", ZAF)],
      None, None, "Rheinmetall Denel Munition joint venture", s_rdm),
    E("TRANSFER", "occurred",
      [S("South Africa", "country", ZAF), R("Saudi Arabia", "country", SAU)],
      None, None, "arms, mostly artillery and mortar ammunition and armoured-vehicle components", s_exports),
    E("TRANSFER", "occurred",
      [S("South Africa", "country", ZAF), R("United Arab Emirates", "country", ARE)],
      None, None, "arms, mostly artillery and mortar ammunition and armoured-vehicle components", s_exports),
    E("INDUSTRY", "occurred",
      [P("Rheinmetall Denel Munition", "company", ZAF), P("Military Industries Corporation", "organisation", SAU),
       P("Jacob Zuma", "person", ZAF, title="President"),
       P("Mohammed bin Salman", "person", SAU, title="Deputy Crown Prince")],
      "2016-03", L("al-Kharj", SAU), "ammunition filling plant", s_kharj),
    E("MEET", "occurred",
      [P("Jacob Zuma", "person", ZAF, title="President"),
       P("Mohammed bin Salman", "person", SAU, title="Deputy Crown Prince")],
      "2016-03", L("al-Kharj", SAU), None, s_kharj, optional=True),
    E("EXHIBIT", "occurred",
      [P("Denel", "company", ZAF), P("United Arab Emirates", "country", ARE)],
      "2019-02", L("Abu Dhabi", ARE), None, s_idex),
    E("MEET", "planned",
      [P("Jackson Mthembu", "person", ZAF, title="Minister in the Presidency, NCACC chairman"),
       P("Saudi Arabia", "country", SAU)],
      "2019-09", L("Riyadh", SAU), None, s_visit),
]
