"""Diacritic folding and the lexicon's scan: their fast paths give what their plain
definitions give, on the shipped plans and on text of other scripts."""
from __future__ import annotations

import unicodedata

from index.query_lexicon import lexicon
from index.vietnamese import fold, syllables

from .conftest import SHIPPED_CORPUS


def _fold_by_definition(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").replace("đ", "d")


def test_fold_is_nfd_without_nonspacing_marks() -> None:
    lines = [line for f in sorted(SHIPPED_CORPUS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
    others = ["Hạn nộp BÁO CÁO Đoàn", "Báo cáo – “6 tháng” … • ghi chú", "ÅÉ ñ ç ß İ ǅ ﬁ", "x\u0301\u0327 đĐ", "กิ่งไม้ हिन्दी", "Tiếng Việt 中文 ё"]
    for text in lines + others:
        assert fold(text) == _fold_by_definition(text), text
    assert fold("Hạn nộp Báo cáo Đoàn") == "han nop bao cao doan"


def test_lexicon_scan_takes_the_longest_key_at_each_position() -> None:
    lex = lexicon()
    for text in ["bc 6 tháng gửi Sở KH&CN", "hạn chót nộp báo cáo giữa năm", "cho em hỏi với ạ"]:
        tokens = syllables(text)
        expected, i = [], 0
        while i < len(tokens):   # the plain definition: every length, longest first
            n = next((n for n in range(min(lex.longest, len(tokens) - i), 0, -1)
                      if tuple(tokens[i:i + n]) in lex.rewrites), 0)
            expected.append((i, tuple(tokens[i:i + n]) if n else None))
            i += n or 1
        assert lex.scan(tokens, lex.rewrites) == expected, text
    assert lex.rewrite(syllables("KH&CN")) == syllables("khoa học công nghệ")
