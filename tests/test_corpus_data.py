"""The corpora in data/raw/ are byte-for-byte copies of what was received (sha256 of index.csv)."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from govreport.config import project

PROJECT = project(Path(__file__).resolve().parents[1])
CORPORA = {
    "national": (PROJECT.national, "year", 52),
    "provincial": (PROJECT.provincial, "file", 13),
}


def index_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "index.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def file_of(folder: Path, row: dict[str, str]) -> Path:
    return folder / (row["file"] if "file" in row else f"china-national-{row['year']}.txt")


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_files_match_their_index(corpus: str) -> None:
    folder, _, expected = CORPORA[corpus]
    rows = index_rows(folder)
    assert len(rows) == expected, f"{corpus}: {len(rows)} reports in index.csv, expected {expected}"
    bad = [
        file_of(folder, row).name
        for row in rows
        if hashlib.sha256(file_of(folder, row).read_bytes()).hexdigest() != row["sha256"]
    ]
    assert not bad, f"{corpus}: files differ from the sha256 in index.csv: {bad}"
    listed = {file_of(folder, row).name for row in rows}
    on_disk = {p.name for p in folder.glob("*.txt")}
    assert on_disk == listed, f"{corpus}: files not in index.csv: {sorted(on_disk - listed)}"
