"""The defcoop REST API and web UI: a FastAPI app over one database (`create_app`)."""
from defcoop.api.app import create_app

__all__ = ["create_app"]
