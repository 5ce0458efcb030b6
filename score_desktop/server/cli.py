"""``score-server``: set up, run and look after a SCORE sync server (DESIGN.md section 5 is the contract).

Exit status 0 on success, 2 on a mistake in the command (bad arguments, unknown user, a folder that is not a data
folder), 1 on any other failure; either way one clear line on stderr, never a traceback. A failure that is a bug
(not the disk, the database or the command) keeps its traceback for whoever fixes it: in the server's log under
``serve``, else in ``DATA/logs/score-server-errors.log``, and the line on stderr says where.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import NoReturn, Sequence

from sqlalchemy.exc import SQLAlchemyError

from score_desktop.errors import is_disk_full
from score_desktop.server import auth, backup, blob_store, cli_users, db, exports, files, migrations
from score_desktop.server.blob_store import StoreUnreachable
from score_desktop.server.config import (CONFIG_NAME, WORKERS_ENV, Context, NotADataFolder, read_config,
                                         read_database_url, write_config)
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

    init = command("init", "Create a data folder and its database (SQLite in DIR unless --database-url) and "
                           "choose where blobs go (the folder DIR/blobs unless --blob-store).")
    init.add_argument("--database-url", metavar="URL", help="postgresql://user:password@host/dbname")
    init.add_argument("--blob-store", metavar="s3://BUCKET[/PREFIX]",
                      help="keep photos and documents in this S3-compatible bucket (credentials from "
                           "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, never stored)")
    init.add_argument("--s3-endpoint", metavar="URL",
                      help="the object store's address when it is not AWS (MinIO, SeaweedFS, Ceph, R2...)")

    cli_users.add_parsers(commands, command)

    assign = command("assign", "Give a trainer an enterprise (they see and write everything in it).")
    assign.add_argument("name", help="the trainer's username")
    assign.add_argument("enterprise_id", help="the enterprise's id (a UUID)")
    assign.add_argument("--remove", action="store_true", help="take the enterprise away instead")

    serve = command("serve", "Run the server.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--workers", type=_positive, default=1, metavar="N",
                       help="worker processes (default 1; more than 1 needs PostgreSQL)")

    export = command("export", "Export everything synced for M&E: the same sheets and columns as "
                               "'score-desktop export' (xlsx: one sheet per kind of record; csv: a zip of one CSV "
                               "file per sheet), in words in the chosen language, plus the open conflicts.")
    export.add_argument("--format", required=True, choices=exports.FORMATS)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    export.add_argument("--lang", choices=exports.LANGUAGES, default="en",
                        help="language of the sheet names, headers and names of codes (default: en)")
    export.add_argument("--photos", action="store_true", help="add the photos (the output is then a zip)")

    back = command("backup", "Write a backup of the database and the blobs (photos, documents) to one file; "
                             "it says what it does not hold.")
    back.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    back.add_argument("--no-blobs", action="store_true",
                      help="leave the blobs out (back the object store up with its own tools)")

    restore = command("restore", "Replace the database with a backup (gives the server a new epoch); "
                                 "stop the server first.")
    restore.add_argument("file", type=Path, metavar="FILE")

    move = command("migrate-blobs", "Copy the data folder's blobs into an object store, each verified by its "
                                    "hash, while the server runs; run it again to go on or to move what came "
                                    "since. Then server.json names the store: restart the server.")
    move.add_argument("--to", required=True, metavar="s3://BUCKET[/PREFIX]", help="the object store")
    move.add_argument("--s3-endpoint", metavar="URL", help="its address when it is not AWS")
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


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
        elif isinstance(exc, StoreUnreachable):
            print(f"{PROG}: the blob store cannot be used: {exc}", file=sys.stderr)
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
    store = _object_store(args.blob_store, args.s3_endpoint) if args.blob_store else None
    if args.s3_endpoint and not args.blob_store:
        raise UsageError("--s3-endpoint goes with --blob-store s3://BUCKET")
    created_bucket = store.ensure_bucket() if store is not None else False
    files.private_folder(data)
    engine = _make_engine(args, url)
    blob_config = {"blob_store": store.location.url, "s3_endpoint": store.endpoint} if store else {}
    where = f"; blobs go to {store.description}" + (" (bucket created)" if created_bucket else "") if store else ""
    if db.is_initialized(engine):
        write_config(data, url, **blob_config)
        print(f"{data} now uses the existing server database{where}.")
        return 0
    epoch = db.initialize(engine)
    write_config(data, url, **blob_config)
    print(f"Initialized {data} ({engine.dialect.name}); epoch {epoch}{where}.")
    return 0


def _object_store(url: str, endpoint: str | None):
    """The S3Store an ``s3://`` argument names (its credentials from the environment); a bad URL is a mistake."""
    try:
        location = blob_store.parse_s3_url(url)
        endpoint = blob_store.parse_endpoint(endpoint) if endpoint else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    from score_desktop.server.s3_store import S3Store

    return S3Store(location, endpoint)


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

    from score_desktop.server import app as server_app

    args.serving = True
    engine = _engine(args)
    if args.workers > 1 and db.is_sqlite(engine):
        raise UsageError("SQLite serves one process: --workers needs a PostgreSQL database "
                         "(score-server init --database-url postgresql://...)")
    server_app.configure_logging()
    options = {"host": args.host, "port": args.port, "access_log": False, "log_config": None,
               "timeout_keep_alive": 30, "limit_concurrency": 500, "h11_max_incomplete_event_size": 1024 * 1024}
    if args.workers == 1:
        uvicorn.run(server_app.create_app(args.data), **options)
        return 0
    # Each worker builds its own app from the environment (uvicorn starts them as fresh processes).
    os.environ[server_app.DATA_ENV] = str(args.data.resolve())
    os.environ[WORKERS_ENV] = str(args.workers)
    uvicorn.run(server_app.FACTORY, factory=True, workers=args.workers, **options)
    return 0


