"""HTTP to the SCORE server, and the one place that decides what each answer means (STYLE.md habit 7).

:class:`Transport` sends the protocol's requests over an injected ``requests.Session`` (tests inject one that
drops connections, truncates bodies or answers 503). Every answer goes through :func:`classify`, which maps it to
exactly one :class:`Outcome`; the engine acts on the outcome and never looks at status codes itself.
"""

from __future__ import annotations

import gzip
import json
import logging
import platform
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Mapping

from score_desktop import __version__
from score_desktop.errors import QT_TRANSLATE_NOOP
from score_desktop.sync import protocol

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

PROTOCOL_VERSION = str(protocol.PROTOCOL_VERSION)
API = protocol.API_PREFIX
#: (connect, read) seconds. A push of 500 mutations on a slow hotel Wi-Fi still answers well within this.
TIMEOUT = (10.0, 60.0)


class Outcome(Enum):
    OK = "ok"
    RETRY = "retry"                  # the network or the server hiccupped: try again later, nothing is lost
    SIGN_IN = "sign_in"              # 401: the token is gone; keep the outbox and ask the user to sign in
    UPGRADE = "upgrade"              # 426: this app speaks a protocol the server no longer accepts
    EPOCH_CHANGED = "epoch_changed"  # 409 epoch_changed: the server was restored; run the epoch procedure
    TOO_LARGE = "too_large"          # 413: send fewer mutations at a time
    WRONG_DEVICE = "wrong_device"    # 403 device_mismatch: the token belongs to another device; sign in again
    FORBIDDEN = "forbidden"          # 403: this account may not do this
    NOT_FOUND = "not_found"          # 404: not there, or outside the user's scope
    OFFSET_MISMATCH = "offset"       # tus 409: ask the server for its offset and go on from there
    CHECKSUM = "checksum"            # tus 460: the chunk arrived damaged; send it again
    HASH_MISMATCH = "hash_mismatch"  # tus 422: the whole file hashed wrong; start the upload again
    BAD_REQUEST = "bad_request"      # any other 4xx: our bug; logged, and the round stops


@dataclass
class Answer:
    outcome: Outcome
    status: int | None
    body: Any = None
    headers: Mapping[str, str] | None = None
    code: str = ""
    message: str = ""
    #: Seconds the server asked us to wait (Retry-After), when it said so.
    retry_after: float | None = None
    content: bytes = b""


