"""The `qcdc` command as users and outside checks run it (hashing embedder): the stdin
mode as a real process on a fresh data directory (the index is built on first use), the
other commands in-process on a copy of a built index."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc.cli import main
from tests.support.cli import run_cli
from tests.support.templates import copy_indexed_data, indexed_template

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], env_dirs: tuple[Path, Path], stdin: str | None = None) -> subprocess.CompletedProcess:
    data, corpus = env_dirs
    env = dict(os.environ, QCDC_DATA_DIR=str(data), QCDC_CORPUS_DIR=str(corpus), QCDC_EMBED_MODEL="hashing")
    return subprocess.run([sys.executable, "-m", "qcdc.cli", *args], input=stdin, env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def fresh_dirs(tmp_path: Path, corpus_dir: Path) -> tuple[Path, Path]:
    """The shipped corpus and no index yet."""
    return tmp_path / "data", corpus_dir


@pytest.fixture
def dirs(fresh_dirs: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The shipped corpus, indexed."""
    copy_indexed_data(indexed_template(tmp_path_factory.getbasetemp()), fresh_dirs[0])
    return fresh_dirs


ENGLISH_HELP = ("Usage:", "Options:", "Commands:", "[OPTIONS]", "Show this message", "Show the version", "[default:")


def test_every_command_has_help_text_in_vietnamese() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0 and "Cách dùng:" in top.output and "Lệnh:" in top.output
    assert "phiên bản" in runner.invoke(main, ["--version"]).output
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Cách dùng:" in result.output and "Tùy chọn:" in result.output
        assert [w for w in ENGLISH_HELP if w in result.output + top.output] == [], name


def test_ask_json_stdin_mode_answers_each_line_in_order(fresh_dirs) -> None:
    questions = ["Hạn nộp báo cáo 6 tháng là khi nào?", "Giá vàng hôm nay bao nhiêu?",
                 "Hạn gửi kế hoạch về Phòng Nội vụ thành phố là khi nào?"]
    proc = run(["ask", "--json"], fresh_dirs, stdin="\n".join(questions) + "\n\n")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [a["question"] for a in lines] == questions
    assert [a["found"] for a in lines] == [True, False, True]
    assert all(set(a) >= {"question", "found", "answer", "sources", "deadlines"} for a in lines)
    assert "31/3/2024" in lines[2]["answer"]


def test_ask_one_question_human_readable(dirs) -> None:
    proc = run_cli(["ask", "Ai là cơ quan thường trực?"], *dirs)
    assert proc.returncode == 0, proc.stderr
    assert "Phòng Nội vụ" in proc.stdout and "Nguồn:" in proc.stdout


def test_deadlines_json_filters_and_ics(dirs, tmp_path: Path) -> None:
    proc = run_cli(["deadlines", "--json", "--from", "2024-01-01", "--to", "2024-12-31", "--issuer", "Nông nghiệp"], *dirs)
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    assert {d["date"] for d in items} == {"2024-03-22", "2024-05-20", "2024-11-10"}
    assert all({"date", "due_text", "who", "what", "to", "document"} <= set(d) for d in items)
    ics = tmp_path / "han.ics"
    proc = run_cli(["deadlines", "--ics", str(ics)], *dirs)
    assert proc.returncode == 0, proc.stderr
    from icalendar import Calendar

    events = [c for c in Calendar.from_ical(ics.read_bytes()).walk() if c.name == "VEVENT"]
    assert len(events) == 11


def test_bad_date_and_missing_token_are_clear_errors(dirs) -> None:
    proc = run_cli(["deadlines", "--from", "20/5/2024"], *dirs)
    assert proc.returncode != 0 and "YYYY-MM-DD" in proc.stderr
    proc = run_cli(["bot"], *dirs)
    assert proc.returncode == 2 and "TELEGRAM_BOT_TOKEN" in proc.stderr


def test_remind_dry_run_without_subscriptions(dirs) -> None:
    proc = run_cli(["remind", "--date", "2024-05-13", "--dry-run"], *dirs)
    assert proc.returncode == 0, proc.stderr
    assert "Chưa có nhóm nào đăng ký nhắc việc" in proc.stdout
    # one chat, not subscribed: what it would get that day (a deadline 7 days later)
    proc = run_cli(["remind", "--date", "2024-05-13", "--chat", "-100", "--dry-run"], *dirs)
    assert proc.returncode == 0, proc.stderr
    assert "Nhóm -100 (chưa đăng ký nhắc việc)" in proc.stdout and "20/05/2024 (còn 7 ngày)" in proc.stdout
    from index.config import Settings
    from index.engine import Engine

    data, corpus = dirs
    with Engine(Settings.from_env(data_dir=data, corpus_dir=corpus, embed_model="hashing")) as engine:
        assert engine.reminders.ledger_rows() == []          # a dry run records nothing


def test_ask_text_lists_each_section_of_a_plan_once() -> None:
    from index.models import Answer, Source
    from qcdc.cli import _format_answer_text

    def source(chunk_id: int, document_id: int, section: str) -> Source:
        return Source(document=f"{document_id}.txt", title="T", issuer="Sở A", section=section, text="…",
                      score=1.0 / chunk_id, chunk_id=chunk_id, document_id=document_id,
                      citation=f"Kế hoạch {document_id}")

    answer = Answer(question="q", found=True, answer="a", sources=[
        source(1, 7, "III. TỔ CHỨC THỰC HIỆN"), source(2, 8, "II. NỘI DUNG"),
        source(3, 7, "III. TỔ CHỨC THỰC HIỆN"), source(4, 7, "I. MỤC ĐÍCH")])
    lines = [line for line in _format_answer_text(answer).splitlines() if line.startswith("  [")]
    assert lines == [
        "  [1] Kế hoạch 7 — mục III. TỔ CHỨC THỰC HIỆN (7.txt)",
        "  [2] Kế hoạch 8 — mục II. NỘI DUNG (8.txt)",
        "  [3] Kế hoạch 7 — mục I. MỤC ĐÍCH (7.txt)"]
    assert len(answer.to_json()["sources"]) == 4   # the JSON contract keeps every passage


def test_ask_modes_are_the_search_modes() -> None:
    from index.search import SearchMode

    mode = next(p for p in main.commands["ask"].params if p.name == "mode")
    assert list(mode.type.choices) == [m.value for m in SearchMode]


@pytest.mark.parametrize("args, said", [
    (["khong-co"], "Lỗi: không có lệnh 'khong-co'."),
    (["ask", "--khong-co"], "Lỗi: không có tùy chọn '--khong-co'."),
    (["remind"], "Lỗi: thiếu tùy chọn '--date'."),
    (["remove", "abc"], "Lỗi: giá trị không hợp lệ cho 'DOCUMENT_ID': 'abc' không phải số nguyên."),
    (["deadlines", "--from"], "Lỗi: tùy chọn '--from' cần một giá trị."),
    (["remind", "--date", "2024-13-40"], "Lỗi: giá trị không hợp lệ: ngày phải có dạng YYYY-MM-DD: '2024-13-40'"),
])
def test_usage_errors_are_said_in_vietnamese(args: list[str], said: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert said in result.output and "--help" in result.output
    assert [w for w in ("Error:", "Try ", "Usage:", "No such", "Missing", "Invalid value") if w in result.output] == []
