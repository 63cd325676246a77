"""Read a plan's own description of itself: number, issuer, date, year, title, signer.

The converted plans lost their letterhead, so the issuer is taken from the sentence in
which the agency introduces its plan ("Sở Nông nghiệp và PTNT xây dựng Kế hoạch ..."),
falling back on an upper-case letterhead line or the title. A blank number
(`Số: /KH-SNN`) or a blank date (`ngày tháng năm 2024`) is kept as unknown, and the plan
year then comes from the title or the text.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .models import Block, DocumentMeta
from .structure import RECIPIENTS, SIGNATURE

_KINDS = {
    "KẾ HOẠCH": "Kế hoạch", "QUYẾT ĐỊNH": "Quyết định", "CÔNG VĂN": "Công văn",
    "HƯỚNG DẪN": "Hướng dẫn", "BÁO CÁO": "Báo cáo", "CHƯƠNG TRÌNH": "Chương trình",
    "THÔNG BÁO": "Thông báo", "QUY CHẾ": "Quy chế", "CHỈ THỊ": "Chỉ thị",
}
_KIND_RE = re.compile(r"^(" + "|".join(_KINDS) + r")\b\s*(?P<rest>.*)$")
_NUMBER_RE = re.compile(r"^Số\s*:?\s*(?P<num>[^\n]*)$", re.IGNORECASE)
_HEADER_DATE_RE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.IGNORECASE
)
_PLACE_RE = re.compile(r"^(?P<place>[A-ZĐÀ-Ỹ][^\d,]{1,40}),\s*ngày", re.UNICODE)
_INTRO_VERB = (
    r"(?:\s*\([^)]{1,20}\))?\s+(?:xây dựng|ban hành|triển khai|thực hiện|lập)\s+"
    r"(?:Kế hoạch|kế hoạch|KẾ HOẠCH|Chương trình|chương trình)")
#: "Thực hiện Hướng dẫn số 05-HD ngày ... của Ban Dân vận Huyện ủy, Đảng ủy xã xây dựng kế hoạch":
#: the issuer is the clause right before the verb.
_INTRO_CLAUSE_RE = re.compile(r"(?:^|[,;]\s+)(?P<issuer>[A-ZĐÀ-Ỹ][^.;:,\d]{2,150}?)" + _INTRO_VERB)
_INTRO_RE = re.compile(
    r"^(?P<issuer>[A-ZĐÀ-Ỹ][^.;:\d]{2,150}?)(?:\s*\([^)]{1,20}\))?\s+"
    r"(?:xây dựng|ban hành|triển khai|thực hiện|lập)\s+(?:Kế hoạch|kế hoạch|KẾ HOẠCH|Chương trình|chương trình)"
)
_LETTERHEAD_RE = re.compile(
    r"^(?:SỞ|ỦY BAN|UỶ BAN|UBND|BAN|TỈNH ĐOÀN|PHÒNG|TRƯỜNG|TRUNG TÂM|CHI CỤC|CÔNG AN|BỘ|"
    r"HỘI|LIÊN ĐOÀN|THÀNH ĐOÀN|HUYỆN ĐOÀN|ĐẢNG ỦY|BỆNH VIỆN|VĂN PHÒNG|THANH TRA|CỤC)\b"
)
_YEAR_RE = re.compile(r"\bnăm\s+(20\d{2}|19\d{2})\b")
_ANY_YEAR_RE = re.compile(r"\b(20\d{2})\b")
_NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,5}$")
_PEOPLES_COMMITTEE_RE = re.compile(r"^(?:Ủy|Uỷ) ban nhân dân\b", re.IGNORECASE)
_PLACE_NAME_RE = r"((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3})"


_MAX_CLOSING_LINES = 40
_PLACE_WORDS = ("huyện", "tỉnh", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn")
_ACRONYMS = {"UBND", "HĐND", "PTNT", "KH&CN", "THPT", "THCS", "MTTQ", "VHTTDL", "TN&MT", "LĐTB&XH", "GD&ĐT", "CNTT"}


def _sentence_case_letterhead(line: str) -> str:
    """`SỞ TÀI CHÍNH` → `Sở Tài chính`; `UBND HUYỆN HÒA THÀNH` → `UBND huyện Hòa Thành`.

    Agency names capitalise their first two words; place names after huyện/tỉnh/xã...
    are proper nouns; known acronyms stay upper-case."""
    words = line.split()
    out: list[str] = []
    proper = False
    for i, w in enumerate(words):
        lower = w.lower()
        if w in _ACRONYMS:
            out.append(w)
            proper = w in ("THPT", "THCS")   # a school's name follows
            continue
        prev2 = " ".join(x.lower() for x in out[-2:]) if len(out) >= 2 else ""
        prev1 = out[-1].lower() if out else ""
        if prev1 in _PLACE_WORDS or prev2 in _PLACE_WORDS:
            proper = True
        if i < 2 and not (out and out[-1] in _ACRONYMS) or proper:
            out.append(lower.capitalize())
        else:
            out.append(lower)
    return " ".join(out)


def _normalize_issuer(issuer: str, context: str) -> str:
    issuer = re.sub(r"\s*\([^)]{1,20}\)\s*$", "", issuer.strip())
    issuer = re.sub(r"\s+", " ", issuer)
    if _PEOPLES_COMMITTEE_RE.match(issuer):
        rest = _PEOPLES_COMMITTEE_RE.sub("", issuer).strip()
        # `Ủy ban nhân dân thành phố` + `trên địa bàn thành phố Tây Ninh` in the title.
        if rest and rest.split()[-1].islower():
            m = re.search(re.escape(rest) + r" " + _PLACE_NAME_RE, context)
            if m:
                rest = f"{rest} {m.group(1)}"
        issuer = f"UBND {rest}".strip()
    return issuer


def extract_metadata(blocks: list[Block], clean_text: str) -> DocumentMeta:
    """Derive document metadata from the cleaned text and its blocks."""
    meta = DocumentMeta()
    front = [b.text for b in blocks if b.section == "Phần mở đầu"][:12]
    head_lines = front or clean_text.split("\n")[:12]

    title_parts: list[str] = []
    for idx, line in enumerate(head_lines):
        m = _NUMBER_RE.match(line)
        if m and meta.number is None and len(line) < 60:
            num = re.sub(r"\s+", "", m.group("num"))
            if num and not num.startswith("/") and re.search(r"\d", num):
                meta.number = num
            continue
        m = _HEADER_DATE_RE.search(line)
        if m and idx < 6 and len(line) < 80 and not title_parts:
            place = _PLACE_RE.match(line)
            if place:
                meta.place = place.group("place").strip()
            if m.group("d") and m.group("m"):
                try:
                    meta.issued_on = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    meta.issued_on = None
            meta.year = int(m.group("y"))
            continue
        m = _KIND_RE.match(line)
        if m and not title_parts:
            meta.kind = _KINDS[m.group(1)]
            rest = m.group("rest").strip()
            if rest:
                title_parts.append(rest)
            else:
                # the title is the next line(s) that do not start the body
                for nxt in head_lines[idx + 1: idx + 3]:
                    if re.match(r"^(Căn cứ|Thực hiện (Kế hoạch|Chỉ thị|Nghị quyết|Công văn|Quyết định))", nxt):
                        break
                    title_parts.append(nxt)
                    if len(" ".join(title_parts)) > 40:
                        break
            continue
        if _LETTERHEAD_RE.match(line) and line == line.upper() and len(line) < 100:
            # the last letterhead line is the issuing agency (the first is often its parent)
            meta.issuer = _sentence_case_letterhead(line)

    meta.title = " ".join(title_parts).strip()
    context = meta.title + "\n" + clean_text[:3000]

    intro_issuer = None
    for line in head_lines:
        if line.startswith("Căn cứ"):
            continue
        m = _INTRO_RE.match(line)
        if m and not m.group("issuer").startswith("Thực hiện"):
            intro_issuer = m.group("issuer")
            break
        m = _INTRO_CLAUSE_RE.search(line)
        if m and not m.group("issuer").startswith("Thực hiện"):
            intro_issuer = m.group("issuer")
            break
    if intro_issuer:
        meta.issuer = intro_issuer
    elif not meta.issuer:
        m = re.search(r"\bcủa\s+((?:Sở|UBND|Ủy ban nhân dân|Ban|Tỉnh đoàn|Phòng|Trường|Trung tâm)[^,.;]{2,80})$", meta.title)
        if m:
            meta.issuer = m.group(1)
    if meta.issuer:
        meta.issuer = _normalize_issuer(meta.issuer, context)

    if meta.year is None:
        m = _YEAR_RE.search(meta.title)
        if m:
            meta.year = int(m.group(1))
    if meta.year is None:
        years = Counter(int(y) for y in _YEAR_RE.findall(clean_text))
        if years:
            meta.year = years.most_common(1)[0][0]
    if meta.year is None:
        years = Counter(int(y) for y in _ANY_YEAR_RE.findall(clean_text))
        if years:
            meta.year = max(years)

    # bounded: what follows "Nơi nhận:" may be a whole unformatted document
    meta.recipients = [b.text.lstrip("-+• ").rstrip(";,. ")[:200]
                       for b in blocks if b.section == RECIPIENTS][:_MAX_CLOSING_LINES]
    sign_lines = [b.text[:120] for b in blocks if b.section == SIGNATURE][:_MAX_CLOSING_LINES]
    titles = [ln for ln in sign_lines if not _NAME_RE.match(ln)]
    names = [ln for ln in sign_lines if _NAME_RE.match(ln)]
    if titles:
        meta.signer_title = " ".join(titles)
    if names:
        meta.signer = names[-1]
    return meta
