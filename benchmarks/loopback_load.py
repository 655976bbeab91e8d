"""Mixed read/write load on loopback, then a check that nothing was lost or doubled.

    .venv/bin/python -m benchmarks.loopback_load [--clients 50] [--seconds 60]
                                                 [--write-share 0.2] [--json FILE]

Serves the app with uvicorn in a child process on 127.0.0.1 (embedded store in a
temporary folder, the write token set), seeds it with a few documents through the API,
then runs `--clients` concurrent asyncio + httpx clients, each with its own connection,
for `--seconds`: each request is, at random, POST /documents of a new small document
(made from the sentence templates in benchmarks/corpus.py, each id used once) or
GET /actors/{id}/connections of a seeded actor. GET /health, driven by the same clients
beforehand, is the baseline (machines are shared and noisy: ratios are what stays
comparable). The clients run in one process on the same machine as the server: on a
small machine the health baseline is bounded by the load generator, not the server.

After the load the server is stopped and its store is checked against a sequential
ingest of the documents it accepted into a fresh store, in the order the server wrote
them (an actor takes its id from the document that first told of it): the same
documents, actors, edges and statements. A mismatch makes the run exit 1. Prints a Markdown table.

With `--oversized N`, a second server (fresh store, seeded the same way) serves reads
and GET /health to the same clients twice for `--seconds`: once alone, once while one
document of N characters, all one sentence, is being ingested. The report gives
/health's p99 with the document in flight over its p99 without (the target is at most
2) and the errors on reads (the target is 0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from actorgraph.documents import SourceDocument, sha256_text
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.migrate import graph_snapshot
from benchmarks.api_load import free_port, start_server, stop_server, wait_ready
from benchmarks.corpus import document

TOKEN = "loopback-load-token"
SEED_DOCUMENTS = 8
SENTENCES = 3  # per posted document: small, as news items are
CONNECTIONS = "GET /actors/{id}/connections"
INGEST = "POST /documents"
HEALTH = "GET /health"
TIMEOUT = 60.0  # seconds for one request; a slower one counts as an error


# ------------------------------------------------------------------------ load


@dataclass
class Tally:
    """What one endpoint got: latencies of answered requests, errors by kind."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def record(self, began: float, status: int) -> None:
        self.latencies_ms.append((time.perf_counter() - began) * 1000)
        if not 200 <= status < 300:
            self.errors[str(status)] += 1

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return math.nan
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class Documents:
    """Fresh documents to post, and the ones the server accepted (2xx)."""

    rng: random.Random = field(default_factory=lambda: random.Random(31))
    posted: int = 0
    accepted: dict[str, str] = field(default_factory=dict)

    def next(self) -> dict[str, str]:
        self.posted += 1
        return {"id": f"load-{self.posted:06d}.txt", "text": document(self.rng, SENTENCES)}


@dataclass
class Phase:
    tallies: dict[str, Tally]
    seconds: float


async def run_phase(
    base: str,
    clients: int,
    seconds: float,
    *,
    actor_ids: list[str],
    docs: Documents,
    write_share: float,
    health_share: float = 0.0,
    until: asyncio.Event | None = None,
) -> Phase:
    """`clients` clients send requests back to back for `seconds`: health checks when
    `actor_ids` is empty, else the read/write mix."""
    tallies: dict[str, Tally] = {}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    deadline = time.perf_counter() + seconds

    async def one(client: httpx.AsyncClient, rng: random.Random) -> None:
        if not actor_ids or rng.random() < health_share:
            name, request = HEALTH, client.get("/health")
        elif rng.random() < write_share:
            body = docs.next()
            name, request = INGEST, client.post("/documents", json=body, headers=auth)
        else:
            path = f"/actors/{rng.choice(actor_ids)}/connections"
            name, request = CONNECTIONS, client.get(path)
        tally = tallies.setdefault(name, Tally())
        began = time.perf_counter()
        try:
            response = await request
        except httpx.HTTPError as exc:  # timeouts, resets: errors, by kind
            tally.errors[type(exc).__name__] += 1
            return
        tally.record(began, response.status_code)
        if name == INGEST and response.is_success:
            docs.accepted[body["id"]] = body["text"]

    async def worker(number: int) -> None:
        # A client (and connection) of its own, as separate users have: one shared
        # pool of 50 connections costs httpx several times the CPU per request, and
        # the load generator, not the server, would set the pace.
        rng = random.Random(number)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=TIMEOUT) as client:
            while time.perf_counter() < deadline and not (until and until.is_set()):
                await one(client, rng)

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(clients)))
    return Phase(tallies, time.perf_counter() - start)


