"""The photo file store: every test picture is made here with Pillow (no binary test files)."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import struct
import subprocess
import sys
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageFile

from score_desktop.errors import BadPhotoError, DiskFullError
from score_desktop.paths import WorkspacePaths
from score_desktop.store import photos
from score_desktop.store.photos import PhotoStore, collect_image_files, ext_for_mime


# -- builders --------------------------------------------------------------------------------------------------

def noisy(size: tuple[int, int]) -> Image.Image:
    """A picture that compresses badly (so cutting it loses picture data), the same at every run."""
    return Image.frombytes("RGB", size, random.Random(size[0]).randbytes(size[0] * size[1] * 3))


def jpeg_bytes(size: tuple[int, int] = (64, 48), *, color: str = "red", orientation: int | None = None,
               taken_at: str | None = None, offset: str | None = None, noise: bool = False) -> bytes:
    """A JPEG, optionally with EXIF orientation and DateTimeOriginal (and its offset)."""
    picture = noisy(size) if noise else Image.new("RGB", size, color)
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if taken_at is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken_at
    if offset is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.OffsetTimeOriginal] = offset
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def png_bytes(size: tuple[int, int] = (64, 48), *, mode: str = "RGB", noise: bool = False) -> bytes:
    picture = noisy(size).convert(mode) if noise else Image.new(mode, size, "blue")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def blank_1bit_png(width: int, height: int) -> bytes:
    """A complete, valid black-and-white PNG of any size, written by hand: zeros compress ~1000:1, so even
    30,000 x 30,000 pixels are ~100 KB and made without ever holding the pixels in memory."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed pixels
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(row * min(1000, height - start)) for start in range(0, height, 1000)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts))
            + chunk(b"IEND", b""))


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.fixture
def paths(tmp_path: Path) -> WorkspacePaths:
    workspace = WorkspacePaths(tmp_path / "ws")
    workspace.make_dirs()
    return workspace


