"""Latency and throughput of GET /actors/{id}/connections under concurrent load.

    .venv/bin/python -m benchmarks.api_load [--relations 100000] [--concurrency 16]
                                            [--seconds 8] [--max-requests 20000]
                                            [--from STORE] [--rounds N]
                                            [--compare TREE]... [--no-depth2]
                                            [--compare-http h11] [--compare-loop asyncio]

Builds an embedded store of synthetic statements (generated Extractions upserted
directly, no language pipeline), serves the app from it with uvicorn in a child
process on 127.0.0.1 (so that the load generator does not share its interpreter
lock), and drives it with asyncio + httpx from a fixed number of concurrent
clients, each phase bounded in both time and request count. The connections
endpoint is queried for actors drawn at random, uniformly (a typical actor) and in
proportion to degree (as users meet them: hubs more often). Figures are ratios to
GET /health measured in the same run (machines are shared and noisy: ratios are
what stays comparable), once before the connections phases and once after them: the
ratios are to the mean of the two, and the table shows both, so that the baseline's
own drift in the run is there to read. Absolute values are for context. Prints a
Markdown table.

`--rounds N` repeats the phases N times, each round between its own two GET /health
phases, and `--compare TREE` serves the app from another source tree (an older
checkout, e.g. `git archive REV | tar -x -C TREE`) in turns with this one in every
round: a server is started for each turn, so both versions meet the same machine
load. Every server runs on the interpreter of this checkout, with its packages: a
compared tree's server picks uvicorn's C parser (httptools) and uvloop as well when
they are installed, unless `--compare-http h11 --compare-loop asyncio` has it run on
the pure-Python parser and asyncio's own loop, as it did before they were
dependencies. Each table says which parser and loop the server had loaded (read from
its memory map) and its peak resident memory. A last table gives each version's
figures over the rounds as ranges, each connections phase against the GET /health of
its own turn.

`--from STORE` serves a store built before instead (`python -m benchmarks.scale build`,
read as it is, never written): a file is a SQLite store, a folder a Ladybug one, so the
two can be loaded one after the other in one run.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore

RELATIONS_PER_DOCUMENT = 50
# The serving process's cache of rendered connections pages (api/page_cache.py): the
# header that says whether a page came from it, and the setting that turns it off.
PAGE_CACHE_HEADER = "X-Page-Cache"
PAGE_CACHE_SETTING = "ACTORGRAPH_PAGE_CACHE_BYTES"
NO_PAGE_CACHE = "this checkout, no page cache"
ACTORS_PER_DOCUMENT = 12
START_DATE = date(2020, 1, 1)
TYPES = list(RelationType)
ACTOR_TYPES = list(ActorType)


# ------------------------------------------------------------------------ data


def synthetic_documents(relations: int, *, seed: int = 7) -> Iterator[Extraction]:
    """Documents of RELATIONS_PER_DOCUMENT relations among a few actors each, drawn
    from a pool of actors with Zipf-like popularity (a few hubs, a long tail)."""
    rng = random.Random(seed)
    pool = max(200, relations // 50)
    weights = [1.0 / (rank + 1) for rank in range(pool)]
    for number in range(-(-relations // RELATIONS_PER_DOCUMENT)):
        chosen = sorted(set(rng.choices(range(pool), weights=weights, k=ACTORS_PER_DOCUMENT)))
        if len(chosen) < 2:
            chosen = [0, 1]
        actors = tuple(
            Actor(f"a{i}", f"Actor {i:06d}", ACTOR_TYPES[i % len(ACTOR_TYPES)]) for i in chosen
        )
        day = (START_DATE + timedelta(days=rng.randrange(1500))).isoformat()
        rels = []
        offset = 0
        for _ in range(min(RELATIONS_PER_DOCUMENT, relations - number * RELATIONS_PER_DOCUMENT)):
            source, target = rng.sample(actors, 2)
            kind = rng.choice(TYPES)
            text = f"{source.name} {kind.value.lower()} {target.name}."
            rels.append(
                Relation(
                    source.id,
                    target.id,
                    kind,
                    (Evidence(text, offset, offset + len(text)),),
                    negated=rng.random() < 0.05,
                    date=day,
                    confidence=round(rng.uniform(0.3, 1.0), 2),
                )
            )
            offset += len(text) + 1
        yield Extraction(
            document=f"doc-{number:06d}.txt", date=day, actors=actors, relations=tuple(rels)
        )


def build_store(path: Path, relations: int) -> tuple[int, float]:
    """Fill a store at `path`; the number of statements and the seconds it took."""
    start = time.perf_counter()
    with EmbeddedStore(path) as store:
        for extraction in synthetic_documents(relations):
            info = DocumentInfo(
                id=extraction.document,
                sha256=f"{hash(extraction.document) & (2**64 - 1):064x}",
                date=extraction.date,
                words=len(extraction.relations) * 5,
            )
            store.upsert_document(info, extraction)
        statements = store.stats().statements
    return statements, time.perf_counter() - start


def sample_actor_ids(
    store: GraphStore, count: int, *, by_degree: bool = True, seed: int = 11
) -> list[str]:
    """Actor ids to query: drawn in proportion to degree (as users meet them: busy
    actors are in more stories), or uniformly (a typical actor)."""
    rng = random.Random(seed)
    actors = store.search_actors("", limit=1_000_000, document_limit=0)
    weights = [a.degree + 1 for a in actors] if by_degree else None
    return rng.choices([a.id for a in actors], weights=weights, k=count)


def served_store(source: Path, data_dir: Path) -> tuple[GraphStore, dict[str, str]]:
    """A reader of a built store (a SQLite file or a Ladybug folder) and the settings
    that serve it from `data_dir` (a Ladybug folder is linked in as its store)."""
    if source.is_dir():
        (data_dir / "ladybug").symlink_to(source.resolve(), target_is_directory=True)
        return LadybugStore(source, read_only=True), {"ACTORGRAPH_STORE": "ladybug"}
    if not source.is_file():
        raise SystemExit(f"no store at {source}: build one with python -m benchmarks.scale build")
    return EmbeddedStore(source), {"ACTORGRAPH_STORE": f"sqlite:{source.resolve()}"}


# ---------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_launch(
    data_dir: Path,
    port: int,
    settings: dict[str, str] | None = None,
    *,
    tree: Path | None = None,
    http: str = "auto",
    loop: str = "auto",
) -> tuple[list[str], dict[str, str], Path | None]:
    """The command, environment and working folder of `start_server`'s uvicorn.

    A tree's server runs from the tree itself: `python -m` puts its working folder
    first on the module path, ahead of PYTHONPATH, so a server started from a checkout
    (where this benchmark runs) would import the checkout's `actorgraph` whatever
    PYTHONPATH names, and serve the same code in both turns of a comparison. `http` and
    `loop` are uvicorn's --http and --loop ("auto": httptools and uvloop when installed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    env.update({"ACTORGRAPH_DATA_DIR": str(data_dir), "ACTORGRAPH_STORE": "sqlite"})
    env.update(settings or {})
    cwd = None
    if tree is not None:
        if not (tree / "actorgraph" / "__init__.py").is_file():
            raise SystemExit(f"{tree} is not a source tree of actorgraph (no actorgraph/)")
        cwd = tree.resolve()
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(cwd), env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "uvicorn", "actorgraph.api.app:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    command += ["--http", http, "--loop", loop]
    command += ["--log-level", "warning", "--no-access-log"]
    return command, env, cwd


