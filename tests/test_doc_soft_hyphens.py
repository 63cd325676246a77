"""TCVN3's "ư" (a soft hyphen to Windows and Unicode) kept through antiword (index/doc_soft_hyphens.py)."""
from __future__ import annotations

from pathlib import Path

from index.doc_soft_hyphens import SOFT_HYPHEN, mark_soft_hyphens, restore
from tests.support.formats import needs_antiword

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_soft_hyphens_of_the_text_pieces_are_marked_and_nothing_else_moves() -> None:
    raw = (FIXTURES / "legacy" / "ke_hoach_cu_tcvn3.doc").read_bytes()
    marked, placeholder = mark_soft_hyphens(raw)
    assert placeholder == "`" and len(marked) == len(raw)
    changed = [i for i, (a, b) in enumerate(zip(raw, marked)) if a != b]
    assert changed and all(raw[i] in (0x1F, 0xAD) and marked[i] == ord("`") for i in changed)


def test_a_file_without_soft_hyphens_or_not_a_word_file_is_left_as_it_is() -> None:
    plain = (FIXTURES / "legacy" / "ke_hoach_cu_vni.doc").read_bytes()
    assert mark_soft_hyphens(plain) == (plain, None)
    assert mark_soft_hyphens(b"not a compound file") == (b"not a compound file", None)
    broken = plain[:2000]
    assert mark_soft_hyphens(broken) == (broken, None)


def test_restore_keeps_soft_hyphens_in_legacy_text_only() -> None:
    tcvn3 = "Ch`¬ng tr×nh c«ng t¸c, n©ng l`¬ng; L`u: VT."
    assert restore(tcvn3, "`") == tcvn3.replace("`", SOFT_HYPHEN)
    assert restore("Kế hoạch ph`ối hợp", "`") == "Kế hoạch phối hợp"
    assert restore("Kế hoạch", None) == "Kế hoạch"


@needs_antiword
def test_a_tcvn3_doc_reads_as_its_docx() -> None:
    from index.reading import read_document

    doc = read_document(FIXTURES / "legacy" / "ke_hoach_cu_tcvn3.doc")
    assert "nâng lương" in doc and "Lưu: VT." in doc
    assert doc == read_document(FIXTURES / "legacy" / "ke_hoach_cu_tcvn3.docx")
