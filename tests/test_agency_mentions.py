"""The agencies a question names, the recipient slot, and whether the corpus knows them."""
from __future__ import annotations

from index.agency_mentions import Mention, agency_mentions, known_agency_text, names_part
from index.known_agencies import closeness, unknown_agency_share
from index.question import analyze
from index.rows import DocumentRow, ObligationRow


def names(text: str) -> list[str]:
    return [m.name for m in agency_mentions(text)]


def unknown_in(known: str, question: str) -> float:
    return unknown_agency_share(agency_mentions(question), known, [])


def test_a_name_is_read_through_the_lexicon_and_ends_at_a_cue() -> None:
    assert names("Sở NN&PTNT: hạn nộp báo cáo 6 tháng") == ["so nong nghiep"]
    assert names("Sở Y tế yêu cầu báo cáo trước ngày nào?") == ["so y te"]


def test_a_capitalised_name_word_that_folds_to_a_function_word_is_kept() -> None:
    assert names("Sở Tài chính gửi báo cáo") == ["so tai chinh"]


def test_a_lower_case_name_word_typed_with_marks_is_not_the_stopword_it_folds_to() -> None:
    # "đẳng" folds to "dang" (the stopword "đang"); typed with marks it is a name word
    assert names("Trường Cao đẳng gửi báo cáo") == ["truong cao dang"]
    assert names("Trung tâm đầu tư đang gửi báo cáo") == ["trung tam dau tu"]
    # typed without marks the folded stopword still ends the name
    assert names("truong cao dang gui bao cao") == ["truong cao"]


def test_number_words_and_common_phrases_are_no_agency() -> None:
    assert names("Số điện thoại của đường dây nóng là gì") == []
    assert names("thực hiện dân chủ ở cơ sở năm 2025") == []
    assert names("gửi Sở trước ngày nào") == []       # a bare head names no agency


def test_a_compound_noun_ending_in_a_head_word_is_no_second_agency() -> None:
    # "môi trường" is no school: the whole name is one agency, the place after it is no school's
    assert names("báo cáo năm của Sở Nông nghiệp và Môi trường Thanh Hóa") == ["so nong nghiep"]
    assert names("bao cao so nong nghiep va moi truong thanh hoa") == ["so nong nghiep"]
    assert names("Trường THPT Đông Hà gửi báo cáo") == ["truong trung hoc"]   # a school still is


def test_without_diacritics_a_mention_is_marked_ambiguous() -> None:
    (mention,) = agency_mentions("ben so van hoa ai ky")
    assert mention.name == "so van hoa" and mention.ambiguous


def test_the_recipient_is_the_agency_after_a_sending_word() -> None:
    q = analyze("Báo cáo năm của Sở Tư pháp gửi Sở Nội vụ hạn ngày nào?")
    assert [m.name for m in q.agencies] == ["so tu phap", "so noi vu"]
    assert q.recipient == "so noi vu"
    assert analyze("Sở Tư pháp báo cáo năm hạn ngày nào?").recipient is None


def test_known_names_come_from_documents_and_unknown_ones_score_high() -> None:
    doc = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="Sở Văn hóa, Thể thao và Du lịch")
    known = known_agency_text([doc], [])
    assert unknown_agency_share([Mention("so van hoa")], known, []) == 0.0
    assert unknown_agency_share([Mention("so y te")], known, []) > 0.2
    assert unknown_agency_share([], known, []) == 0.0
    # typed without diacritics, a phrase the corpus uses is not taken for an agency
    assert unknown_agency_share([Mention("ban dien tu", ambiguous=True)], known, ["dien_tu"]) == 0.0


def test_a_named_recipient_matches_the_addressee_or_the_issuer_a_bare_head_stands_for() -> None:
    from index.duties import recipient_match
    from index.rows import ObligationRow

    to_issuer = ObligationRow(id=1, document_id=1, to_whom="Sở (qua Văn phòng)", issuer="Sở Tư pháp")
    to_other = ObligationRow(id=2, document_id=1, to_whom="Sở Nội vụ", issuer="Sở Tư pháp")
    assert recipient_match(to_issuer, "so tu phap") == 1.0
    assert recipient_match(to_other, "so tu phap") < 0.5
    assert recipient_match(to_other, "so noi vu") == 1.0


