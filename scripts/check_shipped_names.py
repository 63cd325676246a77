#!/usr/bin/env python3
"""List every place, agency and signer name the shipped and dev plans give in their headers,
and every place in the product's code (index/, bot/, qcdc/) that spells one of them.

House rule: code may not hold the names of the shipped plans' agencies, places or people (aliases
come from each document's own metadata; vocabularies live in index/data/). Tests may use them.

The names are read by the product's own header reader (`extract_metadata`): the issuer, its
managing body, the place of the place-date line, the signer and the code after the number's
slash ("KH-SVHTTDL" gives "SVHTTDL"). A name is matched folded (no diacritics, any case) on whole
words, so "Tay Ninh" in a comment counts as "Tây Ninh", and so does "tayninh.gov.vn". The plans read are corpus/ and the plans
of the dev halves (benchmarks/plans/, and plans_v2/, plans_v3/ without their test plans, which stay
unread). Usage:

    PYTHONPATH=$PWD python scripts/check_shipped_names.py [--data]   # --data: index/data/ too

Exit status 1 when code holds a name.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_questions import V2_TEST_PLANS, V3_TEST_PLANS  # noqa: E402
from index.cleaning import clean_text  # noqa: E402
from index.lexicon import word_list  # noqa: E402
from index.metadata import extract_metadata  # noqa: E402
from index.reading import read_document  # noqa: E402
from index.structure import split_blocks  # noqa: E402
from index.vietnamese import fold  # noqa: E402

PLAN_DIRS = (ROOT / "corpus", ROOT / "benchmarks" / "plans", ROOT / "benchmarks" / "plans_v2",
             ROOT / "benchmarks" / "plans_v3")
SUFFIXES = (".txt", ".md", ".docx", ".pdf")
CODE_DIRS = ("index", "bot", "qcdc")
#: "Số: /KH-SNN", "Số: 60 /KH-SVHTTDL": the code after the kind, even when the number is blank.
_CODE_RE = re.compile(r"^\W*Số\s*:?\s*\d*\s*/\s*[\wĐ]+-(?P<code>[\wĐ&]+)", re.MULTILINE)
#: "thành phố Tây Ninh", "xã Phước Hòa": a place written after its level inside a name.
_PLACE_IN_NAME_RE = re.compile(
    r"(?<![\w])(?i:" + "|".join(map(re.escape, word_list("place_levels.txt"))) + r")\s+"
    r"(?P<place>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3})")
#: Head words that make a name generic once they are all that is left ("Sở", "UBND tỉnh").
_GENERIC = {"so", "ubnd", "uy ban nhan dan", "tinh", "thanh pho", "huyen", "xa", "phuong"}


@dataclass(frozen=True)
class ShippedName:
    """One name a plan's header gives, with what it is and the plan it came from."""

    text: str
    kind: str       # "issuer", "parent", "place", "signer", "code"
    plan: str


@dataclass(frozen=True)
class Hit:
    """A line of code that spells a shipped name."""

    path: str
    line: int
    name: ShippedName
    source: str


def plan_files() -> list[Path]:
    """The plans whose names are checked: the shipped corpus and the dev halves' plans."""
    blind = V2_TEST_PLANS | V3_TEST_PLANS
    return [p for d in PLAN_DIRS if d.is_dir() for p in sorted(d.iterdir())
            if p.suffix in SUFFIXES and p.name not in blind]


def header_names(path: Path) -> list[ShippedName]:
    """The names in one plan's header, as the product reads them."""
    clean = clean_text(read_document(path))
    meta = extract_metadata(split_blocks(clean), clean)
    found = [(meta.issuer, "issuer"), (meta.parent, "parent"), (meta.place, "place"), (meta.signer, "signer")]
    found += [(m.group("code"), "code") for m in _CODE_RE.finditer(clean[:3000])][:1]
    found += [(m.group("place"), "place") for name in (meta.issuer, meta.parent) if name
              for m in _PLACE_IN_NAME_RE.finditer(name)
              if all(w[0].isupper() for w in m.group("place").split())]   # À-Ỹ spans lower case too
    names = {fold(t.strip()): ShippedName(t.strip(), k, path.name) for t, k in found
             if t and fold(t.strip()).strip() not in _GENERIC}
    return list(names.values())


def code_files(with_data: bool) -> list[Path]:
    """The product's code files (and its data files with `with_data`)."""
    files = [p for d in CODE_DIRS for p in sorted((ROOT / d).rglob("*.py"))]
    if with_data:
        files += sorted(p for p in (ROOT / "index" / "data").iterdir() if p.is_file())
    return files


def _pattern(name: ShippedName) -> re.Pattern[str]:
    """Whole-word, folded; a code such as "SNN" is matched as written (it is also a syllable)."""
    if name.kind == "code":
        return re.compile(r"(?<![\w])" + re.escape(name.text) + r"(?![\w])")
    words = fold(name.text).split()
    # the words may also be glued, as in an address or a domain name ("tayninh.gov.vn")
    return re.compile(r"(?<![\w])" + r"\W*".join(map(re.escape, words)) + r"(?![\w])", re.IGNORECASE)


def find_hits(names: list[ShippedName], files: list[Path]) -> list[Hit]:
    """Every line of `files` that spells one of `names`."""
    patterns = [(n, _pattern(n)) for n in {n.text: n for n in names}.values()]
    hits = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            folded = fold(line)
            for name, pattern in patterns:
                if pattern.search(line if name.kind == "code" else folded):
                    hits.append(Hit(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path), number, name, line.strip()))
    return hits


def main() -> int:
    """Print the names, then the hits; exit 1 when the code holds any."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="store_true", help="also check index/data/")
    args = parser.parse_args()
    names = [n for p in plan_files() for n in header_names(p)]
    print(f"{len(names)} names from {len({n.plan for n in names})} plans:")
    for n in names:
        print(f"  {n.kind:7} {n.text}  ({n.plan})")
    hits = find_hits(names, code_files(args.data))
    print(f"\n{len(hits)} lines of code spell a shipped name:")
    for h in hits:
        print(f"  {h.path}:{h.line}: [{h.name.kind}: {h.name.text}] {h.source[:120]}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
