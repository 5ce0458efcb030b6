"""``score-desktop``: the command line of DESIGN.md section 5 (a contract: scripts and checks call it so).

Exit status 0 on success, 2 on bad arguments (argparse), 1 on any other failure with one clear line on stderr.
Qt is imported only when a window is opened, so the headless commands start fast and run without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
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

def cmd_demo(args: argparse.Namespace) -> int:
    from score_desktop.demo.generator import build_demo

    summary = build_demo(Path(args.workspace), size=args.size, seed=args.seed, progress=_progress_on_stderr)
    counts = ", ".join(f"{count} {entity}" for entity, count in summary.counts.items() if count)
    print(f"demo workspace ({args.size}) in {summary.path}: {counts}; {summary.photo_files} photo files; "
          f"{summary.seconds:.1f} s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from score_desktop.store.check import check_workspace
    from score_desktop.store.workspace import Workspace

    workspace = Path(args.workspace)
    if not (workspace / "workspace.db").exists():
        raise UserError("There is no workspace in {path}.", path=str(workspace))
    with Workspace.open(workspace) as ws:
        problems = check_workspace(ws, progress=_progress_on_stderr)
        photos = ws.photos.count(include_deleted=True)
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        print(f"{len(problems)} problem(s) found in {workspace}.")
        return 1
    print(f"The workspace {workspace} is whole: database intact, {photos} photo records, every picture present "
          f"and matching its name.")
    return 0


def _smoke_test_writes(workspace: Path) -> None:
    """The packaged app's self-test on a throwaway workspace: the store, its migrations and a write all work."""
    from score_desktop.store.workspace import Workspace

    with Workspace.open(workspace) as ws:
        enterprise = ws.enterprises.create(name="冒烟测试工厂 Smoke test", city="Guangzhou")
        ws.visits.create(enterprise_id=enterprise["id"], module="WC", visit_type="baseline",
                         visit_date=time.strftime("%Y-%m-%d"), status="draft")


def cmd_open(args: argparse.Namespace) -> int:
    """Open the app (the default command)."""
    started = process_start_time()
    workspace = Path(args.workspace) if args.workspace else None
    if args.demo:
        from score_desktop.demo.generator import build_demo

        workspace = Path(tempfile.mkdtemp(prefix="score-demo-")) / "workspace"
        print(f"building a demo workspace in {workspace} ...", file=sys.stderr)
        build_demo(workspace, size="small", seed=args.seed, progress=_progress_on_stderr)
    elif args.smoke_test and workspace is None:
        workspace = Path(tempfile.mkdtemp(prefix="score-smoke-")) / "workspace"
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
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the app (default: the system's)")
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
    return parser


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
