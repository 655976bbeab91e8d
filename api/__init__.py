"""The REST API and the explorer pages (FastAPI)."""

from actorgraph.api.app import create_app

__all__ = ["create_app"]
