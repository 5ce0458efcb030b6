"""The shape of an M&E export: which sheets, which columns, and how a plain record becomes a row of words.

Made so an M&E officer can pivot without lookups: every row carries its enterprise's names, province and
sponsors; every code has its name in words beside it; a KPI row carries its unit, module and the trainer's
account; every sheet says who created and last changed each record. The laptop and the server both feed plain
records (dicts: the record's fields as they travel, plus ``id``, ``enterprise_id``, ``created_at``,
``updated_at``, ``created_by``, ``updated_by`` as usernames), so both give the same sheets and columns.
Pure Python on top of the domain: the server uses it, so it must not import the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Literal, Mapping, Protocol

from score_desktop.domain.catalog import Catalog
from score_desktop.exchange import labels

Kind = Literal["text", "int", "number", "date", "datetime", "code"]
Record = Mapping[str, Any]


@dataclass(frozen=True)
class Column:
    """One column: ``key`` names its header in :mod:`labels` and the value it holds; ``kind`` decides the cell
    type and number format; ``width`` is in characters."""

    key: str
    kind: Kind = "text"
    width: int = 14


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``key`` names it in :mod:`labels` (and its CSV file); ``entity`` is where its rows come from."""

    key: str
    entity: str
    columns: tuple[Column, ...]


def _c(key: str, kind: Kind = "text", width: int = 14) -> Column:
    return Column(key, kind, width)


_ID = _c("id", width=10)
#: Where every row of a record of an enterprise starts: which enterprise, where, sponsored by whom.
_ENTERPRISE = (_ID, _c("enterprise_id", width=10), _c("enterprise", width=28), _c("enterprise_latin", width=28),
               _c("province"), _c("sponsors", width=20))
#: Where every row ends: who created the record and who last changed it, and when (UTC).
_AUTHORS = (_c("created_at", "datetime", 17), _c("created_by"), _c("updated_at", "datetime", 17), _c("updated_by"))
_MODULE = (_c("module_code", "code", 8), _c("module", width=24))
_VISIT = (_c("visit_id", width=10), _c("visit_date", "date", 11))


def _sheet(key: str, *columns: Column, entity: str | None = None, enterprise: bool = True) -> Sheet:
    return Sheet(key, entity or key, ((_ENTERPRISE if enterprise else ()) + columns + _AUTHORS))