def seed(base: str, docs: Documents) -> list[str]:
    """Ingest a few documents (building the server's pipeline); their actor ids."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(SEED_DOCUMENTS):
            body = docs.next()
            response = client.post("/documents", json=body, headers=auth)
            response.raise_for_status()
            docs.accepted[body["id"]] = body["text"]
        actors = client.get("/actors", params={"limit": 500}).raise_for_status().json()
    return [item["id"] for item in actors["items"]]


# ---------------------------------------------------------------------- checking


def comparable(store: EmbeddedStore) -> dict[str, Any]:
    """The graph as plain values, without ingest times (they differ run to run)."""
    graph = graph_snapshot(store)
    graph["documents"] = {key: value[:3] for key, value in graph["documents"].items()}
    return graph


def stored_order(path: Path) -> list[str]:
    """The documents of a SQLite store in the order they were first written (rowid)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return [row[0] for row in db.execute("SELECT id FROM documents ORDER BY rowid")]


def verify(path: Path, accepted: dict[str, str], scratch: Path) -> dict[str, Any]:
    """The served store against a sequential ingest of the accepted documents."""
    from actorgraph.extract import build_pipeline
    from actorgraph.ingest import ingest_documents

    with EmbeddedStore(path) as served:
        loaded = comparable(served)
    # In the order the server wrote them: an actor is named by the document that first
    # told of it, and concurrent clients' posts do not arrive in the order of their ids.
    written = stored_order(path)
    order = [i for i in written if i in accepted] + sorted(set(accepted) - set(written))
    sources = [SourceDocument(i, accepted[i], sha256_text(accepted[i])) for i in order]
    with EmbeddedStore(scratch / "sequential.sqlite3") as fresh:
        ingest_documents(fresh, build_pipeline(), sources)
        expected = comparable(fresh)
    stored = set(loaded["documents"])
    differences = [
        f"{part}: {len(set(loaded[part]) ^ set(expected[part]))} keys differ, "
        f"{sum(loaded[part].get(k) != v for k, v in expected[part].items())} values differ"
        for part in ("documents", "actors", "edges")
        if loaded[part] != expected[part]
    ]
    return {
        "documents_accepted": len(accepted),
        "documents_stored": len(stored),
        "documents_missing": len(set(accepted) - stored),
        "documents_unexpected": len(stored - set(accepted)),
        "actors": len(loaded["actors"]),
        "edges": len(loaded["edges"]),
        "statements": sum(len(value[2]) for value in loaded["edges"].values()),
        "graph_match": not differences,
        "differences": differences,
    }


# ---------------------------------------------------------------------- report


def endpoint_figures(tally: Tally, seconds: float, health: dict[str, Any] | None) -> dict[str, Any]:
    served = len(tally.latencies_ms)
    figures: dict[str, Any] = {
        "requests": served,
        "errors": sum(tally.errors.values()),
        "errors_by_kind": dict(tally.errors),
        "req_per_s": round(served / seconds, 1),
        "p50_ms": round(tally.percentile(0.5), 2),
        "p99_ms": round(tally.percentile(0.99), 2),
    }
    if health is not None:
        figures["req_per_s_ratio_to_health"] = round(figures["req_per_s"] / health["req_per_s"], 4)
        figures["p50_ratio_to_health"] = round(figures["p50_ms"] / health["p50_ms"], 2)
        figures["p99_ratio_to_health"] = round(figures["p99_ms"] / health["p99_ms"], 2)
    return figures


