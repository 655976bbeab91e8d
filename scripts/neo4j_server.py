"""Build and start a Neo4j 5.26 Community server with Bolt on loopback, stop it on a signal.

The server is Neo4j's own test harness (`org.neo4j.test:neo4j-harness` from Maven Central)
in one JVM, started by the small launcher in scripts/neo4j-launcher/. Maven fetches it
once into ~/.m2 (about 180 MB) and compiles the launcher; later starts reuse both. Needs
Java 17+ and Maven on the PATH. The test suite (tests/neo4j_server.py) and the Neo4j
benchmark start it this way; so can anyone who wants to try actorgraph on Neo4j::

    python scripts/neo4j_server.py --port 7687      # prints bolt://127.0.0.1:7687 when ready
    export ACTORGRAPH_STORE=bolt://127.0.0.1:7687 ACTORGRAPH_NEO4J_PASSWORD=...

It runs in the foreground until SIGTERM or Ctrl-C, then stops the server. The database
lives in a fresh folder (under --dir, or a temporary one) and is deleted when it stops;
with --data DIR it lives in DIR and is kept, so the next start on DIR finds it again
(Neo4j's embedded database instead of its test harness; same server otherwise).
As a library::

    server = start(tmp_path)          # Neo4jServer(url, user, password, version, process)
    ...
    stop(server.process)
    kept = start(tmp_path, keep_data=True)    # the database in tmp_path/data, kept
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import fcntl
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

HOST = "127.0.0.1"
USER = "neo4j"
DATABASE = "neo4j"
LAUNCHER = Path(__file__).resolve().parent / "neo4j-launcher"
TARGET = LAUNCHER / "target"
MAIN_CLASS = "org.actorgraph.neo4jlauncher.Main"
PASSWORD_VARIABLE = "NEO4J_LAUNCHER_PASSWORD"  # read by the launcher (not on its command line)
READY = "READY "
LOG_NAME = "neo4j.out"
DATA_NAME = "data"  # the kept database's folder under the root (keep_data=True)
HEAP = "768m"
PAGE_CACHE_MB = 64
START_TIMEOUT = 240.0  # a cold JVM on a busy 2-core machine takes ~30 s
BUILD_TIMEOUT = 1800.0  # the first Maven download (~180 MB)
STOP_TIMEOUT = 30.0
PR_SET_PDEATHSIG = 1  # prctl(2)


class ServerStartError(RuntimeError):
    """The launcher could not be built, or the server did not start in time."""


@dataclass(frozen=True, slots=True)
class Neo4jServer:
    url: str
    user: str
    password: str
    version: str  # e.g. "5.26.0 community", from CALL dbms.components()
    process: subprocess.Popen[bytes]
    log: Path


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _sources_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted([LAUNCHER / "pom.xml", *(LAUNCHER / "src").rglob("*.java")]):
        digest.update(path.relative_to(LAUNCHER).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _classpath_file() -> Path:
    return TARGET / "classpath.txt"


def _built(digest: str) -> list[str] | None:
    """The launcher's class path if a build of these sources is complete, else None."""
    stamp = TARGET / "build.stamp"
    try:
        if stamp.read_text(encoding="utf-8") != digest:
            return None
        jars = _classpath_file().read_text(encoding="utf-8").strip().split(os.pathsep)
    except OSError:
        return None
    entries = [str(TARGET / "classes"), *jars]
    # A cleaned ~/.m2 takes the jars away: build (download) again.
    return entries if all(Path(entry).exists() for entry in entries) else None