#: The sheets of an export, in the order a reader wants them: the programme's enterprises and visits first.
SHEETS: tuple[Sheet, ...] = (
    _sheet("enterprise", _ID, _c("name", width=28), _c("name_latin", width=28), _c("sector"),
           _c("products", width=20), _c("address", width=24), _c("city"), _c("province"), _c("country"),
           _c("headcount_women", "int", 9), _c("headcount_men", "int", 9), _c("headcount_managers", "int", 9),
           _c("headcount_workers", "int", 9), _c("sponsors", width=20), _c("contact_name", width=18),
           _c("contact_phone"), _c("contact_email", width=20), _c("consent_share", width=9),
           _c("report_language", "code", 9), _c("notes", width=30), enterprise=False),
    _sheet("sponsor", _c("enterprise_id", width=10), _c("enterprise", width=28), _c("enterprise_latin", width=28),
           _c("province"), _c("sponsor", width=24), entity="enterprise", enterprise=False),
    _sheet("eit_member", _c("person", width=20), _c("role_code", "code", 9), _c("role"), _c("side_code", "code", 9),
           _c("side"), _c("gender_code", "code", 8), _c("gender", width=9), _c("department"), _c("position"),
           _c("from_date", "date", 11), _c("to_date", "date", 11)),
    _sheet("visit", *_MODULE, _c("visit_type_code", "code", 10), _c("visit_type"), _c("visit_date", "date", 11),
           _c("status_code", "code", 8), _c("status", width=10), _c("trainer", width=18),
           _c("trainer_account", width=16), _c("co_visitors", width=18), _c("attendees", width=20),
           _c("objectives", width=30), _c("summary", width=40), _c("next_visit_date", "date", 11)),
    _sheet("observation", *_VISIT, *_MODULE, _c("topic_code", "code", 9), _c("topic", width=30),
           _c("location", width=16), _c("text", width=40), _c("rating_code", "code", 9), _c("rating", width=16),
           _c("recommendation", width=40)),
    _sheet("action_item", *_VISIT, *_MODULE, _c("title", width=40), _c("owner", width=18), _c("due_date", "date", 11),
           _c("status_code", "code", 10), _c("status", width=12), _c("completed_date", "date", 11),
           _c("expected_saving", "number", 12), _c("actual_saving", "number", 12), _c("note", width=30)),
    _sheet("kpi_reading", _c("kpi_code", "code", 14), _c("kpi", width=28), _c("unit", width=7), *_MODULE,
           _c("trainer_account", width=16), _c("phase_code", "code", 9), _c("phase", width=10),
           _c("period_start", "date", 11), _c("period_end", "date", 11), _c("value", "number", 12),
           _c("numerator", "number", 12), _c("denominator", "number", 12), _c("source_code", "code", 9),
           _c("source", width=10), _c("visit_id", width=10), _c("supersedes_id", width=10), _c("note", width=30)),
    _sheet("practice_check", *_VISIT, *_MODULE, _c("topic_code", "code", 9), _c("topic", width=30),
           _c("phase_code", "code", 9), _c("phase", width=10), _c("in_place", width=9), _c("note", width=30)),
    _sheet("suggestion", _c("received_date", "date", 11), _c("text", width=40), _c("submitted_by", width=16),
           _c("implemented", width=9), _c("implemented_date", "date", 11), _c("reward", "number", 10),
           _c("saving", "number", 12)),
    _sheet("training_session", *_MODULE, _c("session_date", "date", 11), _c("days", "number", 6),
           _c("dates", width=24), _c("location", width=20), _c("city"), _c("trainer", width=18),
           _c("co_trainers", width=18), _c("language", "code", 8), _c("notes", width=30)),
    _sheet("training_enrolment", _c("training_session_id", width=10), *_MODULE, _c("session_date", "date", 11)),
    _sheet("attendance", _c("training_session_id", width=10), *_MODULE, _c("session_date", "date", 11),
           _c("person", width=20), _c("side_code", "code", 9), _c("side"), _c("gender_code", "code", 8),
           _c("gender", width=9), _c("position"), _c("days_attended", "number", 8),
           _c("feedback_content", "int", 10), _c("feedback_trainer", "int", 10), _c("feedback_apply", "int", 10),
           _c("feedback_comment", width=30)),
    _sheet("photo", *_VISIT, _c("observation_id", width=10), _c("action_item_id", width=10),
           _c("kind_code", "code", 9), _c("kind", width=10), _c("caption", width=30), _c("taken_at", "datetime", 17),
           _c("mime", width=11), _c("size", "int", 11), _c("sha256", width=20), _c("original_name", width=20)),
    _sheet("review", *_VISIT, *_MODULE, _c("state_code", "code", 10), _c("state", width=12),
           _c("reviewer", width=16), _c("comments", width=40)),
    _sheet("review_comment", *_VISIT, _c("state_code", "code", 10), _c("state", width=12), _c("author", width=16),
           _c("author_role_code", "code", 11), _c("author_role", width=12), _c("text", width=50)),
    _sheet("signed_report", *_VISIT, _c("revision", "int", 8), _c("signed_at", "datetime", 17),
           _c("signed_by", width=16), _c("language", "code", 8), _c("paper", "code", 7), _c("sha256", width=20),
           _c("reopen_reason", width=30), _c("reopened_by", width=16), _c("reopened_at", "datetime", 17)),
)

