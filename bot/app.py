"""Wiring only: build the Application, register the handlers, run polling.

`run_bot(settings)` is what `qcdc bot` calls.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

from telegram import (BotCommand, BotCommandScopeAllChatAdministrators, BotCommandScopeAllGroupChats,
                      BotCommandScopeAllPrivateChats, BotCommandScopeChat, BotCommandScopeDefault,
                      LinkPreviewOptions, Update)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler,
                          ChatMemberHandler, CommandHandler, Defaults, MessageHandler, filters)

from index.config import Settings, available_cpus
from index.conversation import open_conversation
from index.errors import QcdcError, TokenRefusedError

from . import (admin_handlers, answer_buttons, correction_handlers, handlers, reminder_handlers, scan_upload, texts,
               unit_handlers)
from .background import cancel_long_work, long_work_running
from .error_handler import on_error
from .log_redaction import install_token_redaction
from .reminder_jobs import restore_jobs, send_missed_reminders
from .services import CONVERSATION_KEY, ENGINE_KEY, SETTINGS_KEY

logger = logging.getLogger("qcdc.bot")

#: Updates handled at once; engine calls run in threads, so a slow one blocks nobody.
CONCURRENT_UPDATES = 8
#: Worker threads for engine calls beyond one per core: a question is CPU-bound (one
#: embedding thread each), so more workers than cores only queue inside the GIL and
#: cost memory; the spare one serves quick calls (a deadline list, a subscription)
#: while every core answers. Uploads and reindexing run in their own threads
#: (bot/background.py).
SPARE_WORKERS = 1
#: Telegram's 429 answers are waited out and retried this many times.
RATE_LIMIT_RETRIES = 3
#: Only these update types are requested from Telegram.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


def _bot_commands(*scopes: texts.Scope) -> list[BotCommand]:
    return [BotCommand(c.name, c.description) for c in texts.commands_for(set(scopes))]


async def publish_commands(application: Application, settings: Settings) -> None:
    """Telegram's command menu, from the same list as /help: public commands for everyone,
    the reminder commands for group admins only (in groups) and in private chats, and
    the bot-admin commands in each bot admin's private chat."""
    bot = application.bot
    everywhere, groups, admin = texts.Scope.EVERYWHERE, texts.Scope.GROUPS, texts.Scope.ADMIN
    menus = [(_bot_commands(everywhere, groups), BotCommandScopeAllPrivateChats()),
             (_bot_commands(everywhere), BotCommandScopeAllGroupChats()),
             (_bot_commands(everywhere, groups), BotCommandScopeAllChatAdministrators())]
    menus += [(_bot_commands(everywhere, groups, admin), BotCommandScopeChat(admin_id))
              for admin_id in sorted(settings.admin_ids) if admin_id > 0]
    menus.insert(0, (_bot_commands(everywhere), BotCommandScopeDefault()))
    for commands, scope in menus:
        try:
            await bot.set_my_commands(commands, scope=scope)
        except TelegramError as exc:  # cosmetic: e.g. an admin who never opened a chat with the bot
            logger.warning("command menu not set for %s: %s", scope.type, exc)


async def post_init(application: Application) -> None:
    """Build the engine once, make sure an index exists, publish the command menu,
    reschedule reminders from SQLite and send the ones missed while the bot was down."""
    settings: Settings = application.bot_data[SETTINGS_KEY]
    # asyncio.to_thread's default pool has cores + 4 threads (up to 32).
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(
        max_workers=available_cpus() + SPARE_WORKERS, thread_name_prefix="qcdc-worker"))
    if ENGINE_KEY not in application.bot_data:
        from index.engine import Engine

        application.bot_data[ENGINE_KEY] = await asyncio.to_thread(Engine, settings)
    engine = application.bot_data[ENGINE_KEY]
    await asyncio.to_thread(engine.ensure_index)
    if CONVERSATION_KEY not in application.bot_data:
        application.bot_data[CONVERSATION_KEY] = await asyncio.to_thread(open_conversation, engine)
    await asyncio.to_thread(engine.warm_up)   # the first question must not wait for the model
    await publish_commands(application, settings)
    jobs = await restore_jobs(application)
    late = await send_missed_reminders(application)
    _stop_on_signals(application)
    logger.info("bot sẵn sàng (bot ready): %d lịch nhắc, %d lời nhắc gửi muộn", jobs, late)


