"""Actor mentions of one parsed sentence (defcoop.extract.mentions) and the person registry."""
from __future__ import annotations

import pytest

from defcoop.extract.mentions import MentionFinder
from defcoop.extract.persons import PersonRegistry
from defcoop.types import Actor


@pytest.fixture()
def mentions(extractor):
    def find(sentence: str, registry: PersonRegistry | None = None):
        finder = MentionFinder(extractor.lex, registry or PersonRegistry())
        return finder.find(extractor.nlp(sentence))

    return find


def by_name(ms):
    return {m.actor.name: m for m in ms}


def test_title_and_possessive_country_fold_into_the_person(mentions):
    ms = mentions("Turkey's Defence Minister Hulusi Akar inspected the naval forces of Azerbaijan in Baku.")
    akar = by_name(ms)["Hulusi Akar"]
    assert (akar.actor.kind, akar.actor.country, akar.actor.title) == ("person", "TUR", "Defence Minister")
    # "Turkey" is absorbed into the minister, not a party of its own
    assert not [m for m in ms if m.actor.kind == "country" and m.country == "TUR"]


def test_body_of_a_country_is_one_organisation_mention(mentions):
    ms = mentions("Turkey's Defence Minister Hulusi Akar inspected the naval forces of Azerbaijan in Baku.")
    navy = by_name(ms)["naval forces of Azerbaijan"]
    assert (navy.actor.kind, navy.country, navy.is_location) == ("organisation", "AZE", False)


def test_place_after_in_is_a_location_not_a_party(mentions):
    ms = mentions("Kenyan and Ugandan troops trained together in Nairobi last week.")
    places = [m for m in ms if m.is_location]
    assert [(m.country) for m in places] == ["KEN"]
    assert {m.country for m in ms if not m.is_location} == {"KEN", "UGA"}


def test_geographic_features_named_after_countries_are_not_countries(mentions):
    ms = mentions("Iranian boats patrolled the Persian Gulf near the Afghan border while Russian drones flew overhead.")
    assert {m.country for m in ms} == {"IRN", "RUS"}


def test_demonym_qualifying_weapons_marks_their_origin(mentions):
    ms = mentions("Nigeria acquired Turkish drones for its air force.")
    origin = [m for m in ms if m.country == "TUR"]
    assert len(origin) == 1 and origin[0].is_origin
    assert not [m for m in ms if m.country == "NGA" and m.is_origin]


def test_firms_take_their_owner_country(mentions):
    ms = mentions("The Chinese company Norinco and Pakistan's Heavy Industries Taxila built tanks together.")
    firms = {m.actor.name: (m.actor.kind, m.country) for m in ms}
    assert firms == {"Norinco": ("company", "CHN"), "Heavy Industries Taxila": ("company", "PAK")}


def test_registry_finds_a_person_again_by_surname():
    reg = PersonRegistry()
    reg.register(Actor("Baldo Prokurica", "person", "CHL", "Defence Minister"))
    found = reg.lookup("Prokurica")
    assert found is not None and (found.name, found.country) == ("Baldo Prokurica", "CHL")
    assert reg.lookup("Ayala") is None
    # a later, less detailed mention keeps the earlier country and title
    merged = reg.register(Actor("Prokurica", "person", None))
    assert (merged.name, merged.country, merged.title) == ("Baldo Prokurica", "CHL", "Defence Minister")


def test_a_country_named_with_the_before_a_title_is_the_officials(mentions):
    """ "of the Arab Republic of Egypt, Brigadier General X": "of" governs the name, "the" does not end it."""
    ms = mentions("Speaking to the troops, the commander of the special forces of the armed forces of the Arab "
                  "Republic of Egypt, Brigadier General Karim Fathy, said the drills had gone well.")
    assert by_name(ms)["Karim Fathy"].actor.country == "EGY"


@pytest.mark.parametrize("sentence, name, country", [
    ("Raksha Mantri Shri Rajnath Singh received Vietnam's defence chief in New Delhi.", "Rajnath Singh", "IND"),
    ("Malaysian Defence Minister Dato' Seri Hishammuddin Hussein toured the Australian base.",
     "Hishammuddin Hussein", "MYS"),
])
def test_honorifics_are_not_part_of_a_name(mentions, sentence, name, country):
    people = {m.actor.name: m.country for m in mentions(sentence) if m.actor.kind == "person"}
    assert people.get(name) == country
    assert not any(n.startswith(("Raksha", "Shri", "Dato", "Seri")) for n in people)


