"""The one reader of index/data/: comments and blank lines skipped, cells split on tabs,
errors that name the file and the line; every shipped table parses."""
from __future__ import annotations

from importlib import resources

import pytest

from index.errors import DataFileError
from index.lexicon import data_json, parse_table, table, table_rows, word_list


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
