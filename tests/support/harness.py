"""In-process bot harness: the real Application, built by `bot.app.build_application`,
talking HTTP to the Bot API stand-in; updates are fed with `process_update`."""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import AsyncIterator

from telegram import Update
from telegram.ext import Application

from index.config import Settings
from tests.support.templates import ROOT, copy_template, indexed_template  # noqa: F401 (re-exported)

ADMIN_ID = 1001
USER_ID = 2002
GROUP = -100


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


def private(api, text: str, user_id: int = USER_ID) -> dict:
    """A private message from the user to the bot."""
    return api.message(api.private_chat(user_id), api.user(user_id), text)


def in_group(api, text: str, user_id: int = USER_ID, **kw) -> dict:
    """A message from the user in the group GROUP."""
    return api.message(api.group_chat(GROUP), api.user(user_id), text, **kw)


def only_text(api, chat_id: int) -> str:
    """The one text the bot sent to the chat."""
    sent = api.sent_texts(chat_id)
    assert len(sent) == 1, sent
    return sent[0]


def assert_valid_html(text: str) -> None:
    """Only the tags we use, balanced; no raw `<` from user text."""
    tags = re.findall(r"<(/?)([a-z]+)[^>]*>", text)
    assert {t for _, t in tags} <= {"b", "i", "pre", "code"}, tags
    stack = []
    for closing, tag in tags:
        if closing:
            assert stack and stack.pop() == tag, text
        else:
            stack.append(tag)
    assert not stack, text
    assert len(text) <= 4096
