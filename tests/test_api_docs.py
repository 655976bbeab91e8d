"""The documentation pages (/docs, /redoc): served with the app's own assets, drawn by
headless Chromium with every operation, and not a single request outside the app.

Chromium runs behind a recording proxy: the app on 127.0.0.1 is reached directly
(loopback never goes through a proxy), anything else (a CDN, a font, a validator badge)
arrives at the proxy, which notes it and refuses it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shlex
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from actorgraph.api.app import create_app
from actorgraph.api.docs import ASSET_FILES, DOCS_ASSETS
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.settings import Settings
from tests import samples
from tests.live_server import served
from tests.test_api import TOKEN, assert_problem, make_client
from tests.test_explorer_browser import chromium

# ------------------------------------------------------------- without a browser


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_pages_name_only_the_apps_own_assets(tmp_path: Path, page: str) -> None:
    with make_client(None, tmp_path=tmp_path) as client:
        response = client.get(page)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        html = response.text
        urls = re.findall(r"""(?:src|href)=["']([^"']+)""", html)
        assert urls, html
        for url in urls:
            assert url.startswith(f"{DOCS_ASSETS}/"), url
            assert client.get(url).status_code == 200, url
        assert "https://" not in html and "http://" not in html


def test_assets_pass_the_request_guard(tmp_path: Path) -> None:
    asset = f"{DOCS_ASSETS}/{ASSET_FILES[0]}"
    with make_client(
        None, tmp_path=tmp_path, api_token=SecretStr(TOKEN), api_read_token_required=True
    ) as client:
        for url in (asset, "/docs", "/redoc"):
            assert_problem(client.get(url), 401)
            answer = client.get(url, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 200
        assert_problem(client.get(asset, headers={"Host": "rebound.example"}), 400)
    with make_client(None, tmp_path=tmp_path) as client:
        assert client.get(f"{DOCS_ASSETS}/../app.py").status_code == 404
        assert client.get(f"{DOCS_ASSETS}/%2e%2e/docs.py").status_code == 404
        assert client.post(asset, json={}).status_code == 405
        # the pages are no API operations of their own
        paths = client.get("/openapi.json").json()["paths"]
        assert not [p for p in paths if p in ("/docs", "/redoc") or p.startswith(DOCS_ASSETS)]


# ------------------------------------------------------------------ in a browser


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4), so
    that the page's own network requests are seen one by one (Network domain of the
    page's session: the browser's background services are not part of it)."""

    def __init__(self, profile: Path) -> None:
        to_chrome, self._writer = os.pipe()
        self._reader, from_chrome = os.pipe()
        command = " ".join(
            [
                shlex.quote(chromium()),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={shlex.quote(str(profile))}",
                "--window-size=1280,800",
                "--remote-debugging-pipe",
                f"3<&{to_chrome}",
                f"4>&{from_chrome}",
            ]
        )
        self._process = subprocess.Popen(
            ["bash", "-c", f"exec {command}"],
            pass_fds=(to_chrome, from_chrome),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome)
        os.close(from_chrome)
        self._next = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError):
            self._send("Browser.close")
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._writer)
        os.close(self._reader)

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._reader], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._reader, 1 << 16)
            if not chunk:
                raise TimeoutError("Chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._writer, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            answer = self._message(deadline)
            if answer.get("id") == self._next:
                assert "error" not in answer, answer
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)

    def open(self, url: str, ready: str, budget: float = 60) -> tuple[Any, list[str]]:
        """Load `url` and wait until the JavaScript expression `ready` is truthy; its
        value, and the URL of every request the page sent (not those its
        Content-Security-Policy blocked)."""
        target = self._send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self._send("Network.enable", session=session)
        self._send("Page.navigate", {"url": url}, session=session)
        deadline = time.monotonic() + budget
        value: Any = None
        while time.monotonic() < deadline:
            result = self._send(
                "Runtime.evaluate", {"expression": ready, "returnByValue": True}, session
            )
            value = result.get("result", {}).get("value")
            if value:
                break
            time.sleep(0.25)
        time.sleep(1)  # requests the page makes just after it has drawn
        self._send("Runtime.evaluate", {"expression": "1"}, session)
        mine = [e for e in self.events if e.get("sessionId") == session]
        # A request the page's Content-Security-Policy stopped never left the browser.
        blocked = {
            e["params"]["requestId"]
            for e in mine
            if e.get("method") == "Network.loadingFailed"
            and e["params"].get("blockedReason") == "csp"
        }
        requested = [
            e["params"]["request"]["url"]
            for e in mine
            if e.get("method") == "Network.requestWillBeSent"
            and e["params"]["requestId"] not in blocked
        ]
        return value, requested


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    chrome = Browser(tmp_path / "profile")
    yield chrome
    chrome.close()


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = EmbeddedStore(tmp_path_factory.mktemp("docs") / "g.sqlite3")
    samples.fill(store)
    with served(create_app(Settings(), store=store)) as url:
        yield url
    store.close()


def operations(app_url: str) -> list[dict[str, Any]]:
    spec = httpx.get(f"{app_url}/openapi.json", timeout=60).json()
    return [
        {"path": path, "method": method, **op}
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    ]


def outside(app_url: str, requested: list[str]) -> list[str]:
    """Requests to anywhere but the app (a blob: URL is the page's own memory)."""
    return [
        url for url in requested if not url.startswith((f"{app_url}/", f"blob:{app_url}/", "data:"))
    ]


@pytest.mark.browser
def test_requests_outside_the_app_would_be_seen(browser: Browser, tmp_path: Path) -> None:
    # The checks below are only worth something if an outside request shows.
    page = tmp_path / "outside.html"
    page.write_text('<img src="http://assets.example.invalid/logo.png">', encoding="utf-8")
    _, requested = browser.open(page.as_uri(), "document.readyState === 'complete'")
    assert "http://assets.example.invalid/logo.png" in requested, requested


@pytest.mark.browser
def test_swagger_ui_draws_every_operation_offline(app_url: str, browser: Browser) -> None:
    expected = operations(app_url)
    drawn, requested = browser.open(
        f"{app_url}/docs",
        f"document.querySelectorAll('.opblock').length >= {len(expected)} && "
        "[...document.querySelectorAll('.opblock-summary-path')].map(e => e.dataset.path)",
    )
    assert set(drawn) == {op["path"] for op in expected}
    assert f"{app_url}/docs-assets/swagger-ui-bundle.js" in requested
    assert f"{app_url}/openapi.json" in requested
    assert outside(app_url, requested) == []


@pytest.mark.browser
def test_redoc_draws_every_operation_offline(app_url: str, browser: Browser) -> None:
    expected = operations(app_url)
    summaries = json.dumps([op["summary"] for op in expected])
    drawn, requested = browser.open(
        f"{app_url}/redoc",
        f"{summaries}.every(s => document.body.innerText.includes(s)) && "
        "document.querySelectorAll('[data-section-id^=\"operation/\"]').length",
    )
    assert drawn == len(expected)
    assert f"{app_url}/docs-assets/redoc.standalone.js" in requested
    assert outside(app_url, requested) == []
