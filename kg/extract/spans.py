"""The spans of the mentions a document already has, for overlap tests as more are found."""

from __future__ import annotations

import bisect

from kg.model import Mention


class Spans:
    """The spans of mentions taken; overlap tests look at the few that start nearby, not at all.

    Sorted on the first test, as most documents have nothing to test.
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions: list[Mention] | None = mentions
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0

    def _sort(self) -> None:
        if self._mentions is not None:
            ordered = sorted((m.start, m.end) for m in self._mentions)
            self._starts = [s for s, _ in ordered]
            self._ends = [e for _, e in ordered]
            self._longest = max((e - s for s, e in ordered), default=0)
            self._mentions = None

    def overlaps(self, start: int, end: int) -> bool:
        # a span (s, e) overlaps when s < end and start < e, and e <= s + longest
        self._sort()
        low = bisect.bisect_right(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return any(self._ends[i] > start for i in range(low, high))

    def add(self, start: int, end: int) -> None:
        self._sort()
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        self._longest = max(self._longest, end - start)
