"""Scale benchmarks of the embedded store, one size per child process.

    python -m benchmarks.scale ingest --docs N --path STORE   # build, print JSON
    python -m benchmarks.scale reopen --path STORE            # load, query, print JSON
    python -m benchmarks.scale compare --statements N         # SQLite vs Ladybug, side by side
    python -m benchmarks.scale pages --store ladybug --path STORE [--before DIR] [--rounds N]

`pages` measures the first pages of connections alone (`first_page_latency`) on a built
store, and the CPU time of a connections request's reads (the centre with its first
documents, then its page: `request_cpu`) and of whole connections requests through the
API's ASGI app in this process (`route_cpu`), each round in a fresh interpreter. With
`--before DIR` (a source tree of another version, e.g. `git archive main | tar -x -C
DIR`), the rounds alternate between this code and DIR's on the same store, so both meet
the same load, and the figures come side by side with their ratios.

`--store ladybug` measures the Ladybug store (the default embedded store; STORE is a
folder) instead of the previous SQLite store. `compare` builds both at N statements in
one run and prints the figures side by side with their ratios (Markdown and JSON).

Each run is a fresh interpreter, so peak memory (ru_maxrss) belongs to one size only.
Stores are filled by upserting synthetic `Extraction`s made from the corpus templates
(benchmarks/corpus.py) without spaCy: extraction cost is linear in words and measured
on its own by the main benchmark.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from actorgraph.documents import sha256_text
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import ConnectionPage, DocumentInfo, EdgeKey
from actorgraph.graph.store import GraphStore
from benchmarks.corpus import hub_actor_ids, synthetic_extractions

LOOKUP_ROUNDS = 5
TAIL_LOOKUPS = 10  # tail actors "Liwa 00000".. present at every size


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB.

    VmHWM where Linux offers it: ru_maxrss survives exec, so a child started by a big
    parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


FIRST_PAGE = 50  # connections per page in the first-page figures
EVIDENCE_LIMIT = 3  # evidence sentences per edge of a page, the API's default


def open_kind(kind: str, path: Path) -> EmbeddedStore | LadybugStore:
    return LadybugStore(path) if kind == "ladybug" else EmbeddedStore(path)


def _pct(times: list[float], q: float) -> float:
    times = sorted(times)
    return round(times[min(len(times) - 1, int(len(times) * q))] * 1000, 3)


def first_page_latency(store: GraphStore) -> dict[str, Any]:
    """Warm latency of the API's first page of connections (FIRST_PAGE connections,
    EVIDENCE_LIMIT sentences per edge, paged and counted in the store), and of the
    first page of a hub's strongest edge's evidence. One cold round is run and
    dropped; best/p50/p99 over the rest, for all fixed actors and for the hubs alone.

    On a shared machine the wall time of a page is mostly waiting for a core, so each
    page's CPU time (this process, all threads: the engine's too) is given beside it,
    with the load average at the start and the end."""
    actors = lookup_actor_ids(store)
    hubs = [a for a in hub_actor_ids() if a in actors]

    def page(actor_id: str) -> ConnectionPage:
        return store.connection_page(actor_id, limit=FIRST_PAGE, evidence_limit=EVIDENCE_LIMIT)

    strongest: dict[str, EdgeKey] = {}
    for actor_id in actors:  # cold round
        items = page(actor_id).items
        if actor_id in hubs and items:
            e = items[0].edge
            strongest[actor_id] = EdgeKey(e.source, e.target, e.type, e.negated)
    every: list[float] = []
    hub: list[float] = []
    every_cpu: list[float] = []
    hub_cpu: list[float] = []
    evidence: list[float] = []
    load_before = os.getloadavg()[0]
    for _ in range(LOOKUP_ROUNDS * 4):
        for actor_id in actors:
            start, start_cpu = time.perf_counter(), time.process_time()
            page(actor_id)
            took, cpu = time.perf_counter() - start, time.process_time() - start_cpu
            every.append(took)
            every_cpu.append(cpu)
            if actor_id in hubs:
                hub.append(took)
                hub_cpu.append(cpu)
                start = time.perf_counter()
                store.edge_evidence(strongest[actor_id], limit=FIRST_PAGE)
                evidence.append(time.perf_counter() - start)
    return {
        "first_page_best_ms": _pct(every, 0.0),
        "first_page_p50_ms": _pct(every, 0.5),
        "first_page_p99_ms": _pct(every, 0.99),
        "hub_first_page_best_ms": _pct(hub, 0.0) if hub else None,
        "hub_first_page_p50_ms": _pct(hub, 0.5) if hub else None,
        "hub_first_page_p99_ms": _pct(hub, 0.99) if hub else None,
        "first_page_cpu_p50_ms": _pct(every_cpu, 0.5),
        "first_page_cpu_p99_ms": _pct(every_cpu, 0.99),
        "hub_first_page_cpu_p99_ms": _pct(hub_cpu, 0.99) if hub_cpu else None,
        "hub_evidence_page_p99_ms": _pct(evidence, 0.99) if evidence else None,
        **request_cpu(store, actors, hubs),
        **route_cpu(store, actors, hubs),
        **cached_route_cpu(store, actors, hubs),
        "load_average_1m": [round(load_before, 1), round(os.getloadavg()[0], 1)],
    }


def request_cpu(store: GraphStore, actors: list[str], hubs: list[str]) -> dict[str, Any]:
    """CPU time of a connections request's store reads as the API makes them: the centre
    with its first FIRST_DOCUMENTS documents, then its first page, in one snapshot."""
    from actorgraph.api.reads import one_snapshot
    from actorgraph.api.routes.actors import FIRST_DOCUMENTS

    every: list[float] = []
    hub: list[float] = []
    for _ in range(LOOKUP_ROUNDS * 4):
        for actor_id in actors:
            start = time.process_time()
            with one_snapshot(store):
                store.get_actor(actor_id, document_limit=FIRST_DOCUMENTS)
                store.connection_page(
                    actor_id, limit=FIRST_PAGE, evidence_limit=EVIDENCE_LIMIT
                )
            took = time.process_time() - start
            every.append(took)
            if actor_id in hubs:
                hub.append(took)
    return {
        "request_cpu_p50_ms": _pct(every, 0.5),
        "request_cpu_p99_ms": _pct(every, 0.99),
        "hub_request_cpu_p50_ms": _pct(hub, 0.5) if hub else None,
        "hub_request_cpu_p99_ms": _pct(hub, 0.99) if hub else None,
    }


def route_cpu(store: GraphStore, actors: list[str], hubs: list[str]) -> dict[str, Any]:
    """CPU time of whole connections requests (`GET /actors/{id}/connections`, the API's
    defaults): the route called through the API's ASGI app in this process, with its
    middleware, routing, parameters, read thread, store reads, body and JSON, but no
    socket or HTTP parsing. One round of every actor is run first and dropped. The
    app keeps no rendered page (ACTORGRAPH_PAGE_CACHE_BYTES=0): every request is read
    and rendered (`cached_route_cpu` measures the pages kept)."""
    import asyncio

    from actorgraph.api.app import create_app
    from actorgraph.settings import Settings

    app = create_app(Settings(page_cache_bytes=0), store=store)

    async def measure() -> tuple[list[float], list[float]]:
        async with app.router.lifespan_context(app):
            for actor_id in actors:
                await asgi_get(app, f"/actors/{actor_id}/connections")
            return await _timed_connections(app, actors, hubs)

    cache = getattr(store, "document_cache_figures", lambda: None)
    before = cache()
    every, hub = asyncio.run(measure())
    after = cache()
    return {
        # The writer's cache of cited documents (graph/document_cache.py) over these
        # requests: the share of the documents looked up that it held.
        "route_document_cache_hit_rate": _hit_rate(before, after),
        "route_cpu_p50_ms": _pct(every, 0.5),
        "route_cpu_p99_ms": _pct(every, 0.99),
        "hub_route_cpu_p50_ms": _pct(hub, 0.5) if hub else None,
        "hub_route_cpu_p99_ms": _pct(hub, 0.99) if hub else None,
    }


async def _timed_connections(app: Any, actors: list[str],
                             hubs: list[str]) -> tuple[list[float], list[float]]:
    """CPU seconds of each connections request over the timed rounds, and the hubs' own."""
    every: list[float] = []
    hub: list[float] = []
    for _ in range(LOOKUP_ROUNDS * 4):
        for actor_id in actors:
            start = time.process_time()
            await asgi_get(app, f"/actors/{actor_id}/connections")
            took = time.process_time() - start
            every.append(took)
            if actor_id in hubs:
                hub.append(took)
    return every, hub


