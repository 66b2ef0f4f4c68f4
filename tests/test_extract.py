"""The rule path of extraction: sentences in, defence-cooperation events out (see ../shared/eval/SCHEMA.md).

These pin what the rules read, with the trained pair model switched off: the rules' events are the
model's strongest features and the events it keeps, so their behaviour matters on its own. What the
product (rules and model together) must honour is in test_decide.py.

Every document here is written for the test; each is short but carries at least two defence
cues so that it passes the document prefilter.
"""
from __future__ import annotations

import pytest

from defcoop.extract import extract_documents

PUBLISHED = "2022-03-10"  # a Thursday


# -- helpers ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rules():
    """The extractor with the rules alone."""
    from defcoop.extract import get_extractor
    from defcoop.settings import Settings

    return get_extractor(Settings(pair_model="none"))


@pytest.fixture()
def events(rules, make_doc):
    """events(text, published=...) -> the events of a one-document run."""

    def run(text: str, published: str | None = PUBLISHED, doc_id: str = "t-1"):
        return rules.extract([make_doc(text, doc_id=doc_id, published=published)])[0].events

    return run


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


def country_sets(evs, etype):
    return [set(e.countries) for e in of_type(evs, etype)]


def transfer_pairs(evs):
    """Ordered (supplier country, recipient country) dyads of the TRANSFER events, as scored."""
    pairs = set()
    for e in of_type(evs, "TRANSFER"):
        sup = {p.actor.country for p in e.parties if p.role == "supplier"}
        rec = {p.actor.country for p in e.parties if p.role == "recipient"}
        pairs |= {(s, r) for s in sup for r in rec if s != r}
    return pairs


def party(ev, country):
    matches = [p for p in ev.parties if p.actor.country == country]
    assert matches, f"no party of {country} in {ev.to_record()}"
    return matches[0]


# -- each type fires on a plain sentence -------------------------------------------------------
@pytest.mark.parametrize("text, etype, countries", [
    ("The defence ministers of Indonesia and Malaysia met in Jakarta to discuss military ties.",
     "MEET", {"IDN", "MYS"}),
    ("Rwanda and Zambia signed a military cooperation agreement on Friday, the defence ministries said.",
     "AGREE", {"RWA", "ZMB"}),
    ("Germany delivered two frigates to Egypt last year, the German defence ministry told the military press.",
     "TRANSFER", {"DEU", "EGY"}),
    ("Argentina and Uruguay held joint naval drills on Monday, the navies of both countries said.",
     "EXERCISE", {"ARG", "URY"}),
    ("Colombian army instructors will train Honduran soldiers in counter-insurgency tactics, the military said.",
     "TRAIN", {"COL", "HND"}),
    ("Brazil and Sweden launched joint production of Gripen fighter jets for the Brazilian air force.",
     "INDUSTRY", {"BRA", "SWE"}),
    ("Uzbek military companies exhibited armoured vehicles at the IDEX defence exhibition in Abu Dhabi.",
     "EXHIBIT", {"UZB", "ARE"}),
    ("Nepal deployed 800 troops to the UN peacekeeping mission in Lebanon.",
     "DEPLOY", {"NPL", "UN"}),
    ("Finland is cooperating with NATO on air defence and military planning.",
     "COOPERATE", {"FIN", "NATO"}),
])
def test_each_type_fires_with_its_pair_of_countries(events, text, etype, countries):
    evs = events(text)
    assert country_sets(evs, etype) == [countries], [e.to_record() for e in evs]
    ev = of_type(evs, etype)[0]
    if etype != "TRANSFER":
        assert {p.role for p in ev.parties} == {"participant"}
    assert 0.0 < ev.confidence <= 1.0
    assert ev.doc_id == "t-1"
    assert ev.reason  # the rule that fired is recorded


def test_record_has_the_schema_fields(events):
    ev = of_type(events("Finland is cooperating with NATO on air defence and military planning."), "COOPERATE")[0]
    rec = ev.to_record()
    assert set(rec) >= {"doc_id", "type", "status", "parties", "date", "location", "item", "evidence",
                        "confidence"}
    nato = [p for p in rec["parties"] if p["country"] == "NATO"]
    assert nato and nato[0]["kind"] == "igo" and nato[0]["role"] == "participant"
    fin = [p for p in rec["parties"] if p["country"] == "FIN"]
    assert fin and fin[0]["kind"] == "country"


# -- TRANSFER direction --------------------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    pytest.param("Germany delivered two frigates to Egypt last year, the German defence ministry told the military press.",
                 {("DEU", "EGY")}, id="active-delivered-to"),
    pytest.param("Ten armoured vehicles were donated by Japan to the Philippine army.",
                 {("JPN", "PHL")}, id="passive-donated-by"),
    pytest.param("Morocco received Apache helicopters from the United States, the army said.",
                 {("USA", "MAR")}, id="received-from"),
    pytest.param("Algeria bought six submarines from Russia for its navy, the defence ministry said.",
                 {("RUS", "DZA")}, id="bought-from"),
    pytest.param("The supply of artillery shells by South Korea to Poland began in March, the military said.",
                 {("KOR", "POL")}, id="supply-of-by-to"),
    pytest.param("Israel supplied Azerbaijan with drones and other weapons for its army.",
                 {("ISR", "AZE")}, id="supplied-with"),
    pytest.param("Nigeria acquired Turkish drones for its air force to fight insurgents, the military said.",
                 {("TUR", "NGA")}, id="demonym-origin"),
    pytest.param("The Chilean navy sold two frigates to Ecuador, defence officials said, and the military confirmed it.",
                 {("CHL", "ECU")}, id="demonym-body-sold-to"),
    # "lease" takes ("India leased drones from the US"), unless it says whom the goods go to
    pytest.param("Turkey leased two frigates to Pakistan's navy last year, the defence ministry said.",
                 {("TUR", "PAK")}, id="leased-to"),
    pytest.param("India leased two MQ-9B drones from the United States for its navy, the military said.",
                 {("USA", "IND")}, id="leased-from"),
    # ... or says it with an indirect object, which the parser may take for a direct one
    pytest.param("Germany will lease Lithuania 44 older Leopard 2A6 tanks from next year, the defence ministry said.",
                 {("DEU", "LTU")}, id="leased-indirect-object"),
    # a seller receives an order or a contract "from" its buyer
    pytest.param("Turkey's Otokar received a contract for 100 armoured vehicles from the Romanian army, the defence "
                 "ministry said.", {("TUR", "ROU")}, id="received-a-contract-from"),
])
def test_transfer_supplier_and_recipient(events, text, pairs):
    evs = events(text)
    assert transfer_pairs(evs) == pairs, [e.to_record() for e in evs]
    for ev in of_type(evs, "TRANSFER"):
        assert {p.role for p in ev.parties} == {"supplier", "recipient"}


def test_transfer_records_the_item(events):
    evs = events("Israel supplied Azerbaijan with drones and other weapons for its army.")
    (ev,) = of_type(evs, "TRANSFER")
    assert ev.item is not None and "drones" in ev.item


def test_transfer_to_a_list_of_recipients_is_one_event_per_recipient(events):
    evs = events("France delivered Rafale fighter jets to India, Greece and Croatia, boosting their air forces.")
    transfers = of_type(evs, "TRANSFER")
    assert len(transfers) == 3
    assert transfer_pairs(evs) == {("FRA", "IND"), ("FRA", "GRC"), ("FRA", "HRV")}
    for ev in transfers:
        assert len({p.actor.country for p in ev.parties if p.role == "recipient"}) == 1
        assert {p.actor.country for p in ev.parties if p.role == "supplier"} == {"FRA"}


def test_transfer_from_a_list_of_suppliers_is_one_event_per_supplier(events):
    evs = events("Ukraine received 50 tanks from Poland, Czechia and Slovakia for its army, the military said.")
    assert len(of_type(evs, "TRANSFER")) == 3
    assert transfer_pairs(evs) == {("POL", "UKR"), ("CZE", "UKR"), ("SVK", "UKR")}


