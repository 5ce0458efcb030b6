"""One simulated trainer of bench/load.py, run in a process of its own: its own account, device and enterprise.

Each round is what the app's sync round sends (score_desktop/sync/engine.py): ``/sync/meta``; the outbox pushed
in batches of the server's ``max_mutations_per_push`` and 80 % of ``max_push_bytes``, gzipped; the photos the
push lists as missing uploaded with tus in 1 MiB chunks, each with an ``Upload-Checksum``; then pull until
``has_more`` is false. A round holds 200 mutations: a visit, observations, and 5 photo records whose 2 MB
pictures follow. A failed request is counted as an error and sent again (the same mutations: the server answers
a repeat as ``duplicate``, which the app expects), so the round goes on.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import random
import time
import uuid

import requests

CHUNK = 1024 * 1024
PHOTOS_PER_ROUND = 5
MUTATIONS_PER_ROUND = 200
RETRIES = 5


class Trainer:
    def __init__(self, url: str, username: str, password: str) -> None:
        self.api = url + "/api/v1"
        self.http = requests.Session()
        self.errors: list[str] = []
        self.seq = 0
        self.cursor = ""
        answer = self._call("POST", "/auth/login", json={"username": username, "password": password,
                                                            "device_name": "bench laptop"},
                            headers={"X-Protocol-Version": "1"})
        body = answer.json()
        self.device_id = body["device_id"]
        self.http.headers.update({"X-Protocol-Version": "1", "Authorization": f"Bearer {body['token']}"})
        self.enterprise_id = str(uuid.uuid4())
        self.sent: dict[str, str] = {}  # record id -> the text it was given
        self.photos: dict[str, int] = {}  # sha256 -> size

    def _call(self, method: str, path: str, *, ok=(200, 201, 204), **kwargs) -> requests.Response:
        url = path if path.startswith("http") else self.api + path
        for attempt in range(RETRIES):
            try:
                answer = self.http.request(method, url, timeout=300, **kwargs)
                if answer.status_code in ok:
                    return answer
                self.errors.append(f"{method} {path.split('/api/v1')[-1][:40]} {answer.status_code}")
            except requests.RequestException as error:
                self.errors.append(f"{method} {path.split('/api/v1')[-1][:40]} {type(error).__name__}")
            time.sleep(0.5 * (attempt + 1))
        raise RuntimeError(f"{method} {path} failed {RETRIES} times: {self.errors[-1]}")

    # -- one round ------------------------------------------------------------------------------------------

    def round(self, outbox: tuple[list[dict], dict[str, bytes]]) -> float:
        """One sync round of what ``outbox`` (made beforehand, as the trainer's visit was) holds."""
        started = time.perf_counter()
        meta = self._call("GET", "/sync/meta").json()
        mutations, photos = outbox
        missing = self._push_all(meta, mutations)
        for sha256 in missing:
            self._upload(photos[sha256])
        self._pull()
        return time.perf_counter() - started

    def _mutation(self, entity: str, record_id: str, fields: dict) -> dict:
        self.seq += 1
        return {"mutation_id": str(uuid.uuid4()), "client_seq": self.seq, "entity": entity, "op": "upsert",
                "record_id": record_id, "base_version": 0,
                "hlc": f"{time.time_ns() // 1_000_000}-{self.seq % 10000:04d}-{self.device_id}",
                "fields": {"enterprise_id": self.enterprise_id, **fields}}

    def outbox(self, number: int) -> tuple[list[dict], dict[str, bytes]]:
        """A round's mutations and photos: what the trainer recorded (and the app hashed at import) before the
        round; made before the clock starts, like a laptop's outbox."""
        mutations = []
        if number == 0:
            mutations.append(self._mutation("enterprise", self.enterprise_id, {"name": "华美制衣厂 bench"}))
        visit_id = str(uuid.uuid4())
        mutations.append(self._mutation("visit", visit_id, {"module": "OSH", "visit_type": "consultation",
                                                           "visit_date": "2026-05-02", "status": "draft"}))
        photos = {}
        for _ in range(PHOTOS_PER_ROUND):
            data = os.urandom(2 * 1024 * 1024)
            sha256 = hashlib.sha256(data).hexdigest()
            photos[sha256] = data
            self.photos[sha256] = len(data)
            mutations.append(self._mutation("photo", str(uuid.uuid4()), {
                "sha256": sha256, "size": len(data), "mime": "image/jpeg", "visit_id": visit_id, "kind": "evidence"}))
        while len(mutations) < MUTATIONS_PER_ROUND:
            record_id = str(uuid.uuid4())
            text = f"Exit blocked by cartons, line {len(mutations)} 出口被纸箱堵住"
            self.sent[record_id] = text
            mutations.append(self._mutation("observation", record_id, {
                "visit_id": visit_id, "text": text, "rating": "critical", "position": len(mutations)}))
        return mutations, photos

    def _push_all(self, meta: dict, mutations: list[dict]) -> list[str]:
        limits = meta["limits"]
        missing: list[str] = []
        start = 0
        while start < len(mutations):
            batch, used = [], 0
            for mutation in mutations[start:start + limits["max_mutations_per_push"]]:
                cost = len(json.dumps(mutation, ensure_ascii=False).encode("utf-8")) + 1
                if batch and used + cost > limits["max_push_bytes"] * 0.8:
                    break
                batch.append(mutation)
                used += cost
            body = gzip.compress(json.dumps({"device_id": self.device_id, "server_epoch": meta["server_epoch"],
                                             "mutations": batch}, ensure_ascii=False).encode("utf-8"), 6)
            answer = self._call("POST", "/sync/push", data=body, headers={
                "Content-Type": "application/json", "Content-Encoding": "gzip"}).json()
            for result in answer["results"]:  # "duplicate" is the right answer to a push sent again
                if result["status"] not in ("applied", "duplicate"):
                    self.errors.append(f"mutation {result['status']} {result.get('error')}")
            missing += answer["missing_blobs"]
            start += len(batch)
        return list(dict.fromkeys(missing))

    def _upload(self, data: bytes) -> None:
        sha256 = hashlib.sha256(data).hexdigest()
        metadata = ",".join(f"{key} {base64.b64encode(value.encode()).decode()}"
                            for key, value in (("sha256", sha256), ("mime", "image/jpeg")))
        created = self._call("POST", "/uploads/", ok=(201,), headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)), "Upload-Metadata": metadata})
        url = self.api.removesuffix("/api/v1") + created.headers["Location"]
        offset = 0
        while offset < len(data):
            chunk = data[offset:offset + CHUNK]
            checksum = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
            answer = self._call("PATCH", url, ok=(204, 409), data=chunk, headers={
                "Tus-Resumable": "1.0.0", "Upload-Offset": str(offset), "Upload-Checksum": f"sha256 {checksum}",
                "Content-Type": "application/offset+octet-stream"})
            offset = int(answer.headers["Upload-Offset"])

    def _pull(self) -> None:
        while True:
            page = self._call("GET", "/sync/pull", params={"cursor": self.cursor}).json()
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return


