"""Freed heap memory handed back to the system (graph/heap.py)."""

from __future__ import annotations

import sys

import pytest

from actorgraph.graph.heap import release_freed_heap, resident_bytes


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/statm")
def test_resident_bytes_follows_the_memory_the_process_touches() -> None:
    before = resident_bytes()
    assert before is not None and abs(before / 2**20 - _rss_mb()) < 8
    block = bytearray(b"\x01") * (64 * 2**20)  # written, so resident
    after = resident_bytes()
    assert after is not None and after - before > 60 * 2**20
    assert len(block) == 64 * 2**20
