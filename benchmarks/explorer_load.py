"""How long the explorer page takes to load in headless Chromium, by graph size.

    .venv/bin/python -m benchmarks.explorer_load [--sizes 100 1000 10000] [--runs 3]

Renders synthetic graphs of 100, 1,000 and 10,000 edges with `render_explorer` (the
API's default filter and node cap), loads each page from a file in headless Chromium
and reads what the page writes on <body> once its layout is done: data-state,
data-load-ms (performance.now() at that moment) and data-nodes. Chromium runs with a
virtual time budget, which fast-forwards idle timers but not computation, so
data-load-ms follows the CPU cost of parsing and laying out the page. The wall time of
the whole browser run is reported too. Figures are ratios to the 100-edge page
measured in the same run (machines are shared and noisy); absolute values are for
context. Writes a Markdown table to stdout.

    .venv/bin/python -m benchmarks.explorer_load --store FOLDER [--rounds 3] [--filter ...]

Serving instead: GET /explorer's page drawn from a built Ladybug store (e.g. by
`python -m benchmarks.scale build --store ladybug --statements 100000 --path FOLDER`),
the way it was (`render_explorer(store.to_networkx())`) and the way it is
(`whole_graph_page(store)`), each in a fresh process that opens the store read-only
and draws the page twice (cold, then warm). Rounds alternate the two ways; the table
gives the best round of each (time and the process's peak memory, VmHWM), their ratio,
and the load average when each ran.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx

from actorgraph.domain import ActorType, RelationType
from actorgraph.graph.explorer import EdgeFilter, render_explorer, whole_graph_page
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Edge, Statement
from actorgraph.settings import Settings

SIZES = (100, 1_000, 10_000)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--window-size=1280,800",
)
# Enough virtual time for the largest page's layout; a page that is not "ready"
# within it is reported as such.
VIRTUAL_TIME_BUDGET_MS = 60_000
TIMEOUT_S = 300


@dataclass(frozen=True, slots=True)
class Measurement:
    edges: int
    actors: int
    html_bytes: int
    state: str
    nodes_drawn: int
    edges_drawn: int
    load_ms: float  # median of the runs
    wall_s: float  # median of the runs


def synthetic_graph(n_edges: int, *, seed: int = 7) -> nx.MultiDiGraph[str]:
    """A news-like graph: few hubs, many actors seen once (preferential attachment),
    one to three dated statements per edge, one edge in twenty denied."""
    rng = random.Random(seed)
    n_actors = max(20, n_edges // 3)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    types = list(ActorType)
    for i in range(n_actors):
        graph.add_node(f"a{i}", name=f"Actor {i}", type=rng.choice(types).value, aliases=[f"A{i}"])
    relations = list(RelationType)
    ends: list[str] = ["a0", "a1"]  # endpoints so far: picking from it favours hubs
    added = 0
    while added < n_edges:
        source = rng.choice(ends) if rng.random() < 0.6 else f"a{rng.randrange(n_actors)}"
        target = rng.choice(ends) if rng.random() < 0.3 else f"a{rng.randrange(n_actors)}"
        relation = rng.choice(relations)
        negated = rng.random() < 0.05
        key = relation.value + (":negated" if negated else "")
        if source == target or graph.has_edge(source, target, key=key):
            continue
        statements = tuple(
            Statement(
                document=f"doc-{rng.randrange(10 * n_edges)}.txt",
                text=f"Actor {source[1:]} and Actor {target[1:]}: a sentence of evidence "
                "about what one did to the other, as long as a news sentence is.",
                start=0,
                end=120,
                date=f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                negated=negated,
            )
            for _ in range(rng.randint(1, 3))
        )
        edge = Edge(source, target, relation, negated, statements, confidence=0.7)
        graph.add_edge(source, target, key=key, edge=edge)
        ends += [source, target]
        added += 1
    return graph


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("Chromium is needed: apt-get install chromium")


def load_page(page: Path, profile: Path) -> tuple[dict[str, str], float]:
    """The <body> data attributes after the page's scripts ran, and the wall time."""
    args = [
        chromium(),
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",  # fresh per run: no cache, no state carried over
        f"--virtual-time-budget={VIRTUAL_TIME_BUDGET_MS}",
        "--dump-dom",
        page.as_uri(),
    ]
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    wall = time.perf_counter() - start
    match = re.search(r"<body([^>]*)>", done.stdout)
    if match is None:
        raise SystemExit(f"Chromium returned no page for {page}: {done.stderr[-500:]}")
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', match.group(1))), wall


def measure(n_edges: int, *, runs: int, max_nodes: int, workdir: Path) -> Measurement:
    graph = synthetic_graph(n_edges)
    html = render_explorer(
        graph,
        title=f"benchmark: {n_edges:,} edges",
        max_nodes=max_nodes,
        api_base="",
        edge_filter=EdgeFilter(),  # what GET /explorer draws by default
    )
    page = workdir / f"explorer-{n_edges}.html"
    page.write_text(html, encoding="utf-8")
    loads: list[float] = []
    walls: list[float] = []
    data: dict[str, str] = {}
    for run in range(runs):
        data, wall = load_page(page, workdir / f"profile-{n_edges}-{run}")
        walls.append(wall)
        if data.get("state") == "ready":
            loads.append(float(data["load-ms"]))
    return Measurement(
        edges=n_edges,
        actors=graph.number_of_nodes(),
        html_bytes=len(html.encode("utf-8")),
        state=data.get("state", "not ready"),
        nodes_drawn=int(data.get("nodes", 0)),
        edges_drawn=int(data.get("edges", 0)),
        load_ms=statistics.median(loads) if loads else float("nan"),
        wall_s=statistics.median(walls),
    )


