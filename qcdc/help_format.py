"""Click's help screens in Vietnamese: headings, the usage line and the --help option's own
text (Click writes them in English unless a translation catalogue is installed)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

HELP_OPTION_TEXT = "Hiện hướng dẫn này rồi thoát."
VERSION_OPTION_TEXT = "Hiện phiên bản rồi thoát."
VERSION_MESSAGE = "%(prog)s, phiên bản %(version)s"
_HEADINGS = {"Options": "Tùy chọn", "Commands": "Lệnh", "Arguments": "Tham số"}


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
