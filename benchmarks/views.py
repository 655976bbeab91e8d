"""The whole-graph views at scale: what each costs a serving process, in time and memory.

    .venv/bin/python -m benchmarks.views --path STORE [--before TREE] [--rounds 3]

STORE is a built Ladybug store (`python -m benchmarks.scale build --store ladybug
--statements N --path STORE`). Each view runs in a fresh process that opens the store
read-only (the API's buffer pool, ladybug_store.BUFFER_POOL_BYTES) and reads it as the
API does, one cold call, then `--rounds` warm ones:

- `explorer`: GET /explorer's page (`whole_graph_page`, 500 actors, 5,000 edges);
- `neighbourhood`: GET /explorer/{hub}?depth=2's graph and page, for the first hub;
- `relations`: GET /relations' first page (all edges, then one type), a page deep
  in the listing (offset 10,000), and the first page listing three statements per
  edge (`queries.relations(evidence_limit=3)`, where the code has it);
- `walk`: GET /actors/{hub}/connections?depth=2's page, for each hub.

Figures: best and worst warm time, the process's peak memory (VmHWM) and the load
average when it ran; a read the store refused (a full buffer pool) is reported as
such. With `--before TREE` (a checkout of an earlier commit), every view also runs
against that tree's code, alternating with this one, so both meet the same machine:
the table gives both and their ratio.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VIEWS = ("explorer", "neighbourhood", "relations", "walk")
DEEP_OFFSET = 10_000


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _hubs(store: Any) -> list[str]:
    from benchmarks.corpus import hub_actor_ids

    return [h for h in hub_actor_ids() if store.get_actor(h) is not None][:3]


def _actions(store: Any, view: str) -> list[tuple[str, Callable[[], object]]]:
    """The reads of one view, each named."""
    from actorgraph.domain import RelationType
    from actorgraph.graph import explorer, queries

    if view == "explorer":
        return [("page", lambda: explorer.whole_graph_page(store, title="t", api_base=""))]
    if view == "neighbourhood":
        hub = _hubs(store)[0]

        def page() -> str:
            graph = explorer.neighbourhood_graph(store, hub, 2, max_nodes=500)
            return explorer.render_explorer(graph, title="t", focus=hub, api_base="", depth=2)

        return [(f"{hub} depth 2", page)]
    if view == "relations":
        one_type = queries.EdgeFilter(relation_types=frozenset({RelationType.TARGETS}))
        relations: Callable[..., object] = queries.relations
        return [
            ("first page", lambda: queries.relations(store)),
            ("first page, TARGETS", lambda: queries.relations(store, edge_filter=one_type)),
            (f"offset {DEEP_OFFSET:,}", lambda: queries.relations(store, offset=DEEP_OFFSET)),
            *(
                [("first page, 3 statements per edge", lambda: relations(store, evidence_limit=3))]
                if "evidence_limit" in inspect.signature(relations).parameters
                else []  # an earlier tree's listing carries every statement
            ),
        ]
    return [
        (f"{hub} depth 2", lambda hub=hub: queries.connections_page(store, hub, depth=2))  # type: ignore[misc]
        for hub in _hubs(store)
    ]


def child(path: Path, view: str, rounds: int) -> dict[str, Any]:
    """Run one view against `path` in this process (opened read-only)."""
    from actorgraph.graph.ladybug_store import LadybugStore

    figures: dict[str, Any] = {"load": os.getloadavg()[0]}
    with LadybugStore(path, read_only=True) as store:
        for name, action in _actions(store, view):
            times: list[float] = []
            error = None
            for _ in range(rounds + 1):  # the first, cold, is dropped
                start = time.perf_counter()
                try:
                    result = action()
                except Exception as exc:  # a refused read is a figure, not a crash
                    error = f"{type(exc).__name__}: {str(exc)[:120]}"
                    break
                times.append(time.perf_counter() - start)
                del result
            warm = times[1:] or times
            figures[name] = {
                "best_ms": round(min(warm) * 1000, 1) if warm else None,
                "worst_ms": round(max(warm) * 1000, 1) if warm else None,
                "error": error,
                "truncated": _truncated(action) if error is None and view == "walk" else None,
            }
    figures["peak_mb"] = round(_peak_mb(), 1)
    return figures


def _truncated(action: Callable[[], object]) -> bool | None:
    page = action()
    return bool(getattr(page, "truncated", False))


def run_child(tree: Path, path: Path, view: str, rounds: int) -> dict[str, Any]:
    """`child` in a fresh interpreter importing the code of `tree` (this file runs
    there as a script: the tree needs no copy of it)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", view, "--path", str(path), "--rounds", str(rounds)],
        cwd=tree, env=env, capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        return {"load": os.getloadavg()[0], "failed": proc.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def markdown(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    trees = list(results)
    head = "| view | read | " + " | ".join(f"{t}: best / worst ms, peak MB, load" for t in trees)
    lines = [head + " |", "|" + "---|" * (2 + len(trees))]
    for view in VIEWS:
        names = list(dict.fromkeys(
            k for tree in trees for k, v in results[tree].get(view, {}).items()
            if isinstance(v, dict)
        ))
        for name in names:
            cells = []
            for tree in trees:
                figures = results[tree].get(view, {})
                cell = figures.get(name) or {}
                if not cell and "failed" not in figures:
                    cells.append("n/a")
                elif "failed" in figures:
                    cells.append(f"failed: {figures['failed']}")
                elif cell.get("error"):
                    cells.append(f"refused ({cell['error'][:60]}), {figures['peak_mb']} MB")
                else:
                    cut = " (truncated)" if cell.get("truncated") else ""
                    cells.append(
                        f"{cell['best_ms']:,} / {cell['worst_ms']:,}{cut}, "
                        f"{figures['peak_mb']} MB, {figures['load']:.1f}"
                    )
            lines.append(f"| {view} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--path", type=Path, required=True)
    parser.add_argument("--before", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--views", nargs="*", default=list(VIEWS), choices=VIEWS)
    parser.add_argument("--child", choices=VIEWS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.path, args.child, args.rounds)))
        return 0
    here = Path(__file__).resolve().parent.parent
    trees = {"before": args.before.resolve(), "after": here} if args.before else {"after": here}
    results: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in trees}
    for view in args.views:
        for name, tree in trees.items():  # alternating: both meet the same load
            results[name][view] = run_child(tree, args.path, view, args.rounds)
            print(f"{view} ({name}): {json.dumps(results[name][view])}", file=sys.stderr)
    print(markdown(results))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
