"""Fixtures shared by the in-process bot tests: a Bot API stand-in, settings pointing the
bot at it, and an engine over a copy of a once-built index."""
from __future__ import annotations

import pytest

from index.engine import Engine
from tests.botapi_standin import BotApiStandIn
from tests.support.harness import bot_settings, copy_template, indexed_template


@pytest.fixture
def api():
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def settings(api, tmp_path, tmp_path_factory):
    data_dir, corpus_dir = copy_template(indexed_template(tmp_path_factory.getbasetemp()), tmp_path / "run")
    return bot_settings(data_dir, corpus_dir, api)


@pytest.fixture
def engine(settings):
    eng = Engine(settings)
    yield eng
    eng.close()
