"""benchmarks.api_load: rounds in turns, code trees compared in one run, and the
summary over the rounds (no server started: the figures are made up)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks import api_load
from benchmarks.api_load import Block, Result

CONNECTIONS = "GET /actors/{id}/connections (by degree)"


def phase(name: str, requests: int, cpu_s: float, body_bytes: int = 0) -> Result:
    """A phase of `requests` answers in 2 s, `cpu_s` of server CPU in all."""
    return Result(name, requests, 0, 2.0, [10.0] * requests, body_bytes, cpu_s)


def block(code: str, number: int, health: int, answered: int, cpu_s: float) -> Block:
    return Block(
        code,
        number,
        [
            phase("GET /health (before)", health, 0.1),
            phase(CONNECTIONS, answered, cpu_s, answered * 2048),
            phase("GET /health (after)", health, 0.1),
        ],
    )


def test_each_round_is_a_ratio_to_its_own_health() -> None:
    blocks = [
        block("after", 1, 200, 100, 0.5),  # 50 req/s against 100: 0.5; 5 ms each
        block("before", 1, 200, 40, 0.4),  # 20 req/s against 100: 0.2; 10 ms each
        block("after", 2, 100, 80, 0.4),  # 40 req/s against 50: 0.8; 5 ms each
        block("before", 2, 100, 20, 0.4),  # 10 req/s against 50: 0.2; 20 ms each
    ]
    table = api_load.summary(blocks, [CONNECTIONS]).splitlines()
    assert table[0] == "| over the rounds | after | before |"
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in table[2:]]
    rows = {row[0]: row[1:] for row in cells}
    assert rows[f"{CONNECTIONS}: req/s ÷ GET /health"] == ["0.500–0.800", "0.200"]
    assert rows[f"{CONNECTIONS}: server CPU ms/request"] == ["5.00", "10.00–20.00"]
    assert rows[f"{CONNECTIONS}: KiB/response"] == ["2.0", "2.0"]
    assert rows["GET /health: req/s"] == ["50–100", "50–100"]
    assert "GET /health: KiB/response" not in rows


@pytest.mark.parametrize(
    ("values", "form", "shown"),
    [([1.0, 2.5], ".1f", "1.0–2.5"), ([0.1234, 0.1236], ".2f", "0.12"), ([7.0], ".0f", "7")],
)
def test_a_range_is_one_figure_when_its_ends_print_the_same(
    values: list[float], form: str, shown: str
) -> None:
    assert api_load.spread(values, form) == shown


def test_a_tree_to_compare_must_hold_the_package(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not a source tree"):
        api_load.start_server(tmp_path, 1, tree=tmp_path)


def test_a_tree_to_compare_is_the_code_its_server_imports(tmp_path: Path) -> None:
    # Run from this checkout (as the benchmark is), a server of another tree must import
    # that tree's package, not the checkout's that `python -m` finds first in its folder.
    tree = tmp_path / "older"
    (tree / "actorgraph").mkdir(parents=True)
    (tree / "actorgraph" / "__init__.py").write_text("")
    command, env, cwd = api_load.server_launch(tmp_path, 1, tree=tree)
    probe = [command[0], "-c", "import actorgraph; print(actorgraph.__file__)"]
    found = subprocess.run(probe, env=env, cwd=cwd, capture_output=True, text=True, check=True)
    assert Path(found.stdout.strip()).resolve() == (tree / "actorgraph" / "__init__.py").resolve()
    _, _, own = api_load.server_launch(tmp_path, 1)
    assert own is None  # this checkout's server runs where the benchmark runs


def test_servers_are_launched_on_the_parser_and_loop_asked_for(tmp_path: Path) -> None:
    command, _, _ = api_load.server_launch(tmp_path, 1)
    assert command[command.index("--http") + 1] == "auto"  # httptools and uvloop, installed
    assert command[command.index("--loop") + 1] == "auto"
    command, _, _ = api_load.server_launch(tmp_path, 1, http="h11", loop="asyncio")
    assert command[command.index("--http") + 1] == "h11"
    assert command[command.index("--loop") + 1] == "asyncio"


@pytest.mark.parametrize(
    ("http", "loop", "stack"),
    [("auto", "auto", "httptools + uvloop"), ("h11", "asyncio", "h11 + asyncio")],
)
def test_a_launched_server_has_loaded_the_parser_and_loop_asked_for(
    tmp_path: Path, http: str, loop: str, stack: str
) -> None:
    port = api_load.free_port()
    server = api_load.start_server(tmp_path, port, http=http, loop=loop)
    try:
        api_load.wait_ready(f"http://127.0.0.1:{port}", server)
        assert api_load.server_stack(server.pid) == stack
        assert 20 < api_load.peak_rss_mb(server.pid) < 500
    finally:
        api_load.stop_server(server)


def test_the_summary_names_each_servers_stack_and_peak_memory() -> None:
    blocks = [
        replace(block("after", 1, 200, 100, 0.5), stack="httptools + uvloop", peak_rss_mb=310.0),
        replace(block("before", 1, 200, 40, 0.4), stack="h11 + asyncio", peak_rss_mb=300.0),
        replace(block("after", 2, 200, 100, 0.5), stack="httptools + uvloop", peak_rss_mb=330.0),
        replace(block("before", 2, 200, 40, 0.4), stack="h11 + asyncio", peak_rss_mb=300.4),
    ]
    table = api_load.summary(blocks, [CONNECTIONS]).splitlines()
    rows = {
        row[0]: row[1:] for row in ([c.strip() for c in x.strip("|").split("|")] for x in table[2:])
    }
    assert rows["server: HTTP parser + event loop"] == ["httptools + uvloop", "h11 + asyncio"]
    assert rows["server: peak RSS MB"] == ["310–330", "300"]


def test_the_summary_gives_each_servers_page_cache_hit_rate() -> None:
    cached = block("this checkout", 1, 200, 100, 0.5)
    phases = [replace(p, cache_hits=75, cache_told=100) if p.name == CONNECTIONS else p
              for p in cached.phases]
    blocks = [replace(cached, phases=phases), block(api_load.NO_PAGE_CACHE, 1, 200, 40, 0.4)]
    table = api_load.summary(blocks, [CONNECTIONS]).splitlines()
    rows = {
        row[0]: row[1:] for row in ([c.strip() for c in x.strip("|").split("|")] for x in table[2:])
    }
    assert rows[f"{CONNECTIONS}: page cache hit rate"] == ["0.750", "–"]
    assert "| 75.0% |" in api_load.markdown(phases, blocks[0].baseline, "t")


def test_a_server_with_and_without_its_page_cache_is_counted_so(tmp_path: Path) -> None:
    """The hits a phase counts are the answers the server's page cache gave; a server
    with the cache off (ACTORGRAPH_PAGE_CACHE_BYTES=0) says none."""
    import asyncio

    from actorgraph.graph.ladybug_store import LadybugStore
    from tests.samples import fill

    with LadybugStore(tmp_path / "ladybug") as store:
        fill(store)
        actors = [a.id for a in store.search_actors("", limit=100)]
    paths = [f"/actors/{a}/connections" for a in actors]
    counted = {}
    for name, own in (("on", {}), ("off", {api_load.PAGE_CACHE_SETTING: "0"})):
        port = api_load.free_port()
        base = f"http://127.0.0.1:{port}"
        settings = {"ACTORGRAPH_STORE": "ladybug", **own}
        server = api_load.start_server(tmp_path, port, settings)
        try:
            api_load.wait_ready(base, server)
            counted[name] = asyncio.run(
                api_load.load(name, base, paths, concurrency=2, seconds=30, max_requests=40)
            )
        finally:
            api_load.stop_server(server)
    on, off = counted["on"], counted["off"]
    assert on.errors == off.errors == 0
    assert on.cache_told == on.requests
    # Every page was read by the warm-up or the first pass; the rest are answered kept.
    assert len(paths) * 2 <= 40 and on.cache_hits >= on.requests - len(paths)
    assert off.cache_told == 0 and not off.cache_hits
