"""Concurrency: a batch repeated at the same moment applies once; a puller never misses a commit."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading

import pytest

from score_desktop.server.config import COMMIT_DELAY_ENV

pytestmark = pytest.mark.integration

_PUSHER = textwrap.dedent("""
    import json, pathlib, sys, time, requests
    url, token, body_path, out_path, ready_dir, me = sys.argv[1:7]
    body = open(body_path, "rb").read()
    session = requests.Session()
    session.get(url.rsplit("/sync/", 1)[0] + "/sync/meta", timeout=60,  # the connection is up before the race
                headers={"Authorization": "Bearer " + token, "X-Protocol-Version": "1"})
    pathlib.Path(ready_dir, me).touch()
    while len(list(pathlib.Path(ready_dir).iterdir())) < 2:  # both interpreters are up: go together
        time.sleep(0.0005)
    sent = time.time()
    answer = session.post(url, data=body, timeout=120, headers={
        "Authorization": "Bearer " + token, "X-Protocol-Version": "1", "Content-Type": "application/json"})
    answered = time.time()
    open(out_path, "w").write(json.dumps({"status": answer.status_code, "body": answer.json(),
                                          "sent": sent, "answered": answered}))
""")


@pytest.fixture(scope="session", params=[pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)])
def delayed_server(request, server_pool):
    """A server that sleeps 150 ms between allocating a push's versions and committing them."""
    return server_pool.get(request.param, "delayed", env={COMMIT_DELAY_ENV: "150"})


def test_the_same_batch_pushed_concurrently_from_two_processes_applies_once(delayed_server, tmp_path):
    server = delayed_server  # the first push holds its transaction a while: the second one arrives meanwhile
    device = server.device()
    enterprise_id = device.create_enterprise()
    batch = [device.mutation("visit", None, device.visit_fields(enterprise_id)) for _ in range(200)]
    body_path = tmp_path / "push.json"
    body_path.write_text(json.dumps({"device_id": device.device_id, "server_epoch": device.epoch(),
                                     "mutations": batch}))
    counter = server.counter()
    ready = tmp_path / "ready"
    ready.mkdir()
    processes = [subprocess.Popen([sys.executable, "-c", _PUSHER, server.api + "/sync/push", device.token,
                                   str(body_path), str(tmp_path / f"answer{n}.json"), str(ready), str(n)])
                 for n in range(2)]
    assert [process.wait(120) for process in processes] == [0, 0]
    answers = [json.loads((tmp_path / f"answer{n}.json").read_text()) for n in range(2)]
    assert [answer["status"] for answer in answers] == [200, 200]
    # The two requests were at the server at the same time (else this test would prove nothing).
    assert answers[0]["sent"] < answers[1]["answered"] and answers[1]["sent"] < answers[0]["answered"]
    first, second = (answer["body"]["results"] for answer in answers)
    for one, other in zip(first, second):
        assert {one["status"], other["status"]} == {"applied", "duplicate"}
        assert one["version"] == other["version"] and one["mutation_id"] == other["mutation_id"]
    assert server.counter() == counter + 200
    visits = [key for key, change in device.pull_all().items() if key[0] == "visit"]
    assert len(visits) == 200


def test_a_puller_never_misses_a_change_while_two_devices_push(delayed_server):
    pushers = [delayed_server.device(), delayed_server.device()]
    enterprises = [pusher.create_enterprise() for pusher in pushers]
    puller = delayed_server.device("coordinator")
    seen: dict[tuple[str, str], int] = {}
    done = threading.Event()
    failures: list[BaseException] = []

    def pull_until_done() -> None:
        try:
            while not done.is_set():
                for change in puller.pull(limit=7):
                    seen[(change["entity"], change["record_id"])] = change["version"]
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            failures.append(exc)

    def push_rounds(device, enterprise_id: str) -> None:
        try:
            visit_id, version = device.create_visit(enterprise_id)
            for number in range(6):
                results = device.push(
                    device.mutation("visit", visit_id, {"summary": str(number)}, base_version=version),
                    *[device.mutation("observation", None, {"enterprise_id": enterprise_id, "visit_id": visit_id,
                                                            "text": f"finding {number}"}) for _ in range(4)])
                version = results["results"][0]["version"]
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    reader = threading.Thread(target=pull_until_done)
    reader.start()
    writers = [threading.Thread(target=push_rounds, args=pair) for pair in zip(pushers, enterprises)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    done.set()
    reader.join(120)
    assert not failures, failures
    for change in puller.pull():  # the puller's last catch-up, from where it stopped
        seen[(change["entity"], change["record_id"])] = change["version"]
    truth = {key: change["version"] for key, change in delayed_server.device("coordinator").pull_all().items()
             if change["fields"].get("enterprise_id") in enterprises}
    assert len(truth) == 2 + 2 * (1 + 6 * 4)
    assert {key: seen.get(key) for key in truth} == truth
