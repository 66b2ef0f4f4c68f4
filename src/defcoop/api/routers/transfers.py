"""GET /api/transfers: the register of TRANSFER events, like an arms-transfer register."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from defcoop.api.deps import COUNTRY, FiltersDep, Limit, Offset, SessionDep
from defcoop.api.schemas import TransferPage
from defcoop.store import queries

router = APIRouter(prefix="/api/transfers", tags=["transfers"])


@router.get("", response_model=TransferPage, summary="Supplier, recipient, item, status, date and sources")
def list_transfers(session: SessionDep, filters: FiltersDep,
                   supplier: Annotated[str | None, Query(max_length=100,
                                                         description="Supplier: code, name or demonym.",
                                                         json_schema_extra=COUNTRY)] = None,
                   recipient: Annotated[str | None, Query(max_length=100,
                                                          description="Recipient: code, name or demonym.",
                                                          json_schema_extra=COUNTRY)] = None,
                   sort: Annotated[Literal["date", "-date", "id", "-id", "confidence", "-confidence", "sources",
                                           "-sources"], Query(description="Order.")] = "-date",
                   limit: Limit = 50, offset: Offset = 0) -> dict:
    total, items = queries.transfers(session, filters, supplier=supplier, recipient=recipient, sort=sort,
                                     limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}
