"""Letterheads and titles that wrap over several lines, read the same from every format.

Each case is a small invented plan (a project board, a hospital, a tax branch, a school, a
ward, a department, a library and a centre under it) whose issuer's name wraps in the
header's left cell under its managing body, and whose title wraps over several lines. Each
is written as a real file: .txt with the two columns side by side, .md as a web copy
("a | b" rows), .docx with the header as a two-column table (lines as paragraphs, or as line
breaks in one), .pdf with a text layer where the columns interleave, .html with a header
table and .odt (Writer) with one.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from index.aliases import document_aliases
from index.cleaning import clean_text
from index.metadata import extract_metadata
from index.models import DocumentMeta
from index.reading import read_document
from index.structure import split_blocks

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Case:
    """One invented plan: its header's left cell, its title block, what must be read."""

    key: str
    left: list[str]           # managing body, the issuer's wrapped lines (the number follows)
    number: str
    place: str
    title: list[str]          # the lines under "KẾ HOẠCH"
    body_first: str           # the first body line (ends the title block)
    issuer: str
    parent: str | None
    aliases: tuple[str, ...]  # some of the aliases the issuer must get

    @property
    def full_title(self) -> str:
        return " ".join(self.title)

    def body(self) -> list[str]:
        return [self.body_first, "I. MỤC ĐÍCH, YÊU CẦU",
                f"1. {self.issuer} phát huy quyền làm chủ của cán bộ, công chức, viên chức.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Văn phòng báo cáo kết quả 6 tháng trước ngày 10/6/2026.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Bình"]


