"""Pictures for demo workspaces, drawn with Pillow: real JPEG files with EXIF, some rotated by EXIF orientation.

They look like simple floor plans of a factory corner (shelves, boxes, a marked exit, a machine), so thumbnails,
the photo viewer and reports have something believable to show.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw

#: EXIF tag numbers (the EXIF 2.3 standard).
ORIENTATION, DATETIME_ORIGINAL, MAKE, MODEL, EXIF_IFD = 0x0112, 0x9003, 0x010F, 0x0110, 0x8769
#: Orientation 6 means "rotate 90 degrees clockwise to display", 8 counter-clockwise, 3 half a turn.
_STORED_ROTATION = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}

_PALETTES = [((236, 231, 220), (96, 125, 139)), ((225, 232, 240), (121, 85, 72)), ((240, 236, 225), (56, 142, 60)),
             ((230, 230, 230), (198, 40, 40)), ((244, 239, 229), (25, 118, 210))]


def draw_scene(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A factory-corner picture as the viewer should display it."""
    width, height = size
    floor, accent = rng.choice(_PALETTES)
    image = Image.new("RGB", size, floor)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.35, 0.5))
    draw.rectangle((0, 0, width, horizon), fill=tuple(max(0, c - 30) for c in floor))
    for _ in range(rng.randint(3, 7)):  # shelves and machines against the wall
        x = rng.randint(0, width - width // 6)
        w, h = rng.randint(width // 12, width // 5), rng.randint(height // 8, horizon)
        draw.rectangle((x, horizon - h, x + w, horizon + h // 6), fill=accent, outline=(40, 40, 40),
                       width=max(2, width // 400))
    for _ in range(rng.randint(4, 12)):  # cartons on the floor
        x, y = rng.randint(0, width - 60), rng.randint(horizon, height - 60)
        s = rng.randint(width // 25, width // 10)
        draw.rectangle((x, y, x + s, y + int(s * 0.7)), fill=(191, 144, 92), outline=(120, 80, 40),
                       width=max(2, width // 500))
    exit_x = rng.randint(width // 10, width - width // 4)  # an exit sign and a yellow floor line
    draw.rectangle((exit_x, horizon // 3, exit_x + width // 10, horizon // 3 + height // 18), fill=(46, 125, 50))
    draw.line((0, int(height * 0.85), width, int(height * 0.8)), fill=(251, 192, 45), width=max(6, height // 60))
    return image


def write_photo(path: Path, rng: random.Random, *, size: tuple[int, int] = (1600, 1200), orientation: int = 1,
                taken_at: dt.datetime | None = None, quality: int = 82) -> Path:
    """Write a JPEG whose pixels are stored the way a phone held sideways stores them, with the EXIF tag that
    tells viewers how to turn it back (orientation 1, 3, 6 or 8)."""
    image = draw_scene(rng, size)
    if orientation in _STORED_ROTATION:
        image = image.transpose(_STORED_ROTATION[orientation])
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = "DemoCam"
    exif[MODEL] = "Field 12"
    if taken_at is not None:
        exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=quality, exif=exif)
    return path
