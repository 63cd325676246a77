"""Agencies of one kind in two provinces: their plans share the short name, the initials
and the number, and only the place of issue and the managing body tell them apart. A
question naming the place (written out, without diacritics, or as initials) gets that
plan's passages and duties; a question naming none gets an answer that says which plan it
cites. The plans are small hand-built ones in the layout of Nghị định 30/2020 (managing
body over the issuer, number, place and date, title), of invented provinces."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.aliases import document_aliases
from index.config import Settings
from index.engine import Engine
from index.plan_places import of_named_place, place_keys, place_names
from index.rows import DocumentRow
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import ADMIN_ID, USER_ID, drive
from tests.test_upload_parity import stored

PLAN = """SỞ Y TẾ TỈNH {province_caps}
BỆNH VIỆN PHỤC HỒI CHỨC NĂNG

Số: 12/KH-BVPHCN

{province}, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện dân chủ ở cơ sở tại Bệnh viện Phục hồi chức năng tỉnh {province} năm 2026

I. MỤC ĐÍCH, YÊU CẦU
- Phát huy quyền làm chủ của viên chức và người lao động trong Bệnh viện.

II. NỘI DUNG THỰC HIỆN
1. Tiếp nhận phản ánh, kiến nghị
- Đường dây nóng của Bệnh viện: {hotline}; hộp thư điện tử tiếp nhận góp ý: {mail}.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Tổ chức cán bộ
Phòng Tổ chức cán bộ tổng hợp, gửi báo cáo 6 tháng về Sở Y tế trước ngày {day}/6/2026.

Nơi nhận:
- Sở Y tế;
- Lưu: VT, TCCB.

GIÁM ĐỐC

{signer}
"""

NORTH = dict(province="Kim Điền", province_caps="KIM ĐIỀN", hotline="0299.1111.222",
             mail="gopy.bvphcn@kimdien.example.vn", day="08", signer="Trần Văn Lộc")
SOUTH = dict(province="Thạch Xuyên", province_caps="THẠCH XUYÊN", hotline="0288.3333.444",
             mail="gopy.bvphcn@thachxuyen.example.vn", day="12", signer="Phạm Thị Hạnh")


@pytest.fixture
def two_hospitals(tmp_path: Path) -> Engine:
    """An engine holding both hospitals' plans, the second one uploaded (`qcdc add`)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kh_bvphcn_bac.txt").write_text(PLAN.format(**NORTH), encoding="utf-8")
    eng = Engine(Settings.from_env(data_dir=tmp_path / "data", corpus_dir=corpus, embed_model="hashing"))
    eng.ensure_index()
    upload = tmp_path / "kh_bvphcn_nam.txt"
    upload.write_text(PLAN.format(**SOUTH), encoding="utf-8")
    added = eng.add_document(upload)
    assert added.replaced is None       # another province's hospital: added, not a new version
    yield eng
    eng.close()


def _doc(**fields: object) -> DocumentRow:
    base = dict(id=1, filename="a.txt", sha256="", added_at="", issuer="Bệnh viện Phục hồi chức năng")
    return DocumentRow(**{**base, **fields})


def test_places_come_from_the_place_of_issue_the_managing_body_and_the_title() -> None:
    doc = _doc(place="Kim Điền", parent="Sở Y tế tỉnh Kim Điền",
               title="Thực hiện dân chủ ở cơ sở trên địa bàn phường Đông Lâm năm 2026")
    assert place_names(doc) == ["kim dien", "dong lam"]
    assert {"kim dien", "kd", "dong lam", "dl"} == place_keys(doc)


def test_a_place_named_narrows_the_named_plans_and_never_to_none() -> None:
    north = _doc(id=1, place="Kim Điền")
    south = _doc(id=2, place="Thạch Xuyên")
    assert of_named_place([1, 2], [north, south], {"benh vien", "thach xuyen"}) == [2]
    assert of_named_place([1, 2], [north, south], {"benh vien", "kd"}) == [1]
    # a third province (or none) chooses nothing: both stay named
    assert of_named_place([1, 2], [north, south], {"benh vien", "lam dong"}) == [1, 2]
    assert of_named_place([1, 2], [north, south], {"benh vien"}) == [1, 2]


def test_each_hospital_answers_for_its_own_province(two_hospitals: Engine) -> None:
    for plan, question in ((NORTH, "Đường dây nóng của Bệnh viện Phục hồi chức năng tỉnh Kim Điền là số nào?"),
                           (SOUTH, "duong day nong benh vien phuc hoi chuc nang thach xuyen la so nao"),
                           (SOUTH, "đường dây nóng BV PHCN TX số mấy")):
        other = SOUTH if plan is NORTH else NORTH
        answer = two_hospitals.ask(question, log=False)
        assert answer.found, question
        assert plan["hotline"] in answer.answer and other["hotline"] not in answer.answer, question
        assert ("kh_bvphcn_bac" if plan is NORTH else "kh_bvphcn_nam") in answer.sources[0].document, question