def cached_route_cpu(store: GraphStore, actors: list[str], hubs: list[str]) -> dict[str, Any]:
    """Whole connections requests through the API's ASGI app with its cache of rendered
    pages (api/page_cache.py, the default budget), as a serving process holds it after a
    while: the cache is first filled to its budget with the first pages of the actors of
    highest degree (the largest pages), then the same rounds as `route_cpu` are timed
    (their first pass reads the pages the fill did not keep). Gives the CPU per
    request, the cache's hit rate over the timed rounds, and what it held at the end:
    the serving process's peak memory (`serve_peak_rss_mb`) includes a full cache."""
    import asyncio

    from actorgraph.api.app import create_app
    from actorgraph.settings import Settings

    app = create_app(Settings(), store=store)
    pages = app.state.actorgraph.pages

    async def measure() -> tuple[list[float], list[float], float, dict[str, float]]:
        async with app.router.lifespan_context(app):
            start = time.perf_counter()
            await fill_page_cache(app, store)
            fill_s = time.perf_counter() - start
            before = pages.figures()
            every, hub = await _timed_connections(app, actors, hubs)
            after = pages.figures()
        kept = {
            "page_cache_hit_rate": _hit_rate(before, after),
            "page_cache_pages": after["pages"],
            "page_cache_mb": round(after["bytes"] / 2**20, 1),
        }
        return every, hub, fill_s, kept

    every, hub, fill_s, kept = asyncio.run(measure())
    return {
        "page_cache_fill_s": round(fill_s, 1),
        **kept,
        "cached_route_cpu_p50_ms": _pct(every, 0.5),
        "cached_route_cpu_p99_ms": _pct(every, 0.99),
        "cached_hub_route_cpu_p50_ms": _pct(hub, 0.5) if hub else None,
        "cached_hub_route_cpu_p99_ms": _pct(hub, 0.99) if hub else None,
    }


