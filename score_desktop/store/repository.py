"""One repository per entity: create, update, soft delete, restore, get and list with paging and filters.

Writes go through :meth:`Workspace.write` (the one write path). Reads return records as dicts
(:mod:`score_desktop.store.records`). Reach a repository as ``workspace.visits`` (or ``workspace.visit``).
"""

from __future__ import annotations

import re
import builtins
from typing import TYPE_CHECKING, Any, Iterator

from score_desktop.domain.entities import COMMON_COLUMNS, EntitySpec
from score_desktop.errors import NotFoundError
from score_desktop.store.records import Record, encode_value, from_row

if TYPE_CHECKING:
    from score_desktop.store.workspace import Workspace

_ORDER_RE = re.compile(r"^\s*(\w+)(\s+(asc|desc))?\s*$", re.IGNORECASE)


class Repository:
    def __init__(self, workspace: "Workspace", spec: EntitySpec) -> None:
        self.workspace = workspace
        self.spec = spec
        self.columns = frozenset(COMMON_COLUMNS) | frozenset(spec.field_names)

    def __repr__(self) -> str:
        return f"<Repository {self.spec.name}>"

    # -- writes ----------------------------------------------------------------------------------------------

    def create(self, *, id: str | None = None, **fields: Any) -> Record:  # noqa: A002 - the record's id
        """Create a record and its outbox mutation; ``enterprise_id`` is found from a parent when not given."""
        return self.workspace.write(self.spec.name, id, fields)

    def update(self, record_id: str, **fields: Any) -> Record:
        """Change fields of a record; unchanged values are neither written nor sent."""
        self.get(record_id, include_deleted=True)
        return self.workspace.write(self.spec.name, record_id, fields)

    def delete(self, record_id: str) -> Record:
        """Soft delete: the record becomes a tombstone that syncs, and :meth:`restore` brings it back."""
        return self.workspace.write(self.spec.name, record_id, {}, delete=True)

    def restore(self, record_id: str) -> Record:
        return self.workspace.write(self.spec.name, record_id, {"deleted": False})

    # -- reads -----------------------------------------------------------------------------------------------

    def find(self, record_id: str, *, include_deleted: bool = False) -> Record | None:
        rows = self.list(id=record_id, include_deleted=include_deleted, limit=1)
        return rows[0] if rows else None

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        record = self.find(record_id, include_deleted=include_deleted)
        if record is None:
            raise NotFoundError(entity=self.spec.name, record_id=record_id)
        return record

    def list(self, *, where: str | None = None, where_args: tuple | builtins.list = (), order_by: str | None = None,
             limit: int | None = None, offset: int = 0, include_deleted: bool = False,
             **equals: Any) -> builtins.list[Record]:
        """Records matching every ``field=value`` (None matches NULL) and the optional SQL ``where``.

        ``order_by`` is ``"field"`` or ``"field desc"``; pages come from ``limit`` and ``offset``.
        """
        return list(self.iter(where=where, where_args=where_args, order_by=order_by, limit=limit, offset=offset,
                              include_deleted=include_deleted, **equals))

    def iter(self, *, where: str | None = None, where_args: tuple | builtins.list = (), order_by: str | None = None,
             limit: int | None = None, offset: int = 0, include_deleted: bool = False,
             **equals: Any) -> Iterator[Record]:
        sql, params = self._select("*", where, where_args, include_deleted, equals)
        if order_by:
            sql += " ORDER BY " + self._order(order_by)
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        cursor = self.workspace.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield from_row(self.spec, dict(zip(names, row)))

    def count(self, *, where: str | None = None, where_args: tuple | builtins.list = (), include_deleted: bool = False,
              **equals: Any) -> int:
        sql, params = self._select("count(*)", where, where_args, include_deleted, equals)
        return self.workspace.conn.execute(sql, params).fetchone()[0]

    def _select(self, what: str, where: str | None, where_args: tuple | builtins.list, include_deleted: bool,
                equals: dict[str, Any]) -> tuple[str, builtins.list[Any]]:
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        for name, value in equals.items():
            if name not in self.columns:
                raise TypeError(f"{self.spec.name} has no column {name!r}")
            if value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                field = self.spec.by_name.get(name)
                params.append(encode_value(field.kind, value) if field else value)
        if not include_deleted:
            clauses.append("deleted = 0")
        if where:
            clauses.append(f"({where})")
            params.extend(where_args)
        sql = f"SELECT {what} FROM {self.spec.name}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return sql, params

    def _order(self, order_by: str) -> str:
        parts = []
        for item in order_by.split(","):
            match = _ORDER_RE.match(item)
            if not match or match.group(1) not in self.columns:
                raise ValueError(f"cannot order {self.spec.name} by {item.strip()!r}")
            parts.append(f"{match.group(1)} {(match.group(3) or 'asc').upper()}")
        return ", ".join(parts)
