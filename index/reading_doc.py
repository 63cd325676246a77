"""Read a Word 97-2003 file (.doc) with Debian's `antiword`, run as a subprocess.

antiword's DocBook output (`-x db`, always UTF-8) keeps what its plain-text mode loses:
automatic lists (numbered here as Word draws them, index/list_numbers.py), and each table
cell with its own paragraphs, so a deadline table comes out as the same "a | b | c" rows
as a .docx table (index/reading_tables.py). It does not say which cells Word merged
vertically: the lower part of a merged cell reads empty. No Python library reads .doc
text and tables as well, and antiword is small (no LibreOffice on the server).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from lxml import etree

from .doc_soft_hyphens import mark_soft_hyphens, restore
from .errors import CorruptFileError, DocReaderUnavailableError, NotAPlanError, PasswordProtectedError
from .list_numbers import BULLET, DOCBOOK_FORMATS, ListCounter, ListLevel, labelled
from .reading_tables import table_lines

#: antiword reads a plan of a few hundred pages in well under a second; a file that takes
#: this long is a pathological one, refused rather than holding the upload queue.
ANTIWORD_TIMEOUT_S = 60
#: DocBook elements that hold one paragraph (or title) of text each.
_TEXT_BLOCKS = frozenset({"para", "title", "entry", "literallayout", "programlisting"})
_PASSWORD_MESSAGE = (
    "Tệp Word được bảo vệ bằng mật khẩu nên không đọc được. Vui lòng gỡ mật khẩu "
    "(hoặc lưu lại thành tệp mới) rồi gửi lại.")


def read_doc(data: bytes) -> str:
    """The text of a .doc: paragraphs as lines, tables as rows.

    Raises DocReaderUnavailableError when antiword is not installed, CorruptFileError for
    a damaged file, PasswordProtectedError for an encrypted one."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise DocReaderUnavailableError("antiword is not installed")
    # TCVN3's "ư" is a soft hyphen to antiword, which drops it: kept under a placeholder
    data, placeholder = mark_soft_hyphens(data)
    with tempfile.TemporaryDirectory(prefix="qcdc-doc-") as tmp:
        path = os.path.join(tmp, "upload.doc")
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            done = subprocess.run([antiword, "-x", "db", path], capture_output=True, timeout=ANTIWORD_TIMEOUT_S,
                                  env={"PATH": os.environ.get("PATH", ""), "HOME": tmp, "LC_ALL": "C.UTF-8"})
        except subprocess.TimeoutExpired as exc:
            raise CorruptFileError(f"antiword ran over {ANTIWORD_TIMEOUT_S} s") from exc
    complaint = done.stderr.decode("utf-8", errors="replace").strip()
    if done.returncode != 0 or not done.stdout.strip():
        if "encrypt" in complaint.lower():
            raise PasswordProtectedError(f"doc: {complaint}", user_message=_PASSWORD_MESSAGE)
        if "too small" in complaint:
            # antiword refuses a Word file of a few lines ("the text stream ... is too small")
            raise NotAPlanError(f"doc: {complaint[:200]}")
        raise CorruptFileError(f"antiword exit {done.returncode}: {complaint[:200]}")
    return restore(docbook_text(done.stdout), placeholder)


def docbook_text(xml: bytes) -> str:
    """antiword's DocBook as lines: each paragraph a line, each informaltable its rows."""
    # no DTD, no entities, no network: the file is the sender's, not ours
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"antiword output: {exc}") from exc
    if root is None:
        raise CorruptFileError("antiword output: no document")
    lines: list[str] = []
    _walk(root, lines)
    return "\n\n".join(lines)


def _walk(el: etree._Element, lines: list[str]) -> None:
    if not isinstance(el.tag, str) or el.tag in ("bookinfo", "colspec"):
        return
    if el.tag == "informaltable" or el.tag == "table":
        rows = [[_block_lines(entry) for entry in row.iter("entry")] for row in el.iter("row")]
        lines.extend(table_lines(rows))
        return
    if el.tag in ("orderedlist", "itemizedlist"):
        _walk_list(el, lines)
        return
    if el.tag in _TEXT_BLOCKS:
        lines.extend(_block_lines(el, own_only=True))
    for child in el:
        _walk(child, lines)


def _walk_list(el: etree._Element, lines: list[str]) -> None:
    """An automatic list as antiword writes it (`orderedlist numeration=...` or
    `itemizedlist`), each item with the number or bullet Word draws before it."""
    num_format, suffix = DOCBOOK_FORMATS.get(el.get("numeration", "arabic"), ("1", "."))
    counter = ListCounter({1: ListLevel(numbered=True, num_format=num_format, suffix=suffix)})
    for item in el.iterchildren("listitem"):
        own: list[str] = []
        for child in item:
            _walk(child, own)
        lines.extend(labelled(counter.label(1) if el.tag == "orderedlist" else BULLET, own))


def _block_lines(el: etree._Element, own_only: bool = False) -> list[str]:
    """The lines of one text block; `own_only`: not the text of blocks nested in it (a
    para holding a table), which are walked on their own."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not (own_only and (child.tag in _TEXT_BLOCKS or child.tag == "informaltable")):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return [x.strip() for x in "".join(parts).splitlines() if x.strip()]
