"""Read a plan's own description of itself: number, issuer, date, year, title, signer.

The layout is the national standard for administrative documents (Nghị định 30/2020/NĐ-CP):
a two-column header (issuing body under its parent | the motto), "Số: 45/KH-SNV" under the
left column, the place-date line under the right one, the type ("KẾ HOẠCH") and the summary
on their own lines, and at the end "Nơi nhận:" and the signature block. Word files keep the
header in a table (read column by column by reading.py), web copies flatten it into "a | b"
rows and add a metadata box ("Số hiệu | 35/KH-UBND | Loại văn bản | Kế hoạch"), PDFs put
each part on its own line. Each is read into the same cells first (`header_cells`).

What the layout does not give is taken, in this order, from the legal site's box, then from
the prose ("Ngày 05/3/2024, UBND huyện X ban hành Kế hoạch số 35/KH-UBND về ..."). A blank
number (`Số: /KH-SCT`) or date (`ngày tháng năm 2024`) stays unknown.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .casing import NameCasing, in_capitals
from .letterhead import (continues_title, ends_at_level, is_rule, letterhead_names, place_after_level,
                         without_rules)
from .lexicon import phrase_alternation, table, word_list
from .models import Block, DocumentMeta
from .structure import FRONT_MATTER, RECIPIENTS, SIGNATURE

#: How many front-matter paragraphs can hold the header (the box adds a few).
_HEAD_LINES = 30
_MAX_CLOSING_LINES = 40
_MAX_TITLE_CHARS = 300
# Header cells are short: a longer cell is body text that happens to match a header pattern.
#: longest "Số: ..." line and longest letterhead line
_MAX_HEADER_CELL_CHARS = 120
#: longest "<place>, ngày ... tháng ... năm ..." line
_MAX_DATE_LINE_CHARS = 90
#: the opening paragraphs searched for the sentence that introduces the plan ("Ngày ..., X ban hành")
_INTRO_BLOCKS = 40
#: a web page's headline, when nothing else gives a title, is a first line of this length (exclusive)
_HEADLINE_CHARS = (10, 160)
#: the plan's opening text searched with its title for the issuer's full name
_CONTEXT_CHARS = 3000

_KINDS = {row[0]: row[1] for row in table("document_kinds.tsv")}
_KIND_RE = re.compile(r"^(?P<kind>" + "|".join(map(re.escape, sorted(_KINDS, key=len, reverse=True)))
                      + r")(?![\w])\s*[:.]?\s*(?P<rest>.*)$", re.IGNORECASE)
_LABELS = {row[0]: row[1] for row in table("metadata_labels.tsv")}
_LABEL_RE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, sorted(_LABELS, key=len, reverse=True)))
                       + r")\s*:\s*(?P<value>.*)$", re.IGNORECASE)
def _words(kind: str) -> str:
    """One kind of index/data/metadata_words.tsv as a regex alternation (spaces as written)."""
    return phrase_alternation("metadata_words.tsv", kind, space=" ")


_MOTTO_RE = re.compile("|".join(re.escape(m) for m in word_list("mottos.txt")), re.IGNORECASE)

#: "Số: 45/KH-SNV", "Số 12-KH/ĐU", "Số: 01/2024/QĐ-UBND", "Số: /KH-SCT" (blank).
_NUMBER_LINE_RE = re.compile(r"^Số\s*(?:hiệu|ký hiệu)?\s*[:.]?\s*(?P<num>[^\s|]*)(?P<rest>.*)$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^\d{1,5}(?:/\d{4})?[-/][A-ZĐ][\w&.\-/]*$")
_PROSE_NUMBER_RE = re.compile(
    r"(?<![\w])(?:" + _words("numbered-kind") + r")\s+số\s*:?\s*"
    r"(?P<num>\d{1,5}(?:/\d{4})?[-/][A-ZĐ][\w&.\-/]*[\wĐ])")
_HEADER_DATE_RE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)")
_PLACE_RE = re.compile(r"^(?P<place>[A-ZĐÀ-Ỹ][^\d,|]{1,40}),\s*ngày", re.UNICODE)
_BODY_START_RE = re.compile(
    r"^(?:" + _words("body-start") + r"|Ngày\s+\d|[IVXLC]{1,6}[.\-]\s|\d{1,2}[.)\-]\s|"
    r"(?:" + _words("cites") + r") (?:" + _words("cited-kind") + r")\b)")
#: Where the title block ends: the body's first line, or a part heading ("Phần I", "Mục 1").
_TITLE_END_RE = re.compile(_BODY_START_RE.pattern + r"|^(?:" + _words("part-heading")
                           + r")\s+(?:[IVXLC]{1,6}|\d{1,2})\b")
_INTRO_VERB = (r"(?:\s*\([^)]{1,20}\))?\s+(?:" + _words("intro-verb") + r")\s+"
               r"(?:" + _words("intro-object") + r")")
#: "Sở Lao động, Thương binh và Xã hội xây dựng Kế hoạch ...": the sentence's subject (commas allowed)
_INTRO_START_RE = re.compile(r"^(?P<issuer>[A-ZĐÀ-Ỹ][^.;:\d]{2,150}?)" + _INTRO_VERB)
#: "Thực hiện Hướng dẫn số 05-HD ngày ..., Đảng ủy xã xây dựng kế hoạch": the clause before the verb
_INTRO_RE = re.compile(r"(?:^|[,;:]\s+)(?P<issuer>[A-ZĐÀ-Ỹ][^.;:,\d]{2,150}?)" + _INTRO_VERB)
_PROSE_TITLE_RE = re.compile(r"ban hành (?:" + _words("summary-kind") + r")[^,.;]{0,30}?\s(?:"
                             + _words("summary-about") + r")\s+"
                             r"(?P<title>[^.;]{5,200})", re.IGNORECASE)
_PROSE_DATE_RE = re.compile(r"^Ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*,")
_YEAR_RE = re.compile(r"\bnăm\s+(20\d{2}|19\d{2})\b")
_ANY_YEAR_RE = re.compile(r"\b(20\d{2})\b")
# "K' Brôl", "K'Brôl", "Y Ngọc": highland names write an initial with an apostrophe
_SYLLABLE = r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|[A-ZĐ]|[A-Z][a-zà-ỹđ]*['’](?:[A-Za-zĐÀ-Ỹà-ỹđ][a-zà-ỹđ]*)?)"
_NAME_RE = re.compile(r"^" + _SYLLABLE + r"(?:\s+" + _SYLLABLE + r"){1,5}$")
_SIGNED_RE = re.compile(r"^\(?\s*(?:" + _words("signed") + r")[^)]*\)?$", re.IGNORECASE)
#: "Đại tá Nguyễn Văn A": the rank is the signer's title, the rest the name
_RANK_RE = re.compile(r"^(?P<rank>" + _words("rank") + r")\s+(?P<name>\S.*)$", re.IGNORECASE)
#: "Kế hoạch ... năm 2025 của Sở Xây dựng": the issuer at the end of a title
_TITLE_ISSUER_RE = re.compile(r"\bcủa\s+((?:" + _words("title-issuer") + r")[^,.;]{2,80})$")
_PEOPLES_COMMITTEE_RE = re.compile(r"^(?:Ủy|Uỷ) ban nhân dân\b", re.IGNORECASE)
_PLACE_NAME_RE = r"((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3})"

def _normalize_issuer(issuer: str, context: str) -> str:
    issuer = re.sub(r"\s*\([^)]{1,20}\)\s*$", "", issuer.strip())
    issuer = re.sub(r"\s+", " ", issuer).strip(" ,;:-|")
    if _PEOPLES_COMMITTEE_RE.match(issuer):
        rest = _PEOPLES_COMMITTEE_RE.sub("", issuer).strip()
        # `Ủy ban nhân dân thành phố` + `trên địa bàn thành phố Bến Tre` in the title.
        if rest and rest.split()[-1].islower():
            m = re.search(re.escape(rest) + r" " + _PLACE_NAME_RE, context)
            if m:
                rest = f"{rest} {m.group(1)}"
        issuer = f"UBND {rest}".strip()
    return issuer


def header_cells(lines: list[str]) -> list[str]:
    """The header's parts, one per cell, whatever the layout: "a | b" rows split, the
    motto cut out of a line it shares with the issuer, the number cut from the date."""
    cells: list[str] = []
    for line in lines:
        for cell in line.split("|"):
            cell = without_rules(cell.strip())
            if not cell:
                continue
            pieces = [q for p in _MOTTO_RE.split(cell) for q in _split_place_date(p.strip(" -–"))]
            cells += [p for p in pieces if p]
            if len(pieces) > 1 or _MOTTO_RE.fullmatch(cell):
                cells.append("\x00motto")      # keeps the place of the right column
    return cells


def _split_place_date(cell: str) -> list[str]:
    """A letterhead line and the place-date beside it, when a plain-text copy put the two
    columns on one line ("XÂY DỰNG CÁC CÔNG TRÌNH An Phú, ngày 05 tháng 01 năm 2026")."""
    words = cell.split(" ")
    for i in range(1, len(words)):
        if not in_capitals(words[i]):
            head, rest = " ".join(words[:i]), " ".join(words[i:])
            return [head, rest] if in_capitals(head) and _PLACE_RE.match(rest) else [cell]
    return [cell]


def _parse_date(d: str | None, m: str | None, y: str | None) -> date | None:
    try:
        return date(int(y), int(m), int(d)) if d and m and y else None
    except ValueError:
        return None


def _number(value: str) -> str | None:
    num = re.sub(r"\s+", "", value).strip(".,;")
    return num if _NUMBER_RE.match(num) else None


def _read_box(cells: list[str], meta: DocumentMeta) -> dict[str, str]:
    """The legal site's box: "Số hiệu:" then its value, in one cell or the next."""
    box: dict[str, str] = {}
    for i, cell in enumerate(cells):
        m = _LABEL_RE.match(cell)
        if not m:
            continue
        field_name = _LABELS[m.group("label").lower()]
        value = m.group("value").strip() or (cells[i + 1] if i + 1 < len(cells) else "")
        if field_name != "-" and field_name not in box and not _LABEL_RE.match(value):
            box[field_name] = value.strip()
    return box