def test_a_deadline_question_gets_the_named_provinces_date_alone(two_hospitals: Engine) -> None:
    answer = two_hospitals.ask("Phòng Tổ chức cán bộ Bệnh viện Phục hồi chức năng Kim Điền gửi báo cáo 6 tháng "
                               "trước ngày nào?", log=False)
    assert answer.found
    assert "08/6/2026" in answer.answer and "12/6/2026" not in answer.answer
    assert [str(d.date) for d in answer.deadlines] == ["2026-06-08"]


def test_with_no_place_named_the_answer_says_which_plan_it_cites(two_hospitals: Engine) -> None:
    answer = two_hospitals.ask("Phòng Tổ chức cán bộ Bệnh viện Phục hồi chức năng gửi báo cáo 6 tháng "
                               "trước ngày nào?", log=False)
    assert answer.found
    assert answer.answer.startswith("Các kế hoạch quy định khác nhau")     # the two differ: said so
    # both plans carry number 12/KH-BVPHCN: each date is said with its plan's province
    lines = answer.answer.splitlines()
    for plan in (NORTH, SOUTH):
        assert any(f"{plan['day']}/6/2026" in li and li.endswith(f"KH 12/KH-BVPHCN, {plan['province']}")
                   for li in lines), plan["province"]
    # of one date, neither plan is the newer one: both are cited
    assert "mới nhất" not in answer.answer
    assert all(f"Bệnh viện Phục hồi chức năng, {p['province']} (2026)" in answer.answer for p in (NORTH, SOUTH))


def test_the_citation_names_the_place_of_issue_an_issuer_does_not_say(two_hospitals: Engine) -> None:
    answer = two_hospitals.ask("hộp thư điện tử góp ý của bệnh viện phục hồi chức năng thạch xuyên", log=False)
    assert answer.found
    assert SOUTH["mail"] in answer.answer
    assert "của Bệnh viện Phục hồi chức năng, Thạch Xuyên (2026)" in answer.answer


def test_a_commune_committee_read_without_its_name_is_no_alias() -> None:
    # "UBND xã" alone names every commune's committee: it must not pin one plan
    assert document_aliases("Ủy ban nhân dân xã", "05/KH-UBND") == []
    assert document_aliases("UBND phường", None, "Đông Lâm") == []
    assert "dong lam" in document_aliases("UBND phường Đông Lâm", "05/KH-UBND", "Đông Lâm")


def test_a_name_ending_in_its_place_of_issue_is_also_named_by_its_short_name_and_place() -> None:
    keys = document_aliases("Công ty TNHH một thành viên Cấp nước Kim Điền", "07/KH-CNKD", "Kim Điền")
    assert {"cap nuoc kim dien", "cap nuoc", "cnkd"} <= set(keys)
    # the enterprise's type is no alias: "công ty" names every company
    assert "cong ty" not in keys
    # a hospital's type is none either
    assert "benh vien" not in document_aliases("Bệnh viện Phục hồi chức năng", "12/KH-BVPHCN", "Kim Điền")


def test_the_bot_keeps_both_uploads_and_stores_them_as_qcdc_index_does(api, settings, engine,  # noqa: F811
                                                                       tmp_path: Path) -> None:
    for name, plan in (("kh_bvphcn_bac.txt", NORTH), ("kh_bvphcn_nam.txt", SOUTH)):
        data = PLAN.format(**plan).encode("utf-8")
        drive(settings, engine, api.document_message(api.private_chat(ADMIN_ID), api.user(ADMIN_ID), data, name))
        assert "Đã thêm tài liệu" in api.sent_texts(ADMIN_ID)[-1]
    names = {d.filename for d in engine.list_documents()}
    assert {"kh_bvphcn_bac.txt", "kh_bvphcn_nam.txt"} <= names       # the second replaced nothing
    corpus = tmp_path / "cli" / "corpus"
    corpus.mkdir(parents=True)
    for name, plan in (("kh_bvphcn_bac.txt", NORTH), ("kh_bvphcn_nam.txt", SOUTH)):
        (corpus / name).write_text(PLAN.format(**plan), encoding="utf-8")
    indexed = Engine(Settings.from_env(data_dir=tmp_path / "cli" / "data", corpus_dir=corpus, embed_model="hashing"))
    indexed.ensure_index()
    try:
        for name in ("kh_bvphcn_bac.txt", "kh_bvphcn_nam.txt"):
            assert stored(engine, name) == stored(indexed, name), name
    finally:
        indexed.close()
    question = "Đường dây nóng của Bệnh viện Phục hồi chức năng tỉnh Thạch Xuyên là số nào?"
    drive(settings, engine, api.message(api.private_chat(USER_ID), api.user(USER_ID), text=question))
    answer = api.sent_texts(USER_ID)[-1]
    assert SOUTH["hotline"] in answer and NORTH["hotline"] not in answer