def test_a_unit_named_only_in_a_plans_text_is_known() -> None:
    doc = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="Trường Trung cấp Nghề Bình Minh")
    body = "phong khao thi chu tri to chuc thi hoc ky phong_khao khao_thi"
    known = known_agency_text([doc], [], [body])
    (mention,) = agency_mentions("Phòng Khảo thí tổ chức thi trước ngày nào?")
    assert unknown_agency_share([mention], known, []) == 0.0
    # an agency neither the names nor the text hold still counts as unknown
    (other,) = agency_mentions("Phòng Kế toán nộp báo cáo trước ngày nào?")
    assert unknown_agency_share([other], known, []) > 0.2
    assert unknown_agency_share([other], known_agency_text([doc], []), []) > 0.2


def test_an_abbreviated_mention_of_a_known_name_is_known() -> None:
    doc = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="",
                      issuer="Trường Trung cấp Kinh tế - Kỹ thuật Bình Minh")
    known = known_agency_text([doc], [])
    for question in ("Trường TC KTKT Bình Minh họp hội nghị khi nào", "trường TC KT-KT BM nộp báo cáo khi nào"):
        mentions = agency_mentions(question)
        assert mentions and unknown_agency_share(mentions, known, []) == 0.0, question
    # initials that read no known name are not taken for one
    assert unknown_agency_share([Mention("truong cd ktkt")], known, []) > 0.2


def test_an_agency_of_a_known_kind_but_another_place_is_unknown() -> None:
    station = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="",
                          issuer="Đài Phát thanh và Truyền hình", place="Bình Minh")
    centre = DocumentRow(id=2, filename="b.txt", sha256="y", added_at="", issuer="Trung tâm Y tế", place="Bình Minh")
    duty = ObligationRow(id=1, document_id=2, who="Các khoa", to_whom="Sở Y tế")
    known = known_agency_text([station, centre], [duty])

    def share(question: str) -> float:
        return unknown_agency_share(agency_mentions(question), known, [])

    # the kind ("Đài … Truyền hình") is known; its distinguishing words decide
    assert share("Đài Truyền hình Hòa Lạc tổ chức hội nghị ngày nào?") == 1.0
    assert share("Đài Truyền hình Bình Minh tổ chức hội nghị ngày nào?") == 0.0
    assert share("Đài Truyền hình tổ chức hội nghị ngày nào?") == 0.0
    # an agency a plan only sends to or addresses is no other plan's issuer: known either way
    assert share("Sở Y tế Bình Minh nhận báo cáo khi nào?") == 0.0
    assert share("Sở Y tế Hòa Lạc nhận báo cáo khi nào?") == 0.0
    # words typed in lower case after a name may be any words: they decide nothing
    assert share("Sở Y tế tổ chức hội nghị khi nào?") == 0.0


def test_a_commune_no_plans_metadata_names_is_unknown_though_a_text_cites_it() -> None:
    ward = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="UBND phường Đông Lâm",
                       place="Đông Lâm", title="Thực hiện dân chủ ở cơ sở trên địa bàn phường Đông Lâm năm 2026")
    hospital = DocumentRow(id=2, filename="b.txt", sha256="y", added_at="", issuer="Bệnh viện Phục hồi chức năng",
                           parent="Sở Y tế tỉnh Kim Điền", place="Kim Điền")
    # the hospital's text gives its address in another ward: a place cited in passing
    body = "dia chi to 3 phuong tay son thanh pho kim dien"
    known = known_agency_text([ward, hospital], [], [body])

    def share(question: str) -> float:
        return unknown_agency_share(agency_mentions(question), known, [])

    assert share("UBND phường Tây Sơn nộp báo cáo 6 tháng trước ngày nào?") == 1.0
    assert share("UBND phường Đông Lâm nộp báo cáo 6 tháng trước ngày nào?") == 0.0
    assert share("phường Đông Lâm nộp báo cáo 6 tháng trước ngày nào?") == 0.0
    # one letter wrong is the known ward misspelt
    assert share("UBND phường Đông Lăm nộp báo cáo 6 tháng trước ngày nào?") < 0.2


def test_a_head_marked_in_the_data_is_matched_only_with_diacritics() -> None:
    assert names("Đài Phát thanh tổ chức hội nghị") == ["dai phat thanh"]
    assert names("dai hoi dai bieu to chuc ngay nao") == []


def test_one_known_distinguishing_word_is_enough() -> None:
    board = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="Trung tâm Y tế", place="Bình Minh",
                        recipients='["Ban Thanh tra nhân dân"]')
    known = known_agency_text([board], [])
    # the parent's short name after the board's name is no other place
    for question in ("Ban Thanh tra nhân dân TTYT Bình Minh họp khi nào?", "Ban TTND TTYT Bình Minh họp khi nào?"):
        (mention,) = agency_mentions(question)
        assert mention.tail.startswith("ttyt")
        assert unknown_agency_share([mention], known, []) == 0.0