def extract_metadata(blocks: list[Block], clean_text: str) -> DocumentMeta:
    """Derive document metadata from the cleaned text and its blocks."""
    meta = DocumentMeta()
    front = [b.text for b in blocks if b.section == FRONT_MATTER][:_HEAD_LINES]
    cells = header_cells(front or clean_text.split("\n")[:_HEAD_LINES])
    box = _read_box(cells, meta)

    letterhead: list[str] = []
    title_parts: list[str] = []
    in_title = seen_kind = False
    idx = -1
    while idx + 1 < len(cells):
        idx += 1
        cell = cells[idx]
        if cell == "\x00motto" or _LABEL_RE.match(cell) or cell in box.values():
            continue
        if is_rule(cell):
            in_title = False if title_parts else in_title     # the rule under the title ends it
            continue
        if in_title:
            if continues_title(cell, title_parts, _TITLE_END_RE, _MAX_TITLE_CHARS):
                title_parts.append(cell)     # a summary wraps over one to four lines
                continue
            in_title = False
        m = _NUMBER_LINE_RE.match(cell)
        if m and meta.number is None and len(cell) < _MAX_HEADER_CELL_CHARS and not title_parts:
            meta.number = _number(m.group("num"))
            rest = m.group("rest").strip(" |")
            if rest.startswith(("V/v", "v/v")):
                meta.kind = "Công văn"
                title_parts.append(rest)
            elif rest:
                cells.insert(idx + 1, rest)     # "Số: 30/2018/QĐ-UBND  Hải Phòng, ngày ..."
            seen_kind = seen_kind or bool(letterhead)
            continue
        m = _HEADER_DATE_RE.search(cell)
        if m and len(cell) < _MAX_DATE_LINE_CHARS and meta.year is None:
            place = _PLACE_RE.match(cell)
            if place:
                meta.place = place.group("place").strip()
            meta.issued_on = _parse_date(m.group("d"), m.group("m"), m.group("y"))
            meta.year = int(m.group("y"))
            continue     # the right column's: the left one's lines may still follow
        if cell.startswith(("V/v", "v/v")) and not title_parts:
            meta.kind = "Công văn"
            title_parts.append(cell)
            continue
        m = _KIND_RE.match(cell)
        if m and not title_parts and (cell[: len(m.group("kind"))].isupper() or not m.group("rest")):
            meta.kind = _KINDS[m.group("kind").upper()]
            rest = m.group("rest").strip()
            if rest:
                title_parts.append(rest)
            in_title = seen_kind = True
            continue
        if (not seen_kind and cell == cell.upper() and any(ch.isalpha() for ch in cell)
                and len(cell) < _MAX_HEADER_CELL_CHARS
                and not _BODY_START_RE.match(cell)):
            letterhead.append(cell)

    meta.title = _bounded(" ".join(title_parts).strip())
    context = meta.title + "\n" + clean_text[:_CONTEXT_CHARS]
    names = letterhead_names([ln for ln in letterhead if not _NUMBER_LINE_RE.match(ln)])
    meta.issuer = names.issuer
    _fallbacks(meta, box, blocks, clean_text, context)
    casing = NameCasing(clean_text)
    if names.parent:
        meta.parent = _normalize_issuer(casing.case(names.parent), context)
    if meta.issuer:
        # a letterhead is in capitals: the name as the document itself writes it
        meta.issuer = _with_place(_normalize_issuer(casing.case(meta.issuer), context),
                                  [meta.parent or "", casing.case(meta.title)])
    meta.year = plan_year(meta, clean_text)
    _closing(meta, blocks, box)
    return meta


