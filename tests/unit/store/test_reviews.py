"""The review in the store: the coordinator's queue and its filters, the state a trainer's answer or new signature
sends back to "new", the thread, and the trainer's unread marks."""

from __future__ import annotations

from score_desktop.store import reviews
from score_desktop.store.reviews import QueueFilter
from tests.builders import make_enterprise, make_visit


def as_account(ws, username, role):
    ws.set_meta("sync_username", username)
    ws.set_meta("sync_role", role)


def synced(ws, table, record_id, **columns):
    """What a pull would have written: the server's names for the record."""
    sets = ", ".join(f"{name} = ?" for name in columns)
    with ws.transaction():
        ws.conn.execute(f"UPDATE {table} SET {sets}, version = version + 1 WHERE id = ?",
                        [*columns.values(), record_id])


def programme(ws):
    """Two trainers' reports (and a draft) as a coordinator's laptop holds them after a pull."""
    lan = make_enterprise(ws, name="Lan Garments", sponsors=["Brand A"])
    minh = make_enterprise(ws, name="Minh Shoes", sponsors=["Brand B"])
    visits = {"lan_wc": make_visit(ws, lan, module="WC", status="final"),
              "lan_qm": make_visit(ws, lan, module="QM", status="signed", visit_date="2026-11-21"),
              "minh_wc": make_visit(ws, minh, module="WC", status="final"),
              "draft": make_visit(ws, minh, status="draft")}
    for key, visit in visits.items():
        synced(ws, "visit", visit["id"], created_by="minh" if key.startswith(("minh", "draft")) else "lan")
    as_account(ws, "coco", "coordinator")
    return visits


def ids(rows):
    return {row["id"] for row in rows}


def test_the_queue_lists_final_and_signed_reports_filtered_by_trainer_enterprise_module_sponsor(workspace):
    visits = programme(workspace)
    everything = reviews.queue_page(workspace)
    assert ids(everything) == {visits[k]["id"] for k in ("lan_wc", "lan_qm", "minh_wc")}
    assert {row["state"] for row in everything} == {"new"}
    assert reviews.count_queue(workspace) == 3
    assert ids(reviews.queue_page(workspace, QueueFilter(trainer="lan"))) == {visits["lan_wc"]["id"],
                                                                            visits["lan_qm"]["id"]}
    assert ids(reviews.queue_page(workspace, QueueFilter(module="WC", sponsor="Brand B"))) == {
        visits["minh_wc"]["id"]}
    assert ids(reviews.queue_page(workspace, QueueFilter(enterprise_id=visits["lan_qm"]["enterprise_id"],
                                                         module="QM"))) == {visits["lan_qm"]["id"]}
    choices = reviews.queue_choices(workspace)
    assert [value for value, _ in choices["trainer"]] == ["lan", "minh"]
    assert [value for value, _ in choices["sponsor"]] == ["Brand A", "Brand B"]
    assert [row["id"] for row in reviews.queue_page(workspace, order_by="enterprise desc", limit=1)] == [
        visits["minh_wc"]["id"]]


def test_a_state_set_with_a_comment_then_the_trainers_answer_sends_the_visit_back_to_new(workspace):
    visits = programme(workspace)
    visit_id = visits["lan_wc"]["id"]
    review = reviews.set_state(workspace, visit_id, "has_issues", "Finding 3 needs a photo.")
    assert reviews.queue_state(workspace, visit_id) == "has_issues"
    assert ids(reviews.queue_page(workspace, QueueFilter(state="has_issues"))) == {visit_id}
    [comment] = reviews.thread(workspace, visit_id)
    assert (comment["text"], comment["review_state"], comment["author"], comment["mine"]) == (
        "Finding 3 needs a photo.", "has_issues", "coco", True)
    # The trainer's answer arrives (the server named its author) a day after the review: the visit is new again.
    with workspace.transaction():
        workspace.conn.execute("UPDATE review SET updated_at = '2026-01-01T00:00:00.000Z'")
        workspace.conn.execute("UPDATE review_comment SET created_at = '2026-01-01T00:00:00.000Z'")
        workspace.conn.execute(
            "INSERT INTO review_comment (id, enterprise_id, visit_id, text, author, author_role, created_at, "
            "updated_at, updated_hlc, version) VALUES ('a1', ?, ?, 'Photo added.', 'lan', 'trainer', "
            "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '0', 1)",
            (visits["lan_wc"]["enterprise_id"], visit_id))
    assert reviews.queue_state(workspace, visit_id) == "new"
    assert [c["author"] for c in reviews.thread(workspace, visit_id)] == ["coco", "lan"]
    # A word from the coordinator after the answer is a look: "still has issues", said again.
    assert reviews.set_state(workspace, visit_id, "has_issues", "And the action has no owner.")["id"] == review["id"]
    assert reviews.queue_state(workspace, visit_id) == "has_issues"
    reviews.set_state(workspace, visit_id, "approved")
    assert reviews.queue_state(workspace, visit_id) == "approved"
    assert reviews.review_of(workspace, visit_id)["state"] == "approved"


def test_the_trainer_sees_news_in_the_thread_until_read(workspace):
    visits = programme(workspace)
    visit_id = visits["lan_wc"]["id"]
    review = reviews.set_state(workspace, visit_id, "has_issues", "Finding 3 needs a photo.")
    comment = reviews.thread(workspace, visit_id)[0]
    synced(workspace, "review", review["id"], reviewer="coco")
    synced(workspace, "review_comment", comment["id"], author="coco", author_role="coordinator")
    as_account(workspace, "lan", "trainer")  # the same records, as the trainer's laptop holds them
    assert reviews.unread(workspace, visit_id)
    [news] = reviews.unread_visits(workspace)
    assert (news["id"], news["state"], news["last_text"]) == (visit_id, "has_issues", "Finding 3 needs a photo.")
    reviews.mark_read(workspace, visit_id)
    assert not reviews.unread(workspace, visit_id) and reviews.unread_visits(workspace) == []
    # The trainer's own answer is no news to them; the coordinator's next word is.
    reviews.add_comment(workspace, visit_id, "Photo added.")
    assert reviews.unread_visits(workspace) == []
    synced(workspace, "review_comment", comment["id"], text="Finding 3 needs a photo, and finding 4.")
    assert ids(reviews.unread_visits(workspace)) == {visit_id}
