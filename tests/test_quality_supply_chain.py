"""Quality gate: supply chain (extends tests/test_pins.py, which checks that the pins of
pyproject.toml, environment.yml and requirements.lock agree and that every lock entry has a
hash).

- every entry of the lock is an exact ``name==version`` from an index (no ranges, URLs, VCS or
  editable installs, which hash-checking mode cannot verify);
- the README's install path installs the lock in hash-checking mode (``--require-hashes``);
- the environment the tests run in is the locked one (no package drifted from its pin).
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from govreport.config import project

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

LOCK = (PROJ_ROOT / "requirements.lock").read_text(encoding="utf-8")
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;\\]+)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_entries() -> list[str]:
    """The requirement lines of the lock (not hashes, comments or continuation lines)."""
    return [
        line
        for line in LOCK.splitlines()
        if line.strip() and not line.startswith((" ", "\t", "#", "--"))
    ]


def test_every_lock_entry_is_an_exact_pin_from_an_index() -> None:
    bad = [line for line in lock_entries() if not ENTRY.match(line)]
    assert lock_entries(), "requirements.lock is empty"
    assert not bad, f"SUPPLY CHAIN: lock entries that are not name==version: {bad}"
    assert not re.search(r"(?m)^\s*(-e|--editable|git\+|https?://|file:)", LOCK), (
        "SUPPLY CHAIN: the lock holds an editable/URL/VCS requirement (hashes cannot pin it)"
    )


def test_every_lock_entry_has_a_sha256_of_the_right_length() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.strip())
    bad = []
    for block in blocks:
        if not ENTRY.match(block):
            continue
        hashes = re.findall(r"--hash=sha256:(\S+)", block)
        if not hashes or any(not re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes):
            bad.append(block.split()[0])
    assert not bad, f"SUPPLY CHAIN: lock entries without a valid sha256 hash: {bad}"


def test_install_uses_hash_checking_mode() -> None:
    makefile = (PROJ_ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "-r requirements.lock" in line]
    assert installs, "SUPPLY CHAIN: the Makefile does not install requirements.lock"
    assert all("--require-hashes" in line for line in installs), (
        "SUPPLY CHAIN: requirements.lock is installed without --require-hashes"
    )


def test_installed_versions_equal_the_lock() -> None:
    pins = {_normalise(m[1]): m[3] for line in lock_entries() if (m := ENTRY.match(line))}
    installed = {_normalise(d.metadata["Name"]): d.version for d in metadata.distributions()}
    drift = {
        name: (version, installed[name])
        for name, version in pins.items()
        if name in installed and installed[name] != version
    }
    missing = sorted(name for name in pins if name not in installed)
    assert not drift, (
        f"SUPPLY CHAIN: installed versions differ from the lock (lock, installed): {drift}"
    )
    assert not missing, f"SUPPLY CHAIN: locked packages not installed: {missing}"
