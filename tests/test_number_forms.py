"""Area numbers in the form the plans write them (index/number_forms.py): roman and arabic
figures after an area word, a short area word glued to its number, and the question stage
reading them so that a plan's generated alias matches either spelling."""
from __future__ import annotations

from index.aliases import document_aliases, named_documents, question_grams
from index.number_forms import area_number_changes, corpus_number_forms, other_form, roman, roman_value
from index.question import analyze
from index.typos import Vocabulary


def test_roman_and_arabic_figures_convert_both_ways() -> None:
    assert [roman_value(t) for t in ("xiv", "iv", "ix", "xl", "lix", "i")] == [14, 4, 9, 40, 59, 1]
    assert [roman_value(t) for t in ("iiii", "vx", "mm", "", "ba")] == [None] * 5
    assert (roman(14), roman(49), other_form("14"), other_form("xiv")) == ("xiv", "xlix", "xiv", "14")
    assert other_form("2025") is None          # a year is no area number


def test_a_number_after_an_area_word_takes_the_corpus_form() -> None:
    pairs = {"vuc_xiv", "to_3"}
    assert corpus_number_forms("chi cuc thue khu vuc 14".split(), pairs)[-1] == "xiv"
    assert corpus_number_forms("hop to iii".split(), pairs) == ["hop", "to", "3"]
    # glued to a short area word, read through the lexicon's expansion of it
    assert corpus_number_forms(["kv14"], pairs, lambda w: "vuc" if w == "kv" else w) == ["kv", "xiv"]
    # a syllable that starts like an area word is no glued number ("tới", "ti", "tổ")
    assert corpus_number_forms("sap toi co han gi".split(), {"to_1"}) == "sap toi co han gi".split()
    assert area_number_changes(["sap", "toi"], ["sap", "toi"]) == {}


def test_a_number_is_left_as_typed_when_the_corpus_has_that_form_or_neither() -> None:
    assert corpus_number_forms("to iii".split(), {"to_3", "to_iii"}) == ["to", "iii"]
    assert corpus_number_forms("khom 5".split(), {"vuc_xiv"}) == ["khom", "5"]
    assert corpus_number_forms("bao cao 6 thang".split(), {"cao_vi"}) == ["bao", "cao", "6", "thang"]


def test_the_changes_are_reported_per_typed_word() -> None:
    typed = ["cuc", "kv14", "khu", "vuc", "14"]
    numbered = ["cuc", "kv", "xiv", "khu", "vuc", "xiv"]
    assert area_number_changes(typed, numbered) == {"kv14": "kv xiv", "14": "xiv"}


def test_a_question_names_the_plan_by_either_spelling_of_its_area() -> None:
    vocabulary = Vocabulary.from_term_counts({"khu": 3, "vuc": 3, "xiv": 3, "khu_vuc": 3, "vuc_xiv": 3})
    aliases = [(1, document_aliases("Chi cục Thuế khu vực XIV", "318/KH-KVXIV"))]
    for question in ("hội nghị chi cục thuế KV14 họp ngày nào", "chi cục thuế khu vực 14 báo cáo gửi ai",
                     "chi cuc thue kv xiv bao cao gui ai"):
        query = analyze(question, vocabulary=vocabulary)
        grams = question_grams(query.raw_folded.split(), query.folded.split())
        assert named_documents(grams, aliases)[0] == [1], question
        assert "xiv" in query.tokens
