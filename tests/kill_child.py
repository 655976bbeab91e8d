"""Start a child process and SIGKILL it once the store holds enough documents.

Shared by the kill -9 tests of the stores: the caller says how to count stored
documents; waits are bounded (the poll and the child's exit), nothing asserts time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_and_kill(
    command: list[str],
    env: dict[str, str],
    stored: Callable[[], int],
    kill_at: int,
    pause: float,
    *,
    timeout: float = 120.0,
    poll: float = 0.02,
) -> None:
    """Run `command` and SIGKILL it `pause` s after `stored()` reaches `kill_at`.

    Fails (with the child's stderr) when the child ended before it was killed.
    """
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    killed = False
    try:
        deadline = time.monotonic() + timeout
        while child.poll() is None and time.monotonic() < deadline:
            if stored() >= kill_at:
                time.sleep(pause)
                os.kill(child.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(poll)
    finally:
        child.kill()  # also when the poll timed out: no child is left running
        _, stderr = child.communicate(timeout=30)
    assert killed and child.returncode == -signal.SIGKILL, (
        f"the ingest ended ({child.returncode}) before {kill_at} documents were stored: "
        f"{stderr.decode()[-2000:]}"
    )