class SyncError(Exception):
    """A sync request ended in an outcome the caller does not handle itself; ``answer`` says which."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        super().__init__(f"{answer.outcome.value}: {answer.status} {answer.code} {answer.message}".strip())


#: Messages for the user per outcome (translated by the UI in the ``Sync`` context).
MESSAGES = {
    Outcome.RETRY: QT_TRANSLATE_NOOP("Sync", "The server cannot be reached right now; your changes are kept and "
                                             "will be sent later."),
    Outcome.SIGN_IN: QT_TRANSLATE_NOOP("Sync", "Please sign in again: the server no longer accepts this "
                                               "sign-in. Your changes are kept."),
    Outcome.UPGRADE: QT_TRANSLATE_NOOP("Sync", "The server needs a newer SCORE Desktop: {message} You can go "
                                               "on working offline."),
    Outcome.WRONG_DEVICE: QT_TRANSLATE_NOOP("Sync", "This workspace must be registered as a new device: please "
                                                    "sign in again. Your changes are kept."),
    Outcome.FORBIDDEN: QT_TRANSLATE_NOOP("Sync", "Your account may not do this: {message}"),
    Outcome.BAD_REQUEST: QT_TRANSLATE_NOOP("Sync", "The server refused a request ({message}). Your changes are "
                                                   "kept; please tell your coordinator."),
}


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare enough to fall back to our own backoff


def classify(response: requests.Response | None, error: BaseException | None = None, *,
             expect_json: bool = True) -> Answer:
    """What one answer (or failure to get one) means for the sync. The only place that reads status codes."""
    if response is None:
        return Answer(Outcome.RETRY, None, message=str(error or "no answer"))
    status = response.status_code
    body: Any = None
    code = message = ""
    if response.content and "json" in response.headers.get("Content-Type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None  # a truncated or garbled body
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            code = str(body["error"].get("code", ""))
            message = str(body["error"].get("message", ""))
    answer = Answer(Outcome.OK, status, body, response.headers, code, message, _retry_after(response.headers),
                    response.content)
    if 200 <= status < 300:
        if expect_json and response.content and body is None:
            answer.outcome = Outcome.RETRY  # a 200 with a body we cannot read: the answer was cut; ask again
            answer.message = "unreadable answer"
        return answer
    answer.outcome = {
        401: Outcome.SIGN_IN, 404: Outcome.NOT_FOUND, 413: Outcome.TOO_LARGE, 426: Outcome.UPGRADE,
        408: Outcome.RETRY, 429: Outcome.RETRY, 422: Outcome.HASH_MISMATCH, 460: Outcome.CHECKSUM,
    }.get(status, Outcome.RETRY if status >= 500 else Outcome.BAD_REQUEST)
    if status == 403:
        answer.outcome = Outcome.WRONG_DEVICE if code == "device_mismatch" else Outcome.FORBIDDEN
    elif status == 409:
        answer.outcome = Outcome.EPOCH_CHANGED if code == "epoch_changed" else Outcome.OFFSET_MISMATCH
    return answer


class Transport:
    """The protocol's requests. ``token`` is set after sign-in; every request sends X-Protocol-Version.

    A transport that made its own session closes it in :meth:`close` (use it as a context manager); an injected
    session belongs to whoever injected it.
    """

    def __init__(self, base_url: str, *, session: requests.Session | None = None, token: str | None = None,
                 timeout: tuple[float, float] = TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_session = session is None
        if session is None:
            import requests  # here: the app shows its first screen before any network code is loaded

            session = requests.Session()
        self.session = session
        self.token = token
        self.timeout = timeout
        self.bytes_sent = 0

    def close(self) -> None:
        """Close the connections this transport opened (its own session only)."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _headers(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        headers = {"X-Protocol-Version": PROTOCOL_VERSION,
                   "User-Agent": f"score-desktop/{__version__} ({platform.system()})"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        headers.update(extra or {})
        return headers

    def request(self, method: str, path: str, *, json_body: Any = None, gzip_body: bool = False,
                data: bytes | None = None, headers: Mapping[str, str] | None = None, params: Any = None,
                expect_json: bool = True, url: str | None = None) -> Answer:
        extra = dict(headers or {})
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            extra["Content-Type"] = "application/json"
            if gzip_body and len(data) > 1024:
                data = gzip.compress(data, compresslevel=6)
                extra["Content-Encoding"] = "gzip"
        target = url or f"{self.base_url}{API}{path}"
        import requests  # loaded once by __init__ already; this is a dictionary lookup

        try:
            response = self.session.request(method, target, data=data, headers=self._headers(extra), params=params,
                                            timeout=self.timeout)
            self.bytes_sent += len(data or b"")
        except requests.RequestException as error:
            log.info("%s %s: no answer (%s)", method, path or target, error.__class__.__name__)
            return classify(None, error)
        answer = classify(response, expect_json=expect_json)
        if answer.outcome is not Outcome.OK:
            log.info("%s %s: %s %s %s", method, path or target, response.status_code, answer.code, answer.message)
        return answer

    # -- the protocol's calls -----------------------------------------------------------------------------------

    def login(self, username: str, password: str, *, device_name: str, device_id: str | None) -> Answer:
        body = {"username": username, "password": password, "device_name": device_name}
        if device_id:
            body["device_id"] = device_id
        return self.request("POST", "/auth/login", json_body=body)

    def logout(self) -> Answer:
        return self.request("POST", "/auth/logout", expect_json=False)

    def meta(self) -> Answer:
        return self.request("GET", "/sync/meta")

    def push(self, device_id: str, server_epoch: str, mutations: list[dict[str, Any]]) -> Answer:
        return self.request("POST", "/sync/push", gzip_body=True,
                            json_body={"device_id": device_id, "server_epoch": server_epoch, "mutations": mutations})

    def pull(self, cursor: str, limit: int) -> Answer:
        return self.request("GET", "/sync/pull", params={"cursor": cursor, "limit": limit})

    def blobs_check(self, hashes: list[str]) -> Answer:
        return self.request("POST", "/blobs/check", json_body={"sha256": hashes})

    def blob(self, sha256: str) -> Answer:
        return self.request("GET", f"/blobs/{sha256}", expect_json=False)
