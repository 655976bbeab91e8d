"""Shortest paths inside Ladybug (`ALL SHORTEST`) against the level-by-level walk.

    .venv/bin/python -m benchmarks.engine_paths --store FOLDER [--pairs 20] [--rounds 3]

On a built Ladybug store (`python -m benchmarks.scale build --store ladybug
--statements N --path FOLDER`), picks actor pairs with a fixed seed (hubs, tail actors
and pairs between them), and serves the first page of paths of each pair (default
filter: asserted edges of every type) two ways: `queries.shortest_paths`, the walk
GET /paths serves, and a search inside the engine written here: one `ALL SHORTEST`
query for the routes (the relation types named, so that it never walks through
documents or statements; DISTINCT, as the engine gives one path per choice of parallel
edges), then the page assembled as the walk assembles it (routes by the actor before
the target, then the one before it...; the steps' edges in one `edges_among` read).
Reports whether both give the same first page (routes, count, steps and their edges)
and the same routes over all pages, and the time of the first page of every pair,
best of `--rounds` rounds that alternate which way goes first, with the load average
of each round. The walk stays the served way unless the engine is faster and the same.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import time
from pathlib import Path
from typing import Any, Final

from actorgraph.domain import RelationType
from actorgraph.graph import cypher, queries
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Edge, EdgeSelection
from actorgraph.graph.whole_graph import DateRange

MAX_LENGTH = 4
PAGE = 10  # GET /paths' default page
ROW_LIMIT = 10_000_000
QUERY_TIMEOUT_S = 300.0


def read(store: LadybugStore, query: str, params: dict[str, Any]) -> list[list[Any]]:
    _columns, rows, more = store.run_read(query, params, ROW_LIMIT, QUERY_TIMEOUT_S)
    if more:
        raise SystemExit(f"more than {ROW_LIMIT:,} rows: {query}")
    return rows


ROUTES: Final = (
    "MATCH p = (x:Actor {id: $source})-[e:"
    + "|".join(cypher.relation_type(t) for t in RelationType)
    + f"* ALL SHORTEST 1..{MAX_LENGTH} (r, n | WHERE r.negated = false)]-"
    "(y:Actor {id: $target}) RETURN DISTINCT properties(nodes(p), 'id') AS route"
)


def engine_paths(store: LadybugStore, source: str, target: str, limit: int) -> queries.Paths:
    """The walk's answer (no bound reached), found by the engine."""
    records = {a: store.get_actor(a) for a in (source, target)}
    found = {tuple(row[0]) for row in read(store, ROUTES, {"source": source, "target": target})}
    ordered = sorted(found, key=lambda route: route[::-1])
    routes = [list(route) for route in ordered[:limit]]
    links: dict[tuple[str, str], list[Edge]] = {
        pair: [] for route in routes for pair in itertools.pairwise(route)
    }
    actors = sorted({a for route in routes for a in route})
    for edge in store.edges_among(actors, EdgeSelection(), DateRange(), limit=10**6).items:
        for pair in ((edge.source, edge.target), (edge.target, edge.source)):
            if pair in links:
                links[pair].append(edge)
    for actor in set(actors) - records.keys():
        records[actor] = store.get_actor(actor)
    known = {a: r for a, r in records.items() if r is not None}
    steps = [
        [
            queries.PathStep(
                known[a],
                known[b],
                tuple(sorted(set(links[a, b]), key=lambda e: (
                    -e.count, e.type.value, e.source, e.target, e.negated
                ))),
            )
            for a, b in itertools.pairwise(route)
        ]
        for route in routes
    ]
    return queries.Paths(known[source], known[target], len(ordered), steps)


def served(store: LadybugStore, source: str, target: str, *, in_engine: bool) -> queries.Paths:
    """The first page of paths (GET /paths' default filter and page)."""
    if in_engine:
        return engine_paths(store, source, target, PAGE)
    return queries.shortest_paths(store, source, target, max_length=MAX_LENGTH, limit=PAGE)


def all_routes(
    store: LadybugStore, source: str, target: str, *, in_engine: bool
) -> set[tuple[str, ...]]:
    if in_engine:
        found = engine_paths(store, source, target, 1_000_000)
    else:
        found = queries.shortest_paths(
            store, source, target, max_length=MAX_LENGTH, limit=1_000_000
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
        f"same routes (all pages) on {same_routes}",
    ]
    for pair, walk, engine in zip(pairs, routes["walk"], routes["engine"], strict=True):
        if walk != engine:
            out.append(f"- {pair}: walk {len(walk)} routes, engine {len(engine)}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
