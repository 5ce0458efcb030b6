"""Migration 6: the search box finds EIT members by name and photos by caption.

Workspaces made before it hold no index entries for them. The word index needs every CJK character spaced out
(store/search.py ``spaced``), which SQL cannot do, so this migration only names the entities still to index;
the workspace's first open after it indexes them in one transaction and empties the list
(``search.backfill``). A workspace made after it starts with nothing to index either way.

Numbered 6: 5 is the coordinator's (another branch); nothing here depends on it.
"""

SQL = """
CREATE TABLE search_backfill (entity TEXT PRIMARY KEY NOT NULL);
INSERT INTO search_backfill (entity) VALUES ('eit_member'), ('photo');
"""
