"""Thin routes: parse the request, call the store, shape the response."""

from actorgraph.api.routes import actors, documents, explorer, health, stats

ROUTERS = (health.router, actors.router, stats.router, explorer.router, documents.router)
