"""Every string the app shows is translated into every shipped language (DESIGN.md section 9).

``make lupdate`` run on copies of translations/*.ts must leave no unfinished entry: a string added to the code
without its translations fails here, not in front of a trainer in Hà Nội.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "es", "fr", "vi", "id")


def _lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def _unfinished(path: Path) -> list[str]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def test_lupdate_leaves_no_unfinished_entry(tmp_path):
    sources = sorted(str(path) for path in (ROOT / "score_desktop").rglob("*.py"))
    copies = []
    for lang in LANGUAGES:
        copy = tmp_path / f"score_desktop_{lang}.ts"
        shutil.copyfile(ROOT / "translations" / copy.name, copy)
        copies.append(copy)
    targets = [arg for copy in copies for arg in ("-ts", str(copy))]
    done = subprocess.run([str(_lupdate()), *sources, *targets], capture_output=True, text=True, cwd=ROOT,
                          check=False)
    assert done.returncode == 0, done.stderr
    missing = {copy.name: _unfinished(copy) for copy in copies}
    assert not any(missing.values()), "\n".join(
        f"{name}: {entry}" for name, entries in missing.items() for entry in entries[:20])
