"""KPI readings in a workspace: an enterprise's series per KPI (baseline, latest, change), a reading's history with
its corrections, and saving a reading the way DESIGN.md section 4 asks.

A reading that may have reached the server is never edited in place: saving a change to it creates a new reading
that supersedes it (``supersedes_id``), so every laptop and the coordinator keep both and see which one counts. A
reading that has never left this laptop is simply updated (its pending outbox mutation takes the change).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from score_desktop.domain.catalog import Catalog, KpiDefinition
from score_desktop.domain.entities import KPI_READING
from score_desktop.domain.kpis import Change, change
from score_desktop.store.outbox import ACKED, IN_FLIGHT
from score_desktop.store.records import Record, from_row
from score_desktop.store.workspace import Workspace


@dataclass
class KpiSeries:
    """One KPI of an enterprise: the readings that count (corrections applied), oldest period first."""

    code: str
    definition: KpiDefinition | None
    readings: list[Record]
    #: Every reading of the KPI, superseded ones included, oldest period first (the history).
    history: list[Record] = field(default_factory=list)

    @property
    def baseline(self) -> Record:
        return next((r for r in self.readings if r["phase"] == "baseline"), self.readings[0])

    @property
    def latest(self) -> Record:
        return self.readings[-1]

    @property
    def change(self) -> Change:
        if self.latest is self.baseline:
            return Change(None, None)
        return change(self.definition, self.baseline["value"], self.latest["value"])


def live_readings(ws: Workspace, enterprise_id: str) -> list[Record]:
    """Every live reading of the enterprise, by period (a correction after the reading it corrects)."""
    return _readings(ws, "enterprise_id = ?", (enterprise_id,), "period_end, period_start, created_at, rowid")


def superseded_ids(readings: list[Record]) -> set[str]:
    return {r["supersedes_id"] for r in readings if r.get("supersedes_id")}


def superseded_among(ws: Workspace, reading_ids: list[str]) -> set[str]:
    """Which of these readings a live correction replaces (wherever the correction was entered)."""
    if not reading_ids:
        return set()
    marks = ", ".join("?" * len(reading_ids))
    return {row[0] for row in ws.conn.execute(
        f"SELECT supersedes_id FROM kpi_reading WHERE deleted = 0 AND supersedes_id IN ({marks})", reading_ids)}


def kpi_series(ws: Workspace, enterprise_id: str, catalog: Catalog) -> list[KpiSeries]:
    """The enterprise's KPIs in catalog order (unknown codes last), each with the readings that count."""
    readings = live_readings(ws, enterprise_id)
    superseded = superseded_ids(readings)
    by_kpi: dict[str, KpiSeries] = {}
    for reading in readings:
        series = by_kpi.get(reading["kpi"])
        if series is None:
            series = by_kpi[reading["kpi"]] = KpiSeries(reading["kpi"], _definition(catalog, reading["kpi"]), [])
        series.history.append(reading)
        if reading["id"] not in superseded and reading.get("value") is not None:
            series.readings.append(reading)
    order = {kpi.code: n for n, kpi in enumerate(catalog.kpis)}
    return sorted((s for s in by_kpi.values() if s.readings), key=lambda s: (order.get(s.code, len(order)), s.code))


def readings_of_visit(ws: Workspace, visit_id: str) -> list[Record]:
    """The readings entered at a visit, corrections included, in the order they were made."""
    return _readings(ws, "visit_id = ?", (visit_id,), "created_at, rowid")


def is_synced(ws: Workspace, reading: Mapping[str, Any]) -> bool:
    """True when the reading may be on the server: it has a server version, or a mutation of it may have been sent."""
    if reading.get("version"):
        return True
    row = ws.conn.execute("SELECT 1 FROM outbox WHERE entity = 'kpi_reading' AND record_id = ? AND state IN (?, ?) "
                          "LIMIT 1", (reading["id"], IN_FLIGHT, ACKED)).fetchone()
    return row is not None


def save_reading(ws: Workspace, reading: Record | None, changes: Mapping[str, Any], *,
                 correcting: Record | None = None) -> Record:
    """Create, update or correct a reading; returns the record now holding the values.

    ``reading`` is the record being edited (None: a new one). A synced reading is not changed: a new reading
    superseding it is made with its fields and ``changes``. ``correcting`` names the reading a new one corrects.
    """
    if reading is not None and is_synced(ws, reading):
        correcting, reading = reading, None
    if reading is not None:
        return ws.kpi_readings.update(reading["id"], **changes)
    fields: dict[str, Any] = {}
    if correcting is not None:
        fields = {name: correcting.get(name) for name in ws.kpi_readings.spec.field_names}
        fields["supersedes_id"] = correcting["id"]
        fields["enterprise_id"] = correcting["enterprise_id"]
    fields.update(changes)
    return ws.kpi_readings.create(**fields)


def _readings(ws: Workspace, where: str, params: tuple, order: str) -> list[Record]:
    # rowid breaks ties: a reading and its correction can be made within the same millisecond.
    cursor = ws.conn.execute(f"SELECT * FROM kpi_reading WHERE {where} AND deleted = 0 ORDER BY {order}", params)
    names = [column[0] for column in cursor.description]
    return [from_row(KPI_READING, dict(zip(names, row))) for row in cursor]


def _definition(catalog: Catalog, code: str) -> KpiDefinition | None:
    try:
        return catalog.kpi(code)
    except KeyError:
        return None
