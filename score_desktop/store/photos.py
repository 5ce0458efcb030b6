"""The photo file store: content-addressed originals and their rebuildable derived copies (DESIGN.md section 3).

An imported picture is stored once, byte for byte, as ``photos/ab/cd/<sha256>.<ext>`` and never edited. Database
records for photos are written elsewhere; this module only deals with files, so it imports neither Qt nor SQLite.

Trainers must never lose anything, so every write goes the same safe way: into ``tmp/<random>.part``, flushed and
fsynced, then ``os.replace``-d into place and its folder fsynced. A crash at any moment leaves either no file or a
complete one under ``photos/``; leftovers in ``tmp/`` are removed by :meth:`PhotoStore.clean_tmp` when the
workspace opens. A full disk becomes :class:`DiskFullError` and leaves nothing behind.

Pictures are checked before they are accepted: a picture that cannot be decoded now would break a report later,
far from the factory, when the trainer can no longer take it again.

Pillow's own decompression-bomb check runs inside ``Image.open`` and warns at 89 megapixels, below our limit of
100, so pictures are opened through Pillow's registered format openers instead (:func:`_open_picture`) and the
size is checked here, from the header, before anything is decoded.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import shutil
import time
import stat
import struct
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from score_desktop.errors import BadPhotoError, DiskFullError, is_disk_full
from score_desktop.paths import PRIVATE_FOLDER, WorkspacePaths, private_folder

if TYPE_CHECKING:
    from PIL import ExifTags, Image, ImageFile, ImageOps

log = logging.getLogger(__name__)


def _load_pillow() -> None:
    """Pillow, loaded the first time a picture is opened (every picture goes through :func:`_open_picture`):
    opening a workspace to its first screen needs none of it. Importing the five plugins registers their openers
    in ``Image.OPEN``; only these formats are accepted."""
    global ExifTags, Image, ImageFile, ImageOps
    from PIL import (BmpImagePlugin, ExifTags, Image, ImageFile, ImageOps, JpegImagePlugin,  # noqa: F401
                     PngImagePlugin, TiffImagePlugin, WebPImagePlugin)

MAX_FILE_MEGABYTES = 200
MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024 * 1024
MAX_MEGAPIXELS = 100
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000

#: File name extensions a folder import picks up (lower case, with the dot).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp"})

#: Pillow format -> (stored extension, MIME type). MPO is what Pillow calls a JPEG from a camera that embeds a
#: second picture (many Fujifilm and Nintendo files); it is an ordinary JPEG to every other program.
_FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": ("jpg", "image/jpeg"),
    "MPO": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
    "TIFF": ("tif", "image/tiff"),
    "BMP": ("bmp", "image/bmp"),
}
_OPENERS = ("JPEG", "PNG", "WEBP", "TIFF", "BMP")
STORED_EXTENSIONS = frozenset(ext for ext, _mime in _FORMATS.values())

#: Why a stored original cannot make a derived copy (it came in through sync or was damaged on disk).
_STORED_FILE_PROBLEMS = {
    BadPhotoError.TRUNCATED: "its picture data is damaged",
    BadPhotoError.TOO_LARGE: "it has too many pixels",
}

_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
_THUMBNAIL_QUALITY = 85
_REPORT_QUALITY = 80

#: What Pillow raises on damaged picture data (besides OSError without an errno, see :func:`_decode`).
_DAMAGED = (SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error)


@dataclass(frozen=True)
class StoredPhoto:
    """A picture now in the store. ``width``/``height`` are as displayed, after the EXIF orientation."""

    sha256: str
    ext: str
    mime: str
    size: int
    width: int
    height: int
    #: ISO 8601 from EXIF DateTimeOriginal (with its offset when the camera wrote one); None when absent.
    taken_at: str | None
    original_name: str
    #: EXIF orientation 1-8; 1 when the picture has none.
    orientation: int
    #: True when the same bytes were already stored: nothing was written.
    already_present: bool


@dataclass
class ImportReport:
    """What :meth:`PhotoStore.import_many` did. It always returns one, so the caller knows what got in.

    ``imported`` includes pictures that were already stored (``already_present``): the caller still links them.
    When the disk fills up, ``disk_full`` holds the error and the import stops; when the user cancels,
    ``cancelled`` is True. Either way ``not_tried`` lists the files that were not looked at.
    """

    imported: list[StoredPhoto] = field(default_factory=list)
    failed: list[tuple[Path, BadPhotoError]] = field(default_factory=list)
    cancelled: bool = False
    disk_full: DiskFullError | None = None
    not_tried: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class _Picture:
    """What was learned from a picture's bytes."""

    ext: str
    mime: str
    width: int
    height: int
    orientation: int
    taken_at: str | None


