"""`qcdc`: the command line. Thin: parse options, call the engine, print.

Heavy imports (torch, faiss, underthesea, telegram) happen inside the commands so that
`qcdc --help` answers instantly.
"""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from index.clock import day_text
from qcdc.vietnamese_click import VERSION_MESSAGE, VERSION_OPTION_TEXT, VietnameseGroup

if TYPE_CHECKING:
    from index.config import Settings
    from index.engine import Engine
    from index.library import IndexReport
    from index.models import Answer


def _settings() -> Settings:
    from index.config import Settings

    return Settings.from_env()


def _engine(progress: bool = True) -> Engine:
    """Open the engine and build the index from the corpus on first use."""
    from index.engine import Engine

    engine = Engine(_settings())
    if not engine.is_indexed():
        click.echo("Đang lập chỉ mục lần đầu từ thư mục corpus/ ...", err=True)
    report = engine.ensure_index(progress=progress)
    if report is not None:
        _print_index_report(report)
    return engine


def _print_index_report(report: IndexReport) -> None:
    click.echo(
        f"Đã lập chỉ mục: {report.documents} tài liệu, {report.chunks} đoạn, "
        f"{report.obligations} nghĩa vụ; nhúng mới {report.embedded} đoạn trong {report.seconds:.1f} s.",
        err=True)
    for err in report.errors:
        click.echo(f"  Bỏ qua: {err}", err=True)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Domain errors become their Vietnamese message and exit status 2; bugs still raise."""
    from index.errors import QcdcError

    try:
        yield
    except QcdcError as exc:
        click.echo(f"Lỗi: {exc.user_message}", err=True)
        sys.exit(2)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"ngày phải có dạng YYYY-MM-DD: {value!r}") from exc


@click.group(cls=VietnameseGroup)
@click.option("-v", "--verbose", is_flag=True, help="Ghi log chi tiết ra stderr.")
@click.version_option(package_name="qcdc-assistant", help=VERSION_OPTION_TEXT, message=VERSION_MESSAGE)
def main(verbose: bool) -> None:
    """Trợ lý QCDC: hỏi đáp và nhắc hạn báo cáo theo các kế hoạch thực hiện Quy chế dân chủ ở cơ sở."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # `qcdc -v remind` logs Bot API requests, whose URLs hold the token: redact every path
    from bot.log_redaction import install_token_redaction

    install_token_redaction(_settings().telegram_token)


@main.command()
@click.option("--rebuild", is_flag=True, help="Nhúng lại mọi đoạn, không dùng vector đã lưu.")
def index(rebuild: bool) -> None:
    """Lập (hoặc cập nhật) chỉ mục từ thư mục corpus/."""
    from index.engine import Engine

    with _user_errors():
        report = Engine(_settings()).reindex(rebuild=rebuild, progress=True)
    _print_index_report(report)


def _format_answer_text(answer: Answer) -> str:
    """The answer, then its sources: each section of a plan once, however many of its
    passages were retrieved (the JSON keeps them all)."""
    from index.models import distinct_sources

    lines = [answer.answer]
    if answer.sources:
        lines.append("")
        lines.append("Nguồn:")
        for i, s in enumerate(distinct_sources(answer.sources, by_section=True), 1):
            lines.append(f"  [{i}] {s.citation or s.document} — mục {s.section or 'phần đầu'} ({s.document})")
    return "\n".join(lines)


@main.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON cho mỗi câu hỏi.")
# the values of index.search.SearchMode, written out: `qcdc --help` must not import the search stack
@click.option("--mode", type=click.Choice(["hybrid", "lexical", "dense"]), default="hybrid",
              help="Cách tìm kiếm (để đánh giá; mặc định: hybrid).")
def ask(question: tuple[str, ...], as_json: bool, mode: str) -> None:
    """Hỏi một câu. Không có QUESTION: đọc mỗi dòng stdin là một câu hỏi."""
    with _user_errors():
        engine = _engine(progress=not as_json)

    from index.errors import QcdcError

    def answer_one(text: str) -> None:
        try:
            answer = engine.ask(text, mode=mode)
        except QcdcError as exc:   # e.g. the index was built with another model
            payload = {"question": text, "found": False, "answer": exc.user_message,
                       "sources": [], "deadlines": []}
            click.echo(json.dumps(payload, ensure_ascii=False) if as_json else payload["answer"])
            return
        if as_json:
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_format_answer_text(answer) + "\n\n")
        sys.stdout.flush()

    if question:
        answer_one(" ".join(question))
        return
    for line in sys.stdin:
        line = line.strip()
        if line:
            answer_one(line)