def test_an_abbreviated_rank_keeps_the_country_before_it(mentions):
    ms = mentions("The course was run by U.S. Army Capt. Dale Morrow, the Honduras team's officer in charge.")
    assert by_name(ms)["Dale Morrow"].country == "USA"


def test_an_acronym_the_text_spells_out_is_that_bodys(mentions):
    finder_registry = PersonRegistry()
    first = mentions("The Royal Cambodian Armed Forces (RCAF) will host the drills.", finder_registry)
    assert {m.country for m in first} == {"KHM"}


def test_an_acronym_spelt_out_earlier_in_the_document_keeps_that_meaning(extractor):
    finder = MentionFinder(extractor.lex, PersonRegistry())
    finder.find(extractor.nlp("Chief of the Royal Cambodian Armed Forces (RCAF) General Sok Dara met Chinese officers."))
    later = finder.find(extractor.nlp("RCAF troops will train with the Chinese army in May."))
    assert "CAN" not in {m.country for m in later} and "KHM" in {m.country for m in later}


def test_a_countrys_own_short_name_in_brackets_stays_the_country(mentions):
    ms = mentions("The United Arab Emirates (UAE) signed with France.")
    assert all(m.actor.kind == "country" for m in ms if m.country == "ARE")


@pytest.mark.parametrize("sentence, country", [
    ("Soldiers of the Puerto Rico National Guard trained Honduran troops.", "USA"),
    ("American bombers flew from Guam to join Japanese fighters.", "USA"),
    ("Danish and Greenland authorities met Canadian officers.", "DNK"),
])
def test_a_dependent_territory_reads_as_the_state_that_defends_it(mentions, sentence, country):
    codes = {m.country for m in mentions(sentence)}
    assert country in codes and not codes & {"PRI", "GUM", "GRL"}


def test_an_organisations_official_carries_its_code(mentions):
    ms = mentions("NATO Secretary General Mark Rutte met the Moldovan defence minister in Chisinau.")
    assert by_name(ms)["Mark Rutte"].country == "NATO"


def test_a_capital_that_ends_another_phrase_is_not_the_next_officials(mentions):
    ms = mentions("Weeks after the row with Paris, Prime Minister Kyriakos Mitsotakis signed the pact.")
    assert by_name(ms)["Kyriakos Mitsotakis"].country != "FRA"


def test_an_organisations_seat_is_marked_as_such(mentions):
    ms = mentions("The minister met NATO officials at the alliance headquarters in Brussels on Monday.")
    seat = [m for m in ms if m.country == "BEL"]
    assert seat and all(m.is_location and m.is_seat for m in seat)
    ms = mentions("The minister met Belgian officials in Brussels on Monday.")
    assert not any(m.is_seat for m in ms)


@pytest.mark.parametrize("sentence, ship, country", [
    ("The carrier USS Carl Vinson docked in Busan on Friday.", "USS Carl Vinson", "USA"),
    ("Sailors of INS Tabar met their hosts in Portsmouth.", "INS Tabar", "IND"),
    ("The aircraft carrier USS Ronald Reagan arrived in Da Nang.", "USS Ronald Reagan", "USA"),
])
def test_a_prefixed_ship_is_its_navys(mentions, sentence, ship, country):
    ms = mentions(sentence)
    found = by_name(ms).get(ship)
    assert found is not None and found.country == country and found.actor.kind == "organisation"
    assert not [m for m in ms if m.actor.kind == "person"]


def test_another_persons_title_is_not_the_next_names(extractor):
    registry = PersonRegistry()
    finder = MentionFinder(extractor.lex, registry)
    finder.find(extractor.nlp("Chinese Defence Minister Admiral Dong Jun arrived in Singapore on Thursday."))
    for sentence in ("When meeting Singapore's Minister for Defence Ng Eng Hen, Dong said ties were strong.",
                     "Meeting Alexander Fomin, Russian Deputy Minister of Defence, Dong praised the drills."):
        people = {m.actor.name: m.country for m in finder.find(extractor.nlp(sentence)) if m.actor.kind == "person"}
        assert people.get("Dong Jun") == "CHN", people


