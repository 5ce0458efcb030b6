"""``score-server``: set up, run and look after a SCORE sync server (DESIGN.md section 5 is the contract).

Exit status 0 on success, 2 on a mistake in the command (bad arguments, unknown user, a folder that is not a data
folder), 1 on any other failure; either way one clear line on stderr, never a traceback. A failure that is a bug
(not the disk, the database or the command) keeps its traceback for whoever fixes it: in the server's log under
``serve``, else in ``DATA/logs/score-server-errors.log``, and the line on stderr says where.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import tempfile
import traceback
from pathlib import Path
from typing import NoReturn, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from score_desktop.errors import is_disk_full
from score_desktop.server import auth, backup, db, exports, files, login, migrations, schema
from score_desktop.server.config import Context, NotADataFolder, read_database_url, write_config
from score_desktop.sync import protocol

PROG = "score-server"
log = logging.getLogger(__name__)


class UsageError(Exception):
    """A mistake in the command: exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (not the usage block) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="The SCORE sync server: accounts, sync API, photo uploads, exports.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, text: str, parent=commands) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=text, description=text)
        sub.add_argument("--data", required=True, type=Path, metavar="DIR",
                         help="the server's data folder (made by 'init')")
        return sub

    init = command("init", "Create a data folder and its database (SQLite in DIR unless --database-url).")
    init.add_argument("--database-url", metavar="URL", help="postgresql://user:password@host/dbname")

    user = commands.add_parser("user", help="Manage accounts.", description="Manage accounts.")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = command("add", "Add an account.", user_commands)
    add.add_argument("name", help="the username")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    command("list", "List the accounts.", user_commands)
    disable = command("disable", "Disable an account and end its sessions.", user_commands)
    disable.add_argument("name")
    password = command("password", "Give an account a new password and end all its sessions.", user_commands)
    password.add_argument("name")
    password.add_argument("--password-stdin", action="store_true",
                          help="read the password from the first line of stdin")
    unlock = command("unlock", "Let an account sign in again at once after too many failed sign-ins.",
                     user_commands)
    unlock.add_argument("name")

    assign = command("assign", "Give a trainer an enterprise (they see and write everything in it).")
    assign.add_argument("name", help="the trainer's username")
    assign.add_argument("enterprise_id", help="the enterprise's id (a UUID)")
    assign.add_argument("--remove", action="store_true", help="take the enterprise away instead")

    serve = command("serve", "Run the server.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")

    export = command("export", "Export everything synced for coordinators.")
    export.add_argument("--format", required=True, choices=exports.FORMATS)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    export.add_argument("--photos", action="store_true", help="add the photos (the output is then a zip)")

    back = command("backup", "Write a backup of the database and the photos to one file.")
    back.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    restore = command("restore", "Replace the database with a backup (gives the server a new epoch); "
                                 "stop the server first.")
    restore.add_argument("file", type=Path, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.engines = []
    try:
        return _COMMANDS[args.command](args)
    except (UsageError, NotADataFolder, auth.AccountError, db.DatabaseUrlError, backup.BackupError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - sorted below: one clear line, never a traceback
        if is_disk_full(exc):
            print(f"{PROG}: error: the disk is full; nothing was written", file=sys.stderr)
        elif isinstance(exc, SQLAlchemyError):
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            print(f"{PROG}: database failure: {reason}", file=sys.stderr)
        else:
            print(f"{PROG}: failed: {type(exc).__name__}: {exc} (a bug: the details are in {_keep_bug(args, exc)})",
                  file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        for engine in args.engines:
            engine.dispose()


def _keep_bug(args, exc: BaseException) -> str:
    """Log a bug's traceback where an administrator finds it; returns where that is."""
    if getattr(args, "serving", False):  # the server's own log (stderr: the journal under systemd)
        log.error("score-server %s failed", args.command, exc_info=exc)
        return "the server's log"
    folder = getattr(args, "data", None)
    if not isinstance(folder, Path) or not folder.is_dir():
        log_file = Path(tempfile.gettempdir()) / "score-server-errors.log"
    else:
        log_file = files.private_folder(folder / "logs") / "score-server-errors.log"
    try:
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"{db.utc_now()} score-server {args.command} failed:\n")
            handle.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)) + "\n")
    except OSError:
        return "nowhere: the log file cannot be written either"
    return str(log_file)


def _make_engine(args, url: str):
    engine = db.make_engine(url)
    args.engines.append(engine)
    return engine


def _engine(args):
    """The data folder's database, upgraded to this server's schema if it is older."""
    engine = _make_engine(args, read_database_url(args.data))
    try:
        migrations.prepare(engine, args.data)
    except migrations.DatabaseNotReady as exc:
        raise UsageError(str(exc)) from None
    return engine


