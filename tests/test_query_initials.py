"""Abbreviations read from the corpus's own capitalized names, and chat words that frame a
question without naming anything (hand-built texts of invented units)."""
from __future__ import annotations

import pytest

from index.query_initials import Initials, could_be_syllable
from index.question import analyze
from index.typos import Vocabulary
from index.vietnamese import syllables

PLAN = ("Văn phòng Ban Quản lý dự án gửi báo cáo 6 tháng trước ngày 15/6/2025. "
        "Phòng Kế hoạch tài chính tổng hợp, gửi Sở Công Thương, Khoa học và Du lịch. "
        "Các đơn vị phối hợp với Phòng Kế hoạch tài chính.")


@pytest.fixture()
def initials() -> Initials:
    return Initials.from_texts([PLAN])


def test_unknown_initials_read_as_the_plans_name(initials: Initials) -> None:
    tokens, changed = initials.expand(syllables("VPBQLDA gửi báo cáo khi nào"))
    assert tokens[:6] == "van phong ban quan ly du".split()
    assert changed == {"vpbqlda": "van phong ban quan ly du an"}


def test_initials_after_the_unit_type_word(initials: Initials) -> None:
    # two letters alone are ambiguous; after "Phòng" they name the plan's "Phòng Kế hoạch ..."
    assert initials.expand(syllables("Phòng KH"))[0] == "phong ke hoach".split()
    assert initials.expand(syllables("hạn KH"))[0] == ["han", "kh"]


def test_initials_joined_by_ampersand_and_va_ignored(initials: Initials) -> None:
    tokens, _ = initials.expand(syllables("gửi SCTKH&DL"))
    assert " ".join(tokens) == "gui so cong thuong khoa hoc va du lich"


def test_known_words_and_syllables_are_never_initials(initials: Initials) -> None:
    vocab = Vocabulary.from_lexical_forms(["van phong"])
    # a word of the corpus, a lexicon word and a syllable-shaped typo stay as typed
    assert initials.expand(["van"], known=vocab.counts)[0] == ["van"]
    assert initials.expand(["vpbqlda"], protected={"vpbqlda"})[0] == ["vpbqlda"]
    assert initials.expand(["thang"])[0] == ["thang"]
    assert not could_be_syllable("vptd") and could_be_syllable("nguyen") and could_be_syllable("hoach")


def test_analyze_uses_initials_for_agency_mentions(initials: Initials) -> None:
    plain = analyze("VPBQLDA gửi báo cáo trước ngày nào?", initials=initials)
    assert "quan" in plain.tokens and "vpbqlda" not in plain.tokens


@pytest.mark.parametrize("question", [
    "e hỏi chút hạn báo cáo 6 tháng là ngày nào",
    "anh chị ơi hạn báo cáo 6 tháng là ngày nào",
    "cho mình hỏi với hạn báo cáo 6 tháng là ngày nào",
])
def test_chat_framing_adds_no_focus_term(question: str) -> None:
    assert analyze(question).focus_terms == analyze("hạn báo cáo 6 tháng là ngày nào").focus_terms


def test_loanword_report_reads_bao_cao() -> None:
    assert analyze("deadline report 6 tháng").focus_terms == analyze("hạn báo cáo 6 tháng").focus_terms


def test_short_pronoun_names_the_askers_unit() -> None:
    assert analyze("e ở phòng kế hoạch thì nộp gì").unit == "phong ke hoach"


def test_typo_of_a_lexicon_word_is_corrected_to_it() -> None:
    vocab = Vocabulary.from_lexical_forms(["gui bao cao qua email"], protected={"mail", "deadline"})
    assert vocab.correct(["qua", "mial"]) == (["qua", "mail"], {"mial": "mail"})
    # a plan word still wins over nothing: known words are never touched
    assert vocab.correct(["email"]) == (["email"], {})


def test_the_plans_name_after_its_unit_type_beats_the_general_reading() -> None:
    names = Initials.from_texts(["Sở Tư pháp chủ trì, gửi báo cáo."])
    # "tp" is a general abbreviation of the lexicon ("thành phố"); after "Sở" the plan says "Tư pháp"
    assert names.expand(["so", "tp"], protected={"tp"})[0] == ["so", "tu", "phap"]
    assert names.expand(["tp"], protected={"tp"})[0] == ["tp"]


def test_a_longer_lexicon_rule_keeps_its_pieces() -> None:
    names = Initials.from_texts(["Sở Văn hóa, Thể thao và Du lịch ban hành."])
    tokens = syllables("Sở VH-TT-DL")
    assert names.expand(tokens, fixed={1, 2, 3})[0] == tokens
    assert names.expand(tokens)[0][:3] == ["so", "van", "hoa"]


def test_this_year_and_how_many_frame_a_when_question() -> None:
    q = analyze("hội nghị năm nay tổ chức trước ngày bao nhiêu")
    assert q.intent == "when" and q.years == []
    assert "nay" not in q.focus_terms and "nhieu" not in q.focus_terms
    # "bao nhiêu" before a noun asks a quantity: a content word a passage must say
    assert "nhieu" in analyze("có bao nhiêu công chức").focus_terms
