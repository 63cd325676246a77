"""In-process bot harness: the real Application, built by `bot.app.build_application`,
talking HTTP to the Bot API stand-in; updates are fed with `process_update`."""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import AsyncIterator

from telegram import Update
from telegram.ext import Application

from index.config import Settings

ROOT = Path(__file__).resolve().parents[2]
ADMIN_ID = 1001
USER_ID = 2002

_TEMPLATES: dict[str, Path] = {}


def indexed_template(base: Path) -> Path:
    """A data+corpus directory indexed once per test process with the hashing embedder;
    tests copy it (a copy opens in well under a second, indexing takes seconds)."""
    key = str(base)
    if key not in _TEMPLATES:
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


def bot_settings(data_dir: Path, corpus_dir: Path, api, **overrides) -> Settings:
    """Settings pointing at the stand-in, with ADMIN_ID as the bot admin."""
    values = dict(data_dir=data_dir, corpus_dir=corpus_dir, embed_model="hashing",
                  telegram_token=api.token, telegram_api_base_url=api.base_url,
                  telegram_api_file_url=api.file_url, admin_ids=frozenset({ADMIN_ID}))
    values.update(overrides)
    return Settings.from_env(**values)


@contextlib.asynccontextmanager
async def running_app(settings: Settings, engine) -> AsyncIterator[Application]:
    """An initialised (not polling) Application using `engine`."""
    from bot.app import build_application

    app = build_application(settings, engine)
    await app.initialize()
    try:
        yield app
    finally:
        await app.shutdown()


async def feed(app: Application, update: dict) -> None:
    """Process one update dict (as the stand-in builds them) to completion."""
    update.setdefault("update_id", 1)
    await app.process_update(Update.de_json(update, app.bot))


def drive(settings: Settings, engine, *updates: dict, app_hook=None) -> None:
    """Feed updates one by one to a fresh Application, each processed to completion."""
    import asyncio

    async def scenario() -> None:
        async with running_app(settings, engine) as app:
            if app_hook:
                app_hook(app)
            for update in updates:
                await feed(app, update)
    asyncio.run(scenario())
