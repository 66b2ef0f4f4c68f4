"""The trained pair model's decisions over the rules' reading (extract/decide.py), and what the product,
rules and model together, must honour on any text.

The first tests use small models built by hand, so that each decision rule is checked on its own: a
rule event kept, pruned or turned round, a pair the rules missed added, an exercise's participants
gathered over several sentences. The last ones use the model the package ships.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from defcoop.evaluate import dyads
from defcoop.extract import get_extractor
from defcoop.extract.classifier import PairModel
from defcoop.extract.decide import Decider
from defcoop.extract.people import PARTY, window
from defcoop.settings import Settings
from defcoop.types import EVENT_TYPES

PUBLISHED = "2023-05-12"
UNSEEN_U1 = Path(__file__).parent / "data" / "corpus" / "spent" / "first-u1"


@pytest.fixture(scope="module")
def rules():
    return get_extractor(Settings(pair_model="none"))


def named_only(label: str) -> dict[tuple[str, str], float]:
    """Weights that rule out pairs with a side the sentence does not name."""
    return {(f"{side}.implied={how}", label): -20.0 for side in "AB" for how in ("focus", "pair", "previous")}


def model_of(weights: dict[tuple[str, str], float], bias: float = -4.0, add: float = 0.5, keep: float = 0.5) -> PairModel:
    """A pair model whose only features are `weights`' (feature, label) entries."""
    names = sorted({f for f, _ in weights})
    w = np.zeros((len(names), len(EVENT_TYPES)))
    for (feature, label), value in weights.items():
        w[names.index(feature), EVENT_TYPES.index(label)] = value
    n = len(EVENT_TYPES)
    return PairModel({f: i for i, f in enumerate(names)}, w, np.full(n, bias), np.full(n, add), np.full(n, keep))


def decided(rules, make_doc, model: PairModel, text: str) -> set[tuple]:
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    events = Decider(model, rules.lex, rules.builder).decide(analysis)
    return {d for e in events for d in dyads(e.to_record())}


TEXT = "Turkey delivered armoured vehicles to Kenya on Tuesday, the Kenyan defence ministry said."


def test_rule_event_kept_when_the_model_agrees(rules, make_doc):
    model = model_of({("rule=TRANSFER>", "TRANSFER"): 8.0})
    assert decided(rules, make_doc, model, TEXT) == {("TRANSFER", "TUR", "KEN")}


def test_rule_event_dropped_when_the_model_rejects_it(rules, make_doc):
    assert decided(rules, make_doc, model_of({}), TEXT) == set()


def test_transfer_turned_round_when_the_model_reads_the_other_direction(rules, make_doc):
    """Where the sentence does not say which way (no "to", "by", maker or lone subject of a taking verb)."""
    text = "Turkey sold Kenya armoured vehicles on Tuesday, the Kenyan defence ministry said."
    assert decided(rules, make_doc, model_of({("rule=TRANSFER>", "TRANSFER"): 8.0}), text) == {("TRANSFER", "TUR", "KEN")}
    model = model_of({("rule=TRANSFER<", "TRANSFER"): 8.0})
    assert decided(rules, make_doc, model, text) == {("TRANSFER", "KEN", "TUR")}


def test_transfer_not_turned_round_against_the_giving_verbs_to(rules, make_doc):
    """"Turkey delivered armoured vehicles to Kenya": whatever the model reads, Kenya is given to."""
    model = model_of({("rule=TRANSFER<", "TRANSFER"): 8.0})
    assert decided(rules, make_doc, model, TEXT) == {("TRANSFER", "TUR", "KEN")}


def test_rule_pairs_need_only_the_lower_keep_threshold(rules, make_doc):
    model = model_of({("rule=TRANSFER>", "TRANSFER"): 3.0}, add=0.9, keep=0.2)  # p = 0.27
    assert decided(rules, make_doc, model, TEXT) == {("TRANSFER", "TUR", "KEN")}


def test_pair_the_rules_missed_is_added(rules, make_doc):
    text = "Warsaw will let Ukraine's army have 14 of its Leopard tanks, Polish defence officials said."
    assert not rules.extract([make_doc(text, published=PUBLISHED)])[0].events  # the rules miss it
    model = model_of({("A.dep=nsubj:let", "TRANSFER"): 8.0})
    found = decided(rules, make_doc, model, text)
    assert found == {("TRANSFER", "POL", "UKR")}
    event = next(e for e in Decider(model, rules.lex, rules.builder).decide(
        rules.analyse([make_doc(text, published=PUBLISHED)])[0]))
    assert event.status == "planned" and event.reason.startswith("pair model")


def test_added_act_is_never_one_the_sentence_denies(rules, make_doc):
    text = "Ghana has not sent troops to the NATO mission in Kosovo, the Ghanaian army said."
    model = model_of({("w=troops", "DEPLOY"): 9.0})
    assert decided(rules, make_doc, model, text) == set()


