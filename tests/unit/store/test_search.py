"""Search as you type: any word, Chinese of 1, 2 and 3+ characters, ranked, in pages."""

from __future__ import annotations

from contextlib import closing

from score_desktop.store.workspace import Workspace
from tests.builders import make_action_item, make_eit_member, make_enterprise, make_observation, make_visit


def _titles(hits):
    return [hit.title for hit in hits]


def test_chinese_queries_of_one_two_and_three_characters(workspace):
    enterprise = make_enterprise(workspace, name="重庆长安汽车配件厂", name_latin="Chongqing Changan Auto Parts")
    visit = make_visit(workspace, enterprise)
    make_observation(workspace, visit, text="车间通道被纸箱堵住", recommendation="保持通道畅通")
    make_observation(workspace, visit, text="灭火器过期", recommendation="更换灭火器")
    assert {h.entity for h in workspace.search("厂")} == {"enterprise"}
    assert _titles(workspace.search("通道")) == ["车间通道被纸箱堵住"]
    assert _titles(workspace.search("灭火器")) == ["灭火器过期"]
    assert _titles(workspace.search("汽车配件")) == ["重庆长安汽车配件厂"]
    assert workspace.search("火车") == []  # both characters appear, never side by side


def test_two_character_phrase_matches_only_adjacent_characters(workspace):
    visit = make_visit(workspace)
    make_observation(workspace, visit, text="工人在厂房外休息")
    make_observation(workspace, visit, text="工厂门口堆放原料")
    assert _titles(workspace.search("工厂")) == ["工厂门口堆放原料"]
    assert len(workspace.search("工")) == 2


def test_latin_words_accents_and_case(workspace):
    enterprise = make_enterprise(workspace, name="Calzados Pérez", name_latin=None, city="León")
    visit = make_visit(workspace, enterprise)
    make_observation(workspace, visit, text="Lối thoát hiểm bị chặn", recommendation="Dọn lối đi")
    make_action_item(workspace, visit, title="Install machine guards on press 4")
    assert _titles(workspace.search("calzados")) == ["Calzados Pérez"]
    assert _titles(workspace.search("MACHINE guards")) == ["Install machine guards on press 4"]
    assert _titles(workspace.search("thoát")) == ["Lối thoát hiểm bị chặn"]
    assert _titles(workspace.search("le")) == ["Calzados Pérez"]  # prefix of "León", accent folded


def test_every_searched_entity_is_found(workspace):
    enterprise = make_enterprise(workspace, name="Shoe Factory Alpha")
    visit = make_visit(workspace, enterprise, summary="Alpha line walk-through")
    make_observation(workspace, visit, text="Alpha glue fumes near line 2")
    make_action_item(workspace, visit, title="Alpha: ventilation for glue station")
    assert {h.entity for h in workspace.search("alpha")} == {"enterprise", "visit", "observation", "action_item"}
    assert {h.entity for h in workspace.search("alpha", entities=["visit"])} == {"visit"}


def test_results_are_ranked_and_paged(workspace):
    visit = make_visit(workspace)
    make_observation(workspace, visit, text="minor note", recommendation="check the guard rail on stairs")
    make_observation(workspace, visit, text="guard rail missing")
    for n in range(30):
        make_observation(workspace, visit, text=f"rail {n}")
    assert _titles(workspace.search("guard rail"))[0] == "guard rail missing"  # title beats body
    pages = [workspace.search("rail", limit=10, offset=offset) for offset in (0, 10, 20, 30)]
    assert [len(page) for page in pages] == [10, 10, 10, 2]
    assert len({hit.record_id for page in pages for hit in page}) == 32


def test_edits_and_deletes_update_the_index(workspace):
    observation = make_observation(workspace, text="wet floor")
    workspace.observations.update(observation["id"], text="dry floor")
    assert workspace.search("wet") == [] and len(workspace.search("dry")) == 1
    workspace.observations.delete(observation["id"])
    assert workspace.search("dry") == []
    workspace.observations.restore(observation["id"])
    assert len(workspace.search("dry")) == 1