@pytest.fixture
def store(paths: WorkspacePaths) -> PhotoStore:
    return PhotoStore(paths)


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    """Where the trainer's pictures come from (a phone, a card): outside the workspace."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


# -- importing -------------------------------------------------------------------------------------------------

def test_import_stores_a_byte_identical_copy_and_leaves_the_source_untouched(store, paths, incoming):
    data = jpeg_bytes((64, 48))
    source = write(incoming / "IMG_0001.JPG", data)
    os.utime(source, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = source.stat()

    stored = store.import_file(source)

    assert stored == photos.StoredPhoto(sha256=sha256_of(data), ext="jpg", mime="image/jpeg", size=len(data),
                                        width=64, height=48, taken_at=None, original_name="IMG_0001.JPG",
                                        orientation=1, already_present=False)
    target = paths.photos / stored.sha256[:2] / stored.sha256[2:4] / f"{stored.sha256}.jpg"
    assert store.original_path(stored.sha256, "jpg") == target
    assert target.read_bytes() == data
    assert source.read_bytes() == data
    assert source.stat().st_mtime_ns == before.st_mtime_ns
    assert source.stat().st_size == before.st_size
    assert store.has(stored.sha256, "jpg")
    assert files_under(paths.tmp) == []


def test_extension_comes_from_the_content_not_the_name(store, incoming):
    stored = store.import_file(write(incoming / "photo.JPG", png_bytes()))

    assert (stored.ext, stored.mime) == ("png", "image/png")
    assert store.original_path(stored.sha256, "png").is_file()


@pytest.mark.parametrize(("save_format", "ext", "mime"), [
    ("WEBP", "webp", "image/webp"), ("TIFF", "tif", "image/tiff"), ("BMP", "bmp", "image/bmp")])
def test_other_formats_are_accepted(store, incoming, save_format, ext, mime):
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "green").save(out, save_format)

    stored = store.import_file(write(incoming / "picture.bin", out.getvalue()))

    assert (stored.ext, stored.mime, stored.width, stored.height) == (ext, mime, 30, 20)


def test_the_same_picture_imported_twice_is_stored_once(store, paths, incoming):
    source = write(incoming / "a.jpg", jpeg_bytes())
    first = store.import_file(source)
    stored_file = store.original_path(first.sha256, "jpg")
    os.utime(stored_file, ns=(1_500_000_000_000_000_000, 1_500_000_000_000_000_000))

    second = store.import_file(source)

    assert second.already_present and not first.already_present
    assert second.sha256 == first.sha256
    assert stored_file.stat().st_mtime_ns == 1_500_000_000_000_000_000  # nothing rewritten
    assert files_under(paths.photos) == [stored_file]
    assert files_under(paths.tmp) == []


def test_the_same_content_under_two_names_is_stored_once(store, paths, incoming):
    data = jpeg_bytes()
    first = store.import_file(write(incoming / "IMG_0001.jpg", data))
    second = store.import_file(write(incoming / "copy of IMG_0001.jpeg", data))

    assert second.already_present
    assert (second.sha256, second.original_name) == (first.sha256, "copy of IMG_0001.jpeg")
    assert len(files_under(paths.photos)) == 1


def test_exif_orientation_and_taken_at_are_read(store, incoming):
    source = write(incoming / "rotated.jpg",
                   jpeg_bytes((80, 40), orientation=6, taken_at="2024:05:06 07:08:09", offset="+08:00"))

    stored = store.import_file(source)

    assert stored.orientation == 6
    assert (stored.width, stored.height) == (40, 80)  # as displayed: turned a quarter
    assert stored.taken_at == "2024-05-06T07:08:09+08:00"


@pytest.mark.parametrize(("taken_at", "expected"), [
    ("2023:12:31 23:59:58", "2023-12-31T23:59:58"),
    ("0000:00:00 00:00:00", None),  # what some cameras write when their clock was never set
    ("    :  :     :  :  ", None),
])
def test_taken_at_without_offset_or_blank(store, incoming, taken_at, expected):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes(taken_at=taken_at)))

    assert stored.taken_at == expected


def test_a_picture_with_corrupt_exif_is_kept(store, incoming):
    out = io.BytesIO()
    # The EXIF block points past its own end; Pillow warns and reads no tags.
    Image.new("RGB", (40, 20), "red").save(out, "JPEG", exif=b"Exif\x00\x00II*\x00\xff\xff\xff\x7f")

    with pytest.warns(UserWarning, match="Corrupt EXIF"):
        stored = store.import_file(write(incoming / "odd.jpg", out.getvalue()))
        thumbnail = store.thumbnail(stored.sha256, "jpg")

    assert (stored.width, stored.height, stored.orientation, stored.taken_at) == (40, 20, 1, None)
    with Image.open(thumbnail) as made:
        assert made.size == (40, 20)


# -- refusals --------------------------------------------------------------------------------------------------

def assert_refused(store: PhotoStore, paths: WorkspacePaths, source: Path, template: str) -> BadPhotoError:
    with pytest.raises(BadPhotoError) as caught:
        store.import_file(source)
    assert caught.value.template == template
    assert caught.value.params["name"] == source.name
    assert files_under(paths.photos) == []
    assert files_under(paths.tmp) == []
    return caught.value


def test_a_text_file_named_like_a_photo_is_refused(store, paths, incoming):
    assert_refused(store, paths, write(incoming / "photo.jpg", b"not a picture at all\n" * 20),
                   BadPhotoError.NOT_AN_IMAGE)


def test_a_gif_is_refused_as_not_an_image_we_read(store, paths, incoming):
    out = io.BytesIO()
    Image.new("P", (10, 10)).save(out, "GIF")
    assert_refused(store, paths, write(incoming / "anim.gif", out.getvalue()), BadPhotoError.NOT_AN_IMAGE)


def test_an_empty_file_is_refused(store, paths, incoming):
    assert_refused(store, paths, write(incoming / "empty.jpg", b""), BadPhotoError.EMPTY)


def test_a_file_over_the_size_limit_is_refused(store, paths, incoming, monkeypatch):
    monkeypatch.setattr(photos, "MAX_FILE_BYTES", 1000)
    data = jpeg_bytes((200, 200), noise=True)
    assert len(data) > 1000

    error = assert_refused(store, paths, write(incoming / "big.jpg", data), BadPhotoError.TOO_BIG_FILE)

    assert error.params["limit"] == photos.MAX_FILE_MEGABYTES


@pytest.mark.parametrize("make", [
    lambda: jpeg_bytes((400, 300), noise=True),
    lambda: png_bytes((400, 300), noise=True),
], ids=["jpeg", "png"])
def test_a_picture_cut_in_half_is_refused_as_truncated(store, paths, incoming, make):
    data = make()
    assert_refused(store, paths, write(incoming / "cut", data[:len(data) // 2]), BadPhotoError.TRUNCATED)


def test_a_jpeg_cut_inside_its_header_is_refused_as_truncated(store, paths, incoming):
    data = jpeg_bytes()
    assert_refused(store, paths, write(incoming / "cut.jpg", data[:40]), BadPhotoError.TRUNCATED)


def test_a_jpeg_missing_only_its_last_bytes_is_refused(store, paths, incoming):
    data = jpeg_bytes((400, 300), noise=True)
    assert_refused(store, paths, write(incoming / "cut.jpg", data[:-200]), BadPhotoError.TRUNCATED)


@pytest.mark.parametrize(("make", "damage"), [
    # A stray frame marker in the middle of the picture data: libjpeg cannot go on.
    (lambda: jpeg_bytes((400, 300), noise=True), b"\xff\xc0\x00\x11"),
    # Any change inside PNG's compressed data breaks the zlib stream.
    (lambda: png_bytes((400, 300), noise=True), random.Random(7).randbytes(64)),
], ids=["jpeg", "png"])
def test_corrupt_bytes_in_the_middle_are_refused(store, paths, incoming, make, damage):
    data = bytearray(make())
    middle = len(data) // 2
    data[middle:middle + len(damage)] = damage

    assert_refused(store, paths, write(incoming / "corrupt", bytes(data)), BadPhotoError.TRUNCATED)


def test_a_jpeg_with_scrambled_picture_data_that_still_decodes_is_kept(store, incoming):
    """libjpeg decodes scrambled picture data with a smeared band instead of failing. The trainer keeps that
    photo: refusing it would lose the only picture of the finding."""
    data = bytearray(jpeg_bytes((400, 300), noise=True))
    middle = len(data) // 2
    data[middle:middle + 64] = random.Random(7).randbytes(64)

    stored = store.import_file(write(incoming / "smeared.jpg", bytes(data)))

    assert (stored.width, stored.height) == (400, 300)


def test_a_decompression_bomb_is_refused_from_its_header_without_a_warning(store, paths, incoming, monkeypatch):
    source = write(incoming / "bomb.png", blank_1bit_png(30_000, 30_000))
    assert source.stat().st_size < 200_000

    def decoded(*args, **kwargs):
        raise AssertionError("900 megapixels were decoded: the header alone should have refused them")

    monkeypatch.setattr(ImageFile.ImageFile, "load", decoded)
    monkeypatch.setattr(Image.Image, "load", decoded)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # also set project-wide; explicit because it is the point of the test
        error = assert_refused(store, paths, source, BadPhotoError.TOO_LARGE)
    assert (error.params["width"], error.params["height"]) == (30_000, 30_000)


def webp_header(width: int, height: int) -> bytes:
    """The start of an extended-format WebP file declaring a ``width`` x ``height`` canvas (no picture data)."""
    vp8x = b"VP8X" + (10).to_bytes(4, "little") + b"\x00\x00\x00\x00" + \
        (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + (4 + len(vp8x)).to_bytes(4, "little") + b"WEBP" + vp8x


@pytest.mark.parametrize(("width", "height"), [(12_000, 9_000), (30_000, 30_000)])
def test_a_huge_webp_is_refused_from_its_header(store, paths, incoming, width, height):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        error = assert_refused(store, paths, write(incoming / "huge.webp", webp_header(width, height)),
                               BadPhotoError.TOO_LARGE)
    assert (error.params["width"], error.params["height"]) == (width, height)


def test_webp_canvas_size_matches_what_pillow_reads():
    for size, lossless in [((300, 200), False), ((301, 199), True)]:
        out = io.BytesIO()
        Image.new("RGB", size, "red").save(out, "WEBP", lossless=lossless)
        assert photos._webp_canvas_size(out.getvalue()[:30]) == size
    assert photos._webp_canvas_size(webp_header(5000, 4000)) == (5000, 4000)


def test_a_picture_over_pillows_bomb_limit_but_within_ours_is_accepted_without_a_warning(store, incoming):
    width, height = 10_000, 9_500  # 95 megapixels: Pillow warns above 89
    assert width * height > Image.MAX_IMAGE_PIXELS
    source = write(incoming / "scan.png", blank_1bit_png(width, height))

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stored = store.import_file(source)
        thumbnail = store.thumbnail(stored.sha256, stored.ext)

    assert (stored.width, stored.height) == (width, height)
    with Image.open(thumbnail) as made:
        assert made.size == (256, 243)


def test_a_missing_source_is_unreadable(store, paths, incoming):
    assert_refused(store, paths, incoming / "gone.jpg", BadPhotoError.UNREADABLE)


def test_a_folder_given_as_a_file_is_unreadable(store, paths, incoming):
    (incoming / "folder.jpg").mkdir()
    assert_refused(store, paths, incoming / "folder.jpg", BadPhotoError.UNREADABLE)


def test_a_read_error_from_the_source_is_unreadable():
    class FailingCard(io.BytesIO):
        def read(self, size=-1):
            raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(BadPhotoError) as caught:
        photos._copy_and_hash(FailingCard(), io.BytesIO(), "IMG_0001.jpg")

    assert caught.value.template == BadPhotoError.UNREADABLE
    assert caught.value.params == {"name": "IMG_0001.jpg", "reason": "Input/output error"}


# -- a full disk -----------------------------------------------------------------------------------------------

def test_a_full_disk_while_copying_leaves_nothing_behind(store, paths, incoming, monkeypatch):
    def copy_until_full(original, copy, name):
        copy.write(original.read(100))
        copy.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photos, "_copy_and_hash", copy_until_full)

    with pytest.raises(DiskFullError):
        store.import_file(write(incoming / "a.jpg", jpeg_bytes()))

    assert list(paths.tmp.iterdir()) == []
    assert list(paths.photos.iterdir()) == []


def test_a_full_disk_at_fsync_leaves_nothing_behind(store, paths, incoming, monkeypatch):
    def fsync_full(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photos.os, "fsync", fsync_full)

    with pytest.raises(DiskFullError):
        store.import_file(write(incoming / "a.jpg", jpeg_bytes()))

    assert list(paths.tmp.iterdir()) == []
    assert list(paths.photos.iterdir()) == []


def test_a_full_disk_when_filing_the_copy_leaves_no_empty_folders(store, paths, incoming, monkeypatch):
    def replace_full(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photos.os, "replace", replace_full)

    with pytest.raises(DiskFullError):
        store.import_file(write(incoming / "a.jpg", jpeg_bytes()))

    assert list(paths.tmp.iterdir()) == []
    assert list(paths.photos.iterdir()) == []


def test_a_full_disk_while_making_a_thumbnail(store, paths, incoming, monkeypatch):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes()))

    def fsync_full(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photos.os, "fsync", fsync_full)

    with pytest.raises(DiskFullError):
        store.thumbnail(stored.sha256, "jpg")
    assert files_under(paths.derived) == []
    assert list(paths.tmp.iterdir()) == []


# -- many files ------------------------------------------------------------------------------------------------

@pytest.fixture
def camera_card(tmp_path: Path) -> Path:
    """A phone's DCIM folder: good pictures in nested folders, hidden files and folders, and bad files."""
    card = tmp_path / "card" / "DCIM"
    write(card / "100ANDRO" / "IMG_0001.jpg", jpeg_bytes(color="red"))
    write(card / "100ANDRO" / "IMG_0002.JPG", jpeg_bytes(color="green"))
    write(card / "Camera" / "2024" / "scan.PNG", png_bytes())
    write(card / "100ANDRO" / "notes.txt", b"not collected: not a picture extension")
    write(card / "100ANDRO" / ".hidden.jpg", jpeg_bytes(color="white"))
    write(card / "100ANDRO" / "._IMG_0001.jpg", b"macOS resource fork")
    write(card / ".thumbnails" / "thumb.jpg", jpeg_bytes(color="black"))
    write(card / "broken" / "text.jpg", b"hello")
    write(card / "broken" / "empty.png", b"")
    write(card / "broken" / "cut.jpeg", jpeg_bytes((300, 200), noise=True)[:2000])
    return card