def test_an_added_deployment_never_pairs_the_organisation_with_the_place(rules, make_doc):
    text = "Fresh African Union troops arrived in Somalia on Monday to reinforce the peacekeeping force, the army said."
    model = model_of({("w=troops", "DEPLOY"): 9.0, ("rule=DEPLOY", "DEPLOY"): 9.0})
    assert decided(rules, make_doc, model, text) == set()  # the host goes in the location (docs/annotation.md)


EXERCISE_MODEL = {("trig=EXERCISE", "EXERCISE"): 8.0, ("ctx=EXERCISE", "EXERCISE"): 8.0,
                  ("rule=EXERCISE", "EXERCISE"): 8.0, **named_only("EXERCISE")}


@pytest.mark.parametrize("second", [
    "Officers from Argentina and Colombia are following the exercise as observers.",  # observers
    "Brazil's Gripen fighters, assembled under a licence from Sweden's Saab, are taking part for the first time.",
])
def test_observers_and_firms_do_not_join_an_exercise_the_model_reads(rules, make_doc, second):
    text = "Brazilian and Chilean air force crews began the joint air exercise CRUZEX on Monday. " + second
    assert decided(rules, make_doc, model_of(EXERCISE_MODEL), text) == {("EXERCISE", "BRA", "CHL")}


def test_exercise_participants_listed_in_later_sentences_join_one_exercise(rules, make_doc):
    text = ("The Golden Eagle naval exercise opened off Lagos on Monday with ships from Nigeria and Ghana. "
            "Units from Senegal and Togo are also taking part. The port was busy.")
    model = model_of({("trig=EXERCISE", "EXERCISE"): 8.0, ("ctx=EXERCISE", "EXERCISE"): 8.0, **named_only("EXERCISE")})
    found = decided(rules, make_doc, model, text)
    countries = {c for d in found if d[0] == "EXERCISE" for c in d[1:]}
    assert countries >= {"NGA", "GHA", "SEN", "TGO"}
    assert ("EXERCISE", "GHA", "TGO") in found  # a pair across the two sentences



def test_a_country_named_as_where_a_border_runs_takes_no_part(product, make_doc):
    found = product_dyads(product, make_doc, "The militaries of Russia and Mongolia finished the main phase of "
                                             "joint exercises near the Asian nation's borders with Russia and China, "
                                             "the defence ministry said on Monday.")
    assert ("EXERCISE", "MNG", "RUS") in found and not any("CHN" in d for d in found), found


def test_exhibitors_at_a_named_show_pair_with_its_host_not_each_other(product, make_doc):
    found = product_dyads(product, make_doc, "China has a large pavilion at Defense Services Asia in Kuala Lumpur. "
                                             "With some two dozen companies, Turkey is the largest contingent at DSA, "
                                             "the organisers said.")
    exhibits = {d for d in found if d[0] == "EXHIBIT"}
    assert ("EXHIBIT", "CHN", "MYS") in exhibits and ("EXHIBIT", "MYS", "TUR") in exhibits, found
    assert ("EXHIBIT", "CHN", "TUR") not in exhibits, found

def test_a_story_after_an_exercise_on_a_page_of_several_adds_no_participants(rules, make_doc):
    text = ("NANYUKI, Aug 8 - British soldiers and Kenyan troops began a six-week field exercise near Nanyuki.\n"
            "WARSAW, Aug 6 - Polish and American officials are taking part in talks on F-35 jets.")
    found = decided(rules, make_doc, model_of(EXERCISE_MODEL), text)
    assert {d for d in found if d[0] == "EXERCISE"} == {("EXERCISE", "GBR", "KEN")}


def test_a_different_exercise_in_the_next_sentence_stays_apart(rules, make_doc):
    text = ("Kenyan and Ugandan troops held the Ushirika Imara drills on Monday. "
            "Separately, Egypt and Sudan began another exercise, Nile Eagles, near Aswan.")
    model = model_of({("trig=EXERCISE", "EXERCISE"): 8.0, **named_only("EXERCISE")})
    found = decided(rules, make_doc, model, text)
    assert ("EXERCISE", "KEN", "UGA") in found and ("EXERCISE", "EGY", "SDN") in found
    assert not {("EXERCISE", "EGY", "KEN"), ("EXERCISE", "KEN", "SDN"), ("EXERCISE", "EGY", "UGA")} & found


@pytest.mark.parametrize("sentence, indefinite", [
    ("Kopassus has also routinely carried out exercises with Singapore and Thailand.", True),  # acts of habit
    ("Units from Senegal and Togo joined the exercises on Tuesday.", False),  # the ones told before
    ("Ships from Ghana took part in the Obangame Express exercises.", False),
])
def test_a_bare_plural_exercise_is_not_the_one_told_before(rules, sentence, indefinite):
    """"X has also carried out exercises with Y and Z" tells acts of its own, so its countries do not join
    the exercise of the sentences before as participants listed after it."""
    from defcoop.extract.triggers import act_identity

    assert act_identity(rules.nlp(sentence), rules.lex, "EXERCISE")[1] is indefinite


