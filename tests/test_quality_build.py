"""Quality gates for ``govreport build``: determinism, freshness, no network.

- Determinism: two builds into two fresh folders give byte-identical tables and figure files
  (PNG, SVG, PDF): no dates, random ids or absolute paths leak into any file.
- Freshness: the committed ``data/processed/`` equals what the committed code produces.
- Both builds run with the network switched off (``unshare -n``) where the machine allows it.

The committed tables are read when this module is imported, i.e. at collection time, before
any test (the ``built_book`` fixture, for one) regenerates ``data/processed/`` in place.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from govreport.config import project
from tests.conftest import BIN, offline_prefix

PROJECT = project(Path(__file__).resolve().parents[1])
PROCESSED_DIR = PROJECT.processed
PROJ_ROOT = PROJECT.root

#: Files of data/processed/ that the build writes (hashes of the committed copies).
COMMITTED: dict[str, str] = {
    path.relative_to(PROCESSED_DIR).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
    for path in sorted(PROCESSED_DIR.rglob("*"))
    if path.is_file()
}


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    """Run ``govreport build --force --out A --figures FA`` twice at once, offline, in two fresh
    folders (two processes that share no state and read no cache: two cold builds)."""
    outs, procs = [], []
    for name in ("first", "second"):
        root = tmp_path_factory.mktemp(f"build-{name}")
        tables, figures = root / "processed", root / "figures"
        command = [str(BIN / "govreport"), "build", "--force", "--out", str(tables)]
        command += ["--figures", str(figures)]
        log = (root / "build.log").open("w+", encoding="utf-8")
        procs.append(
            (
                subprocess.Popen(
                    offline_prefix() + command,
                    cwd=PROJ_ROOT,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    text=True,
                ),
                log,
            )
        )
        outs.append((tables, figures))
    for proc, log in procs:
        status = proc.wait(timeout=1800)
        log.seek(0)
        output = log.read()
        log.close()
        assert status == 0, f"govreport build failed:\n{output[-3000:]}"
        assert "Traceback" not in output, output[-3000:]
    return outs


def _differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    lines = [f"only in the first build: {k}" for k in sorted(a.keys() - b.keys())]
    lines += [f"only in the second build: {k}" for k in sorted(b.keys() - a.keys())]
    lines += [f"differs: {k}" for k in sorted(a.keys() & b.keys()) if a[k] != b[k]]
    return lines


def test_build_is_deterministic_tables(two_builds):
    (first, _), (second, _) = two_builds
    a, b = _files(first), _files(second)
    assert a, "govreport build wrote no tables"
    diff = _differences(a, b)
    assert not diff, "DETERMINISM broken: two builds gave different tables:\n" + "\n".join(diff)


def test_build_is_deterministic_figures(two_builds):
    (_, first), (_, second) = two_builds
    a, b = _files(first), _files(second)
    formats = {Path(k).suffix for k in a}
    assert {".png", ".svg", ".pdf"} <= formats, f"figure formats missing, found {formats}"
    diff = _differences(a, b)
    assert not diff, (
        "DETERMINISM broken: two builds gave different figure files (a date, random id or "
        "hash salt in the metadata? see govreport.publish.figures._METADATA and style.py):\n"
        + "\n".join(diff)
    )


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_figure_files_carry_no_dates_or_paths(two_builds, fmt):
    _, figures = two_builds[0]
    bad = []
    for path in sorted(figures.glob(f"*.{fmt}")):
        data = path.read_bytes()
        for marker in (b"CreationDate", b"ModDate", b"<dc:date>", b"/tmp/", str(figures).encode()):
            if marker in data:
                bad.append(f"{path.name}: contains {marker!r}")
    assert not bad, "DETERMINISM at risk: figure files carry dates or paths:\n" + "\n".join(bad)


def test_committed_tables_are_fresh(two_builds):
    """FRESHNESS: data/processed/ as committed equals a fresh build of the committed code."""
    fresh_dir, _ = two_builds[0]
    fresh = {k: hashlib.sha256(v).hexdigest() for k, v in _files(fresh_dir).items()}
    stale = [
        f"stale (differs from a fresh build): data/processed/{k}"
        for k in sorted(fresh.keys() & COMMITTED.keys())
        if fresh[k] != COMMITTED[k]
    ]
    stale += [
        f"missing (the build writes it, not committed): data/processed/{k}"
        for k in sorted(fresh.keys() - COMMITTED.keys())
    ]
    stale += [
        f"orphan (committed, the build no longer writes it): data/processed/{k}"
        for k in sorted(COMMITTED.keys() - fresh.keys())
    ]
    assert not stale, (
        "FRESHNESS broken: data/processed/ is not what the code produces; run "
        "`govreport build` and commit the result:\n" + "\n".join(stale)
    )
