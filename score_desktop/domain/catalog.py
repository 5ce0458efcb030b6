"""The SCORE catalog: modules, their checklist topics and KPI definitions.

Modules, checklists and KPIs are data, never code (DESIGN.md section 1), because newer SCORE editions add
modules (Lean, Gender Equality, ...) and programmes adjust KPIs: shipping a new ``catalog.json`` must be
enough. This module turns that JSON into frozen objects and refuses a broken file with one clear sentence,
so a bad catalog is caught when it is loaded rather than as a blank label in a signed report.

Pure Python: it imports nothing of ours and no Qt, so reports, the server and tests can all use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypeVar, cast

SUPPORTED_LANGUAGES = ("en", "zh_CN", "es", "fr", "vi", "id")
FALLBACK_LANGUAGE = "en"

Direction = Literal["lower", "higher"]
Kind = Literal["rate", "value"]
DIRECTIONS: tuple[Direction, ...] = ("lower", "higher")
KINDS: tuple[Kind, ...] = ("rate", "value")

LocalizedText = Mapping[str, str]

# Module codes travel in the sync protocol and file names (WC, QM, OSH), KPI codes become column names in
# coordinator exports; both must stay plain ASCII so they survive every tool on the way.
_MODULE_CODE = re.compile(r"^[A-Z][A-Z0-9]*$")
_TOPIC_CODE = re.compile(r"^[A-Z][A-Z0-9]*-[0-9A-Z]+$")
_KPI_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_RATE_ONLY_FIELDS = ("numerator", "denominator", "scale")


class CatalogError(ValueError):
    """The catalog file cannot be used: unreadable, not JSON, or not a valid SCORE catalog."""


def localized(names: Mapping[str, str], lang: str) -> str:
    """Return the text of ``names`` in ``lang``, falling back to English.

    ``lang`` may be a Qt or POSIX locale name (``zh_CN``, ``fr_FR``, ``zh-CN``) or a bare language (``zh``);
    an empty text counts as missing. Returns ``""`` only when ``names`` has no text at all.
    """
    for candidate in _language_candidates(lang):
        text = names.get(candidate)
        if text:
            return text
    # A catalog made for other languages may lack English; any text beats a blank label.
    return next((text for text in names.values() if text), "")


def _language_candidates(lang: str) -> Iterator[str]:
    """Yield the keys to try for ``lang``, most specific first, English last."""
    tag = lang.replace("-", "_")
    yield tag
    base = tag.split("_", 1)[0]
    if base == "zh":
        # Simplified Chinese is the only Chinese we ship; a reader asking for any Chinese reads it better
        # than English.
        yield "zh_CN"
    if base != tag:
        yield base
    yield FALLBACK_LANGUAGE


@dataclass(frozen=True)
class Topic:
    """A checklist topic of a module: what the trainer looks at on the floor.

    ``module`` is the code of the module the topic belongs to.
    """

    code: str
    names: LocalizedText
    guidance: LocalizedText
    module: str

    def name(self, lang: str) -> str:
        """The topic's name in ``lang`` (falling back to English)."""
        return localized(self.names, lang)


@dataclass(frozen=True)
class Module:
    """A SCORE training module (Workplace Cooperation, Quality Management, ...) with its checklist."""

    code: str
    order: int
    names: LocalizedText
    summary: LocalizedText
    topics: tuple[Topic, ...]

    def name(self, lang: str) -> str:
        """The module's name in ``lang`` (falling back to English)."""
        return localized(self.names, lang)


