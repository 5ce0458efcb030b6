"""PDF reports built with reportlab: functions of data, rendered headless (DESIGN.md section 7).

- :func:`build_visit_report` (``score-desktop report``): one visit, printed for the factory's notice board.
- :func:`build_progress_report` (``score-desktop progress-report``): an enterprise's whole programme.

Both take the workspace they read, the output path, the report language (``en``, ``zh_CN``, ``es``, ``fr``,
``vi``, ``id``, independent of the UI language), the paper (``a4``, ``letter``), the organisation name and logo for
the page header, and optional ``progress(done, total)`` and ``is_cancelled()`` callables for a background task.
"""

from score_desktop.reports.common import ReportResult
from score_desktop.reports.labels import LANGUAGE_NAMES, LANGUAGES
from score_desktop.reports.layout import PAPERS, CannotReadLogo, CannotWriteReport, ReportCancelled
from score_desktop.reports.progress_report import build_progress_report
from score_desktop.reports.visit_report import build_visit_report

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "PAPERS", "CannotReadLogo", "CannotWriteReport", "ReportCancelled",
           "ReportResult", "build_progress_report", "build_visit_report"]
