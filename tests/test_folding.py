"""Diacritic folding and the lexicon's scan: their fast paths give what their plain
definitions give, on the shipped plans and on text of other scripts."""
from __future__ import annotations

import unicodedata

from index.query_lexicon import REWRITE_PASSES, lexicon, parse_lexicon
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


def test_rewrite_rereads_an_expansion_that_forms_another_rule() -> None:
    lex = parse_lexicon("abbr\tbc\tbáo cáo\ntime\tbáo cáo quý\tbáo cáo hằng quý\nabbr\tx1\tx2\nabbr\tx2\tx3\n"
                        "abbr\tx3\tx4\nabbr\tx4\tx5\n")
    assert lex.rewrite(syllables("hạn bc quý")) == syllables("han bao cao hang quy")
    assert lex.rewrite(syllables("báo cáo hằng quý")) == syllables("bao cao hang quy")
    # a chain longer than the bound stops after REWRITE_PASSES passes
    assert lex.rewrite(["x1"]) == [f"x{1 + REWRITE_PASSES}"]


def test_rewrite_never_doubles_a_rule_whose_expansion_holds_its_key() -> None:
    lex = parse_lexicon("abbr\tmặt trận\tmặt trận tổ quốc\nabbr\tmttq\tmặt trận tổ quốc\nabbr\tbc\tbáo cáo\n")
    assert lex.rewrite(syllables("bc mặt trận")) == syllables("bao cao mat tran to quoc")
    assert lex.rewrite(syllables("bc mttq")) == syllables("bao cao mat tran to quoc")
    shipped = lexicon()
    assert shipped.rewrite(syllables("mặt trận")) == syllables("mặt trận tổ quốc")
    assert shipped.rewrite(syllables("mặt trận tổ quốc")) == syllables("mặt trận tổ quốc")


def test_rewrite_never_reads_a_key_across_part_of_an_expansion() -> None:
    lex = parse_lexicon("abbr\tqcdc\tquy chế dân chủ\nabbr\tbc\tbáo cáo\ntime\tbáo cáo quý\tbáo cáo hằng quý\n")
    # folded "quy" of "quy chế" is no "quý": the key would split the expansion of "qcdc"
    assert lex.rewrite(syllables("báo cáo QCDC")) == syllables("bao cao quy che dan chu")
    assert lex.rewrite(syllables("bc QCDC")) == syllables("bao cao quy che dan chu")
    assert lex.rewrite(syllables("bc quý QCDC")) == syllables("bao cao hang quy quy che dan chu")
