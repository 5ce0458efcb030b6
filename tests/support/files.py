"""Looking at files the way an administrator does: who else may read them."""

from __future__ import annotations

import stat
from pathlib import Path


def open_to_others(root: Path) -> list[str]:
    """Every file or folder under ``root`` (itself included) that its group or others may use."""
    found = []
    for path in [root, *root.rglob("*")]:
        if stat.S_IMODE(path.lstat().st_mode) & 0o077:
            found.append(f"{path.relative_to(root.parent)} {oct(stat.S_IMODE(path.lstat().st_mode))}")
    return found