def test_collect_image_files_expands_folders_and_skips_hidden_ones(camera_card, tmp_path):
    explicit = write(tmp_path / "elsewhere" / "export.dat", b"chosen by the trainer")

    found = collect_image_files([camera_card, explicit, camera_card / "100ANDRO" / "IMG_0001.jpg"])

    assert found == sorted([
        camera_card / "100ANDRO" / "IMG_0001.jpg",
        camera_card / "100ANDRO" / "IMG_0002.JPG",
        camera_card / "Camera" / "2024" / "scan.PNG",
        camera_card / "broken" / "text.jpg",
        camera_card / "broken" / "empty.png",
        camera_card / "broken" / "cut.jpeg",
        explicit,
    ])


def test_import_many_reports_each_bad_file_with_its_reason(store, camera_card):
    calls: list[tuple[int, int]] = []

    report = store.import_many(collect_image_files([camera_card]), progress=lambda done, total: calls.append(
        (done, total)))

    assert sorted(photo.original_name for photo in report.imported) == ["IMG_0001.jpg", "IMG_0002.JPG",
                                                                         "scan.PNG"]
    assert {path.name: error.template for path, error in report.failed} == {
        "text.jpg": BadPhotoError.NOT_AN_IMAGE,
        "empty.png": BadPhotoError.EMPTY,
        "cut.jpeg": BadPhotoError.TRUNCATED,
    }
    assert not report.cancelled and report.disk_full is None and report.not_tried == []
    assert calls == [(done, 6) for done in range(7)]


