"""Property-based fuzzing (hypothesis) of everything that reads untrusted input.

Uploaded files and typed questions come from outside; these properties say that no input,
however odd, makes the pipeline raise anything but the typed errors the CLI and the bot
turn into Vietnamese messages, and that the invariants later stages rely on hold:

- `read_bytes(data, suffix)` raises only `DocumentError` subclasses, whatever the bytes
  (random, with a real format's magic prefix, or a real .docx/.pdf with bytes flipped);
  when it succeeds the text is NFC and non-blank;
- `clean_text` is idempotent and leaves no markdown debris the next pass would remove;
- `split_blocks` / `extract_metadata` / `chunk_blocks` / `extract_obligations` never
  crash; chunks are non-empty, numbered in order, and lose or duplicate no words;
- `analyze` keeps questions at most 500 characters, without control characters;
- `find_due_dates` returns real dates (or None), at offsets inside the text, in order.
"""
from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.chunking import MAX_CHARS, chunk_blocks
from index.cleaning import clean_text
from index.dates import find_due_dates
from index.errors import DocumentError
from index.metadata import extract_metadata
from index.obligations import extract_obligations
from index.question import MAX_QUESTION_CHARS, analyze
from index.reading import SUPPORTED_SUFFIXES, read_bytes
from index.structure import RECIPIENTS, SIGNATURE, split_blocks
from tests.support.documents import docx_bytes, pdf_bytes

#: 150 examples per property keeps the file fast; QCDC_FUZZ_EXAMPLES=5000 for a deeper run.
FUZZ = settings(max_examples=int(os.environ.get("QCDC_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- strategies
#: Pieces of real plans: cues, dates, headings, debris, signature and recipient blocks,
#: so generated text reaches the interesting branches, not only the "no match" path.
PLAN_PIECES = [
    "KẾ HOẠCH", "Thực hiện Quy chế dân chủ ở cơ sở năm 2024", "Số: 15/KH-SNV", "Số: /KH-SNN",
    "Tây Ninh, ngày 10 tháng 01 năm 2025", "ngày tháng năm 2024", "UBND TỈNH TÂY NINH", "SỞ NỘI VỤ",
    "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng Sở", "2.1. ",
    "a) ", "b) ", "- ", "+ ", "• ", "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
    "Trên đây là Kế hoạch", "Căn cứ Luật", "báo cáo 6 tháng", "báo cáo năm", "gửi về Sở Nội vụ",
    "(qua Văn phòng)", "trước ngày 20/5", "trước ngày 05/6 và ngày 10/11 của năm", "chậm nhất ngày",
    "hạn cuối", "không muộn hơn ngày 31/2/2024", "ngày 10 tháng 6 năm 2025", "trong tháng 12",
    "trong quý III", "trước tháng 6", "ngày 15 hằng tháng", "định kỳ 6 tháng, năm", "tính đến ngày",
    "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023", "Kết luận số 120-", "KL/TW", "**", "***", "###",
    "_{HN}", "*đ*", "_", "{", "}", "#", "*", "/", "-", ".", ";", ":", "\n", "\n\n", "\r\n", "\f", "\t",
    " ", "  ", "\u00a0", "\u200b", "\ufeff", "0", "9", "31", "13", "99/99/9999", "00/00", "29/2",
    "2199", "1899", "năm 0000", "tháng 13", "quý 5", "của", "và", "hoặc", "Phòng", "Đảng ủy",
    "a\u0301", "A\u0323\u0302", "đ", "Ỹ", "Ω", "𠀀", "\x00", "\x07", "\u2028", "\ud7ff",
]
plan_like_text = st.lists(
    st.one_of(st.sampled_from(PLAN_PIECES), st.text(max_size=8)), max_size=80,
).map("".join)
any_text = st.one_of(st.text(max_size=400), plan_like_text)


def _docx_bytes() -> bytes:
    return docx_bytes("KẾ HOẠCH\nThực hiện Quy chế dân chủ năm 2025\nI. MỤC ĐÍCH\n"
                      "- Văn phòng báo cáo Sở Nội vụ trước ngày 20/5/2025.")


def _pdf_bytes() -> bytes:
    return pdf_bytes("KE HOACH nam 2025\nBao cao truoc ngay 20/5/2025 gui So Noi vu")


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


VALID_DOCX = _docx_bytes()
VALID_PDF = _pdf_bytes()


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """A real file with a few bytes overwritten, a slice cut out, or its tail truncated."""
    data = bytearray(original)
    kind = draw(st.sampled_from(["flip", "cut", "truncate"]))
    if kind == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if kind == "cut":
        a = draw(st.integers(0, len(data)))
        b = draw(st.integers(a, min(len(data), a + 4096)))
        return bytes(data[:a] + data[b:])
    for _ in range(draw(st.integers(1, 12))):
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    return bytes(data)


MAGIC = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\xef\xbb\xbf",
         b"\xff\xfe", b"\xfe\xff", b"MZ", b"\x89PNG\r\n\x1a\n", b"\x00"]
untrusted_bytes = st.one_of(
    st.binary(max_size=2048),
    st.builds(lambda magic, rest: magic + rest, st.sampled_from(MAGIC), st.binary(max_size=2048)),
    # text in many encodings, as users' editors save it
    st.builds(lambda t, enc: t.encode(enc, errors="ignore"), any_text,
              st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "latin-1"])),
    # zips that are almost a docx
    st.builds(lambda body: _zip_bytes({"[Content_Types].xml": body, "word/document.xml": body}),
              st.binary(max_size=512)),
    mutated(VALID_DOCX),
    mutated(VALID_PDF),
)


