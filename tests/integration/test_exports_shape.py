"""Issue 15: a workspace synced through the real server exports who created and last changed each record, and the
server's export has the laptop's sheets and columns for the same records (both databases)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from score_desktop.exchange.workspace_export import export_workspace
from tests.builders import make_enterprise, make_kpi_reading, make_observation, make_visit
from tests.support.sync import signed_in_workspace, sync_until_quiet

pytestmark = pytest.mark.integration


def _without_moments(row: dict) -> dict:
    """Moments differ by design: the laptop keeps when the trainer made a record, the server when it stored it."""
    return {header: value for header, value in row.items() if "UTC" not in header}


def _sheets(path) -> dict[str, tuple[list, dict]]:
    """Each sheet: its headers and its rows by ID."""
    workbook = load_workbook(path)
    found = {}
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        found[sheet.title] = (list(rows[0]), {row[0]: dict(zip(rows[0], row)) for row in rows[1:]})
    return found


def test_a_synced_workspace_and_the_server_export_the_same_shape_with_the_accounts(server, tmp_path, cli):
    trainer = server.add_user("trainer")
    ws = signed_in_workspace(tmp_path / "laptop", server, trainer)
    try:
        enterprise = make_enterprise(ws, name="东莞华美制衣厂", sponsors=["Brand A", "Brand B"])
        visit = make_visit(ws, enterprise, module="QM")
        finding = make_observation(ws, visit, topic="QM-01", rating="improve")
        reading = make_kpi_reading(ws, enterprise, visit_id=visit["id"])
        sync_until_quiet(ws)
        colleague = server.device()
        server.assign(colleague.username, enterprise["id"])
        edited = colleague.push_one(colleague.mutation("visit", visit["id"], {"summary": "Second look."},
                                                       base_version=ws.visits.get(visit["id"])["version"]))
        assert edited["status"] == "applied"
        sync_until_quiet(ws)  # brings the colleague's change, and who made it
        laptop_file = tmp_path / "laptop.xlsx"
        export_workspace(ws, "xlsx", laptop_file, lang="es")
    finally:
        ws.close()
    server_file = tmp_path / "server.xlsx"
    done = server.cli("export", "--format", "xlsx", "-o", str(server_file), "--lang", "es")
    assert done.returncode == 0, done.stderr

    laptop, on_server = _sheets(laptop_file), _sheets(server_file)
    assert list(on_server) == [*laptop, "Conflictos"]  # the server adds its open conflicts
    for title, (headers, _rows) in laptop.items():
        assert on_server[title][0] == headers, title
    visit_row = laptop["Visitas"][1][visit["id"]]
    assert (visit_row["Creado por"], visit_row["Último cambio por"]) == (trainer, colleague.username)
    assert visit_row["Resumen"] == "Second look." and visit_row["Capacitador(a) (cuenta)"] == trainer
    for title, record_id in (("Empresas", enterprise["id"]), ("Hallazgos", finding["id"]),
                             ("Lecturas de KPI", reading["id"])):
        row = laptop[title][1][record_id]
        assert row["Creado por"] == row["Último cambio por"] == trainer, title
    # The same records read the same from either side, words and all.
    for title, record_id in (("Visitas", visit["id"]), ("Hallazgos", finding["id"]),
                             ("Lecturas de KPI", reading["id"]), ("Empresas", enterprise["id"])):
        mine, theirs = laptop[title][1][record_id], on_server[title][1][record_id]
        assert _without_moments(mine) == _without_moments(theirs), title