async def fill_page_cache(app: Any, store: GraphStore) -> None:
    """Fill the API app's cache of rendered pages to its budget with the first pages of
    the actors of highest degree (the largest pages), as a server holds it after a while.
    A store opened read-only keeps no page: nothing to fill."""
    from actorgraph.api.page_cache import write_mark

    if write_mark(store) is None:
        return
    pages = app.state.actorgraph.pages
    for actor_id in _actor_ids_by_degree(store):
        if pages.figures()["bytes"] >= pages.budget * 0.95:
            return
        await asgi_get(app, f"/actors/{actor_id}/connections")


def _actor_ids_by_degree(store: GraphStore, page_size: int = 500) -> Iterator[str]:
    """Every actor's id, highest degree first, read a page at a time as `GET /actors`
    reads them (500 is its largest page): the whole list at once would hold every
    actor's record in this process, which a server never does, and count in its peak."""
    offset = 0
    while True:
        page = store.search_page("", offset=offset, limit=page_size, document_limit=0)
        yield from (record.id for record in page.items)
        offset += page_size
        if offset >= page.total:
            return


def _hit_rate(before: dict[str, float] | None, after: dict[str, float] | None) -> float | None:
    """Hits over lookups between two readings of a cache's figures."""
    if before is None or after is None:
        return None
    hits = after["hits"] - before["hits"]
    looked_up = hits + after["misses"] - before["misses"]
    return round(hits / looked_up, 4) if looked_up else None