# -- companies -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind_of_thing", [
    ("Hundreds of Somali army officers were sent to Turkey for advanced military training at NATO-standard "
     "academies, the defence ministry said.", "NATO"),
    ("The Kenyan army sent its officers to Egypt to train on Soviet-era helicopters, the defence ministry said.",
     "RUS"),
])
def test_a_name_made_into_a_kind_of_thing_is_no_party(events, text, kind_of_thing):
    """ "NATO-standard", "Soviet-era": the name says what kind of thing, not who acts."""
    evs = events(text)
    assert evs and not any(kind_of_thing in {p.actor.country for p in e.parties} for e in evs), [e.to_record() for e in evs]


def test_a_rank_written_short_is_a_title_not_a_name(events):
    """ "RADM Huang Jiang", "LTG Smith": the abbreviated ranks of navies and armies are titles."""
    evs = events("A Chinese naval task group headed by RADM Huang Jiang, chief of staff of the South Sea Fleet, "
                 "arrived in Dar es Salaam for joint exercises with the Tanzanian navy, the defence ministry said.")
    people = {p.actor.name for e in evs for p in e.parties if p.actor.kind == "person"}
    assert "Huang Jiang" in people, people


def test_gazetteer_company_gets_its_country(events):
    evs = events("Embraer will supply five Super Tucano aircraft to the Philippine Air Force, the military said.")
    (ev,) = of_type(evs, "TRANSFER")
    supplier = party(ev, "BRA")
    assert supplier.role == "supplier"
    assert supplier.actor.kind == "company" and supplier.actor.name == "Embraer"
    assert party(ev, "PHL").role == "recipient"


def test_company_introduced_by_demonym_and_firm_gets_that_country(events):
    evs = events("The Turkish firm Baykar will deliver armed drones to the Polish army, the defence ministry said.")
    (ev,) = of_type(evs, "TRANSFER")
    supplier = party(ev, "TUR")
    assert supplier.actor.kind == "company" and supplier.actor.name == "Baykar"
    assert supplier.role == "supplier"
    assert party(ev, "POL").role == "recipient"
    # the demonym is folded into the firm, not a separate country party
    assert [p.actor.kind for p in ev.parties if p.actor.country == "TUR"] == ["company"]


# -- status --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, etype, status", [
    pytest.param("Serbia will receive Chinese air defence missiles for its army next year.",
                 "TRANSFER", "planned", id="will"),
    pytest.param("Colombia plans to buy fighter jets from Sweden to modernise its air force, the defence minister said.",
                 "TRANSFER", "planned", id="plans-to"),
    pytest.param("Qatar ordered ten military helicopters from Italy for its armed forces.",
                 "TRANSFER", "planned", id="ordered"),
    pytest.param("Bolivia and Paraguay will hold joint army drills, the two defence ministries said.",
                 "EXERCISE", "planned", id="will-hold-drills"),
    pytest.param("Morocco and Mauritania plan to hold joint military exercises along their border, army officials said.",
                 "EXERCISE", "planned", id="plan-to-hold"),
    pytest.param("Algeria bought six submarines from Russia for its navy, the defence ministry said.",
                 "TRANSFER", "occurred", id="past-bought"),
    pytest.param("Argentina and Uruguay held joint naval drills on Monday, the navies of both countries said.",
                 "EXERCISE", "occurred", id="past-held"),
])
def test_status(events, text, etype, status):
    found = of_type(events(text), etype)
    assert found, f"no {etype} event"
    assert {e.status for e in found} == {status}


def test_planned_event_without_a_date_keeps_date_unknown(events):
    (ev,) = of_type(events("Qatar ordered ten military helicopters from Italy for its armed forces."), "TRANSFER")
    assert ev.status == "planned"
    assert ev.date is None


# -- negation ------------------------------------------------------------------------------------
@pytest.mark.parametrize("negated, positive, etype", [
    pytest.param("Argentina did not sign the arms deal with China for its air force, the defence ministry said.",
                 "Argentina signed the arms deal with China for its air force, the defence ministry said.",
                 "AGREE", id="did-not-sign"),
    pytest.param("Argentina never signed an arms deal with China for its air force, the defence ministry said.",
                 "Argentina signed the arms deal with China for its air force, the defence ministry said.",
                 "AGREE", id="never-signed"),
    pytest.param("Malaysia denied plans to buy fighter jets from Pakistan for its military.",
                 "Malaysia plans to buy fighter jets from Pakistan for its military.",
                 "TRANSFER", id="denied-plans-to-buy"),
    pytest.param("Argentina has shelved a plan to buy 110 Chinese-built armoured vehicles for its army, the "
                 "defence ministry said.",
                 "Argentina has drawn up a plan to buy 110 Chinese-built armoured vehicles for its army, the "
                 "defence ministry said.", "TRANSFER", id="shelved-a-plan-to-buy"),
    pytest.param("Israel did not deliver air defence systems to Ukraine's army, military officials said.",
                 "Israel delivered air defence systems to Ukraine's army, military officials said.",
                 "TRANSFER", id="did-not-deliver"),
    pytest.param("Slovenia has not sent troops to the NATO mission in Kosovo, the army said.",
                 "Slovenia has sent troops to the NATO mission in Kosovo, the army said.",
                 "DEPLOY", id="has-not-sent-troops"),
])
def test_negation_drops_the_event(events, negated, positive, etype):
    assert of_type(events(positive), etype), "the affirmative control sentence should give an event"
    assert of_type(events(negated), etype) == []


# -- distractors ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    pytest.param("The army staged a military parade in Cairo as Egyptian troops and tanks marched past the president.",
                 id="own-parade"),
    pytest.param("Kazakhstan's army bought new tanks and artillery from local manufacturers for its troops.",
                 id="domestic-procurement"),
    pytest.param("The Indian Army bought 500 locally made armoured trucks for its troops from a domestic firm.",
                 id="domestic-procurement-2"),
    pytest.param("Brazil values its military cooperation with partners, the defence minister said.",
                 id="opinion"),
    pytest.param("More than 20 million Soviet soldiers died in World War II, and the army honoured them with a "
                 "military ceremony.", id="wwii-history"),
    pytest.param("Trade ministers of Kenya and Tanzania met in Arusha to discuss tariffs on maize and sugar. "
                 "The talks covered coffee exports and customs rules.", id="non-defence-trade-meeting"),
    pytest.param("The U.S. Government is working with Ecuador's armed forces to better equip them to meet the "
                 "security challenges facing the region, the defence ministry said.", id="meeting-a-need"),
])
def test_distractors_give_no_event(events, text):
    assert [e.to_record() for e in events(text)] == []


# -- persons -------------------------------------------------------------------------------------
def test_titled_people_get_the_country_of_their_title(events):
    evs = events("Peru's Defence Minister Walter Ayala met Chilean Defence Minister Baldo Prokurica to discuss "
                 "military cooperation.")
    meets = of_type(evs, "MEET")
    assert len(meets) == 1
    people = {p.actor.name: p.actor for p in meets[0].parties if p.actor.kind == "person"}
    assert people["Walter Ayala"].country == "PER"
    assert people["Baldo Prokurica"].country == "CHL"
    assert people["Walter Ayala"].title == "Defence Minister"
    assert meets[0].countries == {"PER", "CHL"}


def test_surname_later_resolves_to_the_same_person(events):
    evs = events("Peru's Defence Minister Walter Ayala met Chilean Defence Minister Baldo Prokurica to discuss "
                 "military cooperation. Later, Prokurica signed a training agreement with the Peruvian army.")
    later = [e for e in of_type(evs, "AGREE") if "Later" in e.evidence]
    assert len(later) == 1
    visitor = [p.actor for p in later[0].parties if p.actor.kind == "person"]
    assert [(a.name, a.country) for a in visitor] == [("Baldo Prokurica", "CHL")]
    assert later[0].countries == {"CHL", "PER"}