def markdown(results: list[Measurement], *, runs: int, max_nodes: int) -> str:
    base = results[0]
    lines = [
        f"# Explorer page load in headless Chromium (median of {runs} runs, "
        f"node cap {max_nodes:,}; ratios to the {base.edges:,}-edge page)",
        "",
        "| edges in graph | actors | state | nodes drawn | edges drawn | load ms | load ratio "
        "| browser wall s | wall ratio | HTML KiB | size ratio |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in results:
        lines.append(
            f"| {m.edges:,} | {m.actors:,} | {m.state} | {m.nodes_drawn:,} | "
            f"{m.edges_drawn:,} | {m.load_ms:,.0f} | {m.load_ms / base.load_ms:.2f} | "
            f"{m.wall_s:.2f} | {m.wall_s / base.wall_s:.2f} | {m.html_bytes / 1024:,.0f} | "
            f"{m.html_bytes / base.html_bytes:.2f} |"
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- serving


SERVE_WAYS = ("networkx", "store")  # before: the whole graph in Python; after: store reads
SERVE_FILTERS: dict[str, EdgeFilter] = {
    "default": EdgeFilter(),
    "dated": EdgeFilter(date_from=date(2021, 3, 1), date_to=date(2021, 6, 30)),
}


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def serve_once(folder: Path, way: str, filter_name: str, max_nodes: int) -> dict[str, float]:
    """One process's figures: open, then the page drawn cold and warm."""
    edge_filter = SERVE_FILTERS[filter_name]
    start = time.perf_counter()
    with LadybugStore(folder, read_only=True) as store:
        store.stats()
        opened_s = time.perf_counter() - start
        opened_mb = peak_rss_mb()
        times = []
        size = 0
        for _ in range(2):
            start = time.perf_counter()
            if way == "networkx":
                page = render_explorer(
                    store.to_networkx(), title="t", max_nodes=max_nodes, api_base="",
                    edge_filter=edge_filter,
                )
            else:
                page = whole_graph_page(
                    store, title="t", max_nodes=max_nodes, api_base="", edge_filter=edge_filter
                )
            times.append(time.perf_counter() - start)
            size = len(page)
    return {
        "open_s": opened_s,
        "open_peak_mb": opened_mb,
        "cold_s": times[0],
        "warm_s": times[1],
        "peak_mb": peak_rss_mb(),
        "html_chars": size,
    }


def serve_rounds(folder: Path, rounds: int, filter_name: str, max_nodes: int) -> str:
    """Alternate the two ways in fresh processes; the best round of each, side by side."""
    found: dict[str, list[dict[str, float]]] = {way: [] for way in SERVE_WAYS}
    for round_ in range(rounds):
        ways = SERVE_WAYS if round_ % 2 == 0 else SERVE_WAYS[::-1]
        for way in ways:
            load = os.getloadavg()[0]
            done = subprocess.run(
                [
                    sys.executable, "-m", "benchmarks.explorer_load", "--store", str(folder),
                    "--serve-one", way, "--filter", filter_name, "--max-nodes", str(max_nodes),
                ],
                capture_output=True, text=True, timeout=TIMEOUT_S * 4, check=True,
            )
            found[way].append({**json.loads(done.stdout), "load": load})
    lines = [
        f"# GET /explorer page from {folder} ({filter_name} filter, node cap {max_nodes:,}; "
        f"best of {rounds} alternated rounds, each in a fresh process)",
        "",
        "| way | cold s | warm s | peak MiB | peak after open MiB | page KiB | load avg "
        "(rounds) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for way in SERVE_WAYS:
        runs = found[way]
        lines.append(
            f"| {way} | {min(r['cold_s'] for r in runs):.3f} | "
            f"{min(r['warm_s'] for r in runs):.3f} | {min(r['peak_mb'] for r in runs):.0f} | "
            f"{min(r['open_peak_mb'] for r in runs):.0f} | "
            f"{runs[0]['html_chars'] / 1024:,.0f} | "
            + ", ".join(f"{r['load']:.1f}" for r in runs) + " |"
        )
    before, after = found["networkx"], found["store"]
    for figure in ("cold_s", "warm_s", "peak_mb"):
        ratio = min(r[figure] for r in before) / min(r[figure] for r in after)
        lines.append(f"\n{figure}: networkx / store = {ratio:.1f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, help="serve pages from this Ladybug store")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--filter", choices=sorted(SERVE_FILTERS), default="default")
    parser.add_argument("--serve-one", choices=SERVE_WAYS, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--max-nodes",
        type=int,
        default=Settings().explorer_max_nodes,
        help="the page's node cap (default: ACTORGRAPH_EXPLORER_MAX_NODES)",
    )
    parser.add_argument("--keep", type=Path, help="also copy the pages into this folder")
    args = parser.parse_args(argv)
    if args.store is not None:
        if args.serve_one:
            figures = serve_once(args.store, args.serve_one, args.filter, args.max_nodes)
            sys.stdout.write(json.dumps(figures) + "\n")
        else:
            sys.stdout.write(serve_rounds(args.store, args.rounds, args.filter, args.max_nodes))
        return 0
    with tempfile.TemporaryDirectory(prefix="explorer-load-") as tmp:
        workdir = Path(tmp)
        results = [
            measure(n, runs=args.runs, max_nodes=args.max_nodes, workdir=workdir)
            for n in sorted(args.sizes)
        ]
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for page in workdir.glob("explorer-*.html"):
                shutil.copy(page, args.keep / page.name)
    sys.stdout.write(markdown(results, runs=args.runs, max_nodes=args.max_nodes))
    return 0 if all(m.state == "ready" for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
