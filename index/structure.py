"""Recover a plan's outline: headings (I./1./a)) and the paragraphs under them.

Produces `Block(section, text)` for every paragraph, where `section` is the heading path
("III. TỔ CHỨC THỰC HIỆN > 4. Thủ trưởng các cơ quan…"). The front matter, the
recipients ("Nơi nhận") and the signature get sections of their own so that questions
about who signed or who receives a plan find them.
"""
from __future__ import annotations

import re

from .lexicon import phrase_alternation
from .models import Block

FRONT_MATTER = "Phần mở đầu"
RECIPIENTS = "Nơi nhận"
SIGNATURE = "Người ký"
CLOSING_SECTION = "Kết thúc kế hoạch"

# "I. MỤC ĐÍCH" and, in Party documents, "I- MỤC ĐÍCH" / "1- Các chi bộ ..."
_ROMAN_RE = re.compile(r"^(?P<num>[IVXLC]{1,6})(?:\.\s*|\s*-\s+)(?P<rest>\S.*)$")
_ARABIC_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})?)(?:[.)]|\s?-)\s+(?P<rest>\S.*)$")
_LETTER_RE = re.compile(r"^(?P<num>[a-zđ])\)\s+(?P<rest>\S.*)$")
#: "Phần I. MỤC ĐÍCH", "PHẦN THỨ HAI", "Mục 2 - …": a top-level part named by its word
#: (layout_words.tsv `part`), with or without its title on the same line
_PART_RE = re.compile(
    r"^(?P<word>" + phrase_alternation("layout_words.tsv", "part", space=" ") + r")\s+"
    r"(?P<num>[IVXLC]{1,6}|\d{1,2}|(?:thứ|THỨ)\s+\w+)(?:\s*[.:–-]\s*(?P<rest>\S.*)?)?$")
_RECIPIENTS_RE = re.compile(r"^Nơi nhận\s*:?", re.IGNORECASE)
#: the words of the layout: index/data/layout_words.tsv
_LAYOUT = "layout_words.tsv"
_SIGN_TITLE_RE = re.compile(
    r"^(?:" + phrase_alternation(_LAYOUT, "sign-mark", space=" ") + r")\.\s"
    r"|^(?:PHÓ\s+)?(?:" + phrase_alternation(_LAYOUT, "sign-title", space=" ") + r")\b"
)
_DATE_RE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bngày\s+\d|\btháng\s+\d")
_CLOSING_RE = re.compile(r"^Trên đây là\b")
#: An appendix (after the signature, or anywhere): a body of its own, with its own heading.
_APPENDIX_RE = re.compile(r"^(?:" + phrase_alternation(_LAYOUT, "appendix", space=" ") + r")(?:\s+(?:số\s+)?[\dIVXLC]+)?\b")
APPENDIX = "Phụ lục"

#: Longest heading kept whole in the path; longer numbered paragraphs are shortened.
MAX_LABEL_CHARS = 90
#: `1. Văn phòng Sở: Theo dõi…` is headed by what precedes the colon when it is this many
#: words at most (a unit's name); a longer lead-in is the start of a sentence.
_MAX_COLON_HEAD_WORDS = 8
#: A numbered line longer than this is a paragraph, not a heading, whatever its end.
_MAX_HEADING_CHARS = 250
#: An appendix title line is short; a longer line starting "Phụ lục" is prose citing one.
_MAX_APPENDIX_LINE_CHARS = 200


def heading_label(number: str, rest: str) -> str:
    """Short label for the heading path: `4. Thủ trưởng các cơ quan, đơn vị…`."""
    rest = rest.strip().rstrip(":").strip()
    head, colon, _ = rest.partition(":")
    if colon and 0 < len(head.split()) <= _MAX_COLON_HEAD_WORDS:
        rest = head.strip()   # `1. Văn phòng Sở: Theo dõi, đôn đốc…` is headed `Văn phòng Sở`
    label = f"{number}. {rest}" if not number.endswith(")") else f"{number} {rest}"
    if len(label) <= MAX_LABEL_CHARS:
        return label
    cut = label[:MAX_LABEL_CHARS]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(",;: ") + "…"


def _is_heading_text(rest: str) -> bool:
    """A numbered line is a heading when it reads like a title, not like a sentence."""
    return len(rest) <= _MAX_HEADING_CHARS and not rest.rstrip().endswith((".", ";"))


#: The level of a table's group row ("I. CÔNG TÁC TUYÊN TRUYỀN" spanning the table): below
#: every heading of the text, so it heads the rows under it and ends with the table.
_GROUP_LEVEL = 9
_GROUP_NUMBER_RE = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])\.?$")


