"""A workspace with one enterprise's history to print, and ways to read a PDF back: shared by the report tests
and the GUI tests that print (no suite imports another's conftest)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from score_desktop.demo import images
from score_desktop.store.photos import PhotoStore
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading, make_observation,
                            make_visit)

#: As the photo viewer stores them (ui/annotations.py), plus one shape in an early build's form.
ANNOTATIONS = [{"shape": "arrow", "x1": 0.1, "y1": 0.9, "x2": 0.45, "y2": 0.5, "color": "#e53935"},
               {"shape": "ellipse", "x1": 0.65, "y1": 0.6, "x2": 0.4, "y2": 0.3, "color": "#1e88e5"},
               {"shape": "rect", "x": 0.05, "y": 0.05, "w": 0.3, "h": 0.2},
               {"shape": "text", "x1": 0.5, "y1": 0.6, "text": "出口堵塞 Lối thoát"}]


@dataclass
class History:
    ws: Workspace
    enterprise: Record
    visit: Record
    earlier_visit: Record
    photos: list[Record]


def add_photo(ws: Workspace, owner: dict[str, str], seed: int, *, size: tuple[int, int] = (640, 480),
              **fields: object) -> Record:
    """Draw a JPEG, store it and link a photo record to ``owner`` (``{"observation_id": ...}``)."""
    scratch = ws.paths.root / "scratch"
    path = scratch / f"photo-{seed}.jpg"
    if min(size) >= 100:
        images.write_photo(path, random.Random(seed), size=size)
    else:  # the demo's scenes need room; a sliver or a dot is drawn plainly
        scratch.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", size, (40 * seed % 255, 120, 200)).save(path, "JPEG")
    stored = PhotoStore(ws.paths).import_file(path)
    shutil.rmtree(scratch)
    return ws.photos.create(sha256=stored.sha256, size=stored.size, mime=stored.mime, width=stored.width,
                            height=stored.height, original_name=stored.original_name,
                            **{"kind": "evidence", "caption": f"照片 {seed}", **owner, **fields})


def make_history(ws: Workspace) -> History:
    """An enterprise with an EIT, an earlier visit with actions, and a visit with findings in two topics, photos
    (one annotated), a new action plan, KPI readings and a drawn signature."""
    enterprise = make_enterprise(ws, report_language="zh_CN", country="CN")
    chair = make_eit_member(ws, enterprise, name="王芳", role="chair", side="manager", gender="female")
    worker = make_eit_member(ws, enterprise, name="Nguyễn Thị Lan", side="worker", gender="female")
    man = make_eit_member(ws, enterprise, name="José Pérez", side="worker", gender="male")
    earlier = make_visit(ws, enterprise, visit_date="2026-10-01", visit_type="baseline", status="final")
    make_action_item(ws, earlier, title="清理三号线安全出口", owner_id=chair["id"], due_date="2026-10-15",
                     status="open")
    make_action_item(ws, earlier, title="Label the chemical store", owner_id=worker["id"], due_date="2026-10-20",
                     status="done", completed_date="2026-10-25")
    visit = make_visit(ws, enterprise, visit_date="2026-11-20", co_visitors=["Marie Dubois", "陈静"],
                       attendees=[chair["id"], worker["id"], man["id"], "Guest from the buyer"],
                       objectives="Review the exits; walk the sewing floor", next_visit_date="2026-12-18",
                       signatures={"trainer": {"name": "Wang Fang", "signed_at": "2026-11-20"}})
    first = make_observation(ws, visit, topic="WC-01", text="安全出口被纸箱堵住", position=0,
                             location="缝制一线")
    second = make_observation(ws, visit, topic="WC-04", rating="good", position=1,
                              text="Les allées sont dégagées et bien marquées", recommendation=None)
    make_observation(ws, visit, topic=None, rating="improve", position=2, text="Bảng tin chưa cập nhật",
                     recommendation="Cập nhật bảng tin hằng tuần")
    photos = [add_photo(ws, {"observation_id": first["id"]}, 1, annotations=ANNOTATIONS, kind="before"),
              add_photo(ws, {"observation_id": first["id"]}, 2, kind="after", caption="改善后"),
              add_photo(ws, {"observation_id": second["id"]}, 3)]
    photos.append(add_photo(ws, {"visit_id": visit["id"]}, 4, kind="signature", caption=None))
    make_action_item(ws, visit, title="每周检查安全出口", owner_id=man["id"], due_date="2026-12-01", status="open")
    make_kpi_reading(ws, enterprise, period_start="2026-09-01", period_end="2026-09-30", phase="baseline",
                     numerator=120.0, denominator=4000.0, value=3.0)
    make_kpi_reading(ws, enterprise, period_start="2026-10-01", period_end="2026-10-31", phase="progress",
                     numerator=90.0, denominator=4000.0, value=2.25)
    make_kpi_reading(ws, enterprise, kpi="output", period_start="2026-09-01", period_end="2026-09-30",
                     phase="baseline", value=1000.0, numerator=None, denominator=None)
    make_kpi_reading(ws, enterprise, kpi="output", period_start="2026-10-01", period_end="2026-10-31",
                     phase="progress", value=1100.0, numerator=None, denominator=None)
    return History(ws, enterprise, ws.visits.get(visit["id"]), earlier, photos)


# -- reading PDFs back ---------------------------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    """Text without line breaks and spaces, to find strings a table cell wrapped."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """``pdffonts`` as rows: name, type, emb, sub, uni."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5], "sub": parts[-4],
                     "uni": parts[-3]})
    return rows