def test_a_place_named_after_an_exercise_adds_no_participant(rules, make_doc):
    text = ("American and Rwandan soldiers began a joint exercise in Gabiro on Monday. Staff Sgt. Chad Sloane of "
            "U.S. Army Africa, based in Vicenza, Italy, gives pointers to a Rwandan trainer during the exercise.")
    model = model_of({("trig=EXERCISE", "EXERCISE"): 8.0, ("ctx=EXERCISE", "EXERCISE"): 8.0, **named_only("EXERCISE")})
    assert decided(rules, make_doc, model, text) == {("EXERCISE", "RWA", "USA")}


def test_an_added_transfer_goes_from_the_country_its_goods_were_made_in(rules, make_doc):
    """Whichever way the model reads the pair, goods go from the country that made them."""
    text = ("Turkey and Poland have signed a deal for the sale of Turkish-made combat drones, "
            "defence officials said on Monday.")
    for direction in ("order=ab", "order=ba"):  # Turkey first, or Poland first
        model = model_of({(direction, "TRANSFER"): 9.0})
        transfers = {d for d in decided(rules, make_doc, model, text) if d[0] == "TRANSFER"}
        assert transfers == {("TRANSFER", "TUR", "POL")}, direction


def test_an_added_transfer_goes_from_the_country_its_goods_were_taken_from(rules, make_doc):
    text = "The Ukrainian Air Force has been operating Bayraktar TB2 drones bought from Turkey since 2019."
    for direction in ("order=ab", "order=ba"):  # Ukraine first, or Turkey first
        model = model_of({(direction, "TRANSFER"): 9.0})
        transfers = {d for d in decided(rules, make_doc, model, text) if d[0] == "TRANSFER"}
        assert transfers == {("TRANSFER", "TUR", "UKR")}, direction


def test_an_added_transfer_that_does_not_say_which_way_goes_the_way_the_story_tells(rules, make_doc):
    """The model reads the second sentence's pair (Peru implied) as Peru supplying; the sentence says
    nothing of the way, and the story's transfer between the two goes from South Korea to Peru."""
    text = ("South Korea will supply 30 armoured vehicles to Peru, the Peruvian army said. The first batch is to be "
            "built in South Korea and delivered in 2026.")
    model = model_of({("rule=TRANSFER>", "TRANSFER"): 8.0, ("A.implied=pair", "TRANSFER"): 9.0})
    transfers = {d for d in decided(rules, make_doc, model, text) if d[0] == "TRANSFER"}
    assert transfers == {("TRANSFER", "KOR", "PER")}


JOINT = ("Ugandan troops launched joint operations with Congolese and South Sudanese forces against the rebel "
         "group, the army said on Monday.")


def test_a_hub_acting_with_each_of_a_list_gives_bilateral_acts(rules, make_doc):
    """The rules read one act of three countries; the model accepts only the pairs with Uganda, so the
    other two are not partners of each other: one act with each."""
    found = decided(rules, make_doc, model_of({("rule=COOPERATE", "COOPERATE"): 8.0,
                                               ("lca=forces", "COOPERATE"): -20.0}), JOINT)
    assert found == {("COOPERATE", "COD", "UGA"), ("COOPERATE", "SSD", "UGA")}


def test_an_act_whose_pairs_are_all_accepted_stays_multilateral(rules, make_doc):
    found = decided(rules, make_doc, model_of({("rule=COOPERATE", "COOPERATE"): 8.0}), JOINT)
    assert found == {("COOPERATE", "COD", "UGA"), ("COOPERATE", "SSD", "UGA"), ("COOPERATE", "COD", "SSD")}


def test_officials_named_in_the_events_sentence_join_it(rules, make_doc):
    text = ("Japan and the Philippines signed a reciprocal access agreement in Manila on Monday during talks that "
            "also brought together Japanese Defence Minister Minoru Kihara and Philippine Defence Secretary "
            "Gilberto Teodoro.")
    model = model_of({("rule=AGREE", "AGREE"): 8.0})
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    events = Decider(model, rules.lex, rules.builder).decide(analysis)
    people = {(p.actor.name, p.actor.country) for e in events for p in e.parties if p.actor.kind == "person"}
    assert {("Minoru Kihara", "JPN"), ("Gilberto Teodoro", "PHL")} <= people



def people_taking(*features: str) -> PairModel:
    """A people model that takes exactly the officials with one of `features`."""
    names = sorted(features)
    return PairModel({f: i for i, f in enumerate(names)}, np.full((len(names), 1), 20.0), np.array([-10.0]),
                     np.array([0.5]), np.array([0.5]), labels=PARTY)