@dataclass(frozen=True)
class KpiDefinition:
    """How a KPI is measured: its unit, which way is better, and for rates how to compute it.

    ``unit`` is a short symbol shown after values: ``%``, ``kWh``, ``pcs``; ``""`` for plain counts and
    ``¤`` (the generic currency sign) for money, which the caller replaces with the enterprise's currency.
    ``numerator``, ``denominator`` and ``scale`` are set for rates only: value = numerator / denominator
    x scale.
    """

    code: str
    names: LocalizedText
    unit: str
    direction: Direction
    kind: Kind
    formula: LocalizedText
    numerator: LocalizedText | None
    denominator: LocalizedText | None
    scale: float | None
    modules: tuple[str, ...]
    #: The modules (among ``modules``) whose results this KPI must show: a visit of such a module is not ready to
    #: sign until it is entered (the catalog's ``"core"``).
    core: tuple[str, ...] = ()
    #: The unit as each language writes it ("pcs", "件", "piezas"); None where the catalog does not translate it.
    unit_names: LocalizedText | None = None

    def unit_name(self, lang: str) -> str:
        """The unit in ``lang`` ("件" for ``pcs`` in Chinese); the symbol itself where it has no translation."""
        return localized(self.unit_names, lang) if self.unit_names else self.unit

    @property
    def is_rate(self) -> bool:
        """True when readings are entered as a numerator and a denominator."""
        return self.kind == "rate"

    def name(self, lang: str) -> str:
        """The KPI's name in ``lang`` (falling back to English)."""
        return localized(self.names, lang)

    def compute(self, numerator: float, denominator: float) -> float | None:
        """Return the rate's value, or None when the denominator is 0 (nothing to divide by yet).

        Raises ValueError for a value KPI, which has no numerator to compute from.
        """
        if self.scale is None:
            raise ValueError(f"KPI {self.code!r} is a value, not a rate: it has no numerator and denominator")
        if denominator == 0:
            return None
        return numerator / denominator * self.scale

    def is_improvement(self, baseline: float, value: float) -> bool:
        """True when ``value`` is better than ``baseline``; an unchanged value is no improvement."""
        if self.direction == "lower":
            return value < baseline
        return value > baseline


@dataclass(frozen=True)
class Sector:
    """An industry an enterprise works in (garments, footwear, auto parts...): its stored code and its names."""

    code: str
    names: LocalizedText

    def name(self, lang: str) -> str:
        return localized(self.names, lang)


@dataclass(frozen=True)
class Catalog:
    """One version of the SCORE catalog. A visit keeps the version it was made with, so old visits still print."""

    version: str
    languages: tuple[str, ...]
    modules: tuple[Module, ...]
    kpis: tuple[KpiDefinition, ...]
    #: The sectors an enterprise form offers, in the order shown.
    sectors: tuple[Sector, ...] = ()

    def module(self, code: str) -> Module:
        """The module with ``code``; KeyError when the catalog has none."""
        return _find(self.modules, code, f"catalog {self.version} has no module {code!r}")

    def topic(self, code: str) -> Topic:
        """The checklist topic with ``code``, whichever module holds it; KeyError when there is none."""
        topics = (topic for module in self.modules for topic in module.topics)
        return _find(topics, code, f"catalog {self.version} has no checklist topic {code!r}")

    def kpi(self, code: str) -> KpiDefinition:
        """The KPI definition with ``code``; KeyError when the catalog has none."""
        return _find(self.kpis, code, f"catalog {self.version} has no KPI {code!r}")

    def sector_name(self, code: str | None, lang: str) -> str:
        """The sector ``code`` in ``lang``; a value the catalog does not know (typed by hand, or from a newer
        catalog) is shown as it is stored."""
        if not code:
            return ""
        sector = next((sector for sector in self.sectors if sector.code == code), None)
        return sector.name(lang) if sector else code

    def modules_in_order(self) -> tuple[Module, ...]:
        """The modules in teaching order (Workplace Cooperation first)."""
        return tuple(sorted(self.modules, key=lambda module: module.order))

    def kpis_for_module(self, module_code: str) -> tuple[KpiDefinition, ...]:
        """The KPIs that track the results of the module with ``module_code``."""
        return tuple(kpi for kpi in self.kpis if module_code in kpi.modules)

    def core_kpis(self, module_code: str) -> tuple[KpiDefinition, ...]:
        """The KPIs every visit of the module with ``module_code`` should record (its core indicators)."""
        return tuple(kpi for kpi in self.kpis if module_code in kpi.core)

    @staticmethod
    def text(names: Mapping[str, str], lang: str) -> str:
        """The text of ``names`` in ``lang``, falling back to English (see :func:`localized`)."""
        return localized(names, lang)


_Entry = TypeVar("_Entry", Module, Topic, KpiDefinition)


def _find(items: Iterable[_Entry], code: str, message: str) -> _Entry:
    for item in items:
        if item.code == code:
            return item
    raise KeyError(message)


