"""Validation of entity fields, with messages the UI can translate.

Each problem names its field, a stable ``code`` (the server sends the same codes back as ``invalid_mutation``
details) and an English template marked for ``pyside6-lupdate`` in the ``Validation`` context.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass, field as dataclass_field
from typing import Any, Callable, Mapping, TypeGuard

from score_desktop.domain.entities import EntitySpec, Field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required.")
NOT_TEXT = QT_TRANSLATE_NOOP("Validation", "{field} must be text.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{field} is too long ({length} characters; at most {limit}).")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("Validation", "{field} cannot be '{value}'; choose one of: {choices}.")
NOT_INTEGER = QT_TRANSLATE_NOOP("Validation", "{field} must be a whole number.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "{field} must be a number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "{field} is out of range (at most {limit} either side of zero).")
NOT_BOOL = QT_TRANSLATE_NOOP("Validation", "{field} must be yes or no.")
NOT_DATE = QT_TRANSLATE_NOOP("Validation", "{field} must be a date written YYYY-MM-DD.")
NOT_DATETIME = QT_TRANSLATE_NOOP("Validation", "{field} must be a date and time (RFC 3339).")
NOT_LIST = QT_TRANSLATE_NOOP("Validation", "{field} must be a list of texts.")
NOT_JSON = QT_TRANSLATE_NOOP("Validation", "{field} must be a list or an object.")
NOT_ID = QT_TRANSLATE_NOOP("Validation", "{field} must be the id of a record.")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "{field} cannot be negative.")
DATES_REVERSED = QT_TRANSLATE_NOOP("Validation", "{field} cannot be before {other}.")
BAD_MODULE = QT_TRANSLATE_NOOP("Validation", "{field} must be a module code such as WC, QM, CP, HR or OSH.")
PHOTO_OWNER = QT_TRANSLATE_NOOP("Validation", "A photo belongs to exactly one visit, finding or action.")
BAD_HASH = QT_TRANSLATE_NOOP("Validation", "{field} must be 64 lowercase hexadecimal characters.")
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("Validation", "{field} does not name a record of this enterprise.")
KPI_NO_VALUE = QT_TRANSLATE_NOOP("Validation", "A KPI reading needs a value, or a numerator and a denominator.")
# Classroom training (single records here; rules that need other records are in domain/training.py).
BAD_DAYS = QT_TRANSLATE_NOOP("Validation", "{field} must list days written YYYY-MM-DD, each once, in order.")
TOO_MANY_DAYS = QT_TRANSLATE_NOOP("Validation", "A training session has at most {limit} days.")
NOT_FIRST_DAY = QT_TRANSLATE_NOOP("Validation", "{field} must be the first day of the session.")
WRONG_DAY_COUNT = QT_TRANSLATE_NOOP("Validation", "{field} must be the number of days of the session.")
SCORE_RANGE = QT_TRANSLATE_NOOP("Validation", "{field} must be a score from 1 to 5.")
NO_ENTERPRISE = QT_TRANSLATE_NOOP("Validation", "A training session needs at least one enterprise.")
DUPLICATE_PARTICIPANT = QT_TRANSLATE_NOOP("Validation", "{name} is already a participant of this session.")
DAY_OUTSIDE_SESSION = QT_TRANSLATE_NOOP("Validation", "{day} is not a day of this session ({days}).")
DAY_HAS_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Validation", "Participants are marked present on {day}: untick them before removing that day.")
NOT_ENROLLED = QT_TRANSLATE_NOOP("Validation", "Add the participant's enterprise to the session first.")
ALREADY_ENROLLED = QT_TRANSLATE_NOOP("Validation", "This enterprise already takes part in the session.")
HAS_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "Validation", "This enterprise still has participants in the session: remove them first.")

#: The most days one training session may have (SCORE modules take two; a few programmes split them in four).
MAX_SESSION_DAYS = 10


#: The largest magnitude of a number in a record: 2^53 - 1, the last integer every JSON implementation
#: (JavaScript's too) and both databases hold exactly. The sync server refuses larger ones
#: (docs/sync-protocol.md ("As built")).
MAX_SAFE_NUMBER = 2**53 - 1


@dataclass(frozen=True)
class Problem:
    field: str | None
    code: str
    template: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(field=self.field, **self.params)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
_MODULE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")


def is_date(value: Any) -> TypeGuard[str]:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_datetime(value: Any) -> TypeGuard[str]:
    if not isinstance(value, str) or len(value) < 10:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def check_value(spec_field: Field, value: Any) -> Problem | None:
    """The problem with one value of one field, or None. ``None`` is fine here; required-ness is checked apart."""
    if value is None:
        return None
    name = spec_field.name
    kind = spec_field.kind
    if kind == "text":
        if not isinstance(value, str):
            return Problem(name, "not_text", NOT_TEXT)
        if spec_field.choices is not None and value not in spec_field.choices:
            return Problem(name, "not_a_choice", NOT_A_CHOICE,
                           {"value": value, "choices": ", ".join(spec_field.choices)})
        if spec_field.max_length is not None and len(value) > spec_field.max_length:
            return Problem(name, "too_long", TOO_LONG, {"length": len(value), "limit": spec_field.max_length})
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem(name, "not_integer", NOT_INTEGER)
        return _range_problem(name, value)
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Problem(name, "not_number", NOT_NUMBER)
        if isinstance(value, float) and not math.isfinite(value):
            return Problem(name, "not_number", NOT_NUMBER)
        return _range_problem(name, value)
    elif kind == "bool":
        if not isinstance(value, bool):
            return Problem(name, "not_bool", NOT_BOOL)
    elif kind == "date":
        if not is_date(value):
            return Problem(name, "not_date", NOT_DATE)
    elif kind == "datetime":
        if not is_datetime(value):
            return Problem(name, "not_datetime", NOT_DATETIME)
    elif kind == "list":
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return Problem(name, "not_list", NOT_LIST)
    elif kind == "json":
        if not isinstance(value, (list, dict)):
            return Problem(name, "not_json", NOT_JSON)
    elif kind == "ref":
        if not is_uuid(value):
            return Problem(name, "not_id", NOT_ID)
    return None


def _range_problem(name: str, value: int | float) -> Problem | None:
    """Compared as is: ``float(10**400)`` would raise, and an int compares exactly with the limit."""
    if -MAX_SAFE_NUMBER <= value <= MAX_SAFE_NUMBER:
        return None
    return Problem(name, "out_of_range", OUT_OF_RANGE, {"limit": MAX_SAFE_NUMBER})


# Cross-field rules, named by EntitySpec.rules. Each takes the whole (merged) record.

def _headcount_not_negative(record: Mapping[str, Any]) -> list[Problem]:
    return [Problem(name, "negative", NEGATIVE) for name in
            ("headcount_women", "headcount_men", "headcount_managers", "headcount_workers")
            if isinstance(record.get(name), int) and record[name] < 0]


def _dates_in_order(record: Mapping[str, Any], first: str, second: str) -> list[Problem]:
    start, end = record.get(first), record.get(second)
    if is_date(start) and is_date(end) and end < start:
        return [Problem(second, "dates_reversed", DATES_REVERSED, {"other": first})]
    return []


def _from_before_to(record: Mapping[str, Any]) -> list[Problem]:
    return _dates_in_order(record, "from_date", "to_date")


def _period_order(record: Mapping[str, Any]) -> list[Problem]:
    return _dates_in_order(record, "period_start", "period_end")


def _module_code(record: Mapping[str, Any]) -> list[Problem]:
    module = record.get("module")
    if isinstance(module, str) and not _MODULE_RE.match(module):
        return [Problem("module", "bad_module", BAD_MODULE)]
    return []


def _photo_has_one_owner(record: Mapping[str, Any]) -> list[Problem]:
    owners = [record.get(name) for name in ("visit_id", "observation_id", "action_item_id")]
    if sum(owner is not None for owner in owners) != 1:
        return [Problem(None, "photo_owner", PHOTO_OWNER)]
    return []


def _sha256_hex(record: Mapping[str, Any]) -> list[Problem]:
    value = record.get("sha256")
    if isinstance(value, str) and not _HEX64_RE.match(value):
        return [Problem("sha256", "bad_hash", BAD_HASH)]
    return []


def _kpi_value_present(record: Mapping[str, Any]) -> list[Problem]:
    if record.get("value") is None and (record.get("numerator") is None or record.get("denominator") is None):
        return [Problem("value", "kpi_no_value", KPI_NO_VALUE)]
    return []


def _session_dates(record: Mapping[str, Any]) -> list[Problem]:
    """A session's ``dates``: real days, each once, in order; ``session_date`` and ``days`` (version 1) agree."""
    dates = record.get("dates")
    if dates is None:
        return []
    if not dates:
        return [Problem("dates", "required", REQUIRED)]
    if not all(is_date(day) for day in dates) or list(dates) != sorted(set(dates)):
        return [Problem("dates", "bad_days", BAD_DAYS)]
    if len(dates) > MAX_SESSION_DAYS:
        return [Problem("dates", "too_many_days", TOO_MANY_DAYS, {"limit": MAX_SESSION_DAYS})]
    problems = []
    if record.get("session_date") != dates[0]:
        problems.append(Problem("session_date", "not_first_day", NOT_FIRST_DAY))
    if record.get("days") is not None and record["days"] != len(dates):
        problems.append(Problem("days", "wrong_day_count", WRONG_DAY_COUNT))
    return problems