def _bounded(title: str) -> str:
    """A summary is a line or two: a kind word glued to a whole paragraph ("KẾ HOẠCH" joined
    to a text without line breaks) must not make a title of it (it is embedded with every
    chunk of the document)."""
    if len(title) <= _MAX_TITLE_CHARS:
        return title
    cut = title[:_MAX_TITLE_CHARS]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") if " " in cut else cut


def _with_place(issuer: str, sources: list[str]) -> str:
    """An issuer ending in a level of government ("… tỉnh") gets the place written after
    that level in the letterhead's managing body or in the title ("… tỉnh An Phú"); the
    body's text is not asked (it names other places: the bodies it cites, where it reports)."""
    level = ends_at_level(issuer)
    place = place_after_level(level, sources) if level else None
    return f"{issuer} {place}" if place else issuer


def _fallbacks(meta: DocumentMeta, box: dict[str, str], blocks: list[Block], clean_text: str,
               context: str) -> None:
    """What the layout did not give: the legal site's box, then the plan's own prose."""
    if meta.number is None and box.get("number"):
        meta.number = _number(box["number"])
    if meta.issued_on is None and box.get("issued_on"):
        m = _NUMERIC_DATE_RE.search(box["issued_on"])
        if m:
            meta.issued_on = _parse_date(m.group("d"), m.group("m"), m.group("y"))
    prose = [b.text for b in blocks[:_INTRO_BLOCKS] if not b.text.startswith("Căn cứ")]
    intro = next((m for line in prose for m in [_INTRO_START_RE.match(line), _INTRO_RE.search(line)]
                  if m and not m.group("issuer").startswith(("Thực hiện", "Căn cứ", "Ngày"))), None)
    if not meta.issuer and intro:
        meta.issuer = intro.group("issuer")
    if not meta.issuer and box.get("issuer"):
        meta.issuer = box["issuer"]
    if not meta.issuer:
        m = _TITLE_ISSUER_RE.search(meta.title)
        if m:
            meta.issuer = m.group(1)
    if intro is not None and (meta.number is None or meta.issued_on is None or not meta.title):
        # "Ngày 05/3/2024, UBND huyện X ban hành Kế hoạch số 35/KH-UBND về ...": a summary
        line = intro.string
        if meta.number is None:
            m = _PROSE_NUMBER_RE.search(line, intro.end() - 20)
            meta.number = m.group("num") if m and m.start() - intro.end() < 20 else None
        if meta.issued_on is None and (m := _PROSE_DATE_RE.match(line)):
            meta.issued_on = _parse_date(m.group("d"), m.group("m"), m.group("y"))
        if not meta.title and (m := _PROSE_TITLE_RE.search(line)):
            meta.title = m.group("title").strip()[:1].upper() + m.group("title").strip()[1:]
    if meta.number is None and not box:
        # a dispatch or summary naming its own number only in the prose ("văn bản số 2539/UBND-SNV")
        m = _PROSE_NUMBER_RE.search(" ".join(prose[:3]))
        if m and meta.issuer and _code_of(meta.issuer, m.group("num")):
            meta.number = m.group("num")
    if not meta.title and blocks and not (meta.number or meta.issued_on or box):
        first = blocks[0].text
        if _HEADLINE_CHARS[0] < len(first) < _HEADLINE_CHARS[1] and not first.endswith((".", ":", ";")) and not _BODY_START_RE.match(first):
            meta.title = first      # a web page's headline


