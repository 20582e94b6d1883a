"""Inter-annotator agreement on the segmentation sets (tests/data/segmentation/agreement/): a
second segmentation of a set's sentences, made by reading only without seeing the first
(govreport.segmentation_eval.agreement_table)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govreport import segmentation_eval as se
from govreport.errors import InputError

FOLDER = Path(__file__).resolve().parent / "data" / "segmentation"


def test_a_segmentation_agrees_with_itself_and_a_dropped_term_shows(tmp_path: Path) -> None:
    shutil.copy(FOLDER / "heldout4.tsv", tmp_path / "heldout4.tsv")
    (tmp_path / se.AGREEMENT_FOLDER).mkdir()
    second = tmp_path / se.AGREEMENT_FOLDER / "heldout4_second.tsv"
    text = (FOLDER / "heldout4.tsv").read_text(encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    row = se.agreement_table(tmp_path / "gold.tsv").iloc[0]
    assert (row["boundary_f1"], row["integrity"], row["term_f1"]) == (1.0, 1.0, 1.0)
    sentences = se.read_gold(FOLDER / "heldout4.tsv")
    with_term = next(s for s in sentences if len(s.policy_terms) == 1)
    lines = [
        line.rsplit("\t", 2)[0] + "\t\t" + line.rsplit("\t", 1)[1]
        if line.startswith(f"{with_term.report_id}\t{with_term.text}\t")
        else line
        for line in text.splitlines()
    ]
    second.write_text("\n".join(lines) + "\n", encoding="utf-8")
    row = se.agreement_table(tmp_path / "gold.tsv").iloc[0]
    n = sum(len(s.policy_terms) for s in sentences)
    assert row["term_f1"] == pytest.approx(round(2 * (n - 1) / (2 * n - 1), 4))
    assert row["boundary_f1"] == 1.0


def test_a_second_segmentation_must_cover_every_sentence(tmp_path: Path) -> None:
    first = se.read_gold(FOLDER / "heldout4.tsv")
    with pytest.raises(InputError, match="lacks 1 sentences"):
        se.agreement_row("heldout4", first, first[1:])


def test_agreement_table_lists_every_second_segmentation() -> None:
    table = se.agreement_table(FOLDER / "gold.tsv")
    names = sorted(p.name.removesuffix("_second.tsv") for p in (FOLDER / "agreement").glob("*.tsv"))
    assert "heldout5" in names and sorted(table["gold_set"]) == names
    assert ((table["term_f1"] > 0) & (table["term_f1"] <= 1)).all()
