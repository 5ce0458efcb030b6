"""What several benchmarks share: a real server on loopback with a trainer account. Not a benchmark itself
(``make bench`` runs ``bench/*.py`` except the files whose names start with an underscore)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PASSWORD = "bench password 1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data: Path, *, users: tuple[tuple[str, str], ...] = (("bench", "trainer"),)
                 ) -> tuple[subprocess.Popen, str]:
    """``score-server`` on SQLite in ``data`` with ``users`` (name, role), all with :data:`PASSWORD`."""
    cli = [sys.executable, "-m", "score_desktop.server.cli"]
    subprocess.run([*cli, "init", "--data", str(data)], check=True, capture_output=True)
    for name, role in users:
        subprocess.run([*cli, "user", "add", name, "--role", role, "--password-stdin", "--data", str(data)],
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--data", str(data), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(url + "/openapi.json", timeout=1)
            return server, url
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")
