"""API routers, one per resource; `ROUTERS` lists them in the order they are included."""
from defcoop.api.routers import actors, aggregates, countries, documents, events, export, geo, search, transfers

ROUTERS = [events.router, documents.router, actors.router, aggregates.router, transfers.router, search.router,
           export.router, geo.router, countries.router]

__all__ = ["ROUTERS"]