def test_registry_finds_a_family_name_written_first():
    registry = PersonRegistry()
    registry.register(Actor("Dong Jun", "person", "CHN", "Defence Minister"))
    assert registry.lookup("Dong").country == "CHN"
    assert registry.lookup("Jun").country == "CHN"


def test_a_title_after_and_starts_a_new_persons(mentions):
    ms = mentions("Mexico's Secretary of Defence, General Luis Ortega, and the commander of US Northern Command, "
                  "General Gregory Hale, met at Fort Bliss.")
    people = {m.actor.name: m.country for m in ms if m.actor.kind == "person"}
    assert people == {"Luis Ortega": "MEX", "Gregory Hale": "USA"}


@pytest.mark.parametrize("sentence, firm, country", [
    ("Raytheon UK will supply guided bombs to the Royal Saudi Air Force.", "Raytheon UK", "GBR"),
    ("Kongsberg Defence Australia will build missiles in Newcastle.", "Kongsberg Defence Australia", "AUS"),
    ("Lockheed Martin Canada signed the contract on Monday.", "Lockheed Martin Canada", "CAN"),
    ("The UH-72A is delivered to the US Army by American Eurocopter in Columbus.", "American Eurocopter", "USA"),
    ("French Dassault Aviation delivered the jets.", "Dassault Aviation", "FRA"),  # the firm's own country
])
def test_a_firms_local_arm_is_of_its_own_country(mentions, sentence, firm, country):
    found = by_name(mentions(sentence))
    assert found[firm].country == country and found[firm].actor.kind == "company"


def test_a_service_named_again_without_its_country_is_the_one_named_before(extractor):
    finder = MentionFinder(extractor.lex, PersonRegistry())
    finder.find(extractor.nlp("The first lot will be handed over at the Royal Thai Army headquarters."), sentence_no=3)
    later = finder.find(extractor.nlp("The army will receive 70 Stryker vehicles this year."), sentence_no=4)
    chief = finder.find(extractor.nlp("The army chief thanked the crews."), sentence_no=5)  # qualifies a noun
    far = finder.find(extractor.nlp("The army will receive 50 more next year."), sentence_no=12)  # too far back
    assert [(m.actor.name, m.country) for m in later] == [("Royal Thai Army", "THA")]
    assert not [m for m in chief + far if m.actor.kind == "organisation"]


def test_a_firm_listed_before_a_country_keeps_its_own(mentions):
    found = by_name(mentions("Saab, Australia and Canada signed the memorandum."))
    assert found["Saab"].country == "SWE" and found["Australia"].country == "AUS"