def test_cancelling_stops_import_many(store, incoming):
    sources = [write(incoming / f"{index}.jpg", jpeg_bytes(color=color))
               for index, color in enumerate(["red", "green", "blue", "white"])]
    done_so_far: list[int] = []

    report = store.import_many(sources, progress=lambda done, total: done_so_far.append(done),
                               is_cancelled=lambda: len(done_so_far) > 2)

    assert report.cancelled
    assert [photo.original_name for photo in report.imported] == ["0.jpg", "1.jpg"]
    assert report.not_tried == sources[2:]


def test_a_full_disk_stops_import_many_and_says_what_got_in(store, incoming, monkeypatch):
    sources = [write(incoming / f"{index}.jpg", jpeg_bytes(color=color))
               for index, color in enumerate(["red", "green", "blue"])]
    real_copy = photos._copy_and_hash
    copies = iter(range(100))

    def copy_then_fill_up(original, copy, name):
        if next(copies) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(original, copy, name)

    monkeypatch.setattr(photos, "_copy_and_hash", copy_then_fill_up)

    report = store.import_many(sources)

    assert isinstance(report.disk_full, DiskFullError)
    assert [photo.original_name for photo in report.imported] == ["0.jpg"]
    assert report.not_tried == sources[1:]
    assert store.has(report.imported[0].sha256, "jpg")


