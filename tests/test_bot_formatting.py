"""bot/formatting.py, bot/keyboards.py and bot/log_redaction.py: pure functions."""
from __future__ import annotations

import io
import logging
from datetime import date
from html import escape, unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import texts
from bot.formatting import MESSAGE_LIMIT, format_answer, format_reminder, split_message
from bot.answer_buttons import PASSAGE_LIMIT, capped_passage
from bot.keyboards import Action, answer_keyboard, parse_press, reminder_keyboard
from bot.log_redaction import REDACTED, TokenRedactingFilter, install_token_redaction
from index.models import Answer, Deadline, Source
from index.reminders import Digest, DueItem

TOKEN = "123456789:AAsecret-part-of-the-token-xyz"


def source(i: int, section: str = "III. TỔ CHỨC THỰC HIỆN > 1. Văn phòng") -> Source:
    return Source(document=f"doc{i}.txt", title="Kế hoạch", issuer="Sở <Nội vụ>", section=section,
                  text="Nội dung & <b>chi tiết</b>", score=1.0, chunk_id=10 + i, year=2024,
                  citation=f"Kế hoạch số {i}/KH-SNV của Sở <Nội vụ>")


# --------------------------------------------------------------------------- splitting
@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab ạ&<>\n"), max_size=300), max_size=40),
       st.integers(min_value=20, max_value=200))
def test_split_message_respects_the_limit_and_keeps_every_word(lines, limit):
    text = escape("\n".join(lines), quote=False)
    parts = split_message(text, limit)
    assert all(len(p) <= limit for p in parts)
    assert "".join(text.split()) == "".join("".join(parts).split())
    for part in parts:                         # never a broken entity at a cut
        tail = part[-6:]
        assert "&" not in tail or ";" in tail[tail.rindex("&"):]


def test_split_message_short_text_is_one_part():
    assert split_message("xin chào") == ["xin chào"]


def test_split_message_cuts_at_lines_first():
    text = "\n".join(f"dòng {i} " + "x" * 50 for i in range(200))
    parts = split_message(text)
    assert len(parts) > 1 and all(len(p) <= MESSAGE_LIMIT for p in parts)
    assert all(p.startswith("dòng ") for p in parts)


# --------------------------------------------------------------------------- answers
def test_answer_escapes_everything_and_cites_sources():
    answer = Answer(question="q", found=True, answer="Hạn <ngày 20/5> & trước",
                    sources=[source(1), source(2, section=""), source(3), source(4)], question_id=9)
    text = format_answer(answer)
    assert text.startswith("Hạn &lt;ngày 20/5&gt; &amp; trước")
    assert "Sở &lt;Nội vụ&gt;" in text and "<Nội" not in text
    assert "1. Kế hoạch số 1/KH-SNV" in text and "(năm 2024)" in text
    assert "mục <i>phần đầu</i>" in text
    assert "4. Kế hoạch số 4" not in text          # three sources listed, three buttons
    keyboard = answer_keyboard(answer).inline_keyboard
    assert [b.callback_data for b in keyboard[0]] == ["src:11", "src:12", "src:13"]
    assert [b.callback_data for b in keyboard[-1]] == ["fb:9:+1", "fb:9:-1"]


def test_answer_offers_the_original_file_of_the_cited_plans():
    first, second, third = source(1), source(2), source(3)
    first.document_id, second.document_id, third.document_id = 5, 5, 8
    answer = Answer(question="q", found=True, answer="a", sources=[first, second, third])
    originals = answer_keyboard(answer).inline_keyboard[1]
    assert [b.callback_data for b in originals] == ["doc:5", "doc:8"]
    assert originals[0].text == "📎 Văn bản gốc"


def test_a_plan_the_answer_cites_is_not_cited_again_and_long_sections_are_cut_at_a_word():
    cited, other = source(1), source(2, section="III. TỔ CHỨC THỰC HIỆN > 4. Thủ trưởng các cơ quan, đơn vị "
                                               "và Chủ tịch Ủy ban nhân dân các xã, phường")
    answer = Answer(question="q", found=True, answer=f"Hạn 20/5 ({cited.citation}).", sources=[cited, other])
    text = format_answer(answer)
    assert text.count("Kế hoạch số 1/KH-SNV") == 1
    assert texts.MORE_SOURCES_HEADER in text and "2. Kế hoạch số 2/KH-SNV" in text
    section = unescape(text.split("mục <i>")[1].split("</i>")[0])
    assert section.endswith("…") and len(section) <= 71 and other.section.startswith(section[:-1])


def test_a_plan_is_listed_once_with_its_best_passage():
    first, second, third = source(1), source(2), source(3)
    first.document_id = second.document_id = 4
    third.document_id = 5
    answer = Answer(question="q", found=True, answer="a", sources=[first, second, third], question_id=2)
    text = format_answer(answer)
    assert "Kế hoạch số 2/KH-SNV" not in text and "2. Kế hoạch số 3/KH-SNV" in text
    assert [b.callback_data for b in answer_keyboard(answer).inline_keyboard[0]] == ["src:11", "src:13"]