def _export(args) -> int:
    engine = _engine(args)
    context = Context(args.data, engine)
    path = exports.export(engine, context.blobs, args.format, args.output, photos=args.photos, lang=args.lang)
    print(f"Wrote {path}.")
    return 0


def _backup(args) -> int:
    engine = _engine(args)
    store = Context(args.data, engine).blobs
    manifest = backup.backup(engine, store, args.output, include_blobs=not args.no_blobs)
    blobs = manifest["blobs"]
    held = f"{blobs['count']} blobs from {store.description}" if blobs["included"] else "no blobs"
    print(f"Wrote {args.output} ({sum(manifest['tables'].values())} rows, counter {manifest['counter']}, {held}).")
    print(f"Not in it: {CONFIG_NAME} (keep a copy of it), the object store's credentials, uploads in progress "
          f"(clients send them again), the server's logs" + ("" if blobs["included"] else
          f", and the blobs: back up {store.description} with the store's own tools (versioning, replication)")
          + ".")
    if blobs["missing"]:
        print(f"{len(blobs['missing'])} blobs the database lists were not in {store.description}: "
              f"{', '.join(blobs['missing'][:5])}{' ...' if len(blobs['missing']) > 5 else ''}", file=sys.stderr)
    return 0


def _restore(args) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file} is not a file")
    engine = _make_engine(args, read_database_url(args.data))
    context = Context(args.data, engine)
    result = backup.restore(engine, context.blobs, args.file, staging=context.staging)
    print(f"Restored {args.file}; new epoch {result['epoch']}, counter {result['counter']}. "
          f"Clients re-send what they hold at their next sync.")
    return 0


def _migrate_blobs(args) -> int:
    from score_desktop.server import migrate_blobs

    target = _object_store(args.to, args.s3_endpoint)
    named = read_config(args.data).get("blob_store")
    if named and named != target.location.url:
        raise UsageError(f"this server's blobs are in {named} already; copy between object stores with the "
                         f"stores' own tools")

    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            print(f"{done} of {total} blobs checked", file=sys.stderr)

    outcome = migrate_blobs.migrate(_engine(args), args.data, target, progress=progress)
    print(f"{outcome.copied} blobs copied to {target.description} and verified, {outcome.already_there} were "
          f"there already.")
    for what, hashes in (("in neither the folder nor the store", outcome.missing),
                         ("damaged (they do not hash to their name)", outcome.damaged)):
        if hashes:
            print(f"{len(hashes)} blobs are {what}: {', '.join(hashes[:5])}{' ...' if len(hashes) > 5 else ''}",
                  file=sys.stderr)
    if not outcome.complete:
        return 1
    print(f"{CONFIG_NAME} now names {target.description}: restart the server, then run this command once more "
          f"for the blobs that arrived meanwhile; after that {args.data / 'blobs'} may be removed.")
    return 0


def _user(args) -> int:
    return cli_users.run(args, _engine(args))


_COMMANDS = {"init": _init, "user": _user, "assign": _assign, "serve": _serve, "export": _export,
             "backup": _backup, "restore": _restore, "migrate-blobs": _migrate_blobs}


if __name__ == "__main__":
    sys.exit(main())
