"""Shortest paths inside Ladybug (`ALL SHORTEST`) against the level-by-level walk.

    .venv/bin/python -m benchmarks.engine_paths --store FOLDER [--pairs 20] [--rounds 3]

On a built Ladybug store (`python -m benchmarks.scale build --store ladybug
--statements N --path FOLDER`), picks actor pairs with a fixed seed (hubs, tail actors
and pairs between them), and for each pair finds every shortest route (as actor ids)
both ways through `queries.shortest_paths`: the level-by-level walk over edge keys
(`in_engine=False`) and the store's `ALL SHORTEST` search (`shortest_routes`). Reports
whether both give the same first page (routes, count, steps with their edges) and the
same routes over all pages, how often the engine gave up (its bounds), and the time of
the first page of every pair, best of `--rounds` rounds that alternate which way goes
first, with the load average of each round.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

from actorgraph.graph import queries
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import EdgeSelection

MAX_LENGTH = 4
PAGE = 10  # GET /paths' default page
ROW_LIMIT = 10_000_000
QUERY_TIMEOUT_S = 300.0


def read(store: LadybugStore, query: str, params: dict[str, Any]) -> list[list[Any]]:
    _columns, rows, more = store.run_read(query, params, ROW_LIMIT, QUERY_TIMEOUT_S)
    if more:
        raise SystemExit(f"more than {ROW_LIMIT:,} rows: {query}")
    return rows


def served(store: LadybugStore, source: str, target: str, *, in_engine: bool) -> queries.Paths:
    """The first page of paths as GET /paths serves it (default filter and page)."""
    return queries.shortest_paths(
        store, source, target, max_length=MAX_LENGTH, limit=PAGE, in_engine=in_engine
    )


def all_routes(
    store: LadybugStore, source: str, target: str, *, in_engine: bool
) -> set[tuple[str, ...]]:
    found = queries.shortest_paths(
        store, source, target, max_length=MAX_LENGTH, limit=1_000_000, in_engine=in_engine
    )
    return {(steps[0].source.id, *(s.target.id for s in steps)) for steps in found.items if steps}


def pick_pairs(store: LadybugStore, count: int, seed: int) -> list[tuple[str, str]]:
    rows = read(
        store, "MATCH (a:Actor) RETURN a.id AS id, a.degree AS degree ORDER BY degree DESC, id", {}
    )
    ids = [str(row[0]) for row in rows]
    hubs, tail = ids[:20], ids[len(ids) // 2 :]
    rng = random.Random(seed)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        kind = len(pairs) % 3
        first = rng.choice(hubs if kind == 0 else tail)
        second = rng.choice(hubs if kind == 2 else tail)
        if first != second:
            pairs.append((first, second))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    ways = {"walk": False, "engine": True}  # in_engine
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    with LadybugStore(args.store, read_only=True) as store:
        pairs = pick_pairs(store, args.pairs, args.seed)
        gave_up = sum(
            store.shortest_routes(s, t, EdgeSelection(), MAX_LENGTH) is None for s, t in pairs
        )
        pages = {
            name: [served(store, s, t, in_engine=flag) for s, t in pairs]
            for name, flag in ways.items()
        }
        routes = {
            name: [all_routes(store, s, t, in_engine=flag) for s, t in pairs]
            for name, flag in ways.items()
        }
        for round_ in range(args.rounds):
            order = list(ways) if round_ % 2 == 0 else list(ways)[::-1]
            for name in order:
                load = os.getloadavg()[0]
                start = time.perf_counter()
                for source, target in pairs:
                    served(store, source, target, in_engine=ways[name])
                times[name].append((time.perf_counter() - start, load))
    same_pages = sum(a == b for a, b in zip(pages["walk"], pages["engine"], strict=True))
    same_routes = sum(a == b for a, b in zip(routes["walk"], routes["engine"], strict=True))
    out = [
        f"# Shortest paths at {args.store}: {len(pairs)} pairs, max length {MAX_LENGTH}, "
        f"first page of {PAGE}, best of {args.rounds} alternated rounds",
        "",
        "| way | best s (all pairs) | ms per pair | rounds s (load avg) |",
        "|---|---:|---:|---|",
    ]
    for name in ways:
        best = min(t for t, _ in times[name])
        rounds = ", ".join(f"{t:.2f} ({load:.1f})" for t, load in times[name])
        out.append(f"| {name} | {best:.2f} | {1000 * best / len(pairs):.0f} | {rounds} |")
    out += [
        "",
        f"same first page (routes, total, steps, edges) on {same_pages} of {len(pairs)} pairs; "
        f"same routes (all pages) on {same_routes}; the engine gave up on {gave_up}",
    ]
    for pair, walk, engine in zip(pairs, routes["walk"], routes["engine"], strict=True):
        if walk != engine:
            out.append(f"- {pair}: walk {len(walk)} routes, engine {len(engine)}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