def _participant_named(record: Mapping[str, Any]) -> list[Problem]:
    name = record.get("name")
    return [] if isinstance(name, str) and name.strip() else [Problem("name", "required", REQUIRED)]


def _days_present_dates(record: Mapping[str, Any]) -> list[Problem]:
    days = record.get("days_present")
    if days is None or (all(is_date(day) for day in days) and list(days) == sorted(set(days))):
        return []
    return [Problem("days_present", "bad_days", BAD_DAYS)]


#: The three questions of the participants' feedback form, each scored 1 (not at all) to 5 (very much).
FEEDBACK_FIELDS = ("feedback_content", "feedback_trainer", "feedback_apply")


def _feedback_scores(record: Mapping[str, Any]) -> list[Problem]:
    return [Problem(name, "score_range", SCORE_RANGE) for name in FEEDBACK_FIELDS
            if isinstance(record.get(name), int) and not 1 <= record[name] <= 5]


RULES: dict[str, Callable[[Mapping[str, Any]], list[Problem]]] = {
    "headcount_not_negative": _headcount_not_negative,
    "from_before_to": _from_before_to,
    "period_order": _period_order,
    "module_code": _module_code,
    "photo_has_one_owner": _photo_has_one_owner,
    "sha256_hex": _sha256_hex,
    "kpi_value_present": _kpi_value_present,
    "session_dates": _session_dates,
    "participant_named": _participant_named,
    "days_present_dates": _days_present_dates,
    "feedback_scores": _feedback_scores,
}


def validate(spec: EntitySpec, record: Mapping[str, Any], *, changed: Mapping[str, Any] | None = None) -> list[Problem]:
    """Every problem of ``record`` (the whole record after the change).

    ``changed`` limits value checks to the fields being written, so a record pulled from a newer server with a
    value this version does not understand can still be edited elsewhere; required fields and cross-field rules
    are always checked on the whole record. Unknown members are not this function's business (they are kept).
    """
    checked = changed if changed is not None else record
    problems = [problem for name, value in checked.items()
                if name in spec.by_name and (problem := check_value(spec.by_name[name], value)) is not None]
    problems += [Problem(f.name, "required", REQUIRED) for f in spec.fields
                 if f.required and record.get(f.name) in (None, "")]
    if not problems:
        for rule in spec.rules:
            problems += RULES[rule](record)
    return problems
