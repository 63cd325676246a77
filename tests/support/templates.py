"""An index built once per test process and copied into each test's directory: indexing
the shipped corpus takes about a second (the first time, with the word segmenter loading),
copying the small data directory a few milliseconds."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_TEMPLATES: dict[str, Path] = {}


def indexed_template(base: Path) -> Path:
    """A data+corpus directory under `base`, indexed once per test process with the hashing
    embedder; tests copy it (`copy_template`, `copy_indexed_data`) instead of indexing."""
    key = str(base)
    if key not in _TEMPLATES:
        from index.config import Settings
        from index.engine import Engine

        template = base / "indexed-template"
        (template / "corpus").mkdir(parents=True, exist_ok=True)
        for f in (ROOT / "corpus").glob("*.txt"):
            shutil.copy(f, template / "corpus" / f.name)
        engine = Engine(Settings.from_env(data_dir=template / "data", corpus_dir=template / "corpus",
                                          embed_model="hashing"))
        engine.ensure_index()
        engine.close()
        _TEMPLATES[key] = template
    return _TEMPLATES[key]


def copy_template(template: Path, target: Path) -> tuple[Path, Path]:
    """Copy the indexed template to `target`; returns (data_dir, corpus_dir)."""
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target / "data", target / "corpus"


def copy_indexed_data(template: Path, data_dir: Path) -> Path:
    """Copy only the template's data directory to `data_dir` (the caller has a copy of the
    shipped corpus already: the index matches it file for file, by content hash)."""
    shutil.copytree(template / "data", data_dir, dirs_exist_ok=True)
    return data_dir
