"""Garbage collection around the big passes of a build, and when they may fork.

A build allocates millions of small objects that live until its end (names, mentions,
entities, relations and their evidence) and makes no reference cycles: a collection
right after a 10 MB build, run with the cyclic collector off, finds nothing. With the
collector on, every full collection walks all of those objects again, which took
15-20% of a build. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector off for the duration (as it was before afterwards)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def can_fork() -> bool:
    """Can a pass hand its state to child processes for free? Fork is available, and no
    other thread is running whose locks a child could inherit held."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
