"""What a deadline table's columns mean, read from their headers and their cells.

A header may name the sender and the recipient of its column ("Các phòng gửi Văn phòng |
Cơ quan gửi Bộ"): each such column is a deadline of its own, one duty per recipient. A
column of the data period ("Thời gian chốt số liệu | Từ 15/12 đến 14/6") holds dates that
are no deadline; a column of the report period ("Kỳ báo cáo | Quý I") names the report. A
cell holding a date is a deadline whatever its header says, never a unit or a recipient.
The header words are index/data/table_columns.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import phrase_alternation

_FILE = "table_columns.tsv"


@lru_cache(maxsize=None)
def _kind_re(kind: str, whole: bool) -> re.Pattern:
    body = phrase_alternation(_FILE, kind)
    return re.compile(rf"^(?:{body})$" if whole else rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


#: a date in a cell: "16/3/2026", "ngày 15 tháng 6"
_DATE_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}|\bngày\s+\d{1,2}\b|\bquý\s+[IV\d]+\s*/\s*\d{4}", re.IGNORECASE)


@dataclass(frozen=True)
class SendColumn:
    """A column whose header names who sends to whom; its cells are deadlines."""

    index: int
    sender: str | None      # None: the header names no sender, or the issuer itself ("Cơ quan")
    recipient: str
    own: bool = False       # the sender is the issuing body


def send_column(index: int, name: str) -> SendColumn | None:
    """The column's sender and recipient when its header says "X gửi Y" / "Hạn nộp Y"."""
    m = _kind_re("send", False).search(name)
    if not m:
        return None
    recipient = name[m.end():].strip(" :-–,.")
    if not recipient or not recipient[:1].isupper():
        return None         # "Thời gian gửi", "gửi bản mềm": no recipient named
    sender = name[:m.start()].strip(" :-–,.")
    if not sender or _kind_re("time", True).match(sender):
        return SendColumn(index, None, recipient)
    if _kind_re("self", True).match(sender):
        return SendColumn(index, None, recipient, own=True)
    return SendColumn(index, sender, recipient)


def sent_to(cell: str) -> str | None:
    """The recipient a cell names when it opens with a send verb ("Gửi BCH Công đoàn cơ
    sở" in a "Ghi chú" column), else None."""
    m = _kind_re("send", False).match(cell.strip())
    column = send_column(0, cell.strip()) if m else None
    return column.recipient if column is not None else None


def send_columns(header: list[str]) -> list[SendColumn]:
    """Every column of the header naming a recipient, left to right."""
    return [c for i, name in enumerate(header) if (c := send_column(i, name)) is not None]


def is_data_period(name: str) -> bool:
    """A header of the period the data covers ("Thời gian chốt số liệu")."""
    return bool(_kind_re("data-period", False).search(name))


def is_period_label(name: str) -> bool:
    """A header of the report's period ("Kỳ báo cáo")."""
    return bool(_kind_re("period-label", True).match(name.strip(" :.")))


def holds_date(cell: str) -> bool:
    """Whether a cell holds a date (then it is a deadline or a period, never a unit)."""
    return bool(_DATE_RE.search(cell))
