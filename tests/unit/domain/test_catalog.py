"""The shipped SCORE catalog and its loader."""

from __future__ import annotations

import ast
import copy
import dataclasses
import json
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from score_desktop.domain import catalog as catalog_module
from score_desktop.domain.catalog import (
    SUPPORTED_LANGUAGES,
    Catalog,
    CatalogError,
    load_catalog,
    localized,
)

CATALOG_PATH = Path(__file__).parents[3] / "resources/catalog/catalog.json"
CLASSIC_MODULES = ["WC", "QM", "CP", "HR", "OSH"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(CATALOG_PATH)


def all_texts(catalog: Catalog) -> Iterator[tuple[str, Mapping[str, str]]]:
    """Every translated text of the catalog, with a label saying where it is."""
    for module in catalog.modules:
        yield f"module {module.code} names", module.names
        yield f"module {module.code} summary", module.summary
        for topic in module.topics:
            yield f"topic {topic.code} names", topic.names
            yield f"topic {topic.code} guidance", topic.guidance
    for kpi in catalog.kpis:
        yield f"KPI {kpi.code} names", kpi.names
        yield f"KPI {kpi.code} formula", kpi.formula
        if kpi.numerator is not None and kpi.denominator is not None:
            yield f"KPI {kpi.code} numerator", kpi.numerator
            yield f"KPI {kpi.code} denominator", kpi.denominator
    for sector in catalog.sectors:
        yield f"sector {sector.code} names", sector.names


def long_texts(catalog: Catalog) -> Iterator[tuple[str, Mapping[str, str]]]:
    """Sentences rather than labels: these can never legitimately read the same as the English."""
    return ((where, texts) for where, texts in all_texts(catalog) if where.endswith(("summary", "guidance", "formula")))


# --- the shipped catalog -------------------------------------------------------------------------------------


def test_shipped_catalog_declares_every_supported_language(catalog: Catalog) -> None:
    assert catalog.version
    assert set(SUPPORTED_LANGUAGES) <= set(catalog.languages)


def test_five_classic_modules_in_teaching_order_with_workplace_cooperation_first(catalog: Catalog) -> None:
    assert [module.code for module in catalog.modules_in_order()] == CLASSIC_MODULES
    assert catalog.modules_in_order()[0].name("en") == "Workplace Cooperation"


@pytest.mark.parametrize("code", CLASSIC_MODULES)
def test_each_module_has_six_to_eight_topics_of_its_own(catalog: Catalog, code: str) -> None:
    module = catalog.module(code)
    assert 6 <= len(module.topics) <= 8
    assert all(topic.module == code and topic.code.startswith(f"{code}-") for topic in module.topics)


def test_about_twenty_kpis(catalog: Catalog) -> None:
    assert 18 <= len(catalog.kpis) <= 24


def test_codes_are_unique(catalog: Catalog) -> None:
    module_codes = [module.code for module in catalog.modules]
    topic_codes = [topic.code for module in catalog.modules for topic in module.topics]
    kpi_codes = [kpi.code for kpi in catalog.kpis]
    for codes in (module_codes, topic_codes, kpi_codes):
        assert len(codes) == len(set(codes))


def test_kpi_codes_are_snake_case_ascii(catalog: Catalog) -> None:
    for kpi in catalog.kpis:
        assert kpi.code.isascii() and kpi.code == kpi.code.lower() and " " not in kpi.code, kpi.code


def test_every_text_is_present_in_all_six_languages(catalog: Catalog) -> None:
    for where, texts in all_texts(catalog):
        for lang in SUPPORTED_LANGUAGES:
            assert texts.get(lang, "").strip(), f"{where} has no {lang} text"


def test_texts_are_nfc_normalized(catalog: Catalog) -> None:
    # Decomposed Vietnamese (base letter + combining tone mark) prints misplaced marks in some PDF fonts.
    for where, texts in all_texts(catalog):
        for lang, text in texts.items():
            assert unicodedata.is_normalized("NFC", text), f"{where} [{lang}] is not NFC"


def test_sentences_are_translated_rather_than_copied_from_english(catalog: Catalog) -> None:
    for where, texts in long_texts(catalog):
        for lang in SUPPORTED_LANGUAGES[1:]:
            assert texts[lang] != texts["en"], f"{where} [{lang}] is the English text"


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def test_chinese_texts_are_written_in_chinese_characters(catalog: Catalog) -> None:
    for where, texts in all_texts(catalog):
        assert has_cjk(texts["zh_CN"]), f"{where} [zh_CN] has no Chinese characters: {texts['zh_CN']!r}"


def has_vietnamese_marks(text: str) -> bool:
    # Tone marks and the letters ă â ê ô ơ ư decompose into a base letter plus a combining mark; đ does not.
    decomposed = unicodedata.normalize("NFD", text)
    return "đ" in text.lower() or any(unicodedata.combining(char) for char in decomposed)


def test_vietnamese_texts_carry_their_diacritics(catalog: Catalog) -> None:
    for where, texts in all_texts(catalog):
        assert has_vietnamese_marks(texts["vi"]), f"{where} [vi] has no Vietnamese diacritics: {texts['vi']!r}"


def test_rate_kpis_say_how_to_compute_them_and_value_kpis_do_not(catalog: Catalog) -> None:
    for kpi in catalog.kpis:
        assert kpi.direction in ("lower", "higher")
        if kpi.is_rate:
            assert kpi.numerator and kpi.denominator and kpi.scale and kpi.scale > 0, kpi.code
        else:
            assert (kpi.numerator, kpi.denominator, kpi.scale) == (None, None, None), kpi.code


def test_percentages_are_rates_scaled_by_100(catalog: Catalog) -> None:
    for kpi in catalog.kpis:
        if kpi.unit == "%":
            assert kpi.is_rate and kpi.scale == 100, kpi.code


def test_every_module_has_kpis_to_show_its_results(catalog: Catalog) -> None:
    for code in CLASSIC_MODULES:
        assert catalog.kpis_for_module(code), code


# --- rates, directions, lookups ------------------------------------------------------------------------------


def test_rate_kpi_computes_numerator_over_denominator_times_scale(catalog: Catalog) -> None:
    assert catalog.kpi("defect_rate").compute(3, 120) == pytest.approx(2.5)
    assert catalog.kpi("on_time_delivery").compute(19, 20) == pytest.approx(95.0)
    assert catalog.kpi("labour_productivity").compute(900, 450) == pytest.approx(2.0)


def test_rate_with_zero_denominator_is_none(catalog: Catalog) -> None:
    assert catalog.kpi("defect_rate").compute(0, 0) is None
    assert catalog.kpi("absenteeism").compute(5, 0) is None


def test_value_kpi_cannot_be_computed_from_a_ratio(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="output"):
        catalog.kpi("output").compute(1, 2)


def test_lower_is_better_kpi(catalog: Catalog) -> None:
    defect_rate = catalog.kpi("defect_rate")
    assert defect_rate.direction == "lower"
    assert defect_rate.is_improvement(baseline=8.0, value=5.5)
    assert not defect_rate.is_improvement(baseline=5.5, value=8.0)
    assert not defect_rate.is_improvement(baseline=5.5, value=5.5)


def test_higher_is_better_kpi(catalog: Catalog) -> None:
    suggestions = catalog.kpi("suggestions_implemented")
    assert suggestions.direction == "higher"
    assert suggestions.is_improvement(baseline=2, value=9)
    assert not suggestions.is_improvement(baseline=9, value=2)
    assert not suggestions.is_improvement(baseline=4, value=4)


def test_lookups_by_code(catalog: Catalog) -> None:
    assert catalog.module("OSH").name("en") == "Occupational Safety and Health"
    assert catalog.topic("QM-03").module == "QM"
    assert catalog.kpi("water_use").unit == "m³"


@pytest.mark.parametrize(
    ("lookup", "code"),
    [("module", "LEAN"), ("topic", "WC-99"), ("kpi", "happiness"), ("module", "wc")],
)
def test_unknown_code_raises_key_error_naming_it(catalog: Catalog, lookup: str, code: str) -> None:
    with pytest.raises(KeyError, match=code):
        getattr(catalog, lookup)(code)


def test_catalog_objects_are_read_only(catalog: Catalog) -> None:
    module = catalog.module("WC")
    with pytest.raises(dataclasses.FrozenInstanceError):
        module.code = "XX"  # type: ignore[misc]
    with pytest.raises(TypeError):
        module.names["en"] = "Something else"  # type: ignore[index]


# --- localized text ------------------------------------------------------------------------------------------

NAMES = {"en": "Fire safety", "zh_CN": "消防安全", "fr": "Sécurité incendie", "vi": ""}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Fire safety"),
        ("zh_CN", "消防安全"),
        ("zh", "消防安全"),
        ("zh-CN", "消防安全"),
        ("fr", "Sécurité incendie"),
        ("fr_FR", "Sécurité incendie"),
        ("id", "Fire safety"),
        ("vi", "Fire safety"),
        ("", "Fire safety"),
    ],
)
def test_localized_falls_back_to_english(lang: str, expected: str) -> None:
    assert localized(NAMES, lang) == expected
    assert Catalog.text(NAMES, lang) == expected


