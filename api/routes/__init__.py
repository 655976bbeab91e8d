"""Thin routes: parse the request, call the store, shape the response."""

from actorgraph.api.routes import (
    actors,
    cypher,
    documents,
    explorer,
    export,
    health,
    paths,
    relations,
    stats,
    timeline,
)

ROUTERS = (
    health.router,
    actors.router,
    timeline.router,
    paths.router,
    relations.router,
    stats.router,
    cypher.router,
    export.router,
    explorer.router,
    documents.router,
)
