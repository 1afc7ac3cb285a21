"""Word-level differences between two versions of a text, in any script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.textdiff import ADDED, REMOVED, SAME, Piece, summary, tokens, word_diff


def _side(pieces: list[Piece], kind: str) -> str:
    return "".join(p.text for p in pieces if p.kind in (SAME, kind))


def test_a_changed_word_is_marked_and_the_rest_is_not() -> None:
    old = "Pupils in Y5 redrafted a paragraph after feedback."
    new = "Most pupils in Y5 redrafted a paragraph after verbal feedback."
    pieces = word_diff(old, new)
    assert [p for p in pieces if p.kind != SAME] == [
        Piece(REMOVED, "Pupils"),
        Piece(ADDED, "Most pupils"),
        Piece(ADDED, "verbal "),
    ]
    assert summary(pieces) == "adds “Most pupils”, “verbal”; removes “Pupils”"


def test_words_in_other_scripts_stay_whole() -> None:
    assert tokens("Ysgol Gymraeg Ŵyn") == ["Ysgol", " ", "Gymraeg", " ", "Ŵyn"]
    assert tokens("Nguyễn Thị Hồng") == ["Nguyễn", " ", "Thị", " ", "Hồng"]
    # Devanagari vowel signs and Arabic diacritics are marks, not word breaks.
    assert tokens("हिंदी भाषा") == ["हिंदी", " ", "भाषा"]
    assert tokens("مُعَلِّم جيد") == ["مُعَلِّم", " ", "جيد"]
    # Urdu: a zero-width non-joiner belongs to its word.
    assert tokens("خوش\u200cآمدید") == ["خوش\u200cآمدید"]
    # Chinese has no spaces: each character is compared on its own.
    assert tokens("学生阅读") == ["学", "生", "阅", "读"]


def test_urdu_and_arabic_changes_are_found_by_word() -> None:
    pieces = word_diff("طلبہ نے کہانی پڑھی", "زیادہ تر طلبہ نے کہانی پڑھی")
    assert [p for p in pieces if p.kind != SAME] == [Piece(ADDED, "زیادہ تر ")]
    pieces = word_diff("التغذية الراجعة مفيدة", "التغذية الراجعة مفيدة جدا")
    assert [p.text for p in pieces if p.kind == ADDED] == [" جدا"]


def test_polish_and_chinese() -> None:
    pieces = word_diff("Łódź: uczniowie czytają", "Łódź: uczniowie chętnie czytają")
    assert [p.text for p in pieces if p.kind == ADDED] == ["chętnie "]
    pieces = word_diff("学生阅读", "学生大声阅读")
    assert [p.text for p in pieces if p.kind == ADDED] == ["大声"]


def test_spacing_alone_is_not_a_difference() -> None:
    pieces = word_diff("Pupils  read aloud.", "Pupils read aloud.")
    assert all(p.kind == SAME for p in pieces)
    assert summary(pieces) == "no difference in wording"


def test_long_changes_are_shortened_in_the_summary() -> None:
    pieces = word_diff("", "word " * 40)
    assert summary(pieces).endswith("…”")
    assert len(summary(pieces)) < 80


@given(
    st.text(alphabet="ab ŵ\n學ْ", max_size=40),
    st.text(alphabet="ab ŵ\n學ْ", max_size=40),
)
def test_both_texts_come_back_from_the_pieces(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert _side(pieces, ADDED) == new
    assert _side(pieces, REMOVED).split() == old.split()
    assert "".join(tokens(old)) == old
