"""Structure-aware chunks: consecutive paragraphs of one section, well under the model's
512-token window, never splitting a sentence (so a deadline sentence stays whole).

Each chunk keeps its heading path; the text that is embedded also carries the plan's
title, issuer and year, so a passage about "Văn phòng" still says whose Văn phòng.
"""
from __future__ import annotations

import hashlib
import re

from .models import Block, Chunk, DocumentMeta
from .structure import FRONT_MATTER, RECIPIENTS, SIGNATURE

#: ~190 e5 tokens for 150 Vietnamese words; 170 words stays far below 512 with the header.
MAX_WORDS = 170
MIN_WORDS = 40

_SENTENCE_END_RE = re.compile(r"(?<=[.;!?])\s+(?=[-+•]?\s*[A-ZĐÀ-Ỹ0-9“\"(])")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph at sentence ends (`. `/`; ` before an upper-case start)."""
    parts = [p.strip() for p in _SENTENCE_END_RE.split(text) if p.strip()]
    return parts or [text]


def _word_count(text: str) -> int:
    return len(text.split())


def _split_long(text: str) -> list[str]:
    """Break one over-long paragraph into sentence-aligned pieces."""
    pieces: list[str] = []
    current: list[str] = []
    for sentence in split_sentences(text):
        if current and _word_count(" ".join(current + [sentence])) > MAX_WORDS:
            pieces.append(" ".join(current))
            current = []
        current.append(sentence)
    if current:
        pieces.append(" ".join(current))
    return pieces


def chunk_blocks(blocks: list[Block], meta: DocumentMeta) -> list[Chunk]:
    """Group blocks into chunks; recipients and signature form one chunk of their own."""
    chunks: list[Chunk] = []
    current_section: str | None = None
    current: list[str] = []

    def flush() -> None:
        if current and current_section is not None:
            chunks.append(Chunk(ordinal=len(chunks), section=current_section, text="\n".join(current)))
        current.clear()

    closing: list[str] = []
    for block in blocks:
        if block.section in (RECIPIENTS, SIGNATURE):
            closing.append(block.text)
            continue
        for piece in _split_long(block.text) if _word_count(block.text) > MAX_WORDS else [block.text]:
            same = block.section == current_section
            if not same or _word_count("\n".join(current + [piece])) > MAX_WORDS:
                # a short tail of the same section merges rather than standing alone
                flush()
                current_section = block.section
            current.append(piece)
    flush()

    closing_text = _closing_text(meta, closing)
    if closing_text:
        chunks.append(Chunk(ordinal=len(chunks), section=f"{RECIPIENTS}; {SIGNATURE}", text=closing_text))
    return chunks


def _closing_text(meta: DocumentMeta, closing_lines: list[str]) -> str:
    """The recipient list and the signature, written out so questions about them match."""
    lines: list[str] = []
    if meta.recipients:
        lines.append("Nơi nhận: " + "; ".join(meta.recipients) + ".")
    signer = meta.signer or "(không ghi tên người ký)"
    if meta.signer_title or meta.signer:
        lines.append(f"Người ký: {signer}" + (f" — {meta.signer_title}" if meta.signer_title else "") + ".")
    if not lines and closing_lines:
        lines = closing_lines
    return "\n".join(lines)


def embed_text(chunk: Chunk, meta: DocumentMeta) -> str:
    """What the dense model sees: the document's identity, the section, then the text."""
    head = meta.citation()
    if meta.title:
        head += f": {meta.title}"
    section = "" if chunk.section == FRONT_MATTER else f"{chunk.section}. "
    return f"{head}. {section}{chunk.text}"


def content_hash(text: str) -> str:
    """Key of the embedding cache: unchanged text is never embedded twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
