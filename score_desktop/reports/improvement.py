"""The improvement cycle in the visit report: the module's good practices in place (baseline and this visit, topic
by topic, with the practice score) and the before/after photos of the actions.

Each is one section; :mod:`visit_report` places them. The photos were prepared with the report's others.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from score_desktop.domain.catalog import Catalog
from score_desktop.domain.practice import PracticeScore
from score_desktop.reports import fonts
from score_desktop.reports.common import action_status
from score_desktop.reports.data import BeforeAfter
from score_desktop.reports.labels import label, long_date, percent, short_date
from score_desktop.reports.layout import BAD, GOOD, MUTED, Page, data_table, para, rich, table_style
from score_desktop.reports.photos import PhotoFlowable, PreparedPhoto
from score_desktop.store.practice import PracticeSummary

_GAP = 6 * mm


def practice_section(summary: PracticeSummary | None, catalog: Catalog, page: Page) -> list[Flowable]:
    """Topic by topic: in place at the baseline and at this visit; then the score line."""
    lang = page.lang
    if summary is None or not (summary.baseline_checks or summary.now_checks):
        return [para(label(lang, "no_practice_checks"), "body")]
    at_baseline = summary.phase == "baseline"
    header = [label(lang, "topic"), label(lang, "baseline")] + ([] if at_baseline else [label(lang, "this_visit")])
    shares = (0.62, 0.19, 0.19) if not at_baseline else (0.7, 0.3)
    widths = [page.frame_width * share for share in shares]
    rows = []
    for code in summary.topics:
        cells: list[Flowable | str] = [para(f"{code} · {catalog.topic(code).name(lang)}", "cell"),
                                       _mark(summary.baseline_checks.get(code), lang)]
        if not at_baseline:
            cells.append(_mark(summary.now_checks.get(code), lang))
        rows.append(cells)
    score = [rich(fonts.markup(label(lang, "practice_score"), bold=True), "cell"),
             para(_score(summary.baseline, lang), "cell", bold=True)]
    if not at_baseline:
        score.append(para(_score(summary.now, lang), "cell", bold=True))
    rows.append(score)
    table = data_table(header, rows, widths, extra_style=[("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)])
    note = []
    if summary.baseline_date and not at_baseline:
        note = [para(label(lang, "baseline_assessed", date=long_date(summary.baseline_date, lang)), "cell_muted")]
    return [table, *note]


def _mark(in_place: bool | None, lang: str) -> Flowable:
    if in_place is None:
        return para("—", "cell_muted")
    text = label(lang, "in_place_yes" if in_place else "in_place_no")
    return rich(fonts.markup(text), "cell", textColor=GOOD if in_place else BAD)


def _score(score: PracticeScore | None, lang: str) -> str:
    if score is None or score.percent is None:
        return "—"
    return label(lang, "score_value", in_place=score.in_place, total=score.total,
                 percent=percent(score.percent, lang))


def before_after_section(pairs: list[BeforeAfter], page: Page, prepared: dict[str, PreparedPhoto],
                         heading: Flowable) -> list[Flowable]:
    """Per action: its title, owner and status, then its "before" photos beside its "after" photos.

    ``heading`` goes on the page of the first pair (a heading's keepWithNext does not hold across KeepTogether).
    """
    lang = page.lang
    column = (page.frame_width - _GAP) / 2
    story: list[Flowable] = []
    first = [heading]
    for pair in pairs:
        record = pair.action.record
        facts = label(lang, "item_sep").join(part for part in (
            pair.action.owner, label(lang, "due") + label(lang, "colon") + short_date(record.get("due_date"), lang),
            action_status(pair.action, lang)) if part)
        title = para(record["title"], "cell", bold=True)
        table = Table([[para(label(lang, "kind.before"), "cell_muted", bold=True),
                        para(label(lang, "kind.after"), "cell_muted", bold=True)],
                       [_photos(pair.before, prepared, column, lang, label(lang, "no_before_photo")),
                        _photos(pair.after, prepared, column, lang, "")]],
                      colWidths=[column + _GAP, column], hAlign="LEFT")
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (0, -1), _GAP), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story.append(KeepTogether([*first, title, para(facts, "cell_muted"), Spacer(1, 2), table, Spacer(1, 6)]))
        first = []
    return story


def _photos(records: list, prepared: dict[str, PreparedPhoto], width: float, lang: str, empty: str) -> list[Flowable]:
    """Up to two photos of one side, one above the other (a pair reads best when the sides line up)."""
    shown = [prepared[record["id"]] for record in records if record["id"] in prepared][:2]
    if not shown:
        return [para(empty, "cell_muted")] if empty else [Spacer(1, 1)]
    return [PhotoFlowable(photo, width, 55 * mm, lang) for photo in shown]
