"""KPI readings: a rate's value from its numerator and denominator, what a reading must pass before it is saved,
and whether a change from the baseline is an improvement.

The entity rules in :mod:`validation` know fields, not the catalog; a reading's plausibility depends on its KPI
(a percentage cannot pass 100, a rate needs a denominator), so those checks live here and take the definition.
The screens run them before saving, with the same :class:`Problem` sentences, so a wrong number is one clear
sentence and the typed text stays where it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.domain.catalog import KpiDefinition
from score_desktop.domain.validation import NEGATIVE, NOT_NUMBER, Problem, QT_TRANSLATE_NOOP

DENOMINATOR_ZERO = QT_TRANSLATE_NOOP("Validation", "{field} cannot be zero: there is nothing to divide by.")
RATE_OVER_100 = QT_TRANSLATE_NOOP(
    "Validation", "A percentage cannot be over 100 % (this one is {value} %): check {field}.")
NUMERATOR_ALONE = QT_TRANSLATE_NOOP("Validation", "Enter both the numerator and the denominator, or neither.")

#: The phases of a KPI reading or a practice check, in the order a programme goes through them.
PHASES = ("baseline", "progress", "final")


@dataclass(frozen=True)
class Entered:
    """What the trainer typed for a reading: a number, None for a blank field, or the text that is not a number."""

    value: float | str | None = None
    numerator: float | str | None = None
    denominator: float | str | None = None


def reading_problems(definition: KpiDefinition | None, entered: Entered) -> list[Problem]:
    """Every reason not to save ``entered`` as a reading of ``definition``; empty when it may be saved.

    Blank fields are not problems here (a reading without a value is refused by the entity's own rule).
    """
    problems = [Problem(name, "not_number", NOT_NUMBER) for name in ("value", "numerator", "denominator")
                if isinstance(getattr(entered, name), str)]
    if problems:
        return problems
    numerator, denominator = entered.numerator, entered.denominator
    problems = [Problem(name, "negative", NEGATIVE) for name in ("value", "numerator", "denominator")
                if isinstance(getattr(entered, name), float) and getattr(entered, name) < 0]
    if problems:
        return problems
    if (numerator is None) != (denominator is None):
        return [Problem("numerator" if numerator is None else "denominator", "numerator_alone", NUMERATOR_ALONE)]
    if denominator == 0:
        return [Problem("denominator", "denominator_zero", DENOMINATOR_ZERO)]
    value = computed_value(definition, entered)
    if definition is not None and definition.unit == "%" and value is not None and value > 100:
        field = "numerator" if numerator is not None else "value"
        return [Problem(field, "rate_over_100", RATE_OVER_100, {"value": f"{value:.4g}"})]
    return []


def computed_value(definition: KpiDefinition | None, entered: Entered) -> float | None:
    """The reading's value: computed from numerator and denominator for a rate that has both, else as typed."""
    numerator, denominator = entered.numerator, entered.denominator
    if (definition is not None and definition.is_rate and isinstance(numerator, float)
            and isinstance(denominator, float)):
        return definition.compute(numerator, denominator)
    return entered.value if isinstance(entered.value, float) else None


@dataclass(frozen=True)
class Change:
    """A KPI's change from its baseline: the percentage (signed, None when it cannot be computed) and whether it
    is an improvement in the KPI's direction (None when unchanged or unknown)."""

    percent: float | None
    improved: bool | None


def change(definition: KpiDefinition | None, baseline: float | None, latest: float | None) -> Change:
    """A lower defect rate is an improvement, a higher output is one: the direction comes from the catalog."""
    if baseline is None or latest is None:
        return Change(None, None)
    percent = (latest - baseline) / abs(baseline) * 100 if baseline else None
    if definition is None or latest == baseline:
        return Change(percent, None)
    return Change(percent, definition.is_improvement(baseline, latest))


def phase_for_visit(visit_type: str | None) -> str:
    """The phase a reading or check made at a visit of this type belongs to."""
    return {"baseline": "baseline", "final": "final"}.get(visit_type or "", "progress")
