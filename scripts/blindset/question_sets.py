"""What every blind question set's generator does the same way: the tagged rows of the jsonl
schema, their ids, the date forms a fact's answer may take, the plans' text read without the
product, the gold check and the command line (`--check`).

A generator keeps only its own text: the plans' file names, its RAW rows (or FACTS with their
phrasings) and its summary line. The schema (benchmarks/questions_v4a.jsonl on): id
("v6a-NNN"), tag, fact, question, documents (a source from one of them in the top 5),
answer_contains (any one), answer_all (every one), expect_found, optional today (YYYY-MM-DD)
and uploaded (asked after the harness adds the plan with `qcdc add`).

    from blindset.question_sets import Question, gold_main, numbered, plan_text, check_gold
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "corpus"
TAGS = ("plain", "nodiac", "abbrev", "chat", "colloquial", "typo", "role", "window", "list", "oos")
#: the documents slot of an out-of-scope RAW row asked after the uploads
UP = "UP"
# the shipped corpus, as the sets name its plans
SNN, TD, TP, KHCN, VH = ("000_dba3e34fd191b3d8.txt", "001_8738c34ce01b9099.txt", "002_30e115d56b467f0f.txt",
                         "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt")


@dataclass
class Question:
    """One row of a set (v4a on): empty answer lists and unset fields are left out of the jsonl."""

    id: str
    tag: str
    fact: str
    question: str
    documents: list[str]
    answer_contains: list[str] = field(default_factory=list)
    answer_all: list[str] = field(default_factory=list)
    today: str | None = None
    uploaded: bool = False

    @property
    def expect_found(self) -> bool:
        """In scope exactly when the row names a document."""
        return bool(self.documents)

    def row(self) -> dict:
        """The jsonl object, keys in the schema's order."""
        out: dict = {"id": self.id, "tag": self.tag, "fact": self.fact, "question": self.question,
                     "documents": self.documents}
        if self.answer_contains:
            out["answer_contains"] = self.answer_contains
        if self.answer_all:
            out["answer_all"] = self.answer_all
        out["expect_found"] = self.expect_found
        if self.today:
            out["today"] = self.today
        if self.uploaded:
            out["uploaded"] = True
        return out


@dataclass(frozen=True)
class QuestionV3:
    """One row of the v3 schema (v3a, v4b): answer_contains always present (null when unset),
    expect_found before answer_all."""

    id: str
    tag: str
    fact: str
    question: str
    documents: list[str]
    answer_contains: list[str] | None
    expect_found: bool
    answer_all: list[str] | None = None
    today: str | None = None
    uploaded: bool = False

    def row(self) -> dict:
        """The jsonl object: optional fields only when set."""
        out = asdict(self)
        for key in ("answer_all", "today"):
            if out[key] is None:
                del out[key]
        if not self.uploaded:
            del out["uploaded"]
        return out


def date_forms(values: Sequence[str]) -> list[str]:
    """A date as the plan writes it plus its other zero-padding ("5/6/2026" <-> "05/06/2026")."""
    out: list[str] = []
    for v in values:
        out.append(v)
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(/\d{4})?", v)
        if m:
            day, month, year = int(m[1]), int(m[2]), m[3] or ""
            for alt in (f"{day}/{month}{year}", f"{day:02d}/{month:02d}{year}"):
                if alt not in out:
                    out.append(alt)
    return out


def numbered(prefix: str, raw: Iterable[tuple], uploaded: set[str]) -> list[Question]:
    """RAW rows (tag, fact, question, documents, answer_contains, answer_all, today) numbered
    "{prefix}-001" on; documents [] is out of scope, `UP` out of scope asked after the uploads; a
    row naming an uploaded plan is asked after the uploads; each date gets its other forms."""
    rows = []
    for i, (tag, fact, question, docs, contains, every, today) in enumerate(raw, start=1):
        up = docs == UP or bool(set(docs or []) & uploaded)
        docs = [] if docs == UP else list(docs)
        rows.append(Question(f"{prefix}-{i:03d}", tag, fact, question, docs, date_forms(contains), date_forms(every),
                             today, up))
    return rows


