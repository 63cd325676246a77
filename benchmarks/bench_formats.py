"""Reading the formats agencies send: time to read each format of the same plan, time to
parse it all the way to rows, and whether it gives what its .docx gives; then a long
page (a deadline table of many rows) as .html and as .docx, to show how reading scales;
then the Word and PDF plans of tests/support/word_fixtures.py (Word numbering, deadline
tables with group rows and merged cells, a letterhead in the page header and a text box, a
PDF table over a page break): how many of their dated duties are read right.

The plan is tests/fixtures/formats/ke_hoach_mau.* (scripts/make_format_fixtures.py).
"Same as .docx" compares title, issuer, number, date, signer and every duty's date, unit,
task and recipient. .doc runs Debian's antiword in a subprocess (its start is included).

    PYTHONPATH=$PWD nice python benchmarks/bench_formats.py [--rounds 20] [--rows 3000]
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QCDC_EMBED_MODEL", "hashing")     # parsing embeds nothing; be explicit

from benchmarks.common import machine, peak_rss_mb, percentile  # noqa: E402
from index.parsing import parse_document  # noqa: E402
from index.reading import read_bytes  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "formats"
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
NAMES = ["ke_hoach_mau.docx", "ke_hoach_mau.doc", "ke_hoach_mau.odt", "ke_hoach_mau.rtf", "ke_hoach_mau.xml",
         "ke_hoach_mau_cong_thong_tin.html", "ke_hoach_mau_word.htm", "ke_hoach_mau.mhtml",
         "ke_hoach_mau_word_unicode.doc"]


def _timed(fn, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _summary(path: Path) -> tuple:
    parsed = parse_document(path)
    m = parsed.meta
    return ((m.title, m.issuer, m.number, str(m.issued_on), m.signer),
            sorted((o.due_on or "", o.who or "", o.what or "", o.to_whom or "") for o in parsed.obligations))


def _long_tables(rows: int) -> tuple[bytes, bytes]:
    """The same long deadline table as an .html page and as a .docx."""
    import docx

    cells = [(str(i), f"Nhiệm vụ số {i} của kế hoạch", f"Phòng {i % 7 + 1}", f"Trước ngày {i % 28 + 1}/{i % 12 + 1}/2025")
             for i in range(1, rows + 1)]
    head = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành")
    page = ["<html><head><meta charset='utf-8'></head><body><p>KẾ HOẠCH</p><table>",
            "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    page += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells]
    page.append("</table></body></html>")
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    table = d.add_table(rows=rows + 1, cols=4)
    for r, row in enumerate([head, *cells]):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    buf = io.BytesIO()
    d.save(buf)
    return "\n".join(page).encode("utf-8"), buf.getvalue()


def _legacy_table(rounds: int) -> None:
    """The old plan typed in TCVN3 / VNI (tests/fixtures/legacy): words read as its Unicode
    source has them, its deadlines, and whether any shipped Unicode plan would convert."""
    import re
    import unicodedata

    from index.legacy_encodings import detect_encoding

    def words(text: str) -> set[str]:
        return {w for w in re.split(r"[\s|#.,;:()]+", unicodedata.normalize("NFC", text)) if w}

    source = words((LEGACY / "src" / "ke_hoach_cu.txt").read_text(encoding="utf-8"))
    print("\nAn old plan in the pre-Unicode font encodings (tests/fixtures/legacy):\n")
    print("| file | bytes | read ms p50 | source words read | number | deadlines 15/6, 10/12 |")
    print("|---|---:|---:|---:|---|---|")
    for path in sorted(LEGACY.glob("ke_hoach_cu_*.*")):
        data = path.read_bytes()
        reads = _timed(lambda: read_bytes(data, path.suffix), rounds)
        share = len(source & words(read_bytes(data, path.suffix))) / len(source)
        parsed = parse_document(path)
        dates = {str(o.due_on) for o in parsed.obligations} >= {"2008-06-15", "2008-12-10"}
        print(f"| {path.name} | {len(data)} | {statistics.median(reads) * 1000:.1f} | {share:.3f} | "
              f"{parsed.meta.number} | {'yes' if dates else 'NO'} |")
    print("\nAutomatic lists (danh_sach_tu_dong.*: two numbered duties, two bullets):\n")
    print("| file | numbered items read | bulleted items read |")
    print("|---|---:|---:|")
    for path in sorted(LEGACY.glob("danh_sach_tu_dong.*")):
        lines = [" ".join(x.split()) for x in read_bytes(path.read_bytes(), path.suffix).split("\n\n")]
        numbered = sum(1 for x in lines if re.match(r"[12]\. (Văn phòng|Công chức)", x))
        bullets = sum(1 for x in lines if x in ("- Dự toán ngân sách xã.", "- Kết quả tiếp công dân."))
        print(f"| {path.name} | {numbered} of 2 | {bullets} of 2 |")
    converted = [p.name for p in sorted((ROOT / "corpus").glob("*.txt"))
                 if detect_encoding(p.read_text(encoding="utf-8")) is not None]
    print(f"\nshipped Unicode plans taken for TCVN3/VNI: {len(converted)} {converted or ''}")


def clerk_plans() -> list[tuple[str, bytes, list[tuple[str, str, str, str]]]]:
    """The Word and PDF plans of tests/support/word_fixtures.py and pdf_plans.py, with the
    dated duties (date, unit, task words, recipient) a reader must find in each."""
    from tests.support.pdf_plans import table_pdf
    from tests.support import word_fixtures as w

    return [("numbered.docx", w.numbered_plan(), w.NUMBERED_DUTIES),
            ("table.docx", w.table_plan(), w.TABLE_DUTIES + w.APPENDIX_DUTIES),
            ("framed.docx", w.framed_plan(), w.FRAMED_DUTIES),
            ("table.pdf", table_pdf(), w.TABLE_DUTIES)]


def duties_found(obligations, expected: list[tuple[str, str, str, str]]) -> int:
    """How many expected duties a parse holds with their date, unit, task and recipient."""
    def holds(due: str, who: str, what: str, to: str) -> bool:
        return any(str(o.due_on) == due and o.who == who and what.lower() in o.what.lower()
                   and (o.to_whom or "") == to for o in obligations)
    return sum(holds(*d) for d in expected)


def _clerk_table(rounds: int, workdir: Path) -> None:
    print("\nWord and PDF plans as clerks make them (tests/support/word_fixtures.py, pdf_plans.py):\n")
    print("| file | bytes | read ms p50 | issuer | number | dated duties right / expected | sections |")
    print("|---|---:|---:|---|---|---:|---:|")
    for name, data, expected in clerk_plans():
        path = workdir / name
        path.write_bytes(data)
        reads = _timed(lambda: read_bytes(data, path.suffix), rounds)
        parsed = parse_document(path)
        print(f"| {name} | {len(data)} | {statistics.median(reads) * 1000:.1f} | {parsed.meta.issuer} | "
              f"{parsed.meta.number} | {duties_found(parsed.obligations, expected)} / {len(expected)} | "
              f"{len({c.section for c in parsed.chunks})} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--rows", type=int, default=3000)
    args = ap.parse_args()
    print(f"# bench_formats: {machine()}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
          f"load average {os.getloadavg()[0]:.2f}")
    reference = _summary(FIXTURES / NAMES[0])
    print("\n| file | bytes | read ms p50 | read ms p95 | parse ms p50 | same as .docx |")
    print("|---|---:|---:|---:|---:|---|")
    for name in NAMES:
        path = FIXTURES / name
        data = path.read_bytes()
        reads = _timed(lambda: read_bytes(data, path.suffix), args.rounds)
        parses = _timed(lambda: parse_document(path), max(3, args.rounds // 4))
        same = "yes" if _summary(path) == reference else "NO"
        print(f"| {name} | {len(data)} | {statistics.median(reads) * 1000:.1f} | "
              f"{percentile(reads, 95) * 1000:.1f} | {statistics.median(parses) * 1000:.1f} | {same} |")
    _legacy_table(args.rounds)
    with tempfile.TemporaryDirectory(prefix="qcdc-bench-formats-") as tmp:
        _clerk_table(args.rounds, Path(tmp))
    page, docx_bytes = _long_tables(args.rows)
    print(f"\nA deadline table of {args.rows} rows (median of 3 reads):\n")
    print("| format | bytes | characters read | read ms p50 |")
    print("|---|---:|---:|---:|")
    for label, data, suffix in (("html", page, ".html"), ("docx", docx_bytes, ".docx")):
        text = read_bytes(data, suffix)
        reads = _timed(lambda: read_bytes(data, suffix), 3)
        print(f"| {label} | {len(data)} | {len(text)} | {statistics.median(reads) * 1000:.0f} |")
    print(f"\npeak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