def test_a_meeting_told_twice_is_one_event(events):
    evs = events("Peru's Defence Minister Walter Ayala met Chilean Defence Minister Baldo Prokurica in Lima on "
                 "Monday. At the meeting, Ayala and Prokurica discussed border security and joint training.")
    meets = of_type(evs, "MEET")
    assert len(meets) == 1
    assert {p.actor.name for p in meets[0].parties} >= {"Walter Ayala", "Baldo Prokurica"}
    assert "told again" in meets[0].reason


def test_two_deliveries_between_the_same_sides_stay_apart(events):
    evs = events("Turkey delivered 20 armoured vehicles to Kenya in March 2021. "
                 "In October 2021 Turkey also supplied Kenya with patrol boats.")
    transfers = of_type(evs, "TRANSFER")
    assert len(transfers) == 2
    assert {t.date for t in transfers} == {"2021-03", "2021-10"}


def test_name_after_a_title_naming_its_country(events):
    evs = events("China's Defence Minister Chang Wanquan met with the Minister of Defense of Kazakhstan Imangali "
                 "Tasmagambetov in Astana to discuss military cooperation.")
    people = {(p.actor.name, p.actor.country) for e in evs for p in e.parties if p.actor.kind == "person"}
    assert ("Imangali Tasmagambetov", "KAZ") in people


def test_show_named_with_its_year_brings_its_host(events):
    evs = events("Pakistan's defence production minister led a delegation to IDEX-2023 in February 2023, where the "
                 "military delegation toured the arms exhibits.")
    exhibit = of_type(evs, "EXHIBIT")
    assert exhibit and exhibit[0].countries == {"PAK", "ARE"}
    assert "host of IDEX" in exhibit[0].reason


def test_mandate_giver_is_not_a_party(events):
    evs = events("Ghana has pledged an infantry battalion for deployment in AU-led peace support operations, "
                 "under UN Security Council mandates.")
    deploys = of_type(evs, "DEPLOY")
    assert deploys and all("UN" not in e.countries for e in deploys)


def test_counterpart_with_demonym(events):
    evs = events("South African Defence Minister Thandi Modise held talks with her Mozambican counterpart on the "
                 "deployment of troops and military cooperation.")
    (meet,) = of_type(evs, "MEET")
    assert meet.countries == {"ZAF", "MOZ"}
    assert party(meet, "ZAF").actor.name == "Thandi Modise"


def test_named_counterpart_takes_the_other_country_of_the_document(events):
    evs = events("Mongolia and Japan signed a defence exchange memorandum for their armed forces. Mongolian Defence "
                 "Minister Saikhanbayar Gursed met his counterpart Nobuo Kishi in Tokyo on Wednesday.")
    (meet,) = of_type(evs, "MEET")
    people = {p.actor.name: p.actor.country for p in meet.parties if p.actor.kind == "person"}
    assert people == {"Saikhanbayar Gursed": "MNG", "Nobuo Kishi": "JPN"}


def test_host_who_receives_a_delegation_is_not_its_member(events):
    evs = events("Chad's army is rebuilding its drone units with foreign help. On Wednesday, the Minister of the Armed "
                 "Forces, General Mahamat Hassane, received a Turkish delegation led by Deputy Defence Minister "
                 "Selim Aydin in N'Djamena to discuss military training.")
    people = {p.actor.name: p.actor.country for e in evs for p in e.parties if p.actor.kind == "person"}
    assert people.get("Selim Aydin") == "TUR"
    assert people.get("Mahamat Hassane", "TCD") == "TCD"


def test_unplaced_official_met_abroad_is_from_the_place_of_the_meeting(events):
    evs = events("US Ambassador Rachel Cohen met National Security Minister Roger Alleyne in Port of Spain on "
                 "Wednesday to discuss military cooperation and joint training of the coast guard.")
    people = {p.actor.name: p.actor.country for e in evs for p in e.parties if p.actor.kind == "person"}
    assert people.get("Roger Alleyne") == "TTO"


def test_weapon_designators_are_not_people(events):
    evs = events("China's defence ministry said two H-6K bombers and Russian Tu-95 aircraft flew a joint patrol "
                 "over the Sea of Japan on Tuesday as part of military cooperation between the two countries.")
    assert not [p for e in evs for p in e.parties if p.actor.kind == "person" and "6" in p.actor.name]


# -- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, etype, date", [
    pytest.param("Egypt and Sudan launched joint air force drills on Thursday, the Egyptian military said.",
                 "2022-03-12", "EXERCISE", "2022-03-10", id="on-thursday"),
    pytest.param("Argentina and Uruguay held joint naval drills on Monday, the navies of both countries said.",
                 "2022-03-10", "EXERCISE", "2022-03-07", id="on-monday"),
    pytest.param("Officials said the deal was a milestone. Saudi Arabia and Pakistan signed a military agreement "
                 "on Nov. 14 to expand defence ties between their armed forces.",
                 "2019-11-20", "AGREE", "2019-11-14", id="nov-14"),
    pytest.param("Ghana and Nigeria held joint military drills in March 2019 along their border, with troops from "
                 "both armies taking part.", "2021-06-10", "EXERCISE", "2019-03", id="in-march-2019"),
    pytest.param("Germany delivered two frigates to Egypt last year, the German defence ministry told the military "
                 "press.", "2022-03-10", "TRANSFER", "2021", id="last-year"),
    pytest.param("Serbia will receive Chinese air defence missiles for its army next year.",
                 "2022-03-10", "TRANSFER", "2023", id="next-year"),
])
def test_dates_resolved_against_publication(events, text, published, etype, date):
    found = of_type(events(text, published=published), etype)
    assert found
    assert {e.date for e in found} == {date}


def test_undated_past_event_takes_publication_month(events):
    (ev,) = of_type(events("Algeria bought six submarines from Russia for its navy, the defence ministry said.",
                           published="2020-07-21"), "TRANSFER")
    assert ev.status == "occurred"
    assert ev.date == "2020-07"


def test_no_publication_date_leaves_weekday_unresolved(events):
    found = of_type(events("Argentina and Uruguay held joint naval drills on Monday, the navies of both countries "
                           "said.", published=None), "EXERCISE")
    assert found and {e.date for e in found} == {None}


