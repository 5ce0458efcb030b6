"""Which methods each address answers, so that any other gets 405 with all of them in ``Allow``.

Starlette answers such a request with the methods of the first route of the path only ("Allow: OPTIONS" for a
tus upload that takes HEAD, PATCH and OPTIONS), and a fixed path beside a parametrized one falls through to the
latter (``GET /blobs/check`` reached ``/blobs/{sha256}`` and answered 404). The gate (app.py) asks
:meth:`Methods.allowed` before a request reaches the routes.
"""

from __future__ import annotations

import re
from typing import Iterable

from fastapi import APIRouter
from fastapi.routing import APIRoute


class Methods:
    """The methods of every address the routers serve; a fixed path counts before a parametrized one."""

    def __init__(self, routers: Iterable[APIRouter]) -> None:
        self._fixed: dict[str, set[str]] = {}
        self._parametrized: list[tuple[re.Pattern, set[str]]] = []
        for router in routers:
            for route in router.routes:
                if not isinstance(route, APIRoute):
                    continue
                if "{" in route.path:
                    self._parametrized.append((route.path_regex, set(route.methods or ())))
                else:
                    self._fixed.setdefault(route.path, set()).update(route.methods or ())

    def allowed(self, path: str) -> set[str] | None:
        """The methods ``path`` answers, or None when no route serves it (a 404)."""
        if path in self._fixed:
            return self._fixed[path]
        found = [methods for pattern, methods in self._parametrized if pattern.match(path)]
        return set().union(*found) if found else None