def test_queries_with_fts_syntax_are_taken_literally(workspace):
    make_observation(workspace, text='Label says "DANGER" AND NOT safe*')
    for query in ['"DANGER"', "AND", "NOT", "safe*", "(", ")", ":", "-", '"', "*"]:
        workspace.search(query)  # never an FTS5 syntax error
    assert len(workspace.search('"DANGER"')) == 1


def test_a_very_common_term_ranks_the_newest_matches(workspace, monkeypatch):
    from score_desktop.store import search

    monkeypatch.setattr(search, "RANKED_MATCHES", 5)
    visit = make_visit(workspace)
    for n in range(12):
        make_observation(workspace, visit, text=f"车间 {n}")
    hits = workspace.search("车", limit=50)
    assert {hit.title for hit in hits} == {f"车间 {n}" for n in range(7, 12)}


def test_long_and_short_terms_together(workspace):
    visit = make_visit(workspace)
    make_observation(workspace, visit, text="Machine guard missing on press 3")
    make_observation(workspace, visit, text="车间通道被纸箱堵住")
    make_observation(workspace, visit, text="车间通道畅通")
    assert _titles(workspace.search("guard 3")) == ["Machine guard missing on press 3"]
    assert workspace.search("guard 9") == []
    assert _titles(workspace.search("车间通道 纸")) == ["车间通道被纸箱堵住"]
    assert workspace.search("100% _") == []  # LIKE wildcards are taken literally


def test_eit_members_by_name_and_photos_by_caption(workspace):
    enterprise = make_enterprise(workspace)
    member = make_eit_member(workspace, enterprise, name="阮氏梅")
    visit = make_visit(workspace, enterprise)
    photo = workspace.photos.create(sha256="ab" * 32, size=10, mime="image/jpeg", visit_id=visit["id"],
                                    caption="Extintor vencido junto a la salida")
    assert [(h.entity, h.record_id) for h in workspace.search("梅")] == [("eit_member", member["id"])]
    assert [(h.entity, h.record_id) for h in workspace.search("extintor")] == [("photo", photo["id"])]
    workspace.photos.delete(photo["id"])
    assert workspace.search("extintor") == []


def test_a_workspace_made_before_migration_6_finds_its_members_and_photos_once_opened(tmp_path):
    root = tmp_path / "older"
    with closing(Workspace.open(root)) as ws:
        enterprise = make_enterprise(ws)
        member = make_eit_member(ws, enterprise, name="Nguyễn Văn Hùng")
        photo = ws.photos.create(sha256="ab" * 32, size=10, mime="image/jpeg", enterprise_id=enterprise["id"],
                                 visit_id=make_visit(ws, enterprise)["id"], caption="lối thoát hiểm bị chặn")
        # As a workspace of schema 5 was: no index entries for members and photos, no list of what to index.
        rows = [row[0] for row in ws.conn.execute("SELECT rowid FROM search_doc WHERE entity IN "
                                                  "('eit_member', 'photo')")]
        for table in ("search_trigram", "search_words", "search_doc"):
            ws.conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(row,) for row in rows])
        ws.conn.execute("DROP TABLE search_backfill")
        ws.conn.execute("PRAGMA user_version = 5")
        ws.conn.commit()
        assert ws.search("Hùng") == [] and ws.search("thoát") == []
    with closing(Workspace.open(root)) as ws:  # migrates to 6, then indexes them
        assert [h.record_id for h in ws.search("Hùng")] == [member["id"]]
        assert [h.record_id for h in ws.search("thoát")] == [photo["id"]]
        assert ws.conn.execute("SELECT count(*) FROM search_backfill").fetchone()[0] == 0
    with closing(Workspace.open(root)) as ws:  # once only: no entry twice
        assert len(ws.search("Hùng")) == 1
