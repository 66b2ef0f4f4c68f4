import pytest

from defcoop.nlp.sentences import dateline_length, split_sentences


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_keeps_abbreviations_and_initials_inside_sentences():
    text = "Gen. Ali met U.S. envoy John F. Kerr on Nov. 3 in Rabat. They signed a deal."
    assert _sentences(text) == ["Gen. Ali met U.S. envoy John F. Kerr on Nov. 3 in Rabat.", "They signed a deal."]


def test_split_never_crosses_paragraphs_and_offsets_point_into_text():
    text = "First paragraph without a stop\n\nSecond one. Third one!"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First paragraph without a stop", "Second one.", "Third one!"]


def test_agency_dateline_is_not_a_sentence_of_its_own():
    text = "LIMA. ANDINA - Peru received two patrol boats from South Korea. More later."
    assert _sentences(text)[0].startswith("LIMA. ANDINA - Peru received")


def test_dateline_length_covers_place_and_agency():
    assert dateline_length("DAKAR, May 4 (Reuters) - Senegal signed a deal.") == len("DAKAR, May 4 (Reuters) - ")
    assert dateline_length("HANOI, Vietnam - Troops arrived.") == len("HANOI, Vietnam - ")
    assert dateline_length("The minister said so - twice.") == 0


@pytest.mark.parametrize("text, dateline", [
    ("Buenos Aires, 17/04/2024 – The minister signed.", "Buenos Aires, 17/04/2024 – "),
    ("Luanda, April 17, 2024 – The minister signed.", "Luanda, April 17, 2024 – "),
    ("Colonel Smith, 45 – a veteran of two tours, retired.", ""),  # no date: no dateline
    ("On Monday, 12 March – the minister said – troops left.", ""),
])
def test_a_dateline_in_title_case_needs_a_full_date(text, dateline):
    assert dateline_length(text) == len(dateline)


def test_abbreviated_ranks_neither_end_a_sentence_nor_lose_their_stop():
    from defcoop.nlp.model import load_model
    from defcoop.settings import Settings

    text = "Cpl. Jo Tui and Sqn. Ldr. Ana Roa met Lt. Col. Ben Ode. They trained."
    assert _sentences(text) == ["Cpl. Jo Tui and Sqn. Ldr. Ana Roa met Lt. Col. Ben Ode.", "They trained."]
    tokens = [t.text for t in load_model(Settings().spacy_model).make_doc("Staff Sgt. Maria Delgado met Col. Ali.")]
    assert tokens[:3] == ["Staff", "Sgt.", "Maria"] and "Col." in tokens


def test_a_page_of_several_stories_numbers_each_story_apart():
    from defcoop.nlp.sentences import story_numbers

    text = ("NANYUKI, Aug 8 - British soldiers began an exercise with Kenyan troops. It ends in September.\n"
            "WARSAW, Aug 6 - Poland expects to sign a contract for F-35s.\n"
            "DOHA (June 15): Two US ships arrived at Hamad Port.\n"
            "- Thai submarine budget delayed again\n"
            "The minister said more.")
    spans = split_sentences(text)
    assert story_numbers(text, spans) == [0, 0, 1, 2, 3, 3]


def test_the_items_of_a_list_its_lead_introduces_stay_in_its_story():
    from defcoop.nlp.sentences import story_numbers

    text = ("Allies promised more weapons to Ukraine on Friday.\n"
            "What was promised, donor by donor:\n"
            "• Denmark — all 19 of its Caesar howitzers.\n"
            "• Sweden — Archer howitzers.\n"
            "Berlin said no more.\n"
            "- Thai submarine budget delayed again")
    spans = split_sentences(text)
    assert story_numbers(text, spans) == [0, 0, 0, 0, 0, 1]
