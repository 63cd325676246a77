"""The reading fixture library (tests/data/reading): every plan is read, none refused; its
metadata reaches `qcdc documents --json` and `qcdc add --json` (the outside checks' shape).

Scores against the gold files are printed by scripts/eval_reading.py, not asserted here."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.parsing import parse_document
from tests.support.cli import CliRun, run_cli

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "tests" / "data" / "reading"
PLANS = sorted(p for p in LIBRARY.iterdir() if p.suffix in (".docx", ".pdf", ".txt"))
DOCUMENT_KEYS = {"id", "file", "title", "number", "issuer", "issued_on", "year", "signer", "deadlines", "warnings"}
DEADLINE_KEYS = {"date", "due_text", "who", "what", "to", "document"}


def run(args: list[str], tmp_path: Path, corpus: Path) -> CliRun:
    return run_cli(args, tmp_path / "data", corpus)


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_every_plan_of_the_library_is_read(path: Path) -> None:
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    parsed = parse_document(path)
    assert parsed.meta.year == gold["meta"]["year"]
    assert any(r.due_on for r in parsed.obligations)


def test_a_text_without_plan_structure_is_indexed_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "tin-tuc.txt"
    path.write_text("Sáng nay trời nắng đẹp, nhiều người dân đi tập thể dục quanh hồ. Giá rau ở chợ "
                    "tăng nhẹ do mưa kéo dài tuần trước, còn giá thịt vẫn giữ ổn định so với tháng "
                    "trước. Các em học sinh chuẩn bị cho kỳ nghỉ hè sắp tới.\n", encoding="utf-8")
    parsed = parse_document(path)
    assert parsed.chunks
    assert any("số, ký hiệu" in w for w in parsed.warnings)
    assert any("thời hạn" in w for w in parsed.warnings)


def test_add_json_and_documents_json(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    plan = LIBRARY / "p01.docx"
    added = run(["add", "--json", str(plan)], tmp_path, corpus)
    assert added.returncode == 0, added.stderr
    doc = json.loads(added.stdout)
    assert set(doc) >= DOCUMENT_KEYS
    assert (doc["number"], doc["issued_on"], doc["year"], doc["signer"]) == (
        "45/KH-SNV", "2025-01-12", 2025, "Trần Minh Khoa")
    assert doc["issuer"] == "Sở Nội vụ" and doc["title"].startswith("Thực hiện Quy chế dân chủ")
    assert doc["deadlines"] and all(set(d) >= DEADLINE_KEYS for d in doc["deadlines"])
    assert {"2025-06-10", "2025-11-10"} <= {d["date"] for d in doc["deadlines"]}
    listed = run(["documents", "--json"], tmp_path, corpus)
    assert listed.returncode == 0, listed.stderr
    docs = json.loads(listed.stdout)
    assert len(docs) == 1 and set(docs[0]) >= DOCUMENT_KEYS
    assert docs[0]["deadlines"] == sum(1 for d in doc["deadlines"] if d["date"])
    assert docs[0]["warnings"] == [] and docs[0]["file"] == doc["file"]


def test_a_pdf_table_is_read_as_rows_under_its_headers() -> None:
    from index.reading import read_document

    text = read_document(LIBRARY / "p32.pdf")
    assert "TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành" in text
    assert "1 | Tổ chức Hội nghị cán bộ, công chức, viên chức | Văn phòng Sở | Quý I/2023" in text
    parsed = parse_document(LIBRARY / "p32.pdf")
    rows = {(r.due_on, r.who) for r in parsed.obligations}
    assert ("2023-03-31", "Văn phòng Sở") in rows and ("2023-07-31", "Phòng Kế hoạch - Tài chính") in rows


def test_a_megabyte_line_without_sentence_ends_stays_small_in_memory(tmp_path: Path) -> None:
    """Issue #14 item 9: measured in a subprocess (its peak RSS), not in this process."""
    words = "kế hoạch báo cáo thực hiện dân chủ cơ sở đơn vị phòng ban".split()
    line = " ".join(words[i * 7 % len(words)] for i in range(180_000))[:1_000_000]
    path = tmp_path / "mot-dong.md"
    path.write_text("# KẾ HOẠCH\n" + line + "\n", encoding="utf-8")
    # The peak is the child's VmHWM: ru_maxrss of a child that Python started with vfork
    # carries the parent's (the whole test session's) peak across exec.
    probe = ("import json, sys\n"
             "from index.parsing import parse_document\n"
             "p = parse_document(sys.argv[1])\n"
             "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
             "print(json.dumps({'rss_mb': hwm // 1024,"
             " 'title': len(p.meta.title), 'embed': max(len(c.embed_text) for c in p.chunks),"
             " 'quote': max((len(o.quote or '') for o in p.obligations), default=0)}))\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=dict(os.environ, QCDC_EMBED_MODEL="hashing", PYTHONPATH=str(ROOT)))
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["title"] <= 300 and got["embed"] < 3000 and got["quote"] < 2000
    assert got["rss_mb"] < 1500, got