# -- derived copies --------------------------------------------------------------------------------------------

def test_thumbnail_is_a_small_upright_jpeg(store, paths, incoming):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes((1000, 500), orientation=6)))

    thumbnail = store.thumbnail(stored.sha256, "jpg")

    assert thumbnail == paths.derived / "thumb-256" / stored.sha256[:2] / f"{stored.sha256}.jpg"
    with Image.open(thumbnail) as made:
        assert made.format == "JPEG"
        assert made.size == (128, 256)  # width and height swapped by the orientation
        assert made.getexif().get(ExifTags.Base.Orientation) is None
    assert files_under(paths.tmp) == []


def test_thumbnail_is_made_once_and_then_reused(store, incoming, monkeypatch):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes((600, 400))))
    thumbnail = store.thumbnail(stored.sha256, "jpg", size=128)
    made_at = thumbnail.stat().st_mtime_ns

    def no_decoding(*args, **kwargs):
        raise AssertionError("the original was opened again")

    monkeypatch.setattr(photos, "_render", no_decoding)
    monkeypatch.setattr(photos, "_open_picture", no_decoding)

    assert store.thumbnail(stored.sha256, "jpg", size=128) == thumbnail
    assert thumbnail.stat().st_mtime_ns == made_at


def test_thumbnail_of_a_transparent_png_goes_on_white(store, incoming):
    picture = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    out = io.BytesIO()
    picture.save(out, "PNG")
    stored = store.import_file(write(incoming / "clear.png", out.getvalue()))

    with Image.open(store.thumbnail(stored.sha256, "png")) as made:
        assert made.size == (40, 40)  # never enlarged
        assert made.convert("RGB").getpixel((20, 20)) == (255, 255, 255)