CASES = [
    Case("project_board",
         ["UBND TỈNH AN PHÚ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "XÂY DỰNG CÁC CÔNG TRÌNH", "DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH"],
         "12/KH-BQLDA", "An Phú",
         ["Thực hiện Quy chế dân chủ ở cơ sở năm 2026",
          "tại Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh An Phú"],
         "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
         "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh An Phú",
         "UBND tỉnh An Phú", ("bqlda", "bqlda an phu")),
    Case("hospital",
         ["SỞ Y TẾ TỈNH LONG HẢI", "BỆNH VIỆN ĐA KHOA TỈNH", "LONG HẢI"],
         "45/KH-BVĐK", "Long Hải",
         ["THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2026", "TẠI BỆNH VIỆN ĐA KHOA TỈNH LONG HẢI"],
         "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;",
         "Bệnh viện Đa khoa tỉnh Long Hải", "Sở Y tế tỉnh Long Hải", ("bvdk long hai", "benh vien da khoa long hai")),
    Case("tax_branch",
         ["THUẾ TỈNH LONG HẢI", "CHI CỤC THUẾ KHU VỰC", "XIV"],
         "03/KH-CCT", "Long Hải",
         ["Thực hiện Quy chế dân chủ ở cơ sở năm 2026", "Tại Chi cục Thuế khu vực XIV"],
         "Thực hiện Kế hoạch số 10/KH-TCT ngày 05/01/2026 của Thuế tỉnh, Chi cục xây dựng kế hoạch như sau:",
         "Chi cục Thuế khu vực XIV", "Thuế tỉnh Long Hải", ("thue khu vuc xiv", "cctkvx")),
    Case("school",
         ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG TRUNG HỌC PHỔ THÔNG", "THẠCH BÀN"],
         "21/KH-THPT", "An Phú",
         ["Thực hiện dân chủ trong hoạt động của nhà trường", "năm học 2026 - 2027"],
         "I. MỤC ĐÍCH, YÊU CẦU CHUNG",
         "Trường Trung học phổ thông Thạch Bàn", "Sở Giáo dục và Đào tạo", ("trung hoc pho thong thach ban",)),
    Case("ward",
         ["UBND THÀNH PHỐ BẮC SƠN", "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN"],
         "08/KH-UBND", "Tân An",
         ["Thực hiện Quy chế dân chủ ở cơ sở năm 2026", "trên địa bàn phường Tân An"],
         "Để phát huy quyền làm chủ của Nhân dân, Ủy ban nhân dân phường ban hành kế hoạch như sau:",
         "UBND phường Tân An", "UBND thành phố Bắc Sơn", ("tan an",)),
    Case("department",
         ["UBND TỈNH LONG HẢI", "SỞ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG"],
         "30/KH-SNNMT", "Long Hải",
         ["Thực hiện Quy chế dân chủ ở cơ sở năm 2026", "Tại Sở Nông nghiệp và Môi trường"],
         "1. Mục đích chung",
         "Sở Nông nghiệp và Môi trường", "UBND tỉnh Long Hải", ("nong nghiep moi truong", "snnmt")),
    Case("library",
         ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THƯ VIỆN TỈNH", "LONG HẢI"],
         "04/KH-TV", "Long Hải",
         ["Thực hiện Quy chế dân chủ ở cơ sở năm 2026"],
         "Căn cứ Luật Thực hiện dân chủ ở cơ sở;",
         "Thư viện tỉnh Long Hải", "Sở Văn hóa, Thể thao và Du lịch", ("thu vien long hai",)),
    Case("centre",
         ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM KHUYẾN NÔNG"],
         "07/KH-TTKN", "Long Hải",
         ["Thực hiện dân chủ ở cơ sở năm 2026", "của Trung tâm Khuyến nông"],
         "Căn cứ Kế hoạch số 30/KH-SNNMT của Sở;",
         "Trung tâm Khuyến nông", "Sở Nông nghiệp và Môi trường", ("khuyen nong", "ttkn")),
]


def _right(case: Case) -> list[str]:
    # the rule under the motto shares a line with the third letterhead line
    return MOTTO + ["_______________", f"{case.place}, ngày 05 tháng 01 năm 2026"]


def _header_rows(case: Case) -> list[tuple[str, str]]:
    """The header as the page shows it: left cell beside the right one, line by line."""
    left = case.left + [f"Số: {case.number}"]
    right = _right(case)
    width = max(len(left), len(right))
    return [(left[i] if i < len(left) else "", right[i] if i < len(right) else "") for i in range(width)]


def _after_header(case: Case) -> list[str]:
    return ["KẾ HOẠCH", *case.title, *case.body()]


def write_txt(case: Case, path: Path) -> None:
    rows = [f"{a:<44}{b}".rstrip() for a, b in _header_rows(case)]
    path.write_text("\n".join(rows + [""] + _after_header(case)) + "\n", encoding="utf-8")


def write_md(case: Case, path: Path) -> None:
    rows = [f"| **{a}** | {b} |" if a else f"| | {b} |" for a, b in _header_rows(case)]
    lines = rows[:1] + ["|---|---|"] + rows[1:] + ["", "**KẾ HOẠCH**", *[f"**{t}**" for t in case.title], ""]
    path.write_text("\n".join(lines + case.body()) + "\n", encoding="utf-8")


def write_docx(case: Case, path: Path, breaks: bool = False) -> None:
    import docx

    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (case.left + ["________", f"Số: {case.number}"], _right(case))):
        if breaks:       # one paragraph, its lines separated by line breaks (Shift+Enter)
            run = cell.paragraphs[0].add_run(lines[0])
            for x in lines[1:]:
                run.add_break()
                run.add_text(x)
        else:
            cell.text = lines[0]
            for x in lines[1:]:
                cell.add_paragraph(x)
    for x in _after_header(case):
        d.add_paragraph(x)
    d.save(str(path))


