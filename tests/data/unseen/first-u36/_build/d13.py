from common import E, P, S, R, L

META = {"url": "https://capitoloversight.example/2015/10/watchdog-afghan-airlift-waste-mi17",
        "title": "Watchdog calls Afghan airlift program a $486 million waste, questions Russian helicopter buy",
        "published": None, "source": "Capitol Oversight Daily"}

s_g222 = ("The G222s, Italian-built transport planes that had been stored in the Arizona desert, were refurbished "
          "and delivered by the US Air Force to the Afghan Air Force between 2009 and 2012, but were grounded in "
          "late 2012 after the contractor could not supply spare parts.")
s_mi17contract = ("Sopko's office also questioned the Pentagon's $572 million contract with Russia's state arms "
                  "exporter Rosoboronexport for 30 additional Mi-17 helicopters for the Afghan Air Force, which the "
                  "Army signed in June 2013 despite efforts by several senators to block it.")
s_syria = ("Senators from both parties had argued that buying from Rosoboronexport, which also supplies the "
           "Syrian government, undercut US policy.")
s_mi17deliv = "All 30 helicopters were handed over to the Afghans by the end of 2014, the report says."
s_a29 = ("Training of the first Afghan pilots on the A-29 Super Tucano light attack aircraft began this year at "
         "Moody Air Force Base in Georgia, and four of the 20 aircraft on order are due in Kabul by the end of "
         "the year.")
s_licence = ("The A-29s are being built by Sierra Nevada Corp. in Jacksonville, Florida, under licence from "
             "Brazil's Embraer.")

TEXT = f"""CAPITOL OVERSIGHT DAILY
Congress | Agencies | Contracts | Inspectors General | Data | Newsletters
Search...

Inspectors General

Watchdog calls Afghan airlift program a $486 million waste, questions Russian helicopter buy

October 9th, 2015 | By Dana Whitfield | 3 Comments

The Special Inspector General for Afghanistan Reconstruction, John Sopko, said in a report released Thursday that the Defense Department's program to supply 20 refurbished G222 transport aircraft to Afghanistan was "poorly planned and poorly executed" and had cost taxpayers $486 million with almost nothing to show for it.

{s_g222} Sixteen of them were later scrapped at Kabul airport and sold to a local contractor for about $32,000 in scrap metal.

"I cannot think of a worse use of money," Sopko told reporters. "We paid for an air force and we got a pile of aluminium."

The Air Force said in its response, included in the report, that the program had been "overtaken by changed circumstances" and that lessons had been applied to later purchases. No official has been disciplined.

{s_mi17contract} {s_syria} The Pentagon said the Mi-17 was the only helicopter Afghan crews could fly and maintain. {s_mi17deliv}

Senator Claire McCaskill, a Missouri Democrat, said the findings showed "a pattern of buying first and asking questions later", and called for a hearing of the Armed Services Committee.

{s_a29} {s_licence} SIGAR said it would review the program next year.

Filed under: Afghanistan, Air Force, SIGAR, Procurement

Related Coverage
- GAO: F-35 sustainment costs still climbing
- Army watchdog finds gaps in Iraq equipment tracking
- Senate panel advances defense bill

3 Comments
J. Ortega: Typical. Nobody is ever accountable.
RetiredMX: The G222 was a fine airframe. The parts problem was the contract.
Sam K.: Who signs off on these things?

(c) 2015 Capitol Oversight Daily | Privacy | Terms | Advertise
"""

USA, AFG, ITA, RUS, BRA = "USA", "AFG", "ITA", "RUS", "BRA"
EVENTS = [
    E("TRANSFER", "occurred",
      [S("US Air Force", "organisation", USA), R("Afghan Air Force", "organisation", AFG)],
      None, None, "20 refurbished G222 transport aircraft", s_g222),
    E("TRANSFER", "occurred",
      [S("Italy", "country", ITA), R("Afghan Air Force", "organisation", AFG)],
      None, None, "Italian-built G222 transport aircraft", s_g222, optional=True),
    E("AGREE", "occurred",
      [P("US Army", "organisation", USA), P("Rosoboronexport", "company", RUS)],
      "2013-06", None, "$572 million contract for 30 Mi-17 helicopters", s_mi17contract),
    E("TRANSFER", "occurred",
      [S("Rosoboronexport", "company", RUS), R("Afghan Air Force", "organisation", AFG)],
      "2014", None, "30 Mi-17 helicopters", s_mi17deliv),
    E("TRANSFER", "occurred",
      [S("Rosoboronexport", "company", RUS), R("Syrian government", "country", "SYR")],
      None, None, "arms", s_syria, optional=True),
    E("TRAIN", "occurred",
      [P("US Air Force", "organisation", USA), P("Afghan pilots", "organisation", AFG)],
      "2015", L("Moody Air Force Base, Georgia", USA), None, s_a29),
    E("TRANSFER", "planned",
      [S("Sierra Nevada Corp.", "company", USA), S("United States", "country", USA), R("Afghanistan", "country", AFG)],
      "2015", L("Kabul", AFG), "A-29 Super Tucano light attack aircraft (four of 20)", s_a29),
    E("INDUSTRY", "occurred",
      [P("Sierra Nevada Corp.", "company", USA), P("Embraer", "company", BRA)],
      None, L("Jacksonville, Florida", USA), "A-29 Super Tucano licensed production", s_licence),
]
