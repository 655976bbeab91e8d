"""The explorer in a real browser: headless Chromium loads the page from the running API.

The page writes what it shows onto <body> (data-nodes, data-edges, data-state), so the
DOM that Chromium dumps after running the page's JavaScript tells whether the network
was drawn. A screenshot is written to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from actorgraph.api.app import create_app
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.settings import Settings
from tests import samples

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
# Markup that would set a flag on <body> if any page ever inserted it as HTML.
HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='1'\">"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is needed for the browser tests: `make test` installs it (Debian)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def hostile_story() -> tuple[DocumentInfo, Extraction]:
    text = f"The {HOSTILE} cell attacked a depot. '}}) DETACH DELETE n // said so."
    start = 0
    end = text.index(".") + 1
    extraction = Extraction(
        document="hostile.txt",
        actors=(
            Actor("a1", HOSTILE, ActorType.ARMED_GROUP),
            Actor("a2", "Depot \u202eevil\u202c \U0001f4a3", ActorType.FACILITY),
        ),
        relations=(
            Relation(
                "a1",
                "a2",
                RelationType.TARGETS,
                (Evidence(text[start:end], start, end),),
                date="2022-01-01",
            ),
        ),
    )
    info = DocumentInfo(id="hostile.txt", sha256="h" * 64, words=len(text.split()))
    return info, extraction


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = EmbeddedStore(tmp_path_factory.mktemp("browser") / "g.sqlite3")
    samples.fill(store)
    store.upsert_document(*hostile_story())
    port = free_port()
    config = uvicorn.Config(
        create_app(Settings(), store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the API did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


def load(url: str, tmp_path: Path, screenshot: Path | None = None) -> tuple[str, list[str]]:
    """Run the page in headless Chromium; the DOM after its scripts ran, and console lines."""
    args = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1280,800",
        "--virtual-time-budget=20000",
    ]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run(
        [*args, url], capture_output=True, text=True, timeout=120, check=False
    )
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


def body_data(dom: str) -> dict[str, str]:
    match = re.search(r"<body([^>]*)>", dom)
    assert match, dom[:500]
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', match.group(1)))


def test_whole_graph_draws_every_actor_without_errors(server: str, tmp_path: Path) -> None:
    dom, console = load(f"{server}/explorer", tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready", data
    import httpx

    assert int(data["nodes"]) == httpx.get(f"{server}/stats").json()["actors"]
    assert "<canvas" in dom
    assert console == []
    assert "pwned" not in data


def test_neighbourhood_page_and_screenshot(server: str, tmp_path: Path) -> None:
    import httpx

    found = httpx.get(f"{server}/actors", params={"q": "depot"}).json()["items"]
    url = f"{server}/explorer/{found[0]['id']}"
    dom, console = load(url, tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready" and int(data["nodes"]) == 2
    assert console == []
    assert "pwned" not in data
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    shot.unlink(missing_ok=True)
    load(f"{server}/explorer", tmp_path, screenshot=shot)
    assert shot.stat().st_size > 10_000
