"""Full-text search over articles and evidence sentences.

On SQLite the FTS5 tables made by migration 0003 are used (`documents_fts`: title and
cleaned text of each document; `evidence_fts`: evidence sentences, porter stemming, so
"helicopter" finds "helicopters"), ranked by bm25. On PostgreSQL the English `tsvector` of
the same columns, with GIN expression indexes made by migration 0006, ranked by `ts_rank`
(a title match weighs more, as on SQLite) with `ts_headline` snippets. On any other
database a plain case-insensitive LIKE over the same columns stands in: slower and without
stemming, but the same answers for simple words. Everything engine-specific is in this module.

User text never reaches FTS5 or `to_tsquery` as syntax: `fts_query` and `ts_query` turn it
into quoted terms joined by AND (a trailing `*` on a word keeps its prefix meaning).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, and_, column, exists, func, or_, select, text
from sqlalchemy.orm import Session

from defcoop.errors import DefcoopError
from defcoop.store.models import DocumentRow, EventRow, EvidenceRow

FTS_TABLES = ("documents_fts", "evidence_fts")
# PostgreSQL: how much of a document's text is indexed (a tsvector is at most 1 MB; news articles
# are far shorter), and the expressions the GIN indexes of migration 0006 are built on.
PG_TEXT_CHARS = 200_000
DOCUMENT_TSVECTOR = ("setweight(to_tsvector('english', coalesce({t}title, '')), 'A') || "
                     f"setweight(to_tsvector('english', left({{t}}text, {PG_TEXT_CHARS})), 'D')")
EVIDENCE_TSVECTOR = f"to_tsvector('english', left({{t}}text, {PG_TEXT_CHARS}))"
PG_SEARCH_INDEXES = (("ix_documents_search", "documents", DOCUMENT_TSVECTOR.format(t="")),
                     ("ix_evidence_search", "evidence", EVIDENCE_TSVECTOR.format(t="")))
MAX_TERMS = 12
_TERM_RE = re.compile(r"\w+\*?", re.UNICODE)
# Marks around matched words in snippets: control characters that cleaned text never holds.
_OPEN, _CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 24


@dataclass(slots=True)
class SearchHit:
    """One document that matches a search, with a snippet split into plain and matched parts."""

    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    snippet: list[tuple[str, bool]]  # (text, is_match) in order


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic `include_name` hook: leave the FTS5 tables and their shadow tables, and PostgreSQL's search
    indexes, out of schema comparisons."""
    if type_ == "index":
        return name not in {index for index, _table, _expression in PG_SEARCH_INDEXES}
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


# Syntax people bring from other search boxes, which this search would silently read as words.
_OPERATORS = {"OR", "NOT", "NEAR", "|"}
_STRAY_STAR_RE = re.compile(r"(^|[^\w*])\*")


class SearchSyntaxError(DefcoopError, ValueError):
    """A search text this search cannot honour: no words, boolean operators, a leading `*`."""


def check_query(query: str) -> None:
    """SearchSyntaxError when `query` would silently find nothing or something else than meant.

    Every word is required and `word*` matches a prefix; nothing else is syntax.
    """
    if not terms(query):
        raise SearchSyntaxError(f"{query!r} has no words to search for")
    operators = sorted({token for token in query.split() if token in _OPERATORS})
    if operators:
        raise SearchSyntaxError(f"{' and '.join(operators)} is not supported: every word is required "
                                f"(search for each alternative separately)")
    if len(terms(query)) < len(_TERM_RE.findall(query)):
        raise SearchSyntaxError(f"at most {MAX_TERMS} words, got {len(_TERM_RE.findall(query))}")
    if _STRAY_STAR_RE.search(query):
        raise SearchSyntaxError("* goes at the end of a word (helicop*), not on its own or before it")


def terms(query: str) -> list[str]:
    """The words of a user's query (letters and digits; a trailing * kept), at most MAX_TERMS."""
    return _TERM_RE.findall(query)[:MAX_TERMS]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user's text: each word quoted, all required; None if no words."""
    words = terms(query)
    if not words:
        return None
    return " AND ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)


def ts_query(query: str) -> str | None:
    """A `to_tsquery` expression for a user's text: each word quoted, all required; None if no words.
    (Words are letters and digits only, so quoting them in '' is safe.)"""
    words = terms(query)
    if not words:
        return None
    return " & ".join(f"'{w[:-1]}':*" if w.endswith("*") else f"'{w}'" for w in words)


def engine_name(session: Session) -> str:
    """The search engine a session's database has: "fts5" (SQLite), "tsvector" (PostgreSQL) or "like"."""
    engine = session.info.get("defcoop_search_engine")
    if engine is None:
        if session.get_bind().dialect.name == "postgresql":
            engine = "tsvector"
        else:
            engine = "fts5" if has_fts(session) else "like"
        session.info["defcoop_search_engine"] = engine
    return engine