def test_localized_without_english_still_shows_some_text() -> None:
    assert localized({"zh_CN": "质量管理"}, "fr") == "质量管理"
    assert localized({}, "fr") == ""


def test_catalog_text_reads_shipped_names(catalog: Catalog) -> None:
    assert catalog.text(catalog.module("QM").names, "zh") == "质量管理"


def test_sectors_are_a_translated_list_whose_codes_enterprises_already_store(catalog: Catalog) -> None:
    codes = [sector.code for sector in catalog.sectors]
    assert {"garments", "shoes", "auto_parts", "other"} <= set(codes)  # the demo's and the builders' codes
    assert catalog.sector_name("auto_parts", "zh_CN") == "汽车零部件"
    assert catalog.sector_name("shoes", "es") == "Calzado"
    assert catalog.sector_name("bicycles", "fr") == "bicycles"  # typed by hand before the list: shown as stored
    assert catalog.sector_name(None, "en") == ""


def test_kpi_units_are_written_in_the_language_of_the_reader(catalog: Catalog) -> None:
    assert [catalog.kpi("output").unit_name(lang) for lang in SUPPORTED_LANGUAGES] == \
        ["pcs", "件", "piezas", "pièces", "chiếc", "buah"]
    assert catalog.kpi("defect_rate").unit_name("fr") == "%"
    words = {kpi.unit for kpi in catalog.kpis if any(char.isalpha() for char in kpi.unit)} - {"kWh", "m³"}  # SI
    for unit in words:  # every unit written with letters (pcs, h) has a name in each language
        kpi = next(kpi for kpi in catalog.kpis if kpi.unit == unit)
        assert kpi.unit_names is not None, unit
        assert kpi.unit_name("zh_CN") != unit and kpi.unit_name("vi") != unit, unit


