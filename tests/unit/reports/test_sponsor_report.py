"""The per-sponsor results report: the figures behind it, the PDF read back, and its command line."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.sponsor_data import UnknownSponsorError, resolve_sponsor, sponsor_report_data, sponsors
from score_desktop.reports.sponsor_report import build_sponsor_report
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading, make_participant,
                            make_training_session, make_visit)
from tests.support.reports import flat, glyph_problems, ink_share, pdf_fonts, pdf_text, render_page

AS_OF = __import__("datetime").date(2026, 11, 28)


@dataclass
class Programme:
    ws: Workspace
    huamei: Record
    xinda: Record
    elsewhere: Record


def _defects(ws: Workspace, enterprise: Record, baseline: float, latest: float) -> None:
    """The defect rate (lower is better) at baseline in October and in a later month."""
    make_kpi_reading(ws, enterprise, value=baseline, numerator=baseline * 40, denominator=4000.0)
    make_kpi_reading(ws, enterprise, value=latest, numerator=latest * 40, denominator=4000.0, phase="progress",
                     period_start="2026-11-01", period_end="2026-11-30")


@pytest.fixture
def programme(workspace) -> Programme:
    """Two suppliers of "ETI Brand" (one also sponsored by another brand) and one factory of another sponsor."""
    huamei = make_enterprise(workspace, sponsors=["ETI Brand"])
    xinda = make_enterprise(workspace, name="新达鞋业有限公司", name_latin="Xinda Shoes", city="Dongguan",
                            sponsors=["Other Brand", "ETI Brand"])
    elsewhere = make_enterprise(workspace, name="Calzado Andino S.A.", name_latin="", city="León",
                                sponsors=["Other Brand"])
    _defects(workspace, huamei, 4.0, 3.0)       # -25 %: better
    _defects(workspace, xinda, 5.0, 4.5)        # -10 %: better
    _defects(workspace, elsewhere, 2.0, 6.0)    # another sponsor's: never in ETI Brand's figures
    for enterprise, module in ((huamei, "WC"), (huamei, "QM"), (xinda, "WC")):
        visit = make_visit(workspace, enterprise, module=module, visit_date="2026-10-15")
        make_action_item(workspace, visit, status="done", due_date="2026-11-01", completed_date="2026-10-30")
        make_action_item(workspace, visit, status="open", due_date="2026-11-10")  # overdue on AS_OF
    make_eit_member(workspace, huamei, name="李娜", side="worker", gender="female")
    make_eit_member(workspace, huamei, name="张伟", side="manager", gender="male")
    make_eit_member(workspace, xinda, name="陈静", side="worker", gender="female")
    session = make_training_session(workspace, huamei, xinda)
    make_participant(workspace, session, huamei, name="王芳", days_present=session["dates"])
    make_participant(workspace, session, xinda, name="刘强", side="manager", gender="male",
                     days_present=session["dates"][:1])
    return Programme(workspace, huamei, xinda, elsewhere)


def test_the_figures_are_the_sponsors_suppliers_only(programme):
    data = sponsor_report_data(programme.ws, "ETI Brand", shipped_catalog(), as_of=AS_OF)
    assert [s.enterprise["id"] for s in data.suppliers] == [programme.huamei["id"], programme.xinda["id"]]
    assert data.modules == ["WC", "QM"]
    assert len(data.visit_dates) == 3
    (defects,) = [kpi for kpi in data.kpis if kpi.code == "defect_rate"]
    assert (defects.suppliers, defects.improved, defects.worse) == (2, 2, 0)  # lower is better: both improved
    assert defects.median_change == pytest.approx(-17.5)
    assert defects.median_improved is True
    assert (data.actions.total, data.actions.on_time, data.actions.open, data.actions.overdue) == (6, 3, 3, 3)
    assert (data.eit_members, data.eit_balance.women, data.eit_balance.managers) == (3, 2, 1)
    assert (data.training.sessions, data.training.participants, data.training.full_attendance) == (1, 2, 1)
    assert (data.training.women, data.training.workers) == (1, 1)


def test_a_sponsor_is_found_whatever_its_case_and_an_unknown_one_names_the_known(programme):
    assert sponsors(programme.ws) == ["ETI Brand", "Other Brand"]
    assert resolve_sponsor(programme.ws, "  eti brand ") == "ETI Brand"
    with pytest.raises(UnknownSponsorError) as raised:
        resolve_sponsor(programme.ws, "Nike")
    assert "Nike" in raised.value.message and "ETI Brand, Other Brand" in raised.value.message


@pytest.mark.parametrize("lang", ["zh_CN", "es"])
def test_the_pdf_names_the_suppliers_their_kpi_change_and_training(programme, tmp_path, lang):
    out = tmp_path / f"sponsor-{lang}.pdf"
    result = build_sponsor_report(programme.ws, "ETI Brand", out, lang=lang, printed=AS_OF)
    text = flat(pdf_text(out))
    assert result.pages >= 1
    assert flat("新达鞋业有限公司") in text and flat("广州华美服装有限公司") in text
    assert flat("Calzado Andino") not in text
    assert ("赞助买家成果报告" if lang == "zh_CN" else "Resultadosparauncompradorpatrocinador") in text
    assert ("−17.5%" if lang == "zh_CN" else "−17,5\u00a0%".replace("\u00a0", "")) in text.replace("\u00a0", "")
    assert ("课堂培训" if lang == "zh_CN" else "Formaciónenaula") in text
    assert all(font["emb"] == "yes" for font in pdf_fonts(out))
    problems, _checked = glyph_problems(out)
    assert problems == []
    assert ink_share(render_page(out, 1, tmp_path)) > 0.01


def test_the_command_line_writes_it_and_answers_mistakes_in_one_line(programme, tmp_path):
    programme.ws.close()
    root = str(programme.ws.paths.root)
    command = [sys.executable, "-m", "score_desktop.cli", "sponsor-report"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "eti.pdf"
    done = subprocess.run([*command, "eti brand", "--workspace", root, "-o", str(out), "--lang", "zh_CN",
                           "--paper", "letter"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert out.exists() and "sponsor report written to" in done.stdout
    unknown = subprocess.run([*command, "Nike", "--workspace", root, "-o", str(tmp_path / "nike.pdf")],
                             capture_output=True, text=True, env=env, check=False)
    assert unknown.returncode == 1
    assert unknown.stderr.strip().splitlines()[-1].endswith("Sponsors it knows: ETI Brand, Other Brand.")
    assert not (tmp_path / "nike.pdf").exists()
    wrong = subprocess.run([*command, "ETI Brand", "--workspace", root, "-o", str(out), "--paper", "a3"],
                           capture_output=True, text=True, env=env, check=False)
    assert wrong.returncode == 2
    assert Path(out).stat().st_size > 0