def image_objects(path: Path) -> dict[str, int]:
    """Distinct image XObjects in the PDF, counted by filter: ``{"/DCTDecode": 3, "/FlateDecode": 1}``."""
    reader = PdfReader(path)
    seen: dict[int, str] = {}
    for page in reader.pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                filters = image.get("/Filter")
                seen[ref.idnum] = str(filters[0] if isinstance(filters, list) else filters)
    counts: dict[str, int] = {}
    for kind in seen.values():
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def render_page(path: Path, page: int, out_dir: Path, *, dpi: int = 40) -> Image.Image:
    prefix = out_dir / f"page-{page}"
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile", str(path),
                    str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as picture:
        return picture.convert("L")


def ink_share(picture: Image.Image) -> float:
    """The share of pixels that are not (nearly) white."""
    histogram = picture.histogram()
    return sum(histogram[:200]) / (picture.width * picture.height)


def _to_unicode(cmap: bytes) -> dict[int, str]:
    """A font's ToUnicode CMap (the bfchar and bfrange forms reportlab and most writers use) as code -> text."""
    text = cmap.decode("latin-1")
    codes: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[int(code, 16)] = bytes.fromhex(target).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int.from_bytes(bytes.fromhex(start), "big")
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                codes[code] = chr(first + offset)
    return codes


def _code_to_glyph(font_program: bytes) -> dict[int, int]:
    """The character map of an embedded TrueType program: code -> glyph index (formats 0 and 6, what subsetting
    writers use for one-byte codes). Read from the font's own ``cmap`` table (the OpenType spec's layout)."""
    tables = int.from_bytes(font_program[4:6], "big")
    for index in range(tables):
        entry = font_program[12 + 16 * index: 28 + 16 * index]
        if entry[:4] == b"cmap":
            cmap = font_program[int.from_bytes(entry[8:12], "big"):]
            break
    else:
        return {}
    offset = int.from_bytes(cmap[8:12], "big")  # the first subtable
    table = cmap[offset:]
    number = lambda at: int.from_bytes(table[at:at + 2], "big")  # noqa: E731
    if number(0) == 0:
        return {code: table[6 + code] for code in range(256)}
    if number(0) == 6:
        first, count = number(6), number(8)
        return {first + i: number(10 + 2 * i) for i in range(count)}
    raise AssertionError(f"unexpected cmap format {number(0)} in an embedded font")


def glyph_problems(path: Path) -> tuple[list[str], int]:
    """Check every character the PDF shows against the font it is shown in, as embedded in the PDF.

    For each text run pypdf extracts, the run's font must be embedded, each character must be one of the font's
    codes (its ToUnicode map), and that code must lead, through the cmap of the embedded font program itself, to a
    real glyph (not glyph 0, ``.notdef``, the empty box). Returns the problems and how many characters were
    checked.
    """
    reader = PdfReader(path)
    fonts: dict[int, tuple[str, dict[str, int], dict[int, int]]] = {}
    problems: list[str] = []
    checked = 0

    def font_info(font_dict) -> tuple[str, dict[str, int], dict[int, int]]:
        # Keyed by the font program's object: pypdf hands out a fresh dict per call, so id() would be reused.
        descriptor_ref = font_dict.raw_get("/FontDescriptor") if "/FontDescriptor" in font_dict else None
        key = getattr(descriptor_ref, "idnum", None) or hash(str(font_dict.get("/BaseFont")))
        if key not in fonts:
            name = str(font_dict.get("/BaseFont"))
            descriptor = font_dict.get("/FontDescriptor")
            program = descriptor.get_object().get("/FontFile2") if descriptor else None
            if program is None:
                fonts[key] = (name, {}, {})
            else:
                glyphs = _code_to_glyph(program.get_object().get_data())
                unicode_map = _to_unicode(font_dict["/ToUnicode"].get_object().get_data())
                fonts[key] = (name, {char: code for code, char in unicode_map.items()}, glyphs)
        return fonts[key]

    def visit(text: str, _cm, _tm, font_dict, _size) -> None:
        nonlocal checked
        if not text.strip() or font_dict is None:
            return
        name, codes, glyphs = font_info(font_dict)
        for char in text:
            if char in "\n\r":
                continue
            checked += 1
            if not glyphs:
                problems.append(f"{char!r} is shown in {name}, which is not embedded")
            elif char not in codes:
                problems.append(f"{char!r} is shown in {name}, whose ToUnicode map lacks it")
            elif glyphs.get(codes[char], 0) == 0:
                problems.append(f"{char!r} (U+{ord(char):04X}) has no glyph in the embedded {name}")

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return sorted(set(problems)), checked
