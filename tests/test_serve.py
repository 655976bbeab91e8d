"""The main job end to end: `actorgraph demo` ingests into the default store (Ladybug),
writes the page and serves on loopback; while it serves, the reading commands (query,
stats, view) work beside it and a second writer is told what to do instead."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from tests.test_explorer import embedded

STARTUP_SECONDS = 120
COMMAND_SECONDS = 300
LEADS = "MATCH (a:Actor)-[:LEADS]->(g) RETURN a.name, g.name"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def default_env() -> dict[str, str]:
    """This environment with no store named (the default) and no API token."""
    env = {key: value for key, value in os.environ.items() if key != "ACTORGRAPH_STORE"}
    return {**env, "ACTORGRAPH_API_TOKEN": ""}


def run_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=COMMAND_SECONDS,
        env=default_env(),
        check=False,
    )


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo")


@pytest.fixture(scope="module")
def demo_server(demo_data: Path) -> Iterator[str]:
    data = demo_data
    port = free_port()
    log = (data / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "actorgraph.cli",
            "demo",
            "--data-dir",
            str(data),
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=default_env(),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"demo exited early:\n{(data / 'server.log').read_text()}")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"demo did not serve in time:\n{(data / 'server.log').read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    assert (Path(data) / "explorer.html").exists()
    # Stopped, the server left a whole graph that opens for writing again.
    with LadybugStore(data / "ladybug") as store:
        assert store.stats().documents == 8


def test_the_demo_graph_is_in_the_default_ladybug_store(
    demo_server: str, demo_data: Path
) -> None:
    assert (demo_data / "ladybug" / DATABASE_FILE).is_file()
    assert not (demo_data / "graph.sqlite3").exists()


def test_query_answers_cypher_while_the_demo_serves(demo_server: str, demo_data: Path) -> None:
    done = run_cli(demo_data, "query", LEADS, "--json")
    assert done.returncode == 0, done.stderr
    assert ["Qais al-Khazali", "Asaib Ahl al-Haq"] in json.loads(done.stdout)["rows"]
    table = run_cli(demo_data, "query", LEADS)
    assert table.returncode == 0, table.stderr
    assert "Qais al-Khazali" in table.stdout and "a.name" in table.stdout


def test_post_cypher_answers_on_the_demo_server(demo_server: str) -> None:
    response = httpx.post(f"{demo_server}/cypher", json={"query": LEADS}, timeout=30)
    assert response.status_code == 200, response.text
    assert ["Qais al-Khazali", "Asaib Ahl al-Haq"] in response.json()["rows"]


def test_readers_work_beside_the_server(demo_server: str, demo_data: Path) -> None:
    stats = run_cli(demo_data, "stats")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["documents"] == 8
    page = demo_data / "beside.html"
    view = run_cli(demo_data, "view", "--output", str(page))
    assert view.returncode == 0, view.stderr
    assert page.stat().st_size > 10_000


def test_a_second_writer_is_told_to_stop_the_server_or_post(
    demo_server: str, demo_data: Path, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Rebels of the Nara Front shelled Port Velin on Monday.\n", encoding="utf-8")
    done = run_cli(demo_data, "ingest", str(story), "--no-progress")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "in use by another process" in done.stderr
    assert "stop that process first" in done.stderr and "POST /documents" in done.stderr
    # Refused before it wrote anything: the server's graph is as it was.
    stats = httpx.get(f"{demo_server}/stats", timeout=10).json()
    assert stats["documents"] == 8


def test_demo_prints_where_to_look(demo_server: str, tmp_path: Path) -> None:
    response = httpx.get(f"{demo_server}/explorer", timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<canvas" in response.text or "vis.Network" in response.text


def test_demo_graph_answers_actor_lookups(demo_server: str) -> None:
    found = httpx.get(f"{demo_server}/actors", params={"q": "houthis"}, timeout=10).json()
    items = found["items"] if isinstance(found, dict) else found
    assert items, found
    actor_id = items[0]["id"]
    conns = httpx.get(f"{demo_server}/actors/{actor_id}/connections", timeout=10)
    assert conns.status_code == 200
    body = conns.json()
    edges = body["items"] if isinstance(body, dict) and "items" in body else body
    assert edges, body


def test_docs_are_served(demo_server: str) -> None:
    assert httpx.get(f"{demo_server}/docs", timeout=10).status_code == 200
    schema = httpx.get(f"{demo_server}/openapi.json", timeout=10).json()
    assert "/actors/{actor_id}/connections" in schema["paths"]


def test_analyst_finds_khazali_and_filters_to_attacks(demo_server: str) -> None:
    found = httpx.get(f"{demo_server}/actors", params={"q": "khazali"}, timeout=10).json()
    khazali = found["items"][0]
    assert khazali["name"] == "Qais al-Khazali"
    body = httpx.get(f"{demo_server}/actors/{khazali['id']}/connections", timeout=10).json()
    leads = [c for c in body["connections"] if c["type"] == "LEADS"]
    assert leads and leads[0]["neighbour"]["name"] == "Asaib Ahl al-Haq"
    assert "head of Asaib Ahl al-Haq" in leads[0]["evidence"][0]["text"]

    group = leads[0]["neighbour"]["id"]
    page = httpx.get(
        f"{demo_server}/explorer/{group}",
        params={"depth": 1, "type": ["TARGETS", "KILLED"]},
        timeout=30,
    )
    assert page.status_code == 200
    drawn = {edge["relation"] for edge in embedded(page.text, "edges")}
    assert drawn == {"TARGETS"}, drawn
    # "attacked a US convoy": the attack; "would attack US forces if ..." is a threat
    assert {node["name"] for node in embedded(page.text, "nodes")} >= {"United States"}


def test_actor_record_links_to_its_explorer_page(demo_server: str) -> None:
    found = httpx.get(f"{demo_server}/actors", params={"q": "khazali"}, timeout=10).json()
    actor_id = found["items"][0]["id"]
    record = httpx.get(f"{demo_server}/actors/{actor_id}", timeout=10).json()
    assert record["explorer_url"] == f"/explorer/{actor_id}"
    page = httpx.get(f"{demo_server}{record['explorer_url']}", timeout=30)
    assert page.status_code == 200
    assert "Qais al-Khazali" in page.text


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_a_busy_port_is_reported_before_anything_else(
    command: str, busy_port: int, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", command, "--port", str(busy_port),
         "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ACTORGRAPH_API_TOKEN": ""},
        check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == ""  # no "API on http://..." first
    assert done.stderr.strip() == (
        f"actorgraph: port {busy_port} on 127.0.0.1 is already in use (another server?); "
        "stop it or choose another port with --port"
    )
    assert not data.exists()  # the demo did not ingest first