HANDOVER = ("Indian Navy Vice Admiral Satish Ghormade is in Colombo for the ceremony. "
            "India on Monday handed over a Dornier 228 maritime patrol aircraft to Sri Lanka. "
            "The aircraft will fly from Katunayake. "
            "It will be flown by Sri Lankan crews. "
            "Sri Lankan President Ranil Wickremesinghe was present at the ceremony. "
            "The aircraft was built by Hindustan Aeronautics. "
            "Sri Lankan Navy commander Nishantha Ulugetenne thanked India.")


@pytest.mark.parametrize("taken, expected", [
    (("distance=-1",), {("Satish Ghormade", "IND")}),  # named the sentence before the act
    (("distance=3",), {("Ranil Wickremesinghe", "LKA")}),  # present at the ceremony, three sentences on
    (("distance=5",), set()),  # too far: beyond the window
])
def test_officials_named_around_the_acts_sentence_may_join_it(rules, make_doc, taken, expected):
    model = model_of({("rule=TRANSFER>", "TRANSFER"): 8.0})
    analysis = rules.analyse([make_doc(HANDOVER, published=PUBLISHED)])[0]
    events = Decider(model, rules.lex, rules.builder, people_taking(*taken)).decide(analysis)
    transfer = next(e for e in events if e.type == "TRANSFER")
    assert {(p.actor.name, p.actor.country) for p in transfer.parties if p.actor.kind == "person"} == expected


def test_the_window_of_an_act_runs_from_two_sentences_before_to_four_after():
    assert window(10, 11) == [(8, -2), (9, -1), (10, 0), (11, 0), (12, 1), (13, 2), (14, 3), (15, 4)]

# -- the shipped model -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def product():
    extractor = get_extractor(Settings())
    if extractor.decider is None:
        pytest.skip("no pair model is installed (src/defcoop/data/models/pairs.npz): run defcoop train")
    return extractor


def product_dyads(product, make_doc, text: str) -> set[tuple]:
    return {d for e in product.extract([make_doc(text, published=PUBLISHED)])[0].events for d in dyads(e.to_record())}


@pytest.mark.parametrize("text", [
    "Bulgaria has not sent troops to the NATO battlegroup in Romania, the defence ministry said on Friday.",
    "Greece never signed the proposed defence agreement with Libya, the foreign ministry said.",
    "Officials denied reports that Serbia had bought Chinese air defence missiles.",
])
def test_denied_acts_are_not_events(product, make_doc, text):
    assert product_dyads(product, make_doc, text) == set()


def test_observers_of_an_exercise_are_not_its_participants(product, make_doc):
    found = product_dyads(product, make_doc, "This year's Balikatan military exercises brought 16,000 Philippine, "
                                             "American and Australian troops together, with Japan among the observers.")
    assert ("EXERCISE", "PHL", "USA") in found
    assert not any("JPN" in d for d in found)


def test_observers_named_in_a_later_sentence_do_not_join_the_exercise(product, make_doc):
    found = product_dyads(product, make_doc, (
        "Iranian, Russian and Chinese warships began the Maritime Security Belt naval drill near Chabahar on Monday. "
        "Representatives of the naval forces of Azerbaijan, Kazakhstan, Pakistan and India are attending the drill "
        "as observers, the spokesman added."))
    assert ("EXERCISE", "CHN", "RUS") in found
    assert not {c for d in found for c in d[1:]} & {"AZE", "KAZ", "PAK", "IND"}


def test_the_place_of_a_signing_is_not_a_party(product, make_doc):
    found = product_dyads(product, make_doc, "Rwanda and Zambia signed a military cooperation agreement in Nairobi "
                                             "on Friday, the defence ministries said.")
    assert ("AGREE", "RWA", "ZMB") in found
    assert not any("KEN" in d for d in found)


@pytest.mark.parametrize("text, pair, topic", [
    ("Japan's defence minister held talks with his Australian counterpart in Singapore on Saturday and discussed "
     "the security situation around Taiwan.", ("AUS", "JPN"), "TWN"),
    ("The Turkish and Azerbaijani defence ministers met in Baku on Monday and talked about Iran. They also reviewed "
     "military cooperation between the two armies.", ("AZE", "TUR"), "IRN"),
])
def test_a_country_talked_about_is_not_a_side(product, make_doc, text, pair, topic):
    found = product_dyads(product, make_doc, text)
    assert ("MEET", *pair) in found
    assert not any(topic in d for d in found)


