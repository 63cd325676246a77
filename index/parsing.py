"""Reading a file all the way to rows, before anything is written.

`parse_document` reads, cleans, structures and chunks a file and extracts its
obligations, with no side effects, into typed rows (`index/write_rows.py`);
`document_record` turns the result into the `documents` row; `safe_filename` names an
upload so it cannot leave the corpus.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .chunking import chunk_blocks, content_hash, embed_text
from .cleaning import clean_text
from .clock import now_iso
from .errors import NotAPlanError
from .metadata import extract_metadata
from .models import DocumentMeta
from .ocr import ProgressCallback, ScanReport
from .reading import read_document_result
from .storage import dumps
from .structure import split_blocks
from .vietnamese import lexical_form
from .write_rows import NewChunk, NewDocument, NewObligation

#: Bumped when reading a file gives other rows than before (a new column such as the
#: managing body, text the reader now converts or numbers): stored plans are read again at
#: the next start, their unchanged passages keeping their vectors (index/library.py).
#: 2: deadline tables by column meaning, ruled PDF tables; 3: symbol-font bullets, mixed TCVN3/VNI lines;
#: 4: a wrapped line opening a bracket or quote on a lower-case word ("(qua Phòng …)") joins its sentence;
#: 5: Word numbering, text boxes, the first page's header, table group rows, PDF tables over a page break;
#: 6: an event's own day as its deadline, labels bounded by the previous deadline, "P.TCHC" recipients,
#: village units, "Tháng 6 hằng năm" / "ngày 15 tháng 3" cells, "của" before what a deliverable is about;
#: 7: period-first monthly days, no borrowed task for an item with its own, long unit headings kept apart;
#: 8: "đối với báo cáo …" labels end at the next deadline, "báo cáo định kỳ" kept whole;
#: 9: a plan one spreads is no deliverable (withdrawn in 10); 10: "với <body>" ends a deliverable;
#: 11: "Phần I." parts and Arabic top-level headings, a signer's rank, school years, unit heads
READER_VERSION = "11"


@dataclass
class ParsedDocument:
    """A file read all the way to rows, before anything is written."""

    filename: str
    sha256: str
    meta: DocumentMeta
    chunks: list[NewChunk]
    obligations: list[NewObligation]    # as extracted, before any admin's correction
    scan: ScanReport | None = None     # set when the text was read from page images
    warnings: list[str] = field(default_factory=list)   # what the reader did not recognise



_SAFE_NAME_RE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_filename(name: str) -> str:
    """A file name that cannot leave the corpus directory: basename, no `..`, no odd bytes."""
    base = os.path.basename(name.replace("\\", "/")).strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _SAFE_NAME_RE.sub("_", stem).strip("._") or "tai_lieu"
    suffix = _SAFE_NAME_RE.sub("", suffix).lower()
    stem = stem[:80]
    # File systems limit a name to 255 *bytes*: 80 Vietnamese (3-byte) or CJK (4-byte)
    # characters plus "-N", the suffix and the ".NAME.uploading" temp name could exceed it
    # (OSError "File name too long" instead of a clean upload).
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


def parse_document(path: Path, filename: str | None = None,
                   progress: ProgressCallback | None = None) -> ParsedDocument:
    """Read, clean, structure, chunk a file and extract its obligations (no side effects);
    `progress(page, pages)` follows the OCR of scanned pages."""
    from .obligations import extract_obligations

    read = read_document_result(path, progress)
    clean = clean_text(read.text)
    blocks = split_blocks(clean)
    meta = extract_metadata(blocks, clean)
    chunks = chunk_blocks(blocks, meta)
    if not chunks or sum(len(c.text.split()) for c in chunks) < MIN_WORDS:
        raise NotAPlanError("too little text")
    # No readable document is refused for its structure: what was not recognised becomes
    # a warning the admin sees (issue #11).
    obligations = extract_obligations(blocks, meta.year, meta.issuer, meta.issued_on)
    lex_suffix = " ".join(filter(None, [meta.issuer or "", str(meta.year or "")]))
    chunk_rows = []
    for c in chunks:
        etext = embed_text(c, meta)
        chunk_rows.append(NewChunk(
            ordinal=c.ordinal, section=c.section, text=c.text, embed_text=etext,
            content_hash=content_hash(etext),
            lexical=lexical_form(f"{c.section}\n{c.text}\n{lex_suffix}"),
        ))
    obligation_rows = [NewObligation(
        who=o.who, what=o.what, to_whom=o.to_whom,
        due_on=o.due_on.isoformat() if o.due_on else None,
        due_text=o.due_text, recurrence=o.recurrence, section=o.section, quote=o.quote,
    ) for o in obligations]
    data = Path(path).read_bytes()
    return ParsedDocument(
        filename=filename or Path(path).name,
        sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
        chunks=chunk_rows,
        obligations=obligation_rows,
        scan=read.scan,
        warnings=reading_warnings(meta.number, meta.issuer, meta.issued_on, meta.signer, meta.title,
                                  sum(1 for o in obligations if o.due_on), len(obligations)),
    )


#: Fewer words than this is a note, not a document (refused: nothing to index).
MIN_WORDS = 15


def reading_warnings(number: str | None, issuer: str | None, issued_on: object, signer: str | None,
                     title: str | None, dated: int, obligations: int) -> list[str]:
    """What the reader did not find, in Vietnamese, for the admin to check; the same for a
    fresh upload and for a stored document (`qcdc documents --json`)."""
    out = []
    if not title:
        out.append("Không nhận ra tiêu đề (trích yếu) của văn bản.")
    if not number:
        out.append("Không tìm thấy số, ký hiệu văn bản.")
    if not issuer:
        out.append("Không nhận ra cơ quan ban hành.")
    if not issued_on:
        out.append("Không tìm thấy ngày ban hành.")
    if not signer:
        out.append("Không tìm thấy người ký.")
    if not dated:
        out.append("Không tìm thấy thời hạn nào có ngày cụ thể." if obligations
                   else "Không tìm thấy nhiệm vụ hay thời hạn nào.")
    return out


def document_record(parsed: ParsedDocument) -> NewDocument:
    """The `documents` row for a parsed file (added now)."""
    m = parsed.meta
    return NewDocument(
        filename=parsed.filename, sha256=parsed.sha256, kind=m.kind, number=m.number,
        issuer=m.issuer, issued_on=m.issued_on.isoformat() if m.issued_on else None,
        year=m.year, title=m.title, place=m.place, parent=m.parent, signer=m.signer,
        signer_title=m.signer_title, recipients=dumps(m.recipients),
        citation=m.citation(), added_at=now_iso(),
    )

