"""The systemd units of docs/van-hanh.md, tested as written: `systemd-analyze verify`
accepts them, and the bot runs under the bot unit's file-system limits (ProtectSystem=
strict, ReadWritePaths, PrivateTmp; ProtectHome is not rebuilt) in a private mount
namespace, polling the Bot API stand-in, and takes an upload (a temporary directory, then
the corpus). The guide's earlier unit lacked PrivateTmp: /tmp was read-only and the bot
crash-looped with "No usable temporary directory found"."""
from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.botapi_standin import BotApiStandIn
from tests.support.harness import ADMIN_ID, ROOT
from tests.support.plans import plan_docx
from tests.support.process import BotProcess, copy_corpus, wait_until_polling

GUIDE = ROOT / "docs" / "van-hanh.md"
INSTALL = "/opt/qcdc"


def units() -> dict[str, str]:
    """Unit file name → text, for every `/etc/systemd/system/NAME` block of the guide."""
    found = re.findall(r"`/etc/systemd/system/([\w@.-]+)`:\n\n```ini\n(.*?)```", GUIDE.read_text(), re.S)
    return dict(found)


def service_section(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str   # keys are case-sensitive in systemd
    parser.read_string(text)
    return parser["Service"]


def test_the_guide_has_the_bot_and_backup_units():
    assert {"qcdc-bot.service", "qcdc-backup.service", "qcdc-backup.timer"} <= set(units())
    bot = service_section(units()["qcdc-bot.service"])
    assert bot["ProtectSystem"] == "strict" and bot["PrivateTmp"] == "true"
    assert bot["ExecStart"].endswith("qcdc bot")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_units(tmp_path):
    install = tmp_path / "opt-qcdc"
    (install / ".venv" / "bin").mkdir(parents=True)
    for tool in ("qcdc", "python"):     # the executables the units name must exist
        script = install / ".venv" / "bin" / tool
        script.write_text("#!/bin/sh\n")
        script.chmod(0o755)
    names = []
    for name, text in units().items():
        (tmp_path / name).write_text(text.replace(INSTALL, str(install)))
        names.append(name)
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", *names], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Unknown" not in result.stderr and "ignoring" not in result.stderr, result.stderr


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


def _confined(service: configparser.SectionProxy, install: Path, *, private_tmp: bool) -> list[str]:
    """A command that rebuilds the unit's file-system view (with `install` mounted as the
    unit's install directory) in a new mount namespace, then runs the bot."""
    rw_paths = service["ReadWritePaths"].split()
    parent = str(Path(INSTALL).parent)
    # The code under test is installed from this checkout, which may itself live under /tmp
    # (hidden by PrivateTmp below): give it a read-only place outside /tmp, as a real install has.
    code = f"{parent}/qcdc-code"
    steps = [
        f"mount -t tmpfs tmpfs {parent} && mkdir -p {INSTALL} {code}",   # mount points, in this namespace only
        f"mount --bind {shlex.quote(str(install))} {INSTALL}",
        f"mount --bind {shlex.quote(str(ROOT))} {code}",
        "mount --bind / / && mount -o remount,bind,ro /",            # ProtectSystem=strict
        f"mount -o remount,bind,ro {parent} && mount -o remount,bind,ro {INSTALL}",
        *(f"mount --bind {p} {p} && mount -o remount,bind,rw {p}" for p in rw_paths),
    ]
    if private_tmp:
        steps += ["mount -t tmpfs tmpfs /tmp", "mount -t tmpfs tmpfs /var/tmp"]
    subcommand = shlex.split(service["ExecStart"])[1:]
    steps.append(f"export PYTHONPATH={code} && cd {shlex.quote(service['WorkingDirectory'])} "
                 f"&& exec {shlex.quote(sys.executable)} -m qcdc "
                 + " ".join(shlex.quote(a) for a in subcommand))
    return ["unshare", "--mount", "--propagation", "private", "sh", "-ec", " && ".join(steps)]


def _unit_environment(service: configparser.SectionProxy) -> dict[str, str]:
    env = {}
    for assignment in shlex.split(service.get("Environment", "")):
        key, _, value = assignment.partition("=")
        env[key] = value
    return env


@pytest.mark.e2e
@pytest.mark.skipif(not _can_unshare(), reason="needs root and mount namespaces to rebuild the unit's limits")
def test_the_bot_runs_under_the_units_limits_and_takes_an_upload(tmp_path):
    service = service_section(units()["qcdc-bot.service"])
    install = tmp_path / "install"
    copy_corpus(install / "corpus")
    (install / "data").mkdir()
    logs = tmp_path / "logs"     # outside the confined view: opened before it is built
    logs.mkdir()
    with BotApiStandIn() as api:
        env = {**api.env(), **_unit_environment(service), "QCDC_EMBED_MODEL": "hashing",
               "QCDC_ADMIN_IDS": str(ADMIN_ID), "PYTHONDONTWRITEBYTECODE": "1"}
        process = BotProcess(env, logs, command=_confined(service, install,
                                                          private_tmp=service.getboolean("PrivateTmp")))
        process.start()
        try:
            wait_until_polling(api, process)
            mark = api.mark()
            api.queue_update(api.document_message(api.private_chat(ADMIN_ID), api.user(ADMIN_ID),
                                                  plan_docx(date(2024, 6, 1)), "ke-hoach.docx"))
            api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=60, text_contains="Đã thêm")
        finally:
            process.stop()
    assert (install / "data" / "qcdc.sqlite").is_file() and (install / "corpus" / "ke-hoach.docx").is_file()
    assert "No usable temporary directory" not in process.logs()