# -- locations -----------------------------------------------------------------------------------
def test_location_city_gives_its_country(events):
    evs = events("Kenya and Uganda signed a defence pact in Nairobi to boost military cooperation between their "
                 "armies.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.location is not None
    assert (agree.location.name, agree.location.country) == ("Nairobi", "KEN")
    assert agree.countries == {"KEN", "UGA"}


def test_location_country_is_not_a_party_of_an_agreement(events):
    evs = events("Rwanda and Zambia signed a military cooperation agreement in Nairobi on Friday, the defence "
                 "ministries said.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.location is not None and agree.location.country == "KEN"
    assert agree.countries == {"RWA", "ZMB"}
    assert "KEN" not in {p.actor.country for p in agree.parties}


def test_exhibition_host_from_location_is_a_party(events):
    evs = events("Uzbek military companies exhibited armoured vehicles at the IDEX defence exhibition in Abu Dhabi.")
    (ex,) = of_type(evs, "EXHIBIT")
    assert ex.location is not None and ex.location.country == "ARE"
    assert ex.countries == {"UZB", "ARE"}


def test_exhibitors_in_an_article_about_a_show_each_take_part_in_it(events):
    evs = events("The Eurosatory defence exhibition opened outside Paris on Monday with 1,700 military exhibitors. "
                 "Poland has brought its largest national pavilion yet, with tanks and howitzers. "
                 "South Korea's Hanwha is showing its K9 self-propelled gun. "
                 "Brazil and Chile were invited to send official delegations to the next edition. "
                 "Russian companies, once regulars, were absent for a third show running.")
    pairs = [e.countries for e in of_type(evs, "EXHIBIT")]
    assert {"POL", "FRA"} in pairs and {"KOR", "FRA"} in pairs
    assert {"BRA", "FRA"} in pairs and {"CHL", "FRA"} in pairs
    assert all(len(p) == 2 for p in pairs)  # exhibitors are not partners of each other
    assert not any("RUS" in p for p in pairs)
    invited = [e for e in of_type(evs, "EXHIBIT") if "BRA" in e.countries]
    assert invited[0].status == "planned"


def test_every_foreign_exhibitor_in_a_show_sentence_takes_part(events):
    evs = events("The MSPO defence exhibition opened in Kielce on Tuesday with 600 military exhibitors. The United "
                 "States had a national pavilion with Lockheed Martin among its exhibitors, and Turkish companies "
                 "including Aselsan had stands of their own. Russia's Rosoboronexport said it had been invited to "
                 "return next year.")
    pairs = [e.countries for e in of_type(evs, "EXHIBIT")]
    assert {"USA", "POL"} in pairs and {"TUR", "POL"} in pairs and {"RUS", "POL"} in pairs


def test_a_show_named_late_in_the_article_does_not_make_it_about_the_show(events):
    evs = events("Kazakhstan and China held talks on defence cooperation in Astana on Monday. The ministers "
                 "discussed training. Officials reviewed the border. The meeting lasted two hours. Kazakhstan "
                 "invited Chinese firms to the KADEX defence exhibition. The Chinese army showcased its power "
                 "at the parade, the minister said.")
    assert not [e for e in of_type(evs, "EXHIBIT") if "parade" in e.evidence]


def test_the_two_countries_are_never_an_organisation(events):
    evs = events("Rwanda is one of the largest contributors to UN peacekeeping missions, with troops deployed "
                 "under the UN flag in South Sudan. The two countries signed a defence agreement in 2019.")
    assert all("UN" not in e.countries for e in of_type(evs, "AGREE"))


def test_deployment_pairs_each_contributor_with_the_organisation_not_the_destination(events):
    evs = events("A contingent of 850 Ghanaian soldiers left Accra on Monday for southern Lebanon, where they "
                 "will serve with the UN Interim Force in Lebanon (UNIFIL). Nepal and Malaysia have also "
                 "sent peacekeeping battalions to UNIFIL this year.")
    pairs = country_sets(evs, "DEPLOY")
    assert {"GHA", "UN"} in pairs and {"NPL", "UN"} in pairs and {"MYS", "UN"} in pairs
    assert all(len(p) == 2 and "UN" in p for p in pairs)  # no LBN, no NPL-MYS


def test_deployment_organisation_named_in_an_earlier_sentence(events):
    evs = events("The Collective Security Treaty Organization (CSTO) agreed on Thursday to send a peacekeeping "
                 "force to Kazakhstan after a request from its president. Russian paratroopers were the first "
                 "to land. Armenia was dispatching about 100 soldiers, the defence ministry in Yerevan said.")
    assert {"ARM", "CSTO"} in country_sets(evs, "DEPLOY")


def test_a_contract_to_buy_is_a_planned_transfer_from_the_seller(events):
    evs = events("Egypt has signed a contract to buy 30 Rafale fighter jets from France, Defence Minister "
                 "Mohamed Zaki said, the air force's largest purchase in a decade.")
    assert transfer_pairs(evs) == {("FRA", "EGY")}
    assert {e.status for e in of_type(evs, "TRANSFER")} == {"planned"}
    people = {p.actor.name: p.actor.country for e in evs for p in e.parties if p.actor.kind == "person"}
    assert people.get("Mohamed Zaki") != "FRA"  # "from France, Defence Minister X said": not a French minister


def test_training_pairs_the_trainer_with_each_trainee_not_the_trainees_or_the_place(events):
    evs = events("Under a regional security plan, Kenyan military instructors will train army personnel from "
                 "Somalia, Uganda and Rwanda in counter-insurgency operations, the defence ministry said. "
                 "Canadian instructors have trained 30,000 Ukrainian soldiers since 2015, most recently in "
                 "the United Kingdom.")
    pairs = country_sets(evs, "TRAIN")
    assert {"KEN", "SOM"} in pairs and {"KEN", "UGA"} in pairs and {"KEN", "RWA"} in pairs
    assert {"CAN", "UKR"} in pairs
    assert all(len(p) == 2 for p in pairs)
    assert not any(p & {"GBR"} for p in pairs) and {"SOM", "UGA"} not in pairs


def test_trainees_learning_abroad_are_trained_by_the_host(events):
    evs = events("Fifteen Sri Lankan naval officers spent two months in India learning to fly the new maritime "
                 "patrol aircraft, the navy said.")
    assert {"LKA", "IND"} in country_sets(evs, "TRAIN")



@pytest.mark.parametrize("text, trainer, trainees", [
    # the school in the sentence before: its country trains each of the countries the cadets came from
    ("Some 290 officer cadets graduated from Egypt's Military Academy in Cairo on Sunday in a ceremony "
     "attended by the defence minister. The foreign cadets, who followed the same four-year course, came "
     "from Sudan, Chad and Djibouti, the academy said.", "EGY", {"SDN", "TCD", "DJI"}),
    # the course's country, where the sentence before placed the course
    ("Forty army officers completed a six-week peacekeeping staff course in Kenya on Friday, the defence "
     "ministry said. Participants in the course came from Rwanda, Burundi and Tanzania, the organisers said.",
     "KEN", {"RWA", "BDI", "TZA"}),
])
def test_trainees_listed_after_their_school_are_each_trained_by_its_country(events, text, trainer, trainees):
    pairs = country_sets(events(text), "TRAIN")
    assert all({trainer, t} in pairs for t in trainees), pairs
    assert all(trainer in p for p in pairs), pairs  # none among the trainees


def test_a_school_named_in_another_story_trains_nobody(events):
    evs = events("- Some 290 officer cadets graduated from Egypt's Military Academy in Cairo on Sunday.\n\n"
                 "- Cadets from Sudan, Chad and Djibouti began a course in military engineering, officials said.")
    assert not any("EGY" in p for p in country_sets(evs, "TRAIN"))

def test_transport_landing_with_military_cargo_is_a_transfer_to_the_place(events):
    evs = events("Two Turkish military cargo aircraft carrying ammunition and armoured vehicles landed in "
                 "Tripoli on Tuesday, the defence ministry said.")
    assert transfer_pairs(evs) == {("TUR", "LBY")}
    visit = events("Chinese warships docked in Colombo on Monday for a three-day naval port call.")
    assert not of_type(visit, "TRANSFER")


@pytest.mark.parametrize("text", [
    "The Peruvian navy said it would send the frigate BAP Bolognesi to RIMPAC, the US-led exercise off Hawaii, "
    "next year, alongside warships from Chile.",
    "Asked whether Kazakhstan would also buy the Turkish drone, a defence ministry spokesman declined to comment.",
    "The defence agreement gives US forces access to 15 Finnish military bases.",
])
def test_words_of_selling_that_are_not_a_transfer(events, text):
    assert not transfer_pairs(events(text))


@pytest.mark.parametrize("text, pair", [
    ("The first two of eight Korean-made FA-50 light combat aircraft arrived in Malaysia on Monday, the air "
     "force said.", ("KOR", "MYS")),
    ("India has begun exporting BrahMos missiles to the Philippines, the defence ministry said.", ("IND", "PHL")),
    ("Japan donated four patrol boats to the Vietnamese coast guard, the defence ministry said.", ("JPN", "VNM")),
    ("The Ukrainian army now fields Swedish CV90 infantry fighting vehicles delivered last month, the defence "
     "ministry said.", ("SWE", "UKR")),
    ("Egypt's navy commissioned a German-built MEKO A-200 frigate in Kiel on Thursday, the armed forces said.",
     ("DEU", "EGY")),
    ("The Bangladesh Navy's newest frigate was commissioned on Monday at the Shanghai yard of China State "
     "Shipbuilding Corporation, the military said.", ("CHN", "BGD")),
])
def test_more_ways_of_telling_a_transfer(events, text, pair):
    assert pair in transfer_pairs(events(text + " Military officials welcomed the defence deal."))


def test_an_official_without_a_country_is_from_the_country_the_article_is_about(events):
    evs = events("Canada will send 50 armoured vehicles to Ukraine, the Canadian defence ministry said. Canadian "
                 "officials said Canada's army would deliver them by spring. Defence Minister Bill Blair met "
                 "Ukraine's defence minister, Rustem Umerov, on Thursday on the sidelines of a meeting of NATO "
                 "defence ministers.")
    meet = [e for e in of_type(evs, "MEET") if "Blair" in e.evidence]
    assert meet and meet[0].countries == {"CAN", "UKR"}  # and NATO is where they met, not who


@pytest.mark.parametrize("text, etype", [
    ("Rwanda also keeps a separate military force in the country under a bilateral defence agreement with the "
     "government in Bangui.", "AGREE"),
    ("Hours after the signing, the US State Department approved a possible sale of F-15 fighter jets to "
     "Indonesia, the defence ministry said.", "AGREE"),
    ("Uzbekistan has ruled out joint military drills with Russia, a defence ministry spokesman said.", "EXERCISE"),
    ("Kazakh President Tokayev asked the Collective Security Treaty Organization for military help on "
     "Wednesday.", "AGREE"),
])
def test_background_mentions_of_an_act_are_not_events(events, text, etype):
    assert not of_type(events(text), etype)


def test_an_observer_named_in_a_with_phrase_is_not_a_participant(events):
    evs = events("This year's Balikatan military exercises brought 16,000 Philippine, American and Australian "
                 "troops together, with Japan among the observers.")
    drills = of_type(evs, "EXERCISE")
    assert drills and drills[0].countries == {"PHL", "USA", "AUS"}


def test_deployment_contributors_are_those_who_send_not_those_helped_or_hosting(events):
    evs = events("A new contingent of 41 Moldovan soldiers rotated into KFOR, the NATO-led peacekeeping force, "
                 "this month. Italy has 650 military personnel with NATO Mission Iraq advising Iraqi security "
                 "institutions.")
    pairs = country_sets(evs, "DEPLOY")
    assert {"MDA", "NATO"} in pairs and {"ITA", "NATO"} in pairs
    assert not any("IRQ" in p for p in pairs)


def test_serving_with_a_training_mission_is_a_deployment_not_training(events):
    evs = events("A group of 40 Georgian officers serves with the European Union's military training mission in "
                 "the Central African Republic, the defence ministry said.")
    assert not of_type(evs, "TRAIN")
    assert country_sets(evs, "DEPLOY") == [{"GEO", "EU"}]


def test_trainees_abroad_told_by_a_participle(events):
    evs = events("More than 200 Pakistani officers and sailors spent several months in China learning to operate "
                 "the frigate's sensors and weapons, the navy said.")
    assert {"PAK", "CHN"} in country_sets(evs, "TRAIN")


@pytest.mark.parametrize("text", [
    "Latvian military officials welcomed the move, though Ottawa has yet to say where the extra tanks will come "
    "from.",
    "The Indian and Kazakh armies will meet again next year for the fifth KAZIND joint military exercise.",
    "Manila, for its part, hosts US forces under a 1998 visiting forces agreement and has opened nine of its "
    "military bases to American troops.",
])
def test_words_of_meeting_that_are_not_a_meeting(events, text):
    assert not of_type(events(text), "MEET")


@pytest.mark.parametrize("text, pair", [
    ("Pakistan signed the deal for the corvettes in 2018 with China Shipbuilding Trading Company, the export arm "
     "of the state naval shipbuilder.", ("CHN", "PAK")),  # "the export arm" sells nothing to China
    ("Bangladesh signed a deal with China for two submarines, the navy said.", ("CHN", "BGD")),
    ("Russia's Rosoboronexport signed a contract with Egypt for 24 Su-35 fighter jets, the military said.",
     ("RUS", "EGY")),
    ("The Philippine Navy is set to get two more corvettes from South Korea next year, the military said.",
     ("KOR", "PHL")),
])
def test_planned_transfers_told_as_a_contract_or_an_expectation(events, text, pair):
    evs = events(text + " Defence officials welcomed it.")
    assert transfer_pairs(evs) == {pair}
    assert {e.status for e in of_type(evs, "TRANSFER")} == {"planned"}


def test_a_unit_attached_to_another_countrys_battalion_joins_one_deployment(events):
    evs = events("A peacekeeping unit of 120 Kazakh servicemen arrived in Lebanon on Wednesday to serve with the "
                 "UN Interim Force in Lebanon (UNIFIL). The contingent has been attached to the Indian battalion "
                 "in the eastern sector, the defence ministry said.")
    deployments = of_type(evs, "DEPLOY")
    assert len(deployments) == 1 and deployments[0].countries == {"KAZ", "UN", "IND"}


# -- international organisations -----------------------------------------------------------------
@pytest.mark.parametrize("text, countries, where", [
    ("Senegal joined the UN mission in Mali, sending 600 troops and military police.", {"SEN", "UN"}, "MLI"),
    ("Bangladesh sent 1,200 peacekeepers to the UN mission in South Sudan, the army said.", {"BGD", "UN"}, "SSD"),
])
def test_troops_for_a_un_mission_are_a_deployment(events, text, countries, where):
    evs = events(text)
    (dep,) = of_type(evs, "DEPLOY")
    assert dep.countries == countries
    assert party(dep, "UN").actor.kind == "igo"
    assert dep.location is not None and dep.location.country == where
    assert where not in dep.countries  # the mission's country is where, not who


def test_cooperating_with_nato_is_cooperate_with_nato(events):
    evs = events("Finland is cooperating with NATO on air defence and military planning.")
    (coop,) = of_type(evs, "COOPERATE")
    assert coop.countries == {"FIN", "NATO"}
    assert party(coop, "NATO").actor.kind == "igo"
    assert of_type(evs, "DEPLOY") == []


# -- evidence ------------------------------------------------------------------------------------
def test_evidence_offsets_point_into_the_document_text(extractor, make_doc):
    text = ("Officials said the deal was a milestone for regional stability.\n\n"
            "Saudi Arabia and Pakistan signed a military agreement on Nov. 14 to expand defence ties. "
            "Nigeria acquired Turkish drones for its air force, the military said.")
    doc = make_doc(text, published="2019-11-20")
    evs = extractor.extract([doc])[0].events
    assert {e.type for e in evs} >= {"AGREE", "TRANSFER"}
    for ev in evs:
        assert doc.text[ev.evidence_start:ev.evidence_end] == ev.evidence
    (agree,) = of_type(evs, "AGREE")
    assert agree.evidence.startswith("Saudi Arabia and Pakistan signed")
    assert "Nigeria" not in agree.evidence  # one sentence, not the paragraph
    (transfer,) = of_type(evs, "TRANSFER")
    assert transfer.evidence.startswith("Nigeria acquired Turkish drones")


# -- purity and edge cases -----------------------------------------------------------------------
def test_extract_documents_is_pure(make_doc):
    docs = [make_doc("Peru's Defence Minister Walter Ayala met Chilean Defence Minister Baldo Prokurica to discuss "
                     "military cooperation.", doc_id="a"),
            make_doc("France delivered Rafale fighter jets to India, Greece and Croatia, boosting their air forces.",
                     doc_id="b")]
    first = [[e.to_record() for e in r.events] for r in extract_documents(docs)]
    second = [[e.to_record() for e in r.events] for r in extract_documents(docs)]
    assert first == second
    assert first[0] and first[1]
    assert [r.document.id for r in extract_documents(docs)] == ["a", "b"]
    # a document's events do not depend on the other documents in the batch
    alone = [e.to_record() for e in extract_documents([docs[1]])[0].events]
    assert alone == first[1]


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_document_gives_no_events(make_doc, text):
    (result,) = extract_documents([make_doc(text, doc_id="empty")])
    assert result.events == []
    assert result.document.id == "empty"


def test_document_without_defence_context_is_not_parsed(extractor, make_doc):
    # a trigger word alone ("signed", "agreement") in a document with no defence cues gives nothing
    doc = make_doc("Kenya and Tanzania signed a trade agreement on coffee and tea exports in Arusha.")
    assert extractor.plan(doc).spans == []
    assert extractor.extract([doc])[0].events == []


# -- regressions: behaviours once wrong, each with the sentence that showed it ------------------
@pytest.mark.parametrize("text", [
    "Spain agreed to supply armoured vehicles to Morocco's army, military sources said.",
    "Turkey agreed to sell armed drones to Kenya for its military, the defence ministry said.",
])
def test_agreed_to_transfer_is_planned(events, text):
    transfers = of_type(events(text), "TRANSFER")
    assert transfers and all(e.status == "planned" for e in transfers)


def test_passive_purchase_names_the_buyer_as_recipient(events):
    evs = events("Two submarines were bought by Thailand from China for its navy, the defence ministry said.")
    assert transfer_pairs(evs) == {("CHN", "THA")}


def test_planned_weekday_and_next_month_resolve_forward(events):
    drills = of_type(events("Singapore and Australia will hold joint naval drills on Friday, the two navies said."),
                     "EXERCISE")
    assert [e.date for e in drills] == ["2022-03-11"]
    later = of_type(events("Bolivia and Paraguay will hold joint army drills next month, the two defence "
                           "ministries said."), "EXERCISE")
    assert [e.date for e in later] == ["2022-04"]


def test_city_named_like_an_arms_fair_is_not_an_exhibition(events):
    evs = events("Peru's Defence Minister Walter Ayala met Chilean Defence Minister Baldo Prokurica in Lima "
                 "to discuss military cooperation.")
    assert not of_type(evs, "EXHIBIT")
    assert country_sets(evs, "MEET") == [{"PER", "CHL"}]


def test_first_name_that_is_a_city_stays_part_of_the_person(events):
    evs = events("Indonesian Defence Minister Prabowo Subianto hosted French Armed Forces Minister Florence Parly "
                 "in Jakarta for talks on defence cooperation.")
    meet = of_type(evs, "MEET")
    assert meet and "ITA" not in meet[0].countries
    assert {p.actor.name for p in meet[0].parties if p.actor.kind == "person"} >= {"Florence Parly"}


def test_hosting_an_exhibition_is_not_a_meeting(events):
    evs = events("Vietnamese defence companies took part in the Indo Defence exhibition hosted by Indonesia, "
                 "showing military drones.")
    assert country_sets(evs, "EXHIBIT") == [{"VNM", "IDN"}]
    assert not of_type(evs, "MEET")


def test_plural_defence_words_count_for_the_prefilter(events):
    evs = events("Germany delivered two frigates to Egypt, the defence ministry said.")
    assert transfer_pairs(evs) == {("DEU", "EGY")}


def test_participants_listed_in_the_next_sentence_join_the_same_exercise(events):
    evs = events("The Golden Eagle multinational exercise opened near Accra on Monday. About 2,000 troops from "
                 "Ghana, Nigeria, Senegal and France are taking part, the armed forces said.")
    drills = of_type(evs, "EXERCISE")
    assert len(drills) == 1
    assert drills[0].countries >= {"GHA", "NGA", "SEN", "FRA"}


def test_participants_listed_two_sentences_after_the_exercise_join_it(events):
    evs = events("The Sea Breeze naval exercise began in the Black Sea on Monday, the navy said. More than 30 "
                 "warships and 40 aircraft are involved. Hosted by the Ukrainian Navy, this year's edition "
                 "includes first-time participants Egypt and Brazil, which join regular contributors Turkey "
                 "and Canada, while Japan sent officers as observers.")
    drills = of_type(evs, "EXERCISE")
    assert len(drills) == 1
    assert drills[0].countries == {"UKR", "EGY", "BRA", "TUR", "CAN"}
    assert drills[0].date == "2022-03-07"  # the exercise's Monday, not the publication month


def test_the_drills_named_again_gather_their_participants_into_one_exercise(events):
    evs = events("The Desert Shield naval exercise began off Oman on Monday, with Omani and Indian warships "
                 "taking part, the navy said. Pakistan and Egypt are running parts of the drills from their "
                 "frigates. Israel sent military observers to the exercise, after relations between Oman and "
                 "Israel warmed last year.")
    drills = of_type(evs, "EXERCISE")
    assert len(drills) == 1
    assert drills[0].countries == {"OMN", "IND", "PAK", "EGY"}  # Israel only watched


def test_navies_that_sent_ships_to_an_exercise_take_part_in_it(events):
    evs = events("The Pakistan Navy's multinational exercise AMAN-25 ended on Tuesday with a fleet review off "
                 "Karachi. Among the navies that sent ships were those of China, Turkey and Malaysia, the navy said.")
    drills = of_type(evs, "EXERCISE")
    assert len(drills) == 1 and drills[0].countries >= {"PAK", "CHN", "TUR", "MYS"}
    assert not of_type(evs, "TRANSFER")


def test_participants_far_from_any_exercise_are_not_read_as_one(events):
    evs = events("The Sea Breeze naval exercise began in the Black Sea on Monday. The navy thanked local "
                 "fishermen for their patience. Port traffic was light. The mayor praised the weather. "
                 "Egypt and Brazil were among the participants at a separate trade conference on grain.")
    assert all(not ({"EGY", "BRA"} & e.countries) for e in of_type(evs, "EXERCISE"))


def test_observers_are_not_participants(events):
    evs = events("Kenyan and Tanzanian troops began joint military drills on Monday, while Uganda sent a few "
                 "officers to watch.")
    assert country_sets(evs, "EXERCISE") == [{"KEN", "TZA"}]


def test_the_minister_is_found_again_by_role(events):
    evs = events("Peruvian Defence Minister Walter Ayala arrived in Santiago for a two-day visit on military ties. "
                 "On Wednesday the minister held talks with Chilean army commanders on border security.")
    meets = [e for e in of_type(evs, "MEET") if "held talks" in e.evidence]
    assert meets and meets[0].countries == {"PER", "CHL"}
    assert any(p.actor.name == "Walter Ayala" for p in meets[0].parties)


def test_the_delegation_is_found_again(events):
    evs = events("A Vietnamese military delegation arrived in Manila on Monday for defence talks. "
                 "On Tuesday the delegation signed a memorandum on naval cooperation with the Philippine navy.")
    agree = of_type(evs, "AGREE")
    assert agree and agree[0].countries == {"VNM", "PHL"}


def test_a_title_before_a_name_is_not_a_role_reference(events):
    evs = events("The minister of defence of Ghana, Dominic Nitiwul, met the French ambassador to discuss "
                 "military training.")
    people = [p for e in of_type(evs, "MEET") for p in e.parties if p.actor.kind == "person"]
    assert all(p.actor.name != "the minister" for p in people)


def test_officials_listed_together_are_one_side(rules, make_doc):
    """A list of officials of one country is one side, even when only some of them say which country."""
    doc = make_doc("The United States delivered four A-29 aircraft to Ghana, the US embassy said. The American jets "
                   "arrived in Accra on Thursday. They were received by the Chief of Army Staff, Lieutenant General "
                   "Kwame Asante of Ghana; the Chief of Air Staff, Air Vice Marshal Kofi Mensah, and the Minister of "
                   "Defence, Ghana's Dominic Nitiwul.")
    (analysis,) = rules.analyse([doc])
    people = {m.actor.name: m.country for s in analysis.sentences for m in s.mentions if m.actor.kind == "person"}
    assert people["Kofi Mensah"] == "GHA"


def test_officials_listed_with_others_of_one_country_are_of_it_when_the_sentence_names_two(rules, make_doc):
    """The list rule holds when the sentence also names the visitor's country, and when the parser hangs the
    list's middle name on the next item's title."""
    doc = make_doc("India's army chief General Bipin Rawat will visit Nepal. In Kathmandu, Rawat is scheduled to meet "
                   "President Bidya Devi Bhandari, Prime Minister Prachanda and Defence Minister Bal Krishna Khand.")
    (analysis,) = rules.analyse([doc])
    people = {m.actor.name: m.country for s in analysis.sentences for m in s.mentions if m.actor.kind == "person"}
    assert people["Bal Krishna Khand"] == "NPL"


def test_officials_met_where_the_sentence_sets_it_are_of_that_place(rules, make_doc):
    """ "In Ghana, the minister met Defence Minister X": no country carried by anyone but the place."""
    doc = make_doc("The British defence minister toured West Africa this week to discuss naval training. In Ghana, "
                   "the visitor met the chief of the defence staff, Vice Admiral Seth Amoama, on Tuesday.")
    (analysis,) = rules.analyse([doc])
    people = {m.actor.name: m.country for s in analysis.sentences for m in s.mentions if m.actor.kind == "person"}
    assert people["Seth Amoama"] == "GHA"


def test_a_supply_route_is_not_a_supply(events):
    found = events("According to the Rwandan army, its battalion will secure the main supply route linking Bangui "
                   "to the border with Cameroon.")
    assert not [e for e in found if e.type == "TRANSFER"]


def test_a_year_another_sentence_gave_the_series_does_not_date_an_edition_under_way(events):
    found = events("African Lion is a joint exercise of the US military and several African armies. The exercise was "
                   "agreed on in 2004 between the US Marines and the Moroccan army. The US, Britain, Italy, Tunisia "
                   "and Senegal are participating.", published="2023-06-15")
    listed = [e for e in found if e.type == "EXERCISE" and {"GBR", "SEN"} <= e.countries]
    assert listed and all(not (e.date or "").startswith("2004") for e in listed)


def test_a_visit_to_an_organisations_seat_is_not_a_visit_to_its_host(events):
    found = events("Bosnian Defence Minister Zukan Helez visited NATO headquarters in Brussels on Tuesday for talks "
                   "on defence reform with alliance officials.")
    assert found and all("BEL" not in e.countries for e in found)
    assert any(e.countries == {"BIH", "NATO"} for e in found)


def test_a_contract_signed_for_goods_foresees_their_supply(events):
    found = events("Estonia and Latvia on Wednesday signed a joint contract with Germany's Diehl Defence for IRIS-T "
                   "SLM air defence systems, the ministries said.")
    supplies = {(frozenset(p.actor.country for p in e.parties if p.role == "supplier"),
                 frozenset(p.actor.country for p in e.parties if p.role == "recipient")) for e in found if e.type == "TRANSFER"}
    assert (frozenset({"DEU"}), frozenset({"EST"})) in supplies and (frozenset({"DEU"}), frozenset({"LVA"})) in supplies
    assert all(e.status == "planned" for e in found if e.type == "TRANSFER")


def test_contributors_to_a_mission_each_deploy_with_the_organisation(events):
    found = events("A new rotation of the NATO battlegroup has started its service in Lithuania. The battlegroup "
                   "has been deployed in Lithuania since February 2017. Germany, which leads the group, is contributing "
                   "the largest number of troops, while the Netherlands, Belgium and Norway have also sent their troops "
                   "to the new rotation.", published="2024-03-01")
    deployments = [e for e in found if e.type == "DEPLOY"]
    assert deployments and all(len(e.countries) == 2 and "NATO" in e.countries for e in deployments)
    assert {"DEU", "NLD", "BEL", "NOR"} <= {c for e in deployments for c in e.countries}


def test_the_first_person_is_the_country_in_the_speakers_title_not_the_documents(rules, make_doc):
    doc = make_doc("Germany and the Netherlands will buy more Boxer vehicles, and Germany will train Dutch crews in "
                   "Munster. \"We signed for 14 P-8A Poseidon aircraft with the Americans last year,\" Poland's "
                   "defence minister said on Monday.")
    (analysis,) = rules.analyse([doc])
    assert analysis.focus == "DEU"
    speakers = [m.actor.country for s in analysis.sentences for m in s.mentions if m.is_speaker]
    assert speakers == ["POL"]


def test_a_course_of_two_countries_in_a_third_leaves_the_place_out(events):
    evs = events("Some 40 Croatian drivers and gunners completed a ten-week Bradley course run by US Army "
                 "instructors at Grafenwöhr in Germany over the winter, the Croatian defence ministry said.")
    assert country_sets(evs, "TRAIN") == [{"HRV", "USA"}], [e.to_record() for e in evs]


def test_a_speakers_we_does_not_place_the_people_the_speaker_meets(rules, make_doc):
    doc = make_doc("Australia wants to wrap up a defence pact with Papua New Guinea, and Defence Minister Richard "
                   "Marles will host his counterpart Win Bakri Daki. \"We can always do more together,\" Marles said "
                   "ahead of hosting Daki in Geelong on Thursday.")
    (analysis,) = rules.analyse([doc])
    hosted = [m.actor.country for m in analysis.sentences[-1].mentions if m.actor.name == "Win Bakri Daki"]
    assert hosted == ["PNG"]


def test_the_officials_a_visitor_meets_without_a_country_are_the_visited_countrys(rules, make_doc):
    doc = make_doc("US Defense Secretary Lloyd Austin visited Djibouti on September 24 and had discussions with "
                   "President Ismail Guelleh and Minister of Defense Hassan Bourhan.")
    (analysis,) = rules.analyse([doc])
    people = {m.actor.name: m.actor.country for s in analysis.sentences for m in s.mentions
              if m.actor.kind == "person"}
    assert people == {"Lloyd Austin": "USA", "Ismail Guelleh": "DJI", "Hassan Bourhan": "DJI"}


def test_the_first_person_is_the_speakers_country(rules, make_doc):
    doc = make_doc("Canada signs for maritime patrol aircraft. \"We signed for 14 P-8A Poseidon aircraft with the "
                   "Americans last November,\" Canada's defence minister Bill Blair said on Monday. \"Our navy will "
                   "also train with the Royal Australian Navy,\" he added.")
    (analysis,) = rules.analyse([doc])
    speakers = [(m.actor.country, s.doc[m.start].lower_) for s in analysis.sentences for m in s.mentions
                if m.is_speaker]
    assert ("CAN", "we") in speakers



def test_a_show_named_with_its_country_is_hosted_there(events):
    evs = events("The 3rd Azerbaijan International Defense Exhibition ADEX 2018 has today launched at the Baku Expo "
                 "Centre. Officials of the defence industry ministry attended. The exhibition features 6 national "
                 "stands from Azerbaijan, China, Iran, Israel, Pakistan and Turkey, with drones on show.")
    assert sorted(map(sorted, country_sets(evs, "EXHIBIT"))) == [
        ["AZE", "CHN"], ["AZE", "IRN"], ["AZE", "ISR"], ["AZE", "PAK"], ["AZE", "TUR"]]


def test_exhibitors_of_a_show_with_no_known_host_are_never_partners_of_each_other(events):
    evs = events("Arms makers from Russia, Belarus, Turkey and China brought drones to the defence exhibition, "
                 "organisers of the military show said.")
    assert not any(len(s) > 2 for s in country_sets(evs, "EXHIBIT")), [e.to_record() for e in evs]


def test_opposing_arms_sales_is_not_one(events):
    assert of_type(events("China's foreign ministry said on Wednesday that Beijing firmly opposed all US arms "
                          "sales to Taiwan, the defence ministry noted."), "TRANSFER") == []


def test_the_supply_a_contract_foresees_takes_no_date_from_the_signing(events):
    evs = events("Indonesia on Thursday signed a contract with France's Dassault Aviation for 42 Rafale fighter jets, "
                 "the defence ministry said.")
    transfers = of_type(evs, "TRANSFER")
    assert transfers and all(e.status == "planned" and e.date is None for e in transfers), [e.to_record() for e in evs]
    assert all(e.date == "2022-03-10" for e in of_type(evs, "AGREE"))


@pytest.mark.parametrize("sentence, host", [
    ("Two Indian Navy frigates arrived in Jakarta on Monday for a four-day goodwill visit, the defence "
     "ministry said, ahead of a naval exercise.", "IDN"),
    ("The Brazilian Navy vessel BNS Amazonas docked at Walvis Bay on Tuesday to mark thirty years of naval "
     "cooperation with the Namibian military.", "NAM"),
])
def test_a_navys_ship_calling_at_a_foreign_port_is_a_visit_not_a_delivery(events, sentence, host):
    evs = events(sentence)
    assert not of_type(evs, "TRANSFER"), [e.to_record() for e in evs]
    assert any(host in s for s in country_sets(evs, "MEET")), [e.to_record() for e in evs]


def test_goods_arriving_for_a_service_are_still_a_delivery(events):
    evs = events("The first two FA-50 light combat jets built by Korea Aerospace Industries for the Royal "
                 "Malaysian Air Force arrived at the Butterworth air base on Monday, the defence ministry said.")
    assert ("KOR", "MYS") in transfer_pairs(evs), [e.to_record() for e in evs]


def test_training_naming_a_kind_of_equipment_is_no_training(events):
    evs = events("Chile's air force is buying 12 Super Tucano training aircraft from Brazil's Embraer, the "
                 "defence ministry said.")
    assert not of_type(evs, "TRAIN"), [e.to_record() for e in evs]
    assert ("BRA", "CHL") in transfer_pairs(evs)


def test_forces_joining_one_anothers_training_is_an_exercise(events):
    evs = events("Troops from Fiji and Tonga will join U.S. Marines and Japanese soldiers training in the "
                 "Australian state of Queensland next month, the defence force said.")
    assert not of_type(evs, "TRAIN"), [e.to_record() for e in evs]
    exercises = of_type(evs, "EXERCISE")
    assert exercises and {"FJI", "TON", "USA", "JPN"} <= set(exercises[0].countries)
    assert exercises[0].status == "planned"


def test_joining_a_training_course_stays_training(events):
    evs = events("Officers from Kenya joined a training course run by British instructors in Nanyuki, the "
                 "defence ministry said.")
    assert not of_type(evs, "EXERCISE"), [e.to_record() for e in evs]


def test_a_declined_request_is_no_act(events):
    evs = events("Local media said Sri Lanka declined a request by India to use its airspace for a joint "
                 "military exercise, the defence ministry said.")
    assert not of_type(evs, "EXERCISE"), [e.to_record() for e in evs]



def test_a_show_acronym_in_lower_case_is_the_word(events):
    """ "shared ideas" is no visit to Pakistan's IDEAS show; the show's name in capitals is."""
    shared = events("The army chiefs of Bangladesh and Nepal shared ideas on military training in Dhaka on Monday.")
    assert not of_type(shared, "EXHIBIT")
    shown = events("Chinese firms showed drones and radars at IDEAS 2022 in Karachi on Tuesday.")
    assert country_sets(shown, "EXHIBIT") == [{"CHN", "PAK"}]


def test_an_untitled_minister_belongs_to_the_outlets_country(rules):
    """A national paper names its own minister without a country: the outlet's domain gives it."""
    from defcoop.clean import content_hash
    from defcoop.types import Document

    text = ("Defence Minister Jonathan Coleman met Australia's defence minister in Nuku'alofa on Monday to discuss "
            "maritime patrols.")
    def ministers(url):
        doc = Document(id="t-1", text=text, raw=text, published="2013-05-02", content_hash=content_hash(text),
                       url=url)
        return {p.actor.country for e in rules.extract([doc])[0].events for p in e.parties
                if p.actor.name == "Jonathan Coleman"}
    assert ministers("https://www.nzherald.co.nz/nz/politics/story") == {"NZL"}
    assert ministers("https://www.example.com/story") != {"NZL"}


def test_a_police_contingent_for_a_peacekeeping_mission_is_read(events):
    """A page about police peacekeepers has few military words; a contingent is one."""
    evs = events("A 140-member contingent of Nepalese police left Kathmandu on Friday to join the UN peacekeeping "
                 "mission in South Sudan.")
    assert {"NPL", "UN"} in country_sets(evs, "DEPLOY")


def test_a_dotted_date_the_tagger_misses_dates_the_act(events):
    """ "05.11.2023" is often no DATE entity to the tagger; the act still takes it."""
    evs = events("Algeria and Tunisia held on 05.11.2023 a joint exercise of border security.", published="2023-11-20")
    assert [e.date for e in of_type(evs, "EXERCISE")] == ["2023-11-05"]


def test_a_dateline_date_is_the_pages_not_the_acts(events):
    """ "Buenos Aires, 17/04/2024 – ... signed this Tuesday": the act is Tuesday's."""
    evs = events("Buenos Aires, 17/04/2024 – Argentina's defence minister signed this Tuesday in Copenhagen, with his "
                 "Danish counterpart, an agreement on military cooperation.", published="2024-04-17")
    assert [e.date for e in of_type(evs, "AGREE")] == ["2024-04-16"]


@pytest.mark.parametrize("text, etype, countries", [
    ("The Indian Navy's INS Tabar berthed alongside at Port Louis, Mauritius, on Monday.", "MEET", {"IND", "MUS"}),
    ("The destroyer INS Delhi arrived on Monday for a four-day goodwill visit to Mauritius.", "MEET", {"IND", "MUS"}),
    ("The Pakistani navy ship PNS Saif called at Jeddah on her way back from the Gulf of Aden.", "MEET",
     {"PAK", "SAU"}),
    ("The Indonesian frigate KRI Bung Tomo conducted a PASSEX with the Royal Malaysian Navy off Penang on Friday.",
     "EXERCISE", {"IDN", "MYS"}),
])
def test_naval_news_port_calls_and_passing_exercises(events, text, etype, countries):
    assert countries in country_sets(events(text + " Officials said the visit would deepen military ties."), etype)


def test_only_a_navys_ship_calls_at_a_port(events):
    """ "called at" is a port call for a ship, nothing for a minister."""
    evs = events("The Kenyan defence minister called at the Turkish arms maker's plant in Ankara on Friday. Officials "
                 "said the visit would deepen military ties.")
    assert not [e for e in evs if "port call" in e.reason]


def test_a_scraped_pages_date_stamp_does_not_date_the_act(events):
    """ "date 2024-07-29 ULAANBAATAR – ... opened on July 27, 2024": the stamp is the page's day."""
    evs = events("date 2024-07-29 ULAANBAATAR, Mongolia – The Khaan Quest 2024 exercise kicked off near Ulaanbaatar as "
                 "Mongolian troops hosted soldiers from the United States at the opening ceremony July 27, 2024.",
                 published="2024-07-29")
    assert [e.date for e in of_type(evs, "EXERCISE")] == ["2024-07-27"]


def test_an_ambassador_named_without_a_country_is_not_the_home_side(rules, make_doc):
    """An ambassador serves abroad: "Ambassador Du Xiaohui handed over ..." in a Zambian story is not Zambian."""
    doc = make_doc("Zambia's army received military materials donated by China on Monday. Ambassador Du Xiaohui "
                   "handed over the materials to Zambia's defence minister in Lusaka, praising the friendship of the "
                   "two armed forces.")
    (analysis,) = rules.analyse([doc])
    people = {m.actor.name: m.country for s in analysis.sentences for m in s.mentions if m.actor.kind == "person"}
    assert people.get("Du Xiaohui") != "ZMB"


@pytest.mark.parametrize("title, abroad", [
    ("Ambassador", True), ("Defence Attaché", True), ("High Commissioner", True), ("Special Envoy", True),
    ("Commissioner of Police", False), ("Officer in Charge", False), ("Defence Minister", False), (None, False),
])
def test_which_titles_serve_abroad(title, abroad):
    from defcoop.extract.placement import serves_abroad

    assert serves_abroad(title) is abroad


def test_a_trigger_word_joined_to_a_prefix_names_no_act(rules):
    """ "pre-deployment checks", "post-exercise review": the prefix says the act is not this one."""
    from defcoop.extract.triggers import find_triggers

    for text, word in (("Soldiers completed their pre-deployment medical checks at the base.", "deployment"),
                       ("Officers held a post-exercise review at the base.", "exercise")):
        found = {tok.lower_ for _, tok in find_triggers(rules.nlp(text), rules.lex)}
        assert word not in found, (text, found)
    found = {tok.lower_ for _, tok in find_triggers(rules.nlp("The deployment of troops began."), rules.lex)}
    assert "deployment" in found
