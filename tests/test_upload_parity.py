"""A plan added by upload (`qcdc add FILE`, an admin sending the file to the bot) is read,
stored and indexed exactly as `qcdc index` reads the same file in corpus/: the same
document row, sections and chunks, obligations and aliases, for every format agencies
send (Word numbering, letterhead and deadline tables, a text box and page header, a PDF
table over a page break, and the formats of tests/fixtures/formats)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.aliases import document_aliases
from index.config import Settings
from index.engine import Engine
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.cli import run_cli
from tests.support.formats import FIXTURES
from tests.support.harness import ADMIN_ID, drive
from tests.support.pdf_plans import table_pdf
from tests.support.word_fixtures import framed_plan, numbered_plan, table_plan

OTHER_PLAN = Path(__file__).parent / "data" / "ke_hoach_moi.txt"
PLANS = {
    "ke_hoach_so_vhttdl.docx": numbered_plan,
    "ke_hoach_ban_dan_toc.docx": table_plan,
    "ke_hoach_cdc.docx": framed_plan,
    "ke_hoach_ban_dan_toc.pdf": table_pdf,
    "ke_hoach_mau.odt": lambda: (FIXTURES / "ke_hoach_mau.odt").read_bytes(),
    "ke_hoach_mau.rtf": lambda: (FIXTURES / "ke_hoach_mau.rtf").read_bytes(),
    "ke_hoach_mau_cong_thong_tin.html": lambda: (FIXTURES / "ke_hoach_mau_cong_thong_tin.html").read_bytes(),
}
#: Fields of the documents row that say when and by what path a document came, not what it holds.
_HOW_ADDED = {"id", "added_at"}


def stored(eng: Engine, filename: str) -> dict:
    """Everything the index holds of one document: its row, chunks, obligations, aliases."""
    doc = next(d for d in eng.store.documents() if d.filename == filename)
    row = {k: v for k, v in vars(doc).items() if k not in _HOW_ADDED}
    chunks = [(c.ordinal, c.section, c.text, c.embed_text, c.content_hash)
              for c in eng.store.chunk_rows() if c.document_id == doc.id]
    obligations = [(o.who, o.what, o.to_whom, o.due_on, o.due_text, o.recurrence, o.section, o.quote)
                   for o in eng.store.obligation_rows(doc.id)]
    lexical = sorted(e.lexical for e in eng.store.lexical_entries() if e.document_id == doc.id)
    return {"row": row, "chunks": sorted(chunks), "obligations": sorted(obligations, key=repr),
            "aliases": document_aliases(doc.issuer, doc.number, doc.place), "lexical": lexical}


def _engine(root: Path, corpus_files: dict[str, bytes]) -> Engine:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(OTHER_PLAN, corpus / OTHER_PLAN.name)
    for name, data in corpus_files.items():
        (corpus / name).write_bytes(data)
    eng = Engine(Settings.from_env(data_dir=root / "data", corpus_dir=corpus, embed_model="hashing"))
    eng.ensure_index()
    return eng


@pytest.mark.parametrize("name", sorted(PLANS))
def test_an_uploaded_plan_is_indexed_as_the_same_file_in_the_corpus(tmp_path: Path, name: str):
    data = PLANS[name]()
    indexed = _engine(tmp_path / "indexed", {name: data})
    added = _engine(tmp_path / "added", {})
    upload = tmp_path / "upload" / name
    upload.parent.mkdir()
    upload.write_bytes(data)
    added.add_document(upload)
    try:
        by_index, by_upload = stored(indexed, name), stored(added, name)
        assert by_upload == by_index
        assert by_index["obligations"] and by_index["row"]["issuer"] and by_index["row"]["number"]
    finally:
        indexed.close()
        added.close()


def test_qcdc_add_reports_what_qcdc_index_stores(tmp_path: Path):
    """The CLI path: `qcdc add --json` of the table plan prints the document and deadlines that
    `qcdc documents --json` and `qcdc deadlines --json` give when the file is indexed from corpus/."""
    data = table_plan()
    upload = tmp_path / "ke_hoach_ban_dan_toc.docx"
    upload.write_bytes(data)
    corpus_a, corpus_b = tmp_path / "a" / "corpus", tmp_path / "b" / "corpus"
    for corpus in (corpus_a, corpus_b):
        corpus.mkdir(parents=True)
        shutil.copy(OTHER_PLAN, corpus / OTHER_PLAN.name)
    shutil.copy(upload, corpus_a / upload.name)
    run_cli(["index"], data_dir=tmp_path / "a" / "data", corpus_dir=corpus_a)
    listed = json.loads(run_cli(["documents", "--json"], data_dir=tmp_path / "a" / "data", corpus_dir=corpus_a).stdout)
    indexed = next(d for d in listed if d["file"] == upload.name)
    run_cli(["index"], data_dir=tmp_path / "b" / "data", corpus_dir=corpus_b)
    # on a day inside the plan's year: an upload of a plan whose deadlines are all past gets
    # a warning of its own, which `qcdc documents` does not repeat
    added = json.loads(run_cli(["add", "--json", str(upload)], data_dir=tmp_path / "b" / "data",
                               corpus_dir=corpus_b, QCDC_NOW="2025-01-10T08:00").stdout)
    for key in ("file", "title", "number", "issuer", "issued_on", "year", "signer", "warnings"):
        assert added[key] == indexed[key], key
    assert added["deadlines"] and len(added["deadlines"]) == indexed["deadlines"]
    listed = json.loads(run_cli(["deadlines", "--json", "--from", "2025-01-01", "--to", "2025-12-31"],
                                data_dir=tmp_path / "a" / "data", corpus_dir=corpus_a).stdout)
    fields = ("date", "due_text", "who", "what", "to")
    assert sorted(tuple(d[f] for f in fields) for d in added["deadlines"]) == \
        sorted(tuple(d[f] for f in fields) for d in listed if d["date"] and upload.name in repr(d))


def test_the_bots_document_handler_stores_what_qcdc_index_stores(api, settings, engine, tmp_path: Path):
    name = "ke_hoach_ban_dan_toc.docx"
    data = table_plan()
    drive(settings, engine, api.document_message(api.private_chat(ADMIN_ID), api.user(ADMIN_ID), data, name))
    assert "Đã thêm tài liệu" in api.sent_texts(ADMIN_ID)[-1]
    indexed = _engine(tmp_path / "indexed", {name: data})
    try:
        assert stored(engine, name) == stored(indexed, name)
    finally:
        indexed.close()
