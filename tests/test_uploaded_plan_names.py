"""A plan added while the product runs (`Engine.add_document`, `qcdc add`, a file sent to the
bot) is named at once the ways staff name it: by the issuer's initials, the code after the
number's slash, the core name, its place, its parent body, without diacritics; in this
process and in another one over the same data. A question naming an agency of the same
kind but another place is not taken for it. Three hand-written plans of agencies (and
invented places) no other plan holds, tests/data/named_plans/."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from index.agency_mentions import agency_mentions
from index.known_agencies import unknown_agency_share
from index.config import Settings
from index.engine import Engine
from tests.support.templates import copy_indexed_data, indexed_template

PLANS = Path(__file__).parent / "data" / "named_plans"
SCIENCE = "kh_so_khcn_dong_linh_2026.txt"
CULTURE = "kh_tt_vhtt_duc_phong_2025.txt"
COMMUNE = "kh_ubnd_xa_dinh_thanh_tay_2026.txt"
TODAY = date(2026, 1, 5)

#: (question, the plan it names, what the answer must say)
NAMED = [
    ("SKHCN báo cáo 6 tháng gửi Sở Nội vụ hạn nào?", SCIENCE, "12/6/2026"),
    ("Sở KH&CN hạn gửi báo cáo năm cho Sở Nội vụ là ngày nào", SCIENCE, "18/11/2026"),
    ("Sở KH và CN: Ban TTND báo cáo giám sát trước ngày nào", SCIENCE, "16/12/2026"),
    ("theo KH-SKHCN thì các phòng nộp báo cáo 6 tháng về Văn phòng Sở trước ngày nào", SCIENCE, "04/6/2026"),
    ("so khcn dong linh han bao cao nam gui so noi vu", SCIENCE, "18/11/2026"),
    ("bên khoa học công nghệ tổ chức hội nghị CCVC trước ngày nào", SCIENCE, "06/02/2026"),
    ("kế hoạch của UBND tỉnh Đông Lĩnh về khoa học công nghệ: báo cáo năm gửi Sở Nội vụ hạn nào", SCIENCE,
     "18/11/2026"),
    ("TT VH-TT&TT Đức Phong tổ chức hội nghị viên chức chậm nhất ngày nào", CULTURE, "25/02/2025"),
    ("Trung tâm VHTT và TT tổ chức hội nghị viên chức ngày nào", CULTURE, "25/02/2025"),
    ("TTVHTTTT Duc Phong hoi nghi vien chuc cham nhat ngay nao", CULTURE, "25/02/2025"),
    ("trung tam van hoa the thao duc phong han bao cao 6 thang", CULTURE, "08/6/2025"),
    ("Đức Phong 2025 tổ hành chính tổng hợp báo cáo 6 tháng hạn nào", CULTURE, "08/6/2025"),
    ("xã Định Thành Tây hạn báo cáo năm dân chủ cơ sở", COMMUNE, "17/11/2026"),
    ("Định Thành Tây: trưởng ấp báo cáo kết quả hội nghị ấp trước ngày nào", COMMUNE, "08/5/2026"),
    ("ubnd xa dinh thanh tay cac ap to chuc hoi nghi ap truoc ngay nao", COMMUNE, "30/4/2026"),
    ("UB xã ĐTT năm 2026 ban TTND báo cáo giám sát hạn nào", COMMUNE, "10/12/2026"),
]


def _engine(root: Path, template: Path) -> Engine:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for f in (template / "corpus").glob("*.txt"):
        shutil.copy(f, corpus / f.name)
    settings = Settings.from_env(data_dir=root / "data", corpus_dir=corpus, embed_model="hashing")
    copy_indexed_data(template, settings.data_dir)
    eng = Engine(settings)
    eng.ensure_index()
    return eng


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory: pytest.TempPathFactory):
    """The shipped corpus, asked once (the caches built), then the three plans added."""
    template = indexed_template(tmp_path_factory.getbasetemp())
    eng = _engine(tmp_path_factory.mktemp("uploaded"), template)
    eng.ask("hạn nộp báo cáo 6 tháng là khi nào", log=False, today=TODAY)
    for name in (SCIENCE, CULTURE, COMMUNE):
        eng.add_document(PLANS / name)
    yield eng
    eng.close()


@pytest.mark.parametrize(("question", "plan", "expected"), NAMED)
def test_an_added_plan_is_named_as_staff_name_it(uploaded: Engine, question: str, plan: str, expected: str) -> None:
    answer = uploaded.ask(question, log=False, today=TODAY)
    assert answer.sources and answer.sources[0].document == plan
    assert answer.found and expected in answer.answer


def test_another_process_names_the_added_plan_at_once(uploaded: Engine) -> None:
    # the bot's engine over the same data directory: it reads the content version on its
    # next question
    other = Engine(uploaded.settings)
    try:
        answer = other.ask("SKHCN báo cáo 6 tháng gửi Sở Nội vụ hạn nào?", log=False, today=TODAY)
        assert answer.found and "12/6/2026" in answer.answer
    finally:
        other.close()


def test_initials_and_vocabulary_follow_an_add_and_a_remove(tmp_path: Path,
                                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    eng = _engine(tmp_path / "one", indexed_template(tmp_path_factory.getbasetemp()))
    try:
        question = "TTVHTTTT Duc Phong hoi nghi vien chuc cham nhat ngay nao"
        assert all(s.document != CULTURE for s in eng.ask(question, log=False, today=TODAY).sources)
        assert eng.retriever.initials().name_for("dttld", None) is None
        doc_id = eng.add_document(PLANS / CULTURE).document.id
        answer = eng.ask(question, log=False, today=TODAY)
        assert answer.sources[0].document == CULTURE and "25/02/2025" in answer.answer
        # the plan's own unit ("Đội Thông tin lưu động") by its initials, and its words
        assert "luu" in eng.retriever.vocabulary()
        assert eng.retriever.initials().name_for("dttld", None) is not None
        eng.remove_document(doc_id)
        assert all(s.document != CULTURE for s in eng.ask(question, log=False, today=TODAY).sources)
        assert eng.retriever.initials().name_for("dttld", None) is None
    finally:
        eng.close()


@pytest.mark.parametrize(("question", "unknown"), [
    ("Sở Khoa học và Công nghệ tỉnh Hòa Điền hạn báo cáo 6 tháng là ngày nào", 1.0),
    ("Trung tâm Văn hóa huyện Đức Sơn hạn báo cáo năm là ngày nào", 1.0),
    ("Sở Công Thương tỉnh Đông Lĩnh hạn báo cáo năm dân chủ cơ sở", 1.0),
    ("Sở Khoa học và Công nghệ tỉnh Đông Lĩnh hạn báo cáo 6 tháng là ngày nào", 0.0),
    ("Trung tâm Văn hóa huyện Đức Phong hạn báo cáo năm là ngày nào", 0.0),
    ("UBND xã Định Thành Tây gửi báo cáo 6 tháng cho Sở Nội vụ trước ngày nào?", 0.0),
])
def test_only_the_added_plans_own_agencies_are_known(uploaded: Engine, question: str, unknown: float) -> None:
    # an agency of an added plan's kind but of another place, or one no plan names, is not known
    # (asked first, as the product does: the question brings the caches to the added plans;
    # alone, or first on its worker, this test read the shipped corpus's names only)
    uploaded.ask(question, log=False, today=TODAY)
    known = uploaded.retriever.known_agencies()
    assert unknown_agency_share(agency_mentions(question), known, []) == unknown
