"""Admins correct what the reader got wrong: fix a duty's date, who, what or to whom,
delete one, or add a missing one (issue #11).

A correction is stored against the file's content hash and the extracted duty it changes
(`duty_target`: a hash of the duty as the reader extracted it), so reindexing the same
file extracts the same duty and applies the same correction. Duties are numbered as the
upload reply lists them: the document's dated duties in date order.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date

from . import clock

__all__ = ["Correction", "apply_corrections", "correct_duty", "duty_target", "stored_rows"]

#: the fields an admin may change
FIELDS = ("due_on", "who", "what", "to_whom")


@dataclass
class Correction:
    """One stored correction: edit or delete the duty `target`, or add a duty."""

    id: int
    sha256: str
    action: str                 # "edit", "delete" or "add"
    target: str | None
    due_on: str | None = None   # YYYY-MM-DD; None keeps the extracted value (edit)
    who: str | None = None
    what: str | None = None
    to_whom: str | None = None


_KEY_FIELDS = ("due_on", "due_text", "who", "what", "to_whom", "section")


def _key(values: list[str]) -> str:
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()[:20]


def duty_target(row: dict) -> str:
    """The key of an extracted duty: the same file yields the same key on every reindex.

    Letter case and runs of spaces are left out, so a better casing of a name the plan
    writes in capitals (a reader improvement) keeps the admin's corrections attached."""
    return _key([" ".join(unicodedata.normalize("NFC", str(row.get(k) or "")).casefold().split())
                 for k in _KEY_FIELDS])


def _earlier_targets(row: dict) -> set[str]:
    """Keys older versions stored for this duty: the exact text, and the text with who and
    to whom in capitals as the reader used to keep them from a capitalised heading or cell."""
    exact = [str(row.get(k) or "") for k in _KEY_FIELDS]
    shouted = [v.upper() if k in ("who", "to_whom") else v for k, v in zip(_KEY_FIELDS, exact)]
    return {_key(exact), _key(shouted)}


def apply_corrections(rows: list[dict], corrections: list[Correction]) -> list[dict]:
    """The extracted duty rows with the corrections applied, in order; each row carries
    `target` (its extracted key, or `add:<id>` for an added duty) so it can be corrected again."""
    out = [dict(row, target=duty_target(row)) for row in rows]
    by_target = {row["target"]: row for row in out}
    for row in out:
        for key in _earlier_targets(row):
            by_target.setdefault(key, row)
    for c in corrections:
        if c.action == "add":
            out.append({"who": c.who or "", "what": c.what or "", "to_whom": c.to_whom or "",
                        "due_on": c.due_on, "due_text": "", "recurrence": None,
                        "section": "Bổ sung của quản trị viên", "quote": "", "target": f"add:{c.id}"})
            continue
        row = by_target.get(c.target or "")
        if row is None:
            continue                            # the file changed: the duty is gone
        if c.action == "delete":
            row["deleted"] = True
            continue
        for name in FIELDS:
            value = getattr(c, name)
            if value is not None:
                row[name] = value
        if c.due_on:
            row["due_text"] = f"ngày {clock.day_text(date.fromisoformat(c.due_on))} (đã sửa)"
    return [row for row in out if not row.pop("deleted", False)]


def stored_rows(rows: list[dict], corrections: list[Correction]) -> list[dict]:
    """The rows to write for a document: corrected, without their `target` keys."""
    return [{k: v for k, v in row.items() if k != "target"} for row in apply_corrections(rows, corrections)]


def correct_duty(store, corpus_dir, document_id: int, number: int | None, *, due_on: str | None = None,
                 who: str | None = None, what: str | None = None, to_whom: str | None = None,
                 action: str = "edit", user_id: int | None = None) -> None:
    """Edit or delete the `number`-th dated duty of a document (as the upload reply numbers
    them), or add one (`action="add"`, `number` None); the document's rows are rewritten."""
    from .errors import CorrectionRefusedError
    from .parsing import parse_document

    doc = store.document(document_id)
    if doc is None:
        raise CorrectionRefusedError(f"no document {document_id}")
    parsed = parse_document(corpus_dir / doc.filename)
    corrections = store.corrections(doc.sha256)
    target = None
    if action != "add":
        dated = sorted((r for r in store.obligation_rows(document_id) if r.due_on), key=lambda r: (r.due_on, r.id))
        if number is None or not 1 <= number <= len(dated):
            raise CorrectionRefusedError(f"no duty {number}", user_message=(
                f"Không có thời hạn số {number}. Văn bản này có {len(dated)} thời hạn có ngày."))
        chosen = dated[number - 1]
        keys = ("who", "what", "to_whom", "due_on", "due_text", "section", "quote")
        view = apply_corrections(parsed.obligation_rows, corrections)
        target = next((r["target"] for r in view
                       if all((r.get(k) or "") == (getattr(chosen, k) or "") for k in keys)), None)
        if target is None:
            raise CorrectionRefusedError("duty not found in the file")
    elif not (due_on and what):
        raise CorrectionRefusedError("add needs a date and a duty", user_message=(
            "Cần ít nhất ngày và nội dung nhiệm vụ để thêm một thời hạn."))
    store.add_correction(Correction(id=0, sha256=doc.sha256, action=action, target=target, due_on=due_on,
                                    who=who, what=what, to_whom=to_whom), user_id, clock.now_iso())
    store.replace_obligations(document_id, stored_rows(parsed.obligation_rows, store.corrections(doc.sha256)))