def test_not_found_answer_has_no_sources_or_source_buttons():
    answer = Answer(question="q", found=False, answer="Không tìm thấy.", sources=[source(1)])
    assert format_answer(answer) == texts.NOT_FOUND_PREFIX + "Không tìm thấy."
    assert answer_keyboard(answer) is None


def test_callback_data_parsing_accepts_what_the_bot_sends():
    assert parse_press("src:42").action is Action.SOURCE and parse_press("src:42").target == 42
    assert parse_press("fb:7:-1").vote == -1 and parse_press("fb:7:+1").vote == 1
    assert parse_press("dn:3:20241120").day == date(2024, 11, 20)
    assert parse_press("fr:7:thieu").reason.value == "thieu"
    assert parse_press("rm:4:y").argument == "y" and parse_press("doc:9").target == 9


def test_callback_data_parsing_ignores_forged_data():
    forged = ["src:99999999999999999999999", "src:²", "fb:²:+1", "fb:7:+2", "fb::+1", "x", "", None,
              "src:1:extra", "dn:3:20241340", "dn:3", "fr:7:other", "rm:4:maybe", "doc:-1", "src: 1",
              "src:١٢", "sn:1:2024112", "fb:7:-1\n"]
    assert [d for d in forged if parse_press(d) is not None] == []


def test_passage_is_capped_to_one_message_cut_at_a_word():
    huge = source(1)
    huge.text = "chữ " * 50_000
    text = capped_passage(huge)
    assert len(text) <= MESSAGE_LIMIT and texts.PASSAGE_CUT in text
    assert "chữ\n" in text or text.split("\n")[-2].endswith("chữ")
    assert len(capped_passage(source(2))) < PASSAGE_LIMIT


# --------------------------------------------------------------------------- reminders
def test_reminder_message_marks_late_sends_and_escapes():
    deadline = Deadline(date=date(2024, 5, 20), due_text="trước ngày 20/5", who="Văn phòng <Sở>",
                        what="Báo cáo 6 tháng", to_whom="Sở Nội vụ", document="a.txt",
                        citation="Kế hoạch năm 2024 của Sở A&B", section="III", obligation_id=3)
    digest = Digest(chat_id=-1, day=date(2024, 5, 17), keyword="Sở <A>",
                    items=[DueItem(deadline, 3)], late=True)
    text = format_reminder(digest)
    assert "17/05/2024" in text and "(gửi muộn)" in text and "còn 3 ngày" in text
    buttons = reminder_keyboard(digest).inline_keyboard
    assert [b.callback_data for b in buttons[0]] == ["dn:3:20240520", "sn:3:20240520"]
    assert "Đã nộp" in buttons[0][0].text and "Nhắc lại ngày mai" in buttons[0][1].text
    assert "Văn phòng &lt;Sở&gt;" in text and "Sở A&amp;B, mục III" in text and "«Sở &lt;A&gt;»" in text


# --------------------------------------------------------------------------- logs
def test_redaction_filter_hides_the_token_in_messages_args_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenRedactingFilter([TOKEN]))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"url https://x/bot{TOKEN}/sendMessage")
        except RuntimeError:
            logger.exception("failed")
        logger.warning("secret half only: %s", TOKEN.split(":")[1])
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert output.count(REDACTED) == 3 and "RuntimeError" in output


def test_install_token_redaction_covers_root_handlers_and_quiets_httpx():
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    try:
        install_token_redaction(TOKEN)
        install_token_redaction(TOKEN)             # idempotent
        assert sum(isinstance(f, TokenRedactingFilter) for f in handler.filters) == 1
        logging.getLogger("telegram.ext.Updater").error("polling %s", f"https://x/bot{TOKEN}/getUpdates")
        assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    finally:
        root.removeHandler(handler)
    assert TOKEN not in stream.getvalue() and REDACTED in stream.getvalue()


def test_upload_reply_numbers_each_duty_and_shows_the_readers_warnings() -> None:
    from bot.formatting import format_ingest_report
    from index.library import DocumentInfo, IngestReport
    from index.models import DocumentMeta

    doc = DocumentInfo(id=7, filename="kh.txt", title="Kế hoạch", issuer="Sở Nội vụ", year=2025, number=None,
                       citation="Kế hoạch của Sở Nội vụ", chunks=3, deadlines=2, added_at="")
    deadlines = [Deadline(date=date(2025, 6, 10), due_text="trước ngày 10/6/2025", who="Văn phòng",
                          what="Báo cáo 6 tháng", to_whom="Sở Nội vụ", document="kh.txt"),
                 Deadline(date=date(2025, 11, 10), due_text="trước ngày 10/11/2025", who="Văn phòng",
                          what="Báo cáo năm", to_whom="Sở Nội vụ", document="kh.txt")]
    report = IngestReport(document=doc, meta=DocumentMeta(title="Kế hoạch", year=2025), chunks=3,
                          deadlines=deadlines, warnings=["Không tìm thấy số, ký hiệu văn bản."])
    text = format_ingest_report(report)
    assert "\n1. " in text and "\n2. " in text
    assert "⚠️ Không tìm thấy số, ký hiệu văn bản." in text
