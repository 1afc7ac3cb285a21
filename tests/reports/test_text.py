from __future__ import annotations

from app.reports import fonts, text


def test_plain_latin_text_is_escaped_and_keeps_line_breaks() -> None:
    assert text.rich("Books & <notes>\nLlŷr") == "Books &amp; &lt;notes&gt;<br/>Llŷr"


def test_arabic_runs_are_shaped_reversed_and_set_in_the_arabic_font() -> None:
    markup = text.rich("Owner: عائشہ ملک (EAL lead)")
    assert markup.startswith("Owner: ")
    assert f'<font name="{fonts.ARABIC}">' in markup
    assert markup.endswith("</font> (EAL lead)")
    # Shaped into joined presentation forms, drawn right to left, kept on one line.
    run = markup.split(">", 1)[1].split("<", 1)[0]
    assert "\u00a0" in run and " " not in run
    # Drawn left to right: the last letter of the last word first; each letter in the
    # joined form for its position (initial, medial, final).
    assert run == "\ufb8f\ufee0\ufee3\u00a0\ufba7\ufeb8\ufe8b\ufe8e\ufecb"


def test_vowel_marks_are_kept() -> None:
    assert "\u064b" in text.visual_rtl("أهلاً")


def test_every_demo_script_is_covered_by_a_report_font() -> None:
    for sample in ("ŵ ŷ Ŵ", "Ł ż", "ệ Nguyễn Thị Hồng", "عائشہ ملک", "ليلى حداد"):
        assert text.uncovered(sample) == set(), sample


def test_letters_no_font_has_are_reported() -> None:
    assert text.uncovered("学校 ok") == {"学", "校"}