async def asgi_get(app: Any, path: str, query: str = "") -> bytes:
    """The body of `GET path?query` answered by the ASGI `app` in this process (a
    RuntimeError for any status but 200)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 50000),
        "server": ("localhost", 80),
    }
    status: list[int] = []
    body: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    await app(scope, receive, send)
    if status != [200]:
        raise RuntimeError(f"GET {path}?{query} answered {status}: {b''.join(body)[:300]!r}")
    return b"".join(body)


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return (
        round(times[len(times) // 2] * 1000, 3),
        round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 3),
    )


def read_query_latency(store: GraphStore) -> dict[str, Any]:
    """Warm latency of the whole-graph and path reads the API serves: the first page
    of GET /relations (all edges, and one type), and shortest paths from a hub and
    between tail actors. One cold round is run and dropped."""
    from actorgraph.api.params import DEFAULT_EVIDENCE_LIMIT
    from actorgraph.domain import RelationType
    from actorgraph.graph import queries

    actors = lookup_actor_ids(store)
    hubs = [a for a in hub_actor_ids() if a in actors]
    tails = [a for a in actors if a not in hubs]
    pairs = [(hubs[0], tails[-1]), (tails[0], tails[-1])] if hubs and len(tails) > 1 else []
    one_type = queries.EdgeFilter(relation_types=frozenset({RelationType.TARGETS}))

    def relations() -> None:
        queries.relations(store, limit=FIRST_PAGE)
        queries.relations(store, edge_filter=one_type, limit=FIRST_PAGE)

    def paths() -> None:
        for source, target in pairs:  # each edge with the evidence GET /paths lists
            queries.shortest_paths(
                store, source, target, max_length=3, evidence_limit=DEFAULT_EVIDENCE_LIMIT
            )

    figures: dict[str, Any] = {}
    for name, action, rounds in (("relations", relations, LOOKUP_ROUNDS), ("paths", paths, 3)):
        action()  # cold round
        times: list[float] = []
        for _ in range(rounds):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        figures[f"{name}_p50_ms"], figures[f"{name}_max_ms"] = _percentiles(times)
    return figures


EXTRA_DOCS = 100  # documents upserted one by one into a built store (ingest figure)


def build(kind: str, path: Path, statements: int) -> dict[str, Any]:
    """Fill a new store of `kind` with synthetic documents up to `statements`: the
    Ladybug store by bulk load (COPY), the SQLite store by upserts (it has no bulk
    path). Then EXTRA_DOCS more documents are upserted one by one into the built store:
    the ingest figure at that size, the same documents for both stores."""
    docs = (
        (DocumentInfo(d.id, sha256_text(d.text), d.extraction.date, len(d.text.split())), d)
        for d in synthetic_extractions(max(1, statements // 5))
    )

    def first() -> Iterator[tuple[DocumentInfo, Any]]:
        """Documents up to `statements`, made as they are stored (never held at once:
        the build's peak memory is the store's)."""
        added = 0
        for info, doc in docs:
            yield info, doc.extraction
            added += len(doc.extraction.relations)
            if added >= statements:
                return

    start = time.perf_counter()
    if kind == "ladybug":
        # Imported here: it loads pyarrow (about 45 MB), which the serving process
        # (and so `serve`, which reads as it does) never imports.
        from actorgraph.graph.ladybug_bulk import bulk_load

        bulk_load(path, first())
    else:
        with EmbeddedStore(path) as sqlite_store:
            for info, extraction in first():
                sqlite_store.upsert_document(info, extraction)
    build_s = time.perf_counter() - start
    extra = [(info, doc.extraction) for info, doc in itertools.islice(docs, EXTRA_DOCS)]
    with open_kind(kind, path) as store:
        start = time.perf_counter()
        for info, extraction in extra:
            store.upsert_document(info, extraction)
        upsert_s = time.perf_counter() - start
        stats = store.stats()
    return {
        "documents": stats.documents,
        "statements": stats.statements,
        "edges": stats.edges,
        "actors": stats.actors,
        "build_s": round(build_s, 1),
        "ingest_docs_per_s": round(len(extra) / upsert_s, 1) if extra else None,
        "build_peak_rss_mb": round(peak_rss_mb(), 1),
    }


def serve_figures(kind: str, path: Path) -> dict[str, Any]:
    """Reopen a built store in a fresh process and read it as the API would."""
    start = time.perf_counter()
    with open_kind(kind, path) as store:
        store.stats()
        reopen_s = time.perf_counter() - start
        latency = first_page_latency(store)
        reads = read_query_latency(store)
    return {
        "reopen_s": round(reopen_s, 3),
        "serve_peak_rss_mb": round(peak_rss_mb(), 1),
        **latency,
        **reads,
    }


def page_figures(kind: str, path: Path) -> dict[str, Any]:
    """First-page figures of a built store, opened read-only where the store can be (the
    other code reading it in turns must find it as it was)."""
    import actorgraph

    store = LadybugStore(path, read_only=True) if kind == "ladybug" else open_kind(kind, path)
    with store:
        figures = first_page_latency(store)
    return {"code": str(Path(actorgraph.__file__).resolve().parent.parent), **figures}


PAGE_FIGURES = (
    "first_page_best_ms",
    "first_page_p50_ms",
    "first_page_p99_ms",
    "first_page_cpu_p50_ms",
    "first_page_cpu_p99_ms",
    "hub_first_page_best_ms",
    "hub_first_page_p50_ms",
    "hub_first_page_p99_ms",
    "hub_first_page_cpu_p99_ms",
    "request_cpu_p50_ms",
    "request_cpu_p99_ms",
    "hub_request_cpu_p50_ms",
    "hub_request_cpu_p99_ms",
    "route_cpu_p50_ms",
    "route_cpu_p99_ms",
    "hub_route_cpu_p50_ms",
    "hub_route_cpu_p99_ms",
)


def pages(kind: str, path: Path, before: Path | None, rounds: int) -> dict[str, Any]:
    """`rounds` runs of page_figures, each in a fresh interpreter; with `before`, as
    many of that code's, in turns (this code first in odd rounds, second in even ones)."""
    runs: dict[str, list[dict[str, Any]]] = {"after": [], "before": []} if before else {"after": []}
    args = ("pages-once", "--store", kind, "--path", str(path))
    with _code_of(before) as shim:
        for n in range(max(rounds, 1)):
            order = ["after", "before"] if before else ["after"]
            for name in order if n % 2 == 0 else order[::-1]:
                where = shim if name == "before" else None
                runs[name].append(run_child(*args, code=where))
    medians = {
        name: {key: _median([r[key] for r in found]) for key in PAGE_FIGURES}
        for name, found in runs.items()
    }
    result: dict[str, Any] = {"rounds": runs, "medians": medians}
    if before:
        ratios: dict[str, float] = {}
        for key in PAGE_FIGURES:
            new, old = medians["after"][key], medians["before"][key]
            if new is not None and old:
                ratios[key] = round(new / old, 3)
        result["ratios_after_to_before"] = ratios
    return result


