"""Where a connections request's CPU goes, query by query, on a built Ladybug store.

    python -m benchmarks.route_queries --path STORE [--requests 600] [--uniform]

Sends `GET /actors/{id}/connections` (the API's defaults) through the API's ASGI app
in this process, for actors drawn as `benchmarks.api_load` draws them (in proportion
to degree, or `--uniform`ly; drawn in a child process), with each read run on the
calling thread so that every store query can be timed where it runs, with its rows
read back (`time.process_time` around the transaction's `rows`, and around any other
call of the binding's `execute` or of the store's statements, the engine's own threads
included; the same for an older tree's code, run from that tree: `cd TREE && python -m
benchmarks.route_queries`, since `python -m` run from this checkout imports the
checkout's `actorgraph` ahead of any PYTHONPATH). A first pass over 100 actors warms
the store and is not counted. Prints the CPU per request of each
query text (named as in graph/ladybug_cypher.py where it is one of its constants), of
all queries together, and of the whole request, and the writer's document cache hit
rate over the requests counted (the store is opened for writing, as `actorgraph serve`
opens it).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import ladybug

from actorgraph.graph import ladybug_cypher, ladybug_rows
from actorgraph.graph.ladybug_store import LadybugStore
from benchmarks.scale import _hit_rate, asgi_get

WARM_UP = 100


def query_names() -> dict[str, str]:
    """The constants of graph/ladybug_cypher.py by their query text."""
    return {v: k for k, v in vars(ladybug_cypher).items() if isinstance(v, str) and k.isupper()}


def drawn_actors(path: Path, by_degree: bool) -> list[str]:
    """The actors `benchmarks.api_load` draws, drawn in a child process: drawing reads
    every actor's record, and a process that did so spent half as much CPU again on each
    request after it (8-10 ms against 5-6 at 1M statements)."""
    code = (
        "import sys; from pathlib import Path; "
        "from actorgraph.graph.ladybug_store import LadybugStore; "
        "from benchmarks.api_load import sample_actor_ids; "
        "store = LadybugStore(Path(sys.argv[1]), read_only=True); "
        "print('\\n'.join(sample_actor_ids(store, 500, by_degree=sys.argv[2] == '1')))"
    )
    args = [sys.executable, "-c", code, str(path), "1" if by_degree else "0"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.split()


def measure(path: Path, requests: int, by_degree: bool) -> dict[str, Any]:
    from actorgraph.api import reads
    from actorgraph.api.app import create_app
    from actorgraph.settings import Settings

    actor_ids = drawn_actors(path, by_degree)
    store = LadybugStore(path)
    names = query_names()
    spent: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    counting = False
    inside = False  # a timed call under way (a query is timed once, where it starts)

    def timing(call: Any) -> Any:
        def timed(conn: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            nonlocal inside
            if not counting or inside:
                return call(conn, query, *args, **kwargs)
            inside = True
            start = time.process_time()
            try:
                return call(conn, query, *args, **kwargs)
            finally:
                inside = False
                text = str(query)
                figures = spent[names.get(text) or " ".join(text.split())[:90]]
                figures[0] += 1
                figures[1] += time.process_time() - start

        return timed

    # Each query with its rows read back: a transaction's rows (`_Tx.rows`), and any
    # other call of the binding or of the store's statements (a transaction's start
    # and end), whichever the code being measured makes.
    patched: list[tuple[Any, str, Any]] = [
        (ladybug.Connection, "execute", ladybug.Connection.execute),
        (ladybug_rows._Tx, "rows", ladybug_rows._Tx.rows),
    ]
    if hasattr(ladybug_rows, "_statement"):
        patched.append((ladybug_rows, "_statement", ladybug_rows._statement))
    for owner, name, call in patched:
        setattr(owner, name, timing(call))

    async def inline(self: reads.ReadPool, read: Any, *, walk: bool = False) -> Any:
        return read()

    reads.ReadPool.run = inline  # type: ignore[method-assign]
    # Every request read and rendered: no page kept (api/page_cache.py).
    app = create_app(Settings(page_cache_bytes=0), store=store)

    async def run() -> float:
        nonlocal counting
        async with app.router.lifespan_context(app):
            for actor_id in actor_ids[:WARM_UP]:
                await asgi_get(app, f"/actors/{actor_id}/connections")
            counting = True
            start = time.process_time()
            for n in range(requests):
                await asgi_get(app, f"/actors/{actor_ids[n % len(actor_ids)]}/connections")
            counting = False
            return time.process_time() - start

    try:
        before = store.document_cache_figures()
        total = asyncio.run(run())
        after = store.document_cache_figures()
    finally:
        for owner, name, call in patched:
            setattr(owner, name, call)
        store.close()
    per_query = {
        name: {"calls": round(calls / requests, 2), "cpu_ms": round(cpu * 1000 / requests, 3)}
        for name, (calls, cpu) in sorted(spent.items(), key=lambda kv: -kv[1][1])
    }
    return {
        "requests": requests,
        "request_cpu_ms": round(total * 1000 / requests, 3),
        "queries_cpu_ms": round(sum(c for _, c in spent.values()) * 1000 / requests, 3),
        "document_cache_hit_rate": _hit_rate(before, after),
        "queries": per_query,
    }


def _interrupted(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", type=Path, required=True, help="a built Ladybug store")
    parser.add_argument("--requests", type=int, default=600, help="requests counted")
    parser.add_argument("--uniform", action="store_true", help="actors drawn uniformly")
    args = parser.parse_args(argv)
    # The binding asks for the SIGINT handler at every query (`signal.getsignal`), which
    # builds the handler's repr when it is not a signal number. asyncio.run installs
    # one holding its main task, whose repr costs 0.1 ms: 0.7 ms more per request than
    # the server pays (uvicorn's handler is a plain method), unless a handler of our
    # own is in place first (asyncio.run then leaves it).
    signal.signal(signal.SIGINT, _interrupted)
    result = measure(args.path, max(1, args.requests), not args.uniform)
    print(
        f"{result['requests']} requests: {result['request_cpu_ms']} ms of CPU each, "
        f"{result['queries_cpu_ms']} ms in store queries; document cache hit rate "
        f"{result['document_cache_hit_rate']}"
    )
    for name, figures in result["queries"].items():
        print(f"{figures['cpu_ms']:8.3f} ms  {figures['calls']:5.2f}/request  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