class PhotoStore:
    """Content-addressed photo files of one workspace."""

    def __init__(self, paths: WorkspacePaths) -> None:
        self._paths = paths

    # -- importing ---------------------------------------------------------------------------------------------

    def import_file(self, source: Path) -> StoredPhoto:
        """Check ``source`` and store a byte-identical copy; the source is only read.

        Raises :class:`BadPhotoError` when the file is refused (its ``template`` says why) and
        :class:`DiskFullError` when the disk is full (nothing is left behind).
        """
        source = Path(source)
        name = source.name
        size = _checked_source_size(source, name)
        try:
            original = open(source, "rb")
        except OSError as error:
            raise _unreadable(name, error) from error
        with original:
            try:
                # Cheap refusals (not a picture, too many pixels) before a single byte is written.
                _check_header(original, name)
                original.seek(0)
            except OSError as error:
                raise _unreadable(name, error) from error
            return self._store(original, name, size)

    def _store(self, original: BinaryIO, name: str, size: int) -> StoredPhoto:
        part = self._new_part_path()
        try:
            with open(part, "wb") as copy:
                sha256 = _copy_and_hash(original, copy, name)
                copy.flush()
                os.fsync(copy.fileno())
            # The copy, not the source, is decoded: what was checked is exactly what gets stored, even if the
            # source changes meanwhile (a card still being written, a phone syncing).
            picture = _inspect(part, name)
            target = self._paths.photo_file(sha256, picture.ext)
            already_present = target.exists()
            if not already_present:
                self._move_into_place(part, target)
        except OSError as error:
            # Our own writes failed (reading the source is handled in _copy_and_hash). A full disk is the user's
            # to fix; anything else is not the picture's fault, so it escapes as is and is logged as a bug.
            if is_disk_full(error):
                raise DiskFullError() from error
            raise
        finally:
            part.unlink(missing_ok=True)
        return StoredPhoto(sha256=sha256, ext=picture.ext, mime=picture.mime, size=size, width=picture.width,
                           height=picture.height, taken_at=picture.taken_at, original_name=name,
                           orientation=picture.orientation, already_present=already_present)

    def import_many(self, sources: Iterable[Path], *, progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Import each of ``sources``; a refused file is recorded in ``failed`` and the import goes on.

        ``progress(done, total)`` is called once before the first file and after each one; ``is_cancelled`` is
        asked before each file. A full disk stops the import: the report says what got in (``imported``) and
        holds the error in ``disk_full`` instead of raising it, because the caller must record what was stored.
        """
        pending = [Path(source) for source in sources]
        report = ImportReport()
        total = len(pending)
        if progress:
            progress(0, total)
        for done, source in enumerate(pending):
            if is_cancelled and is_cancelled():
                report.cancelled = True
                report.not_tried = pending[done:]
                break
            try:
                report.imported.append(self.import_file(source))
            except BadPhotoError as error:
                report.failed.append((source, error))
            except DiskFullError as error:
                report.disk_full = error
                report.not_tried = pending[done:]
                break
            if progress:
                progress(done + 1, total)
        return report

    def _new_part_path(self) -> Path:
        """A new empty file in tmp/, mode 0600 (mkstemp's), which the stored file keeps through the rename."""
        private_folder(self._paths.tmp)
        handle, name = tempfile.mkstemp(suffix=".part", dir=self._paths.tmp)
        os.close(handle)
        return Path(name)

    def _move_into_place(self, part: Path, target: Path) -> None:
        """Rename a complete, fsynced ``part`` to ``target`` and make the rename itself durable."""
        created = _make_folders(target.parent, self._paths.photos)
        try:
            os.replace(part, target)
            _fsync_folder(target.parent)
        except OSError:
            if not target.exists():
                _remove_empty(created)
            raise

    # -- reading -----------------------------------------------------------------------------------------------

    def original_path(self, sha256: str, ext: str) -> Path:
        """Where the original with this hash lives (whether or not it is there)."""
        _check_key(sha256, ext)
        return self._paths.photo_file(sha256, ext)

    def has(self, sha256: str, ext: str) -> bool:
        return self.original_path(sha256, ext).is_file()

    def verify(self, sha256: str, ext: str) -> bool:
        """True when the stored original is there and its bytes still hash to ``sha256``."""
        path = self.original_path(sha256, ext)
        try:
            with open(path, "rb") as stored:
                return _hash(stored) == sha256
        except FileNotFoundError:
            return False
        except OSError as error:
            log.warning("Cannot read %s to verify it: %s", path, error)
            return False

    def iter_stored(self) -> Iterator[tuple[str, str, Path]]:
        """Every file under ``photos/`` as ``(name_stem, ext, path)``, in path order, for the integrity checker.

        Nothing is filtered: a stray or misplaced file is exactly what the checker wants to see.
        """
        for folder, subfolders, files in os.walk(self._paths.photos):
            subfolders.sort()
            for file_name in sorted(files):
                path = Path(folder, file_name)
                yield path.stem, path.suffix[1:], path

    def clean_tmp(self, *, older_than_s: float = 0.0) -> int:
        """Delete leftovers of interrupted writes in ``tmp/``; returns how many entries went.

        ``older_than_s`` spares recent entries: another process (a command-line sync beside the app) may be
        writing them right now.
        """
        if not self._paths.tmp.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - older_than_s
        for entry in self._paths.tmp.iterdir():
            try:
                if older_than_s and entry.lstat().st_mtime > cutoff:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed += 1
            except OSError as error:
                log.warning("Cannot remove the leftover %s: %s", entry, error)
        return removed

    # -- derived copies ----------------------------------------------------------------------------------------

    def thumbnail(self, sha256: str, ext: str, *, size: int = 256) -> Path:
        """A JPEG of the picture fitting ``size`` x ``size``, upright; made once, then reused."""
        return self._derived(sha256, ext, folder=f"thumb-{size}", long_side=size, quality=_THUMBNAIL_QUALITY)

    def report_copy(self, sha256: str, ext: str, *, long_side: int = 1600) -> Path:
        """A JPEG of the picture for reports: upright, at most ``long_side`` pixels, quality 80; made once."""
        return self._derived(sha256, ext, folder=f"report-{long_side}", long_side=long_side,
                             quality=_REPORT_QUALITY)

    def _derived(self, sha256: str, ext: str, *, folder: str, long_side: int, quality: int) -> Path:
        original = self.original_path(sha256, ext)
        target = self._paths.derived / folder / sha256[:2] / f"{sha256}.jpg"
        if target.exists():
            return target
        name = original.name
        try:
            picture = _render(original, name, long_side)
        except FileNotFoundError as error:
            raise BadPhotoError(BadPhotoError.UNREADABLE, name=name, reason="the file is missing") from error
        except BadPhotoError as error:
            reason = _STORED_FILE_PROBLEMS.get(error.template, "it is not a picture")
            raise BadPhotoError(BadPhotoError.UNREADABLE, name=name, reason=reason) from error
        except OSError as error:
            raise _unreadable(name, error) from error
        try:
            self._write_jpeg(picture, target, quality)
        except OSError as error:
            if is_disk_full(error):
                raise DiskFullError() from error
            raise
        return target

    def _write_jpeg(self, picture: Image.Image, target: Path, quality: int) -> None:
        part = self._new_part_path()
        try:
            with open(part, "wb") as out:
                picture.save(out, "JPEG", quality=quality)
                out.flush()
                # Without it a crash can leave an empty file under the final name, reused as the cache forever.
                os.fsync(out.fileno())
            private_folder(target.parent)
            try:
                os.replace(part, target)
            except PermissionError:
                # Windows refuses to replace a file another thread is reading: that one is already complete.
                if not target.exists():
                    raise
        finally:
            part.unlink(missing_ok=True)


def _unreadable(name: str, error: OSError) -> BadPhotoError:
    return BadPhotoError(BadPhotoError.UNREADABLE, name=name, reason=error.strerror or str(error))


# -- finding pictures ------------------------------------------------------------------------------------------

def collect_image_files(paths: Iterable[Path]) -> list[Path]:
    """The picture files among ``paths``, sorted, each once.

    A folder (a phone's DCIM folder, a camera card) is searched recursively for files with a picture extension
    (case-insensitive), skipping hidden files and folders. A file named explicitly is kept whatever its name, so
    a refused one is reported to the trainer instead of silently ignored.
    """
    found: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found.update(_pictures_in_folder(path))
        else:
            found.add(path)
    return sorted(found)


def _pictures_in_folder(root: Path) -> Iterator[Path]:
    def report(error: OSError) -> None:
        log.warning("Cannot look into %s: %s", error.filename, error)

    # os.walk does not follow folder symlinks, so a link loop on a card cannot hang the import.
    for folder, subfolders, files in os.walk(root, onerror=report):
        subfolders[:] = [name for name in subfolders if not _is_hidden(Path(folder, name))]
        for file_name in files:
            path = Path(folder, file_name)
            if path.suffix.lower() in IMAGE_SUFFIXES and not _is_hidden(path) and path.is_file():
                yield path


def _is_hidden(path: Path) -> bool:
    """Dot files (including macOS ``._IMG_0001.JPG`` resource forks) and files Windows marks hidden."""
    if path.name.startswith("."):
        return True
    attributes = getattr(_stat_or_none(path), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


# -- checking a picture ----------------------------------------------------------------------------------------

def _checked_source_size(source: Path, name: str) -> int:
    """The size of ``source`` after the refusals that need no reading: empty, too big, not a plain file."""
    try:
        info = source.stat()
    except OSError as error:
        raise _unreadable(name, error) from error
    if not stat.S_ISREG(info.st_mode):
        # Reading a FIFO or a device would block or never end.
        raise BadPhotoError(BadPhotoError.UNREADABLE, name=name, reason="it is not a regular file")
    if info.st_size == 0:
        raise BadPhotoError(BadPhotoError.EMPTY, name=name)
    if info.st_size > MAX_FILE_BYTES:
        raise _too_big_file(name, info.st_size)
    return info.st_size


def _too_big_file(name: str, size: int) -> BadPhotoError:
    return BadPhotoError(BadPhotoError.TOO_BIG_FILE, name=name, megabytes=math.ceil(size / 1024 / 1024),
                         limit=MAX_FILE_MEGABYTES)


def _check_header(stream: BinaryIO, name: str) -> None:
    # Leaving the with block releases the picture without closing ``stream`` (close() would).
    with _open_picture(stream, name):
        pass


def _open_picture(stream: BinaryIO, name: str) -> ImageFile.ImageFile:
    """Identify the picture in ``stream`` from its header and refuse it if it has too many pixels.

    Nothing is decoded yet. This does what ``Image.open`` does minus Pillow's bomb check (see the module
    docstring), restricted to the formats we accept.
    """
    _load_pillow()
    prefix = stream.read(30)
    for format_name in _OPENERS:
        factory, accept = Image.OPEN[format_name]
        verdict = accept(prefix) if accept else True
        if not verdict or isinstance(verdict, str):
            continue
        if format_name == "WEBP":
            # libwebp allocates the whole canvas as soon as Pillow opens the file: check its size first.
            _check_pixels(name, *(_webp_canvas_size(prefix) or (0, 0)))
        stream.seek(0)
        try:
            picture = factory(stream, name)
        except Image.DecompressionBombError as error:
            # Only reachable if someone lowered Image.MAX_IMAGE_PIXELS below ours; the size is not known then.
            raise BadPhotoError(BadPhotoError.TOO_LARGE, name=name, width="?", height="?",
                                limit=MAX_MEGAPIXELS) from error
        except OSError as error:
            if error.errno is not None:
                raise
            raise BadPhotoError(BadPhotoError.TRUNCATED, name=name) from error
        except _DAMAGED as error:
            # It starts like a picture of this format but its header cannot be read: damaged, not foreign.
            raise BadPhotoError(BadPhotoError.TRUNCATED, name=name) from error
        _check_pixels(name, *picture.size)
        return picture
    raise BadPhotoError(BadPhotoError.NOT_AN_IMAGE, name=name)


def _check_pixels(name: str, width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise BadPhotoError(BadPhotoError.TOO_LARGE, name=name, width=width, height=height, limit=MAX_MEGAPIXELS)


def _webp_canvas_size(head: bytes) -> tuple[int, int] | None:
    """The canvas size from the first 30 bytes of a WebP file (the RIFF layout of the WebP container spec)."""
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    if chunk == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        return (int.from_bytes(head[26:28], "little") & 0x3FFF,
                int.from_bytes(head[28:30], "little") & 0x3FFF)
    if chunk == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _inspect(path: Path, name: str) -> _Picture:
    """Decode the picture at ``path`` completely (refusing a damaged one) and read what we keep about it."""
    with open(path, "rb") as stream, _open_picture(stream, name) as picture:
        ext, mime = _FORMATS[picture.format or ""]
        width, height = picture.size
        if picture.format in ("JPEG", "MPO"):
            # Decoding at 1/8 scale still reads every byte of the picture data, so it detects a truncated or
            # broken JPEG at a fraction of the memory and time.
            picture.draft(None, (max(1, width // 8), max(1, height // 8)))
        _decode(picture, name)
        orientation, taken_at = _read_exif(picture, name)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return _Picture(ext=ext, mime=mime, width=width, height=height, orientation=orientation, taken_at=taken_at)


def _decode(picture: ImageFile.ImageFile, name: str) -> None:
    try:
        if picture.width * picture.height > (Image.MAX_IMAGE_PIXELS or MAX_PIXELS):
            # Our limit is above Pillow's; its TIFF loader repeats the bomb check and would warn. The size was
            # already checked in _open_picture, so the warning says nothing new. (catch_warnings is not
            # thread-safe, hence only here, for the rare TIFF over 89 megapixels.)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                picture.load()
        else:
            picture.load()
    except Image.DecompressionBombError as error:
        raise BadPhotoError(BadPhotoError.TOO_LARGE, name=name, width=picture.width, height=picture.height,
                            limit=MAX_MEGAPIXELS) from error
    except OSError as error:
        # Pillow reports bad picture data ("image file is truncated", "broken data stream") as an OSError
        # without an errno; one with an errno is a real read failure.
        if error.errno is not None:
            raise
        raise BadPhotoError(BadPhotoError.TRUNCATED, name=name) from error
    except _DAMAGED as error:
        raise BadPhotoError(BadPhotoError.TRUNCATED, name=name) from error


def _read_exif(picture: Image.Image, name: str) -> tuple[int, str | None]:
    """(orientation, taken_at) from EXIF; (1, None) when missing or unreadable.

    Broken EXIF is common (phone editors, old cameras) and must not cost the trainer the picture itself.
    """
    try:
        exif = picture.getexif()
        orientation = exif.get(ExifTags.Base.Orientation, 1)
        details = exif.get_ifd(ExifTags.IFD.Exif)
        taken_at = _iso_datetime(details.get(ExifTags.Base.DateTimeOriginal),
                                 details.get(ExifTags.Base.OffsetTimeOriginal))
    except Exception as error:  # noqa: BLE001 - any failure of optional metadata means "no metadata"
        log.info("Ignoring unreadable EXIF in %s: %s", name, error)
        return 1, None
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        orientation = 1
    return orientation, taken_at


def _iso_datetime(value: object, offset: object) -> str | None:
    """``2024:05:06 07:08:09`` (+ ``+08:00``) -> ``2024-05-06T07:08:09+08:00``; None for blanks and junk."""
    text = _exif_text(value)
    if not text:
        return None
    try:
        moment = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset_text = _exif_text(offset)
    if offset_text:
        try:
            return datetime.fromisoformat(moment.isoformat() + offset_text).isoformat()
        except ValueError:
            pass
    return moment.isoformat()


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return value.strip("\x00 ") if isinstance(value, str) else ""


def _render(original: Path, name: str, long_side: int) -> Image.Image:
    """The stored picture upright, in RGB or L, fitting ``long_side`` x ``long_side`` (never enlarged)."""
    with open(original, "rb") as stream, _open_picture(stream, name) as picture:
        target = _fit(picture.size, long_side)
        if picture.format in ("JPEG", "MPO"):
            # DESIGN.md section 10: let libjpeg downscale by 2, 4 or 8 while decoding, before the real resize.
            picture.draft(None, target)
        _decode(picture, name)
        upright = _upright(picture, name)
    upright = _to_rgb(upright)
    target = _fit(upright.size, long_side)
    if target != upright.size:
        # After draft() the remaining step is at most 2:1, where bicubic looks the same as Lanczos in print and
        # on screen and takes half the time (about 30 against 60 ms a 12 MP photo): it decides a cold report.
        upright = upright.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
    return upright


def _upright(picture: Image.Image, name: str) -> Image.Image:
    """A copy of ``picture`` turned as its EXIF orientation says; unturned if the EXIF cannot be read (the
    picture was accepted despite it, see :func:`_read_exif`)."""
    try:
        return ImageOps.exif_transpose(picture)
    except Exception as error:  # noqa: BLE001 - broken metadata must not cost the thumbnail
        log.info("Ignoring unreadable EXIF orientation in %s: %s", name, error)
        return picture.copy()


def _fit(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, long_side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _to_rgb(picture: Image.Image) -> Image.Image:
    """A mode JPEG can hold: transparency goes on white (a report is printed on white paper)."""
    if picture.mode in ("RGB", "L"):
        return picture
    if picture.mode == "1":
        return picture.convert("L")
    if picture.mode.startswith("I;16") or picture.mode in ("I", "F"):
        # 16-bit greyscale: convert("L") would clip everything above 255 to white, so scale it down.
        return picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture.convert("RGB")


# -- files -----------------------------------------------------------------------------------------------------

def _copy_and_hash(source: BinaryIO, target: BinaryIO, name: str) -> str:
    """Copy ``source`` to ``target`` and return the SHA-256 of the bytes copied.

    Read failures are the source's (:class:`BadPhotoError`); write failures are raised as they are. The size
    limit is enforced again here because the file may have grown since it was measured.
    """
    digest = hashlib.sha256()
    copied = 0
    while True:
        try:
            chunk = source.read(_CHUNK)
        except OSError as error:
            raise _unreadable(name, error) from error
        if not chunk:
            return digest.hexdigest()
        copied += len(chunk)
        if copied > MAX_FILE_BYTES:
            raise _too_big_file(name, copied)
        digest.update(chunk)
        target.write(chunk)


def _hash(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _check_key(sha256: str, ext: str) -> None:
    """Refuse a hash or extension that is not one of ours: they come from synced records and build paths."""
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a lower-case SHA-256: {sha256!r}")
    if ext not in STORED_EXTENSIONS:
        raise ValueError(f"not a stored photo extension: {ext!r}")


def ext_for_mime(mime: str) -> str:
    """The stored extension of a photo whose record says ``mime`` (records keep the MIME type, not the ext)."""
    for ext, known_mime in _FORMATS.values():
        if known_mime == mime:
            return ext
    raise ValueError(f"not a stored photo type: {mime!r}")


def mime_for_ext(ext: str) -> str:
    """The MIME type of a stored original with extension ``ext``."""
    for known_ext, mime in _FORMATS.values():
        if known_ext == ext:
            return mime
    raise ValueError(f"not a stored photo extension: {ext!r}")


def _make_folders(folder: Path, root: Path) -> list[Path]:
    """Create ``folder`` and its missing parents up to ``root``, fsyncing each parent so the new entries survive
    a crash. Returns the folders created, outermost first. If this fails, it removes what it created."""
    missing: list[Path] = []
    while not folder.exists() and folder != root:
        missing.append(folder)
        folder = folder.parent
    created: list[Path] = []
    try:
        for new_folder in reversed(missing):
            new_folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
            created.append(new_folder)
            _fsync_folder(new_folder.parent)
    except OSError:
        _remove_empty(created)
        raise
    return created


def _remove_empty(folders: list[Path]) -> None:
    """Undo :func:`_make_folders` after a failure: a full disk leaves nothing behind, not even empty folders."""
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty: another import put a picture there meanwhile


def _fsync_folder(folder: Path) -> None:
    """Make renames and new entries in ``folder`` durable. Windows cannot open a folder for this and does not
    need it (NTFS journals its metadata)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
