"""``score-server user ACTION``: the account commands (accounts.py does the work; cli.py runs them).

``password`` was the first name of ``set-password`` and still works, so scripts written for it keep running.
"""

from __future__ import annotations

import getpass
import sys

from score_desktop.server import accounts, auth, db, login

_PASSWORD_STDIN = "read the password from the first line of stdin"


def add_parsers(commands, command) -> None:
    """The ``user`` command and its actions; ``command(name, text, parent)`` makes one with ``--data``."""
    user = commands.add_parser("user", help="Manage accounts.", description="Manage accounts: add, list, enable, "
                               "disable, set-password, set-role, unlock, devices.")
    actions = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = command("add", "Add an account.", actions)
    add.add_argument("name", help="the username")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument("--password-stdin", action="store_true", help=_PASSWORD_STDIN)
    command("list", "List the accounts: role, status (active, disabled, locked), enterprises, devices and last "
                    "sync.", actions)
    for name, text in (("enable", "Let a disabled account sign in again."),
                       ("disable", "Disable an account and end its sessions."),
                       ("unlock", "Let an account sign in again at once after too many failed sign-ins."),
                       ("devices", "List an account's devices: last sync, how far its outbox was pushed and how "
                                   "far it pulled, open sessions.")):
        command(name, text, actions).add_argument("name", help="the username")
    for name in ("set-password", "password"):
        text = "Give an account a new password and end all its sessions" + (
            "." if name == "set-password" else " (the first name of set-password).")
        password = command(name, text, actions)
        password.add_argument("name", help="the username")
        password.add_argument("--password-stdin", action="store_true", help=_PASSWORD_STDIN)
    role = command("set-role", "Give an account another role (it applies from its next request).", actions)
    role.add_argument("name", help="the username")
    role.add_argument("--role", required=True, choices=auth.ROLES)


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise auth.AccountError("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise auth.AccountError("the passwords differ")
    return first


def run(args, engine) -> int:
    name = auth.normalize_username(args.name) if hasattr(args, "name") else ""
    action = args.user_command
    if action == "list":
        with db.reading(engine) as conn:
            print(accounts.format_accounts(accounts.account_lines(conn)))
    elif action == "devices":
        with db.reading(engine) as conn:
            lines, counter = accounts.device_lines(conn, args.name)
        print(accounts.format_devices(name, lines, counter))
    elif action == "add":
        password = _read_password(args)
        with db.writing(engine) as conn:
            auth.add_user(conn, args.name, args.role, password)
        print(f"Added {name} ({args.role}).")
    elif action in ("set-password", "password"):
        password = _read_password(args)
        with db.writing(engine) as conn:
            auth.set_password(conn, args.name, password)
        print(f"New password set for {name}; their sessions are ended.")
    else:
        print(_change(engine, action, args))
    return 0


def _change(engine, action: str, args) -> str:
    """enable, disable, unlock, set-role: one transaction and one sentence."""
    name = auth.normalize_username(args.name)
    with db.writing(engine) as conn:
        if auth.find_user(conn, args.name) is None:
            raise auth.AccountError(f"no user named {name!r}")
        if action == "enable":
            accounts.enable_user(conn, args.name)
            return f"Enabled {name}; they sign in again on each device."
        if action == "disable":
            auth.disable_user(conn, args.name)
            return f"Disabled {name}; their sessions are ended."
        if action == "unlock":
            login.unlock(conn, args.name)
            return f"{name} may sign in again."
        before = accounts.set_role(conn, args.name, args.role)
        return f"{name} is now {args.role} (was {before})."