def bench_loopback(clients: int, seconds: float, write_share: float = 0.2) -> dict[str, Any]:
    """Run the load and the check; the report as a dict (see `markdown`)."""
    docs = Documents()
    with tempfile.TemporaryDirectory(prefix="actorgraph-loopback-") as tmp:
        data_dir = Path(tmp) / "data"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        # Room in the ingest queue for every client: the load measures serving, not
        # the 503s a full queue answers.
        queue = str(clients + 1)
        server = start_server(
            data_dir, port, {"ACTORGRAPH_API_TOKEN": TOKEN, "ACTORGRAPH_INGEST_QUEUE_SIZE": queue}
        )
        try:
            wait_ready(base, server)
            actor_ids = seed(base, docs)
            health_s = max(2.0, seconds / 6)
            health = asyncio.run(
                run_phase(base, clients, health_s, actor_ids=[], docs=docs, write_share=0)
            )
            mixed = asyncio.run(
                run_phase(
                    base, clients, seconds, actor_ids=actor_ids, docs=docs, write_share=write_share
                )
            )
        finally:
            stop_server(server)
        check = verify(data_dir / "graph.sqlite3", docs.accepted, Path(tmp))
    baseline = endpoint_figures(health.tallies[HEALTH], health.seconds, None)
    endpoints = {HEALTH: baseline}
    for name in (CONNECTIONS, INGEST):
        endpoints[name] = endpoint_figures(
            mixed.tallies.get(name, Tally()), mixed.seconds, baseline
        )
    return {
        "clients": clients,
        "seconds": round(mixed.seconds, 1),
        "health_seconds": round(health.seconds, 1),
        "write_share": write_share,
        "seeded_actors": len(actor_ids),
        "endpoints": endpoints,
        "errors": sum(figures["errors"] for figures in endpoints.values()),
        **check,
    }


def oversized_text(chars: int) -> str:
    """One sentence of about `chars` characters: clauses joined by commas."""
    rng = random.Random(7)
    clauses: list[str] = []
    size = 0
    while size < chars:
        clause = document(rng, 1).strip().rstrip(".")
        clauses.append(clause)
        size += len(clause) + 2
    return ", ".join(clauses) + "."


def bench_oversized(clients: int, seconds: float, chars: int) -> dict[str, Any]:
    """/health and reads without, then with, one oversized document in flight."""
    docs = Documents()
    with tempfile.TemporaryDirectory(prefix="actorgraph-oversized-") as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(Path(tmp) / "data", port, {"ACTORGRAPH_API_TOKEN": TOKEN})
        try:
            wait_ready(base, server)
            actor_ids = seed(base, docs)
            alone = asyncio.run(
                run_phase(
                    base, clients, seconds, actor_ids=actor_ids, docs=docs, write_share=0,
                    health_share=0.5,
                )
            )  # fmt: skip
            loaded, ingest = asyncio.run(_with_oversized(base, clients, seconds, actor_ids, chars))
        finally:
            stop_server(server)
    rows: dict[str, Any] = {}
    for label, phase in (("alone", alone), ("oversized in flight", loaded)):
        for name in (HEALTH, CONNECTIONS):
            rows[f"{name} ({label})"] = endpoint_figures(
                phase.tallies.get(name, Tally()), phase.seconds, None
            )
    health_alone = rows[f"{HEALTH} (alone)"]["p99_ms"]
    health_loaded = rows[f"{HEALTH} (oversized in flight)"]["p99_ms"]
    return {
        "clients": clients,
        "seconds": round(loaded.seconds, 1),
        "oversized_chars": chars,
        "oversized_status": ingest["status"],
        "oversized_seconds": ingest["seconds"],
        "in_flight_throughout": ingest["seconds"] >= loaded.seconds,
        "endpoints": rows,
        "health_p99_ratio": round(health_loaded / health_alone, 2),
        "read_errors": sum(
            rows[f"{name} ({label})"]["errors"]
            for name in (HEALTH, CONNECTIONS)
            for label in ("alone", "oversized in flight")
        ),
    }


