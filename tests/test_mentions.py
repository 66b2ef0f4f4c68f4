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
