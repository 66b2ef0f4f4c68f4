"""The indexed attribute ruler sets exactly what spaCy's AttributeRuler sets."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from defcoop.clean import clean_document
from defcoop.ingest import read_inputs
from defcoop.nlp.attributes import compile_patterns, use_indexed_attribute_ruler
from defcoop.nlp.model import load_model
from defcoop.settings import Settings
from defcoop.types import RawDocument

ATTRS = ("tag_", "pos_", "lemma_", "dep_")


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.i, *(getattr(t, a) for a in ATTRS), str(t.morph)) for t in doc]


def _tagged(nlp, words: list[str], tags: list[str], deps: list[str] | None = None) -> Doc:
    heads = [0] * len(words) if deps else None
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def _both(patterns: list[dict], make) -> tuple[Doc, Doc]:
    """The same doc annotated by spaCy's ruler and by the indexed one."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    indexed = compile_patterns(nlp, patterns)
    return ruler(make(nlp)), indexed(make(nlp))


def test_a_later_pattern_wins_as_in_spacy():
    patterns = [{"patterns": [[{"LOWER": "can"}]], "attrs": {"POS": "AUX"}},
                {"patterns": [[{"TAG": "MD"}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Fin"}},
                {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}]
    spacy_doc, ours = _both(patterns, lambda nlp: _tagged(nlp, ["You", "can", "go"], ["PRP", "MD", "VB"]))
    assert ours[1].pos_ == "VERB" and str(ours[1].morph) == "VerbForm=Fin"
    assert _annotations(ours) == _annotations(spacy_doc)


def test_two_token_patterns_set_the_indexed_token():
    patterns = [{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
                {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"},
                 "index": -1}]
    spacy_doc, ours = _both(patterns, lambda nlp: _tagged(
        nlp, ["there", "are", "gon", "na", "be", "gon"], ["EX", "VBP", "VBG", "TO", "VB", "VBG"],
        ["expl", "ROOT", "aux", "aux", "xcomp", "dep"]))
    assert ours[3].lemma_ == "to" and ours[1].pos_ == "VERB"
    assert ours[5].lemma_ != "to"  # a match cannot run past the end of the doc
    assert _annotations(ours) == _annotations(spacy_doc)


def test_set_and_regex_tests_and_wildcards():
    patterns = [{"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
                 "attrs": {"POS": "AUX"}},
                {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART", "LEMMA": "not"}},
                {"patterns": [[{}, {"LOWER": "up"}]], "attrs": {"POS": "VERB"}}]
    spacy_doc, ours = _both(patterns, lambda nlp: _tagged(
        nlp, ["They", "did", "n't", "give", "up", "to", "win"], ["PRP", "VBD", "RB", "VB", "RP", "TO", "VB"],
        ["nsubj", "aux", "neg", "ROOT", "prt", "aux", "advcl"]))
    assert [t.pos_ for t in ours][1:4] == ["AUX", "PART", "VERB"] and ours[5].pos_ != "AUX"
    assert _annotations(ours) == _annotations(spacy_doc)


def test_a_pattern_it_cannot_index_keeps_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    assert use_indexed_attribute_ruler(nlp) is False
    assert nlp.get_pipe("attribute_ruler") is ruler


def _evaluation_texts(dev_dir) -> list[str]:
    raws = [r for r in read_inputs([dev_dir, dev_dir.parent / "dev_ru"]) if isinstance(r, RawDocument)]
    return [clean_document(r).text for r in raws]


def test_the_model_annotates_the_evaluation_corpora_identically(dev_dir):
    """Every token of the dev documents (English and Russian, whole texts) gets the same tag, part of
    speech, morphology, lemma and relation from the shipped pipeline as from the model's own ruler."""
    ours = load_model(Settings().spacy_model)
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"
    theirs = spacy.load(Settings().spacy_model, exclude=["lemmatizer", "ner"])
    theirs.tokenizer.infix_finditer = ours.tokenizer.infix_finditer  # the same tokens
    texts = _evaluation_texts(dev_dir)
    assert len(texts) >= 10
    with ours.select_pipes(disable=["ner"]):
        for a, b in zip(ours.pipe(texts), theirs.pipe(texts)):
            assert _annotations(a) == _annotations(b)
