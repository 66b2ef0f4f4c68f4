"""Dates for acts whose sentence gives none.

News tells the day once, in the lead ("... signed the deal in Ankara on Tuesday"), and the body goes
on about the same acts without it. An occurred act whose sentence names no date takes, in order: the
day of an act between the same sides told shortly before it, the day the lead names, and only then
the month of publication. Every event keeps in its reason where its date came from, and says why when
it has none.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from defcoop.extract.circumstances import date_entities
from defcoop.resolve.dates import resolve_date
from defcoop.types import Event

if TYPE_CHECKING:
    from defcoop.extract import DocumentAnalysis

FALLBACK = "date from publication month"
LEAD_SENTENCES = 3  # the lead: the first sentences of the text
NEARBY = 3  # sentences back where an act of the same sides lends its day
LEAD_WINDOW_DAYS = 10  # a lead's day further from publication is not the news of the day


def lead_day(analysis: DocumentAnalysis) -> str | None:
    """The first full day the article's lead names, if it falls shortly before publication."""
    published = analysis.document.published
    if not published or len(published) < 10:
        return None
    for sentence in analysis.sentences:
        if sentence.number >= LEAD_SENTENCES:
            break
        for ent in date_entities(sentence.doc):
            day = resolve_date(ent.text, published)
            if day and len(day) == 10 and _days_before(day, published) in range(0, LEAD_WINDOW_DAYS + 1):
                return day
    return None


def refine_dates(events: list[Event], analysis: DocumentAnalysis) -> None:
    """Give a day to occurred acts that only had the publication month, from the article around them."""
    lead = lead_day(analysis)
    number_of = {id(e): _number(analysis, e) for e in events}
    for event in events:
        if FALLBACK not in event.reason or event.status != "occurred":
            continue
        here = number_of[id(event)]
        nearby = [e for e in events if e is not event and e.date and len(e.date) == 10 and FALLBACK not in e.reason
                  and e.countries & event.countries and here is not None and number_of[id(e)] is not None
                  and 0 <= here - number_of[id(e)] <= NEARBY]
        if nearby:
            event.date = nearby[-1].date
            event.reason = event.reason.replace(FALLBACK, "date of the act of the same sides told just before")
        elif lead and lead.startswith(event.date or ""):
            event.date = lead
            event.reason = event.reason.replace(FALLBACK, "date the article's lead names")


def _number(analysis: DocumentAnalysis, event: Event) -> int | None:
    at = analysis.sentence_of(event.evidence_start)
    return analysis.sentences[at].number if at is not None else None


def _days_before(day: str, published: str) -> int:
    return (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
