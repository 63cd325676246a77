"""Admins correct extracted duties (issue #11): edit, delete, add; corrections survive a
reindex of the same file. Through the `qcdc` commands (in-process), hashing embedder."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from index.corrections import Correction, apply_corrections, duty_target
from index.write_rows import NewObligation
from tests.support.cli import CliRun, run_cli

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "tests" / "data" / "reading" / "p01.docx"


def run(args: list[str], tmp_path: Path) -> CliRun:
    return run_cli(args, tmp_path / "data", tmp_path / "corpus")


def dated(tmp_path: Path) -> list[dict]:
    proc = run(["deadlines", "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    return sorted((d for d in json.loads(proc.stdout) if d["date"]), key=lambda d: (d["date"], d["obligation_id"]))


def test_edit_delete_add_and_they_survive_a_rebuild(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    added = run(["add", "--json", str(PLAN)], tmp_path)
    assert added.returncode == 0, added.stderr
    doc = json.loads(added.stdout)
    before = dated(tmp_path)
    assert [d["date"] for d in before][:2] == ["2025-02-28", "2025-06-10"]

    fix = run(["correct", str(doc["id"]), "2", "--date", "2025-06-12", "--to", "Văn phòng Sở Nội vụ"], tmp_path)
    assert fix.returncode == 0, fix.stderr
    gone = run(["correct", str(doc["id"]), "1", "--delete"], tmp_path)
    assert gone.returncode == 0, gone.stderr
    new = run(["correct", str(doc["id"]), "--add", "--date", "2025-12-15", "--what", "Báo cáo tổng kết năm",
               "--who", "Văn phòng Sở", "--to", "UBND tỉnh"], tmp_path)
    assert new.returncode == 0, new.stderr

    def check() -> None:
        after = dated(tmp_path)
        dates = [d["date"] for d in after]
        assert "2025-02-28" not in dates and "2025-06-10" not in dates
        moved = next(d for d in after if d["date"] == "2025-06-12")
        assert moved["to"] == "Văn phòng Sở Nội vụ" and moved["what"] == before[1]["what"]
        assert any(d["date"] == "2025-12-15" and d["what"] == "Báo cáo tổng kết năm" for d in after)
        assert len(after) == len(before) - 1 + 1

    check()
    rebuilt = run(["index", "--rebuild"], tmp_path)
    assert rebuilt.returncode == 0, rebuilt.stderr
    check()


def test_a_correction_naming_no_duty_is_refused_in_vietnamese(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    shutil.copy(PLAN, tmp_path / "corpus" / PLAN.name)
    proc = run(["correct", "1", "99", "--who", "Văn phòng"], tmp_path)
    assert proc.returncode == 2 and "Không có thời hạn số 99" in proc.stderr


def test_the_suahan_command_parses_each_correction() -> None:
    from datetime import date

    from bot.correction_handlers import CorrectionRequest, parse_correction

    assert parse_correction("3 2 ngay 12/06/2025") == CorrectionRequest(3, 2, "edit", due_on=date(2025, 6, 12))
    assert parse_correction("3 2 ngày 2025-06-12") == CorrectionRequest(3, 2, "edit", due_on=date(2025, 6, 12))
    assert parse_correction("3 2 ai Văn phòng Sở") == CorrectionRequest(3, 2, "edit", who="Văn phòng Sở")
    assert parse_correction("3 2 gửi UBND tỉnh") == CorrectionRequest(3, 2, "edit", to_whom="UBND tỉnh")
    assert parse_correction("3 2 việc Báo cáo năm") == CorrectionRequest(3, 2, "edit", what="Báo cáo năm")
    assert parse_correction("3 1 xóa") == CorrectionRequest(3, 1, "delete")
    assert parse_correction("3 thêm 15/12/2025 Báo cáo tổng kết năm") == CorrectionRequest(
        3, None, "add", due_on=date(2025, 12, 15), what="Báo cáo tổng kết năm")
    for bad in ("", "3", "x 2 ai A", "3 2 ngay 31/02/2025", "3 2 mau đỏ", "3 them hôm nay việc", "3 ² ai A"):
        assert parse_correction(bad) is None, bad


def _duty(who: str) -> NewObligation:
    return NewObligation(who=who, what="Báo cáo kết quả thực hiện", to_whom="Văn phòng",
                         due_on="2026-06-15", due_text="trước ngày 15/6/2026", recurrence=None,
                         section="III. TỔ CHỨC THỰC HIỆN", quote="")


def test_the_key_ignores_letter_case_and_spacing() -> None:
    assert duty_target(_duty("Văn phòng Sở")) == duty_target(_duty("VĂN PHÒNG  SỞ"))
    assert duty_target(_duty("Văn phòng Sở")) != duty_target(_duty("Thanh tra Sở"))


def test_a_correction_stored_under_the_older_exact_key_still_applies() -> None:
    # Older versions keyed the exact text, and kept a capitalised heading's unit in capitals;
    # the reader now cases it, and the stored correction must follow the duty.
    legacy = hashlib.sha256("\x1f".join(["2026-06-15", "trước ngày 15/6/2026", "VĂN PHÒNG SỞ",
                                          "Báo cáo kết quả thực hiện", "VĂN PHÒNG", "III. TỔ CHỨC THỰC HIỆN"])
                            .encode("utf-8")).hexdigest()[:20]
    edit = Correction(id=1, sha256="x", action="edit", target=legacy, due_on="2026-06-20")
    [keyed] = apply_corrections([_duty("Văn phòng Sở")], [edit])
    assert keyed.duty.due_on == "2026-06-20" and "(đã sửa)" in (keyed.duty.due_text or "")
    other = Correction(id=2, sha256="x", action="delete", target=legacy)
    assert apply_corrections([_duty("Thanh tra Sở")], [other])[0].duty.who == "Thanh tra Sở"