def _code_of(issuer: str, number: str) -> bool:
    """Does the number's issuing-body code fit the issuer ("UBND" in "35/KH-UBND")?"""
    code = number.rsplit("-", 1)[-1].rsplit("/", 1)[-1]
    initials = "".join(w[0] for w in issuer.split() if w[:1].isalpha()).upper()
    return code.upper() in issuer.upper() or code.upper().startswith(initials[:2])


def plan_year(meta: DocumentMeta, clean_text: str) -> int | None:
    """The plan's year: the title's "năm 2025" unless the issue date and the deadlines
    written with a year both disagree with it; else the issue date's; else the text's."""
    from .dates import find_due_dates

    title_year = int(m.group(1)) if (m := _YEAR_RE.search(meta.title)) else None
    issued_year = meta.issued_on.year if meta.issued_on else meta.year
    if title_year and issued_year and title_year != issued_year:
        years = Counter(d.date.year for d in find_due_dates(clean_text, None) if d.date and d.year_explicit)
        if years[issued_year] > years[title_year]:
            return issued_year
        return title_year
    if title_year or issued_year:
        return title_year or issued_year
    years = Counter(int(y) for y in _YEAR_RE.findall(clean_text))
    if years:
        return years.most_common(1)[0][0]
    years = Counter(int(y) for y in _ANY_YEAR_RE.findall(clean_text))
    return max(years) if years else None


def _closing(meta: DocumentMeta, blocks: list[Block], box: dict[str, str]) -> None:
    """Recipients and the signature block; the signer's name from the box as a fallback."""
    # bounded: what follows "Nơi nhận:" may be a whole unformatted document
    meta.recipients = [b.text.lstrip("-+• ").rstrip(";,. ")[:200]
                       for b in blocks if b.section == RECIPIENTS][:_MAX_CLOSING_LINES]
    sign_lines = [b.text[:120].strip() for b in blocks if b.section == SIGNATURE][:_MAX_CLOSING_LINES]
    sign_lines = [ln for ln in sign_lines if ln and not _SIGNED_RE.match(ln)]
    titles: list[str] = []
    names: list[str] = []
    for ln in sign_lines:
        ranked = _RANK_RE.match(ln)
        if ranked and _NAME_RE.match(ranked.group("name")):
            titles.append(ranked.group("rank"))
            names.append(ranked.group("name"))
        else:
            (names if _NAME_RE.match(ln) else titles).append(ln)
    if titles:
        meta.signer_title = " ".join(titles[:4])
    if names:
        meta.signer = names[-1]
    elif box.get("signer") and _NAME_RE.match(box["signer"]):
        meta.signer = box["signer"]