def run(url: str, username: str, password: str, rounds: int, pause: float, ready, go, results) -> None:
    """The process's work: sign in and make its outboxes, say so on ``ready``, wait for ``go`` (every trainer
    starts at once), do ``rounds`` rounds (``pause`` seconds apart on average, none by default), put the outcome
    in ``results`` (multiprocessing queues and event)."""
    outcome = {"username": username, "round_s": [], "errors": [], "sent": {}, "photos": {}, "enterprise_id": None}
    trainer = None
    try:
        trainer = Trainer(url, username, password)
        outcome["enterprise_id"] = trainer.enterprise_id
        outboxes = [trainer.outbox(number) for number in range(rounds)]
        ready.put(username)
        go.wait()
        pacing = random.Random(username)
        for outbox in outboxes:
            if pause:
                time.sleep(pacing.uniform(0, 2 * pause))  # spread out, as laptops sync on their own timers
            outcome["round_s"].append(trainer.round(outbox))
    except Exception as error:  # noqa: BLE001 - the benchmark reports it as an error of this trainer
        outcome["errors"].append(f"gave up: {type(error).__name__}: {error}")
        if trainer is None or not outcome["round_s"]:
            ready.put(username)  # never keep the others waiting
    if trainer is not None:
        outcome.update(errors=trainer.errors + outcome["errors"], sent=trainer.sent, photos=trainer.photos)
    results.put(outcome)
