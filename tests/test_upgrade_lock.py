"""The one-time upgrade of an earlier version's SQLite store is done by one process:
another that opens the same data folder meanwhile waits, says so, and then opens the
Ladybug store the first one made. Checked with real processes."""

from __future__ import annotations

import fcntl
import json
import subprocess
from pathlib import Path

from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.stores import UPGRADE_LOCK
from tests.test_ladybug_store import child_env, cli

UPGRADING = "upgraded: 3 documents"  # said by the process that did it
WAITING = "another process is upgrading"



def start_stats(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli("stats"), env=child_env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


def assert_upgraded_once(data: Path, outputs: list[tuple[int, str, str]]) -> None:
    for code, out, err in outputs:
        assert code == 0, err
        assert "Traceback" not in err
        assert json.loads(out)["documents"] == 3
    assert sum(err.count(UPGRADING) for _, _, err in outputs) == 1
    assert not data.joinpath("ladybug.upgrading").exists()
    with EmbeddedStore(data / "graph.sqlite3") as old, LadybugStore(data / "ladybug") as new:
        assert compare_graphs(old, new) == []


def test_a_process_that_finds_the_upgrade_under_way_waits_and_opens_its_result(
    old_data: Path,
) -> None:
    # This test holds the lock, as a process in the middle of the upgrade would; two
    # processes open the folder, wait, and then race for the lock once it is let go.
    with (old_data / UPGRADE_LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        children = [start_stats(old_data) for _ in range(2)]
        for child in children:
            assert child.stderr is not None
            line = child.stderr.readline()  # blocks until the child says it waits
            assert WAITING in line, line
            assert str(old_data) in line
        assert not (old_data / "ladybug" / DATABASE_FILE).exists()
        fcntl.flock(lock, fcntl.LOCK_UN)
    outputs = []
    for child in children:
        out, err = child.communicate()
        outputs.append((child.returncode, out, err))
    assert_upgraded_once(old_data, outputs)


def test_two_processes_opening_an_old_folder_at_once_upgrade_it_once(old_data: Path) -> None:
    children = [start_stats(old_data) for _ in range(2)]
    outputs = []
    for child in children:
        out, err = child.communicate()
        outputs.append((child.returncode, out, err))
    assert_upgraded_once(old_data, outputs)
