"""`qcdc` in the test process (click's runner): the same commands, options, output and exit
status as the installed command, without a Python start-up and imports per call (~0.5-1 s).
Tests about the process itself (stdin mode, logs on stderr, kill -9) still start one."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner


@dataclass(frozen=True)
class CliRun:
    """What one command printed and its exit status (as `subprocess.CompletedProcess` names them)."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(args: list[str], data_dir: Path | None = None, corpus_dir: Path | None = None,
            stdin: str | None = None, **env: str) -> CliRun:
    """Run `qcdc ARGS` in-process on these directories (default: the test's, set by
    conftest). A bug raises here, as a traceback would end the real command."""
    from qcdc.cli import main

    if data_dir is not None:
        env["QCDC_DATA_DIR"] = str(data_dir)
    if corpus_dir is not None:
        env["QCDC_CORPUS_DIR"] = str(corpus_dir)
    result = CliRunner().invoke(main, args, input=stdin, env=env, catch_exceptions=False)
    return CliRun(result.exit_code, result.stdout, result.stderr)