def _stop_on_signals(application: Application) -> None:
    """SIGTERM / SIGINT: cancel long work (a big upload) so shutdown takes seconds, then
    stop polling. PTB's own handlers would wait for the running handlers to finish."""
    loop = asyncio.get_running_loop()

    def stop() -> None:
        cancelled = cancel_long_work()
        if cancelled:
            logger.warning("stopping: %d long task(s) abandoned (the upload journal recovers them)", cancelled)
        application.stop_running()

    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):   # not the main thread (tests)
            loop.add_signal_handler(signum, stop)


async def post_shutdown(application: Application) -> None:
    """Close the engine (SQLite connection), unless abandoned long work still uses it."""
    engine = application.bot_data.get(ENGINE_KEY)
    if engine is not None and not long_work_running():
        engine.close()


def build_application(settings: Settings, engine: object | None = None) -> Application:
    """The configured Application (not started). Tests pass their own engine."""
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=ZoneInfo(settings.timezone),
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data[SETTINGS_KEY] = settings
    if engine is not None:
        application.bot_data[ENGINE_KEY] = engine
        application.bot_data[CONVERSATION_KEY] = open_conversation(engine)
    register_handlers(application)
    return application


def register_handlers(application: Application) -> None:
    """All handlers, in one place. Only new messages (not edits, not channel posts) are
    handled; order matters: commands, then files and texts, then the unknown-command net."""
    new = filters.UpdateType.MESSAGE
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    add = application.add_handler

    # everyone
    add(CommandHandler("start", handlers.start_command, filters=new))
    add(CommandHandler("help", handlers.help_command, filters=new))
    add(CommandHandler("hoi", handlers.ask_command, filters=new))
    add(CommandHandler("hanchot", handlers.deadlines_command, filters=new))
    add(CommandHandler("donvi", unit_handlers.unit_command, filters=new))
    add(CommandHandler("lich", unit_handlers.calendar_command, filters=new))
    add(CallbackQueryHandler(answer_buttons.button_pressed))   # every inline button, parsed strictly

    # reminders (group admins)
    add(CommandHandler("nhacviec", reminder_handlers.subscribe_command, filters=new))
    add(CommandHandler("huynhac", reminder_handlers.unsubscribe_command, filters=new))
    add(CommandHandler("gionhac", reminder_handlers.set_time_command, filters=new))
    add(MessageHandler(filters.StatusUpdate.MIGRATE & new, reminder_handlers.chat_migrated))
    add(ChatMemberHandler(reminder_handlers.bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    add(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS & new, reminder_handlers.bot_added_to_group))

    # bot admins
    add(CommandHandler("reindex", admin_handlers.reindex_command, filters=new))
    add(CommandHandler("tailieu", admin_handlers.documents_command, filters=new))
    add(CommandHandler("xoa", admin_handlers.delete_command, filters=new))
    add(CommandHandler("thongke", admin_handlers.stats_command, filters=new))
    add(CommandHandler("suahan", correction_handlers.correct_command, filters=new))
    add(MessageHandler(filters.Document.ALL & private & new, admin_handlers.document_upload))
    add(MessageHandler(filters.PHOTO & private & new, scan_upload.photo_upload))

    # questions: any text in private; mentions of / replies to the bot in groups
    add(MessageHandler(filters.TEXT & ~filters.COMMAND & private & new, handlers.private_text))
    add(MessageHandler(filters.TEXT & ~filters.COMMAND & groups & new, handlers.group_text))

    # everything else
    add(MessageHandler(filters.COMMAND & new, handlers.unknown_command))
    add(MessageHandler(private & new & ~filters.TEXT & ~filters.Document.ALL & ~filters.PHOTO
                       & ~filters.StatusUpdate.ALL,
                       handlers.non_text_message))
    application.add_error_handler(on_error)


def run_bot(settings: Settings) -> None:
    """Run the Telegram bot with long polling until interrupted (what `qcdc bot` calls)."""
    install_token_redaction(settings.telegram_token)
    if logger.getEffectiveLevel() > logging.INFO:   # "bot sẵn sàng" is shown by default
        logger.setLevel(logging.INFO)
    application = build_application(settings)
    logger.info("starting the bot against %s", settings.telegram_api_base_url)
    try:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, stop_signals=None)
    except InvalidToken:   # its message quotes the token: never print it
        logger.error("the Bot API refused the token (401/404)")
        raise SystemExit(f"Lỗi: {TokenRefusedError.user_message}") from None
    except QcdcError as exc:  # e.g. the index was built with another model: say what to do
        logger.error("bot stopped: %s", exc)
        raise SystemExit(f"Lỗi: {exc.user_message}") from exc
