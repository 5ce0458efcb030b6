"""Choosing a font per run of text so every character has a glyph."""

from __future__ import annotations

import logging
import string

from score_desktop.reports import fonts


def test_each_script_gets_a_font_that_has_it():
    assert fonts.runs("Hợp tác tại nơi làm việc — Đối thoại") == [
        fonts.Run(fonts.REGULAR, "Hợp tác tại nơi làm việc — Đối thoại")]
    assert fonts.runs("安全出口（3号线）: OK") == [fonts.Run(fonts.CJK, "安全出口（"),
                                                 fonts.Run(fonts.REGULAR, "3"), fonts.Run(fonts.CJK, "号线）"),
                                                 fonts.Run(fonts.REGULAR, ": OK")]
    assert fonts.runs("Đã xong 完成", bold=True) == [fonts.Run(fonts.BOLD, "Đã xong "),
                                                     fonts.Run(fonts.CJK, "完成")]


def test_every_letter_of_the_shipped_languages_has_a_glyph():
    vietnamese = ("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ")
    latin = "áéíóúñüçàèìòùâêîôûëïÿœæ¿¡«»€¥¤°±×÷–—‘’“”…•·№"
    text = vietnamese + vietnamese.upper() + latin + string.printable.strip() + "工作场所合作，质量管理。（）、：；“”"
    for bold in (False, True):
        for char in text:
            assert any(fonts.has_glyph(font, char) for font in fonts.CHAINS[bold]), char


def test_a_character_no_font_has_is_replaced_and_logged_once(caplog, monkeypatch):
    monkeypatch.setattr(fonts, "_reported_missing", set())
    with caplog.at_level(logging.WARNING):
        first = fonts.runs("ក ok")
        fonts.runs("ក again")
    assert first[0].text == "\ufffd ok"
    assert caplog.text.count("U+1780") == 1


def test_clean_normalizes_and_drops_invisible_characters():
    decomposed = "Vie\u0302\u0323t Nam"  # typed with combining marks
    assert fonts.clean(decomposed) == "Việt Nam"
    assert fonts.clean("a\u200bb\ufeffc\x00d\r\ne\tf") == "abcd\ne f"
    assert fonts.clean(None) == ""


def test_markup_escapes_and_keeps_line_breaks():
    markup = fonts.markup("<b>&\nnext")
    assert "&lt;b&gt;&amp;<br/>next" in markup and markup.startswith('<font face="ScoreSans">')


def test_fit_and_wrap_lines():
    assert fonts.fit_line("short", 9, 200) == "short"
    cut = fonts.fit_line("a very long line of text " * 10, 9, 100)
    assert cut.endswith("…") and fonts.string_width(cut, 9) <= 100
    lines = fonts.wrap_lines("出口堵塞" * 20 + " and some English words", 10, 80, max_lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(fonts.string_width(line, 10) <= 80 for line in lines)
    assert fonts.wrap_lines("two words", 10, 500, max_lines=2) == ["two words"]
    assert fonts.has_cjk("abc中") and not fonts.has_cjk("Việt")
