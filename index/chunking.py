"""Structure-aware chunks: consecutive paragraphs of one section, well under the model's
512-token window, never splitting a sentence (so a deadline sentence stays whole).

Each chunk keeps its heading path; the text that is embedded also carries the plan's
title, issuer and year, so a passage about "Văn phòng" still says whose Văn phòng.
"""
from __future__ import annotations

import hashlib

from .models import Block, Chunk, DocumentMeta
from .sentences import split_clauses, split_sentences
from .structure import FRONT_MATTER, RECIPIENTS, SIGNATURE

__all__ = ["MAX_CHARS", "MAX_WORDS", "chunk_blocks", "content_hash", "embed_text", "split_sentences"]

#: ~190 e5 tokens for 150 Vietnamese words; 170 words stays far below 512 with the header.
MAX_WORDS = 170
MIN_WORDS = 40

#: Bound on a chunk's characters whatever its words: a "word" of a million letters (text
#: with no spaces) must not become one unbounded chunk (issue #14, item 9).
MAX_CHARS = 1600


def _word_count(text: str) -> int:
    return len(text.split())


def _units(text: str) -> list[str]:
    """Sentences; an over-long one as its clauses; an over-long clause as word windows; an
    over-long word as character windows. Every unit fits MAX_WORDS and MAX_CHARS."""
    out: list[str] = []
    for sentence in split_sentences(text):
        if _word_count(sentence) <= MAX_WORDS and len(sentence) <= MAX_CHARS:
            out.append(sentence)
            continue
        for clause in split_clauses(sentence):
            if _word_count(clause) <= MAX_WORDS and len(clause) <= MAX_CHARS:
                out.append(clause)
                continue
            window: list[str] = []
            size = 0
            for word in (w[i:i + MAX_CHARS] for w in clause.split() for i in range(0, len(w), MAX_CHARS)):
                if window and (len(window) >= MAX_WORDS or size + len(word) + 1 > MAX_CHARS):
                    out.append(" ".join(window))
                    window, size = [], 0
                window.append(word)
                size += len(word) + 1
            if window:
                out.append(" ".join(window))
    return out


def _split_long(text: str) -> list[str]:
    """Break one over-long paragraph into sentence-aligned pieces within the bounds."""
    pieces: list[str] = []
    current: list[str] = []
    for unit in _units(text):
        joined = " ".join(current + [unit])
        if current and (_word_count(joined) > MAX_WORDS or len(joined) > MAX_CHARS):
            pieces.append(" ".join(current))
            current = []
        current.append(unit)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _too_long(text: str) -> bool:
    return _word_count(text) > MAX_WORDS or len(text) > MAX_CHARS


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
        for piece in _split_long(block.text) if _too_long(block.text) else [block.text]:
            same = block.section == current_section
            if not same or _too_long("\n".join(current + [piece])):
                # a short tail of the same section merges rather than standing alone
                flush()
                current_section = block.section
            current.append(piece)
    flush()

    closing_text = _closing_text(meta, closing)
    for line in closing_text.split("\n") if _too_long(closing_text) else [closing_text]:
        for piece in _split_long(line) if _too_long(line) else [line]:
            if piece.strip():
                chunks.append(Chunk(ordinal=len(chunks), section=f"{RECIPIENTS}; {SIGNATURE}", text=piece))
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