@pytest.mark.parametrize("sentence, name, country, title", [
    ("Flight Lieutenant Gareth Morgan of the Royal Air Force is on exchange with a squadron in Winnipeg.",
     "Gareth Morgan", "GBR", "Flight Lieutenant"),
    ("Captain Ravi Kumar from the Indian Navy met the visiting delegation.", "Ravi Kumar", "IND", "Captain"),
    ("Staff Sgt. Maria Delgado, a combat medic with the U.S. Army, showed the Mongolian medics a wrap.",
     "Maria Delgado", "USA", "Staff Sgt."),
    ("Mongolian Senior Sgt. Enkhjargal Batsaikhan said the exchange was the first of its kind.",
     "Enkhjargal Batsaikhan", "MNG", "Senior Sgt."),
    ("UNIFIL Head of Mission and Force Commander Major General Stefano Del Col chaired the meeting.",
     "Stefano Del Col", "UN", None),
    ("Bayern's captain called on the Commander of the JMSDF's Escort Flotilla 1, Rear Admiral Nishimura Akira.",
     "Nishimura Akira", "JPN", "Rear Admiral"),
    ("\"Peru gave me a profession,\" said Bolivian Midshipman Luis Fernando Quispe.",  # not two people
     "Luis Fernando Quispe", "BOL", "Midshipman"),
    ("The Vietnamese delegation was led by Deputy Defence Minister Nguyen Chi Vinh, while the Indian delegation "
     "was headed by Defence Secretary Ajay Kumar.", "Nguyen Chi Vinh", "VNM", "Deputy Defence Minister"),
    ("The Vietnamese delegation was led by Deputy Defence Minister Nguyen Chi Vinh, while the Indian delegation "
     "was headed by Defence Secretary Ajay Kumar.", "Ajay Kumar", "IND", "Defence Secretary"),
    # an office before a comma, its phrase with common nouns: the country the office serves
    ("The Commanding Officer of the visiting Bangladesh ship, Commander Zahirul Haque has called on the "
     "Commander Western Naval Area.", "Zahirul Haque", "BGD", "Commander"),
    ("\"We were ready,\" said the commander of the Chadian troops, Captain Zakaria Magada, whose unit is trained "
     "by the United States.", "Zakaria Magada", "TCD", "Captain"),
    ("Meanwhile, Head of the Jordanian delegation, Col. Khaled Shamayleh, noted the exercise seeks to enhance "
     "joint cooperation.", "Khaled Shamayleh", "JOR", "Col."),
    ("The engagement with the Indian team led by the Deputy Chief of Naval Staff, Vice Admiral Sanjay Mahindru "
     "was a follow-up to an earlier visit.", "Sanjay Mahindru", "IND", "Vice Admiral"),
    # a service's noun inside the title ("Iranian flotilla admiral X", "the Kenyan navy commander Y")
    ("\"Iran cannot be isolated,\" Iranian flotilla admiral Gholamreza Tahani said on state television.",
     "Gholamreza Tahani", "IRN", None),
])
def test_officials_country_from_their_service_rank_or_unit(mentions, sentence, name, country, title):
    person = by_name(mentions(sentence))[name]
    assert person.country == country and person.actor.kind == "person"
    if title:
        assert person.actor.title == title


def test_a_unit_the_tagger_takes_for_a_name_is_no_person(mentions):
    found = by_name(mentions("Commander Pakistan Fleet, Vice Admiral Asif Khalil, met the Saudi fleet commander."))
    assert found["Pakistan Fleet"].actor.kind == "organisation" and found["Asif Khalil"].country == "PAK"


def test_a_firm_whose_short_name_is_a_common_word_counts_when_written_in_full(mentions):
    found = by_name(mentions("India signed a contract with state-owned Hindustan Aeronautics Limited for 83 jets."))
    assert found["Hindustan Aeronautics Limited"].country == "IND"


@pytest.mark.parametrize("sentence, name, firm, country", [
    ("BAE Systems chief executive Charles Woodburn said the order from Qatar would sustain jobs.",
     "Charles Woodburn", "BAE Systems", "GBR"),
    ("The agreement was signed by Leonardo chief executive Roberto Cingolani and a Polish minister.",
     "Roberto Cingolani", "Leonardo", "ITA"),
    ("Saab President and CEO Micael Johansson signed the contract with the Brazilian Air Force.",
     "Micael Johansson", "Saab", "SWE"),
    ("Charles Woodburn, chief executive of BAE Systems, said the order would sustain jobs.",
     "Charles Woodburn", "BAE Systems", "GBR"),
])
def test_a_firms_officer_is_of_the_firms_country_and_the_firm_stays_an_actor(mentions, sentence, name, firm, country):
    found = by_name(mentions(sentence))
    assert found[name].country == country and found[name].actor.kind == "person"
    assert found[firm].actor.kind == "company"


def test_a_title_with_its_own_complement_is_not_the_last_person_of_that_title(extractor):
    """"the Minister for Home Affairs ... X" is another minister, not the minister named before."""
    doc = extractor.nlp("The vessel was handed over by Australia's Minister for Defence Industry Pat Conroy to the "
                        "Minister for Home Affairs and Immigration Pio Tikoduadua in Suva.")
    from defcoop.extract.mentions import MentionFinder
    from defcoop.extract.persons import PersonRegistry

    found = MentionFinder(extractor.lex, PersonRegistry()).find(doc)
    conroy = [m for m in found if m.actor.name == "Pat Conroy"]
    assert len(conroy) == 1 and conroy[0].country == "AUS"