# --------------------------------------------------------------------------- reading
@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@FUZZ
@given(data=untrusted_bytes)
def test_read_bytes_raises_only_document_errors(suffix: str, data: bytes) -> None:
    try:
        text = read_bytes(data, suffix)
    except DocumentError as exc:
        # every refusal carries a Vietnamese message for the user
        assert re.search(r"[à-ỹđĐ]", exc.user_message), exc.user_message
        return
    assert text.strip()
    assert unicodedata.is_normalized("NFC", text)


@FUZZ
@given(data=untrusted_bytes, suffix=st.sampled_from([".exe", ".zip", ".png", ".doc", "", ".PDF", ".Docx"]))
def test_read_bytes_other_suffixes(data: bytes, suffix: str) -> None:
    """Unsupported suffixes are refused whatever the bytes; supported ones in upper case
    are treated like lower case."""
    try:
        read_bytes(data, suffix)
    except DocumentError:
        return
    assert suffix.lower() in SUPPORTED_SUFFIXES


# --------------------------------------------------------------------------- cleaning
_DEBRIS_RE = re.compile(r"^\s{0,3}#{1,6}|_\{[^}\n]{0,20}\}|\*", re.MULTILINE)


@FUZZ
@given(raw=any_text)
def test_clean_text_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u200b" not in once
    assert not _DEBRIS_RE.search(once), "markdown debris survived cleaning"
    for paragraph in once.split("\n\n") if once else []:
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph


@pytest.mark.parametrize("raw", [
    "# # Tiêu đề",            # a heading mark under a heading mark
    "#########•",              # more than six marks
    "__{a}{b} văn bản",        # a typist-initials subscript hidden in another
    "*# KẾ HOẠCH",             # emphasis before a heading mark
    "x _{ab\nc} y",            # a subscript cut by a line break
])
def test_clean_text_idempotent_on_found_counterexamples(raw: str) -> None:
    """Inputs hypothesis found where one cleaning pass left debris for a second pass."""
    once = clean_text(raw)
    assert clean_text(once) == once


# --------------------------------------------------------------------------- structure
def _words(texts: list[str]) -> list[str]:
    return " ".join(texts).split()


@FUZZ
@given(raw=any_text)
def test_parsing_pipeline_never_crashes_and_keeps_every_word(raw: str) -> None:
    clean = clean_text(raw)
    blocks = split_blocks(clean)
    assert all(b.text.strip() and isinstance(b.section, str) for b in blocks)
    meta = extract_metadata(blocks, clean)
    assert meta.year is None or isinstance(meta.year, int)
    assert meta.issued_on is None or isinstance(meta.issued_on, date)
    assert isinstance(meta.citation(), str)

    chunks = chunk_blocks(blocks, meta)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(c.text.strip() for c in chunks), "empty chunk"
    closing = f"{RECIPIENTS}; {SIGNATURE}"
    body_blocks = [b.text for b in blocks if b.section not in (RECIPIENTS, SIGNATURE)]
    body_chunks = [c.text for c in chunks if c.section != closing]
    assert _words(body_chunks) == _words(body_blocks), "chunking lost or duplicated words"

    for ob in extract_obligations(blocks, meta.year, meta.issuer):
        assert ob.due_on is None or isinstance(ob.due_on, date)
        assert isinstance(ob.who, str) and isinstance(ob.what, str) and isinstance(ob.to_whom, str)


