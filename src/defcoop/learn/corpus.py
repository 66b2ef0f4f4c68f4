"""Annotated sets on disk (`*.doc.json` + `*.gold.json`) as cleaned documents with their gold events.

A set's texts may live apart from its gold (`docs`): real-text sets commit only gold files whose
evidence is a pointer of a few words, and keep the third-party texts in a local folder.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from defcoop.clean import clean_document
from defcoop.errors import InputError
from defcoop.evaluate import load_gold
from defcoop.ingest import read_file
from defcoop.nlp.sentences import split_sentences
from defcoop.types import Document, InputProblem


@dataclass
class AnnotatedDocument:
    """A cleaned document, its gold events, and the set (writer) it comes from."""

    document: Document
    gold: list[dict]
    group: str
    weight: float = 1.0  # how much its instances count in training

    def evidence_sentences(self) -> list[list[int]]:
        """For each gold event, the indices of the cleaned text's sentences its evidence covers
        (empty when the evidence is not in the cleaned text: cleaning dropped it)."""
        spans = split_sentences(self.document.text)
        squeezed, positions = _squeeze(self.document.text)
        out = []
        for event in self.gold:
            found = _find(squeezed, " ".join(str(event.get("evidence") or "").split()))
            if found is None:
                out.append([])
                continue
            start, end = positions[found[0]], positions[found[1] - 1] + 1
            out.append([i for i, (s, e) in enumerate(spans) if s < end and start < e])
        return out


@dataclass(frozen=True)
class SetSpec:
    """One annotated set named in a training configuration."""

    gold: Path
    group: str
    docs: Path | None = None
    weight: float = 1.0


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text with each run of whitespace made one space, and each kept character's offset."""
    out, positions, space = [], [], False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                positions.append(i)
            space = True
            continue
        out.append(ch)
        positions.append(i)
        space = False
    return "".join(out), positions


def _find(squeezed: str, evidence: str) -> tuple[int, int] | None:
    """Where the evidence is, whole or (when cleaning changed a character) by its first words."""
    if not evidence:
        return None
    at = squeezed.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = evidence.split()
    for n in (8, 5):
        if len(words) > n:
            head = " ".join(words[:n])
            at = squeezed.find(head)
            if at >= 0:
                return at, at + len(head)
    return None


def load_set(spec: SetSpec) -> list[AnnotatedDocument]:
    """The documents of one set that have both a text and a gold file, cleaned."""
    gold = load_gold(spec.gold)
    folder = spec.docs or spec.gold
    out = []
    for doc_id, events in sorted(gold.items()):
        path = folder / f"{doc_id}.doc.json"
        if not path.exists():
            continue
        for item in read_file(path):
            if isinstance(item, InputProblem):
                raise InputError(item.origin, item.reason)
            out.append(AnnotatedDocument(clean_document(item), events, spec.group, spec.weight))
    return out


def read_specs(config: Path) -> list[SetSpec]:
    """The `[[sets]]` of a training configuration; paths are relative to the configuration file."""
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(config), f"not a training configuration: {exc}") from exc
    base = config.parent
    specs = []
    for i, entry in enumerate(data.get("sets", [])):
        if "gold" not in entry or "group" not in entry:
            raise InputError(str(config), f"sets[{i}] needs 'gold' and 'group'")
        docs = entry.get("docs")
        specs.append(SetSpec((base / entry["gold"]).resolve(), entry["group"],
                             (base / docs).resolve() if docs else None, float(entry.get("weight", 1.0))))
    return specs