def build(*, timeout: float = BUILD_TIMEOUT) -> list[str]:
    """Compile the launcher and resolve its class path with Maven (once per source change).

    Returns the class path entries. A lock file makes concurrent callers wait for one build.
    """
    digest = _sources_digest()
    found = _built(digest)
    if found is not None:
        return found
    maven = shutil.which("mvn")
    if maven is None:
        raise ServerStartError("Maven (mvn) is not on the PATH; install it (apt-get install maven)")
    TARGET.mkdir(exist_ok=True)
    with (TARGET / ".build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = _built(digest)  # built by another process while this one waited
        if found is not None:
            return found
        command = [
            maven,
            "--batch-mode",
            "--quiet",
            "compile",
            "dependency:build-classpath",
            f"-Dmdep.outputFile={_classpath_file()}",
        ]
        try:
            done = subprocess.run(
                command, cwd=LAUNCHER, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            raise ServerStartError(f"Maven did not finish within {timeout:.0f} s") from None
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
            raise ServerStartError(
                f"building the Neo4j launcher failed ({' '.join(command)} in {LAUNCHER}):\n{tail}"
            )
        (TARGET / "build.stamp").write_text(digest, encoding="utf-8")
    found = _built(digest)
    if found is None:
        raise ServerStartError(f"Maven finished but left no usable class path in {TARGET}")
    return found


def java() -> str:
    home = os.environ.get("JAVA_HOME")
    candidate = Path(home, "bin", "java") if home else None
    if candidate is not None and candidate.is_file():
        return str(candidate)
    found = shutil.which("java")
    if found is None:
        raise ServerStartError("no Java runtime: install Java 17 (or set JAVA_HOME)")
    return found


def server_command(
    root: Path,
    classpath: list[str],
    *,
    port: int,
    heap: str,
    page_cache_mb: int,
    keep_data: bool = False,
) -> list[str]:
    """The launcher's command line: a fresh database under `root`, or with `keep_data`
    the database in `root`/data, kept when the server stops."""
    where = ["--data", str(root / DATA_NAME)] if keep_data else ["--dir", str(root)]
    return [
        java(),
        f"-Xms{heap}",
        f"-Xmx{heap}",
        "-XX:+UseSerialGC",  # a small heap on a shared machine: no parallel GC threads
        "-XX:+ExitOnOutOfMemoryError",
        "-cp",
        os.pathsep.join(classpath),
        MAIN_CLASS,
        *where,
        "--host",
        HOST,
        "--port",
        str(port),
        "--page-cache-mb",
        str(page_cache_mb),
    ]


def log_tail(log: Path, lines: int = 30) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


def _ready_line(log: Path) -> str | None:
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(READY):
            return line
    return None


def _die_with_parent() -> None:
    """In the child before exec (Linux): SIGTERM when the starting thread's process dies."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the launcher still exits when its standard input closes


class _EarlyExitError(Exception):
    """The server process ended while starting."""


def start(
    root: str | os.PathLike[str],
    *,
    port: int | None = None,
    password: str | None = None,
    heap: str = HEAP,
    page_cache_mb: int = PAGE_CACHE_MB,
    timeout: float = START_TIMEOUT,
    die_with_parent: bool = True,
    keep_data: bool = False,
) -> Neo4jServer:
    """Build the launcher if needed, start a server under `root`, wait until it is ready.

    With `keep_data` the database lives in `root`/data and outlives the server: a later
    start with the same `root` (and `keep_data`) serves the same data again; give it the
    same `password` (and `port`) to let clients of the first server carry on.

    The server stops when `stop(server.process)` is called, and also when this process
    dies (its standard input, a pipe from here, closes; on Linux it is signalled too).
    Without `port`, a free one is picked (and a start that loses it to another program
    is tried once more). Raises ServerStartError with the tail of the server log.
    """
    classpath = build()
    folder = Path(root).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    password = password or secrets.token_urlsafe(16)
    deadline = time.monotonic() + timeout
    tries = 1 if port is not None else 2
    while True:
        tries -= 1
        chosen = port if port is not None else free_port()
        try:
            return _start_once(
                folder,
                classpath,
                chosen,
                password,
                heap,
                page_cache_mb,
                deadline,
                die_with_parent,
                keep_data,
            )
        except _EarlyExitError as exited:
            if not tries or time.monotonic() >= deadline:
                raise ServerStartError(str(exited)) from None


def _start_once(
    root: Path,
    classpath: list[str],
    port: int,
    password: str,
    heap: str,
    page_cache_mb: int,
    deadline: float,
    die_with_parent: bool,
    keep_data: bool,
) -> Neo4jServer:
    command = server_command(
        root, classpath, port=port, heap=heap, page_cache_mb=page_cache_mb, keep_data=keep_data
    )
    log = root / LOG_NAME
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=root,
            stdin=subprocess.PIPE,  # never written; its end tells the launcher to exit
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, PASSWORD_VARIABLE: password},
            start_new_session=True,  # a Ctrl-C in the terminal reaches Python, not Java
            preexec_fn=_die_with_parent if die_with_parent and sys.platform == "linux" else None,
        )
    try:
        while time.monotonic() < deadline:
            line = _ready_line(log)
            if line is not None:
                url, _, version = line.removeprefix(READY).partition(" Neo4j ")
                return Neo4jServer(url, USER, password, version.strip(), process, log)
            if process.poll() is not None:
                raise _EarlyExitError(
                    f"Neo4j exited with code {process.returncode} while starting "
                    f"(log {log}):\n{log_tail(log)}"
                )
            time.sleep(0.2)
    except BaseException:
        stop(process)
        raise
    stop(process)
    raise ServerStartError(
        f"Neo4j was not ready on port {port} within the time allowed (log {log}):\n{log_tail(log)}"
    )


def stop(process: subprocess.Popen[bytes], *, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the server (SIGTERM: Neo4j shuts down cleanly), killing it if it hangs."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
    if process.stdin is not None:
        process.stdin.close()


def _serve(args: argparse.Namespace, root: Path, *, keep_data: bool = False) -> int:
    given = os.environ.get("ACTORGRAPH_NEO4J_PASSWORD") or None
    try:
        server = start(
            root,
            port=args.port,
            password=given,
            heap=args.heap,
            die_with_parent=True,
            keep_data=keep_data,
        )
    except ServerStartError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stopping = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(server.url, flush=True)
    shown = "from ACTORGRAPH_NEO4J_PASSWORD" if given else server.password
    print(
        f"# Neo4j {server.version} ready; user {server.user}, password {shown}; "
        "SIGTERM or Ctrl-C stops it",
        file=sys.stderr,
        flush=True,
    )
    try:
        while not stopping and server.process.poll() is None:
            time.sleep(0.2)
    finally:
        stop(server.process)
    if not stopping:
        print(f"error: Neo4j exited with code {server.process.returncode}", file=sys.stderr)
        print(log_tail(server.log), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="parent folder of a fresh database, deleted on stop (default: temporary)",
    )
    where.add_argument(
        "--data",
        type=Path,
        default=None,
        help="keep the database in DATA/data and the log in DATA, across stops and starts",
    )
    parser.add_argument("--heap", default=HEAP, help=f"JVM heap (default {HEAP})")
    parser.add_argument(
        "--build-only", action="store_true", help="fetch and compile the launcher, then exit"
    )
    args = parser.parse_args(argv)
    if args.build_only:
        try:
            build()
        except ServerStartError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return 0
    if args.data is not None:
        return _serve(args, args.data, keep_data=True)
    if args.dir is not None:
        return _serve(args, args.dir)
    with tempfile.TemporaryDirectory(prefix="actorgraph-neo4j-") as tmp:
        return _serve(args, Path(tmp))


if __name__ == "__main__":
    raise SystemExit(main())
