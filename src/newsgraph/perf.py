"""Small helpers for code whose speed is measured by the benchmarks."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration of the block.

    Building a page or a push plan allocates hundreds of thousands of small, acyclic objects;
    the collector's full sweeps over them cost time that grows faster than the input.
    Reference counting still frees everything as usual, and the collector's previous state is
    restored on exit.

    Example:
        >>> import gc
        >>> with gc_paused():
        ...     gc.isenabled()
        False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