def _median(values: list[Any]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return round(statistics.median(present), 3) if present else None


@contextmanager
def _code_of(tree: Path | None) -> Iterator[Path | None]:
    """A folder holding only a link to the `actorgraph` package of `tree` (a source
    tree whose `actorgraph` folder links the stage folders): a child started there
    imports `actorgraph` from `tree`, and `benchmarks` from here (run_child)."""
    if tree is None:
        yield None
        return
    package = tree.resolve() / "actorgraph"
    if not (package / "graph").is_dir():
        raise SystemExit(f"--before {tree}: no actorgraph package there (extract a tree)")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="actorgraph-before-") as shim:
        (Path(shim) / "actorgraph").symlink_to(package)
        yield Path(shim)


def compare(statements: int, tmp: Path) -> dict[str, Any]:
    """Both stores at `statements` statements, each step in a fresh interpreter."""
    result: dict[str, Any] = {"statements": statements}
    for kind, name in (("sqlite", "store.sqlite3"), ("ladybug", "ladybug")):
        path = tmp / name
        built = run_child(
            "build", "--store", kind, "--statements", str(statements), "--path", str(path)
        )
        served = run_child("serve", "--store", kind, "--path", str(path))
        result[kind] = {**built, **served}
    old, new = result["sqlite"], result["ladybug"]
    result["ratios_ladybug_to_sqlite"] = {
        key: round(new[key] / old[key], 3)
        for key in (
            "build_s",
            "build_peak_rss_mb",
            "ingest_docs_per_s",
            "reopen_s",
            "serve_peak_rss_mb",
            "first_page_p50_ms",
            "first_page_p99_ms",
            "hub_first_page_p99_ms",
            "hub_evidence_page_p99_ms",
            "relations_p50_ms",
            "paths_p50_ms",
        )
        if old.get(key) and new.get(key) is not None
    }
    return result