@pytest.mark.parametrize("text, pair", [
    ("The patrol vessel was handed over by Australia's defence minister to Fiji's navy commander in Suva on Monday.",
     ("AUS", "FJI")),
    ("The patrol vessel was handed over by Australia's defence minister to the Fijian navy in Suva on Monday.",
     ("AUS", "FJI")),
    # the one subject of "acquire" gets the goods
    ("France's defence minister and her Emirati counterpart signed an agreement under which the UAE Ministry of "
     "Defence will acquire 80 Rafale fighter aircraft.", ("FRA", "ARE")),
    # a verb of taking with a "to" gives
    ("To give crews experience ahead of the deliveries, the US Army will lease eight AH-64D helicopters to Poland "
     "from 2025.", ("USA", "POL")),
])
def test_an_added_transfer_goes_the_way_the_sentence_says(rules, make_doc, text, pair):
    """Whatever way the model reads it: from the giver ("by") to whom it is given ("to"), to the taker."""
    for direction in ("order=ab", "order=ba"):
        model = model_of({(direction, "TRANSFER"): 9.0})
        transfers = {d for d in decided(rules, make_doc, model, text) if d[0] == "TRANSFER"}
        assert transfers <= {("TRANSFER", *pair)}, direction


def test_given_to_a_body_of_a_body_of_a_country_is_given_to_that_country(rules, make_doc):
    """ "transferred equipment to the Border Forces of the State Committee of Tajikistan": the "to" reaches
    the country through a chain of "of"s, and turns round a rule event read the other way."""
    from defcoop.extract.direction import told_otherwise

    text = ("U.S. Ambassador John Pommersheim transferred document examination equipment to the Border Forces of "
            "the State Committee for National Security of Tajikistan. The military aid will help the border troops.")
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    sentence = analysis.sentences[0]
    triggers = rules.builder.triggers(sentence.doc)
    assert told_otherwise([(0, "TRANSFER", "TJK", "USA")], sentence.doc, sentence.mentions, triggers, rules.lex)
    assert not told_otherwise([(0, "TRANSFER", "USA", "TJK")], sentence.doc, sentence.mentions, triggers, rules.lex)


@pytest.mark.parametrize("text, losers", [
    ("Chile will purchase three Type 23 frigates from Britain, beating out competing bids from Pakistan and Belgium.",
     {"PAK", "BEL"}),
    ("Brazil ordered 36 Gripen fighters from Sweden's Saab, which edged out rival bidders from France and the United "
     "States.", {"FRA", "USA"}),
    ("Brazil signed the contract with Saab in 2014, after deciding against Boeing Co.'s F-18 Super Hornet and the "
     "Rafale made by France's Dassault Aviation.", {"FRA", "USA"}),
    ("India bought 36 Rafale jets from France, choosing them over the Eurofighter Typhoon of Germany and Britain.",
     {"DEU", "GBR"}),
])
def test_a_losing_bidder_is_no_side_of_the_deal(product, make_doc, text, losers):
    found = product_dyads(product, make_doc, text + " The defence ministry confirmed the military order.")
    assert found and not any(losers & set(d) for d in found)


def test_a_losing_bidder_is_no_side_even_when_the_seller_is_not_named(product, make_doc):
    found = product_dyads(product, make_doc, "Ecuador bought seven Dhruv helicopters for 50 million dollars after "
                                             "a hard competition from Elbit, Eurocopter and Kazan Helicopters.")
    assert not {d for d in found if d[0] == "TRANSFER" and {"ISR", "FRA", "RUS"} & set(d[1:])}, found

@pytest.mark.parametrize("text, adversary, kept", [
    ("Taiwan's annual war games simulate an invasion by the People's Liberation Army, the army said.", "CHN", set()),
    ("Japanese and Australian troops held joint drills to repel a simulated Chinese invasion of the islands.",
     "CHN", {("EXERCISE", "AUS", "JPN")}),
    ("Japan and Australia will hold joint exercises amid the threat posed by North Korea.", "PRK",
     {("EXERCISE", "AUS", "JPN")}),
])
def test_the_adversary_an_act_is_aimed_against_is_no_side_of_it(product, make_doc, text, adversary, kept):
    found = product_dyads(product, make_doc, text + " The defence ministry confirmed the military exercise.")
    assert not any(adversary in d for d in found), found
    assert kept <= found


def test_the_recipients_own_offensive_does_not_make_it_an_adversary(rules):
    from defcoop.extract.rivals import is_threat

    doc = rules.nlp("Britain supplied Storm Shadow missiles for Ukraine's offensive, after Russia's invasion.")
    assert not is_threat(doc, next(t.i for t in doc if t.text == "Ukraine"), rules.lex)
    assert is_threat(doc, next(t.i for t in doc if t.text == "Russia"), rules.lex)


def test_an_attack_helicopter_is_a_weapon_not_an_attack(product, make_doc):
    found = product_dyads(product, make_doc, "Turkey delivered six T129 attack helicopters to Pakistan on Monday. "
                                             "The defence ministry confirmed the military order.")
    assert ("TRANSFER", "TUR", "PAK") in found


