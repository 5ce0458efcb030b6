"""Hybrid logical clock (Kulkarni et al.), in the wire form of docs/sync-protocol.md.

An HLC reads ``<milliseconds>-<counter>-<device_id>``, e.g. ``1714637643120-0003-<device_id>``. Two HLCs compare
as (milliseconds, counter) as integers, then device id as a string. The clock never runs backwards, even when the
laptop's wall clock does, and stays ahead of every HLC it has seen from others.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.millis}-{self.counter:04d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        """Parse the wire form; the device id may itself contain dashes (it is a UUID)."""
        try:
            millis, counter, device_id = text.split("-", 2)
            return cls(int(millis), int(counter), device_id)
        except (ValueError, AttributeError):
            raise ValueError(f"not a hybrid logical clock value: {text!r}") from None


def hlc_key(text: str) -> tuple[int, int, str]:
    """A sort key for wire HLC strings (string comparison would be wrong once counters pass 9999)."""
    stamp = Timestamp.parse(text)
    return stamp.millis, stamp.counter, stamp.device_id


class HybridLogicalClock:
    """Issues increasing timestamps for one device. ``wall`` returns milliseconds (injectable for tests)."""

    def __init__(self, device_id: str, *, last: Timestamp | None = None,
                 wall: Callable[[], int] | None = None) -> None:
        self.device_id = device_id
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Timestamp:
        return Timestamp(self._millis, self._counter, self.device_id)

    def now(self) -> Timestamp:
        """A timestamp later than every one this clock issued or received."""
        wall = self._wall()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return self.last

    def receive(self, remote: Timestamp) -> Timestamp:
        """Move past a timestamp seen from another device (so our next edit orders after it)."""
        wall = self._wall()
        millis = max(wall, self._millis, remote.millis)
        if millis == self._millis == remote.millis:
            counter = max(self._counter, remote.counter) + 1
        elif millis == self._millis:
            counter = self._counter + 1
        elif millis == remote.millis:
            counter = remote.counter + 1
        else:
            counter = 0
        self._millis, self._counter = millis, counter
        return self.last
