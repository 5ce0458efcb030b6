"""``score-desktop``: the command line of DESIGN.md section 5 (a contract: scripts and checks call it so).

Exit status 0 on success, 2 on bad arguments (argparse), 1 on any other failure with one clear line on stderr.
Qt is imported only when a window is opened, so the headless commands start fast and run without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Callable, Sequence

from score_desktop import APP_ID, __version__
from score_desktop.errors import UserError, setup_logging

log = logging.getLogger(__name__)
LANGUAGES = ("en", "zh_CN", "es", "fr", "vi", "id")


def process_start_time() -> float:
    """When this process started (wall clock): from /proc where there is one, else when this module loaded."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _MODULE_LOADED


_MODULE_LOADED = time.time()


def _progress_on_stderr(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty() or done == total:
        end = "\n" if done == total else "\r"
        print(f"  {stage}: {done}/{total}", end=end, file=sys.stderr, flush=True)


# -- commands ----------------------------------------------------------------------------------------------------

def _open_existing_workspace(path: str):
    from score_desktop.store.workspace import Workspace

    workspace = Path(path)
    if not (workspace / "workspace.db").exists():
        raise UserError("There is no workspace in {path}.", path=str(workspace))
    return Workspace.open(workspace)


def cmd_demo(args: argparse.Namespace) -> int:
    from score_desktop.demo.generator import build_demo

    summary = build_demo(Path(args.workspace), size=args.size, seed=args.seed, progress=_progress_on_stderr)
    counts = ", ".join(f"{count} {entity}" for entity, count in summary.counts.items() if count)
    print(f"demo workspace ({args.size}) in {summary.path}: {counts}; {summary.photo_files} photo files; "
          f"{summary.seconds:.1f} s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from score_desktop.store.check import check_folder

    workspace = Path(args.workspace)
    report = check_folder(workspace, progress=_progress_on_stderr)
    for problem in report.problems:
        print(f"problem: {problem}")
    for note in report.notes:
        print(f"note: {note}")
    if report.problems:
        print(f"{len(report.problems)} problem(s) found in {workspace}.")
        return 1
    print(f"The workspace {workspace} is whole: database intact, {report.photo_records} photo records, every "
          f"picture here matching its name.")
    return 0


def _scratch_folder(prefix: str) -> Path:
    import tempfile  # only the demo and the smoke test need it: the app's start-up does not pay for it

    return Path(tempfile.mkdtemp(prefix=prefix))


def _smoke_test_writes(workspace: Path) -> None:
    """The packaged app's self-test on a throwaway workspace: the store and its migrations, a write, and a
    one-page visit report (reportlab and the bundled fonts), before the window opens."""
    from score_desktop.reports import build_visit_report
    from score_desktop.store.workspace import Workspace

    with Workspace.open(workspace) as ws:
        enterprise = ws.enterprises.create(name="冒烟测试工厂 Smoke test", city="Guangzhou")
        visit = ws.visits.create(enterprise_id=enterprise["id"], module="WC", visit_type="baseline",
                                 visit_date=time.strftime("%Y-%m-%d"), status="draft")
        ws.observations.create(visit_id=visit["id"], topic="WC-01", rating="good",
                               text="安全出口畅通 · Lối thoát hiểm thông thoáng")
        result = build_visit_report(ws, visit["id"], workspace / "smoke-test.pdf", lang="zh_CN")
    if result.pages < 1:
        raise UserError("The smoke-test report has no pages.")


def cmd_report(args: argparse.Namespace) -> int:
    """A draft prints as it is now; a signed visit prints its signed document byte for byte (downloaded first
    when another laptop signed it), or in another language an unsigned translation of it."""
    from score_desktop.reports.signing import print_visit_report
    from score_desktop.sync.documents import fetcher

    with _open_existing_workspace(args.workspace) as ws:
        printed = print_visit_report(ws, args.visit_id, Path(args.output), lang=args.lang, paper=args.paper,
                                     progress=lambda done, total: _progress_on_stderr("report", done, total),
                                     fetch=fetcher(ws))
    report, result = printed.signed_report, printed.result
    if report is not None and not printed.translation:
        print(f"signed visit report (revision {report['revision']}, signed {report['signed_at']}) written to "
              f"{printed.path}: the stored document, sha256 {report['sha256']}")
        return 0
    what = "unsigned translation of the signed visit report" if printed.translation else "visit report"
    missing = f", {result.missing_photos} shown as 'photo not available'" if result.missing_photos else ""
    print(f"{what} written to {result.path}: {result.pages} pages, {result.photos} photos{missing}")
    return 0


def cmd_progress_report(args: argparse.Namespace) -> int:
    from score_desktop.reports import build_progress_report

    with _open_existing_workspace(args.workspace) as ws:
        result = build_progress_report(ws, args.enterprise_id, Path(args.output), lang=args.lang, paper=args.paper,
                                       progress=lambda done, total: _progress_on_stderr("report", done, total))
    print(f"progress report written to {result.path}: {result.pages} pages")
    return 0


def cmd_sponsor_report(args: argparse.Namespace) -> int:
    from score_desktop.reports.sponsor_report import build_sponsor_report

    with _open_existing_workspace(args.workspace) as ws:
        result = build_sponsor_report(ws, args.sponsor, Path(args.output), lang=args.lang or "en", paper=args.paper,
                                      progress=lambda done, total: _progress_on_stderr("report", done, total))
    print(f"sponsor report written to {result.path}: {result.pages} pages")
    return 0


def cmd_attendance_sheet(args: argparse.Namespace) -> int:
    from score_desktop.reports.attendance_sheet import build_attendance_sheet

    with _open_existing_workspace(args.workspace) as ws:
        result = build_attendance_sheet(ws, args.session_id, Path(args.output), lang=args.lang, paper=args.paper)
    print(f"attendance sheet written to {result.path}: {result.pages} pages")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from score_desktop.reports.certificates import build_certificates

    with _open_existing_workspace(args.workspace) as ws:
        result = build_certificates(ws, args.session_id, Path(args.output), lang=args.lang, paper=args.paper)
    print(f"certificates written to {result.path}: {result.pages} (one per participant present every day)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from score_desktop.exchange.workspace_export import export_workspace

    last = [0.0]

    def progress(done: int, total: int) -> None:
        # A programme takes tens of seconds: say how far it is, a few times a second at most.
        now = time.monotonic()
        if done >= total or now - last[0] > 0.5:
            last[0] = now
            _progress_on_stderr("export (rows)", done, max(total, done))

    with _open_existing_workspace(args.workspace) as ws:
        rows = export_workspace(ws, args.format, Path(args.output), lang=args.lang, progress=progress)
    print(f"export ({args.format}, {args.lang}) written to {args.output}: {rows} rows")
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    import getpass

    from score_desktop.sync.account import sign_in

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.username} at {args.server}: ")
    else:
        raise UserError("No terminal to ask for the password: use --password-stdin.")
    from score_desktop.store.workspace import Workspace

    workspace = Path(args.workspace)
    new, existed = not (workspace / "workspace.db").exists(), workspace.exists()
    if new and existed and any(workspace.iterdir()):
        raise UserError("{path} holds other files: sign in to a new folder or to a workspace.", path=str(workspace))
    try:
        with Workspace.open(workspace) as ws:  # a new folder becomes a workspace (a coordinator's first step)
            account = sign_in(ws, args.server, args.username, password)
    except BaseException:
        if new:
            _remove_new_workspace(workspace, keep_folder=existed)
        raise
    made = f" in the new workspace {workspace}" if new else ""
    print(f"Signed in to {account.server_url} as {account.username} ({account.role}){made}.")
    return 0


def _remove_new_workspace(workspace: Path, *, keep_folder: bool) -> None:
    """A sign-in that failed leaves no half-made workspace behind (the next try starts as new)."""
    import shutil

    for path in list(workspace.iterdir()) if keep_folder else [workspace]:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def cmd_logout(args: argparse.Namespace) -> int:
    from score_desktop.sync.account import sign_out

    with _open_existing_workspace(args.workspace) as ws:
        sign_out(ws)
    print("Signed out.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from score_desktop.store import outbox
    from score_desktop.sync import uploads
    from score_desktop.sync.account import transport_for
    from score_desktop.sync.engine import SyncEngine

    with _open_existing_workspace(args.workspace) as ws:
        transport = transport_for(ws)
        if transport is None:
            raise UserError("This workspace is not signed in: run 'score-desktop login' first.")
        with transport:
            result = SyncEngine(ws, transport, progress=_progress_on_stderr).run_round()
        waiting = ws.waiting_count()
        rejected = len(outbox.mutations(ws.conn, states=(outbox.REJECTED,)))
        photos_waiting = len(uploads.waiting(ws))
    print(f"sync {result.outcome}: {result.pushed} sent, {result.rejected} refused, {result.conflicts} "
          f"conflicts, {result.pulled} received, {result.uploaded_photos} photos uploaded "
          f"({result.uploaded_bytes / 1e6:.1f} MB); {waiting} changes and {photos_waiting} photos still waiting, "
          f"{rejected} need attention")
    for warning in result.warnings:
        if warning.startswith("clock_skew:"):
            print(f"warning: this laptop's clock is {int(warning.split(':')[1]) // 60} minutes away from the "
                  f"server's; please set the right time", file=sys.stderr)
    if not result.ok:
        print(f"{APP_ID}: error: {result.message}", file=sys.stderr)
        return 1
    return 0 if waiting == 0 and photos_waiting == 0 else 1


def cmd_open(args: argparse.Namespace) -> int:
    """Open the app (the default command)."""
    started = process_start_time()
    workspace = Path(args.workspace) if args.workspace else None
    if args.demo:
        from score_desktop.demo.generator import build_demo

        workspace = _scratch_folder("score-demo-") / "workspace"
        print(f"building a demo workspace in {workspace} ...", file=sys.stderr)
        build_demo(workspace, size="small", seed=args.seed, progress=_progress_on_stderr)
    elif args.smoke_test and workspace is None:
        workspace = _scratch_folder("score-smoke-") / "workspace"
        _smoke_test_writes(workspace)
    from score_desktop.ui.app import run_app  # Qt only from here on

    return run_app(workspace=workspace, language=args.lang, smoke_test=args.smoke_test, started=started)


# -- argument parsing --------------------------------------------------------------------------------------------

def _workspace_arg(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--workspace", metavar="DIR", required=required,
                        help="the workspace folder" + ("" if required else " (default: your user data folder)"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID, description="SCORE Desktop: visits, findings, photos, action plans and KPIs of SCORE "
                                 "enterprise consultations, offline first.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _workspace_arg(parser, required=False)
    parser.add_argument("--lang", choices=(*LANGUAGES, "pseudo"),
                        help="language of the app (default: the system's); pseudo makes every text 40%% longer, "
                             "to check that layouts fit the longest translation")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo workspace")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, wait for its first paint, print 'smoke-test ok <seconds>' "
                             "and exit")
    parser.set_defaults(handler=cmd_open)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="build a realistic demo workspace",
                               description="Build a demo workspace with enterprises, visits, findings, photos, "
                                           "actions and KPI readings.")
    _workspace_arg(demo, required=True)
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help="small: about 8 factories; large: 200 factories and 100,000 findings (benchmarks)")
    demo.add_argument("--seed", type=int, default=0, help="the same seed builds the same workspace")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser("check", help="check the integrity of a workspace",
                                description="Check the database (integrity, foreign keys) and the photo store "
                                            "(every file matches its name, every photo record has its file).")
    _workspace_arg(check, required=True)
    check.set_defaults(handler=cmd_check)

    report = commands.add_parser("report", help="write the PDF report of a visit",
                                 description="Write the PDF report of one visit (the one printed for the factory), "
                                             "in the language the factory reads. A signed visit gives its signed "
                                             "document byte for byte (on the paper it was signed on); with --lang "
                                             "another language, an unsigned translation of it.")
    report.add_argument("visit_id", metavar="VISIT_ID", help="the id of the visit")
    _report_args(report)
    report.set_defaults(handler=cmd_report)

    sponsor = commands.add_parser("sponsor-report", help="write the PDF results report of a sponsoring buyer",
                                  description="Write the PDF results report of one sponsoring buyer: its suppliers "
                                              "in the programme, their modules and visits, KPI changes from "
                                              "baseline, actions completed, the EITs' balance, classroom training "
                                              "attendance.")
    sponsor.add_argument("sponsor", metavar="SPONSOR",
                         help="the sponsor as the enterprises name it (case and spaces may differ); an unknown one "
                              "is answered with the list of known sponsors")
    _report_args(sponsor, language_of=None)
    sponsor.set_defaults(handler=cmd_sponsor_report)

    progress = commands.add_parser("progress-report", help="write the PDF progress report of an enterprise",
                                   description="Write the PDF progress report of one enterprise: every visit, KPI "
                                               "trends from baseline, actions done on time and late, the EIT.")
    progress.add_argument("enterprise_id", metavar="ENTERPRISE_ID", help="the id of the enterprise")
    _report_args(progress)
    progress.set_defaults(handler=cmd_progress_report)
    sheet = commands.add_parser("attendance-sheet", help="write the attendance sheet of a training session",
                                description="Write the attendance sheet of a classroom training session as a "
                                            "PDF to be signed on paper: one line per participant, one column per "
                                            "day.")
    sheet.add_argument("session_id", metavar="SESSION_ID", help="the id of the training session")
    _report_args(sheet, language_of="the session")
    sheet.set_defaults(handler=cmd_attendance_sheet)

    certificates = commands.add_parser("certificates", help="write the certificates of a training session",
                                       description="Write the certificates of participation of a classroom "
                                                   "training session as a PDF: one page per participant present "
                                                   "on every day.")
    certificates.add_argument("session_id", metavar="SESSION_ID", help="the id of the training session")
    _report_args(certificates, language_of="the session")
    certificates.set_defaults(handler=cmd_certificates)

    export = commands.add_parser(
        "export", help="export the workspace for M&E (XLSX or CSV)",
        description="Export every record of the workspace for monitoring and evaluation, with sheet and column "
                    "names in words in the chosen language, codes beside their names, each record's enterprise, "
                    "province and sponsors, and who created and last changed it. xlsx: one workbook, one sheet per "
                    "kind of record (and a sponsors sheet). csv: a zip of one CSV file per sheet, named by the "
                    "sheet's key (enterprise.csv, visit.csv, kpi_reading.csv...), UTF-8. The same shape as "
                    "'score-server export'.")
    _workspace_arg(export, required=True)
    export.add_argument("--format", required=True, choices=("xlsx", "csv"), help="xlsx, or csv (a zip)")
    export.add_argument("-o", "--output", metavar="PATH", required=True,
                        help="the file to write (.xlsx, or .zip for csv)")
    export.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the sheet names, headers and names of codes (default: en)")
    export.set_defaults(handler=cmd_export)

    login = commands.add_parser("login", help="sign in to the SCORE server",
                                description="Sign in once; the token is kept in the system keyring (or a file "
                                            "only you can read).")
    _workspace_arg(login, required=True)
    login.add_argument("--server", required=True, metavar="URL",
                       help="the server address, e.g. https://score.example.org")
    login.add_argument("--username", required=True, metavar="NAME")
    login.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    login.set_defaults(handler=cmd_login)

    logout = commands.add_parser("logout", help="sign out (the server forgets the token)")
    _workspace_arg(logout, required=True)
    logout.set_defaults(handler=cmd_logout)

    sync = commands.add_parser("sync", help="one sync round with the server",
                               description="Send what waits in the outbox, upload photos, receive others' "
                                           "changes. Progress on stderr, a summary on stdout; exit 0 when "
                                           "everything went up.")
    _workspace_arg(sync, required=True)
    sync.set_defaults(handler=cmd_sync)
    return parser


def _report_args(parser: argparse.ArgumentParser, *, language_of: str | None = "the enterprise") -> None:
    _workspace_arg(parser, required=True)
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write")
    default = f"{language_of}'s report language, else en" if language_of else "en"
    parser.add_argument("--lang", choices=LANGUAGES, help=f"language of the report (default: {default})")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    workspace = getattr(args, "workspace", None)
    if workspace and args.command is not None and (Path(workspace) / "workspace.db").exists():
        try:
            setup_logging(Path(workspace) / "logs")
        except OSError:
            pass  # logging is a help, never a reason to fail
    try:
        return handler(args)
    except UserError as error:
        print(f"{APP_ID}: error: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 1
    except FileExistsError as error:
        print(f"{APP_ID}: error: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one line here, the traceback in the log
        log.exception("unexpected error in %s", args.command or "open")
        print(f"{APP_ID}: internal error: {error.__class__.__name__}: {error} (details in the workspace log)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