# --------------------------------------------------------------------------- questions
questions = st.one_of(
    st.text(max_size=700),
    plan_like_text,
    st.builds(lambda t, n: t * n, st.text(min_size=1, max_size=20), st.integers(1, 600)),
)


@FUZZ
@given(raw=questions)
def test_analyze_bounds_and_cleans_questions(raw: str) -> None:
    a = analyze(raw)
    assert len(a.text) <= MAX_QUESTION_CHARS
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", a.text)
    assert a.text == a.text.strip()
    assert isinstance(a.intent, str) and a.intent
    assert all(t and " " not in t for t in a.match_tokens)
    assert all(str(y) in a.text for y in a.years)


# --------------------------------------------------------------------------- dates
@FUZZ
@given(text=any_text, default_year=st.one_of(st.none(), st.integers(-10, 10_000), st.sampled_from([2022, 2024])))
@example(text="trong tháng 12", default_year=0)          # found by this test: no year 0 in a calendar
@example(text="trước tháng 6", default_year=0)
@example(text="trong quý IV", default_year=10_000)
def test_find_due_dates_returns_real_dates_in_order(text: str, default_year: int | None) -> None:
    found = find_due_dates(text, default_year)
    starts = [d.start for d in found]
    assert starts == sorted(starts)
    for d in found:
        assert d.date is None or (isinstance(d.date, date) and 1 <= d.date.month <= 12)
        assert 0 <= d.start < d.end <= len(text)
        assert d.due_text.strip()
        assert d.precision in ("day", "month", "quarter", "week", "relative")
        if d.date is not None and d.year_explicit:
            assert 1900 <= d.date.year <= 2199


# --------------------------------------------------------------------------- size
@pytest.mark.parametrize("raw", [
    "I. NỘI DUNG\n" + "a" * 100_000,                       # a PDF text layer without spaces
    "I. NỘI DUNG\n" + "báo cáo\n" * 12_000,                 # 12,000 lines joined into one paragraph
    "#" * 100_000 + " KẾ HOẠCH",                            # a run of heading marks
    "I. NỘI DUNG\n" + "- Văn phòng gửi báo cáo về Sở Nội vụ trước ngày 20/5/2024.\n" * 1_500,
], ids=["no-spaces", "many-lines", "heading-marks", "many-duties"])
def test_long_inputs_go_through_the_pipeline(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploads may be 20 MB. "no-spaces" took 32 s and "many-lines" 10 s at this size (hours
    at 20 MB) before the e-mail pattern and the cleaner's line joining stopped rescanning text
    they had already passed (quadratic), and a fixed-point cleaner must not turn a run of
    marks into thousands of passes. No time is asserted; the line joiner is checked to look
    at a bounded view of the paragraph, whatever its length."""
    from index import cleaning

    views: list[int] = []
    real = cleaning._should_join
    monkeypatch.setattr(cleaning, "_should_join",
                        lambda prev, nxt: views.append(len(prev)) or real(prev, nxt))
    clean = clean_text(raw)
    assert max(views, default=0) <= 2 * cleaning._VIEW
    blocks = split_blocks(clean)
    meta = extract_metadata(blocks, clean)
    chunks = chunk_blocks(blocks, meta)
    # every character is kept; a word longer than a chunk's bound is cut across chunks
    assert chunks and "".join(_words([c.text for c in chunks])) == "".join(_words([b.text for b in blocks]))
    assert max(len(c.text) for c in chunks) <= MAX_CHARS
    obligations = extract_obligations(blocks, meta.year or 2024, meta.issuer)
    if "20/5/2024" in raw:
        assert obligations and all(o.due_on == date(2024, 5, 20) for o in obligations if o.due_on)
