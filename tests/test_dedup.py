"""Tests of defcoop.dedup: exact and near-duplicate documents."""
import pytest

from defcoop.dedup import DuplicateIndex

STORY = (
    "Kazakhstan and Turkey signed a plan of military cooperation for the next year in Nur-Sultan on Thursday, "
    "the Defence Ministry of Kazakhstan said in a statement. The plan provides for joint exercises of special "
    "forces, training of Kazakh officers at Turkish military academies and an exchange of instructors. "
    "Deputy Defence Minister Muhsin Dere met Defence Minister Nurlan Yermekbayev and discussed the delivery "
    "of armoured vehicles produced by Turkish companies. The sides also agreed to hold consultations on "
    "regional security twice a year and to expand cooperation between their defence industries."
)
NEAR = "Home | News | Defence\n" + STORY + " Read more news on our site."
OTHER = (
    "Russia handed over two Mi-8 helicopters to Kyrgyzstan under an agreement on military-technical "
    "assistance, the Kyrgyz border service reported on Monday. The aircraft arrived at the Kant air base "
    "and will be used to patrol the mountain border. Moscow has supplied armoured personnel carriers, "
    "radios and small arms to Bishkek over the past five years, free of charge."
)


@pytest.fixture
def index() -> DuplicateIndex:
    ix = DuplicateIndex()
    ix.add("story", STORY)
    return ix


def test_dedup_exact_duplicate_found(index):
    assert index.find(STORY) == "story"
    assert index.find("  " + STORY.upper() + "\n") == "story"  # normalised: case and spacing


def test_dedup_near_duplicate_found(index):
    assert index.find(NEAR) == "story"


def test_dedup_different_story_not_found(index):
    assert index.find(OTHER) is None
    # Same topic, much rewritten: shares sentences but stays below the 0.8 threshold.
    rewritten = " ".join(STORY.split(". ")[:2]) + ". " + OTHER
    assert index.find(rewritten) is None


def test_dedup_threshold_is_a_parameter():
    strict = DuplicateIndex(threshold=0.98)
    strict.add("story", STORY)
    assert strict.find(NEAR) is None
    assert strict.find(STORY) == "story"
    for bad in (0, 1.5, 0.99):
        with pytest.raises(ValueError):
            DuplicateIndex(threshold=bad)


def test_dedup_signature_round_trip(index):
    signature = index.signature(STORY)
    assert isinstance(signature, bytes)
    assert signature == DuplicateIndex().signature(STORY)  # fixed seed: stable across instances
    rebuilt = DuplicateIndex()
    rebuilt.add_signature("story", signature)
    assert rebuilt.find(NEAR) == "story"
    assert rebuilt.find(OTHER) is None
    assert rebuilt.find_signature(rebuilt.signature(STORY)) == "story"
    assert "story" in rebuilt and len(rebuilt) == 1


def test_dedup_bad_signature_rejected():
    with pytest.raises(ValueError):
        DuplicateIndex().add_signature("x", b"not a signature")


def test_dedup_short_texts_match_exactly_only(index):
    index.add("short", "Kazakhstan and Turkey signed a plan.")
    assert index.find("kazakhstan and turkey SIGNED a plan") == "short"
    assert index.find("Kazakhstan and Turkey signed a deal.") is None
    assert index.find("Turkey and Kazakhstan signed a plan.") is None
    # A short text is not a near duplicate of a long one that contains it, nor the reverse.
    assert index.find(STORY.split(".")[0]) is None


def test_dedup_adding_an_id_twice_keeps_the_first(index):
    index.add("story", OTHER)
    assert index.find(OTHER) is None
    assert len(index) == 1


def test_dedup_signature_of_a_long_text_has_bounded_memory():
    """A 4 MB text: datasketch's update_batch over all its shingles at once built a 128 x 700,000 matrix
    (over 700 MB, and time growing faster than the text); hashed in slices it stays small."""
    import random
    import resource

    rng = random.Random(11)
    words = "army navy harbour radar frigate border talks minister visit drills".split()
    text = " ".join(f"{rng.choice(words)}{rng.randint(0, 9999)}" for _ in range(600_000))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    DuplicateIndex().signature(text)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 300, grown_mib
