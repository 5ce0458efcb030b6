"""A requests session that misbehaves like hotel Wi-Fi: refused connections, lost answers, 5xx, cut bodies.

Injected into the sync's transport (STYLE.md habit 4), in front of the real server on loopback.
"""

from __future__ import annotations

import random
import time

import requests
from requests.structures import CaseInsensitiveDict

FAULTS = ("refused", "lost", "500", "502", "503", "429", "truncated", "slow")


class FaultySession(requests.Session):
    """Each request meets a fault with probability ``rate`` (drawn from ``faults``), from a seeded RNG."""

    def __init__(self, rng: random.Random, *, rate: float = 0.3, faults: tuple[str, ...] = FAULTS,
                 latency_s: float = 0.02) -> None:
        super().__init__()
        self.rng = rng
        self.rate = rate
        self.faults = faults
        self.latency_s = latency_s
        self.injected: dict[str, int] = {}

    def request(self, method, url, *args, **kwargs):
        fault = self.rng.choice(self.faults) if self.rng.random() < self.rate else None
        if fault is None:
            return super().request(method, url, *args, **kwargs)
        self.injected[fault] = self.injected.get(fault, 0) + 1
        if fault == "refused":
            raise requests.ConnectionError("injected: connection refused before sending")
        if fault == "lost":
            super().request(method, url, *args, **kwargs)  # the server did the work...
            raise requests.ConnectionError("injected: the answer was lost")  # ...the laptop never heard
        if fault == "slow":
            time.sleep(self.latency_s)
            return super().request(method, url, *args, **kwargs)
        if fault == "truncated":
            response = super().request(method, url, *args, **kwargs)
            if response.content and len(response.content) > 2:
                response._content = response.content[: len(response.content) // 2]
            return response
        return self._fake(int(fault), url)

    @staticmethod
    def _fake(status: int, url: str) -> requests.Response:
        response = requests.Response()
        response.status_code = status
        response.url = url
        response.headers = CaseInsensitiveDict({"Content-Type": "text/html"})
        if status == 429:
            response.headers["Retry-After"] = "0"
        response._content = b"<html>proxy error</html>"
        return response
