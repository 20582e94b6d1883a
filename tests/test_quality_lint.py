"""Quality gate: lint, format and types.

- ``ruff check`` and ``ruff format --check`` over the Python code (``src/``, ``tests/``,
  ``book/_ext/``, ``bench/``) and over the code cells of the MyST notebooks (exported to
  ``.ipynb`` with jupytext, which ruff reads cell by cell);
- ``mypy src`` with the settings in ``pyproject.toml``;
- no module of ``src/`` binds one top-level name twice (a second ``X = re.compile(…)`` silently
  replaces the first for every use before it: session 49 gave a new pattern an existing name,
  which neither ruff nor mypy reports).

Fix with ``ruff check --fix``, ``ruff format`` (``.md`` notebooks: fix the cell by hand).
"""

from __future__ import annotations

import ast
import subprocess
from collections import Counter
from pathlib import Path

import jupytext
import pytest

from govreport.config import project
from tests.conftest import BIN

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

PYTHON_PATHS = [p for p in ("src", "tests", "book/_ext", "bench") if (PROJ_ROOT / p).is_dir()]
#: MyST notebooks: the chapters and the book's own pages that have code cells.
NOTEBOOKS = sorted(
    path
    for folder in ("notebooks", "book")
    for path in (PROJ_ROOT / folder).glob("*.md")
    if "jupytext:" in path.read_text(encoding="utf-8")[:500]
)
CONFIG = str(PROJ_ROOT / "pyproject.toml")


def ruff(*args: str, cwd: Path = PROJ_ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "ruff"), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def notebook_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The notebooks' code cells, as ``.ipynb`` files of the same names."""
    out = tmp_path_factory.mktemp("notebooks")
    for path in NOTEBOOKS:
        notebook = jupytext.read(path)
        notebook.cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
        target = out / path.parent.name / f"{path.stem}.ipynb"
        target.parent.mkdir(exist_ok=True)
        jupytext.write(notebook, target, fmt="ipynb")
    return out


def test_ruff_check_python() -> None:
    done = ruff("check", "--no-cache", "--output-format=concise", *PYTHON_PATHS)
    assert done.returncode == 0, f"LINT: ruff check found problems:\n{done.stdout[-6000:]}"


def test_ruff_format_python() -> None:
    done = ruff("format", "--check", "--no-cache", *PYTHON_PATHS)
    assert done.returncode == 0, (
        f"LINT: files not formatted (run `ruff format`):\n{done.stdout[-4000:]}{done.stderr[-2000:]}"
    )


def test_ruff_check_notebooks(notebook_code: Path) -> None:
    if not NOTEBOOKS:
        pytest.skip("no notebooks")
    done = ruff(
        "check", "--no-cache", "--output-format=concise", "--config", CONFIG, str(notebook_code)
    )
    output = done.stdout.replace(f"{notebook_code}/", "")
    assert done.returncode == 0, f"LINT: ruff check on the notebooks' code cells:\n{output[-6000:]}"


def test_ruff_format_notebooks(notebook_code: Path) -> None:
    if not NOTEBOOKS:
        pytest.skip("no notebooks")
    done = ruff("format", "--check", "--diff", "--no-cache", "--config", CONFIG, str(notebook_code))
    output = (done.stdout + done.stderr).replace(f"{notebook_code}/", "")
    assert done.returncode == 0, (
        f"LINT: notebook code cells not formatted as ruff would (fix the .md cells):\n"
        f"{output[-6000:]}"
    )


def test_mypy_src() -> None:
    done = subprocess.run(
        [str(BIN / "mypy"), "src"], cwd=PROJ_ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"TYPES: mypy src found errors:\n{done.stdout[-6000:]}"


def top_level_rebinds(source: str) -> list[str]:
    """The names a module binds twice at its top level (assignments, functions and classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    rebound = {
        str(path.relative_to(PROJ_ROOT)): names
        for path in sorted((PROJ_ROOT / "src").rglob("*.py"))
        if (names := top_level_rebinds(path.read_text(encoding="utf-8")))
    }
    assert not rebound, f"names bound twice at module level: {rebound}"


def test_a_rebound_name_is_found() -> None:
    assert top_level_rebinds("A = 1\nB = 2\nA = 3\ndef f(): pass\n") == ["A"]
    assert top_level_rebinds("A: int = 1\nif A:\n    B = 2\ndef f(): pass\n") == []
    assert top_level_rebinds("def f(): pass\nf = 2\n") == ["f"]
