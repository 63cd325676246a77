"""The numbers a word processor draws before the items of an automatic list.

A plan's items are often auto-numbered ("1.", "a)", "II."): the file stores a list style,
not the number, and a reader that takes only the text loses them, and with them the
structure the chunker reads ("1. Văn phòng" heads a unit's duties). The .odt reader
(index/reading_odt.py) and the .doc reader (antiword's DocBook, index/reading_doc.py)
number the items here, as the word processor would; a bulleted item gets "-", the bullet
Vietnamese plans type, and so does a line opened by a symbol-font bullet that a reader
handed over as a private-use character (.rtf, text copied from Word; index/reading.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET = "-"
#: A bullet drawn from a symbol font (Symbol, Wingdings) as the word processor wrote it:
#: a private-use character (U+F0B7 "•" of Symbol, U+F0A7, U+F0D8, U+F076 ...) opening a line.
_SYMBOL_BULLET_RE = re.compile(r"(?m)^([ \t]*)[\uf000-\uf0ff][ \t]+")
#: DocBook `orderedlist numeration` as the ODF number format, and the suffix Vietnamese
#: administrative documents write after it (Nghị định 30/2020: "1.", "a)", "I.").
DOCBOOK_FORMATS = {"arabic": ("1", "."), "loweralpha": ("a", ")"), "upperalpha": ("A", "."),
                   "lowerroman": ("i", "."), "upperroman": ("I", ".")}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(n: int, num_format: str) -> str:
    """`n` in an ODF number format: "1" (arabic), "a"/"A" (letters), "i"/"I" (Roman)."""
    if num_format in ("a", "A"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if num_format == "A" else letters
    if num_format in ("i", "I"):
        roman, rest = "", n
        for value, digits in _ROMAN:
            while rest >= value:
                roman, rest = roman + digits, rest - value
        return roman.upper() if num_format == "I" else roman
    return str(n)


@dataclass(frozen=True)
class ListLevel:
    """How one level of a list style labels its items."""

    numbered: bool = False
    shown: bool = True           # a number style with an empty format draws no label
    num_format: str = "1"
    prefix: str = ""
    suffix: str = "."
    start: int = 1
    display_levels: int = 1      # "1.2." shows two levels


@dataclass
class ListCounter:
    """The running numbers of one list (and the lists nested in it), level by level."""

    levels: dict[int, ListLevel] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)

    def label(self, level: int) -> str:
        """The next item's label at `level` (1-based); deeper levels restart."""
        style = self.levels.get(level, ListLevel())
        if not style.shown:
            return ""
        if not style.numbered:
            return BULLET
        self.counts[level] = self.counts.get(level, style.start - 1) + 1
        for deeper in [k for k in self.counts if k > level]:
            del self.counts[deeper]
        shown = range(max(1, level - style.display_levels + 1), level + 1)
        parts = [format_number(self.counts.get(k, self.levels.get(k, ListLevel()).start),
                               self.levels.get(k, style).num_format) for k in shown]
        return f"{style.prefix}{'.'.join(parts)}{style.suffix}"


def labelled(label: str, lines: list[str]) -> list[str]:
    """An item's lines with its label before the first one."""
    return [f"{label} {lines[0]}", *lines[1:]] if lines and label else lines


def dash_symbol_bullets(text: str) -> str:
    """Lines opened by a symbol-font bullet (a private-use character no reader can show)
    opened by "-" instead, the bullet plans type."""
    return _SYMBOL_BULLET_RE.sub(lambda m: f"{m.group(1)}{BULLET} ", text)