def phrasings(facts: Iterable[tuple[str, Sequence[str], Sequence[str] | None, Iterable[tuple[str, str]]]]
              ) -> list[tuple[str, str, str, Sequence[str], Sequence[str] | None]]:
    """FACTS rows (fact, documents, answer_contains, [(tag, question), ...]) as one
    (tag, fact, question, documents, answer_contains) per phrasing, in order."""
    return [(tag, fact, q, docs, contains) for fact, docs, contains, variants in facts for tag, q in variants]


# --- the plans' text, read without the product ---------------------------------------------
def comparable(text: str) -> str:
    """Folded (index.vietnamese.fold); leading zeros, spacing around '/' and runs of spaces dropped."""
    from index.vietnamese import fold

    text = fold(text).replace("–", "-")
    text = re.sub(r"\b0+(\d)", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text)


def docx_text(path: Path) -> str:
    """python-docx: the paragraphs, then every table cell row by row."""
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def html_text(data: bytes) -> str:
    """lxml: the page's whole text."""
    import lxml.html

    return lxml.html.fromstring(data).text_content()


def mhtml_text(path: Path) -> str:
    """The email package finds the saved page's HTML part; lxml reads its text."""
    import email

    msg = email.message_from_bytes(path.read_bytes())
    page = next(p for p in msg.walk() if p.get_content_type() == "text/html")
    return html_text(page.get_payload(decode=True))


def pdf_text_layer(path: Path) -> str:
    """pypdfium2: the text layer, page by page."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def ocr_text(path: Path) -> str:
    """A scanned PDF: pages rendered by pypdfium2 at 300 dpi, read by pytesseract (Vietnamese)."""
    import pypdfium2
    import pytesseract

    pdf = pypdfium2.PdfDocument(str(path))
    return "\n".join(pytesseract.image_to_string(pdf[i].render(scale=300 / 72).to_pil(), lang="vie")
                     for i in range(len(pdf)))


def raw_text(path: Path, scanned_pdf: bool = True) -> str:
    """A plan's text by its suffix (.docx, .html, .mhtml, .pdf: OCR or the text layer), else as is."""
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".html":
        return html_text(path.read_bytes())
    if path.suffix == ".mhtml":
        return mhtml_text(path)
    if path.suffix == ".pdf":
        return ocr_text(path) if scanned_pdf else pdf_text_layer(path)
    return path.read_text(encoding="utf-8")


def find_document(name: str, folders: Sequence[Path]) -> Path | None:
    """The first folder's file of that name (the corpus, then the set's plans), None if none."""
    return next((folder / name for folder in folders if (folder / name).is_file()), None)


def plan_text(name: str, folders: Sequence[Path], read: Callable[[Path], str] = raw_text) -> str | None:
    """The comparable text of a gold document, None if it is in none of the folders."""
    path = find_document(name, folders)
    return comparable(read(path)) if path else None


# --- the gold check ------------------------------------------------------------------------
@dataclass
class GoldReport:
    """What is wrong with a set's gold, and the gold strings only the scan's source text holds."""

    problems: list[str]
    misread: list[str] = field(default_factory=list)


