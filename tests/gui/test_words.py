"""The app's words in each language: sectors from the catalog, KPI units, real plurals, an enterprise's name that is
not a person's, and a final visit that is not a final report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from score_desktop.ui.core import labels
from tests.builders import make_eit_member, make_enterprise, make_kpi_reading


def _label_of(form, field: str) -> str:
    return next(label.text() for label in form.findChildren(QLabel) if label.buddy() is form.fields[field])


@pytest.mark.parametrize("language", ["zh_CN", "es", "fr", "vi", "id"])
def test_a_final_visit_and_a_final_report_are_different_words(speaking, language):
    speaking(language)
    assert labels.label("visit_type", "final") != labels.label("visit_status", "final")
    assert labels.label("visit_status", "final") not in dict(labels.choices("visit_type")).values()


def test_the_chinese_enterprise_form_asks_its_name_not_a_persons(speaking, make_window, workspace):
    speaking("zh_CN")
    enterprise = make_enterprise(workspace)
    make_eit_member(workspace, enterprise)
    window = make_window(workspace, "zh_CN")
    window.show_screen("enterprise", enterprise["id"])
    page = window.screens["enterprise"]
    assert _label_of(page.form, "name") == "名称"  # 姓名 is a person's name
    assert page.eit.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    assert window.screens["enterprises"].model.headerData(0, Qt.Orientation.Horizontal) == "名称"


@pytest.mark.parametrize(("language", "one_man", "one_woman"), [
    ("en", "1 man", "1 woman"), ("es", "1 hombre", "1 mujer"), ("fr", "1 homme", "1 femme")])
def test_every_count_of_the_eit_is_a_real_plural(speaking, make_window, workspace, language, one_man, one_woman):
    speaking(language)
    enterprise = make_enterprise(workspace)
    make_eit_member(workspace, enterprise, side="manager", gender="male", name="Luis")
    make_eit_member(workspace, enterprise, side="worker", gender="female", name="Ana")
    window = make_window(workspace, language)
    window.show_screen("enterprise", enterprise["id"])
    balance = window.screens["enterprise"].eit.balance_label.text()
    assert one_man in balance and one_woman in balance
    assert not any(wrong in balance for wrong in ("1 men", "1 women", "1 hombres", "1 mujeres", "1 hommes"))


def test_the_sector_is_chosen_from_the_catalogs_list_and_an_unknown_one_is_kept(speaking, make_window, workspace):
    speaking("es")
    typed_before = make_enterprise(workspace, sector="bicicletas")
    window = make_window(workspace, "es")
    window.show_screen("enterprise", typed_before["id"])
    page = window.screens["enterprise"]
    box = page.form.fields["sector"]
    offered = [box.itemText(n) for n in range(box.count())]
    assert {"Confección", "Calzado", "Autopartes"} <= set(offered)
    assert box.currentText() == "bicicletas"  # as stored, not blanked
    page.form.saver.flush()
    assert workspace.enterprises.get(typed_before["id"])["sector"] == "bicicletas"  # showing it changes nothing
    box.setCurrentIndex(box.findData("shoes"))
    assert workspace.enterprises.get(typed_before["id"])["sector"] == "shoes"
    assert "Calzado" in page.subtitle.text()
    window.show_screen("enterprises")
    assert window.screens["enterprises"].model.index(0, 3).data() == "Calzado"  # the list shows its name too


def test_kpi_units_are_written_in_the_language_of_the_app(speaking, make_window, workspace):
    speaking("zh_CN")
    enterprise = make_enterprise(workspace)
    make_kpi_reading(workspace, enterprise, kpi="output", phase="baseline", value=1250.0,
                     period_start="2026-01-01", period_end="2026-01-31")
    window = make_window(workspace, "zh_CN")
    window.show_screen("enterprise", enterprise["id"])
    kpis = window.screens["enterprise"].kpis
    assert kpis.summary_model.index(0, 1).data() == "1,250\u00a0件"
    assert "pcs" not in kpis.chart_about.text()
