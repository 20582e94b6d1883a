"""Shared fixtures. The book is built once per test session (offline where possible)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govreport.config import project

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

BIN = Path(sys.executable).parent


def offline_prefix() -> list[str]:
    """A command prefix that runs its command with no network but loopback (``unshare -n``).

    Empty when the machine does not allow it (not root, no ``unshare``/``ip``); CI runs as root.
    """
    if os.environ.get("GOVREPORT_ALLOW_NETWORK") == "1":
        return []
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if not (unshare and ip):
        return []
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        return []
    return [unshare, "-n", "sh", "-c", f'{ip} link set lo up && exec "$@"', "offline"]


def run(command: list[str], offline: bool = True, **kwargs) -> subprocess.CompletedProcess[str]:
    prefix = offline_prefix() if offline else []
    return subprocess.run(prefix + command, cwd=PROJ_ROOT, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="session")
def built_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Regenerate the data, then build the whole book from a clean cache, with no network
    (where ``unshare -n`` is allowed), warnings as errors. Returns the HTML folder."""
    out = tmp_path_factory.mktemp("book")
    data = run([str(BIN / "govreport"), "build"])
    assert data.returncode == 0, data.stderr[-3000:]
    assert "Glyph" not in data.stderr, f"missing glyphs in figures:\n{data.stderr[-3000:]}"
    book = run(
        [
            str(BIN / "jupyter-book"),
            "build",
            ".",
            "--config",
            "book/_config.yml",
            "--toc",
            "book/_toc.yml",
            "-W",
            "-n",
            "--keep-going",
            "--path-output",
            str(out),
        ]
    )
    log = book.stdout[-6000:] + book.stderr[-6000:]
    (out / "build.log").write_text(book.stdout + book.stderr, encoding="utf-8")
    assert book.returncode == 0, f"book build failed:\n{log}"
    assert "Glyph" not in book.stdout + book.stderr, f"missing glyphs in the book:\n{log}"
    return out / "_build" / "html"
