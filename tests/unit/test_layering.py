"""The dependency rule of DESIGN.md section 2: only ui/ imports Qt; each layer imports only what it may; inside ui/,
features import ui/core and ui/context but not each other (the main window wires them)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "score_desktop"

#: For each layer, the parts of score_desktop it may import (besides itself). "" is the package root
#: (``score_desktop/__init__.py``: name and version).
ALLOWED = {
    "domain": {""},
    "store": {"", "domain", "errors", "paths"},
    "reports": {"", "domain", "store", "errors", "paths"},
    "sync": {"", "domain", "store", "errors", "paths"},
    "exchange": {"", "domain", "store", "errors", "paths"},
    "demo": {"", "domain", "store", "errors", "paths"},
    "results": {"", "domain", "store", "errors", "paths"},
    # The server writes the same M&E export as the laptop (issue 15), from the one module that shapes plain
    # records without the store: exchange.sheets (test_the_shared_export_shape_loads_no_store holds that).
    "server": {"", "domain", "sync.protocol", "errors", "exchange.sheets"},
}
HEADLESS = sorted(ALLOWED) + ["errors", "paths"]


def _nodes(tree: ast.AST, *, runtime_only: bool) -> list[ast.AST]:
    """Every node of ``tree``; with ``runtime_only``, leaving out ``if TYPE_CHECKING:`` blocks (annotations only)."""
    found: list[ast.AST] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        if runtime_only and isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))
    return found


def _imports(path: Path, *, runtime_only: bool = False) -> list[tuple[str, ...]]:
    """Each import of a file as its possible targets: ``from a.b import c`` may import module ``a.b.c`` or name
    ``c`` of ``a.b``, and is fine when either is allowed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, ...]] = []
    for node in _nodes(tree, runtime_only=runtime_only):
        if isinstance(node, ast.Import):
            found.extend((alias.name,) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.extend((f"{node.module}.{alias.name}", node.module) for alias in node.names)
    return found


def _ours(name: str) -> str | None:
    """``score_desktop.store.outbox`` -> ``store.outbox``; None for other packages."""
    if name == "score_desktop":
        return ""
    if name.startswith("score_desktop."):
        return name.removeprefix("score_desktop.")
    return None


def _allowed(target: str, layer: str) -> bool:
    if target == "" or target.split(".")[0] == layer:
        return True
    return any(target == allowed or target.startswith(allowed + ".") for allowed in ALLOWED[layer] if allowed)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for targets in _imports(path):
            if targets[-1].split(".")[0] in ("PySide6", "shiboken6"):
                offences.append(f"{path.relative_to(PACKAGE)} imports {targets[0]}")
                continue
            ours = [_ours(name) for name in targets]
            if ours[0] is not None and not any(t is not None and _allowed(t, layer) for t in ours):
                offences.append(f"{path.relative_to(PACKAGE)} imports {targets[0]}")
    assert not offences, "\n".join(offences)


UI = PACKAGE / "ui"
#: Modules at the top of ui/ that wire the features together and may import any of them.
UI_WIRING = {"app", "main_window"}


def _ui_part(path: Path) -> str:
    """``ui/visits/visit_screen.py`` -> ``visits``; ``ui/context.py`` -> ``context``."""
    return path.relative_to(UI).parts[0].removesuffix(".py")


def _ui_allowed(part: str) -> set[str]:
    if part in UI_WIRING:
        return {p.name.removesuffix(".py") for p in UI.iterdir()}
    if part == "core":
        return {"core", "__init__"}
    return {part, "core", "context", "__init__"}  # a feature, or context (which needs only core)


def test_ui_features_import_core_and_context_but_not_each_other() -> None:
    features = sorted(p.name for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert {"core", "visits", "enterprises", "sync"} <= set(features)
    offences = []
    for path in sorted(UI.rglob("*.py")):
        part = _ui_part(path)
        for targets in _imports(path, runtime_only=part == "core"):  # core may name AppContext in annotations
            ours = [_ours(name) for name in targets]
            ui_targets = [t for t in ours if t is not None and t.startswith("ui.")]
            if ui_targets and not any(t.split(".")[1] in _ui_allowed(part) for t in ui_targets):
                offences.append(f"{path.relative_to(PACKAGE)} imports {targets[0]}")
    assert not offences, "\n".join(offences)


def test_headless_packages_load_no_qt_in_a_fresh_interpreter() -> None:
    """Import every module outside ui/ in a new process and look at what ended up in sys.modules."""
    modules = sorted(
        "score_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for part in HEADLESS
        for path in ([PACKAGE / f"{part}.py"] if (PACKAGE / f"{part}.py").exists() else (PACKAGE / part).rglob("*.py"))
    )
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PACKAGE.parent,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_shared_export_shape_loads_no_store() -> None:
    """The server imports exchange.sheets: it and everything it imports must stay clear of the store (and Qt)."""
    script = (
        "import json, sys\n"
        "import score_desktop.exchange.sheets\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('score_desktop.store', 'PySide6')))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PACKAGE.parent,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
