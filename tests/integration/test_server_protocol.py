"""Every rule of docs/sync-protocol.md against the real server over HTTP, on SQLite and on PostgreSQL."""

from __future__ import annotations

import gzip
import json
import time
import uuid

import pytest
import requests


pytestmark = pytest.mark.integration


# -- auth and conventions ---------------------------------------------------------------------------------------

def test_login_gives_token_device_and_user_and_meta_the_epoch(server):
    device = server.device("trainer")
    assert uuid.UUID(device.device_id) and len(device.token) >= 32
    assert device.user["role"] == "trainer" and device.user["username"] == device.username
    meta = device.get("/sync/meta").json()
    assert uuid.UUID(meta["server_epoch"])
    assert meta["protocol"] == {"min": 1, "max": 1}
    assert meta["limits"]["max_mutations_per_push"] >= 500 and meta["limits"]["upload_chunk_bytes"] > 0
    assert meta["server_time"].endswith("Z")


def test_login_keeps_a_device_id_the_client_sends(server):
    username = server.add_user()
    device_id = str(uuid.uuid4())
    first = server.login(username, device_id=device_id)
    again = server.login(username, device_id=device_id)
    assert first.device_id == again.device_id == device_id
    other = server.device()
    answer = requests.post(server.api + "/auth/login", headers=server.headers(), timeout=30, json={
        "username": other.username, "password": server.password, "device_name": "x", "device_id": device_id})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "device_taken"


def test_wrong_password_and_unknown_user_get_the_same_401(server):
    username = server.add_user()
    answers = [requests.post(server.api + "/auth/login", headers=server.headers(), timeout=30,
                             json={"username": name, "password": password, "device_name": "x"})
               for name, password in ((username, "wrong password"), ("nobody-" + uuid.uuid4().hex, server.password))]
    assert [a.status_code for a in answers] == [401, 401]
    assert answers[0].json() == answers[1].json()


def test_repeated_login_failures_are_slowed_down(server):
    username = server.add_user()
    body = {"username": username, "password": "wrong password", "device_name": "x"}
    timings = []
    for _ in range(5):
        started = time.monotonic()
        answer = requests.post(server.api + "/auth/login", json=body, headers=server.headers(), timeout=60)
        timings.append(time.monotonic() - started)
        assert answer.status_code == 401
    assert max(timings[:3]) < 0.45  # the first failures cost nothing extra
    assert timings[3] >= 0.45 and timings[4] >= 0.9


def test_logout_revokes_the_token(server):
    device = server.device()
    assert device.post("/auth/logout").status_code == 204
    answer = device.get("/sync/meta")
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("token", [None, "", "not-a-token", "x" * 43])
def test_missing_or_unknown_token_is_401(server, token):
    headers = server.headers()
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    for method, path in (("GET", "/sync/meta"), ("POST", "/sync/push"), ("GET", "/sync/pull"),
                         ("POST", "/uploads/"), ("GET", "/blobs/" + "0" * 64)):
        answer = requests.request(method, server.api + path, headers=headers, timeout=30)
        assert answer.status_code == 401, (method, path)
        assert answer.json()["error"]["code"] == "unauthorized"


def test_disabled_user_is_401(server):
    device = server.device()
    from score_desktop.server import auth, db
    with db.writing(server.engine) as conn:
        auth.disable_user(conn, device.username)
    assert device.get("/sync/meta").status_code == 401


@pytest.mark.parametrize("version", [None, "0", "2", "one", ""])
def test_protocol_version_outside_the_range_is_426_everywhere(server, version):
    device = server.device()
    headers = {"Authorization": f"Bearer {device.token}"}
    if version is not None:
        headers["X-Protocol-Version"] = version
    for method, path in (("GET", "/sync/meta"), ("POST", "/sync/push"), ("GET", "/sync/pull"),
                         ("POST", "/auth/login"), ("POST", "/uploads/"), ("OPTIONS", "/uploads/"),
                         ("GET", "/blobs/" + "0" * 64)):
        answer = requests.request(method, server.api + path, headers=headers, timeout=30)
        assert answer.status_code == 426, (method, path)
        error = answer.json()["error"]
        assert error["code"] == "protocol_unsupported" and "update" in error["message"]


