"""docs/architecture.md names every module of index/, bot/ and qcdc/, each once, and nothing
that is gone: the map a new maintainer reads matches the tree."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_architecture_page_lists_every_module_once_and_no_other() -> None:
    listed = re.findall(r"^\| `((?:index|bot|qcdc)/[\w/]+\.py)` \|", (ROOT / "docs" / "architecture.md")
                        .read_text(encoding="utf-8"), re.MULTILINE)
    tree = sorted(str(p.relative_to(ROOT)) for d in ("index", "bot", "qcdc") for p in (ROOT / d).glob("*.py"))
    missing, gone = sorted(set(tree) - set(listed)), sorted(set(listed) - set(tree))
    assert (missing, gone) == ([], []), "add a row for each new module to docs/architecture.md, drop removed ones"
    assert len(listed) == len(set(listed))


def test_the_deployment_guide_installs_the_cpu_build_of_the_pinned_torch() -> None:
    pin = re.search(r'"torch==([\d.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8")).group(1)
    guide = (ROOT / "docs" / "van-hanh.md").read_text(encoding="utf-8")
    step = re.search(r"pip install \"?torch==([\d.]+)\"? --index-url https://download\.pytorch\.org/whl/cpu", guide)
    # the CPU wheel first, at the pinned version (another version is replaced by PyPI's CUDA build)
    assert step and step.group(1) == pin
    assert guide.index(step.group(0)) < guide.index("pip install .\n")


def test_the_architecture_page_lists_every_data_file() -> None:
    listed = set(re.findall(r"^\| `index/data/([\w.]+)` \|", (ROOT / "docs" / "architecture.md")
                            .read_text(encoding="utf-8"), re.MULTILINE))
    shipped = {p.name for p in (ROOT / "index" / "data").iterdir() if p.is_file() and p.name != "README.md"}
    assert (sorted(shipped - listed), sorted(listed - shipped)) == ([], []), \
        "add a row for each new data file to docs/architecture.md, drop removed ones"