def test_units_and_sectors_are_optional_but_checked(tmp_path: Path) -> None:
    assert load_catalog(write_catalog(tmp_path, make_catalog_data())).kpi("output").unit_name("zh_CN") == "pcs"
    data = make_catalog_data(units={"pcs": texts("pieces")}, sectors=[{"code": "garments", "names": texts("G")}])
    loaded = load_catalog(write_catalog(tmp_path, data))
    assert loaded.kpi("output").unit_name("vi") == "pieces (vi)"
    assert loaded.sector_name("garments", "id") == "G (id)"
    twice = make_catalog_data(sectors=[{"code": "garments", "names": texts("G")}] * 2)
    assert_refused(write_catalog(tmp_path, twice), "duplicate sector code 'garments'")
    untranslated = make_catalog_data(units={"pcs": {"en": "pcs"}})
    assert_refused(write_catalog(tmp_path, untranslated), "unit 'pcs'", "zh_CN")


# --- the loader refuses broken files -------------------------------------------------------------------------


def texts(label: str) -> dict[str, str]:
    return {lang: f"{label} ({lang})" for lang in SUPPORTED_LANGUAGES}


def make_catalog_data(**overrides: Any) -> dict[str, Any]:
    """A minimal valid catalog: one module with one topic, one rate KPI and one value KPI."""
    data: dict[str, Any] = {
        "version": "test.1",
        "languages": list(SUPPORTED_LANGUAGES),
        "modules": [
            {
                "code": "WC",
                "order": 1,
                "names": texts("Workplace Cooperation"),
                "summary": texts("summary"),
                "topics": [{"code": "WC-01", "names": texts("EIT"), "guidance": texts("look")}],
            }
        ],
        "kpis": [
            {
                "code": "defect_rate",
                "names": texts("Defect rate"),
                "unit": "%",
                "direction": "lower",
                "kind": "rate",
                "formula": texts("formula"),
                "numerator": texts("defective"),
                "denominator": texts("inspected"),
                "scale": 100,
                "modules": ["WC"],
            },
            {
                "code": "output",
                "names": texts("Output"),
                "unit": "pcs",
                "direction": "higher",
                "kind": "value",
                "formula": texts("formula"),
                "modules": [],
            },
        ],
    }
    data.update(overrides)
    return data


