"""Compound abbreviations (index/compound_abbreviations.py): pieces linked by "và" read as
the lexicon's one-token short form, and a leftover piece next to another
abbreviation read by what the lexicon's multi-piece rules say it stands for."""
from __future__ import annotations

from index.compound_abbreviations import read_compounds
from index.question import analyze

# a small hand-built lexicon: short forms -> document words (folded)
REWRITES = {
    ("khcn",): ("khoa", "hoc", "cong", "nghe"),
    ("kh", "cn"): ("khoa", "hoc", "cong", "nghe"),
    ("kh",): ("ke", "hoach"),
    ("cc", "vc"): ("cong", "chuc", "vien", "chuc"),
    ("nld",): ("nguoi", "lao", "dong"),
    ("kt", "kt"): ("kinh", "te", "ky", "thuat"),
}


def test_pieces_joined_by_va_spell_a_one_token_rule() -> None:
    tokens, changed = read_compounds("so kh va cn bao cao".split(), REWRITES)
    assert tokens == ["so", "khcn", "bao", "cao"] and changed == {"kh": "khcn", "cn": ""}


def test_a_leftover_piece_next_to_an_abbreviation_reads_as_in_the_multi_piece_rules() -> None:
    assert read_compounds("hoi nghi cc nld".split(), REWRITES)[0] == ["hoi", "nghi", "cong", "chuc", "nld"]
    assert read_compounds("hoi nghi vc nld".split(), REWRITES)[0] == ["hoi", "nghi", "vien", "chuc", "nld"]


def test_a_piece_is_left_alone_when_alone_ambiguous_used_by_the_corpus_or_in_a_rule() -> None:
    assert read_compounds("phong cc tang 2".split(), REWRITES)[0] == ["phong", "cc", "tang", "2"]
    assert read_compounds("kt nld".split(), REWRITES)[0] == ["kt", "nld"]        # kinh tế or kỹ thuật
    assert read_compounds("cc nld".split(), REWRITES, known={"cc"})[0] == ["cc", "nld"]
    assert read_compounds("so kh cn".split(), REWRITES)[0] == ["so", "kh", "cn"]       # the lexicon's "kh cn"
    assert read_compounds("phong tc hc".split(), {("tchc",): ("to", "chuc", "hanh", "chinh")})[0] == \
        ["phong", "tc", "hc"]                                    # typed with "-" as plans write it
    assert read_compounds("kh bao cao".split(), REWRITES)[0] == ["kh", "bao", "cao"]   # one piece alone


def test_the_question_stage_reads_compounds_with_the_shipped_lexicon() -> None:
    q = analyze("Sở KH và CN bc năm gửi trước ngày mấy")
    assert q.tokens[:5] == ["so", "khoa", "hoc", "cong", "nghe"]
    assert [m.name for m in q.agencies] == ["so khoa hoc"]
    assert "cong chuc nguoi lao dong" in " ".join(analyze("hội nghị CC-NLĐ họp ngày nào").tokens)