async def _with_oversized(
    base: str, clients: int, seconds: float, actor_ids: list[str], chars: int
) -> tuple[Phase, dict[str, Any]]:
    """The read phase while one oversized document is posted; its outcome."""
    body = {"id": "oversized.txt", "text": oversized_text(chars)}
    done = asyncio.Event()
    outcome: dict[str, Any] = {}

    async def post() -> None:
        began = time.perf_counter()
        auth = {"Authorization": f"Bearer {TOKEN}"}
        async with httpx.AsyncClient(base_url=base, timeout=3600) as client:
            try:
                response = await client.post("/documents", json=body, headers=auth)
                outcome["status"] = response.status_code
            except httpx.HTTPError as exc:
                outcome["status"] = type(exc).__name__
        outcome["seconds"] = round(time.perf_counter() - began, 1)
        done.set()

    poster = asyncio.create_task(post())
    await asyncio.sleep(0.5)  # the document is on its way to the worker
    phase = await run_phase(
        base, clients, seconds, actor_ids=actor_ids, docs=Documents(), write_share=0,
        health_share=0.5,
    )  # fmt: skip
    await poster
    return phase, outcome


def oversized_markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Reads and GET /health from {report['clients']} clients for {report['seconds']} s, "
        f"alone and with one {report['oversized_chars']:,}-character single-sentence "
        f"document being ingested (answered {report['oversized_status']} after "
        f"{report['oversized_seconds']} s).",
        "",
        "| endpoint | requests | errors | req/s | p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in report["endpoints"].items():
        lines.append(
            f"| {name} | {row['requests']:,} | {row['errors']} | {row['req_per_s']:,} | "
            f"{row['p50_ms']} | {row['p99_ms']} |"
        )
    lines += [
        "",
        f"/health p99 with the document in flight ÷ without: **{report['health_p99_ratio']}** "
        f"(target ≤ 2); errors on reads: **{report['read_errors']}** (target 0).",
    ]
    return "\n".join(lines)


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Loopback load: {report['clients']} concurrent clients for {report['seconds']} s "
        f"(GET /health alone for {report['health_seconds']} s before), one uvicorn worker, "
        f"embedded store, write token set; {report['write_share']:.0%} of requests ingest "
        "a new document.",
        "",
        "| endpoint | requests | errors | req/s | p50 ms | p99 ms "
        "| req/s ÷ health | p50 ÷ health | p99 ÷ health |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in report["endpoints"].items():
        kinds = ", ".join(f"{kind}: {n}" for kind, n in sorted(row["errors_by_kind"].items()))
        errors = f"{row['errors']} ({kinds})" if kinds else str(row["errors"])
        ratios = (
            f"{row['req_per_s_ratio_to_health']} | {row['p50_ratio_to_health']} | "
            f"{row['p99_ratio_to_health']}"
            if name != HEALTH
            else "1 | 1 | 1"
        )
        lines.append(
            f"| {name} | {row['requests']:,} | {errors} | {row['req_per_s']:,} | "
            f"{row['p50_ms']} | {row['p99_ms']} | {ratios} |"
        )
    verdict = "yes" if report["graph_match"] else "NO: " + "; ".join(report["differences"])
    lines += [
        "",
        f"Graph after the load equals a sequential ingest of the "
        f"{report['documents_accepted']:,} accepted documents: **{verdict}** "
        f"({report['documents_stored']:,} documents stored, {report['documents_missing']} "
        f"missing, {report['documents_unexpected']} unexpected; {report['actors']:,} actors, "
        f"{report['edges']:,} edges, {report['statements']:,} statements).",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the mixed load")
    parser.add_argument(
        "--write-share", type=float, default=0.2, help="share of requests that ingest"
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument(
        "--oversized",
        type=int,
        metavar="CHARS",
        help="also run reads with one single-sentence document of CHARS characters in flight",
    )
    args = parser.parse_args()
    report = bench_loopback(args.clients, args.seconds, args.write_share)
    if args.oversized:
        report["oversized"] = bench_oversized(args.clients, args.seconds, args.oversized)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    print(markdown(report))
    if args.oversized:
        print()
        print(oversized_markdown(report["oversized"]))
    return 0 if report["graph_match"] else 1


if __name__ == "__main__":
    sys.exit(main())
