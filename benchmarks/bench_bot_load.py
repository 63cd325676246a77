#!/usr/bin/env python3
"""The Telegram bot under load, end to end, with the real default model: the `qcdc bot`
process polls a local Bot API stand-in (127.0.0.1, tests/botapi_standin.py); latency is
from the moment a question is queued at the stand-in to the moment the bot's answer
(sendMessage) reaches it.

    python benchmarks/bench_bot_load.py [--users 50] [--sequential 20] [--models-dir DIR] [--backend onnx-int8]

The index is built first, in a temporary data directory, by `qcdc index` (not timed as
part of the bot); `--models-dir` reuses an already converted model (default:
./data/models if present) through a symlink, so no conversion is timed either.
Measures: one user asking questions one after another (warm), then `--users` users
each sending one question at the same moment; throughput over the burst; the bot
process's peak RSS (VmHWM) read just before it is stopped.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, load_questions, machine, summary_ms  # noqa: E402
from tests.botapi_standin import BotApiStandIn  # noqa: E402
from tests.support.process import _DROP, BotProcess, copy_corpus, wait_until_polling  # noqa: E402

ANSWER_TIMEOUT = 300.0
WARM_UP = 3


def vm_status(pid: int, key: str) -> float:
    """A /proc/<pid>/status memory line (VmHWM, VmRSS) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def answers_after(api: BotApiStandIn, mark: int) -> dict[int, list]:
    """Successful sendMessage calls after `mark`, by chat."""
    out: dict[int, list] = {}
    for call in api.calls[mark:]:
        if call.method == "sendMessage" and not call.params.get("_failed"):
            out.setdefault(call.params["chat_id"], []).append(call)
    return out


def ask_one(api: BotApiStandIn, chat_id: int, question: str) -> float:
    """Queue one question and wait for its answer; returns the latency in seconds."""
    mark = api.mark()
    t0 = time.monotonic()
    api.queue_update(api.message(api.private_chat(chat_id), api.user(chat_id), question))
    return api.wait_for_call("sendMessage", chat_id=chat_id, after=mark, timeout=ANSWER_TIMEOUT).at - t0


def burst(api: BotApiStandIn, process: BotProcess, questions: list[str], first_chat: int):
    """All users ask at once; returns (latencies, seconds from first question to last answer, answers per chat)."""
    chats = list(range(first_chat, first_chat + len(questions)))
    mark = api.mark()
    asked: dict[int, float] = {}
    for chat_id, question in zip(chats, questions):
        asked[chat_id] = time.monotonic()
        api.queue_update(api.message(api.private_chat(chat_id), api.user(chat_id), question))
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while True:
        got = answers_after(api, mark)
        if set(got) >= set(chats) or time.monotonic() > deadline or not process.alive():
            break
        time.sleep(0.05)
    missing = set(chats) - set(got)
    if missing:
        raise SystemExit(f"{len(missing)} users got no answer; bot log tail:\n{process.logs()[-3000:]}")
    latencies = [got[c][0].at - asked[c] for c in chats]
    span = max(got[c][0].at for c in chats) - min(asked.values())
    return latencies, span, {c: len(got[c]) for c in chats}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--sequential", type=int, default=20)
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "corpus")
    parser.add_argument("--models-dir", type=Path, default=ROOT / "data" / "models")
    parser.add_argument("--backend", default="onnx-int8", help="QCDC_EMBED_BACKEND of the bot")
    args = parser.parse_args()

    distinct = list(dict.fromkeys(q["question"] for q in load_questions()))
    # different questions in each phase, so the query-embedding cache never helps
    burst_q = distinct[:args.users]
    seq_q = distinct[args.users:args.users + args.sequential]
    warm_q = distinct[args.users + args.sequential:args.users + args.sequential + WARM_UP]
    if len(burst_q) < args.users or len(seq_q) < args.sequential:
        raise SystemExit(f"only {len(distinct)} distinct questions; lower --users or --sequential")
    while len(warm_q) < WARM_UP:
        warm_q.append(distinct[len(warm_q)])

    work = Path(tempfile.mkdtemp(prefix="qcdc-bench-bot-"))
    api = BotApiStandIn().start()
    process = None
    try:
        corpus = copy_corpus(work / "corpus") if args.corpus_dir == ROOT / "corpus" else \
            Path(shutil.copytree(args.corpus_dir, work / "corpus"))
        data = work / "data"
        data.mkdir()
        if args.models_dir.is_dir():
            (data / "models").symlink_to(args.models_dir.resolve())
        env = {"QCDC_DATA_DIR": str(data), "QCDC_CORPUS_DIR": str(corpus), "QCDC_TZ": "Asia/Ho_Chi_Minh",
               "QCDC_EMBED_BACKEND": args.backend}
        base_env = {k: v for k, v in os.environ.items() if k not in _DROP}
        base_env.update(env, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONPATH=str(ROOT))
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qcdc", "index"], cwd=ROOT, env=base_env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t_index = time.perf_counter() - t0

        process = BotProcess({**api.env(), **env}, work)
        t0 = time.perf_counter()
        process.start()
        wait_until_polling(api, process, timeout=ANSWER_TIMEOUT)
        t_ready = time.perf_counter() - t0

        # warm-up: the first question loads the model; then FAISS, SQLite pages, underthesea
        warm = [ask_one(api, 89999, q) for q in warm_q]
        sequential = [ask_one(api, 90000, q) for q in seq_q]
        mark = api.mark()
        latencies, span, per_chat = burst(api, process, burst_q, 100001)
        requests = {}
        for call in api.calls[mark:]:
            if call.method != "getUpdates":
                requests[call.method] = requests.get(call.method, 0) + 1
        peak_rss = vm_status(process.proc.pid, "VmHWM")
        rss_now = vm_status(process.proc.pid, "VmRSS")
        alive = process.alive()
        returncode = process.stop()
    finally:
        if process is not None:
            process.stop()
        api.stop()
        shutil.rmtree(work, ignore_errors=True)

    duplicates = sum(1 for n in per_chat.values() if n != 1)
    print(f"Machine: {machine()}")
    print(f"Bot process (`qcdc bot`, default model, backend {args.backend}) against the local Bot API stand-in; "
          f"index built beforehand by `qcdc index` in {t_index:.1f} s; "
          f"process start → polling {t_ready:.1f} s\n")
    print("| measure (question queued → answer sent) | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    print(f"| one user, {len(sequential)} questions one after another | {summary_ms(sequential)} |")
    print(f"| {len(latencies)} users at once, one question each | {summary_ms(latencies)} |")
    print(f"| (first question after start: loads the model) | {warm[0] * 1000:.0f} | | |")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| burst throughput | {len(latencies) / span:.1f} answers/s ({len(latencies)} answers in {span:.1f} s) |")
    print(f"| answers per user in the burst | exactly one for {len(per_chat) - duplicates} of {len(per_chat)} |")
    print(f"| Bot API requests during the burst | "
          f"{', '.join(f'{n} {m}' for m, n in sorted(requests.items()))} |")
    print(f"| bot process peak RSS (VmHWM) | {peak_rss:.0f} MB (VmRSS at the end {rss_now:.0f} MB) |")
    print(f"| bot still running after the burst / exit code on SIGTERM | {alive} / {returncode} |")
    print("\nThe bot handles 8 updates at once (engine calls in one worker thread per core plus one) "
          "and sends through PTB's AIORateLimiter (≤ 30 requests/s overall, typing actions included).")


if __name__ == "__main__":
    main()