@main.command()
@click.option("--from", "date_from", help="Từ ngày (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Đến ngày (YYYY-MM-DD).")
@click.option("--issuer", help="Lọc theo cơ quan ban hành hoặc đơn vị (ví dụ: 'Sở Xây dựng').")
@click.option("--json", "as_json", is_flag=True, help="In JSON.")
@click.option("--ics", "ics_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi lịch (.ics) các hạn có ngày cụ thể.")
@click.option("--all", "include_undated", is_flag=True, help="Kể cả nhiệm vụ định kỳ không có ngày.")
def deadlines(date_from: str | None, date_to: str | None, issuer: str | None, as_json: bool,
              ics_path: Path | None, include_undated: bool) -> None:
    """Liệt kê các hạn báo cáo (ai, nộp gì, cho ai, khi nào)."""
    start, end = _parse_date(date_from), _parse_date(date_to)
    with _user_errors():
        engine = _engine(progress=not as_json)
        items = engine.deadlines(date_from=start, date_to=end, issuer=issuer,
                                 dated_only=not include_undated and not as_json)
    if as_json and not include_undated:
        items = [d for d in items if d.date is not None]
    if ics_path:
        from index.calendar_export import deadlines_to_ics

        ics_path.write_bytes(deadlines_to_ics([d for d in items if d.date]))
        click.echo(f"Đã ghi {sum(1 for d in items if d.date)} sự kiện vào {ics_path}", err=True)
    if as_json:
        click.echo(json.dumps([d.to_json() for d in items], ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo("Không có hạn nào phù hợp.")
        return
    for d in items:
        when = day_text(d.date) if d.date else (d.recurrence or "không ghi ngày")
        click.echo(f"{when:>12}  {d.what} — {d.who} → {d.to_whom}  [{d.citation or d.document}]")


@main.command()
@click.option("--date", "day", required=True, help="Ngày nhắc (YYYY-MM-DD).")
@click.option("--chat", "chat_id", type=int, help="Chỉ nhóm này.")
@click.option("--dry-run", is_flag=True, help="Chỉ in nội dung, không gửi.")
def remind(day: str, chat_id: int | None, dry_run: bool) -> None:
    """In (hoặc gửi) lời nhắc hạn báo cáo của một ngày cho các nhóm đã đăng ký."""
    target = _parse_date(day)
    settings = _settings()
    if dry_run:
        with _user_errors():
            engine = _engine(progress=False)
            click.echo(engine.reminders.render_dry_run(target, chat_id=chat_id))
        return
    from bot.reminder_jobs import send_reminders_once

    with _user_errors():
        sent = send_reminders_once(settings, target, chat_id=chat_id)
    click.echo(f"Đã gửi {sent} lời nhắc.")


@main.command()
def bot() -> None:
    """Chạy bot Telegram (polling). Cần TELEGRAM_BOT_TOKEN."""
    settings = _settings()
    if not settings.telegram_token:
        click.echo("Lỗi: chưa đặt biến môi trường TELEGRAM_BOT_TOKEN (xem .env.example).", err=True)
        sys.exit(2)
    from bot.app import run_bot

    run_bot(settings)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="In danh sách JSON (mỗi tài liệu một đối tượng).")
def documents(as_json: bool) -> None:
    """Liệt kê các tài liệu đã lập chỉ mục."""
    with _user_errors():
        engine = _engine(progress=not as_json)
    docs = engine.list_documents()
    if as_json:
        click.echo(json.dumps([d.to_json() for d in docs], ensure_ascii=False, indent=1))
        return
    for d in docs:
        parent = f"  (cơ quan chủ quản: {d.parent})" if d.parent else ""
        click.echo(f"{d.id:>4}  {d.year or '----'}  {d.citation}{parent}  ({d.chunks} đoạn, {d.deadlines} hạn)  "
                   f"[{d.filename}]")
        for warning in d.warnings:
            click.echo(f"        ! {warning}")


def _scan_progress(page: int, pages: int) -> None:
    click.echo(f"Đang nhận dạng chữ: trang {page}/{pages}", err=True)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="In một đối tượng JSON: tài liệu đã thêm và các thời hạn đọc được.")
