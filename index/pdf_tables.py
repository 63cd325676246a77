"""Tables in a PDF's text layer read back as rows ("TT | Nội dung | Đơn vị chủ trì | Thời
gian hoàn thành").

pypdf's plain extraction gives a table one cell per line, so a deadline in its cell loses
its row and its column header. Its layout extraction keeps the columns apart with runs of
spaces: a line of three or more such cells followed by lines aligned under them is a table;
a line whose first column is empty continues the row above (a wrapped cell). The table's
span in the plain text (from its first header cell to its last cell) is replaced by the
rows, everything else of the page stays as the plain extraction gave it.
"""
from __future__ import annotations

import re
from typing import Callable

_GAP_RE = re.compile(r"\S+(?: {1,2}\S+)*")
_MIN_COLUMNS = 3
#: how far (characters) a cell may start left of its column's header
_SLACK = 2
#: a table's next word is looked for at most this far (characters) into the plain text:
#: farther, the layout's table is not the text at that place
_MAX_WORD_GAP = 400
#: a line of plain extraction shorter than this may be one table cell...
_MAX_CELL_LINE_CHARS = 40
#: ...and this many such lines in a row look like a table
_MIN_CELL_LINES = 8
#: A line that is only a page number ("3", "- 3 -", "Trang 3", "3/12").
_PAGE_NUMBER_RE = re.compile(r"[-–\s]*(?:[Tt]rang\s*)?\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?[-–\s]*")
#: At a page break, this many lines at most stand between a table's last row and its
#: header repeated on the next page (a running header, page numbers).
_MAX_BREAK_LINES = 3
_ROW_RE = re.compile(r"^[^\n|]*(?: \| [^\n|]*){2,}$")


