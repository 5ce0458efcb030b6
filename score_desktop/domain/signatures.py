"""The two signatures of a visit, drawn on the laptop and kept as vectors in the visit's ``signatures`` field.

The field holds one object per signatory::

    {"trainer":    {"name": "Wang Fang", "position": "SCORE trainer", "signed_at": "2026-11-20",
                    "strokes": [[x0, y0, x1, y1, ...], ...]},
     "enterprise": {"name": "李娜", "position": "EIT chair", "signed_at": "2026-11-20", "strokes": [...]}}

A stroke is one touch of the pen, mouse or finger: its points as whole numbers in a box of
:data:`BOX_WIDTH` x :data:`BOX_HEIGHT` units, origin at the top left, y downwards (as on the pad). Vectors rather
than a picture: the report draws them crisp at any size, and a signature costs a few kilobytes in a sync.

Older records may name a photographed signature (``photo_id``); it is read and kept. Anything unreadable is
ignored rather than refused: a signature drawn by a newer app must not stop this one from printing the visit.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from typing import Any, Iterable

ROLES = ("trainer", "enterprise")
BOX_WIDTH, BOX_HEIGHT = 1000, 300
#: Bounds that keep one signature to a few tens of kilobytes however long someone scribbles.
MAX_STROKES = 200
MAX_POINTS = 6000

Point = tuple[int, int]
Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signer:
    """One signatory: who, and what they drew (empty until they sign)."""

    role: str
    name: str = ""
    position: str = ""
    #: The day the signature was drawn, YYYY-MM-DD.
    signed_at: str | None = None
    strokes: tuple[Stroke, ...] = ()
    #: A photographed signature (records made before signatures were drawn).
    photo_id: str | None = None
    #: Members written by a newer app, kept as they came.
    extra: tuple[tuple[str, Any], ...] = ()

    @property
    def drawn(self) -> bool:
        return any(len(stroke) > 0 for stroke in self.strokes)

    def drawing(self, strokes: Iterable[Iterable[Point]], today: dt.date) -> "Signer":
        """This signer with ``strokes`` as their signature, dated ``today`` (no strokes: not signed)."""
        kept = tuple(stroke for stroke in (_clean_stroke(s) for s in strokes) if stroke)
        return replace(self, strokes=kept, signed_at=today.isoformat() if kept else None)


def parse(raw: Any) -> dict[str, Signer]:
    """The signers of a ``signatures`` value, one per role (empty ones for the roles nobody filled)."""
    if isinstance(raw, list):  # an early form: a list of objects with a "role"
        raw = {item.get("role"): item for item in raw if isinstance(item, dict)}
    if not isinstance(raw, dict):
        raw = {}
    return {role: _signer(role, raw.get(role)) for role in ROLES}


def _signer(role: str, entry: Any) -> Signer:
    if not isinstance(entry, dict):
        return Signer(role)
    known = ("name", "position", "signed_at", "strokes", "photo_id", "role")
    signed_at = entry.get("signed_at")
    return Signer(role=role, name=_text(entry.get("name")), position=_text(entry.get("position")),
                  signed_at=signed_at if isinstance(signed_at, str) and signed_at else None,
                  strokes=_strokes(entry.get("strokes")),
                  photo_id=entry.get("photo_id") if isinstance(entry.get("photo_id"), str) else None,
                  extra=tuple((key, value) for key, value in entry.items() if key not in known))


def to_json(signers: dict[str, Signer]) -> dict[str, Any]:
    """The ``signatures`` value for these signers (only what each has)."""
    value: dict[str, Any] = {}
    for role in ROLES:
        signer = signers.get(role)
        if signer is None:
            continue
        entry: dict[str, Any] = dict(signer.extra)
        if signer.name:
            entry["name"] = signer.name
        if signer.position:
            entry["position"] = signer.position
        if signer.signed_at:
            entry["signed_at"] = signer.signed_at
        if signer.strokes:
            entry["strokes"] = [[coordinate for point in stroke for coordinate in point] for stroke in signer.strokes]
        if signer.photo_id:
            entry["photo_id"] = signer.photo_id
        if entry:
            value[role] = entry
    return value


def complete(signers: dict[str, Signer]) -> bool:
    """Both have signed, and the enterprise's representative has a name."""
    return all(signers[role].drawn for role in ROLES) and bool(signers["enterprise"].name.strip())


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _strokes(raw: Any) -> tuple[Stroke, ...]:
    if not isinstance(raw, list):
        return ()
    strokes: list[Stroke] = []
    budget = MAX_POINTS
    for item in raw[:MAX_STROKES]:
        if not isinstance(item, list) or len(item) % 2:
            continue
        points = tuple(zip(item[0::2], item[1::2]))
        stroke = _clean_stroke(points[:budget])
        if stroke:
            strokes.append(stroke)
            budget -= len(stroke)
        if budget <= 0:
            break
    return tuple(strokes)


def _coordinate(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _clean_stroke(points: Iterable[Any]) -> Stroke:
    """Whole numbers inside the box; points that do not move are dropped (a resting pen sends many)."""
    cleaned: list[Point] = []
    for point in points:
        try:
            x, y = point
        except (TypeError, ValueError):
            continue
        if not (_coordinate(x) and _coordinate(y)):
            continue
        clamped = (min(BOX_WIDTH, max(0, round(x))), min(BOX_HEIGHT, max(0, round(y))))
        if not cleaned or cleaned[-1] != clamped:
            cleaned.append(clamped)
    return tuple(cleaned[:MAX_POINTS])