def table_group(row: str) -> str | None:
    """The label of a table row that only names a group of the rows below it: one cell of
    heading text spanning the row ("I. CÔNG KHAI THÔNG TIN |  |  | "), or a Roman numeral
    or capital letter and a heading ("II | KIỂM TRA, BÁO CÁO |  | "); None for any other row."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    filled = [(i, c) for i, c in enumerate(cells) if c]
    if len(cells) < 3 or not filled or len(filled) > 2 or _DATE_RE.search(row):
        return None
    if len(filled) == 2:
        (i, number), (j, text) = filled
        if (i, j) != (0, 1) or not _GROUP_NUMBER_RE.match(number) or not _is_heading_text(text):
            return None
        return heading_label(number.rstrip("."), text)
    text = filled[0][1]
    m = _ROMAN_RE.match(text) or _LETTER_RE.match(text)
    if m and _is_heading_text(m.group("rest")):
        num = m.group("num")
        return heading_label(num + ")" if text[len(num):].startswith(")") else num, m.group("rest"))
    if text.upper() == text and any(ch.isalpha() for ch in text) and _is_heading_text(text):
        return heading_label("", text).lstrip(". ")
    return None


def _is_caps(text: str) -> bool:
    """A title in capitals ("MỤC ĐÍCH, YÊU CẦU"): at least two words, no lower-case letter."""
    return text.upper() == text and len(text.split()) >= 2 and any(ch.isalpha() for ch in text)


def _part_label(m: re.Match) -> str:
    return f"{m.group('word')} {m.group('num')}" + (f". {m.group('rest').strip()}" if m.group("rest") else "")


def _is_row(para: str) -> bool:
    return " | " in para or para.startswith("|")


def split_blocks(clean: str) -> list[Block]:
    """Split cleaned text (one paragraph per line) into blocks with heading paths."""
    path: list[tuple[int, str]] = []   # (level, label)
    blocks: list[Block] = []
    zone = "front"                      # front | body | recipients | signature
    seen_roman = False
    # the top level when a plan numbers its parts in Arabic ("1. MỤC ĐÍCH, YÊU CẦU", "2.1.
    # Văn phòng Sở") or names them ("Phần I."), as no Roman heading does: set by the first
    arabic_top = False
    pending_part = False                # "PHẦN I" alone: its title is the next line

    def section() -> str:
        if zone == "recipients":
            return RECIPIENTS
        if zone == "signature":
            return SIGNATURE
        if not path:
            return FRONT_MATTER if not seen_roman else ""
        return " > ".join(label for _, label in path)

    def push(level: int, label: str) -> None:
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, label))

    in_table = False
    for para in (p.strip() for p in clean.split("\n")):
        if not para:
            continue
        was_in_table, in_table = in_table, _is_row(para)
        if not in_table:
            while path and path[-1][0] == _GROUP_LEVEL:    # the table ended: so did its groups
                path.pop()
        elif was_in_table and zone == "body":
            group = table_group(para)
            if group:
                push(_GROUP_LEVEL, group)
                continue
        if _APPENDIX_RE.match(para) and len(para) <= _MAX_APPENDIX_LINE_CHARS and (zone != "front" or seen_roman):
            # "PHỤ LỤC I" after the signature: its tables and deadlines are content again,
            # never part of the signer's lines.
            zone = "body"
            seen_roman = True
            path.clear()
            push(1, heading_label("", para).lstrip(". ").strip() or APPENDIX)
            continue
        if zone in ("recipients", "signature") and (para.count(" | ") >= 2 or (
                _ROMAN_RE.match(para) and _is_heading_text(_ROMAN_RE.match(para).group("rest"))
                and para.upper() == para)):
            # a table or an upper-case Roman heading after the closing starts an appendix
            zone = "body"
            path.clear()
            push(1, APPENDIX)
        if _RECIPIENTS_RE.match(para):
            zone = "recipients"
            rest = _RECIPIENTS_RE.sub("", para).strip(" :-")
            if rest:
                blocks.append(Block(RECIPIENTS, rest))
            continue
        if zone != "recipients" and _SIGN_TITLE_RE.match(para) and (zone != "front" or seen_roman):
            zone = "signature"
            blocks.append(Block(SIGNATURE, para))
            continue
        if zone in ("recipients", "signature"):
            if zone == "recipients" and (_SIGN_TITLE_RE.match(para) or not para.startswith(("-", "+", "•"))):
                zone = "signature"
            blocks.append(Block(section(), para))
            continue
        if _CLOSING_RE.match(para):
            path.clear()
            blocks.append(Block(CLOSING_SECTION, para))
            continue

        if pending_part:
            pending_part = False
            if _is_caps(para) and _is_heading_text(para):
                push(1, f"{path[-1][1]}. {para}")
                continue
        m = _PART_RE.match(para)
        if m and _is_heading_text(para):
            seen_roman = True
            zone = "body"
            push(1, _part_label(m))
            pending_part = not m.group("rest")
            continue
        m = _ROMAN_RE.match(para)
        if m and _is_heading_text(m.group("rest")):
            seen_roman = True
            zone = "body"
            push(1, heading_label(m.group("num"), m.group("rest")))
            continue
        m = _ARABIC_RE.match(para)
        if (m and "." not in m.group("num") and _is_caps(m.group("rest")) and _is_heading_text(m.group("rest"))
                and (arabic_top or not seen_roman)):
            arabic_top = seen_roman = True
            zone = "body"
            push(1, heading_label(m.group("num"), m.group("rest")))
            continue
        if m and not re.match(r"^\d{1,2}[./]\d{1,2}[./]\d", para) and (seen_roman or zone == "body"):
            level = 2 + m.group("num").count(".")
            label = heading_label(m.group("num"), m.group("rest"))
            push(level, label)
            if not _is_heading_text(m.group("rest")) or label.endswith("…") or _DATE_RE.search(para):
                # A long numbered paragraph (or one that carries a date) is both a
                # section start and content.
                blocks.append(Block(section(), para))
            continue
        m = _LETTER_RE.match(para)
        if m and seen_roman:
            label = heading_label(m.group("num") + ")", m.group("rest"))
            push(4, label)
            if not _is_heading_text(m.group("rest")) or label.endswith("…") or _DATE_RE.search(para):
                blocks.append(Block(section(), para))
            continue
        blocks.append(Block(section(), para))
    return blocks
