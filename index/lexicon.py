"""Data shipped with the package (index/data/): word lists, small tables, fitted JSON.

Vocabularies live in data files, not in code, so they can be extended without touching
the reader. This module is the one reader of those files: in a list or a table, lines
starting with `#` and blank lines are ignored, and a table's cells are split on tabs
(`TableRow`, which knows its line for error messages).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import DataFileError


@dataclass(frozen=True)
class TableRow:
    """One rule line of a tab-separated data file: its cells, stripped, and where it is."""

    source: str                 # the file's name, for error messages
    line_no: int                # 1-based
    line: str                   # the line as written
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        """The `index`-th cell, or "" when the line has fewer."""
        return self.cells[index] if index < len(self.cells) else ""

    def refused(self, reason: str = "unknown rule") -> DataFileError:
        """The error to raise for this line (file, line number and the line quoted)."""
        return DataFileError(f"{self.source} line {self.line_no}: {reason} {self.line!r}")


def data_text(name: str) -> str:
    """The text of a data file shipped in index/data/."""
    return resources.files("index").joinpath("data", name).read_text(encoding="utf-8")


def data_json(name: str) -> Any:
    """A JSON data file shipped in index/data/ (fitted models and thresholds), parsed."""
    return json.loads(data_text(name))


def parse_table(text: str, source: str) -> tuple[TableRow, ...]:
    """The rule lines of a data file's text, in file order: blank lines and lines starting
    with `#` are skipped, the rest split on tabs."""
    return tuple(TableRow(source, line_no, line, tuple(cell.strip() for cell in line.split("\t")))
                 for line_no, line in enumerate(text.splitlines(), 1)
                 if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def table_rows(name: str) -> tuple[TableRow, ...]:
    """The rule lines of a shipped tab-separated table, read once."""
    return parse_table(data_text(name), name)


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line list, longest first (so alternations match greedily)."""
    return tuple(sorted({row.line.strip() for row in table_rows(name)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The cells of each row of a tab-separated table, in file order."""
    return tuple(row.cells for row in table_rows(name))


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A list of regex fragments as one alternation, longest first; a space in an entry
    matches any run of whitespace (entries may carry lookaheads: `phòng(?!, chống)`)."""
    return "|".join(entry.replace(" ", r"\s+") for entry in word_list(name))



@lru_cache(maxsize=None)
def phrase_alternation(name: str, kind: str, space: str = r"\s+") -> str:
    """The phrases of one kind of a `KIND <tab> PHRASE [<tab> FLAGS]` table as one regex
    alternation, in file order: the order the regex tries them, so a table writes a phrase
    above its own prefix ("đến hết" above "đến"). A space in a phrase becomes `space` (any
    run of whitespace unless the reader wants one space exactly); the rest is a regex
    fragment (`hạn cuối(?: cùng)?`, `vào(?= ngày)`)."""
    found = [row.cell(1).replace(" ", space) for row in table_rows(name) if row.cell(0) == kind]
    if not found:
        raise DataFileError(f"{name}: no phrase of kind {kind!r}")
    return "|".join(found)


@lru_cache(maxsize=None)
def flagged_phrases(name: str, kind: str, flag: str) -> frozenset[str]:
    """The phrases of one kind of such a table whose third cell lists `flag`, as written."""
    return frozenset(row.cell(1) for row in table_rows(name)
                     if row.cell(0) == kind and flag in row.cell(2).split())