def test_errors_always_have_the_error_shape_and_no_stack_trace(server):
    device = server.device()
    answers = [device.get("/nothing/here"), device.http.put(server.api + "/sync/meta"),
               device.get("/sync/pull", params={"limit": "many"}), device.get("/sync/pull", params={"limit": 0}),
               device.get("/sync/pull", params={"cursor": "garbage!"}),
               device.post("/auth/login", data=b"{not json"), device.post("/blobs/check", json={"sha256": "x"}),
               requests.get(server.url + "/", timeout=10)]
    assert [a.status_code for a in answers] == [404, 405, 400, 400, 400, 400, 400, 404]
    for answer in answers:
        error = answer.json()["error"]
        assert set(error) == {"code", "message"} and error["message"]
        assert "Traceback" not in answer.text and 'File "' not in answer.text


def test_the_log_has_one_line_per_request_and_no_secrets(server):
    device = server.device()
    device.get("/sync/meta")
    deadline = time.monotonic() + 5
    line = []
    while not line and time.monotonic() < deadline:  # the line is written just after the answer is sent
        log = server.log_text()
        line = [line for line in log.splitlines()
                if "method=GET path=/api/v1/sync/meta " in line and f"user={device.username} " in line]
        time.sleep(0.05)
    assert line and " ms=" in line[-1] and f"device={device.device_id}" in line[-1] and " status=200 " in line[-1]
    assert device.token not in log and server.password not in log


# -- push: the whole-request refusals, in their order -----------------------------------------------------------