@pytest.mark.parametrize("sentence, name, country", [
    # the portfolio between the title's head and the name ("for Home Affairs and Immigration")
    ("The patrol boat was handed over by New Zealand's defence minister to the Minister for Home Affairs and "
     "Immigration Semi Lagilagi at the naval base.", "Semi Lagilagi", None),
    # the holder after a comma; the name holds a city's ("Florence")
    ("The general met the French Minister of the Armed Forces, Florence Marceau, in Paris on Monday.",
     "Florence Marceau", "FRA"),
    # a retired officer's "(Retd)" inside the title
    ("The admiral called on Defence Secretary General (Retd) Kumar Jayasinghe at the ministry.",
     "Kumar Jayasinghe", None),
])
def test_a_title_may_name_its_portfolio_and_its_holder_after_a_comma(mentions, sentence, name, country):
    people = {m.actor.name: m for m in mentions(sentence) if m.actor.kind == "person"}
    assert name in people, list(people)
    assert people[name].country == country
    assert "Retd" not in (people[name].actor.title or "")


def test_a_delegations_leader_named_after_a_long_title_is_of_its_country(mentions):
    ms = mentions("Talks followed a visit to Accra by a US delegation led by Assistant Secretary of State for "
                  "African Affairs Jane Corwin.")
    people = {m.actor.name: m for m in ms if m.actor.kind == "person"}
    assert people["Jane Corwin"].country == "USA"


@pytest.mark.parametrize("sentence, country, absent", [
    # a typeset apostrophe: the whole name, not the "Republic of China" inside it
    ("Officials said the People’s Republic of China has pledged forty military trucks to Laos.", "CHN", "TWN"),
    ("The New Guineans trained with Australian soldiers near Townsville last month.", "PNG", "GIN"),
])
def test_names_are_read_whole(mentions, sentence, country, absent):
    codes = {m.country for m in mentions(sentence)}
    assert country in codes and absent not in codes, codes


def test_a_nationality_word_alone_after_in_is_a_language(mentions):
    ms = mentions("The drill, coordinated by the Southern Military Command (CMS, in Portuguese), "
                  "was called Hermandad, 'brotherhood' in Spanish.")
    assert not {"PRT", "ESP"} & {m.country for m in ms}
    ms = mentions("The frigate sailed in French waters with Spanish and Portuguese ships.")
    assert {"FRA", "ESP", "PRT"} <= {m.country for m in ms}


@pytest.mark.parametrize("sentence, name, country", [
    ("The Japanese Embassy handed over twelve patrol boats to the Jordan Armed Forces.", "Japanese Embassy", "JPN"),
    ("The American Embassy presented chemical detection kits to the Lebanese Army.", "American Embassy", "USA"),
])
def test_an_embassy_is_its_country_acting(mentions, sentence, name, country):
    """Donors are often named by their embassies: the embassy is a body of its state, not a place."""
    assert by_name(mentions(sentence))[name].country == country


def test_a_firm_whose_name_is_common_words_counts_when_written_with_its_capitals(mentions):
    """ "Russian Helicopters signed" is the firm; "Russian helicopters arrived" is aircraft."""
    firm = by_name(mentions("Russian Helicopters signed an agreement with an Indian partner on Friday."))
    assert firm["Russian Helicopters"].actor.kind == "company"
    assert not [m for m in mentions("Russian helicopters arrived in Lima on Friday.") if m.actor.kind == "company"]
    headline = mentions("Russian Helicopters Arrive In Lima For The Air Force")
    assert not [m for m in headline if m.actor.kind == "company"]


@pytest.mark.parametrize("sentence, name", [
    # the office's phrase ends at a preposition before it: the firm or country there is another side's
    ("The frigate was handed over by the United States Coast Guard to the Chief of the Naval Staff, Vice Admiral "
     "Ola Ibrahim, in Baltimore.", "Ola Ibrahim"),
    # a noun after the title word is not the office's ("its Australian counterpart SAS next month")
    ("Kopassus will train with its Australian counterpart SAS next month, Kopassus Commander, Maj. Gen. Lodewijk "
     "Paulus said.", "Lodewijk Paulus"),
])
def test_an_office_before_a_comma_gives_no_country_it_does_not_hold(mentions, sentence, name):
    person = by_name(mentions(sentence)).get(name)
    assert person is None or person.country not in ("USA", "AUS")
