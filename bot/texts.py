"""Every text the bot shows, in Vietnamese, and the command list.

`/help` and `set_my_commands` both read `COMMANDS`, so the menu Telegram shows and the
help text cannot drift apart. Texts containing `{...}` are formatted by the caller with
values that it has already escaped with `html.escape`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from index.formats import ACCEPTED_FORMATS_TEXT, ACCEPTED_IMAGES_TEXT


class Scope(Enum):
    """Where a command is offered."""

    EVERYWHERE = "everywhere"
    GROUPS = "groups"
    ADMIN = "admin"


@dataclass(frozen=True)
class Command:
    """A bot command: name (without /), argument hint, Vietnamese description, scope."""

    name: str
    args: str
    description: str
    scope: Scope


COMMANDS: tuple[Command, ...] = (
    Command("start", "", "Giới thiệu trợ lý", Scope.EVERYWHERE),
    Command("help", "", "Hướng dẫn sử dụng", Scope.EVERYWHERE),
    Command("hoi", "<câu hỏi>", "Hỏi về kế hoạch thực hiện QCDC", Scope.EVERYWHERE),
    Command("hanchot", "[từ khóa]", "Các hạn báo cáo sắp tới", Scope.EVERYWHERE),
    Command("donvi", "[tên đơn vị | xoa]", "Đơn vị của bạn (hoặc của nhóm)", Scope.EVERYWHERE),
    Command("lich", "[từ khóa]", "Tệp lịch (.ics) các hạn báo cáo", Scope.EVERYWHERE),
    Command("nhacviec", "[từ khóa]", "Bật nhắc hạn hằng ngày", Scope.GROUPS),
    Command("huynhac", "", "Tắt nhắc hạn cho nhóm", Scope.GROUPS),
    Command("gionhac", "HH:MM", "Đổi giờ nhắc hạn của nhóm", Scope.GROUPS),
    Command("reindex", "", "Lập lại chỉ mục tài liệu", Scope.ADMIN),
    Command("tailieu", "", "Danh sách tài liệu đã nạp", Scope.ADMIN),
    Command("xoa", "<mã>", "Xóa một tài liệu", Scope.ADMIN),
    Command("thongke", "", "Thống kê câu hỏi và đánh giá", Scope.ADMIN),
    Command("suahan", "<mã> <số> ngay|ai|viec|gui|xoa ...", "Sửa, xóa hoặc thêm (them) một thời hạn", Scope.ADMIN),
)


def commands_for(scopes: set[Scope]) -> list[Command]:
    """Commands offered in the given scopes, in menu order."""
    return [c for c in COMMANDS if c.scope in scopes]


# --------------------------------------------------------------------------- general
START = (
    "Xin chào! Tôi là <b>Trợ lý QCDC</b>: tôi trả lời <i>ai phải báo cáo gì, gửi ai, hạn khi nào</i> "
    "theo các kế hoạch thực hiện Quy chế dân chủ ở cơ sở, kèm trích dẫn văn bản.\n\n"
    "Cứ gõ câu hỏi, ví dụ: <i>Hạn nộp báo cáo 6 tháng là khi nào?</i> (gõ không dấu cũng được).\n"
    "Gõ /help để xem các lệnh."
)
HELP_HEADER = "<b>Trợ lý QCDC: các lệnh</b>"
HELP_GROUPS_HEADER = "<b>Nhắc hạn</b> (trong nhóm: quản trị viên nhóm; trong trò chuyện riêng: cho đơn vị của bạn):"
HELP_ADMIN_HEADER = "<b>Quản trị</b>:"
HELP_FOOTER = (
    "Trong trò chuyện riêng, cứ gõ câu hỏi. Trong nhóm, dùng /hoi, nhắc tên bot hoặc trả lời "
    "tin nhắn của bot."
)
HELP_FOOTER_ADMIN = (f"Quản trị viên gửi tệp {ACCEPTED_FORMATS_TEXT}, bản scan hoặc ảnh chụp văn bản (tối đa 20 MB) "
                     "để thêm hoặc thay thế kế hoạch.")

UNKNOWN_COMMAND = "Không có lệnh này. Gõ /help để xem các lệnh."
ADMIN_ONLY = "Lệnh này chỉ dành cho quản trị viên của bot."
GROUP_ADMIN_ONLY = "Chỉ quản trị viên của nhóm mới dùng được lệnh này."
TEXT_ONLY = "Tôi chỉ đọc được câu hỏi bằng chữ. Vui lòng gõ câu hỏi."
APOLOGY = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Quản trị viên đã được báo; vui lòng thử lại sau."
ADMIN_ERROR_REPORT = "<b>Lỗi trong bot</b>\n{where}\n<pre>{traceback}</pre>"

# --------------------------------------------------------------------------- questions
EMPTY_QUESTION = "Vui lòng nhập câu hỏi sau lệnh, ví dụ:\n/hoi Hạn nộp báo cáo 6 tháng là khi nào?"
QUESTION_TOO_LONG = (
    "Câu hỏi quá dài ({length} ký tự). Vui lòng hỏi ngắn gọn, dưới {limit} ký tự, "
    "ví dụ: <i>Ai phải gửi báo cáo năm cho Sở Nội vụ?</i>"
)
NOT_FOUND_PREFIX = "🔎 "
SOURCES_HEADER = "<b>Nguồn:</b>"
MORE_SOURCES_HEADER = "<b>Nguồn khác:</b>"
UNDER_A_SECOND = "chưa đến 0,1 giây"
SOURCE_LINE = "{index}. {citation}{year}, mục <i>{section}</i>"
SOURCE_SECTION_NONE = "phần đầu"
UNNAMED_DOCUMENT = "văn bản chưa rõ số hiệu"
BUTTON_SOURCE = "📄 Xem nguồn {index}"
BUTTON_UP = "👍 Hữu ích"
BUTTON_DOWN = "👎 Chưa đúng"
FEEDBACK_THANKS = "Cảm ơn bạn đã đánh giá!"
FEEDBACK_UNKNOWN = "Không tìm thấy câu hỏi này nữa."
SOURCE_GONE = "Đoạn văn này không còn (tài liệu đã được cập nhật hoặc xóa). Vui lòng hỏi lại."
PASSAGE_HEADER = "<b>{citation}</b>\nMục: <i>{section}</i>"

# --------------------------------------------------------------------------- deadlines
UPCOMING_HEADER = "<b>Các hạn báo cáo sắp tới</b>{filter}:"
UPCOMING_FILTER = " (lọc theo «{keyword}»)"
UPCOMING_NONE_FOR_KEYWORD = "Không có hạn sắp tới nào khớp «{keyword}». Gõ /hanchot để xem tất cả."
DEADLINE_LINE = "• <b>{date}</b> ({when}): {what} — {who} → {to_whom}"
DEADLINE_SOURCE = "  <i>{citation}</i>"
DEADLINE_RECURRING_LINE = "• <b>{recurrence}</b>: {what} — {who} → {to_whom}"
UNKNOWN_UNIT = "chưa rõ đơn vị"
UNKNOWN_RECIPIENT = "chưa rõ nơi nhận"
STALE_REFERENCE_HEADER = "Các hạn trong kế hoạch gần nhất ({citation}), để tham khảo:"
NO_DOCUMENTS = "Chưa có tài liệu nào. Quản trị viên hãy gửi tệp kế hoạch cho bot."

# --------------------------------------------------------------------------- reminders
REMINDER_HEADER = "🔔 <b>Nhắc hạn báo cáo QCDC</b> ngày {date}"
REMINDER_LATE = " <i>(gửi muộn)</i>"
REMINDER_FILTER = "Lọc theo: «{keyword}»"
SUBSCRIBED = "Đã bật nhắc hạn: hằng ngày lúc <b>{time}</b> (giờ Việt Nam), trước hạn {offsets} ngày."
SUBSCRIBED_FILTER = "Chỉ nhắc các hạn khớp «{keyword}»."
SUBSCRIBED_NEXT = "Hạn gần nhất: <b>{date}</b>: {what} ({citation})."
UNSUBSCRIBED = "Đã tắt nhắc hạn cho nhóm này. Gõ /nhacviec để bật lại."
NOT_SUBSCRIBED = "Nhóm này chưa bật nhắc hạn. Gõ /nhacviec để bật."
TIME_USAGE = "Cách dùng: /gionhac HH:MM, ví dụ /gionhac 07:30, /gionhac 7h30 hoặc /gionhac 7 giờ 30 (giờ Việt Nam)."
TIME_SET = "Đã đổi giờ nhắc thành <b>{time}</b> (giờ Việt Nam) hằng ngày."
TIME_SET_SUBSCRIBED = "Nhóm chưa bật nhắc hạn nên tôi đã bật luôn (không lọc theo từ khóa)."

# --------------------------------------------------------------------------- admin
NOT_ADMIN_UPLOAD = (
    "Cảm ơn bạn! Chỉ quản trị viên mới thêm được tài liệu. Tệp của bạn không được lưu; "
    "vui lòng gửi cho quản trị viên của đơn vị."
)
UPLOAD_TOO_BIG = "Tệp quá lớn ({size} MB, tối đa 20 MB). Vui lòng gửi tệp nhỏ hơn."
UPLOAD_WRONG_TYPE = ("Định dạng tệp không được hỗ trợ ({name}). Vui lòng gửi tệp "
                     f"{ACCEPTED_FORMATS_TEXT} hoặc ảnh chụp, bản scan {ACCEPTED_IMAGES_TEXT}.")
UPLOAD_RECEIVED = "Đã nhận tệp <i>{name}</i>, đang đọc và lập chỉ mục…"
UPLOAD_DOWNLOAD_FAILED = "Không tải được tệp từ Telegram. Vui lòng gửi lại sau ít phút."
SCAN_RECEIVED = "Đã nhận ảnh, đang nhận dạng chữ…"
SCAN_PROGRESS = "Đang nhận dạng chữ: trang {page}/{pages}… Dữ liệu cũ vẫn trả lời bình thường trong lúc này."
SCAN_INDEXING = "Đã đọc xong {pages} trang, đang lập chỉ mục…"
SCAN_PHOTO_TIP = "Mẹo: gửi ảnh dưới dạng tệp (không nén) thì chữ rõ hơn và đọc chính xác hơn."
UPLOAD_DONE = "✅ <b>Đã thêm tài liệu</b> (mã {id})"
UPLOAD_REPLACED = "Thay thế: {citation} (mã {id})."
UPLOAD_SIMILAR = ("Lưu ý: giống tài liệu đã có {citation} (mã {id}) nhưng không chắc là cùng văn bản "
                  "(khác cơ quan, số hoặc năm), nên đã thêm mới, không thay thế. "
                  "Nếu là bản cũ, dùng /xoa {id}.")
UPLOAD_FIELD = "{label}: {value}"
UPLOAD_DEADLINES_HEADER = "<b>Các hạn có ngày cụ thể</b> (vui lòng kiểm tra):"
UPLOAD_NO_DEADLINES = "Không tìm thấy hạn nào có ngày cụ thể; vui lòng kiểm tra lại văn bản."
UPLOAD_RECURRING = "Ngoài ra có {count} nhiệm vụ định kỳ không ghi ngày."
UPLOAD_WARNING = "⚠️ {text}"
CORRECT_USAGE = ("Cách dùng (số thứ tự như trong tin báo khi thêm tài liệu):\n"
                 "/suahan <mã> <số> ngay 12/06/2025\n/suahan <mã> <số> ai <đơn vị>\n"
                 "/suahan <mã> <số> viec <nội dung>\n/suahan <mã> <số> gui <nơi nhận>\n"
                 "/suahan <mã> <số> xoa\n/suahan <mã> them 15/12/2025 <nội dung>")
CORRECT_DONE = "✅ <b>Đã lưu sửa đổi</b> cho tài liệu mã {id} (giữ nguyên khi lập lại chỉ mục). Các thời hạn:"
CORRECT_DONE_EMPTY = "Đã lưu sửa đổi. Tài liệu này không còn thời hạn nào có ngày."
LABEL_TITLE = "Tiêu đề"
LABEL_ISSUER = "Cơ quan ban hành"
LABEL_PARENT = "Cơ quan chủ quản"
LABEL_YEAR = "Năm"
LABEL_NUMBER = "Số hiệu"
LABEL_CHUNKS = "Số đoạn"
UNKNOWN_VALUE = "(không rõ)"
REINDEX_STARTED = "Đang lập lại chỉ mục…"
REINDEX_DONE = (
    "✅ Đã lập chỉ mục: {documents} tài liệu, {chunks} đoạn, {obligations} nghĩa vụ; "
    "nhúng mới {embedded} đoạn trong {duration}."
)
REINDEX_SKIPPED = "Bỏ qua: {error}"
DOCUMENTS_HEADER = "<b>Tài liệu đã nạp</b> ({count}):"
DOCUMENT_LINE = "<b>{id}</b>. {citation}{parent} — năm {year}; {chunks} đoạn, {deadlines} hạn có ngày"
#: the managing body above the issuer, when the letterhead names one
DOCUMENT_PARENT = " (cơ quan chủ quản: {parent})"
DOCUMENTS_FOOTER = "Xóa một tài liệu: /xoa &lt;mã&gt;"
DELETE_USAGE = "Cách dùng: /xoa &lt;mã&gt; (xem mã bằng /tailieu)."
DELETED = "Đã xóa: {citation} (mã {id}). Tệp được chuyển vào thư mục data/removed để khôi phục nếu cần."
STATS = (
    "<b>Thống kê</b>\n"
    "Câu hỏi: {questions}\n"
    "Chưa trả lời được: {unanswered}\n"
    "Đánh giá: 👍 {feedback_up} · 👎 {feedback_down}\n"
    "Tài liệu: {documents} · đoạn: {chunks} · nghĩa vụ: {obligations}\n"
    "Nhóm nhận nhắc hạn: {subscriptions}"
)
STATS_UNANSWERED = "<b>Câu hỏi gần đây chưa trả lời được:</b>"

# --------------------------------------------------------------------------- conversation
WELCOME_GROUP = (
    "Xin chào cả nhóm! Tôi là <b>Trợ lý QCDC</b>: tôi trả lời ai phải báo cáo gì, gửi ai, hạn khi nào, "
    "kèm trích dẫn văn bản.\n"
    "• Hỏi: /hoi &lt;câu hỏi&gt;, hoặc nhắc @{username}, hoặc trả lời tin nhắn của tôi.\n"
    "• Quản trị viên nhóm gõ /nhacviec để nhận nhắc hạn mỗi ngày, /donvi &lt;tên đơn vị&gt; để đặt đơn vị của nhóm."
)
BUTTON_ORIGINAL = "📎 Văn bản gốc"
BUTTON_ORIGINAL_N = "📎 Văn bản gốc {index}"
ORIGINAL_GONE = "Văn bản này không còn trong hệ thống (đã được thay thế hoặc xóa)."
BUTTON_SUBMITTED = "✅ Đã nộp · {date}"
BUTTON_SNOOZE = "🔁 Nhắc lại ngày mai"
SUBMITTED_STATE = "✅ {name} đã nộp · {date}"
SUBMITTED_TOAST = "Đã ghi nhận: hạn {date} đã nộp. Nhóm sẽ không được nhắc hạn này nữa."
SUBMITTED_BEFORE = "Hạn này đã được {name} đánh dấu đã nộp."
SNOOZED_STATE = "🔁 Sẽ nhắc lại ngày {date}"
SNOOZED_TOAST = "Tôi sẽ nhắc lại hạn này vào ngày {date}."
DEADLINE_GONE = "Hạn này không còn trong các kế hoạch đã nạp."
BUTTON_STALE = "Nút này không còn dùng được."
SOMEONE = "Một thành viên"
UNIT_SET = "Đã ghi nhận đơn vị{whose}: <b>{unit}</b>. Câu trả lời, /hanchot, /lich và lời nhắc sẽ ưu tiên đơn vị này."
UNIT_SHOW = "Đơn vị{whose}: <b>{unit}</b>. Đổi: /donvi &lt;tên đơn vị&gt;; xóa: /donvi xoa."
UNIT_NONE = "Chưa đặt đơn vị{whose}. Đặt bằng: /donvi &lt;tên đơn vị&gt;, ví dụ /donvi Văn phòng Sở."
UNIT_CLEARED = "Đã xóa đơn vị{whose}."
UNIT_OF_GROUP = " của nhóm"
UNIT_OF_YOU = " của bạn"
UNIT_CLEAR_WORDS = ("xoa", "xóa", "xoá")
CALENDAR_NONE = "Không có hạn báo cáo nào sắp tới{filter} để đưa vào lịch."
CALENDAR_CAPTION = "📅 {count} hạn báo cáo{filter}. Mở tệp để thêm vào lịch điện thoại hoặc máy tính."
CALENDAR_FILE = "han-bao-cao-qcdc.ics"
CALENDAR_NAME = "Hạn báo cáo QCDC"
PASSAGE_CUT = "… (đoạn văn dài, đã rút gọn; xem đầy đủ trong «Văn bản gốc»)"

# --------------------------------------------------------------------------- feedback
FEEDBACK_DONE = "🙏 Cảm ơn bạn đã đánh giá"
FEEDBACK_ASK_REASON = "Câu trả lời chưa đúng ở điểm nào?"
FEEDBACK_REASON_THANKS = "Cảm ơn bạn! Góp ý đã được ghi lại."
FEEDBACK_NOT_YOURS = "Chỉ người đặt câu hỏi mới đánh giá được câu trả lời này."
REASON_LABELS = {"sai": "Sai", "thieu": "Thiếu", "khohieu": "Khó hiểu"}
STATS_REASONS = "Lý do 👎: sai {sai} · thiếu {thieu} · khó hiểu {khohieu}"

# --------------------------------------------------------------------------- /xoa, uploads
DELETE_CONFIRM = "Xóa tài liệu <b>{citation}</b> (mã {id})? Tệp sẽ được chuyển vào thư mục data/removed."
BUTTON_DELETE_YES = "🗑 Xóa"
BUTTON_DELETE_NO = "Hủy"
DELETE_CANCELLED = "Đã hủy, tài liệu vẫn giữ nguyên."
UPLOAD_QUEUED = "Đã nhận tệp <i>{name}</i>; đang xử lý tệp trước, tệp này đứng thứ {position} trong hàng chờ."
