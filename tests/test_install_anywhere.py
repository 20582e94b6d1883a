"""Install anywhere: the wheel, installed into a fresh virtual environment without the
project's ``src`` on the path, runs every report command from a folder outside the repository
on a report copied there; ``govreport build`` there fails with one line.

Offline and fast: the wheel is built without build isolation and installed without
dependencies; the dependencies come from this environment's site-packages through a ``.pth``
file (a path line only: this environment's own ``.pth`` files, the editable install of
govreport among them, are not processed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import PROJ_ROOT

pytestmark = pytest.mark.slow

REPORT = PROJ_ROOT / "data" / "raw" / "reports" / "jinan-shizhong-2025.txt"
COMMANDS = {
    "tokens": [],
    "indicators": [],
    "audit": [],
    "kwic": ["新质生产力"],
    "slogans": [],
    "targets": [],
}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh venv with the wheel of this checkout installed."""
    base = tmp_path_factory.mktemp("install")
    # A copy of what the wheel is made from: setuptools writes build/ and *.egg-info beside it.
    source = base / "source"
    shutil.copytree(PROJ_ROOT / "src", source / "src", ignore=shutil.ignore_patterns(
        "__pycache__", "*.egg-info"))  # fmt: skip
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (PROJ_ROOT / name).is_file():
            shutil.copyfile(PROJ_ROOT / name, source / name)
    wheels = base / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         str(source), "-w", str(wheels)],
        capture_output=True, text=True, cwd=base,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = wheels.glob("govreport-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # pip from ensurepip
    # The venv's own pip installs the wheel, before the dependency path is added: pip run from
    # this environment (even with --prefix), or with this environment's site-packages visible,
    # finds the editable govreport here and uninstalls it.
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         str(wheel)],
        capture_output=True, text=True, env=clean_env(), cwd=base,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    site = next((venv / "lib").glob("python3.*")) / "site-packages"
    (site / "_govreport_test_deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return venv / "bin"


def clean_env() -> dict[str, str]:
    """The environment without anything that points at this checkout."""
    drop = {"PYTHONPATH", "GOVREPORT_ROOT", "VIRTUAL_ENV", "PYTHONHOME"}
    return {k: v for k, v in os.environ.items() if k not in drop}


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "somewhere"
    folder.mkdir()
    shutil.copyfile(REPORT, folder / "report.txt")
    return folder


def run_installed(bin_dir: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    python = bin_dir / "python"
    code = "import sys; from govreport.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [str(python), "-c", code, *args], capture_output=True, text=True, cwd=cwd, env=clean_env()
    )


def test_the_installed_package_is_the_wheel(installed: Path, elsewhere: Path) -> None:
    done = subprocess.run(
        [str(installed / "python"), "-c", "import govreport; print(govreport.__file__)"],
        capture_output=True, text=True, cwd=elsewhere, env=clean_env(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    location = Path(done.stdout.strip())
    assert str(installed.parent) in str(location), location
    assert not str(location).startswith(str(PROJ_ROOT)), location


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_report_command_runs_outside_the_repository(
    installed: Path, elsewhere: Path, command: str
) -> None:
    out = elsewhere / f"{command}.csv"
    done = run_installed(
        installed, [command, "report.txt", *COMMANDS[command], "-o", str(out)], elsewhere
    )
    assert done.returncode == 0, f"govreport {command}: {done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr
    table = pd.read_csv(out)
    assert len(table) > 0, f"govreport {command} wrote an empty table"


def test_build_outside_a_project_is_one_line(installed: Path, elsewhere: Path) -> None:
    done = run_installed(installed, ["build"], elsewhere)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and "no govreport project" in lines[0], done.stderr
