"""bot/formatting.py, bot/keyboards.py and bot/log_redaction.py: pure functions."""
from __future__ import annotations

import io
import logging
from datetime import date
from html import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import texts
from bot.formatting import MESSAGE_LIMIT, format_answer, format_reminder, split_message
from bot.keyboards import answer_keyboard, parse_feedback, parse_source
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
    assert [b.callback_data for b in keyboard[1]] == ["fb:9:+1", "fb:9:-1"]


def test_not_found_answer_has_no_sources_or_source_buttons():
    answer = Answer(question="q", found=False, answer="Không tìm thấy.", sources=[source(1)])
    assert format_answer(answer) == texts.NOT_FOUND_PREFIX + "Không tìm thấy."
    assert answer_keyboard(answer) is None


def test_callback_data_parsing_rejects_garbage():
    assert parse_source("src:42") == 42 and parse_source("src:x") is None and parse_source("fb:1:+1") is None
    fb = parse_feedback("fb:7:-1")
    assert fb is not None and (fb.question_id, fb.value) == (7, -1)
    assert parse_feedback("fb:7:+2") is None and parse_feedback("fb::+1") is None and parse_feedback("x") is None


# --------------------------------------------------------------------------- reminders
def test_reminder_message_marks_late_sends_and_escapes():
    deadline = Deadline(date=date(2024, 5, 20), due_text="trước ngày 20/5", who="Văn phòng <Sở>",
                        what="Báo cáo 6 tháng", to="Sở Nội vụ", document="a.txt",
                        citation="Kế hoạch năm 2024 của Sở A&B", section="III", obligation_id=3)
    digest = Digest(chat_id=-1, day=date(2024, 5, 17), keyword="Sở <A>",
                    items=[DueItem(deadline, 3)], late=True)
    text = format_reminder(digest)
    assert "17/05/2024" in text and "(gửi muộn)" in text and "còn 3 ngày" in text
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