def load_catalog(path: Path) -> Catalog:
    """Read and validate the catalog JSON at ``path``.

    Raises CatalogError naming the file and the first problem found.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"catalog file {path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"catalog file {path}: is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"catalog file {path}: is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from exc
    try:
        return parse_catalog(data)
    except CatalogError as exc:
        raise CatalogError(f"catalog file {path}: {exc}") from None


def parse_catalog(data: object) -> Catalog:
    """Build a Catalog from already-decoded JSON; raises CatalogError saying where the problem is."""
    top = _object(data, "the catalog")
    version = _text(top, "version", "the catalog")
    languages = _languages(top)
    modules = _items(top, "modules", "the catalog")
    kpis = _items(top, "kpis", "the catalog")
    units = _units(top, languages)
    catalog = Catalog(
        version=version,
        languages=languages,
        modules=tuple(_module(item, index, languages) for index, item in enumerate(modules)),
        kpis=tuple(_kpi(item, index, languages, units) for index, item in enumerate(kpis)),
        sectors=_sectors(top, languages),
    )
    _check_unique(catalog)
    return catalog


def _languages(top: Mapping[str, Any]) -> tuple[str, ...]:
    value = top.get("languages")
    if not isinstance(value, list) or not all(isinstance(lang, str) and lang for lang in value):
        raise CatalogError("'languages' must be a list of language codes")
    if len(set(value)) != len(value):
        raise CatalogError(f"'languages' lists a language twice: {value}")
    # A newer catalog may add languages; it may not drop one the app ships, or those users get English.
    missing = [lang for lang in SUPPORTED_LANGUAGES if lang not in value]
    if missing:
        raise CatalogError(f"'languages' is missing {', '.join(missing)} (the app ships {SUPPORTED_LANGUAGES})")
    return tuple(value)


def _module(data: object, index: int, languages: tuple[str, ...]) -> Module:
    where = f"modules[{index}]"
    item = _object(data, where)
    code = _code(item, _MODULE_CODE, where, "an upper-case ASCII code such as 'WC'")
    where = f"module {code}"
    order = item.get("order")
    if not isinstance(order, int) or isinstance(order, bool):
        raise CatalogError(f"{where}: 'order' must be a whole number")
    topics = _items(item, "topics", where)
    return Module(
        code=code,
        order=order,
        names=_localized(item, "names", where, languages),
        summary=_localized(item, "summary", where, languages),
        topics=tuple(_topic(topic, number, code, languages) for number, topic in enumerate(topics)),
    )


def _topic(data: object, index: int, module: str, languages: tuple[str, ...]) -> Topic:
    where = f"module {module}: topics[{index}]"
    item = _object(data, where)
    code = _code(item, _TOPIC_CODE, where, f"a code such as '{module}-01'")
    where = f"module {module}: topic {code}"
    # The prefix is how a trainer (and a coordinator's spreadsheet) tells a topic's module at a glance.
    if not code.startswith(f"{module}-"):
        raise CatalogError(f"{where}: the code must start with '{module}-', the code of its module")
    return Topic(
        code=code,
        names=_localized(item, "names", where, languages),
        guidance=_localized(item, "guidance", where, languages),
        module=module,
    )


def _units(top: Mapping[str, Any], languages: tuple[str, ...]) -> dict[str, LocalizedText]:
    """The optional ``units`` object: each KPI unit symbol as every language writes it."""
    units = top.get("units", {})
    if not isinstance(units, dict):
        raise CatalogError("'units' must be an object of unit names by unit symbol")
    return {symbol: _localized(units, symbol, f"unit {symbol!r}", languages) for symbol in units}


def _sectors(top: Mapping[str, Any], languages: tuple[str, ...]) -> tuple[Sector, ...]:
    """The optional ``sectors`` list; codes are stored on enterprises, so each must be plain ASCII and unique."""
    if "sectors" not in top:
        return ()
    sectors = []
    for index, data in enumerate(_items(top, "sectors", "the catalog")):
        item = _object(data, f"sectors[{index}]")
        code = _code(item, _KPI_CODE, f"sectors[{index}]", "a snake_case ASCII code such as 'auto_parts'")
        sectors.append(Sector(code=code, names=_localized(item, "names", f"sector {code}", languages)))
    _no_duplicates("sector code", (sector.code for sector in sectors))
    return tuple(sectors)


def _kpi(data: object, index: int, languages: tuple[str, ...],
         units: Mapping[str, LocalizedText] | None = None) -> KpiDefinition:
    where = f"kpis[{index}]"
    item = _object(data, where)
    code = _code(item, _KPI_CODE, where, "a snake_case ASCII code such as 'defect_rate'")
    where = f"KPI {code}"
    unit = item.get("unit")
    if not isinstance(unit, str):
        raise CatalogError(f"{where}: 'unit' must be text ('' for plain counts)")
    direction = _choice(item, "direction", DIRECTIONS, where)
    kind = _choice(item, "kind", KINDS, where)
    is_rate = kind == "rate"
    if not is_rate:
        extra = [name for name in _RATE_ONLY_FIELDS if name in item]
        if extra:
            raise CatalogError(f"{where}: a value KPI has no {', '.join(extra)}; only rate KPIs do")
    return KpiDefinition(
        code=code,
        names=_localized(item, "names", where, languages),
        unit=unit,
        direction=cast(Direction, direction),
        kind=cast(Kind, kind),
        formula=_localized(item, "formula", where, languages),
        numerator=_localized(item, "numerator", where, languages) if is_rate else None,
        denominator=_localized(item, "denominator", where, languages) if is_rate else None,
        scale=_scale(item, where) if is_rate else None,
        modules=_module_refs(item, where),
        core=_core_refs(item, where),
        unit_names=(units or {}).get(unit),
    )


def _scale(item: Mapping[str, Any], where: str) -> float:
    scale = item.get("scale")
    if isinstance(scale, bool) or not isinstance(scale, int | float) or not scale > 0:
        raise CatalogError(f"{where}: a rate KPI needs a positive 'scale' (100 for a percentage), got {scale!r}")
    return scale


def _module_refs(item: Mapping[str, Any], where: str) -> tuple[str, ...]:
    refs = item.get("modules")
    if not isinstance(refs, list) or not all(isinstance(ref, str) for ref in refs):
        raise CatalogError(f"{where}: 'modules' must be a list of module codes")
    return tuple(refs)


def _core_refs(item: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """``"core"``: optional, the modules (among its ``modules``) this KPI is a core indicator of."""
    refs = item.get("core", [])
    if not isinstance(refs, list) or not all(isinstance(ref, str) for ref in refs):
        raise CatalogError(f"{where}: 'core' must be a list of module codes")
    outside = [ref for ref in refs if ref not in item.get("modules", [])]
    if outside:
        raise CatalogError(f"{where}: 'core' names {', '.join(outside)}, which is not among its 'modules'")
    return tuple(refs)


def _check_unique(catalog: Catalog) -> None:
    """Codes are how visits, readings and the server refer to catalog entries, so each must mean one thing."""
    _no_duplicates("module code", (module.code for module in catalog.modules))
    _no_duplicates("module order", (str(module.order) for module in catalog.modules))
    _no_duplicates("topic code", (topic.code for module in catalog.modules for topic in module.topics))
    _no_duplicates("KPI code", (kpi.code for kpi in catalog.kpis))
    known = {module.code for module in catalog.modules}
    for kpi in catalog.kpis:
        unknown = [ref for ref in kpi.modules if ref not in known]
        if unknown:
            raise CatalogError(f"KPI {kpi.code}: 'modules' names unknown module {', '.join(unknown)}")


def _no_duplicates(what: str, codes: Iterable[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise CatalogError(f"duplicate {what} {code!r}")
        seen.add(code)


def _object(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise CatalogError(f"{where} must be a JSON object, not {type(data).__name__}")
    return data


def _items(item: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = item.get(key)
    if not isinstance(value, list) or not value:
        raise CatalogError(f"{where}: '{key}' must be a non-empty list")
    return value


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: '{key}' must be non-empty text")
    return value


def _code(item: Mapping[str, Any], pattern: re.Pattern[str], where: str, expected: str) -> str:
    code = item.get("code")
    if not isinstance(code, str) or not pattern.fullmatch(code):
        raise CatalogError(f"{where}: 'code' must be {expected}, got {code!r}")
    return code


def _choice(item: Mapping[str, Any], key: str, choices: tuple[str, ...], where: str) -> str:
    value = item.get(key)
    if value not in choices:
        raise CatalogError(f"{where}: '{key}' must be one of {', '.join(choices)}, got {value!r}")
    return cast(str, value)


def _localized(item: Mapping[str, Any], key: str, where: str, languages: tuple[str, ...]) -> LocalizedText:
    value = item.get(key)
    if not isinstance(value, dict):
        raise CatalogError(f"{where}: '{key}' must be an object of texts by language")
    for lang in languages:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise CatalogError(f"{where}: '{key}' has no text in language {lang!r}")
    # Read-only, so a frozen dataclass is frozen all the way down and one catalog can be shared freely.
    return MappingProxyType({lang: text for lang, text in value.items() if isinstance(text, str)})