def start_server(
    data_dir: Path,
    port: int,
    settings: dict[str, str] | None = None,
    *,
    tree: Path | None = None,
    http: str = "auto",
    loop: str = "auto",
) -> subprocess.Popen[bytes]:
    """uvicorn serving the app on 127.0.0.1 from the SQLite store in `data_dir` (these
    load benchmarks measure that store; `settings` may name another); the caller's own
    ACTORGRAPH_* settings are left out, `settings` added. `tree`: a source tree whose
    `actorgraph` package is served instead of this checkout's (an older checkout, to
    compare two versions of the code in one run; see `server_launch`)."""
    command, env, cwd = server_launch(data_dir, port, settings, tree=tree, http=http, loop=loop)
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:  # still busy with slow requests: do not wait
        server.kill()
        server.wait(timeout=10)


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/ready", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not become ready within {timeout} s")


# ------------------------------------------------------------------------ load


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    body_bytes: int = 0  # of the answers counted
    # CPU seconds the server process spent in the phase (all its threads, the store's
    # own included): its cost per request, which the machine's other load does not change.
    server_cpu_s: float = float("nan")
    # CPU seconds this process (the load generator: asyncio + httpx) spent in the phase.
    # Both share the machine's two cores, so the req/s ratio to GET /health depends on
    # the generator's cost per request as much as on the server's.
    client_cpu_s: float = float("nan")
    # Answers the server's page cache gave (X-Page-Cache: hit), and answers that said
    # whether it did (a server that keeps no pages says nothing: hit rate "–").
    cache_hits: int = 0
    cache_told: int = 0

    @property
    def hit_rate(self) -> float:
        return self.cache_hits / self.cache_told if self.cache_told else float("nan")

    @property
    def cpu_ms_per_request(self) -> float:
        return self.server_cpu_s * 1000 / self.requests if self.requests else float("nan")

    @property
    def client_cpu_ms_per_request(self) -> float:
        return self.client_cpu_s * 1000 / self.requests if self.requests else float("nan")

    @property
    def kb_per_response(self) -> float:
        return self.body_bytes / 1024 / self.requests if self.requests else float("nan")

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def load(
    name: str,
    base: str,
    paths: list[str],
    *,
    concurrency: int,
    seconds: float,
    max_requests: int,
) -> Result:
    """`concurrency` clients send requests back to back, cycling through `paths`,
    until `seconds` pass or `max_requests` were sent, whichever comes first."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    body_bytes = 0
    hits = told = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        # Warm-up: connections opened, caches of the first paths filled.
        await asyncio.gather(
            *(client.get(paths[i % len(paths)]) for i in range(concurrency)),
            return_exceptions=True,
        )
        start = time.perf_counter()
        deadline = start + seconds

        async def worker() -> None:
            nonlocal errors, sent, body_bytes, hits, told
            while sent < max_requests and time.perf_counter() < deadline:
                path = paths[sent % len(paths)]
                sent += 1
                began = time.perf_counter()
                try:
                    response = await client.get(path)
                except httpx.TransportError:  # a timeout counts against the endpoint
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - began) * 1000)
                body_bytes += len(response.content)
                if response.status_code != 200:
                    errors += 1
                cached = response.headers.get(PAGE_CACHE_HEADER)
                if cached is not None:
                    told += 1
                    hits += cached == "hit"

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return Result(
        name,
        len(latencies),
        errors,
        elapsed,
        latencies,
        body_bytes,
        cache_hits=hits,
        cache_told=told,
    )


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of process `pid` so far (Linux /proc; nan elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(server: subprocess.Popen[bytes], phase: Coroutine[Any, Any, Result]) -> Result:
    """Run one load phase and note the server's and the load generator's CPU time in it."""
    before, client_before = process_cpu_s(server.pid), time.process_time()
    result = asyncio.run(phase)
    return replace(
        result,
        server_cpu_s=process_cpu_s(server.pid) - before,
        client_cpu_s=time.process_time() - client_before,
    )


def server_stack(pid: int) -> str:
    """The HTTP parser and event loop process `pid` has loaded, e.g. "httptools + uvloop",
    read from its memory map (Linux /proc; "?" elsewhere): what uvicorn picked, not what
    it was asked for. Call it once the server has answered (it imports them at start)."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return "?"
    parser = "httptools" if "/httptools/parser/" in maps else "h11"
    loop = "uvloop" if "/uvloop/" in maps else "asyncio"
    return f"{parser} + {loop}"


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory of process `pid` so far, in MB (VmHWM; nan elsewhere)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_average() -> str:
    """The machine's 1-minute load average (the machine is shared: say how busy it was)."""
    return f"{os.getloadavg()[0]:.1f}"


