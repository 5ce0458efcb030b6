"""The synced entities of SCORE, declared once as data.

Each entity is an :class:`EntitySpec`: its fields with their kind, whether they are required, their allowed codes
and the entity they point at. The store builds its rows from these specs, validation checks them, the sync wire
uses their names (docs/sync-protocol.md fixes the names it lists; the others are ours and travel the same way).

Every record also has the common members of :data:`COMMON_COLUMNS`; they are not listed per entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field
from functools import cached_property
from typing import Literal

FieldKind = Literal["text", "int", "float", "bool", "date", "datetime", "list", "json", "ref"]

#: Members every synced record has besides its entity's fields (DESIGN.md section 3).
COMMON_COLUMNS = ("id", "enterprise_id", "created_at", "updated_at", "updated_hlc", "version", "deleted",
                  "extra_json", "created_by", "updated_by")

RATINGS = ("good", "improve", "critical", "na")
VISIT_TYPES = ("baseline", "consultation", "follow_up", "final")
VISIT_STATUSES = ("draft", "final", "signed")
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
PHASES = ("baseline", "progress", "final")
PHOTO_KINDS = ("before", "after", "evidence", "signature")
EIT_ROLES = ("chair", "secretary", "member")
EIT_SIDES = ("manager", "worker")
GENDERS = ("female", "male", "other")
KPI_SOURCES = ("records", "estimate")
REVIEW_STATES = ("received", "has_issues", "approved")
#: The accounts of a SCORE server (docs/sync-protocol.md, Auth); a comment names its author's.
USER_ROLES = ("trainer", "coordinator", "admin")


@dataclass(frozen=True)
class Field:
    """One field of an entity. ``ref`` names the entity a ``ref`` field points at."""

    name: str
    kind: FieldKind = "text"
    required: bool = False
    choices: tuple[str, ...] | None = None
    ref: str | None = None
    max_length: int | None = None
    #: Text that the search box finds.
    searchable: bool = False


@dataclass(frozen=True)
class EntitySpec:
    name: str
    fields: tuple[Field, ...]
    #: The field shown as the record's title in lists and search results.
    title_field: str
    #: Cross-field rules, checked by :mod:`score_desktop.domain.validation` (names of rule functions there).
    rules: tuple[str, ...] = ()
    #: A record that people of several enterprises share (a classroom session): its ``enterprise_id`` names its
    #: host, a workspace may hold it without the host, and records of other enterprises may point at it
    #: (docs/sync-protocol.md, Part 2, "Classroom training").
    shared: bool = False
    by_name: dict[str, Field] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    @cached_property  # asked once per record by a pull of a whole programme
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def searchable_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.searchable)

    @cached_property
    def refs(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind == "ref")


def _text(name: str, *, required: bool = False, max_length: int = 500, searchable: bool = False) -> Field:
    return Field(name, "text", required=required, max_length=max_length, searchable=searchable)


def _long_text(name: str, *, searchable: bool = True) -> Field:
    return Field(name, "text", max_length=20_000, searchable=searchable)


def _code(name: str, choices: tuple[str, ...], *, required: bool = False) -> Field:
    return Field(name, "text", required=required, choices=choices)


def _ref(name: str, entity: str, *, required: bool = False) -> Field:
    return Field(name, "ref", required=required, ref=entity)


ENTERPRISE = EntitySpec("enterprise", (
    _text("name", required=True, searchable=True),
    _text("name_latin", searchable=True),
    _text("sector", max_length=100, searchable=True),
    _text("products", max_length=1000, searchable=True),
    _text("address", max_length=1000),
    _text("city", max_length=200, searchable=True),
    _text("province", max_length=200),
    _text("country", max_length=100),
    Field("headcount_women", "int"),
    Field("headcount_men", "int"),
    Field("headcount_managers", "int"),
    Field("headcount_workers", "int"),
    Field("sponsors", "list", searchable=True),
    _text("contact_name", max_length=200, searchable=True),
    _text("contact_phone", max_length=100),
    _text("contact_email", max_length=200),
    Field("consent_share", "bool"),
    _text("report_language", max_length=10),
    _long_text("notes"),
), title_field="name", rules=("headcount_not_negative",))

EIT_MEMBER = EntitySpec("eit_member", (
    _text("name", required=True, max_length=200, searchable=True),
    _code("role", EIT_ROLES),
    _code("side", EIT_SIDES),
    _code("gender", GENDERS),
    _text("department", max_length=200),
    _text("position", max_length=200),
    Field("from_date", "date"),
    Field("to_date", "date"),
), title_field="name", rules=("from_before_to",))

#: A classroom session; ``session_date`` and ``days`` (version 1) follow from ``dates``, the days themselves.
TRAINING_SESSION = EntitySpec("training_session", (
    _text("module", required=True, max_length=16),
    Field("session_date", "date", required=True),
    Field("days", "float"),
    _text("location", max_length=500),
    _text("trainer", max_length=200),
    _long_text("notes", searchable=False),
    Field("dates", "list"),
    _text("city", max_length=200),
    Field("co_trainers", "list"),
    _text("language", max_length=10),
), title_field="module", rules=("module_code", "session_dates"), shared=True)

#: An enterprise whose people attend a session: it travels in that enterprise and lets its trainers see the session.
TRAINING_ENROLMENT = EntitySpec("training_enrolment", (
    _ref("training_session_id", "training_session", required=True),
), title_field="training_session_id")

#: A participant of a session (the entity's version 1 name is ``attendance``): who, the days present, feedback.
ATTENDANCE = EntitySpec("attendance", (
    _ref("training_session_id", "training_session", required=True),
    _ref("eit_member_id", "eit_member"),
    _text("name", max_length=200),
    _code("side", EIT_SIDES),
    _code("gender", GENDERS),
    Field("days_attended", "float"),
    _text("position", max_length=200),
    Field("days_present", "list"),
    Field("feedback_content", "int"),
    Field("feedback_trainer", "int"),
    Field("feedback_apply", "int"),
    _long_text("feedback_comment", searchable=False),
), title_field="name", rules=("participant_named", "days_present_dates", "feedback_scores"))

VISIT = EntitySpec("visit", (
    _text("module", required=True, max_length=16),
    _code("visit_type", VISIT_TYPES, required=True),
    Field("visit_date", "date", required=True),
    _code("status", VISIT_STATUSES, required=True),
    _text("catalog_version", max_length=40),
    _text("trainer", max_length=200, searchable=True),
    Field("co_visitors", "list"),
    Field("attendees", "list"),
    _long_text("objectives"),
    _long_text("summary"),
    Field("next_visit_date", "date"),
    Field("signatures", "json"),
    # Reopening a signed visit (docs/sync-protocol.md Part 2, "Signed visits are locked"): why, who and when.
    _long_text("reopen_reason", searchable=False),
    _text("reopened_by", max_length=200),
    Field("reopened_at", "datetime"),
), title_field="module", rules=("module_code",))

OBSERVATION = EntitySpec("observation", (
    _ref("visit_id", "visit", required=True),
    _text("topic", max_length=40),
    _text("location", max_length=500, searchable=True),
    _long_text("text"),
    _code("rating", RATINGS),
    _long_text("recommendation"),
    Field("position", "int"),
), title_field="text")

PHOTO = EntitySpec("photo", (
    Field("sha256", "text", required=True, max_length=64),
    Field("size", "int", required=True),
    _text("mime", required=True, max_length=100),
    _ref("visit_id", "visit"),
    _ref("observation_id", "observation"),
    _ref("action_item_id", "action_item"),
    _text("caption", max_length=2000, searchable=True),
    _code("kind", PHOTO_KINDS),
    Field("taken_at", "datetime"),
    Field("width", "int"),
    Field("height", "int"),
    _text("original_name", max_length=500),
    Field("annotations", "json"),
    Field("position", "int"),
), title_field="caption", rules=("photo_has_one_owner", "sha256_hex"))

ACTION_ITEM = EntitySpec("action_item", (
    _ref("visit_id", "visit"),
    _text("title", required=True, max_length=2000, searchable=True),
    _ref("owner_id", "eit_member"),
    Field("due_date", "date"),
    _code("status", ACTION_STATUSES, required=True),
    _ref("observation_id", "observation"),
    _text("module", max_length=16),
    Field("expected_saving", "float"),
    Field("actual_saving", "float"),
    Field("completed_date", "date"),
    _long_text("note"),
), title_field="title")

KPI_READING = EntitySpec("kpi_reading", (
    _text("kpi", required=True, max_length=60),
    Field("period_start", "date", required=True),
    Field("period_end", "date", required=True),
    _code("phase", PHASES, required=True),
    Field("value", "float"),
    Field("numerator", "float"),
    Field("denominator", "float"),
    _code("source", KPI_SOURCES),
    _text("note", max_length=2000),
    _ref("visit_id", "visit"),
    _ref("supersedes_id", "kpi_reading"),
), title_field="kpi", rules=("period_order", "kpi_value_present"))

PRACTICE_CHECK = EntitySpec("practice_check", (
    _text("topic", required=True, max_length=40),
    _code("phase", PHASES, required=True),
    Field("in_place", "bool", required=True),
    _ref("visit_id", "visit"),
    _text("note", max_length=2000),
), title_field="topic")

SUGGESTION = EntitySpec("suggestion", (
    Field("received_date", "date", required=True),
    _long_text("text"),
    _text("submitted_by", max_length=200),
    Field("implemented", "bool"),
    Field("implemented_date", "date"),
    Field("reward", "float"),
    Field("saving", "float"),
), title_field="text")

#: The signed visit report: the PDF rendered once at signing, kept by its SHA-256 and synced like a photo; one
#: record per revision, never changed (docs/sync-protocol.md Part 2, "Signed reports").
SIGNED_REPORT = EntitySpec("signed_report", (
    _ref("visit_id", "visit", required=True),
    Field("revision", "int", required=True),
    Field("sha256", "text", required=True, max_length=64),
    Field("size", "int", required=True),
    _text("mime", required=True, max_length=100),
    _text("lang", max_length=10),
    _text("paper", max_length=10),
    Field("signed_at", "datetime", required=True),
    _text("signed_by", max_length=200),
    _long_text("reopen_reason", searchable=False),
    _text("reopened_by", max_length=200),
    Field("reopened_at", "datetime"),
    Field("snapshot", "json"),
), title_field="signed_at", rules=("sha256_hex",))

REVIEW = EntitySpec("review", (
    _ref("visit_id", "visit", required=True),
    _code("state", REVIEW_STATES, required=True),
    _long_text("comments", searchable=False),
    _text("reviewer", max_length=200),
), title_field="state")

#: One message of a visit report's review thread: a coordinator's comment, or the trainer's answer
#: (docs/sync-protocol.md Part 2, "Roles"). ``author`` and ``author_role`` are set by the server.
REVIEW_COMMENT = EntitySpec("review_comment", (
    _ref("visit_id", "visit", required=True),
    Field("text", "text", required=True, max_length=20_000),
    _code("review_state", REVIEW_STATES),
    _text("author", max_length=200),
    _code("author_role", USER_ROLES),
), title_field="text")

#: Every synced entity, parents before children (the order a fresh workspace or a bundle is filled in).
ENTITIES: dict[str, EntitySpec] = {spec.name: spec for spec in (
    ENTERPRISE, EIT_MEMBER, TRAINING_SESSION, TRAINING_ENROLMENT, ATTENDANCE, VISIT, OBSERVATION, ACTION_ITEM,
    PHOTO, KPI_READING, PRACTICE_CHECK, SUGGESTION, REVIEW, SIGNED_REPORT, REVIEW_COMMENT,
)}


def spec_for(entity: str) -> EntitySpec:
    try:
        return ENTITIES[entity]
    except KeyError:
        raise KeyError(f"unknown entity {entity!r}; known: {', '.join(ENTITIES)}") from None
