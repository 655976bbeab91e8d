"""Giving the memory a process has freed back to the system.

glibc's allocator keeps freed memory for reuse, so a process's resident size stays at its
high-water mark long after the work that needed it: a Ladybug checkpoint of a
million-statement graph frees most of what it took, yet the writer kept about 500 MB of it
(see docs/performance.md). `malloc_trim` hands the free pages back.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def release_freed_heap() -> bool:
    """Return the heap's free pages to the system; True when the allocator gave any back."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


def resident_bytes() -> int | None:
    """This process's resident memory now, or None where /proc does not say (not Linux)."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return None
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE") if len(fields) > 1 else None
