"""Shared fixtures: every test gets its own data and corpus directories under tmp_path,
so no test touches ./data or the shipped corpus; the fast suite uses the deterministic
hashing embedder, the `model` suite the real offline e5 model."""
from __future__ import annotations

import functools
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.templates import copy_indexed_data, indexed_template

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the data dir at tmp_path and clear settings a developer's .env might set."""
    monkeypatch.setenv("QCDC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QCDC_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("QCDC_EMBED_MODEL", "hashing")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    for var in ("TELEGRAM_BOT_TOKEN", "QCDC_ADMIN_IDS"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to connect beyond the loopback interface."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")) \
                and self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"test tried to reach {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True, scope="session")
def _one_tls_context() -> Iterator[None]:
    """Share one TLS context between the httpx clients of the suite.

    Every python-telegram-bot `Bot` opens two httpx clients and each loads the CA bundle
    (~30 ms, a few seconds over the bot tests); tests speak plain HTTP to 127.0.0.1 and
    never use it."""
    try:
        from httpx._transports import default as transports
    except ImportError:   # another httpx layout: tests are only slower
        yield
        return
    real = transports.create_ssl_context
    shared = functools.lru_cache(maxsize=4)(real)

    def create_ssl_context(verify: object = True, cert: object = None, trust_env: bool = True) -> object:
        if isinstance(verify, bool) and cert is None:
            return shared(verify=verify, cert=None, trust_env=trust_env)
        return real(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", create_ssl_context)
        yield


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A copy of the shipped corpus that tests may modify."""
    target = tmp_path / "corpus"
    target.mkdir(exist_ok=True)
    for f in SHIPPED_CORPUS.glob("*.txt"):
        shutil.copy(f, target / f.name)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path):
    from index.config import Settings

    return Settings.from_env(data_dir=tmp_path / "data", corpus_dir=corpus_dir, embed_model="hashing")


@pytest.fixture
def engine(settings, tmp_path_factory: pytest.TempPathFactory):
    """An engine over the shipped corpus with the fast hashing embedder, indexed (a copy
    of the index built once per session: the same corpus gives the same index)."""
    from index.engine import Engine

    copy_indexed_data(indexed_template(tmp_path_factory.getbasetemp()), settings.data_dir)
    eng = Engine(settings)
    eng.ensure_index()
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def open_plan_engine(tmp_path_factory: pytest.TempPathFactory):
    """An engine over the hand-written plan of tests/support/open_plan.py (duties timed without
    dates, a unit list under "Nơi nhận"), indexed once for every module that only asks it."""
    from tests.support.open_plan import FILENAME, PLAN
    from tests.support.plans import engine_over_plan

    eng = engine_over_plan(Path(tmp_path_factory.mktemp("open_plan")), FILENAME, PLAN)
    yield eng
    eng.close()