def _init(args) -> int:
    data: Path = args.data
    if (data / "server.json").exists():
        raise UsageError(f"{data} is already a server data folder")
    if data.exists() and not data.is_dir():
        raise UsageError(f"{data} is not a folder")
    url = db.normalize_url(args.database_url) if args.database_url else db.sqlite_url(data)
    files.private_folder(data)
    engine = _make_engine(args, url)
    if db.is_initialized(engine):
        write_config(data, url)
        print(f"{data} now uses the existing server database.")
        return 0
    epoch = db.initialize(engine)
    write_config(data, url)
    print(f"Initialized {data} ({engine.dialect.name}); epoch {epoch}.")
    return 0


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise UsageError("the passwords differ")
    return first


def _user(args) -> int:
    engine = _engine(args)
    if args.user_command == "add":
        password = _read_password(args)
        with db.writing(engine) as conn:
            auth.add_user(conn, args.name, args.role, password)
        print(f"Added {auth.normalize_username(args.name)} ({args.role}).")
    elif args.user_command == "disable":
        with db.writing(engine) as conn:
            auth.disable_user(conn, args.name)
        print(f"Disabled {auth.normalize_username(args.name)}; their sessions are ended.")
    elif args.user_command == "password":
        new_password = _read_password(args)
        with db.writing(engine) as conn:
            auth.set_password(conn, args.name, new_password)
        print(f"New password set for {auth.normalize_username(args.name)}; their sessions are ended.")
    elif args.user_command == "unlock":
        with db.writing(engine) as conn:
            if auth.find_user(conn, args.name) is None:
                raise auth.AccountError(f"no user named {auth.normalize_username(args.name)!r}")
            login.unlock(conn, args.name)
        print(f"{auth.normalize_username(args.name)} may sign in again.")
    else:
        _list_users(engine)
    return 0


def _list_users(engine) -> None:
    users, assignments = schema.users, schema.assignments
    held = (select(func.count()).where(assignments.c.user_id == users.c.id).scalar_subquery())
    with db.reading(engine) as conn:
        rows = conn.execute(select(users.c.username, users.c.role, users.c.disabled, held.label("held"))
                            .order_by(users.c.username)).all()
        locked = login.locked_keys(conn)
    print(f"{'USERNAME':<24} {'ROLE':<12} {'STATUS':<9} ENTERPRISES")
    for row in rows:
        scope = "all" if row.role in auth.ALL_SCOPE_ROLES else str(row.held)
        status = "disabled" if row.disabled else "locked" if login.account_key(row.username) in locked else "active"
        print(f"{row.username:<24} {row.role:<12} {status:<9} {scope}")


def _assign(args) -> int:
    if not protocol.is_uuid(args.enterprise_id):
        raise UsageError(f"{args.enterprise_id!r} is not an enterprise id (a UUID)")
    enterprise_id = args.enterprise_id
    with db.writing(_engine(args)) as conn:
        auth.assign(conn, args.name, enterprise_id, remove=args.remove)
    name = auth.normalize_username(args.name)
    print(f"{'Removed' if args.remove else 'Assigned'} enterprise {enterprise_id} {'from' if args.remove else 'to'} "
          f"{name}.")
    return 0


def _serve(args) -> int:
    import uvicorn

    from score_desktop.server.app import create_app

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args.serving = True
    _engine(args)
    app = create_app(args.data)
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None, timeout_keep_alive=30,
                limit_concurrency=500, h11_max_incomplete_event_size=1024 * 1024)
    return 0


def _export(args) -> int:
    engine = _engine(args)
    context = Context(args.data, engine)
    path = exports.export(engine, context.blobs, args.format, args.output, photos=args.photos)
    print(f"Wrote {path}.")
    return 0


def _backup(args) -> int:
    engine = _engine(args)
    manifest = backup.backup(engine, Context(args.data, engine).blobs, args.output)
    print(f"Wrote {args.output} ({sum(manifest['tables'].values())} rows, counter {manifest['counter']}).")
    return 0


def _restore(args) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file} is not a file")
    engine = _make_engine(args, read_database_url(args.data))
    result = backup.restore(engine, Context(args.data, engine).blobs, args.file)
    print(f"Restored {args.file}; new epoch {result['epoch']}, counter {result['counter']}. "
          f"Clients re-send what they hold at their next sync.")
    return 0


_COMMANDS = {"init": _init, "user": _user, "assign": _assign, "serve": _serve, "export": _export,
             "backup": _backup, "restore": _restore}


if __name__ == "__main__":
    sys.exit(main())