def baseline_of(first: Result, last: Result) -> Result:
    """The two GET /health phases of a run as one baseline: their requests and time
    added up (so its req/s is their mean over the time), their latencies together."""
    return Result(
        "GET /health (both)",
        first.requests + last.requests,
        first.errors + last.errors,
        first.seconds + last.seconds,
        first.latencies_ms + last.latencies_ms,
        first.body_bytes + last.body_bytes,
        first.server_cpu_s + last.server_cpu_s,
        first.client_cpu_s + last.client_cpu_s,
    )


def markdown(results: list[Result], baseline: Result, header: str) -> str:
    lines = [
        header,
        "",
        "| endpoint | requests | errors | req/s | p50 ms | p99 ms "
        "| req/s ÷ health | p50 ÷ health | p99 ÷ health | server CPU ms/request "
        "| client CPU ms/request | KiB/response | page cache hits |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        rate = f"{r.hit_rate:.1%}" if math.isfinite(r.hit_rate) else "–"
        lines.append(
            f"| {r.name} | {r.requests:,} | {r.errors} | {r.rps:,.0f} | "
            f"{r.percentile(0.5):.2f} | {r.percentile(0.99):.2f} | "
            f"{r.rps / baseline.rps:.3f} | "
            f"{r.percentile(0.5) / baseline.percentile(0.5):.2f} | "
            f"{r.percentile(0.99) / baseline.percentile(0.99):.2f} | "
            f"{r.cpu_ms_per_request:.2f} | {r.client_cpu_ms_per_request:.2f} | "
            f"{r.kb_per_response:.1f} | {rate} |"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class Block:
    """One server's turn in a round: its phases, the first and last GET /health."""

    code: str  # which source tree served it
    round: int
    phases: list[Result]
    stack: str = "?"  # the HTTP parser and event loop the server had loaded
    peak_rss_mb: float = float("nan")  # the serving process's, at the end of the turn

    @property
    def baseline(self) -> Result:
        return baseline_of(self.phases[0], self.phases[-1])


def serve_block(
    code: str,
    tree: Path | None,
    round_number: int,
    *,
    data_dir: Path,
    settings: dict[str, str],
    paths: dict[str, list[str]],
    phase: dict[str, Any],
    http: str = "auto",
    loop: str = "auto",
) -> Block:
    """Start a server (from `tree`, or this checkout; uvicorn's `http` and `loop`), load
    it phase by phase between two GET /health phases, and stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(data_dir, port, settings, tree=tree, http=http, loop=loop)
    try:
        wait_ready(base, server)
        results = [measured(server, load("GET /health (before)", base, ["/health"], **phase))]
        for name, urls in paths.items():
            results.append(measured(server, load(name, base, urls, **phase)))
        results.append(measured(server, load("GET /health (after)", base, ["/health"], **phase)))
        stack, peak = server_stack(server.pid), peak_rss_mb(server.pid)
    finally:
        stop_server(server)
    return Block(code, round_number, results, stack, peak)


def spread(values: list[float], form: str) -> str:
    """The range of `values` as "low–high" (one figure when they print the same)."""
    low, high = format(min(values), form), format(max(values), form)
    return low if low == high else f"{low}–{high}"


FIGURES: list[tuple[str, str, Callable[[Result, Result], float]]] = [
    ("server CPU ms/request", ".2f", lambda phase, health: phase.cpu_ms_per_request),
    ("client CPU ms/request", ".2f", lambda phase, health: phase.client_cpu_ms_per_request),
    ("req/s", ".0f", lambda phase, health: phase.rps),
    ("req/s ÷ GET /health", ".3f", lambda phase, health: phase.rps / health.rps),
    ("KiB/response", ".1f", lambda phase, health: phase.kb_per_response),
    ("page cache hit rate", ".3f", lambda phase, health: phase.hit_rate),
]


def summary(blocks: list[Block], names: list[str]) -> str:
    """Each code's figures over its rounds, as ranges: GET /health (both phases of a
    block), then each connections phase against its own block's GET /health."""
    codes = list(dict.fromkeys(b.code for b in blocks))
    lines = ["| over the rounds | " + " | ".join(codes) + " |", "|---|" + "---|" * len(codes)]
    for name in ["GET /health", *names]:
        for label, form, figure in FIGURES if name != "GET /health" else FIGURES[:3]:
            cells = []
            for code in codes:
                values = []
                for block in (b for b in blocks if b.code == code):
                    health = block.baseline
                    chosen = [health] if name == "GET /health" else block.phases
                    values += [figure(p, health) for p in chosen if p is health or p.name == name]
                values = [v for v in values if math.isfinite(v)]
                cells.append(spread(values, form) if values else "–")
            lines.append(f"| {name}: {label} | " + " | ".join(cells) + " |")
    stacks, peaks = [], []
    for code in codes:
        own = [b for b in blocks if b.code == code]
        stacks.append(", ".join(dict.fromkeys(b.stack for b in own)))
        rss = [b.peak_rss_mb for b in own if math.isfinite(b.peak_rss_mb)]
        peaks.append(spread(rss, ",.0f") if rss else "–")
    lines.append("| server: HTTP parser + event loop | " + " | ".join(stacks) + " |")
    lines.append("| server: peak RSS MB | " + " | ".join(peaks) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", type=int, default=100_000, help="statements to generate")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=8.0, help="most seconds per phase")
    parser.add_argument("--max-requests", type=int, default=20_000, help="most requests per phase")
    parser.add_argument(
        "--from", dest="source", type=Path, help="serve this built store (see the module's text)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="turns of every phase, each between GET /health"
    )
    parser.add_argument(
        "--compare",
        dest="trees",
        type=Path,
        action="append",
        default=[],
        help="also serve the app from this source tree (an older checkout) in turns with "
        "this one, in every round; may be given more than once",
    )
    parser.add_argument(
        "--no-depth2", action="store_true", help="leave out the depth-2 phase (slow, mostly 503)"
    )
    parser.add_argument(
        "--page-cache",
        choices=["both", "on", "off"],
        default="both",
        help="this checkout's server with its cache of rendered pages (on), without it "
        "(off: ACTORGRAPH_PAGE_CACHE_BYTES=0), or both in turns (default)",
    )
    parser.add_argument(
        "--compare-http",
        choices=["auto", "h11", "httptools"],
        default="auto",
        help="uvicorn's HTTP parser for the compared trees' servers (h11: the pure-Python "
        "one, as before httptools was a dependency)",
    )
    parser.add_argument(
        "--compare-loop",
        choices=["auto", "asyncio", "uvloop"],
        default="auto",
        help="uvicorn's event loop for the compared trees' servers (asyncio: its own, as "
        "before uvloop was a dependency)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        data_dir = Path(tmp)
        settings: dict[str, str] = {}
        reader: GraphStore
        if args.source is None:
            statements, build_s = build_store(data_dir / "graph.sqlite3", args.relations)
            reader = EmbeddedStore(data_dir / "graph.sqlite3")
            built = f"store built in {build_s:.1f} s"
        else:
            reader, settings = served_store(args.source, data_dir)
            statements = reader.stats().statements
            built = f"{settings['ACTORGRAPH_STORE'].split(':')[0]} store {args.source.name}"
        try:
            actor_ids = sample_actor_ids(reader, 500)
            typical_ids = sample_actor_ids(reader, 500, by_degree=False)
        finally:
            reader.close()  # the server opens the store next
        paths = {
            "GET /actors/{id}/connections (any actor)": [
                f"/actors/{a}/connections" for a in typical_ids
            ],
            "GET /actors/{id}/connections (by degree)": [
                f"/actors/{a}/connections" for a in actor_ids
            ],
        }
        deep = {
            "… ?depth=2&limit=100 (by degree)": [
                f"/actors/{a}/connections?depth=2&limit=100" for a in actor_ids
            ]
        }
        load_before = load_average()
        phase = {
            "concurrency": args.concurrency,
            "seconds": args.seconds,
            "max_requests": args.max_requests,
        }
        codes: list[tuple[str, Path | None, str, str, dict[str, str]]] = []
        if args.page_cache in ("both", "on"):
            codes.append(("this checkout", None, "auto", "auto", {}))
        if args.page_cache in ("both", "off"):
            codes.append((NO_PAGE_CACHE, None, "auto", "auto", {PAGE_CACHE_SETTING: "0"}))
        codes += [
            (str(tree), tree, args.compare_http, args.compare_loop, {}) for tree in args.trees
        ]
        blocks = []
        for number in range(1, max(1, args.rounds) + 1):
            last = number == max(1, args.rounds)
            for code, tree, http, loop, own in codes:
                wanted = {**paths, **(deep if last and not args.no_depth2 else {})}
                blocks.append(
                    serve_block(
                        code,
                        tree,
                        number,
                        data_dir=data_dir,
                        settings={**settings, **own},
                        paths=wanted,
                        phase=phase,
                        http=http,
                        loop=loop,
                    )
                )
    header = (
        f"API load: {statements:,} statements ({built}), "
        f"{args.concurrency} concurrent clients, one uvicorn worker, loopback, "
        f"at most {args.seconds:g} s or {args.max_requests:,} requests per row; "
        f"load average {load_before} before, {load_average()} after."
    )
    for block in blocks:
        baseline = block.baseline
        title = (
            f"{header} Round {block.round}, served from {block.code}. Ratios are to GET "
            f"/health over both its phases ({baseline.rps:,.0f} req/s; "
            f"{block.phases[0].rps:,.0f} before the connections phases, "
            f"{block.phases[-1].rps:,.0f} after). Server on {block.stack}, peak RSS "
            f"{block.peak_rss_mb:,.0f} MB."
        )
        print(markdown(block.phases, baseline, title))
        print()
    if len(blocks) > 1:
        print(summary(blocks, list(paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