def write_catalog(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_refused(path: Path, *fragments: str) -> None:
    with pytest.raises(CatalogError) as refused:
        load_catalog(path)
    message = str(refused.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"


def test_minimal_catalog_loads(tmp_path: Path) -> None:
    loaded = load_catalog(write_catalog(tmp_path, make_catalog_data()))
    assert loaded.version == "test.1"
    assert loaded.topic("WC-01").module == "WC"
    assert loaded.kpi("defect_rate").compute(1, 4) == pytest.approx(25.0)


def test_catalog_error_is_a_value_error() -> None:
    assert issubclass(CatalogError, ValueError)


def test_refuses_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    path.write_text("modules: [WC, QM]\n", encoding="utf-8")
    assert_refused(path, "not valid JSON", "line 1")


def test_refuses_a_missing_file(tmp_path: Path) -> None:
    assert_refused(tmp_path / "nowhere.json", "cannot be read")


def test_refuses_json_that_is_not_an_object(tmp_path: Path) -> None:
    assert_refused(write_catalog(tmp_path, ["WC", "QM"]), "JSON object")


def test_refuses_a_text_missing_a_language(tmp_path: Path) -> None:
    data = make_catalog_data()
    del data["modules"][0]["topics"][0]["guidance"]["vi"]
    assert_refused(write_catalog(tmp_path, data), "topic WC-01", "guidance", "'vi'")


def test_refuses_an_empty_text(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][0]["names"]["zh_CN"] = "  "
    assert_refused(write_catalog(tmp_path, data), "KPI defect_rate", "names", "'zh_CN'")


def test_refuses_a_catalog_that_drops_a_shipped_language(tmp_path: Path) -> None:
    data = make_catalog_data(languages=[lang for lang in SUPPORTED_LANGUAGES if lang != "id"])
    assert_refused(write_catalog(tmp_path, data), "languages", "missing id")


def test_refuses_a_duplicate_topic_code(tmp_path: Path) -> None:
    data = make_catalog_data()
    topics = data["modules"][0]["topics"]
    topics.append(copy.deepcopy(topics[0]))
    assert_refused(write_catalog(tmp_path, data), "duplicate topic code", "'WC-01'")


def test_refuses_a_duplicate_kpi_code(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][1]["code"] = "defect_rate"
    assert_refused(write_catalog(tmp_path, data), "duplicate KPI code", "'defect_rate'")


def test_refuses_a_bad_direction(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][0]["direction"] = "down"
    assert_refused(write_catalog(tmp_path, data), "KPI defect_rate", "direction", "lower, higher", "'down'")


def test_refuses_a_rate_without_a_scale(tmp_path: Path) -> None:
    data = make_catalog_data()
    del data["kpis"][0]["scale"]
    assert_refused(write_catalog(tmp_path, data), "KPI defect_rate", "scale")


def test_refuses_a_value_kpi_with_a_numerator(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][1]["numerator"] = texts("pieces")
    assert_refused(write_catalog(tmp_path, data), "KPI output", "numerator", "only rate KPIs")


def test_refuses_a_kpi_for_an_unknown_module(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][0]["modules"] = ["WC", "LEAN"]
    assert_refused(write_catalog(tmp_path, data), "KPI defect_rate", "unknown module LEAN")


def test_refuses_a_topic_filed_under_another_module(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["modules"][0]["topics"][0]["code"] = "QM-01"
    assert_refused(write_catalog(tmp_path, data), "topic QM-01", "'WC-'")


def test_refuses_a_kpi_code_that_is_not_snake_case(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][1]["code"] = "Output Pieces"
    assert_refused(write_catalog(tmp_path, data), "kpis[1]", "snake_case", "'Output Pieces'")


# --- layering ------------------------------------------------------------------------------------------------


def test_catalog_module_imports_only_the_standard_library() -> None:
    source = Path(catalog_module.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            imported.add((node.module or "").split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


def test_every_classic_module_names_its_core_kpis(catalog: Catalog) -> None:
    for code in CLASSIC_MODULES:
        core = catalog.core_kpis(code)
        assert 1 <= len(core) <= 4, code
        assert all(code in kpi.modules for kpi in core)
    assert [kpi.code for kpi in catalog.core_kpis("QM")] == ["defect_rate", "on_time_delivery"]


def test_refuses_a_core_kpi_outside_its_modules(tmp_path: Path) -> None:
    data = make_catalog_data()
    data["kpis"][0]["core"] = ["OSH"]
    assert_refused(write_catalog(tmp_path, data), "KPI defect_rate", "'core'", "OSH")