def test_only_an_issuers_kind_with_other_distinguishing_words_is_another_agency() -> None:
    college = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="Trường Cao đẳng Kỹ thuật",
                          place="Bình Minh", recipients='["Các trường trung học phổ thông"]')
    known = known_agency_text([college], [])

    def share(question: str) -> float:
        return unknown_agency_share(agency_mentions(question), known, [])

    assert share("Trường Cao đẳng Kỹ thuật Hòa Lạc họp khi nào?") == 1.0
    assert share("Trường Cao đẳng Kỹ thuật BM họp khi nào?") == 0.0     # the place's initials
    # a unit of a class the plan addresses ("các trường …") is no other plan's issuer
    assert share("Trường Trung học phổ thông Hòa Lạc báo cáo khi nào?") == 0.0


def test_a_place_typed_after_an_issuers_kind_decides_which_agency() -> None:
    dept = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="Sở Khoa học và Công nghệ",
                       place="Đông Lĩnh", parent="UBND tỉnh Đông Lĩnh")
    known = known_agency_text([dept], [])

    # "tỉnh Hòa Điền" right after the name is the agency's place, not a second mention
    assert unknown_in(known, "Sở Khoa học và Công nghệ tỉnh Hòa Điền hạn báo cáo 6 tháng là ngày nào") == 1.0
    assert unknown_in(known, "so khoa hoc cong nghe tinh hoa dien han bao cao 6 thang") == 1.0
    assert unknown_in(known, "Sở Khoa học và Công nghệ tỉnh Đông Lĩnh hạn báo cáo 6 tháng là ngày nào") == 0.0
    # a place the plans know does not make a known agency of one no plan names
    assert unknown_in(known, "Sở Công Thương tỉnh Đông Lĩnh hạn báo cáo năm") == 1.0
    # a place named further on, after other words, is no agency's place
    assert unknown_in(known, "Sở Khoa học và Công nghệ gửi báo cáo về tỉnh Đông Lĩnh khi nào") == 0.0


def test_a_short_unknown_name_is_not_almost_known_among_many_names() -> None:
    docs = [DocumentRow(id=i, filename=f"{i}.txt", sha256=str(i), added_at="", issuer=issuer, place=place)
            for i, (issuer, place) in enumerate([("Trung tâm Văn hóa, Thể thao và Truyền thông", "Đức Phong"),
                                                 ("UBND xã Định Thành Tây", "Định Thành Tây"),
                                                 ("Sở Khoa học và Công nghệ", "Đông Lĩnh")])]
    duty = ObligationRow(id=1, document_id=0, who="Tổ Hành chính - Tổng hợp", to_whom="Phòng Nội vụ huyện")
    known = known_agency_text(docs, [duty])
    # characters of every name joined come close to any short name; runs of words do not
    assert closeness("so cong thuong", names_part(known)) < 0.9
    assert unknown_agency_share([Mention("so cong thuong", place="dong linh")], known, []) == 1.0
    # a known name misspelt is still nearly known
    assert unknown_agency_share([Mention("phong noi vuu")], known, []) < 0.2


def test_a_commune_is_known_with_its_province_and_a_known_body_with_a_known_place() -> None:
    commune = DocumentRow(id=1, filename="a.txt", sha256="x", added_at="", issuer="UBND xã Định Thành Tây",
                          place="Định Thành Tây", parent="UBND tỉnh Hòa Điền")
    union = DocumentRow(id=2, filename="b.txt", sha256="y", added_at="", issuer="Ban Thường vụ Tỉnh đoàn",
                        recipients='["Tỉnh ủy Hòa Điền"]')
    known = known_agency_text([commune, union], [])

    # the managing body's place is the commune's too
    assert unknown_in(known, "UBND xã Định Thành Tây tỉnh Hòa Điền gửi báo cáo trước ngày nào?") == 0.0
    assert unknown_in(known, "UBND xã Định Thành Tây tỉnh Lâm Thành gửi báo cáo trước ngày nào?") == 1.0
    # a plan that writes no place: its issuer followed by a place the plans name is known
    assert unknown_in(known, "Tỉnh đoàn Hòa Điền gửi báo cáo cho ai?") == 0.0
