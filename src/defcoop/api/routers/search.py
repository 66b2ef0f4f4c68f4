"""GET /api/search?q=: full-text search over the stored articles (SQLite FTS5, PostgreSQL tsvector, LIKE elsewhere)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from defcoop.api.deps import SEARCH_WORDS, Limit, Offset, SessionDep
from defcoop.api.schemas import SearchPage
from defcoop.store.crud import FilterError
from defcoop.store.search import SearchSyntaxError, check_query, engine_name, search_documents

router = APIRouter(prefix="/api/search", tags=["search"])


@router.get("", response_model=SearchPage, summary="Articles containing every word of q, best first")
def search(session: SessionDep,
           q: Annotated[str, Query(min_length=1, max_length=200,
                                   description="Words to find (all of them); word* matches a prefix.",
                                   json_schema_extra=SEARCH_WORDS)],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    try:
        check_query(q)
    except SearchSyntaxError as exc:
        raise FilterError(f"q: {exc}", field="q") from None
    total, hits = search_documents(session, q, limit=limit, offset=offset)
    items = [{"doc_id": h.doc_id, "title": h.title, "published": h.published, "source": h.source, "url": h.url,
              "snippet": [{"text": text, "match": match} for text, match in h.snippet]} for h in hits]
    return {"total": total, "limit": limit, "offset": offset, "items": items,
            "engine": engine_name(session)}