def pages_markdown(result: dict[str, Any]) -> str:
    """The medians of `pages`, side by side when there was a before."""
    medians = result["medians"]
    names = list(medians)
    loads = {
        name: ", ".join(f"{r['load_average_1m'][0]}" for r in result["rounds"][name])
        for name in names
    }
    lines = [
        "| figure (median of rounds) | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
        "| load average at each round's start | " + " | ".join(loads.values()) + " |",
    ]
    for key in PAGE_FIGURES:
        lines.append(f"| {key} | " + " | ".join(str(medians[n][key]) for n in names) + " |")
    return "\n".join(lines)


def compare_markdown(result: dict[str, Any]) -> str:
    old, new, ratio = result["sqlite"], result["ladybug"], result["ratios_ladybug_to_sqlite"]
    lines = [
        f"| figure, {result['statements']:,} statements "
        "| previous SQLite store | Ladybug | ratio |",
        "|---|---|---|---|",
    ]
    for key, label in (
        ("first_page_p99_ms", "connections, first page p99 (warm), ms"),
        ("hub_first_page_p99_ms", "a hub's first page p99 (warm), ms"),
        ("first_page_p50_ms", "connections, first page p50 (warm), ms"),
        ("hub_evidence_page_p99_ms", "a hub's strongest edge, first evidence page p99, ms"),
        ("relations_p50_ms", "GET /relations first page, all and one type, p50, ms"),
        ("paths_p50_ms", "shortest paths (hub-tail, tail-tail, ≤3 hops), p50, ms"),
        ("reopen_s", "reopen, s"),
        ("serve_peak_rss_mb", "peak RSS of the reading process, MB"),
        ("ingest_docs_per_s", "ingest into the built store, documents/s (store only)"),
        ("build_s", "build (Ladybug: bulk COPY; SQLite: upserts), s"),
        ("build_peak_rss_mb", "peak RSS of the building process, MB"),
    ):
        lines.append(f"| {label} | {old.get(key)} | {new.get(key)} | {ratio.get(key, '')} |")
    return "\n".join(lines)


def lookup_actor_ids(store: GraphStore) -> list[str]:
    """The fixed set of actors queried at every size: the hubs and a few tail actors."""
    wanted = [*hub_actor_ids(), *(f"liwa-{i:05d}" for i in range(TAIL_LOOKUPS))]
    return [a for a in wanted if store.get_actor(a) is not None]


def lookup_latency(store: GraphStore) -> dict[str, Any]:
    """connections() latency over the fixed actor set, several rounds (first is cold)."""
    actors = lookup_actor_ids(store)
    times: list[float] = []
    for _ in range(LOOKUP_ROUNDS):
        for actor_id in actors:
            start = time.perf_counter()
            store.connections(actor_id)
            times.append(time.perf_counter() - start)
    times.sort()
    return {
        "actors_queried": len(actors),
        "queries": len(times),
        "connections_p50_ms": round(statistics.median(times) * 1000, 3),
        "connections_p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 3),
    }


