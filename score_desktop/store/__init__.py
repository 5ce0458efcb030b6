"""The local workspace: SQLite through sqlite-utils, migrations, outbox, search and the photo store."""
