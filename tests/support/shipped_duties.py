"""The shipped corpus's duties read by hand, and the blocks the extractor reads them from: shared by
the obligation tests and the calendar export's tests."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from index.cleaning import clean_text
from index.models import Block, Obligation
from index.obligations import extract_obligations
from index.reading import read_document
from index.structure import split_blocks

CORPUS = Path(__file__).resolve().parent.parent.parent / "corpus"
D = date


def corpus_blocks(prefix: str) -> list[Block]:
    """The blocks of a shipped plan, by its file name's prefix ("000")."""
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    return split_blocks(clean_text(read_document(path)))


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plan's text."""
    return split_blocks(clean_text(text))


CITY_UNITS = "Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND xã, phường"
KHCN_UNITS = "Chi cục Tiêu chuẩn Đo lường Chất lượng, Trung tâm Khoa học và Công nghệ"

#: Every dated obligation of the shipped corpus, read by hand:
#: prefix → plan year, issuer, [(date, due_text, key of who, key of what, key of to)].
CORPUS_DEADLINES: dict[str, tuple[int, str, list[tuple[date, str, str, str, str]]]] = {
    "000": (2024, "Sở Nông nghiệp và PTNT", [
        (D(2024, 5, 20), "trước ngày 20/5", "Các cơ quan, đơn vị trực thuộc Sở", "Báo cáo 6 tháng",
         "Sở Nông nghiệp và PTNT (qua Văn phòng Sở)"),
        (D(2024, 11, 10), "trước ngày 10/11", "Các cơ quan, đơn vị trực thuộc Sở", "Báo cáo năm",
         "Sở Nông nghiệp và PTNT (qua Văn phòng Sở)"),
        (D(2024, 3, 22), "trước ngày 22/3/2024", "cơ quan, đơn vị", "Kế hoạch",
         "Sở Nông nghiệp và PTNT (qua Văn phòng Sở)"),
    ]),
    "001": (2023, "Ban Thường vụ Tỉnh đoàn", []),
    "002": (2024, "UBND thành phố Tây Ninh", [
        (D(2024, 3, 31), "chậm nhất ngày 31/3/2024", CITY_UNITS, "Kế hoạch", "Phòng Nội vụ"),
        (D(2024, 5, 20), "trước ngày 20/5/2024", CITY_UNITS, "Báo cáo 6 tháng",
         "UBND thành phố (qua Phòng Nội vụ)"),
        (D(2024, 10, 30), "trước ngày 30/10/2024", CITY_UNITS, "Báo cáo năm",
         "UBND thành phố (qua Phòng Nội vụ)"),
    ]),
    "003": (2022, "Sở Khoa học và Công nghệ", [
        (D(2022, 6, 5), "trước ngày 05/6", KHCN_UNITS, "Báo cáo 6 tháng",
         "Sở KH&CN (qua Văn phòng)"),
        (D(2022, 11, 10), "trước ngày 10/11 của năm", KHCN_UNITS, "Báo cáo năm",
         "Sở KH&CN (qua Văn phòng)"),
        (D(2022, 12, 10), "trước ngày 10/12", "Văn phòng Sở", "Đánh giá kết quả thi đua",
         "Ban Chỉ đạo tỉnh (Liên đoàn Lao động tỉnh)"),
    ]),
    "004": (2023, "Sở Văn hóa, Thể thao và Du lịch", [
        (D(2023, 11, 1), "chậm nhất ngày 01/11/2023", "Văn phòng",
         "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023 và tự đánh giá, chấm điểm thi đua",
         "UBND tỉnh (qua Sở Nội vụ)"),
        (D(2023, 10, 27), "chậm nhất ngày 27/10/2023",
         "Các phòng Khối quản lý hành chính, đơn vị sự nghiệp trực thuộc",
         "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023",
         "Sở Văn hóa, Thể thao và Du lịch (qua Văn phòng Sở); email: loandtm@tayninh.gov.vn"),
    ]),
}


def corpus_obligations(prefix: str) -> list[Obligation]:
    """The duties the extractor reads from a shipped plan."""
    year, issuer, _ = CORPUS_DEADLINES[prefix]
    return extract_obligations(corpus_blocks(prefix), year, issuer)