def test_push_refusals_come_in_the_protocol_order_and_apply_nothing(server):
    device = server.device()
    enterprise_id = str(uuid.uuid4())
    good = [device.mutation("enterprise", enterprise_id, {"name": "A"})]
    wrong = {"device_id": str(uuid.uuid4()), "server_epoch": str(uuid.uuid4())}
    bad_bodies = [b"not json", b"[]", json.dumps({"server_epoch": "x", "mutations": []}).encode(),
                  json.dumps({"device_id": "x", "mutations": []}).encode(),
                  json.dumps({"device_id": "x", "server_epoch": "x"}).encode(),
                  json.dumps({**wrong, "mutations": [{"client_seq": 1}]}).encode(),
                  json.dumps({**wrong, "mutations": [{"mutation_id": "m", "client_seq": "1"}]}).encode(),
                  json.dumps({**wrong, "mutations": [{"mutation_id": "m", "client_seq": 1.5}]}).encode()]
    for body in bad_bodies:
        answer = device.post("/sync/push", data=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_request", body
    limit = device.get("/sync/meta").json()["limits"]["max_mutations_per_push"]
    too_many = [device.mutation("enterprise", None, {"name": "x"}, seq=i + 1) for i in range(limit + 1)]
    answer = device.post("/sync/push", json={**wrong, "mutations": too_many})
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "push_too_large"
    answer = device.post("/sync/push", json={**wrong, "mutations": good})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "device_mismatch"
    answer = device.post("/sync/push", json={"device_id": device.device_id, "server_epoch": wrong["server_epoch"],
                                             "mutations": good})
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "epoch_changed"
    assert device.pull_all() == {}
    assert device.push(*good)["results"][0]["status"] == "applied"  # client_seq 1 was never used up


def test_push_over_the_byte_limit_is_413_and_gzip_bodies_are_read(server):
    device = server.device()
    limit = device.get("/sync/meta").json()["limits"]["max_push_bytes"]
    big = device.mutation("enterprise", None, {"name": "x", "notes": "y" * (limit + 10)})
    answer = device.push_raw([big])
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "push_too_large"
    body = {"device_id": device.device_id, "server_epoch": device.epoch(),
            "mutations": [device.mutation("enterprise", None, {"name": "gzipped"}, seq=1)]}
    answer = device.post("/sync/push", data=gzip.compress(json.dumps(body).encode()),
                         headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "applied"
    answer = device.post("/sync/push", data=b"\x1f\x8bnot gzip", headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 400


# -- push rules 1 and 2: the device's sequence ------------------------------------------------------------------

def test_duplicate_push_answers_the_first_results_and_changes_nothing(server):
    device = server.device()
    enterprise_id = str(uuid.uuid4())
    batch = [device.mutation("enterprise", enterprise_id, {"name": "A"}),
             device.mutation("visit", None, device.visit_fields(enterprise_id)),
             device.mutation("visit", None, device.visit_fields(enterprise_id, status="bogus"))]
    first = device.push(*batch)
    counter = server.counter()
    state = device.pull_all()
    again = device.push(*batch)
    assert [r["status"] for r in first["results"]] == ["applied", "applied", "rejected"]
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    for before, after in zip(first["results"], again["results"]):
        assert (after["version"], after["conflict_ids"], after["error"], after["record_id"]) == (
            before["version"], before["conflict_ids"], before["error"], before["record_id"])
    assert again["acked_through_client_seq"] == first["acked_through_client_seq"] == 3
    assert server.counter() == counter and device.pull_all() == state


def test_a_gap_stops_processing_and_tells_where_to_resume(server):
    device = server.device()
    enterprise_id = device.create_enterprise()
    later = [device.mutation("visit", None, device.visit_fields(enterprise_id), seq=3),
             device.mutation("visit", None, device.visit_fields(enterprise_id), seq=4)]
    answer = device.push(*later)
    assert answer["results"] == [] and answer["acked_through_client_seq"] == 1
    missing = device.mutation("visit", None, device.visit_fields(enterprise_id), seq=2)
    answer = device.push(missing, *later)
    assert [r["status"] for r in answer["results"]] == ["applied"] * 3
    assert answer["acked_through_client_seq"] == 4


def test_a_reused_client_seq_is_rejected_stored_and_does_not_move_the_sequence(server):
    device = server.device()
    enterprise_id = device.create_enterprise()  # client_seq 1
    copy = device.mutation("visit", None, device.visit_fields(enterprise_id), seq=1)
    answer = device.push(copy)
    result = answer["results"][0]
    assert result["status"] == "rejected" and result["error"]["code"] == "seq_reused"
    assert answer["acked_through_client_seq"] == 1
    repeated = device.push(copy)["results"][0]
    assert repeated["status"] == "duplicate" and repeated["error"]["code"] == "seq_reused"
    fourth = device.mutation("visit", None, device.visit_fields(enterprise_id), seq=2)
    assert device.push_one(fourth)["status"] == "applied"


def test_a_rejected_mutation_in_the_middle_of_a_batch_leaves_the_rest(server):
    device = server.device()
    enterprise_id = str(uuid.uuid4())
    visit_id = str(uuid.uuid4())
    batch = [device.mutation("enterprise", enterprise_id, {"name": "A"}),
             device.mutation("visit", None, device.visit_fields(enterprise_id, visit_date="2024-02-31")),
             device.mutation("visit", visit_id, device.visit_fields(enterprise_id))]
    answer = device.push(*batch)
    assert [r["status"] for r in answer["results"]] == ["applied", "rejected", "applied"]
    error = answer["results"][1]["error"]
    assert error["code"] == "invalid_mutation" and "visit_date" in error["message"]
    assert answer["acked_through_client_seq"] == 3
    assert set(device.pull_all()) == {("enterprise", enterprise_id), ("visit", visit_id)}


@pytest.mark.parametrize("change", [
    {"entity": "lorry"}, {"op": "replace"}, {"record_id": "not-a-uuid"}, {"hlc": "yesterday"},
    {"fields": ["a"]}, {"base_version": -1}, {"mutation_id": "not-a-uuid"},
    {"fields": {"deleted": True, "name": "x"}}, {"fields": {"deleted": "no", "name": "x"}},
    {"fields": {"name": None}}, {"fields": {"name": "x", "enterprise_id": str(uuid.uuid4())}},
])
def test_invalid_members_reject_the_mutation_and_advance_the_sequence(server, change):
    device = server.device()
    mutation = {**device.mutation("enterprise", None, {"name": "A"}), **change}
    answer = device.push(mutation)
    assert answer["results"][0]["status"] == "rejected"
    assert answer["results"][0]["error"]["code"] == "invalid_mutation"
    assert answer["acked_through_client_seq"] == 1


# -- push rules 3 and 4: versions, merges, conflicts, deletes ---------------------------------------------------

def test_every_applied_mutation_gets_a_new_version_even_without_a_change(server):
    device = server.device()
    enterprise_id = device.create_enterprise(name="A")
    first = server.counter()
    result = device.push_one(device.mutation("enterprise", enterprise_id, {"name": "A"}, base_version=first))
    assert result["status"] == "applied" and result["version"] > first


def test_stale_edits_of_other_fields_merge(server):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    admin = server.device("admin")
    first = admin.push_one(admin.mutation("visit", visit_id, {"status": "final"}, base_version=version))
    second = trainer.push_one(trainer.mutation("visit", visit_id, {"summary": "Exits cleared"},
                                               base_version=version))
    assert first["status"] == "applied" and second["status"] == "merged"
    assert second["version"] > first["version"]
    fields = trainer.pull_all()[("visit", visit_id)]["fields"]
    assert fields["status"] == "final" and fields["summary"] == "Exits cleared"


@pytest.mark.parametrize("stale_is_later", [False, True])
def test_conflict_later_hlc_wins_and_the_loser_is_kept_and_pulled(server, stale_is_later):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    admin = server.device("admin")
    fresh_hlc = admin.hlc(0 if stale_is_later else 60_000)
    stale_hlc = trainer.hlc(60_000 if stale_is_later else 0)
    admin.push_one(admin.mutation("visit", visit_id, {"summary": "admin's", "status": "final"},
                                  base_version=version, hlc=fresh_hlc))
    result = trainer.push_one(trainer.mutation("visit", visit_id, {"summary": "trainer's", "objectives": "o"},
                                               base_version=version, hlc=stale_hlc))
    assert result["status"] == "conflict" and len(result["conflict_ids"]) == 1
    winner, loser = ("trainer's", "admin's") if stale_is_later else ("admin's", "trainer's")
    for device in (trainer, admin):
        state = device.pull_all()
        visit = state[("visit", visit_id)]
        assert visit["fields"]["summary"] == winner and visit["fields"]["objectives"] == "o"
        assert visit["version"] == result["version"]
        conflict = state[("conflict", result["conflict_ids"][0])]["fields"]
        assert conflict["entity"] == "visit" and conflict["target_id"] == visit_id
        assert conflict["field"] == "summary" and conflict["status"] == "open"
        assert conflict["enterprise_id"] == enterprise_id
        assert conflict["winning"]["value"] == winner and conflict["losing"]["value"] == loser
        by = {conflict["winning"]["value"]: conflict["winning"], conflict["losing"]["value"]: conflict["losing"]}
        assert by["trainer's"]["user"] == {"id": trainer.user["id"], "username": trainer.username}
        assert by["admin's"]["user"]["username"] == admin.username
        assert by["trainer's"]["hlc"] == stale_hlc and by["admin's"]["hlc"] == fresh_hlc


def test_an_hlc_far_ahead_of_the_server_clock_counts_as_arrival_time(server):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    honest = server.device("admin")
    honest.push_one(honest.mutation("visit", visit_id, {"summary": "honest"}, base_version=version,
                                    hlc=honest.hlc(120_000)))  # 2 minutes fast: within the allowance
    result = trainer.push_one(trainer.mutation("visit", visit_id, {"summary": "fast clock"}, base_version=version,
                                               hlc=trainer.hlc(86_400_000)))  # a day fast
    assert result["status"] == "conflict"
    state = trainer.pull_all()
    assert state[("visit", visit_id)]["fields"]["summary"] == "honest"
    losing = state[("conflict", result["conflict_ids"][0])]["fields"]["losing"]
    millis = int(losing["hlc"].split("-")[0])
    assert abs(millis - time.time() * 1000) < 60_000 and losing["hlc"].split("-")[1] == "0000"


def test_a_delete_against_an_edit_stands_and_the_edit_is_kept(server):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    editor = server.device("admin")
    editor.push_one(editor.mutation("visit", visit_id, {"summary": "edited"}, base_version=version))
    result = trainer.push_one(trainer.mutation("visit", visit_id, op="delete", base_version=version))
    assert result["status"] == "conflict"
    state = editor.pull_all()
    assert state[("visit", visit_id)]["deleted"] is True
    assert state[("visit", visit_id)]["fields"]["summary"] == "edited"  # kept for an undelete
    conflict = state[("conflict", result["conflict_ids"][0])]["fields"]
    assert conflict["field"] is None and conflict["target_id"] == visit_id
    assert conflict["winning"]["deleted"] is True and conflict["winning"]["value"] is None
    assert conflict["winning"]["user"]["username"] == trainer.username
    assert conflict["losing"]["value"] == {"summary": "edited"}
    assert conflict["losing"]["user"]["username"] == editor.username


def test_an_edit_arriving_after_a_delete_it_had_not_seen_is_kept_in_a_conflict(server):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    deleter = server.device("admin")
    assert deleter.push_one(deleter.mutation("visit", visit_id, op="delete", base_version=version))["status"] \
        == "applied"
    result = trainer.push_one(trainer.mutation("visit", visit_id, {"summary": "late"}, base_version=version))
    assert result["status"] == "conflict"
    state = trainer.pull_all()
    assert state[("visit", visit_id)]["deleted"] is True
    assert "summary" not in state[("visit", visit_id)]["fields"]
    conflict = state[("conflict", result["conflict_ids"][0])]["fields"]
    assert conflict["winning"]["deleted"] is True and conflict["losing"]["value"] == {"summary": "late"}


def test_editing_a_deleted_record_needs_an_undelete(server):
    device = server.device()
    enterprise_id = device.create_enterprise()
    visit_id, version = device.create_visit(enterprise_id)
    deleted = device.push_one(device.mutation("visit", visit_id, op="delete", base_version=version))
    refused = device.push_one(device.mutation("visit", visit_id, {"summary": "x"}, base_version=deleted["version"]))
    assert refused["status"] == "rejected" and refused["error"]["code"] == "record_deleted"
    restored = device.push_one(device.mutation("visit", visit_id, {"deleted": False, "summary": "back"},
                                               base_version=deleted["version"]))
    assert restored["status"] == "applied"
    visit = device.pull_all()[("visit", visit_id)]
    assert visit["deleted"] is False and visit["fields"]["summary"] == "back"
    assert "deleted" not in visit["fields"]


def test_unknown_fields_are_kept_and_sent_back(server):
    device = server.device()
    enterprise_id = device.create_enterprise(future_field={"from": "a newer client"})
    device.push_one(device.mutation("enterprise", enterprise_id, {"city": "Dongguan"}, base_version=1))
    fields = device.pull_all()[("enterprise", enterprise_id)]["fields"]
    assert fields["future_field"] == {"from": "a newer client"} and fields["city"] == "Dongguan"


def test_a_reference_into_another_enterprise_is_rejected(server):
    device = server.device()
    first, second = device.create_enterprise(), device.create_enterprise()
    visit_id, _ = device.create_visit(first)
    result = device.push_one(device.mutation("observation", None, {"enterprise_id": second, "visit_id": visit_id,
                                                                   "text": "x"}))
    assert result["status"] == "rejected" and result["error"]["code"] == "invalid_mutation"


def test_conflicts_can_be_resolved_and_still_travel(server):
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id)
    admin = server.device("admin")
    admin.push_one(admin.mutation("visit", visit_id, {"summary": "a"}, base_version=version))
    conflict_id = trainer.push_one(trainer.mutation("visit", visit_id, {"summary": "b"},
                                                    base_version=version))["conflict_ids"][0]
    conflict = trainer.pull_all()[("conflict", conflict_id)]
    other_change = trainer.push_one(trainer.mutation("conflict", conflict_id, {"field": "status"},
                                                     base_version=conflict["version"]))
    assert other_change["status"] == "rejected"
    result = admin.push_one(admin.mutation(
        "conflict", conflict_id, {"status": "resolved", "resolution": "kept a"}, base_version=conflict["version"]))
    assert result["status"] == "applied"
    after = trainer.pull_all()[("conflict", conflict_id)]
    assert after["fields"]["status"] == "resolved" and after["fields"]["resolution"] == "kept a"
    assert after["version"] == result["version"] > conflict["version"]
    outsider = server.device()
    refused = outsider.push_one(outsider.mutation("conflict", conflict_id, {"status": "resolved"}))
    assert refused["error"]["code"] == "out_of_scope"


# -- rule 5 and pull: scope -------------------------------------------------------------------------------------

def test_trainers_write_only_their_enterprises_and_creating_one_assigns_it(server):
    alice, bob = server.device(), server.device()
    alices = alice.create_enterprise()
    result = bob.push_one(bob.mutation("visit", None, bob.visit_fields(alices)))
    assert result["status"] == "rejected" and result["error"]["code"] == "out_of_scope"
    edit = bob.push_one(bob.mutation("enterprise", alices, {"name": "taken over"}))
    assert edit["error"]["code"] == "out_of_scope"
    server.assign(bob.username, alices)
    assert bob.push_one(bob.mutation("visit", None, bob.visit_fields(alices)))["status"] == "applied"
    # A coordinator reads every enterprise but records nothing in it (Part 2, "Roles"); an admin may.
    coordinator, admin = server.device("coordinator"), server.device("admin")
    refused = coordinator.push_one(coordinator.mutation("visit", None, coordinator.visit_fields(alices)))
    assert refused["error"]["code"] == "not_permitted"
    assert admin.push_one(admin.mutation("visit", None, admin.visit_fields(alices)))["status"] == "applied"


def test_pull_shows_each_role_its_scope(server):
    alice, bob = server.device(), server.device()
    alices, bobs = alice.create_enterprise(), bob.create_enterprise()
    alice.create_visit(alices)
    seen_by_alice = {key[1] for key in alice.pull_all()}
    assert alices in seen_by_alice and bobs not in seen_by_alice
    for role in ("coordinator", "admin"):
        seen = {key[1] for key in server.device(role).pull_all()}
        assert {alices, bobs} <= seen


def test_blob_download_follows_scope(server):
    alice, bob = server.device(), server.device()
    enterprise_id = alice.create_enterprise()
    visit_id, _ = alice.create_visit(enterprise_id)
    data = uuid.uuid4().bytes * 1000
    answer = alice.push(alice.mutation("photo", None, alice.photo_fields(enterprise_id, visit_id, data)))
    sha256 = alice.photo_fields(enterprise_id, visit_id, data)["sha256"]
    assert answer["missing_blobs"] == [sha256]
    assert alice.tus_upload(data).status_code == 204
    assert alice.get("/blobs/" + sha256).content == data
    assert server.device("coordinator").get("/blobs/" + sha256).content == data
    refused = bob.get("/blobs/" + sha256)
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "not_found"
    assert bob.get("/blobs/" + "f" * 64).status_code == 404
    # a second photo of the same bytes: held now, so not missing
    again = alice.push(alice.mutation("photo", None, alice.photo_fields(enterprise_id, visit_id, data)))
    assert again["missing_blobs"] == []
    assert alice.post("/blobs/check", json={"sha256": [sha256, "e" * 64]}).json() == {"missing": ["e" * 64]}


def test_a_newly_assigned_enterprise_is_backfilled_at_the_next_pull(server):
    trainer = server.device()
    own = trainer.create_enterprise()
    trainer.pull()
    admin = server.device("admin")
    given = admin.create_enterprise(name="新厂")
    visits = {admin.create_visit(given)[0] for _ in range(5)}
    assert trainer.pull() == []  # not theirs yet
    server.assign(trainer.username, given)
    later = admin.create_visit(given)[0]
    changes = trainer.pull(limit=2)  # pages through the backfill, then the stream
    ids = [change["record_id"] for change in changes]
    assert set(ids) == {given, later} | visits and len(ids) == len(set(ids))
    assert own not in ids
    assert trainer.pull() == []


def test_pull_pages_in_counter_order_with_each_record_once_at_its_latest_version(server):
    device = server.device()
    enterprise_id = device.create_enterprise()
    visit_id, version = device.create_visit(enterprise_id)
    for number in range(3):
        version = device.push_one(device.mutation("visit", visit_id, {"summary": str(number)},
                                                  base_version=version))["version"]
    extra = [device.create_visit(enterprise_id)[0] for _ in range(4)]
    device.cursor = ""
    pages = []
    while True:
        page = device.get("/sync/pull", params={"cursor": device.cursor, "limit": 2}).json()
        pages.append(page)
        device.cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    changes = [change for page in pages for change in page["changes"]]
    assert all(len(page["changes"]) <= 2 for page in pages)
    versions = [change["version"] for change in changes]
    assert versions == sorted(versions)
    assert [c["record_id"] for c in changes].count(visit_id) == 1
    latest = next(c for c in changes if c["record_id"] == visit_id)
    assert latest["version"] == version and latest["fields"]["summary"] == "2"
    assert set(extra) <= {c["record_id"] for c in changes}


# -- epoch ------------------------------------------------------------------------------------------------------

def test_restore_gives_a_new_epoch_moves_the_counter_and_forgets_sequences(server, server_pool, cli):
    fresh = server_pool.fresh(server.backend, "restore").start()
    try:
        device = fresh.device()
        enterprise_id = device.create_enterprise()
        old_epoch = device.epoch()
        backup_file = fresh.data / "backup.zip"
        assert cli("backup", "-o", str(backup_file), data=fresh.data).returncode == 0
        after_backup = device.create_enterprise()  # lost by the restore; the client re-pushes it
        before = fresh.counter()
        fresh.stop()
        done = cli("restore", str(backup_file), data=fresh.data)
        assert done.returncode == 0, done.stderr
        fresh.start()
        assert fresh.counter() >= before + 2**32 and fresh.counter() < 2**53
        answer = device.push_raw([device.mutation("enterprise", after_backup, {"name": "again"})],
                                 server_epoch=old_epoch)
        assert answer.status_code == 409 and answer.json()["error"]["code"] == "epoch_changed"
        new_epoch = device.epoch()
        assert new_epoch != old_epoch
        # the device's sequence was forgotten: whatever client_seq it continues with is accepted; the client
        # re-pushes all it holds with base_version 0, and what the server still holds merges without conflict
        held = {"name": "华美制衣厂", "name_latin": "Huamei"}
        results = device.push(device.mutation("enterprise", after_backup, held, seq=500),
                              device.mutation("enterprise", enterprise_id, held, seq=501))
        assert [r["status"] for r in results["results"]] == ["applied", "merged"]
        assert all(r["version"] > before + 2**32 for r in results["results"])
        assert {key[1] for key in device.pull_all()} == {enterprise_id, after_backup}
    finally:
        fresh.stop()
        fresh.engine.dispose()