def write_pdf(case: Case, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSerif", 9)
    y = 800
    for a, b in _header_rows(case):     # both columns on the same baselines: they interleave
        c.drawString(40, y, a)
        c.drawString(320, y, b)
        y -= 13
    y -= 10
    for line in _after_header(case):
        c.drawString(40, y, line)
        y -= 13
    c.save()


def write_html(case: Case, path: Path) -> None:
    left = "".join(f"<p>{x}</p>" for x in case.left + [f"Số: {case.number}"])
    right = "".join(f"<p>{x}</p>" for x in _right(case))
    rest = "".join(f"<p>{x}</p>" for x in _after_header(case))
    path.write_text(f"<html><body><table><tr><td>{left}</td><td>{right}</td></tr></table>{rest}</body></html>",
                    encoding="utf-8")


def write_odt(case: Case, path: Path) -> None:
    """A Writer file: the header a two-column table, each cell's lines as paragraphs."""
    import zipfile
    from xml.sax.saxutils import escape

    def paras(lines: list[str]) -> str:
        return "".join(f"<text:p>{escape(x)}</text:p>" for x in lines)

    cells = "".join(f"<table:table-cell>{paras(lines)}</table:table-cell>"
                    for lines in (case.left + [f"Số: {case.number}"], _right(case)))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body><office:text><table:table><table:table-column table:number-columns-repeated="2"/>'
               f'<table:table-row>{cells}</table:table-row></table:table>{paras(_after_header(case))}'
               '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)


WRITERS = {
    "txt": (".txt", write_txt),
    "md": (".md", write_md),
    "docx": (".docx", write_docx),
    "docx_breaks": (".docx", lambda case, path: write_docx(case, path, breaks=True)),
    "pdf": (".pdf", write_pdf),
    "html": (".html", write_html),
    "odt": (".odt", write_odt),
}


def read_meta(path: Path) -> DocumentMeta:
    clean = clean_text(read_document(path))
    return extract_metadata(split_blocks(clean), clean)


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("case", CASES, ids=[c.key for c in CASES])
def test_wrapped_letterhead_and_title_are_read_whole(case: Case, fmt: str, tmp_path: Path) -> None:
    if fmt == "pdf" and not (FONT_DIR / "DejaVuSerif.ttf").exists():
        pytest.skip("no DejaVu font to write a Vietnamese PDF")
    suffix, write = WRITERS[fmt]
    path = tmp_path / f"{case.key}{suffix}"
    write(case, path)
    meta = read_meta(path)
    assert _same(meta.issuer, case.issuer), meta.issuer
    assert _same(meta.parent, case.parent), meta.parent
    assert _same(meta.title, case.full_title), meta.title
    assert meta.number == case.number


@pytest.mark.parametrize("case", CASES, ids=[c.key for c in CASES])
def test_aliases_name_the_issuer_with_and_without_its_place(case: Case) -> None:
    aliases = document_aliases(case.issuer, case.number)
    for alias in case.aliases:
        assert alias in aliases


def test_a_committee_without_its_place_is_no_alias() -> None:
    # "UBND" alone names every committee: the place-less form must not pin this plan
    aliases = document_aliases("UBND tỉnh An Phú", "9/KH-UBND")
    assert "tinh an phu" in aliases
    assert not {"ubnd", "uy ban nhan dan", "uy ban"} & set(aliases)


def test_a_folded_quan_is_not_a_district() -> None:
    # "Ban Quản lý" folds to "quan ly", which is not "quận Lý …"
    aliases = document_aliases("Ban Quản lý rừng phòng hộ", "5/KH-BQL")
    assert "ly rung phong ho" not in aliases


def _plan_text(case: Case, duty: str) -> str:
    rows = [f"{a} | {b}" if a else f"| {b}" for a, b in _header_rows(case)]
    return "\n".join(rows + ["", "KẾ HOẠCH", *case.title, case.body_first, "I. MỤC ĐÍCH, YÊU CẦU",
                             "Phát huy quyền làm chủ của cán bộ, công chức, viên chức, người lao động.",
                             "II. TỔ CHỨC THỰC HIỆN", duty, "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                             "GIÁM ĐỐC", "Trần Văn Bình"]) + "\n"


def test_questions_name_a_wrapped_issuer_by_its_place(tmp_path: Path) -> None:
    """Two plans whose issuers wrap in the letterhead: a question naming one by its initials
    and place, or by its name without the place, is answered from that plan."""
    from index.config import Settings
    from index.engine import Engine

    by_key = {c.key: c for c in CASES}
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_docx(by_key["project_board"], corpus / "board.docx")
    (corpus / "hospital.txt").write_text(_plan_text(
        by_key["hospital"], "1. Phòng Tổ chức cán bộ gửi báo cáo 6 tháng về Sở Y tế trước ngày 15/6/2026."),
        encoding="utf-8")
    with Engine(Settings.from_env(data_dir=tmp_path / "data", corpus_dir=corpus, embed_model="hashing")) as eng:
        eng.ensure_index()
        board = eng.ask("BQLDA tỉnh An Phú nộp báo cáo 6 tháng trước ngày nào?", log=False)
        assert board.sources and board.sources[0].document == "board.docx"
        assert any(d.date and d.date.isoformat() == "2026-06-10" for d in board.deadlines)
        hospital = eng.ask("bệnh viện đa khoa Long Hải gửi báo cáo 6 tháng cho Sở Y tế hạn nào", log=False)
        assert hospital.sources and hospital.sources[0].document == "hospital.txt"
        assert any(d.date and d.date.isoformat() == "2026-06-15" for d in hospital.deadlines)
