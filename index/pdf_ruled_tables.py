"""Tables of a PDF page read from their ruling lines: the cell borders Word, Writer and
most PDF writers draw.

A cell merged over several rows is one box without the borders between those rows, its
text drawn once, often centred across them (so it sits beside another row's number in the
text layer); a grid read from the lines gives every row its own cells again, a merged
cell's text repeated in each row it spans (as index/reading_tables.py does for Word). The
text of each cell is what pdfium finds inside its box. Pages without ruled tables are left
to the layout reading of index/pdf_tables.py.
"""
from __future__ import annotations

from dataclasses import dataclass

import re

#: A border is a thin filled or stroked box: at most this thick (points)...
_MAX_RULE = 2.0
#: ...and at least this long
_MIN_RULE = 6.0
#: Lines this close (points) are one border; a border ends this near a crossing line.
_TOL = 2.0
#: A grid of fewer columns or rows is no data table (a letterhead's underline, a frame).
_MIN_COLUMNS = 3
_MIN_ROWS = 2
#: A cell's text is looked for this far (points) inside its borders.
_INSET = 0.8


@dataclass(frozen=True)
class _Rule:
    horizontal: bool
    at: float       # y of a horizontal rule, x of a vertical one
    start: float    # its extent along the other axis
    end: float


def _rules(page) -> list[_Rule]:
    import pypdfium2.raw as pdfium_c

    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= _MAX_RULE and width >= _MIN_RULE:
            out.append(_Rule(True, (top + bottom) / 2, left, right))
        elif width <= _MAX_RULE and height >= _MIN_RULE:
            out.append(_Rule(False, (left + right) / 2, bottom, top))
    return out


def _crosses(h: _Rule, v: _Rule) -> bool:
    return h.start - _TOL <= v.at <= h.end + _TOL and v.start - _TOL <= h.at <= v.end + _TOL


def _groups(rules: list[_Rule]) -> list[list[_Rule]]:
    """The rules that meet one another, one list per table."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            b = rules[j]
            if a.horizontal != b.horizontal and _crosses(a if a.horizontal else b, b if a.horizontal else a):
                parent[find(i)] = find(j)
    groups: dict[int, list[_Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    return list(groups.values())


def _positions(values: list[float]) -> list[float]:
    """Distinct positions, lines closer than the tolerance taken as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def _covered(rules: list[_Rule], at: float, point: float) -> bool:
    return any(abs(r.at - at) <= _TOL and r.start - _TOL <= point <= r.end + _TOL for r in rules)


def _grid_rows(rules: list[_Rule], textpage) -> tuple[float, list[list[str]]] | None:
    """(top of the table, its rows of cell texts) for one group of rules, None when the
    group is no grid of a table."""
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    xs = _positions([r.at for r in vs])
    ys = _positions([r.at for r in hs])[::-1]           # top to bottom (PDF y grows upwards)
    if len(xs) - 1 < _MIN_COLUMNS or len(ys) - 1 < _MIN_ROWS:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # each grid box joins the box below when no border runs between them, the box to its
    # right likewise: the merged cells of the table
    owner = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def root(cell: tuple[int, int]) -> tuple[int, int]:
        while owner[cell] != cell:
            cell = owner[cell]
        return cell

    for r in range(n_rows):
        for c in range(n_cols):
            mid_x, mid_y = (xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2
            if r + 1 < n_rows and not _covered(hs, ys[r + 1], mid_x):
                a, b = root((r, c)), root((r + 1, c))
                owner[max(a, b)] = min(a, b)
            if c + 1 < n_cols and not _covered(vs, xs[c + 1], mid_y):
                a, b = root((r, c)), root((r, c + 1))
                owner[max(a, b)] = min(a, b)
    boxes: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for cell in owner:
        boxes.setdefault(root(cell), []).append(cell)
    text: dict[tuple[int, int], str] = {}
    first_col: dict[tuple[int, int], int] = {}
    for key, cells in boxes.items():
        r0, r1 = min(r for r, _ in cells), max(r for r, _ in cells)
        c0, c1 = min(c for _, c in cells), max(c for _, c in cells)
        first_col[key] = c0
        found = textpage.get_text_bounded(left=xs[c0] + _INSET, bottom=ys[r1 + 1] + _INSET,
                                          right=xs[c1 + 1] - _INSET, top=ys[r0] - _INSET)
        text[key] = _cell_text(found)
    rows = []
    for r in range(n_rows):
        row = []
        for c in range(n_cols):
            key = root((r, c))
            # a cell merged across columns is written in its first column; one merged over
            # rows in every row it spans
            row.append(text[key] if c == first_col[key] else "")
        rows.append(row)
    return ys[0], [row for row in rows if any(row)]


#: a wrapped line opening an item of its own: "Năm: trước 06/11/2026" under "6 tháng: …"
_LABEL_LINE_RE = re.compile(r"^[^:;,.]{1,24}:\s")


def _cell_text(found: str) -> str:
    """A cell's lines as one text: a line wrapped by the cell's width goes on after a space,
    a labelled line ("Năm: trước …") is an item of its own, after "; "."""
    out = ""
    for line in (" ".join(raw.split()) for raw in found.splitlines()):
        if line:
            out = line if not out else f"{out}{'; ' if _LABEL_LINE_RE.match(line) else ' '}{line}"
    return out


def page_tables(page) -> list[list[list[str]]]:
    """The ruled tables of a pypdfium2 page, top to bottom, each as rows of cell texts."""
    groups = _groups(_rules(page))
    if not groups:
        return []
    textpage = page.get_textpage()
    found = [t for t in (_grid_rows(g, textpage) for g in groups) if t is not None]
    return [rows for _, rows in sorted(found, key=lambda t: -t[0])]


class RuledTables:
    """The ruled tables of a PDF's pages, the document opened with pdfium when first asked."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf = None

    def page(self, index: int) -> list[list[list[str]]]:
        """The tables of page `index` (0-based); none when pdfium cannot read the page."""
        import pypdfium2 as pdfium

        try:
            if self._pdf is None:
                self._pdf = pdfium.PdfDocument(self._data)
            return page_tables(self._pdf[index])
        except (pdfium.PdfiumError, IndexError, ValueError):
            return []
