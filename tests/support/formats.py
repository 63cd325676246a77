"""The format fixtures (tests/fixtures/formats): one plan in every format the reader takes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
#: .doc is read by Debian's antiword; without it those tests skip, saying so.
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None,
                                    reason="antiword is not installed (apt-get install -y antiword)")