def has_fts(session: Session) -> bool:
    """True when the FTS5 tables exist (a SQLite database migrated by defcoop)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    info = session.info.get("defcoop_has_fts")
    if info is None:
        found = session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                     "('documents_fts', 'evidence_fts')")).scalar()
        info = session.info["defcoop_has_fts"] = found == 2
    return info


def _like_all(expr, words: list[str]) -> ColumnElement[bool]:
    """Every word occurs in `column`, case-insensitively (the portable fallback)."""
    return and_(*(func.lower(expr).contains(w.rstrip("*").lower(), autoescape=True) for w in words))


def evidence_match(session: Session, query: str) -> ColumnElement[bool]:
    """SQL condition over EventRow: an evidence sentence of the event contains every word of the query."""
    words = terms(query)
    if not words:
        return EventRow.id.is_(None)  # nothing to look for: nothing matches
    engine = engine_name(session)
    if engine == "fts5":
        rowids = (text("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :fts")
                  .bindparams(fts=fts_query(query)).columns(column("rowid", Integer)))
        return EventRow.id.in_(select(EvidenceRow.event_id).where(EvidenceRow.id.in_(rowids)))
    if engine == "tsvector":
        matched = text(f"SELECT event_id FROM evidence WHERE {EVIDENCE_TSVECTOR.format(t='')} "
                       "@@ to_tsquery('english', :tsq)").bindparams(tsq=ts_query(query)).columns(
            column("event_id", Integer))
        return EventRow.id.in_(matched)
    return exists(select(EvidenceRow.id).where(EvidenceRow.event_id == EventRow.id,
                                               _like_all(EvidenceRow.text, words)))


def search_documents(session: Session, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[SearchHit]]:
    """Documents whose title or text contain every word of `query`, best first: (total, hits)."""
    match = fts_query(query)
    if match is None:
        return 0, []
    engine = engine_name(session)
    if engine == "fts5":
        return _search_fts(session, match, limit, offset)
    if engine == "tsvector":
        return _search_tsvector(session, ts_query(query), limit, offset)
    return _search_like(session, terms(query), limit, offset)


def _search_fts(session: Session, match: str, limit: int, offset: int) -> tuple[int, list[SearchHit]]:
    total = session.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                            {"q": match}).scalar() or 0
    rows = session.execute(text(
        "SELECT f.doc_id, snippet(documents_fts, 2, :open, :close, '…', :tokens), d.title, d.published, d.source, "
        "d.url FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
        "WHERE documents_fts MATCH :q ORDER BY bm25(documents_fts, 0.0, 5.0, 1.0), f.doc_id LIMIT :limit OFFSET :offset"),
        {"q": match, "open": _OPEN, "close": _CLOSE, "tokens": SNIPPET_TOKENS, "limit": limit, "offset": offset})
    return total, [SearchHit(doc_id, title, published, source, url, split_snippet(snippet))
                   for doc_id, snippet, title, published, source, url in rows]


def _search_tsvector(session: Session, tsq: str, limit: int, offset: int) -> tuple[int, list[SearchHit]]:
    vector = DOCUMENT_TSVECTOR.format(t="d.")
    match = f"{vector} @@ to_tsquery('english', :tsq)"
    total = session.execute(text(f"SELECT count(*) FROM documents d WHERE {match}"), {"tsq": tsq}).scalar() or 0
    # The snippet is drawn from the same stretch of text that is indexed.
    rows = session.execute(text(
        f"SELECT d.id, ts_headline('english', left(d.text, {PG_TEXT_CHARS}), to_tsquery('english', :tsq), "
        f":options), d.title, d.published, d.source, d.url FROM documents d WHERE {match} "
        f"ORDER BY ts_rank({vector}, to_tsquery('english', :tsq)) DESC, d.id LIMIT :limit OFFSET :offset"),
        {"tsq": tsq, "limit": limit, "offset": offset,
         "options": f'StartSel="{_OPEN}", StopSel="{_CLOSE}", MaxWords={SNIPPET_TOKENS}, MinWords=8, '
                    'MaxFragments=2, FragmentDelimiter=" … "'})
    return total, [SearchHit(doc_id, title, published, source, url, split_snippet(snippet))
                   for doc_id, snippet, title, published, source, url in rows]


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """An FTS5 snippet with _OPEN/_CLOSE marks as (text, is_match) parts."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", snippet or "")):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


def _search_like(session: Session, words: list[str], limit: int, offset: int) -> tuple[int, list[SearchHit]]:
    cond = or_(_like_all(DocumentRow.text, words), _like_all(func.coalesce(DocumentRow.title, ""), words))
    total = session.scalar(select(func.count()).select_from(DocumentRow).where(cond)) or 0
    rows = session.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.source,
                                  DocumentRow.url, DocumentRow.text)
                           .where(cond).order_by(DocumentRow.id).limit(limit).offset(offset))
    return total, [SearchHit(doc_id, title, published, source, url, like_snippet(body, words))
                   for doc_id, title, published, source, url, body in rows]


def like_snippet(body: str, words: list[str], width: int = 160) -> list[tuple[str, bool]]:
    """A window of `body` around the first matched word, the matches marked (the LIKE fallback's snippet)."""
    lowered = body.lower()
    positions = [p for p in (lowered.find(w.rstrip("*").lower()) for w in words) if p >= 0]
    start = max(0, min(positions, default=0) - width // 3)
    window = body[start:start + width]
    pattern = re.compile("|".join(re.escape(w.rstrip("*")) for w in words), re.IGNORECASE)
    parts: list[tuple[str, bool]] = [("…", False)] if start else []
    last = 0
    for m in pattern.finditer(window):
        if m.start() > last:
            parts.append((window[last:m.start()], False))
        parts.append((m.group(0), True))
        last = m.end()
    if last < len(window):
        parts.append((window[last:], False))
    if start + width < len(body):
        parts.append(("…", False))
    return parts
