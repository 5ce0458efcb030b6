"""``score-server serve --workers N``: several worker processes on PostgreSQL behave as one server.

Nothing that must hold across requests lives in one worker's memory: sign-in failures and their slow-down,
upload offsets and the lock on an upload's part file, token use (login.py, staging.py). SQLite refuses more than
one worker with one line.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import time
import uuid

import pytest
import requests

from tests.support.servers import PASSWORD, ServerProcess

pytestmark = pytest.mark.integration
LIMIT = 4


@pytest.fixture(scope="module")
def workers(server_pool) -> ServerProcess:
    """PostgreSQL, blobs in the data folder, two workers, a low sign-in limit."""
    return server_pool.get("postgres", "two-workers", settings={"max_failed_sign_ins": LIMIT}, workers=2)


def test_sqlite_refuses_more_than_one_worker_in_one_line(cli, tmp_path):
    data = tmp_path / "data"
    assert cli("init", data=data).returncode == 0
    done = cli("serve", "--workers", "2", data=data)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "PostgreSQL" in done.stderr
    assert cli("serve", "--workers", "0", data=data).returncode == 2


@pytest.mark.postgres
def wait_for(read, *, until, seconds: float = 10.0):
    """``read()`` again until ``until(answer)`` holds or ``seconds`` have passed; the last answer."""
    deadline = time.monotonic() + seconds
    answer = read()
    while not until(answer) and time.monotonic() < deadline:
        time.sleep(0.05)
        answer = read()
    return answer


def test_both_workers_answer_and_each_request_is_one_log_line(workers):
    device = workers.device()
    for _ in range(60):
        with requests.Session() as http:  # a new connection each time: any worker may take it
            assert http.get(workers.api + "/sync/meta", headers=workers.headers(device.token),
                            timeout=30).status_code == 200
    # A worker writes a request's line once the answer is on its way: the last one may follow the answer.
    lines = wait_for(lambda: [line for line in workers.log_text().splitlines() if "path=/api/v1/sync/meta" in line],
                     until=lambda found: len(found) >= 60)
    assert len(lines) >= 60
    assert len({re.search(r"worker=(\d+)", line).group(1) for line in lines}) == 2
    assert all(f"user={device.username}" in line and f"device={device.device_id}" in line for line in lines[-60:])


@pytest.mark.postgres
def test_pushes_from_many_devices_at_once_lose_nothing_and_repeat_nothing(workers):
    # Admins: they see and write every enterprise (a coordinator writes no visit, Part 2 "Roles").
    admin = workers.device("admin")
    enterprise_id = admin.create_enterprise()
    devices = [workers.device("admin") for _ in range(6)]

    def push_visits(device) -> list[str]:
        ids = []
        for _ in range(5):
            batch = [device.mutation("visit", None, device.visit_fields(enterprise_id)) for _ in range(20)]
            answer = device.push(*batch)
            assert [result["status"] for result in answer["results"]] == ["applied"] * 20
            ids += [mutation["record_id"] for mutation in batch]
        return ids

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        pushed = [record_id for ids in pool.map(push_visits, devices) for record_id in ids]
    pulled = admin.pull_all()
    visits = {record_id for (entity, record_id) in pulled if entity == "visit"}
    assert set(pushed) <= visits and len(pushed) == 600 == len(set(pushed))
    versions = [change["version"] for change in pulled.values()]
    assert len(versions) == len(set(versions))  # one counter for all workers: no version given twice


@pytest.mark.postgres
def test_sign_in_failures_spread_over_the_workers_lock_the_account_as_one(workers):
    username = workers.add_user()
    for _ in range(LIMIT):
        with requests.Session() as http:
            answer = http.post(workers.api + "/auth/login", headers=workers.headers(), timeout=60,
                               json={"username": username, "password": "guess", "device_name": "x"})
        assert answer.status_code == 401
    locked = requests.post(workers.api + "/auth/login", headers=workers.headers(), timeout=60,
                           json={"username": username, "password": PASSWORD, "device_name": "x"})
    assert locked.status_code == 403 and locked.json()["error"]["code"] == "account_locked"


@pytest.mark.postgres
def test_patches_of_one_upload_racing_in_two_workers_write_the_part_file_once(workers):
    """The folder store's part file is locked across processes (flock): of six copies of the first chunk, one
    is written and the others answer 409 with the offset to resume from."""
    import hashlib

    device = workers.device()
    data = os.urandom(2 * 1024 * 1024)
    _, sha256 = device.create_photo(data)
    url = device.tus_create(len(data), hashlib.sha256(data).hexdigest())
    half = len(data) // 2

    def send_first_half(_number: int) -> requests.Response:
        with requests.Session() as http:
            http.headers.update(device.http.headers)
            return http.patch(url, data=data[:half], timeout=60, headers={
                "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send_first_half, range(6)))
    assert sorted(answer.status_code for answer in answers) == [204] + [409] * 5
    upload_id = url.rsplit("/", 1)[1]
    assert (workers.data / "uploads" / upload_id).stat().st_size == half
    assert device.tus_patch(url, data[half:], half).status_code == 204
    assert device.get("/blobs/" + sha256).content == data


@pytest.mark.postgres
def test_an_admin_sees_each_device_and_how_far_it_synced(workers):
    device = workers.device()
    enterprise_id = device.create_enterprise()
    device.create_visit(enterprise_id)
    device.pull()
    listing = workers.cli("user", "devices", device.username)
    assert listing.returncode == 0, listing.stderr
    line = next(line for line in listing.stdout.splitlines() if line.startswith(device.device_id))
    assert "client_seq 2" in line and re.search(r"change \d+ of \d+", line) and "never" not in line
    users = workers.cli("user", "list")
    mine = next(line for line in users.stdout.splitlines() if line.startswith(device.username))
    assert re.search(r"\s1\s+20\d\d-", mine)  # one device, and a last sync time
    unknown = workers.cli("user", "devices", "nobody-" + uuid.uuid4().hex[:6])
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1