def _segments(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each run of text separated by three or more spaces."""
    return [(m.start(), m.group(0)) for m in _GAP_RE.finditer(line) if m.group(0).strip()]


def _column_of(start: int, columns: list[int]) -> int:
    best = 0
    for i, col in enumerate(columns):
        if start + _SLACK >= col:
            best = i
    return best


def _tables(layout: str) -> list[list[list[str]]]:
    """The tables of a page's layout text, each as rows of cells (the first row its header)."""
    lines = layout.split("\n")
    tables: list[list[list[str]]] = []
    i = 0
    while i < len(lines):
        head = _segments(lines[i])
        if len(head) < _MIN_COLUMNS or i + 1 >= len(lines):
            i += 1
            continue
        columns = [start for start, _ in head]
        rows = [[text for _, text in head]]
        j = i + 1
        while j < len(lines):
            segs = _segments(lines[j])
            if not segs:
                break
            if len(segs) == 1 and _PAGE_NUMBER_RE.fullmatch(segs[0][1]):
                j += 1      # the page number under the table's last row on this page
                continue
            if len(segs) == 1 and _column_of(segs[0][0], columns) == 0:
                if not _row_follows(lines, j + 1, columns):
                    break   # text in the first column alone (a heading, a paragraph): the table ended
                # a group row spanning the table ("II. CÔNG KHAI THÔNG TIN"), rows below it
                rows.append([segs[0][1]] + [""] * (len(columns) - 1))
                j += 1
                continue
            cells = [""] * len(columns)
            for start, text in segs:
                k = _column_of(start, columns)
                cells[k] = f"{cells[k]} {text}".strip()
            if cells[0] or len(rows) == 1 and not any(cells[1:]):
                rows.append(cells)
            else:
                for k, text in enumerate(cells):      # a wrapped cell continues the row above
                    if text:
                        rows[-1][k] = f"{rows[-1][k]} {text}".strip()
            j += 1
        if len(rows) >= 2:
            tables.append(rows)
            i = j
        else:
            i += 1
    return tables


def _row_follows(lines: list[str], start: int, columns: list[int]) -> bool:
    """Whether the next line with text is a row of the table: two or more cells, the first
    in the first column."""
    for line in lines[start:start + 2]:
        segs = _segments(line)
        if segs:
            return len(segs) >= 2 and _column_of(segs[0][0], columns) == 0
    return False


def _span(plain: str, cells: list[str], start: int) -> tuple[int, int] | None:
    """Where the table's cells sit in the plain text: first cell to last, in order."""
    words = [c.split()[0] for c in cells if c.split()]
    if not words:
        return None
    first = plain.find(words[0], start)
    if first < 0:
        return None
    pos = first
    for cell in cells:
        for word in cell.split():
            found = plain.find(word, pos)
            if found < 0 or found - pos > _MAX_WORD_GAP:
                return None
            pos = found + len(word)
    return first, pos


def with_table_rows(plain: str, layout: str) -> str:
    """The plain text of a page with each table's span replaced by its "a | b | c" rows."""
    out = plain
    cursor = 0
    for rows in _tables(layout):
        cells = [c for row in rows for c in row if c]
        span = _span(out, cells, cursor)
        if span is None:
            continue
        text = "\n".join(" | ".join(row) for row in rows)
        out = out[:span[0]] + "\n" + text + "\n" + out[span[1]:]
        cursor = span[0] + len(text) + 2
    return out


def _may_hold_a_table(plain: str) -> bool:
    """A run of short lines (one cell per line) is how a table looks in plain extraction;
    only such pages pay for the slower layout extraction."""
    run = 0
    for line in plain.split("\n"):
        run = run + 1 if 0 < len(line.strip()) < _MAX_CELL_LINE_CHARS else 0
        if run >= _MIN_CELL_LINES:
            return True
    return False


def with_ruled_rows(plain: str, tables: list[list[list[str]]]) -> str:
    """The plain text of a page with the lines of each ruled table (index/pdf_ruled_tables.py)
    replaced by its "a | b | c" rows. A table's lines are found by their words: from the
    line opening its first cell, every line whose words all occur in the table's cells,
    until one that does not (the text after the table)."""
    lines = plain.split("\n")
    cursor = 0
    for rows in tables:
        words = {_word(w) for row in rows for cell in row for w in cell.split()}
        first = next((_word(w) for row in rows for cell in row for w in cell.split()), None)
        start = next((i for i in range(cursor, len(lines))
                      if [_word(w) for w in lines[i].split()[:1]] == [first] and _inside(lines[i], words)),
                     None) if first else None
        if start is None:
            continue
        end = start
        while end < len(lines) and (not lines[end].strip() or _inside(lines[end], words)):
            end += 1
        while end > start and not lines[end - 1].strip():
            end -= 1
        text = [" | ".join(row) for row in rows]
        lines[start:end] = text
        cursor = start + len(text)
    return "\n".join(lines)


def _word(word: str) -> str:
    return word.strip(";,.:()“”\"'")


def _inside(line: str, words: set[str]) -> bool:
    return all(_word(w) in words for w in line.split())


def page_text(page, ruled: Callable[[], list[list[list[str]]]] | None = None) -> str:
    """A pypdf page's text, its tables as rows: read from their ruling lines when `ruled`
    (the page's ruled tables, asked only for a page that may hold a table) finds some,
    else from the layout's columns."""
    plain = page.extract_text() or ""
    if not _may_hold_a_table(plain):
        return plain
    tables = ruled() if ruled is not None else []
    if tables:
        return with_ruled_rows(plain, tables)
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except (ValueError, KeyError, TypeError, ZeroDivisionError):   # layout mode is stricter on odd fonts
        return plain
    return with_table_rows(plain, layout) if layout else plain


def joined_pages(pages: list[str]) -> str:
    """The text of a PDF's pages. Page numbers at the top or foot of a page are left out; a
    table that runs over a page break is one table again: its header row repeated on the
    next page, and the running header and page number between, are dropped."""
    out: list[str] = []
    header: str | None = None          # the header row of the table the text ends in
    for page in pages:
        lines = _without_page_numbers(page.split("\n"))
        if out and header is not None:
            rows_at = next((i for i, line in enumerate(lines[:_MAX_BREAK_LINES + 1]) if _ROW_RE.match(line)), None)
            if rows_at is not None and _same_row(lines[rows_at], header):
                lines = lines[rows_at + 1:]     # the table goes on: no break, no second header
                out[-1] = out[-1].rstrip("\n") + "\n" + "\n".join(lines)
                header = _last_table_header(lines, header)
                continue
        out.append("\n".join(lines))
        header = _last_table_header(lines, None)
    return "\n\n".join(out)


def _without_page_numbers(lines: list[str]) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge = set(filled[:2] + filled[-2:])
    return [line for i, line in enumerate(lines) if not (i in edge and _PAGE_NUMBER_RE.fullmatch(line.strip()))]


def _same_row(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _last_table_header(lines: list[str], header: str | None) -> str | None:
    """The header row of the table a page ends in (None when it ends in text): the first row
    of the last run of rows, or `header` when the page holds rows only (a table going on)."""
    filled = [line for line in lines if line.strip()]
    if not filled or not _ROW_RE.match(filled[-1]):
        return None
    start = len(filled) - 1
    while start > 0 and _ROW_RE.match(filled[start - 1]):
        start -= 1
    return header if start == 0 and header is not None else filled[start]