#: Columns whose value is a code's name in words: column -> (code group in :mod:`labels`, the record's field).
_CODE_NAMES = {
    "role": ("role", "role"), "side": ("side", "side"), "gender": ("gender", "gender"),
    "visit_type": ("visit_type", "visit_type"), "rating": ("rating", "rating"), "phase": ("phase", "phase"),
    "source": ("source", "source"), "kind": ("kind", "kind"), "author_role": ("user_role", "author_role"),
}
#: Columns that show a field of the record under another name (its code beside its name in words).
_RENAMED = {"role_code": "role", "side_code": "side", "gender_code": "gender", "visit_type_code": "visit_type",
            "rating_code": "rating", "phase_code": "phase", "source_code": "source", "kind_code": "kind",
            "topic_code": "topic", "kpi_code": "kpi", "author_role_code": "author_role",
            "trainer_account": "created_by", "person": "name"}
_FLAGS = ("consent_share", "in_place", "implemented")


class Source(Protocol):
    """What an export reads: the records of an entity that are not deleted, streamed, as plain dicts."""

    def records(self, entity: str) -> Iterable[Record]: ...

    def count(self, entity: str) -> int: ...


@dataclass
class _Enterprise:
    name: str
    latin: str
    province: str
    sponsors: tuple[str, ...]


class Lookups:
    """The few things rows borrow from other records, read once: enterprises (a few thousand at most), visits
    (a module and a date each), EIT members' names and classroom sessions. Findings, readings and photos, the
    bulk of a programme, are never held: they stream."""

    def __init__(self, source: Source) -> None:
        self.enterprises: dict[str, _Enterprise] = {
            e["id"]: _Enterprise(str(e.get("name") or ""), str(e.get("name_latin") or ""),
                                 str(e.get("province") or ""), _sponsors(e))
            for e in source.records("enterprise")}
        self.visits: dict[str, tuple[str | None, str | None]] = {
            v["id"]: (v.get("module"), v.get("visit_date")) for v in source.records("visit")}
        self.people: dict[str, str] = {m["id"]: str(m.get("name") or "") for m in source.records("eit_member")}
        self.sessions: dict[str, tuple[str | None, str | None]] = {
            s["id"]: (s.get("module"), s.get("session_date")) for s in source.records("training_session")}


def _sponsors(record: Record) -> tuple[str, ...]:
    sponsors = record.get("sponsors")
    if isinstance(sponsors, list):
        return tuple(str(s) for s in sponsors if s not in (None, ""))
    return (str(sponsors),) if sponsors else ()


def joined(value: Any) -> Any:
    """Lists (co-visitors, sponsors, dates) as one cell: ``a; b``."""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return value