def ingest(path: Path, docs: int | None, statements: int | None) -> dict[str, Any]:
    """Upsert synthetic documents into a new store at `path`: `docs` of them, or as many
    as it takes to reach `statements`. Only the upserts are timed."""
    count = docs if docs is not None else max(1, (statements or 0) // 10)
    baseline_mb = peak_rss_mb()
    upsert_s, done, added = 0.0, 0, 0
    with EmbeddedStore(path) as store:
        for doc in synthetic_extractions(count if docs is not None else count * 2):
            info = DocumentInfo(
                doc.id, sha256_text(doc.text), doc.extraction.date, len(doc.text.split())
            )
            start = time.perf_counter()
            result = store.upsert_document(info, doc.extraction)
            upsert_s += time.perf_counter() - start
            done, added = done + 1, added + result.statements_added
            if (docs is not None and done >= docs) or (
                statements is not None and added >= statements
            ):
                break
        stats = store.stats()
        latency = lookup_latency(store)
    return {
        "documents": done,
        "statements": stats.statements,
        "edges": stats.edges,
        "actors": stats.actors,
        "ingest_s": round(upsert_s, 3),
        "ingest_docs_per_s": round(done / upsert_s, 1),
        "us_per_document": round(upsert_s / done * 1e6, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_growth_mb": round(max(peak_rss_mb() - baseline_mb, 0.1), 1),
        **latency,
    }


def reopen(path: Path) -> dict[str, Any]:
    """Open an existing store (rebuild its graph from the file) and query it; the
    baseline is reading the same statement rows with bare sqlite3."""
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = sum(1 for _ in conn.execute("SELECT * FROM statements"))
    conn.close()
    raw_s = time.perf_counter() - start
    baseline_mb = peak_rss_mb()
    start = time.perf_counter()
    with EmbeddedStore(path) as store:
        load_s = time.perf_counter() - start
        loaded_mb = peak_rss_mb()
        stats = store.stats()
        latency = lookup_latency(store)
    size = path.stat().st_size + sum(
        p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file()
    )
    return {
        "statements": stats.statements,
        "raw_rows": rows,
        "raw_sqlite_read_s": round(raw_s, 3),
        "load_s": round(load_s, 3),
        "load_ratio_to_raw_read": round(load_s / raw_s, 2),
        "file_mb": round(size / 2**20, 1),
        "bytes_per_statement": round(size / stats.statements, 1),
        "memory_mb": round(max(loaded_mb - baseline_mb, 0.1), 1),
        **latency,
    }


def run_child(*args: str, code: Path | None = None) -> dict[str, Any]:
    """Run `python -m benchmarks.scale ARGS` in a fresh interpreter; its JSON result.
    With `code` (_code_of), the child starts there, so that its first path entry
    gives it that `actorgraph`, and finds `benchmarks` here."""
    import subprocess

    env = None
    if code is not None:
        paths = [str(Path(__file__).resolve().parent.parent), os.environ.get("PYTHONPATH")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=code,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.scale {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="one scale measurement (see module doc)")
    parser.add_argument(
        "action",
        choices=["ingest", "reopen", "build", "serve", "compare", "pages", "pages-once"],
    )
    parser.add_argument("--path", type=Path)
    parser.add_argument("--docs", type=int)
    parser.add_argument("--statements", type=int)
    parser.add_argument("--store", choices=["sqlite", "ladybug"], default="sqlite")
    parser.add_argument("--before", type=Path, help="pages: a source tree to measure in turns")
    parser.add_argument("--rounds", type=int, default=3, help="pages: runs of each code")
    args = parser.parse_args(argv)
    if args.action == "compare":
        import tempfile

        if args.statements is None:
            parser.error("compare needs --statements")
        with tempfile.TemporaryDirectory(prefix="actorgraph-scale-") as tmp:
            result = compare(args.statements, Path(tmp))
        print(compare_markdown(result), file=sys.stderr)
        print(json.dumps(result))
        return 0
    if args.path is None:
        parser.error(f"{args.action} needs --path")
    if args.action == "build":
        result = build(args.store, args.path, args.statements or 10_000)
    elif args.action == "serve":
        result = serve_figures(args.store, args.path)
    elif args.action == "pages":
        result = pages(args.store, args.path, args.before, args.rounds)
        print(pages_markdown(result), file=sys.stderr)
    elif args.action == "pages-once":
        result = page_figures(args.store, args.path)
    elif args.action == "ingest":
        if (args.docs is None) == (args.statements is None):
            parser.error("ingest needs exactly one of --docs and --statements")
        result = ingest(args.path, args.docs, args.statements)
    else:
        result = reopen(args.path)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