def test_a_country_talks_are_held_with_is_not_a_topic(rules, make_doc):
    analysis = rules.analyse([make_doc("Scholz discussed air defence with the Ukrainian president and with "
                                       "India's foreign minister on Tuesday. The talks covered military aid.",
                                       published=PUBLISHED)])[0]
    mentions = [m for s in analysis.sentences for m in s.mentions if m.country in ("UKR", "IND")]
    assert mentions and not any(m.is_topic for m in mentions)


# -- dates from the article around an act ------------------------------------------------------------
def test_an_act_without_a_date_takes_the_day_of_the_lead(product, make_doc):
    text = ("Egypt and Germany signed a contract for IRIS-T air defence systems in Cairo on Tuesday. "
            "The systems will protect Egyptian cities from missile attacks. "
            "Germany also delivered the first batch of spare parts to Egypt, the defence ministry said.")
    events = product.extract([make_doc(text, published="2024-03-14")])[0].events
    dates = {e.type: (e.date, e.reason) for e in events}
    assert dates["AGREE"][0] == "2024-03-12"
    assert dates["TRANSFER"][0] == "2024-03-12" and "told just before" in dates["TRANSFER"][1], dates["TRANSFER"]


@pytest.mark.parametrize("text, expected", [
    ("Japan's defence minister and his Chinese counterpart held talks this afternoon in Singapore.", "2024-03-14"),
    ("A recap of Monday night: Turkey's president held talks with Sweden's prime minister on NATO.", "2024-03-11"),
])
def test_a_part_of_a_day_dates_the_act(product, make_doc, text, expected):
    events = product.extract([make_doc(text + " The defence ministry confirmed the military talks.",
                                       published="2024-03-14")])[0].events
    assert {e.date for e in events if e.type == "MEET"} == {expected}


def test_a_date_without_a_year_in_the_present_tense_is_the_reading_nearer_publication(product, make_doc):
    text = ("The World Defense Show, which runs until February 8, brings together exhibitors from France, Italy and "
            "China in Riyadh. The defence ministry welcomed the military delegations.")
    events = product.extract([make_doc(text, published="2024-02-04")])[0].events
    dates = {e.date for e in events if e.type == "EXHIBIT"}
    assert dates and all(d.startswith("2024-02") for d in dates), dates


def test_an_act_without_a_date_says_where_its_date_came_from(product, make_doc):
    text = ("Kenya received armoured personnel carriers from Turkey, the defence ministry said. "
            "The vehicles will serve with Kenyan troops fighting al-Shabaab militants.")
    events = product.extract([make_doc(text, published="2024-03-14")])[0].events
    transfer = next(e for e in events if e.type == "TRANSFER")
    assert transfer.date == "2024-03" and "publication month" in transfer.reason


@pytest.mark.parametrize("clause, expected", [
    ("which will conclude on March 14", "2024-03-14"),  # future in its own clause: forward from the page
    ("which began on March 14", "2023-03-14"),  # past: back from the page
])
def test_a_date_without_a_year_reads_the_tense_of_its_own_clause(product, make_doc, clause, expected):
    text = (f"Warships from Egypt, Greece and Cyprus have arrived in Alexandria for the Medusa naval exercise, "
            f"{clause}, the Egyptian navy said.")
    events = product.extract([make_doc(text, published="2024-03-10")])[0].events
    assert {e.date for e in events if e.type == "EXERCISE"} == {expected}


def test_the_end_of_a_span_does_not_date_an_act(product, make_doc):
    text = ("Troops from Georgia, Poland and the United States held the Noble Partner exercise near Tbilisi "
            "from 1 September, and until 14 September 2022, the Georgian defence ministry said.")
    events = product.extract([make_doc(text, published="2022-09-02")])[0].events
    assert {e.date for e in events if e.type == "EXERCISE"} == {"2022-09-01"}


