"""GET /api/documents/{id}: metadata, cleaned text and the evidence spans of its events."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from defcoop.api.deps import SessionDep
from defcoop.api.schemas import DocumentOut, ErrorOut
from defcoop.store import queries

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("/{doc_id:path}", response_model=DocumentOut, summary="A document's text with its evidence spans",
            responses={404: {"model": ErrorOut, "description": "No such document"}})
def get_document(session: SessionDep, doc_id: Annotated[str, Path(max_length=255)],
                 include_rejected: Annotated[bool, Query(description="Also spans of rejected events.")] = False
                 ) -> dict:
    document = queries.get_document(session, doc_id, include_rejected=include_rejected)
    if document is None:
        raise HTTPException(404, f"document {doc_id} not found")
    return document
