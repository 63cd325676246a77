"""A local stand-in for the Telegram Bot API, for tests.

A `ThreadingHTTPServer` on 127.0.0.1 (random free port, own thread) that implements the
methods the bot uses, records every call, serves updates that tests queue (long-polled
`getUpdates`), serves files under the file URL, and injects faults on demand (5xx, 429
with retry_after, 403 "bot was kicked", group→supergroup migration, dropped connections,
slow answers). Point the bot at `base_url` / `file_url`.

    with BotApiStandIn() as api:
        api.queue_update(api.message(chat=api.private_chat(7), user=api.user(7), text="xin chào"))
        call = api.wait_for_call("sendMessage", chat_id=7)
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qsl, unquote, urlsplit

DEFAULT_TOKEN = "123456789:AAtest-SECRET-token-0123456789abcdef"
#: Parameters that PTB sends JSON-encoded.
_JSON_PARAMS = {"reply_markup", "commands", "scope", "entities", "reply_parameters", "link_preview_options",
                "allowed_updates", "caption_entities", "media"}
_INT_PARAMS = {"chat_id", "user_id", "message_id", "offset", "limit", "timeout", "reply_to_message_id",
               "cache_time", "from_chat_id"}
#: Longest time a getUpdates call is held open (keeps shutdown quick).
MAX_LONG_POLL_SECONDS = 2.0


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None          # what the stand-in answered (set right after the call is recorded)

    def wait_result(self, timeout: float = 5.0) -> Any:
        """The answer to this call (e.g. the message a sendMessage created)."""
        deadline = time.monotonic() + timeout
        while self.result is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.result is not None, f"{self.method} got no answer"
        return self.result


@dataclass
class Fault:
    """An injected failure for the next `times` calls of `method` (optionally one chat)."""

    method: str
    kind: str                  # "error" | "drop" | "delay"
    times: int = 1
    chat_id: int | None = None
    status: int = 500
    description: str = "Internal Server Error"
    parameters: dict[str, Any] | None = None
    delay: float = 0.0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle's algorithm the body waits for the
    # client's delayed ACK, 40 ms per call on loopback
    disable_nagle_algorithm = True
    server: "_Server"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        return

    def _send_json(self, status: int, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _read_params(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        params: dict[str, Any] = {}
        if ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename():
                    params[name] = {"filename": part.get_filename(), "content": payload}
                else:
                    params[name] = payload.decode()
        elif ctype.startswith("application/json"):
            params = json.loads(raw or b"{}")
        else:
            params = dict(parse_qsl(raw.decode(), keep_blank_values=True))
        for key, value in list(params.items()):
            if not isinstance(value, str):
                continue
            if key in _JSON_PARAMS:
                params[key] = json.loads(value)
            elif key in _INT_PARAMS and re.fullmatch(r"-?\d+", value):
                params[key] = int(value)
        return params

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        standin = self.server.standin
        path = unquote(urlsplit(self.path).path)   # PTB percent-encodes the path (token's ':')
        prefix = f"/file/bot{standin.token}/"
        if not path.startswith(prefix):
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        file_path = path[len(prefix):]
        standin._record("download", {"file_path": file_path})
        content = standin._file_by_path(file_path)
        if content is None:
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        standin = self.server.standin
        match = re.fullmatch(r"/bot(?P<token>[^/]+)/(?P<method>\w+)", urlsplit(self.path).path)
        params = self._read_params()
        if not match:   # e.g. a mistyped TELEGRAM_API_BASE_URL
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        if match.group("token") != standin.token:
            self._send_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = match.group("method")
        fault = standin._take_fault(method, params.get("chat_id"))
        call = standin._record(method, params, failed=fault is not None and fault.kind != "delay",
                               fault=fault.kind if fault is not None else None)
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(2)  # no response at all
                return
            if fault.kind == "delay":
                time.sleep(fault.delay)
            else:
                payload = {"ok": False, "error_code": fault.status, "description": fault.description}
                if fault.parameters:
                    payload["parameters"] = fault.parameters
                self._send_json(fault.status, payload)
                return
        result = standin._dispatch(method, params)
        call.result = result
        if result is _NOT_FOUND:
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})
        else:
            self._send_json(200, {"ok": True, "result": result})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    standin: "BotApiStandIn"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout, dropped connection) is expected here: stay quiet."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


_NOT_FOUND = object()


class BotApiStandIn:
    """The fake Bot API server (see the module docstring)."""

    def __init__(self, token: str = DEFAULT_TOKEN, bot_id: int = 987654321,
                 username: str = "qcdc_test_bot") -> None:
        self.token = token
        self.bot_id = bot_id
        self.username = username
        self.calls: list[Call] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._files: dict[str, tuple[str, bytes]] = {}     # file_id -> (file_path, bytes)
        self._members: dict[tuple[int, int], str] = {}
        self._faults: list[Fault] = []
        self._cond = threading.Condition()
        self._closing = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "BotApiStandIn":
        """Listen on a free port of 127.0.0.1 in a background thread."""
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.standin = self
        # stop() waits for the serving loop's next poll: a short one keeps each test's teardown short
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        name="botapi-standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release waiting long-polls."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "BotApiStandIn":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """TELEGRAM_API_BASE_URL (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        """TELEGRAM_API_FILE_URL (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def env(self) -> dict[str, str]:
        """Environment variables pointing a bot process at this stand-in."""
        return {"TELEGRAM_BOT_TOKEN": self.token, "TELEGRAM_API_BASE_URL": self.base_url,
                "TELEGRAM_API_FILE_URL": self.file_url}

    # ------------------------------------------------------------------ test controls
    def queue_update(self, update: dict) -> int:
        """Queue an update (an `update_id` is added if missing); returns its id."""
        with self._cond:
            update.setdefault("update_id", next(self._update_ids))
            self._updates.append(update)
            self._cond.notify_all()
        return update["update_id"]

    def add_file(self, content: bytes, file_name: str = "file.bin") -> str:
        """Make a file downloadable through getFile; returns its file_id."""
        n = next(self._file_ids)
        file_id = f"FILE{n}"
        suffix = file_name.rpartition(".")[2] if "." in file_name else "bin"
        self._files[file_id] = (f"documents/file_{n}.{suffix}", content)
        return file_id

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """getChatMember's answer for that user in that chat ("administrator", "creator", ...)."""
        self._members[(chat_id, user_id)] = status

    def fail(self, method: str, kind: str = "error", *, times: int = 1, chat_id: int | None = None,
             status: int = 500, description: str = "Internal Server Error",
             parameters: dict[str, Any] | None = None, delay: float = 0.0) -> None:
        """Make the next `times` calls of `method` (to `chat_id`, if given) fail."""
        with self._cond:
            self._faults.append(Fault(method, kind, times, chat_id, status, description, parameters, delay))

    def fail_kicked(self, chat_id: int, method: str = "sendMessage", *, times: int = 1,
                    description: str = "Forbidden: bot was kicked from the group chat") -> None:
        """403 as when the bot was removed from the group (or, with description
        "Forbidden: bot was blocked by the user", blocked in a private chat)."""
        self.fail(method, chat_id=chat_id, status=403, description=description, times=times)

    def fail_migrated(self, chat_id: int, new_chat_id: int, method: str = "sendMessage", *,
                      times: int = 1) -> None:
        """400 with migrate_to_chat_id, as when a group became a supergroup (Telegram
        answers so for every later call to the old id: pass a large `times`)."""
        self.fail(method, chat_id=chat_id, status=400, times=times,
                  description="Bad Request: group chat was upgraded to a supergroup chat",
                  parameters={"migrate_to_chat_id": new_chat_id})

    def fail_rate_limited(self, method: str = "sendMessage", retry_after: int = 1, *,
                          chat_id: int | None = None) -> None:
        """429 Too Many Requests with retry_after."""
        self.fail(method, chat_id=chat_id, status=429,
                  description=f"Too Many Requests: retry after {retry_after}",
                  parameters={"retry_after": retry_after})

    # ------------------------------------------------------------------ assertions
    def calls_to(self, method: str, **match: Any) -> list[Call]:
        """Recorded calls of `method` whose params contain `match`."""
        with self._cond:
            calls = list(self.calls)
        return [c for c in calls if c.method == method
                and all(c.params.get(k) == v for k, v in match.items())]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of successful sendMessage calls (to one chat, if given)."""
        match = {} if chat_id is None else {"chat_id": chat_id}
        return [c.params.get("text", "") for c in self.calls_to("sendMessage", **match)
                if not c.params.get("_failed")]

    def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10.0,
                 after: int = 0) -> Call:
        """Wait until a call at index ≥ `after` satisfies `predicate`; return it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for call in self.calls[after:]:
                    if predicate(call):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = [(c.method, c.params.get("chat_id"), str(c.params.get("text", ""))[:80])
                              for c in self.calls[after:]][-15:]
                    raise AssertionError(f"no matching call within {timeout}s; recent calls: {recent}")
                self._cond.wait(remaining)

    def wait_for_call(self, method: str, timeout: float = 10.0, after: int = 0,
                      text_contains: str | None = None, **match: Any) -> Call:
        """Wait for a successful call of `method` with these params (and text fragment)."""
        def predicate(call: Call) -> bool:
            return (call.method == method and not call.params.get("_failed")
                    and all(call.params.get(k) == v for k, v in match.items())
                    and (text_contains is None or text_contains in str(call.params.get("text", ""))))
        return self.wait_for(predicate, timeout=timeout, after=after)

    def mark(self) -> int:
        """Index of the next call (pass as `after=` to wait only for newer calls)."""
        with self._cond:
            return len(self.calls)

    def pending_updates(self) -> int:
        """Updates queued but not yet confirmed by the bot (a later offset)."""
        with self._cond:
            return len(self._updates)

    # ------------------------------------------------------------------ update builders
    @staticmethod
    def user(user_id: int, first_name: str = "Cán bộ", username: str | None = None) -> dict:
        data = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            data["username"] = username
        return data

    @staticmethod
    def private_chat(user_id: int) -> dict:
        return {"id": user_id, "type": "private", "first_name": "Cán bộ"}

    @staticmethod
    def group_chat(chat_id: int, title: str = "Nhóm QCDC") -> dict:
        return {"id": chat_id, "type": "supergroup" if chat_id < -10**12 else "group", "title": title}

    def bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Trợ lý QCDC", "username": self.username}

    def message(self, chat: dict, user: dict | None, text: str | None = None, *,
                reply_to: dict | None = None, document: dict | None = None,
                extra: dict | None = None) -> dict:
        """An update with a new message (bot_command / mention entities filled in)."""
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat}
        if user is not None:
            msg["from"] = user
        if text is not None:
            msg["text"] = text
            entities = _entities(text)
            if entities:
                msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        if document is not None:
            msg["document"] = document
        if extra:
            msg.update(extra)
        return {"message": msg}

    def document_message(self, chat: dict, user: dict, content: bytes, file_name: str,
                         mime_type: str = "application/octet-stream", file_size: int | None = None) -> dict:
        """An update with a document the bot can download."""
        file_id = self.add_file(content, file_name)
        document = {"file_id": file_id, "file_unique_id": f"U{file_id}", "file_name": file_name,
                    "mime_type": mime_type, "file_size": len(content) if file_size is None else file_size}
        return self.message(chat, user, document=document)

    def callback(self, user: dict, message: dict, data: str) -> dict:
        """An update with a button press on a message the bot sent."""
        return {"callback_query": {"id": str(next(self._message_ids)), "from": user, "message": message,
                                   "chat_instance": "ci", "data": data}}

    # ------------------------------------------------------------------ internals
    def _record(self, method: str, params: dict, failed: bool = False, fault: str | None = None) -> Call:
        with self._cond:
            if failed:
                params = {**params, "_failed": True}
            if fault is not None:   # which injected fault hit this call ("error", "drop", "delay")
                params = {**params, "_fault": fault}
            call = Call(method, params)
            self.calls.append(call)
            self._cond.notify_all()
            return call

    def _take_fault(self, method: str, chat_id: Any) -> Fault | None:
        with self._cond:
            for fault in self._faults:
                if fault.method == method and (fault.chat_id is None or fault.chat_id == chat_id):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _file_by_path(self, file_path: str) -> bytes | None:
        for path, content in self._files.values():
            if path == file_path:
                return content
        return None

    def _sent_message(self, params: dict) -> dict:
        chat_id = params.get("chat_id")
        chat = self.private_chat(chat_id) if isinstance(chat_id, int) and chat_id > 0 else \
            self.group_chat(chat_id if isinstance(chat_id, int) else -1)
        msg = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
               "from": self.bot_user(), "text": params.get("text", "")}
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        if params.get("caption"):
            msg["caption"] = params["caption"]
        return msg

    def sent(self, call: Call) -> dict:
        """The message a successful send (sendMessage, sendDocument) created, with its
        keyboard: what a reply or a button press refers to."""
        return call.wait_result()

    def _member(self, params: dict) -> dict:
        chat_id, user_id = params.get("chat_id"), params.get("user_id")
        status = self._members.get((chat_id, user_id), "member")
        user = self.user(user_id)
        if status == "administrator":
            rights = {k: True for k in (
                "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                "can_post_stories", "can_edit_stories", "can_delete_stories")}
            return {"status": status, "user": user, "is_anonymous": False, **rights}
        if status == "creator":
            return {"status": status, "user": user, "is_anonymous": False}
        if status == "kicked":
            return {"status": status, "user": user, "until_date": 0}
        return {"status": status, "user": user}

    def _get_updates(self, params: dict) -> list[dict]:
        offset = params.get("offset") or 0
        timeout = min(float(params.get("timeout") or 0), MAX_LONG_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._closing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            return list(self._updates[: int(params.get("limit") or 100)])

    def _dispatch(self, method: str, params: dict) -> Any:
        if method == "getMe":
            return {**self.bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if method == "getUpdates":
            return self._get_updates(params)
        if method in ("sendMessage", "editMessageText"):
            return self._sent_message(params)
        if method == "getChatMember":
            return self._member(params)
        if method == "getFile":
            file_id = params.get("file_id")
            if file_id not in self._files:
                return _NOT_FOUND
            path, content = self._files[file_id]
            return {"file_id": file_id, "file_unique_id": f"U{file_id}", "file_size": len(content),
                    "file_path": path}
        if method == "sendDocument":
            msg = self._sent_message(params)
            msg.pop("text", None)
            msg["document"] = {"file_id": "SENT", "file_unique_id": "USENT"}
            return msg
        if method in ("deleteWebhook", "setMyCommands", "deleteMyCommands", "sendChatAction",
                      "answerCallbackQuery", "close", "logOut", "setWebhook", "editMessageReplyMarkup"):
            return True
        return _NOT_FOUND


def _entities(text: str) -> list[dict]:
    """bot_command at the start and @mentions, with UTF-16 offsets as Telegram sends them."""
    def u16(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    entities = []
    command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": u16(command.group(0))})
    for mention in re.finditer(r"(?<![\w/])@[A-Za-z0-9_]{5,32}", text):
        if command and mention.start() < command.end():
            continue
        entities.append({"type": "mention", "offset": u16(text[:mention.start()]),
                         "length": u16(mention.group(0))})
    return entities