def test_the_same_documents_give_the_same_output_on_every_run(tmp_path, dev_dir):
    """Python salts string hashes per process: nothing may depend on the order of a set of strings."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.jsonl"
        proc = subprocess.run([sys.executable, "-m", "defcoop.cli", "extract", str(dev_dir), str(UNSEEN_U1), "-o", str(out)],
                              capture_output=True, text=True, timeout=600,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1]


def test_a_deployment_is_one_act_per_contributing_state():
    from defcoop.extract.decide import split_deployments
    from defcoop.types import Actor, Event, Location, Party

    def party(name, kind, code):
        return Party(Actor(name, kind, code), "participant")

    told = Event("d", "DEPLOY", "occurred", [party("NATO", "igo", "NATO"), party("Germany", "country", "DEU"),
                                             party("Belgian troops", "organisation", "BEL"),
                                             party("Lithuania", "country", "LTU"), party("Norway", "country", "NOR")],
                 "Germany, Belgium and Norway sent troops.", 0, 40, location=Location("Lithuania", "LTU"))
    split = split_deployments([told])
    assert sorted(e.countries for e in split) == sorted(frozenset({"NATO", c}) for c in ("BEL", "DEU", "NOR"))
    other = Event("d", "EXERCISE", "occurred", told.parties, told.evidence, 0, 40)
    assert split_deployments([other]) == [other]


def test_bilateral_talks_with_several_partners_are_one_act_with_each(product, make_doc):
    found = product_dyads(product, make_doc, "During his trip, Iranian Defence Minister Hossein Dehqan also held "
                                             "bilateral talks on military cooperation with his Armenian, Belarusian "
                                             "and Pakistani counterparts.")
    assert {("MEET", "ARM", "IRN"), ("MEET", "BLR", "IRN"), ("MEET", "IRN", "PAK")} <= found
    assert not {("MEET", "ARM", "BLR"), ("MEET", "ARM", "PAK"), ("MEET", "BLR", "PAK")} & found


def test_a_summit_listed_after_an_exercise_gives_no_exercise_participants(product, make_doc):
    text = ("Fijian sailors will work with the New Zealand crew not only to conduct maritime patrols but also to train "
            "together, the defence minister said. Other countries taking part in the third Pacific defence summit are "
            "Australia, Chile, France and Tonga.")
    found = product_dyads(product, make_doc, text)
    assert not any(d[0] == "EXERCISE" and {"AUS", "CHL", "FRA", "TON"} & set(d) for d in found)


def test_the_countries_a_sentence_says_attended_a_meeting_are_its_participants(rules, make_doc):
    doc = make_doc("Other countries taking part in the third Pacific defence summit are Australia, Chile, France "
                   "and Tonga, the defence ministry said.", published=PUBLISHED)
    events = rules.extract([doc])[0].events
    assert any(e.type == "MEET" and {"AUS", "CHL", "FRA", "TON"} <= e.countries for e in events)




def test_the_sentence_says_which_way_a_rule_transfer_goes(rules, make_doc):
    """The rules take the signatories as the subject of "supply" and read Georgia as the supplier;
    "delivered to Georgia" and a firm on the other side say it goes the other way, and the decider turns
    such a rule event round (what it then keeps is the model's call)."""
    from defcoop.extract.direction import told_otherwise

    analysis = rules.analyse([make_doc("In October, Georgia and France signed an agreement on the supply of three "
                                       "Thales Ground Master radars, the first of which has already been delivered "
                                       "to Georgia, according to the defence ministry.", published=PUBLISHED)])[0]
    transfer = next(e for e in analysis.events if e.type == "TRANSFER")
    at = analysis.sentence_of(transfer.evidence_start)
    sentence = analysis.sentences[at]
    triggers = rules.builder.triggers(sentence.doc)

    def told(supplier: str, recipient: str) -> bool:
        return told_otherwise([(at, "TRANSFER", supplier, recipient)], sentence.doc, sentence.mentions, triggers,
                              rules.lex)

    assert told("GEO", "FRA") and not told("FRA", "GEO")

def test_the_city_where_two_others_meet_is_no_side_of_the_meeting(product, make_doc):
    found = product_dyads(product, make_doc, "Greek Defence Minister Nikos Dendias on Wednesday met his Norwegian "
                                             "counterpart in Brussels, the defence ministry said.")
    assert ("MEET", "GRC", "NOR") in found and not any("BEL" in d for d in found), found


def test_a_training_school_is_a_place_not_training(product, make_doc):
    found = product_dyads(product, make_doc, "He said Japan had long supported the Mongolian military, having funded "
                                             "the construction of a military training school and a field hospital.")
    assert not any(d[0] == "TRAIN" for d in found), found


def test_an_item_of_a_list_is_paired_with_a_side_of_the_act_its_lead_tells(rules, make_doc):
    from defcoop.extract.pairs import IMPLIED_LEAD, build_instances

    text = ("Germany and Poland agreed on Friday to deliver more weapons to Ukraine, the defence ministers said.\n\n"
            "What was promised, donor by donor:\n\n"
            "• Denmark — all 19 of its Caesar howitzers.\n\n"
            "• Sweden — an unspecified number of Archer self-propelled howitzers.")
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    items = {}
    for instance in build_instances(analysis, rules.lex, rules.builder):
        if "layout=list_item" in instance.features:
            items.setdefault(instance.a.country, set()).add((instance.b.country, instance.b.implied))
    assert ("UKR", IMPLIED_LEAD) in items.get("DNK", set()) and ("UKR", IMPLIED_LEAD) in items.get("SWE", set()), items


def test_the_countries_staffing_a_mission_are_not_an_exercise_told_nearby(product, rules, make_doc):
    text = ("The EU training mission runs drills for Mozambican soldiers at three camps.\n\n"
            "EUTM Mozambique has 118 military and civilian personnel from 12 EU states – Austria, Belgium, Estonia, "
            "Finland, France, Greece, Italy, Lithuania, Portugal, Romania, Spain and Sweden.")
    found = product_dyads(product, make_doc, text)
    assert not {d for d in found if d[0] == "EXERCISE" and {"AUT", "BEL"} & set(d)}, found
    # even a model that reads every pair of the list as an exercise
    model = model_of({("ctx=EXERCISE", "EXERCISE"): 9.0})
    assert not {d for d in decided(rules, make_doc, model, text) if {"AUT", "BEL"} & set(d)}


def test_the_places_a_visitor_tours_do_not_meet_each_other(product, make_doc):
    text = ("Russian warships arrived in Havana on Wednesday. After the visit to Cuba, the Russian warships are "
            "scheduled to visit Caracas, Venezuela, and the port of Corinto in Nicaragua.")
    found = {d for d in product_dyads(product, make_doc, text) if d[0] == "MEET"}
    assert ("MEET", "RUS", "VEN") in found or ("MEET", "NIC", "RUS") in found, found
    assert not {d for d in found if "RUS" not in d}, found


def test_a_country_named_for_its_ambitions_is_no_side(product, make_doc):
    found = product_dyads(product, make_doc, "The Japan Air Self-Defense Force and the Philippine Air Force started "
                          "four-day joint drills near Manila on Monday amid China's territorial ambitions.")
    assert ("EXERCISE", "JPN", "PHL") in found or ("EXERCISE", "PHL", "JPN") in found, found
    assert not any("CHN" in d for d in found), found


def test_the_items_a_lead_ending_with_a_colon_introduces_are_read_as_a_list(rules, make_doc):
    from defcoop.extract.pairs import build_instances

    text = ("Defence ministers from about 50 countries gathered at Ramstein on Friday to help Ukraine's military.\n\n"
            "Pistorius told reporters that Berlin had not yet made up its mind.\n\n"
            "What each ally pledged:\n"
            "• Denmark — all 19 of its Caesar howitzers.\n"
            "• Sweden — an unspecified number of Archer self-propelled howitzers.")
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    items = {analysis.sentences[i.sentence].doc.text[:9] for i in build_instances(analysis, rules.lex, rules.builder)
             if any(f.startswith("list_item:") for f in i.features)}
    assert items == {"• Denmark", "• Sweden "}, items


def test_whoever_ordered_the_goods_handed_over_gets_them(rules, make_doc):
    text = ("South Korea's HD Hyundai Heavy Industries has handed over the first of six offshore patrol vessels "
            "ordered by the Philippine Navy. The defence ministry praised the military ties.")
    analysis = rules.analyse([make_doc(text, published=PUBLISHED)])[0]
    transfers = {d for e in analysis.events for d in dyads(e.to_record()) if d[0] == "TRANSFER"}
    assert transfers == {("TRANSFER", "KOR", "PHL")}, transfers


def test_who_a_request_comes_from_would_get_the_goods(rules):
    from defcoop.extract.direction import asks_for

    doc = rules.nlp("The ministry is reviewing a request from Manila for the transfer of a decommissioned corvette.")
    assert asks_for(next(t for t in doc if t.text == "Manila"))
    doc = rules.nlp("The ministry bought a corvette from Seoul.")
    assert not asks_for(next(t for t in doc if t.text == "Seoul"))


def test_bilateral_exercises_with_several_are_each_with_the_one_holding_them(product, make_doc):
    """ "bilateral exercises with A, B and C": one act with each, none among A, B and C; the one holding
    them may be the page's country, left unsaid in the sentence."""
    found = product_dyads(product, make_doc, "India's army chief said the pandemic had put all foreign military "
                          "drills on hold. The schedule for 2020 had included bilateral exercises with the United "
                          "States, France and Japan, the Indian army said.")
    exercises = {d for d in found if d[0] == "EXERCISE"}
    assert exercises == {("EXERCISE", *sorted(("IND", c))) for c in ("USA", "FRA", "JPN")}, exercises


def test_members_told_in_a_relative_clause_are_not_an_exercises_participants(rules, make_doc):
    """ "The bloc was formed by A, B and C, which were joined by D the following year": a history of
    members, not more participants of the exercise told just before."""
    sentence = rules.nlp("The bloc was formed in 1992 by Armenia, Kazakhstan and Russia, which were joined by "
                         "Azerbaijan and Georgia the following year.")
    assert not rules.builder.joins_in_main_clause(sentence)
    assert rules.builder.joins_in_main_clause(rules.nlp("Azerbaijan and Georgia joined the drills on Tuesday."))


def test_a_year_after_since_opens_a_span_and_dates_no_act(rules):
    from defcoop.extract.circumstances import year_role

    doc = rules.nlp("Thai and US troops, who have held the exercise together since 1982, began the drills.")
    since = next(e for e in doc.ents if "1982" in e.text)
    assert year_role(since, rules.lex) == "period"

