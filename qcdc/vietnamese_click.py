"""Click's own screens in Vietnamese: the help screens (headings, the usage line, the --help
and --version texts) and usage errors ("Lỗi: không có lệnh …"). Click writes them in English
unless a translation catalogue is installed."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

HELP_OPTION_TEXT = "Hiện hướng dẫn này rồi thoát."
VERSION_OPTION_TEXT = "Hiện phiên bản rồi thoát."
VERSION_MESSAGE = "%(prog)s, phiên bản %(version)s"
_HEADINGS = {"Options": "Tùy chọn", "Commands": "Lệnh", "Arguments": "Tham số"}
#: Click's usage errors, as it words them, and how the command line says them.
_USAGE_ERRORS = (
    (re.compile(r"^No such command (?P<x>.+)\.$"), "không có lệnh {x}."),
    (re.compile(r"^No such option:? (?P<x>\S+?)\.?(?: Did you mean .*)?$"), "không có tùy chọn {x}."),
    (re.compile(r"^Missing argument (?P<x>.+)\.$"), "thiếu tham số {x}."),
    (re.compile(r"^Missing option (?P<x>.+)\.$"), "thiếu tùy chọn {x}."),
    (re.compile(r"^Option (?P<x>.+) requires an argument\.$"), "tùy chọn {x} cần một giá trị."),
    (re.compile(r"^Got unexpected extra arguments? \((?P<x>.*)\)$"), "thừa tham số: {x}."),
    (re.compile(r"^Invalid value for (?P<x>[^:]+): (?P<y>.*)$", re.DOTALL), "giá trị không hợp lệ cho {x}: {y}"),
    (re.compile(r"^Invalid value: (?P<y>.*)$", re.DOTALL), "giá trị không hợp lệ: {y}"),
    (re.compile(r"^(?P<x>.+) is not one of (?P<y>.+)\.$"), "{x} không phải một trong {y}."),
    (re.compile(r"^(?P<x>.+) is not a valid integer(?: range)?\.$"), "{x} không phải số nguyên."),
)


def vietnamese_usage_message(message: str) -> str:
    """Click's usage error message in Vietnamese (the inner message of "Invalid value" too);
    one Click does not word as above is kept as it is."""
    for pattern, text in _USAGE_ERRORS:
        m = pattern.match(message.strip())
        if m:
            parts = {k: vietnamese_usage_message(v) if k == "y" and v else (v or "") for k, v in m.groupdict().items()}
            return text.format(**parts)
    return message


def _say_in_vietnamese(error: click.UsageError, command_path: str = "") -> click.UsageError:
    """The same error, shown as "Lỗi: …" with the command's --help named, in Vietnamese
    (`command_path` when the error names no context of its own)."""
    if getattr(error, "said_in_vietnamese", False):
        return error     # a subcommand's error, already worded with its own command's path
    path = error.ctx.command_path if error.ctx is not None else command_path

    def show(file: IO[Any] | None = None) -> None:
        click.echo(f"Lỗi: {vietnamese_usage_message(error.format_message())}", err=True)
        if path:
            click.echo(f"Xem hướng dẫn: {path} --help", err=True)

    error.show = show   # type: ignore[method-assign]  # Click calls error.show() before exiting
    error.said_in_vietnamese = True   # type: ignore[attr-defined]
    return error


class VietnameseHelpFormatter(click.HelpFormatter):
    """Writes "Cách dùng:", "Tùy chọn", "Lệnh" where Click writes its English headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, prefixed "Cách dùng: "."""
        super().write_usage(prog, args, prefix="Cách dùng: " if prefix is None else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A help section under its Vietnamese heading."""
        with super().section(_HEADINGS.get(name, name)):
            yield


class VietnameseContext(click.Context):
    """A context whose help screens use `VietnameseHelpFormatter`."""

    formatter_class = VietnameseHelpFormatter


class VietnameseCommand(click.Command):
    """A command with Vietnamese help screens and a Vietnamese --help option."""

    context_class = VietnameseContext

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        """Click's context; an error in the arguments is shown in Vietnamese."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            path = " ".join(filter(None, [parent.command_path if parent else "", info_name or ""]))
            raise _say_in_vietnamese(error, path) from None

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a usage error it raises (a bad date) is shown in Vietnamese."""
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            raise _say_in_vietnamese(error) from None

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """The usage line's pieces, "[OPTIONS]" written "[TÙY CHỌN]"."""
        return ["[TÙY CHỌN]" if piece == "[OPTIONS]" else piece for piece in super().collect_usage_pieces(ctx)]

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        """Click's --help option, its text in Vietnamese."""
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class VietnameseGroup(VietnameseCommand, click.Group):
    """A command group whose subcommands are `VietnameseCommand`s."""

    command_class = VietnameseCommand

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("subcommand_metavar", "LỆNH [THAM SỐ]...")
        super().__init__(*args, **kwargs)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        """The subcommand named; an unknown one is shown in Vietnamese."""
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as error:
            raise _say_in_vietnamese(error) from None
