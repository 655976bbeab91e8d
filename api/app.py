"""The FastAPI application: `create_app()` wires settings, store, pipeline and routes."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from actorgraph import __version__
from actorgraph.api.access_log import AccessLogMiddleware
from actorgraph.api.deps import ReadTokenDep
from actorgraph.api.docs import install_docs
from actorgraph.api.errors import install_error_handlers
from actorgraph.api.extraction import ExtractionWorker
from actorgraph.api.guard import RequestGuardMiddleware
from actorgraph.api.page_cache import PageCache
from actorgraph.api.reads import ReadPool
from actorgraph.api.routes import ROUTERS, health
from actorgraph.api.sources import SourcesDep
from actorgraph.api.state import AppState, PipelineHolder, StoreHolder
from actorgraph.graph.store import GraphStore, StoreUnavailableError
from actorgraph.settings import Settings
from actorgraph.store_file import store_file_problem
from actorgraph.stores import open_store, sqlite_file

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger("actorgraph.api")

# The collector's young-generation threshold while the app serves (CPython's is 700).
# A young collection starts whenever 700 more container objects have been made than
# freed, and a connections page is built of thousands (a hub's 50 edges, their
# neighbours, 150 sentences with their sources; more with two reads at once): at 700,
# 0.8 young collections a request each walked the page being built, found it all alive
# and moved it to an older generation, whose collections then walked it again (0.2 ms
# of CPU a request by degree at 1M statements under 16 clients). What a response builds
# is freed by reference counting as soon as it is sent; only cycles wait for the
# collector, and at this threshold a young collection still comes every few hundred
# requests.
SERVING_GC_THRESHOLD = 20_000

DESCRIPTION = """\
Look up actors of armed conflicts and who does what to whom, with the evidence.

Every edge carries the sentences it was read from (document id and character
offsets), its dates, a confidence, a CAMEO code, and whether it was denied.
Errors are RFC 9457 problem details (`application/problem+json`).
"""

TAGS = [
    {"name": "actors", "description": "Search actors and follow their connections."},
    {"name": "graph", "description": "The graph as a whole, and its relations."},
    {"name": "explorer", "description": "Interactive HTML pages of the graph."},
    {"name": "documents", "description": "Ingest and remove documents."},
    {"name": "health", "description": "Probes for process managers and load balancers."},
]


def _build_pipeline() -> Language:
    from actorgraph.extract import build_pipeline

    return build_pipeline()


def _sqlite_file(settings: Settings) -> Path | None:
    try:
        return sqlite_file(settings)
    except StoreUnavailableError:
        return None  # an unknown store name: reported when the store is opened


def create_app(
    settings: Settings | None = None,
    *,
    store: GraphStore | None = None,
    nlp: Language | None = None,
) -> FastAPI:
    """The API. A `store` or `nlp` passed in is used as is (and the store is not
    closed on shutdown: it belongs to the caller); otherwise the store named by the
    settings is opened at start-up and the pipeline is built on the first ingest."""
    settings = settings if settings is not None else Settings()
    resolved = settings
    state = AppState(
        settings=settings,
        stores=StoreHolder(lambda: open_store(resolved, serving=True), store),
        pipeline=PipelineHolder(_build_pipeline, nlp),
        extractor=ExtractionWorker(settings.ingest_queue_size),
        reads=ReadPool(settings.read_threads, settings.read_queue_size),
        pages=PageCache(settings.page_cache_bytes),
    )

    sqlite = None if store is not None else _sqlite_file(settings)
    problem = None if sqlite is None else store_file_problem(sqlite)
    if problem is not None:
        state.warnings.append(problem)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for warning in state.warnings:
            logger.warning("%s", warning)
        try:
            await run_in_threadpool(state.stores.get)
        except StoreUnavailableError as exc:
            # Keep serving: /health answers, /ready says 503, and the store is
            # opened again on the next request that needs it.
            logger.warning("the graph store is not available yet: %s", exc)
        # What start-up made (modules, the app, the SQLite store's in-memory index: some
        # 340k objects at 100k statements) lives as long as the app, and every full
        # collection walked all of it again: under load that cost a connections request
        # on SQLite 1-2 ms of CPU. Frozen, the collector leaves it alone; thawed at
        # shutdown, so that whatever the app leaves behind is collected as usual.
        gc.collect()
        gc.freeze()
        thresholds = gc.get_threshold()
        gc.set_threshold(max(thresholds[0], SERVING_GC_THRESHOLD), *thresholds[1:])
        try:
            yield
        finally:
            state.pages.clear()
            await run_in_threadpool(state.extractor.close)
            await run_in_threadpool(state.reads.close)
            await run_in_threadpool(state.stores.close)
            gc.set_threshold(*thresholds)
            gc.unfreeze()

    app = FastAPI(
        title="actorgraph",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        # Served by install_docs from the app's own assets, not from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.actorgraph = state
    install_error_handlers(app)
    for router in ROUTERS:
        # Probes stay open for load balancers; every other route is a read (or a
        # write, which checks the token itself) and is closed when reads need the token.
        dependencies = [] if router is health.router else [ReadTokenDep, SourcesDep]
        app.include_router(router, dependencies=dependencies)
    install_docs(app)
    # Innermost of the three: host, token, type and size are checked before any route
    # reads a body (CORS, outside it, still adds its headers to the refusals).
    app.add_middleware(RequestGuardMiddleware, settings=settings)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )
    # Added last, so it is outermost: it times and logs every request, CORS included.
    app.add_middleware(AccessLogMiddleware)
    return app