def check_gold(rows: Sequence[Question | QuestionV3], text_of: Callable[[str], str | None], uploaded: set[str], *,
               fallback: dict[str, str] | None = None, alternatives: str = "any") -> GoldReport:
    """Problems: a missing document, an answer string in none of its documents' text, an
    out-of-scope row with gold or not tagged oos, a wrong uploaded flag, an unknown tag, a
    repeated question or id. `text_of(name)` is a document's comparable text (None when it does
    not exist); `fallback` holds a scan's comparable source text: a string only it holds is a
    misread, not a problem. `alternatives`: "any" (one answer_contains string must appear),
    "wordy" (and every one without a digit), "all" (every one)."""
    texts: dict[str, str | None] = {}
    report = GoldReport([])
    problems = report.problems
    for r in rows:
        contains, every = r.answer_contains or [], r.answer_all or []
        if r.tag == "oos" or not r.expect_found:
            if r.documents or contains or every or r.tag != "oos":
                problems.append(f"{r.id}: out of scope must be tagged oos, without documents or answers")
            continue
        if not r.documents or not contains + every:
            problems.append(f"{r.id}: no document or no answer string")
        if bool(set(r.documents) & uploaded) != r.uploaded:
            problems.append(f"{r.id}: uploaded flag does not match its documents")
        for name in r.documents:
            if name not in texts:
                texts[name] = text_of(name)
            if texts[name] is None:
                problems.append(f"{r.id}: document {name} does not exist")
        union = " ".join(texts[n] or "" for n in r.documents)
        source = " ".join((fallback or {}).get(n, "") for n in r.documents)

        def holds(s: str, row_id: str = r.id, union: str = union, source: str = source) -> bool:
            if comparable(s) in union:
                return True
            if comparable(s) in source:
                report.misread.append(f"{row_id}: {s!r}")
                return True
            return False

        named = ", ".join(r.documents)
        problems += [f"{r.id}: {s!r} not in {named}" for s in every if not holds(s)]
        if alternatives == "all":
            problems += [f"{r.id}: {s!r} not in {named}" for s in contains if not holds(s)]
        elif contains and not any(holds(s) for s in contains):
            problems.append(f"{r.id}: none of {contains} in {named}")
        if alternatives == "wordy":
            problems += [f"{r.id}: alternative {s!r} not in the text" for s in contains
                         if not re.search(r"\d", s) and comparable(s) not in union]
        if r.tag not in TAGS:
            problems.append(f"{r.id}: unknown tag {r.tag}")
    if len({comparable(r.question) for r in rows}) != len(rows) or len({r.id for r in rows}) != len(rows):
        problems.append("a question or an id is repeated")
    return report


# --- writing and the command line -----------------------------------------------------------
def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """One JSON object a line, UTF-8 as is (no \\u escapes)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def tag_counts(rows: Sequence[Question | QuestionV3]) -> str:
    """"plain 28, nodiac 8, …": how many rows of each tag, in TAGS order."""
    return ", ".join(f"{t} {sum(r.tag == t for r in rows)}" for t in TAGS)


def plan_counts(rows: Sequence[Question | QuestionV3], names: Sequence[str]) -> str:
    """"plan.docx 29, …": how many rows name each plan."""
    return ", ".join(f"{n} {sum(n in r.documents for r in rows)}" for n in names)


def summary_line(rows: Sequence[Question | QuestionV3], set_name: str, plans: Sequence[str],
                 after: str = "the upload", per_plan: bool = True) -> str:
    """"132 questions, gold checked: 87 of 112 in scope about plans v4a (a.docx 29, …), 68 asked after
    the uploads; plain 28, …": the line a set's build prints."""
    mine = [r for r in rows if r.expect_found and set(plans) & set(r.documents)]
    counts = f" ({plan_counts(rows, plans)})" if per_plan else ""
    return (f"{len(rows)} questions, gold checked: {len(mine)} of {sum(r.expect_found for r in rows)} in scope "
            f"about plans {set_name}{counts}, {sum(r.uploaded for r in rows)} asked after {after}; {tag_counts(rows)}")


def gold_main(doc: str, build: Callable[[], Sequence[Question | QuestionV3]],
              check: Callable[[Sequence], GoldReport], out: Path,
              summary: Callable[[Sequence], str]) -> int:
    """A set's command line: check the gold; unless `--check`, write the set; print its summary.
    Exits with the problems when the gold is wrong."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="check the gold only, write nothing")
    check_only = parser.parse_args().check
    sys.path.insert(0, str(ROOT))
    rows = build()
    report = check(rows)
    if report.misread:
        print(f"OCR of the scan misreads {len(report.misread)} gold strings (held by its source text): "
              + "; ".join(report.misread))
    if report.problems:
        sys.exit("\n".join(report.problems))
    if not check_only:
        write_jsonl(out, (r.row() for r in rows))
    print(summary(rows))
    return 0