def test_report_copy_has_a_long_side_of_1600(store, paths, incoming):
    landscape = store.import_file(write(incoming / "wide.jpg", jpeg_bytes((4000, 3000))))
    portrait = store.import_file(write(incoming / "tall.jpg", jpeg_bytes((4000, 3000), color="blue",
                                                                           orientation=6)))

    copy = store.report_copy(landscape.sha256, "jpg")

    assert copy.parent.parent == paths.derived / "report-1600"
    with Image.open(copy) as made:
        assert made.size == (1600, 1200)
    with Image.open(store.report_copy(portrait.sha256, "jpg")) as made:
        assert made.size == (1200, 1600)


def test_a_missing_original_is_unreadable(store):
    missing = "ab" * 32

    for make in (store.thumbnail, store.report_copy):
        with pytest.raises(BadPhotoError) as caught:
            make(missing, "jpg")
        assert caught.value.template == BadPhotoError.UNREADABLE


def test_a_damaged_original_is_unreadable(store, incoming):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes((400, 300), noise=True)))
    original = store.original_path(stored.sha256, "jpg")
    original.write_bytes(original.read_bytes()[:3000])

    with pytest.raises(BadPhotoError) as caught:
        store.thumbnail(stored.sha256, "jpg")
    assert caught.value.template == BadPhotoError.UNREADABLE
    assert caught.value.params["reason"] == "its picture data is damaged"


# -- integrity -------------------------------------------------------------------------------------------------

def test_verify_rehashes_the_stored_file(store, incoming):
    stored = store.import_file(write(incoming / "a.jpg", jpeg_bytes()))
    assert store.verify(stored.sha256, "jpg")

    original = store.original_path(stored.sha256, "jpg")
    damaged = bytearray(original.read_bytes())
    damaged[100] ^= 0xFF
    original.write_bytes(bytes(damaged))
    assert not store.verify(stored.sha256, "jpg")

    original.unlink()
    assert not store.verify(stored.sha256, "jpg")


def test_iter_stored_lists_every_file_under_photos(store, paths, incoming):
    first = store.import_file(write(incoming / "a.jpg", jpeg_bytes()))
    second = store.import_file(write(incoming / "b.png", png_bytes()))
    stray = write(paths.photos / "zz" / "notes.txt", b"left here by hand")

    listed = list(store.iter_stored())

    assert sorted(listed) == sorted([
        (first.sha256, "jpg", store.original_path(first.sha256, "jpg")),
        (second.sha256, "png", store.original_path(second.sha256, "png")),
        ("notes", "txt", stray),
    ])


def test_clean_tmp_removes_leftovers(store, paths):
    write(paths.tmp / "tmpab12.part", b"half a picture")
    write(paths.tmp / "odd" / "nested.part", b"more")

    assert store.clean_tmp() == 2
    assert list(paths.tmp.iterdir()) == []


@pytest.mark.parametrize(("sha256", "ext"), [
    ("../../../etc/passwd", "jpg"), ("AB" * 32, "jpg"), ("ab" * 32, "exe"), ("ab" * 32, "../jpg")])
def test_paths_are_only_built_from_real_hashes_and_our_extensions(store, sha256, ext):
    with pytest.raises(ValueError):
        store.original_path(sha256, ext)


def test_ext_for_mime():
    assert [ext_for_mime(mime) for mime in ("image/jpeg", "image/png", "image/webp", "image/tiff",
                                            "image/bmp")] == ["jpg", "png", "webp", "tif", "bmp"]
    with pytest.raises(ValueError):
        ext_for_mime("image/gif")


def test_the_photo_store_imports_neither_qt_nor_sqlite():
    code = ("import sys, score_desktop.store.photos; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlite3', '_sqlite3'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "[]"