def add(path: Path, as_json: bool) -> None:
    """Thêm (hoặc thay thế) một kế hoạch từ tệp .docx/.doc/.odt/.rtf/.pdf/.html/.txt/.md
    hoặc bản scan, ảnh chụp (.jpg/.png/.tif, đọc bằng nhận dạng chữ)."""
    with _user_errors():
        report = _engine(progress=not as_json).add_document(path, progress=None if as_json else _scan_progress)
    if as_json:
        payload = report.document.to_json()
        payload["deadlines"] = [d.to_json() for d in report.deadlines]
        payload["warnings"] = report.warnings
        if report.meta.parent:      # the managing body above the issuer, as the letterhead reads
            payload["parent"] = report.meta.parent
        if report.replaced:
            payload["replaced"] = report.replaced.to_json()
        if report.similar:
            payload["similar"] = [d.to_json() for d in report.similar]
        if report.scan is not None:   # read from page images: how surely, which pages to check
            payload["scan"] = {**report.scan.to_json(), "summary": report.scan.summary()}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    click.echo(f"Đã thêm: {report.document.citation} (mã {report.document.id}, {report.chunks} đoạn)")
    if report.replaced:
        click.echo(f"Thay thế: {report.replaced.citation} (mã {report.replaced.id})")
    for doc in report.similar:
        click.echo(f"Lưu ý: giống {doc.citation} (mã {doc.id}) nhưng không chắc là cùng văn bản; "
                   "đã thêm mới, không thay thế.")
    if report.scan is not None:
        for line in report.scan.summary():
            click.echo(line)
    for number, d in enumerate(report.deadlines, 1):
        when = day_text(d.date) if d.date else (d.due_text or d.recurrence or "-")
        click.echo(f"  {number}. {when}: {d.what} — {d.who} → {d.to_whom or '-'}")
    for warning in report.warnings:
        click.echo(f"  ! {warning}")


@main.command()
@click.argument("document_id", type=int)
@click.argument("number", type=int, required=False)
@click.option("--date", "due", default=None, help="Ngày đúng của thời hạn (YYYY-MM-DD).")
@click.option("--who", default=None, help="Đơn vị phải thực hiện.")
@click.option("--what", default=None, help="Nội dung nhiệm vụ / báo cáo.")
@click.option("--to", "to_whom", default=None, help="Nơi nhận.")
@click.option("--delete", is_flag=True, help="Xóa thời hạn số NUMBER (đọc sai).")
@click.option("--add", is_flag=True, help="Thêm một thời hạn còn thiếu (cần --date và --what).")
def correct(document_id: int, number: int | None, due: str | None, who: str | None, what: str | None,
            to_whom: str | None, delete: bool, add: bool) -> None:
    """Sửa thời hạn số NUMBER của tài liệu (số thứ tự như khi thêm tài liệu), xóa hoặc thêm
    một thời hạn; lần lập chỉ mục sau vẫn giữ các sửa đổi."""
    action = "add" if add else "delete" if delete else "edit"
    with _user_errors():
        items = _engine(progress=True).correct_deadline(
            document_id, None if add else number, due_on=_parse_date(due), who=who, what=what, to_whom=to_whom,
            action=action)
    dated = [d for d in items if d.date]
    click.echo(f"Đã lưu sửa đổi. Tài liệu {document_id} có {len(dated)} thời hạn có ngày:")
    for n, d in enumerate(dated, 1):
        click.echo(f"  {n}. {day_text(d.date)}: {d.what} — {d.who} → {d.to_whom or '-'}")


@main.command()
@click.argument("document_id", type=int)
def remove(document_id: int) -> None:
    """Xóa một tài liệu khỏi chỉ mục (tệp được chuyển vào data/removed/)."""
    with _user_errors():
        info = _engine(progress=True).remove_document(document_id)
    click.echo(f"Đã xóa: {info.citation} (mã {info.id})")


if __name__ == "__main__":
    main()
