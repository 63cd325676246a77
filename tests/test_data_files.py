"""The one reader of index/data/: comments and blank lines skipped, cells split on tabs,
errors that name the file and the line; every shipped table parses."""
from __future__ import annotations

from importlib import resources

import pytest

from index.errors import DataFileError
from index.lexicon import data_json, flagged_phrases, parse_table, phrase_alternation, table, table_rows, word_list


def test_comments_and_blank_lines_are_skipped_and_cells_stripped() -> None:
    rows = parse_table("# a comment\n\nkind\t phrase \n  # indented comment\nalone\n", "x.tsv")
    assert [(r.line_no, r.cells) for r in rows] == [(3, ("kind", "phrase")), (5, ("alone",))]
    assert rows[1].cell(0) == "alone" and rows[1].cell(1) == ""


def test_a_refused_line_names_its_file_and_line() -> None:
    [row] = parse_table("\n\nbad\trule\n", "rules.tsv")
    error = row.refused()
    assert isinstance(error, DataFileError) and isinstance(error, ValueError)
    assert str(error).startswith("rules.tsv line 3: unknown rule ") and "bad" in str(error)


def test_every_shipped_data_file_is_read_by_the_one_loader() -> None:
    names = [f.name for f in resources.files("index").joinpath("data").iterdir()]
    assert {"lexicon.tsv", "window_phrases.tsv", "decision.json", "ocr_thresholds.json"} <= set(names)
    for name in names:
        if name.endswith(".tsv"):
            assert table(name) == tuple(r.cells for r in table_rows(name)) and table(name)
        elif name.endswith(".txt"):
            assert word_list(name) and all(not w.startswith("#") for w in word_list(name))
        elif name.endswith(".json"):
            assert isinstance(data_json(name), dict)


def test_a_kind_of_phrases_is_one_alternation_in_file_order() -> None:
    cues = phrase_alternation("date_cues.tsv", "cue").split("|")
    # file order, not length: the regex tries "đến hết" before "đến", and a space is any run of whitespace
    assert cues.index(r"đến\s+hết") < cues.index("đến") and r"chậm\s+nhất" in cues
    assert phrase_alternation("layout_words.tsv", "sign-title", space=" ").startswith("GIÁM ĐỐC|")
    assert flagged_phrases("date_cues.tsv", "cue", "weak") == {"đến", "tới", "hạn", "hoàn thành", "xong"}
    with pytest.raises(DataFileError, match="no phrase of kind 'nope'"):
        phrase_alternation("date_cues.tsv", "nope")
