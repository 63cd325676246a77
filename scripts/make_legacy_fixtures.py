#!/usr/bin/env python3
"""Write one old-style plan in the pre-Unicode font encodings: tests/fixtures/legacy/.

Source: tests/fixtures/legacy/src/ke_hoach_cu.txt (our own text, laid out as Nghị định
30/2020 describes: a tab separates the two columns of the letterhead and of the
signature block, `# ` marks a centred bold line). Output, all the same plan:
- ke_hoach_cu_tcvn3.txt / _vni.txt   the text in TCVN3 (ABC) / VNI bytes, as old editors saved it;
- ke_hoach_cu_tcvn3.docx             a Unicode letterhead (Times New Roman) above a body
  set in .VnTime, its headings in .VnTimeH (capitals typed as small letters' bytes);
- ke_hoach_cu_vni.docx               the whole plan in VNI-Times;
- ke_hoach_cu_tcvn3.doc / .odt / .rtf, ke_hoach_cu_vni.rtf / .doc   converted from those
  .docx by LibreOffice;
- danh_sach_tu_dong.docx / .odt / .doc / .rtf   a Unicode plan whose items are Word's
  automatic lists (numbers and bullets the file does not spell), converted the same way (`soffice --headless --convert-to`), run once on a developer
  machine; the product and CI never need LibreOffice, the converted files are committed.

The encoders invert the conversion tables the product reads with (viparse's), so a
fixture tests the reader's detection and line decisions, not a second copy of a table.

    PYTHONPATH=$PWD python scripts/make_legacy_fixtures.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "legacy"
SOURCE = OUT / "src" / "ke_hoach_cu.txt"
CONVERSIONS = {"doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf"}


def _inverse(encoding: str) -> dict[str, str]:
    from viparse.normalize.encodings import CHARMAPS

    inverse: dict[str, str] = {}
    for legacy, uni in CHARMAPS[encoding].pairs:
        inverse.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return inverse


def encode(text: str, encoding: str, capital_font: bool = False) -> str:
    """`text` as the Latin-1 look-alikes of its bytes in `encoding`. TCVN3 has no capital
    toned letters: they are typed as the small letter (`capital_font`: a whole line set
    in .VnTimeH, where every non-ASCII letter is typed small and drawn capital)."""
    inverse = _inverse(encoding)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
        elif ch in inverse and not (capital_font and ch.isupper()):
            out.append(inverse[ch])
        else:
            out.append(inverse.get(ch.lower(), ch))
    return "".join(out)


def _lines() -> list[str]:
    return SOURCE.read_text(encoding="utf-8").splitlines()


def encoded_text(encoding: str) -> str:
    """The plan as a plain-text file of that encoding would show it."""
    rows = []
    for line in _lines():
        heading = line.startswith("# ")
        line = line.removeprefix("# ").replace("\t", "    ")
        rows.append(encode(line, encoding, capital_font=heading and encoding == "tcvn3" and line.isupper()))
    return "\r\n".join(rows) + "\r\n"


def write_docx(path: Path, encoding: str, unicode_letterhead: bool) -> None:
    """The plan as a .docx whose runs are set in the encoding's fonts."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    body_font, caps_font = (".VnTime", ".VnTimeH") if encoding == "tcvn3" else ("VNI-Times", "VNI-Times")
    d = docx.Document()
    lines = _lines()
    head = [ln.split("\t") for ln in lines[:3]]
    table = d.add_table(rows=3, cols=2)
    for r, cells in enumerate(head):
        for c, text in enumerate(cells):
            run = table.rows[r].cells[c].paragraphs[0].add_run(text if unicode_letterhead else encode(text, encoding))
            run.font.name = "Times New Roman" if unicode_letterhead else body_font
    tail = [ln for ln in lines[3:] if "\t" in ln]
    for line in lines[3:]:
        if "\t" in line:
            continue
        p = d.add_paragraph()
        heading = line.startswith("# ")
        text = line.removeprefix("# ")
        capital = heading and text.isupper()
        run = p.add_run(encode(text, encoding, capital_font=capital and encoding == "tcvn3"))
        run.font.name = caps_font if capital else body_font
        run.bold = heading
        if heading:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sign = d.add_table(rows=len(tail), cols=2)
    for r, line in enumerate(tail):
        for c, text in enumerate(line.split("\t")):
            run = sign.rows[r].cells[c].paragraphs[0].add_run(encode(text, encoding))
            run.font.name = body_font
    d.save(str(path))


def write_auto_list_docx(path: Path) -> None:
    """A short Unicode plan whose duties are an automatic numbered list, with a bulleted
    list and a nested numbered list, for the list-number readers."""
    import docx

    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Số: 08/KH-UBND", "KẾ HOẠCH",
                 "Thực hiện dân chủ ở cơ sở năm 2025", "III. TỔ CHỨC THỰC HIỆN"):
        d.add_paragraph(line)
    for text in ("Văn phòng HĐND và UBND xã báo cáo kết quả 6 tháng trước ngày 10/6/2025.",
                 "Công chức Tư pháp - Hộ tịch báo cáo kết quả năm trước ngày 15/11/2025."):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Nội dung công khai:")
    for text in ("Dự toán ngân sách xã.", "Kết quả tiếp công dân."):
        d.add_paragraph(text, style="List Bullet")
    d.save(str(path))


def convert(docx: Path, suffix: str) -> None:
    """Convert the .docx with LibreOffice into OUT (skipped with a note when it is missing)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"soffice not found: {docx.stem}.{suffix} not written")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", CONVERSIONS[suffix], "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / f"{docx.stem}.{suffix}"), OUT / f"{docx.stem}.{suffix}")


def main() -> int:
    """Write every fixture."""
    for encoding in ("tcvn3", "vni"):
        (OUT / f"ke_hoach_cu_{encoding}.txt").write_bytes(encoded_text(encoding).encode("cp1252"))
    tcvn3 = OUT / "ke_hoach_cu_tcvn3.docx"
    write_docx(tcvn3, "tcvn3", unicode_letterhead=True)
    vni = OUT / "ke_hoach_cu_vni.docx"
    write_docx(vni, "vni", unicode_letterhead=False)
    for suffix in ("doc", "odt", "rtf"):
        convert(tcvn3, suffix)
    for suffix in ("rtf", "doc"):
        convert(vni, suffix)
    lists = OUT / "danh_sach_tu_dong.docx"
    write_auto_list_docx(lists)
    for suffix in ("doc", "odt", "rtf"):
        convert(lists, suffix)
    print(f"wrote {len(list(OUT.glob('*.*')))} files to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
