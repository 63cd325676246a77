"""Language data shipped with the package (index/data/): word lists and small tables.

Vocabularies live in data files, not in code, so they can be extended without touching
the reader. Lines starting with `#` and blank lines are ignored.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("index").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line list, longest first (so alternations match greedily)."""
    return tuple(sorted({ln.strip() for ln in _lines(name)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated table, in file order."""
    return tuple(tuple(cell.strip() for cell in ln.split("\t")) for ln in _lines(name))


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A list of regex fragments as one alternation, longest first; a space in an entry
    matches any run of whitespace (entries may carry lookaheads: `phòng(?!, chống)`)."""
    return "|".join(entry.replace(" ", r"\s+") for entry in word_list(name))
