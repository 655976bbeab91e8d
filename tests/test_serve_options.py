"""`actorgraph serve` options that size the server for load: the read threads."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from actorgraph import cli
from actorgraph.settings import Settings


def settings_of(*args: str) -> Settings:
    return cli._settings(cli.build_parser().parse_args(list(args)))


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_read_threads_come_from_the_option_or_the_environment(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTORGRAPH_READ_THREADS", "5")
    assert settings_of(command).read_threads == 5
    assert settings_of(command, "--read-threads", "3").read_threads == 3


def test_no_read_thread_is_refused_naming_the_setting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["serve", "--read-threads", "0"]) == 2
    err = capsys.readouterr().err
    assert "read_threads" in err and "ACTORGRAPH_READ_THREADS" in err


def test_the_served_app_reads_on_that_many_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: dict[str, Any] = {}

    def run(server: Any, sockets: list[socket.socket]) -> None:
        served["threads"] = server.config.app.state.actorgraph.reads.threads
        served["access_log"] = server.config.access_log

    monkeypatch.setattr("uvicorn.Server.run", run)
    settings = Settings(data_dir=tmp_path, read_threads=3)
    sock = cli.bind_socket("127.0.0.1", 0)
    cli.serve(settings, sock)
    assert served == {"threads": 3, "access_log": False}


def test_serve_runs_on_the_c_parser_and_uvloop_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    configs: list[Any] = []
    monkeypatch.setattr("uvicorn.Server.run", lambda server, sockets: configs.append(server.config))
    cli.serve(Settings(data_dir=tmp_path), cli.bind_socket("127.0.0.1", 0))
    loop = "uvloop" if sys.platform != "win32" else "asyncio"  # uvloop has no Windows build
    assert cli.serving_stack(configs[0]) == f"httptools + {loop}"
    configs[0].load()  # what uvicorn itself loads at start-up
    assert configs[0].http_protocol_class.__name__ == "HttpToolsProtocol"
    assert f"HTTP parser and event loop: httptools + {loop}\n" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("http", "loop", "stack"),
    [
        ("h11", "asyncio", "h11 + asyncio"),
        ("httptools", "asyncio", "httptools + asyncio"),
        ("h11", "uvloop", "h11 + uvloop"),
    ],
)
def test_the_stack_named_is_the_one_configured(http: str, loop: str, stack: str) -> None:
    assert cli.serving_stack(uvicorn.Config(None, http=http, loop=loop)) == stack
