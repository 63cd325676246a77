"""Question analysis: intent, report kind, tokens, issuer keys — with and without diacritics."""
from __future__ import annotations

import pytest

import re

from index.question import MAX_QUESTION_CHARS, analyze, issuer_keys
from index.search import fts_query, fuse
from index.vietnamese import fold, lexical_form


@pytest.mark.parametrize("question, intent", [
    ("Hạn nộp báo cáo 6 tháng là khi nào?", "when"),
    ("han nop bao cao 6 thang la khi nao", "when"),
    ("Báo cáo năm phải gửi trước ngày nào?", "when"),
    ("Báo cáo gửi về đâu?", "to"),
    ("bao cao gui ve dau", "to"),
    ("Ai là cơ quan thường trực?", "who"),
    ("Đơn vị nào chủ trì?", "who"),
    ("Ai ký kế hoạch của Tỉnh đoàn?", "signer"),
    ("nguoi ky ke hoach", "signer"),
    ("Kế hoạch được gửi đến những nơi nào?", "recipients"),
    ("Mục đích của kế hoạch là gì?", "what"),
    ("Những hạn chế trong thực hiện dân chủ", "general"),
])
def test_intent(question: str, intent: str) -> None:
    assert analyze(question).intent == intent


@pytest.mark.parametrize("question, kind", [
    ("Hạn nộp báo cáo 6 tháng?", "6 tháng"),
    ("han bao cao sau thang", "6 tháng"),
    ("Hạn báo cáo năm?", "năm"),
    ("Hạn gửi kế hoạch QCDC?", "kế hoạch"),
    ("hạn tự chấm điểm thi đua", "chấm điểm"),
    ("Ai là cơ quan thường trực?", None),
])
def test_report_kind(question: str, kind: str | None) -> None:
    assert analyze(question).report_kind == kind


def test_folded_and_accented_questions_share_tokens() -> None:
    a = analyze("Hạn nộp báo cáo 6 tháng là khi nào?")
    b = analyze("han nop bao cao 6 thang la khi nao")
    assert a.match_tokens == b.match_tokens
    assert "bao_cao" in a.match_tokens and "khi" not in a.tokens


def test_long_and_hostile_questions_are_bounded() -> None:
    a = analyze("<b>Hạn</b> nộp\x00 báo cáo " + "x " * 5000)
    assert len(a.text) <= MAX_QUESTION_CHARS and a.truncated
    assert "\x00" not in a.text
    # user punctuation never breaks FTS5 syntax
    assert fts_query(analyze('"; DROP TABLE chunks; -- OR *').match_tokens).count('"') % 2 == 0


def mentions(folded: str, key: str) -> bool:
    return re.search(r"\b" + re.escape(key) + r"\b", folded) is not None


def test_issuer_keys_match_common_short_forms() -> None:
    keys = issuer_keys("Sở Khoa học và Công nghệ")
    assert any(mentions(fold("han bao cao cua so khcn"), k) for k in keys)
    keys = issuer_keys("Sở Văn hóa, Thể thao và Du lịch", "60/KH-SVHTTDL")
    assert any(mentions("so vhttdl", k) for k in keys)
    assert not any(mentions(fold("Sở Nông nghiệp"), k) for k in keys)


def test_lexical_form_has_syllables_and_compounds() -> None:
    form = lexical_form("Hạn nộp báo cáo")
    assert form.split()[:4] == ["han", "nop", "bao", "cao"] and "bao_cao" in form


def test_rank_fusion_rewards_agreement() -> None:
    hits = fuse([(1, 9.0), (2, 8.0), (3, 7.0)], [(3, 0.9), (1, 0.8), (4, 0.7)])
    assert [h.chunk_id for h in hits][:2] == [1, 3]
    assert [h.chunk_id for h in fuse([(1, 9.0)], [(2, 0.9)], mode="dense")] == [2]
