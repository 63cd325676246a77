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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import clock
from .write_rows import KeyedDuty, NewObligation

if TYPE_CHECKING:   # storage imports this module (its Correction rows)
    from .storage import Store

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

#: the section an admin's added duty is listed under
ADDED_SECTION = "Bổ sung của quản trị viên"


def _key(values: list[str]) -> str:
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()[:20]


def _key_texts(duty: NewObligation) -> list[str]:
    return [str(getattr(duty, k) or "") for k in _KEY_FIELDS]


def duty_target(duty: NewObligation) -> str:
    """The key of an extracted duty: the same file yields the same key on every reindex.

    Letter case and runs of spaces are left out, so a better casing of a name the plan
    writes in capitals (a reader improvement) keeps the admin's corrections attached."""
    return _key([" ".join(unicodedata.normalize("NFC", v).casefold().split()) for v in _key_texts(duty)])


def _earlier_targets(duty: NewObligation) -> set[str]:
    """Keys older versions stored for this duty: the exact text, and the text with who and
    to whom in capitals as the reader used to keep them from a capitalised heading or cell."""
    exact = _key_texts(duty)
    shouted = [v.upper() if k in ("who", "to_whom") else v for k, v in zip(_KEY_FIELDS, exact)]
    return {_key(exact), _key(shouted)}


def apply_corrections(duties: list[NewObligation], corrections: list[Correction]) -> list[KeyedDuty]:
    """The extracted duties with the corrections applied, in order; each carries its
    `target` (its extracted key, or `add:<id>` for an added duty) so it can be corrected again."""
    out = [KeyedDuty(duty, duty_target(duty)) for duty in duties]
    by_target = {keyed.target: i for i, keyed in enumerate(out)}
    for i, duty in enumerate(duties):
        for key in _earlier_targets(duty):
            by_target.setdefault(key, i)
    deleted: set[int] = set()
    for c in corrections:
        if c.action == "add":
            out.append(KeyedDuty(NewObligation(
                who=c.who or "", what=c.what or "", to_whom=c.to_whom or "", due_on=c.due_on,
                due_text="", recurrence=None, section=ADDED_SECTION, quote=""), f"add:{c.id}"))
            continue
        i = by_target.get(c.target or "")
        if i is None:
            continue                            # the file changed: the duty is gone
        if c.action == "delete":
            deleted.add(i)
            continue
        changes = {name: getattr(c, name) for name in FIELDS if getattr(c, name) is not None}
        if c.due_on:
            changes["due_text"] = f"ngày {clock.day_text(date.fromisoformat(c.due_on))} (đã sửa)"
        out[i] = KeyedDuty(replace(out[i].duty, **changes), out[i].target)
    return [keyed for i, keyed in enumerate(out) if i not in deleted]


def stored_rows(duties: list[NewObligation], corrections: list[Correction]) -> list[NewObligation]:
    """The obligations to write for a document: the extracted ones, corrected."""
    return [keyed.duty for keyed in apply_corrections(duties, corrections)]


def correct_duty(store: Store, corpus_dir: Path, document_id: int, number: int | None, *, due_on: str | None = None,
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
        view = apply_corrections(parsed.obligations, corrections)
        target = next((keyed.target for keyed in view
                       if all((getattr(keyed.duty, k) or "") == (getattr(chosen, k) or "") for k in keys)), None)
        if target is None:
            raise CorrectionRefusedError("duty not found in the file")
    elif not (due_on and what):
        raise CorrectionRefusedError("add needs a date and a duty", user_message=(
            "Cần ít nhất ngày và nội dung nhiệm vụ để thêm một thời hạn."))
    store.add_correction(Correction(id=0, sha256=doc.sha256, action=action, target=target, due_on=due_on,
                                    who=who, what=what, to_whom=to_whom), user_id, clock.now_iso())
    store.replace_obligations(document_id, stored_rows(parsed.obligations, store.corrections(doc.sha256)))
