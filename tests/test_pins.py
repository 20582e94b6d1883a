"""The pins in pyproject.toml, environment.yml and requirements.lock agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from govreport.config import project

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins() -> dict[str, str]:
    text = (PROJ_ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {_normalise(m[1]): m[2] for line in text.splitlines() if (m := PIN.match(line))}


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    pins = {}
    for requirement in requirements:
        match = PIN.match(requirement)
        assert match, f"pyproject.toml: {requirement!r} is not an exact pin (name==version)"
        pins[_normalise(match[1])] = match[2]
    return pins


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((PROJ_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return {_normalise(m[1]): m[2] for item in pip_section if (m := PIN.match(item))}


def test_every_lock_entry_has_a_hash() -> None:
    text = (PROJ_ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    missing = [b.split()[0] for b in blocks if PIN.match(b) and "--hash=sha256:" not in b]
    assert not missing, f"requirements.lock entries without a hash: {missing}"


def test_pyproject_pins_match_lock() -> None:
    lock = lock_pins()
    wrong = {n: (v, lock.get(n)) for n, v in pyproject_pins().items() if lock.get(n) != v}
    assert not wrong, f"pyproject.toml pin != requirements.lock (pyproject, lock): {wrong}"


def test_environment_pins_match_pyproject() -> None:
    ours, env = pyproject_pins(), environment_pins()
    assert env == ours, (
        f"environment.yml and pyproject.toml disagree: only in env {set(env) - set(ours)}, "
        f"only in pyproject {set(ours) - set(env)}, "
        f"different { ({n: (env[n], ours[n]) for n in set(env) & set(ours) if env[n] != ours[n]}) }"
    )


def test_jupyter_book_is_1x_and_jieba_is_0_42_1() -> None:
    pins = lock_pins()
    assert pins["jupyter-book"].startswith("1."), "the book needs Jupyter Book 1.x (offline)"
    assert pins["jieba"] == "0.42.1"
