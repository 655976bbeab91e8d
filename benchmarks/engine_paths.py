"""Shortest paths inside Ladybug (`ALL SHORTEST`) against the level-by-level walk.

    .venv/bin/python -m benchmarks.engine_paths --store FOLDER [--pairs 20] [--rounds 3]

On a built Ladybug store (`python -m benchmarks.scale build --store ladybug
--statements N --path FOLDER`), picks actor pairs with a fixed seed (hubs, tail actors
and pairs between them), and for each pair finds every shortest route (as actor ids)
both ways: `queries.shortest_paths` (the walk the API serves, over edge keys) and one
`ALL SHORTEST` query of the engine, which returns one path per choice of parallel
edges, reduced here to routes. Reports, per pair, whether the two give the same routes;
and the time of each way over all pairs, best of `--rounds` rounds that alternate
which way goes first, with the load average of each round. The walk stays the served
way unless the engine is both faster and the same on every pair.
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

MAX_LENGTH = 4
ROW_LIMIT = 10_000_000
QUERY_TIMEOUT_S = 300.0


def read(store: LadybugStore, query: str, params: dict[str, Any]) -> list[list[Any]]:
    _columns, rows, more = store.run_read(query, params, ROW_LIMIT, QUERY_TIMEOUT_S)
    if more:
        raise SystemExit(f"more than {ROW_LIMIT:,} rows: {query}")
    return rows


def engine_routes(
    store: LadybugStore, source: str, target: str, max_length: int
) -> set[tuple[str, ...]]:
    """Every shortest route between the two actors, edges followed either way and
    denied edges left out, as the engine finds them."""
    query = (
        "MATCH p = (x:Actor {id: $source})-[e* ALL SHORTEST "
        f"1..{int(max_length)} (r, n | WHERE r.negated = false)]-(y:Actor {{id: $target}}) "
        "RETURN properties(nodes(p), 'id') AS route"
    )
    rows = read(store, query, {"source": source, "target": target})
    return {tuple(row[0]) for row in rows}


def walk_routes(
    store: LadybugStore, source: str, target: str, max_length: int
) -> set[tuple[str, ...]]:
    """Every shortest route as the API's walk finds it (all pages at once)."""
    found = queries.shortest_paths(store, source, target, max_length=max_length, limit=1_000_000)
    return {
        (steps[0].source.id, *(step.target.id for step in steps)) if steps else (source,)
        for steps in found.items
    }


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
    ways = {"walk": walk_routes, "engine": engine_routes}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    routes: dict[str, dict[tuple[str, str], set[tuple[str, ...]]]] = {name: {} for name in ways}
    with LadybugStore(args.store, read_only=True) as store:
        pairs = pick_pairs(store, args.pairs, args.seed)
        for round_ in range(args.rounds):
            order = list(ways) if round_ % 2 == 0 else list(ways)[::-1]
            for name in order:
                load = os.getloadavg()[0]
                start = time.perf_counter()
                for source, target in pairs:
                    routes[name][source, target] = ways[name](store, source, target, MAX_LENGTH)
                times[name].append((time.perf_counter() - start, load))
    same = sum(routes["walk"][p] == routes["engine"][p] for p in pairs)
    out = [
        f"# Shortest paths at {args.store}: {len(pairs)} pairs, max length {MAX_LENGTH}, "
        f"best of {args.rounds} alternated rounds",
        "",
        "| way | best s (all pairs) | ms per pair | rounds s (load avg) |",
        "|---|---:|---:|---|",
    ]
    for name in ways:
        best = min(t for t, _ in times[name])
        rounds = ", ".join(f"{t:.2f} ({load:.1f})" for t, load in times[name])
        out.append(f"| {name} | {best:.2f} | {1000 * best / len(pairs):.0f} | {rounds} |")
    out += ["", f"same routes on {same} of {len(pairs)} pairs"]
    for pair in pairs:
        walk, engine = routes["walk"][pair], routes["engine"][pair]
        if walk != engine:
            out.append(
                f"- {pair}: walk {len(walk)} routes, engine {len(engine)}; "
                f"only walk {sorted(walk - engine)[:2]}, only engine {sorted(engine - walk)[:2]}"
            )
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