class Shaper:
    """Turns plain records into rows of one language: codes named, enterprises and visits looked up."""

    def __init__(self, lang: str, catalog: Catalog, lookups: Lookups) -> None:
        self.lang = labels.check_language(lang)
        self.catalog = catalog
        self.lookups = lookups
        self._modules = {m.code: m.name(lang) for m in catalog.modules}
        self._topics = {t.code: t.name(lang) for m in catalog.modules for t in m.topics}
        self._kpis = {k.code: k for k in catalog.kpis}
        self._entity = ""

    def headers(self, sheet: Sheet) -> list[str]:
        return [labels.column_name(self.lang, column.key) for column in sheet.columns]

    def rows(self, sheet: Sheet, records: Iterable[Record]) -> Iterator[list[Any]]:
        """The rows of ``sheet``: one per record, or for the sponsors sheet one per enterprise and sponsor."""
        self._entity = sheet.entity
        # Each column's way to its value is worked out once per sheet: a programme has millions of cells.
        getters = [self._getter(column.key) for column in sheet.columns]
        enterprises, visits = self.lookups.enterprises, self.lookups.visits
        no_visit = (None, None)
        if sheet.key == "sponsor":
            records = ({**record, "enterprise_id": record["id"], "sponsor": sponsor}
                       for record in records for sponsor in _sponsors(record))
        for record in records:
            enterprise = enterprises.get(record["enterprise_id"] or record["id"])
            visit_id = record.get("visit_id")
            visit_module, visit_date = visits.get(visit_id, no_visit) if visit_id else no_visit
            yield [joined(get(record, enterprise, visit_module, visit_date)) for get in getters]

    def row(self, sheet: Sheet, record: Record) -> list[Any]:
        return next(self.rows(sheet, [record]))

    def _getter(self, key: str) -> Callable[[Record, _Enterprise | None, str | None, str | None], Any]:
        derived = self._derived.get(key)
        if derived is not None:
            return lambda record, enterprise, module, date: derived(self, record, enterprise, module, date)
        if key in _CODE_NAMES:
            group, field = _CODE_NAMES[key]
            return lambda record, *_: labels.code_name(self.lang, group, record.get(field))
        if key in _FLAGS:
            yes, no = (labels.code_name(self.lang, "yes_no", answer) for answer in ("yes", "no"))
            return lambda record, *_: None if record.get(key) is None else yes if record[key] else no
        field = _RENAMED.get(key, key)
        return lambda record, *_: record.get(field)

    # -- columns computed from more than the record's own field ------------------------------------------------

    def _module_code(self, record: Record, visit_module: str | None) -> str | None:
        if record.get("module"):
            return record["module"]
        if visit_module:
            return visit_module
        session = self.lookups.sessions.get(record.get("training_session_id") or "")
        if session and session[0]:
            return session[0]
        kpi = self._kpis.get(record.get("kpi") or "")
        # A reading made outside a visit belongs to whichever modules its KPI tracks.
        return ", ".join(kpi.modules) if kpi is not None else None

    def _module_name(self, record: Record, visit_module: str | None) -> str | None:
        code = self._module_code(record, visit_module)
        if code is None:
            return None
        return ", ".join(self._modules.get(part, part) for part in code.split(", "))

    def _status(self, record: Record) -> str | None:
        group = "action_status" if self._entity == "action_item" else "visit_status"
        return labels.code_name(self.lang, group, record.get("status"))

    _derived: dict[str, Callable[..., Any]] = {
        "enterprise": lambda self, r, e, vm, vd: e.name if e else None,
        "enterprise_latin": lambda self, r, e, vm, vd: e.latin if e else None,
        "province": lambda self, r, e, vm, vd: e.province if e else r.get("province"),
        "sponsors": lambda self, r, e, vm, vd: "; ".join(e.sponsors) if e else joined(r.get("sponsors")),
        "module_code": lambda self, r, e, vm, vd: self._module_code(r, vm),
        "module": lambda self, r, e, vm, vd: self._module_name(r, vm),
        "visit_date": lambda self, r, e, vm, vd: r.get("visit_date") or vd,
        "session_date": lambda self, r, e, vm, vd: r.get("session_date") or self.lookups.sessions.get(
            r.get("training_session_id") or "", (None, None))[1],
        "status_code": lambda self, r, e, vm, vd: r.get("status"),
        "status": lambda self, r, e, vm, vd: self._status(r),
        "state_code": lambda self, r, e, vm, vd: r.get("state") or r.get("review_state"),
        "state": lambda self, r, e, vm, vd: labels.code_name(self.lang, "review_state",
                                                             r.get("state") or r.get("review_state")),
        "topic": lambda self, r, e, vm, vd: self._topics.get(r.get("topic") or "", r.get("topic")),
        "kpi": lambda self, r, e, vm, vd: self._kpi_name(r.get("kpi")),
        "unit": lambda self, r, e, vm, vd: self._kpis[r["kpi"]].unit if r.get("kpi") in self._kpis else None,
        "owner": lambda self, r, e, vm, vd: self.lookups.people.get(r.get("owner_id") or ""),
        # Attendees are EIT members: their names, or what was typed for someone not on the EIT.
        "attendees": lambda self, r, e, vm, vd: [self.lookups.people.get(str(a), a) for a in r.get("attendees") or []],
        "language": lambda self, r, e, vm, vd: r.get("language") or r.get("lang"),
    }

    def _kpi_name(self, code: str | None) -> str | None:
        kpi = self._kpis.get(code or "")
        return kpi.name(self.lang) if kpi is not None else code


def as_date(value: Any) -> dt.date | Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def as_datetime(value: Any) -> dt.datetime | Any:
    """A moment as naive UTC (spreadsheets know no time zones; the header says UTC)."""
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return moment.replace(microsecond=0)
    return value
