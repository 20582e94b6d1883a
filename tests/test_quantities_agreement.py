"""Inter-annotator agreement on the quantity gold (tests/data/gold_corpus/agreement/): a second
annotation of a set's paragraphs, made by reading only without seeing the first, scored against
the first with the extractor's scorer (govreport.quantities.evaluation.agreement_score)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govreport.quantities import evaluation as ev

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"


def _copy_set(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "gold"
    (folder / ev.AGREEMENT_FOLDER).mkdir(parents=True)
    for suffix in ("", "_paragraphs"):
        shutil.copy(GOLD / f"{name}{suffix}.csv", folder / f"{name}{suffix}.csv")
    return folder


def test_an_annotation_agrees_with_itself_and_one_changed_subject_shows(tmp_path: Path) -> None:
    folder = _copy_set(tmp_path, "heldout10")
    second = folder / ev.AGREEMENT_FOLDER / "heldout10_second.csv"
    text = (GOLD / "heldout10.csv").read_text(encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    same = ev.agreement_score(folder, "heldout10", RAW).summary()
    assert all(same[key] == 1.0 for key in ("precision", "recall", "full_row", "subject", "year"))
    rows = ev.read_csv_rows(GOLD / "heldout10.csv")
    subject = rows[0]["subject"]
    changed = text.replace(f",{subject},", f",{subject}之外,", 1)
    assert changed != text
    second.write_text(changed, encoding="utf-8")
    other = ev.agreement_score(folder, "heldout10", RAW).summary()
    assert other["subject"] == pytest.approx(1 - 1 / len(rows))
    assert other["value_num"] == 1.0


def test_agreement_table_lists_the_sets_with_a_second_annotation() -> None:
    assert "heldout11" in ev.second_annotations(GOLD)
    table = ev.agreement_table(GOLD, RAW)
    assert list(dict.fromkeys(table["gold_set"])) == [
        f"{n}.csv" for n in ev.second_annotations(GOLD)
    ]
    for name in ev.second_annotations(GOLD):
        rows = table[table["gold_set"] == f"{name}.csv"].set_index("metric")["score"]
        assert rows["n_gold"] == len(ev.read_csv_rows(GOLD / f"{name}.csv"))
        assert 0 < rows["subject"] <= 1 and 0 < rows["recall"] <= 1
