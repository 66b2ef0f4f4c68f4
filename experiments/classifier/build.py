"""Build the sentence dataset and the rule path's output for one folder of *.doc.json + *.gold.json.

For every document: defcoop's own cleaning (through `extract_paths`, which cleans exactly as
`defcoop eval` does) and sentence splitter; each sentence's gold labels; the rule path's
events (SCHEMA records, as `defcoop eval -p` writes them) and the sentences their evidence
covers; and the actors defcoop's MentionFinder sees in each sentence (used to give parties to
events that only a classifier proposes).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from common import sentence_labels


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    labels: list[str]
    ignored: list[str]
    # Actors with a country that the MentionFinder sees here: (name, kind, country, token index, flag), flag =
    # "origin" for a demonym qualifying a thing, else the preposition the actor hangs under, else "".
    actors: list[tuple[str, str, str, int, bool]] = field(default_factory=list)
    transfer_cue: str | None = None  # "give" / "receive": the sentence's TRANSFER trigger, if any
    cue_token: int = -1


@dataclass
class Doc:
    doc_id: str
    group: str  # tune | dev | heldout
    sentences: list[Sentence]
    rule_events: list[dict]  # SCHEMA records from the rule path
    rule_sentences: list[list[int]]  # per rule event: indices of the sentences its evidence overlaps
    text: str = ""  # the cleaned text
    published: str | None = None


def overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [i for i, (s, e) in enumerate(spans) if s < end and start < e]


def _preposition(tok) -> str:
    """The preposition an actor hangs under ("to", "from", "in", ...), or ""."""
    for anc in (tok.head, tok.head.head):
        if anc.dep_ in ("prep", "agent"):
            return anc.lower_
    return ""


def build_group(folder: Path, group: str, with_actors: bool = True) -> list[Doc]:
    from defcoop.evaluate import load_gold
    from defcoop.extract import get_extractor
    from defcoop.extract.triggers import find_triggers
    from defcoop.extract.mentions import MentionFinder
    from defcoop.extract.persons import PersonRegistry
    from defcoop.nlp.sentences import dateline_length, split_sentences
    from defcoop.pipeline import RunReport, extract_paths
    from defcoop.settings import load_settings

    settings = load_settings()
    gold = load_gold(folder)
    report = RunReport()
    docs: list[Doc] = []
    extractor = get_extractor(settings) if with_actors else None
    for result in extract_paths(sorted(folder.glob("*.doc.json")), settings, report):
        document = result.document
        spans = split_sentences(document.text)
        gold_events = gold.get(document.id, [])
        sentences = []
        for s, e in spans:
            text = document.text[s:e]
            labels, ignored = sentence_labels(text, gold_events)
            sentences.append(Sentence(s, e, text, labels, ignored))
        records = [ev.to_record() for ev in result.events]
        covered = [overlapping(spans, ev.evidence_start, ev.evidence_end) for ev in result.events]
        if extractor is not None:
            finder = MentionFinder(extractor.lex, PersonRegistry())
            parsed = extractor.nlp.pipe([s.text for s in sentences], batch_size=64)
            for number, (sent, sdoc) in enumerate(zip(sentences, parsed)):
                mentions = finder.find(sdoc, skip_before=dateline_length(sent.text), sentence_no=number)
                cues = [(trig.strength, tok) for trig, tok in find_triggers(sdoc, extractor.lex)
                        if trig.type == "TRANSFER" and trig.strength in ("give", "receive")]
                if cues:
                    sent.transfer_cue, sent.cue_token = cues[0][0], cues[0][1].i
                for m in mentions:
                    if m.actor.country and not m.is_location:
                        head = sdoc[m.root] if 0 <= m.root < len(sdoc) else None
                        prep = _preposition(head) if head is not None else ""
                        sent.actors.append((m.actor.name, m.actor.kind, m.actor.country, m.start,
                                            "origin" if m.is_origin else prep))
        docs.append(Doc(document.id, group, sentences, records, covered, document.text, document.published))
    missing = set(gold) - {d.doc_id for d in docs}
    if missing:
        raise SystemExit(f"{folder}: documents not extracted: {sorted(missing)} ({report.problems})")
    return docs


def save_docs(docs: list[Doc], path: Path) -> None:
    from dataclasses import asdict
    path.write_text(json.dumps([asdict(d) for d in docs], ensure_ascii=False), encoding="utf-8")


def load_docs(path: Path) -> list[Doc]:
    out = []
    for d in json.loads(path.read_text(encoding="utf-8")):
        sentences = [Sentence(**{**s, "actors": [tuple(a) for a in s["actors"]]}) for s in d.pop("sentences")]
        out.append(Doc(sentences=sentences, **d))
    return out
