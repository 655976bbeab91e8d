"""Freed heap memory handed back to the system (graph/heap.py)."""

from __future__ import annotations

import sys

import pytest

from actorgraph.graph.heap import release_freed_heap


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_between_live_blocks_goes_back_to_the_system() -> None:
    # Blocks above pymalloc's size come from malloc; keeping one in sixteen alive leaves
    # the freed ones between them, which free() alone cannot return.
    blocks = [bytearray(8192) for _ in range(12_000)]
    kept = blocks[::16]
    del blocks
    before = _rss_mb()
    assert release_freed_heap() is True
    assert before - _rss_mb() > 40  # of about 90 MB freed
    assert len(kept) == 750
