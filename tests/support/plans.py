"""Small realistic plans made on the fly (python-docx), for upload tests."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import docx

if TYPE_CHECKING:
    from index.engine import Engine


def plan_docx(deadline: date, *, issued: date | None = None, number: str = "15/KH-STC") -> bytes:
    """A one-page QCDC plan of the Sở Tài chính (an agency not in the shipped corpus) with
    one dated duty: Văn phòng Sở reports to Sở Nội vụ before `deadline`."""
    issued = issued or date(deadline.year, 1, 10)
    document = docx.Document()
    for line in (
        "UBND TỈNH TÂY NINH",
        "SỞ TÀI CHÍNH",
        f"Số: {number}",
        f"Tây Ninh, ngày {issued.day} tháng {issued.month} năm {issued.year}",
        "KẾ HOẠCH",
        f"Thực hiện Quy chế dân chủ ở cơ sở năm {deadline.year} tại Sở Tài chính",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích: Phát huy quyền làm chủ của công chức, viên chức và người lao động; "
        "thực hiện công khai, minh bạch hoạt động của cơ quan.",
        "2. Yêu cầu: Việc thực hiện Quy chế dân chủ phải gắn với nhiệm vụ chuyên môn, tránh hình thức.",
        "II. NỘI DUNG THỰC HIỆN",
        "1. Công khai thông tin về ngân sách, tài sản công và tuyển dụng theo quy định.",
        "2. Tổ chức hội nghị cán bộ, công chức, viên chức năm theo đúng quy định.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở: Theo dõi, đôn đốc việc thực hiện kế hoạch; tổng hợp, báo cáo kết quả "
        "thực hiện Quy chế dân chủ ở cơ sở gửi Sở Nội vụ trước ngày "
        f"{deadline.day:02d}/{deadline.month:02d}/{deadline.year}.",
        "2. Các phòng chuyên môn: Triển khai thực hiện kế hoạch tại đơn vị mình.",
        "Nơi nhận:",
        "- Sở Nội vụ;",
        "- Lưu: VT, VP.",
        "GIÁM ĐỐC",
        "Nguyễn Văn Bình",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def engine_over_plan(root: Path, filename: str, text: str) -> "Engine":
    """An indexed engine (hashing embedder) whose corpus is one hand-written plan, under `root`."""
    from index.config import Settings
    from index.engine import Engine

    corpus = root / "own_corpus"
    corpus.mkdir()
    (corpus / filename).write_text(text, encoding="utf-8")
    eng = Engine(Settings.from_env(data_dir=root / "own_data", corpus_dir=corpus, embed_model="hashing"))
    eng.ensure_index()
    return eng
