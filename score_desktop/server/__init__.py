"""The central sync server (FastAPI on SQLAlchemy Core)."""
