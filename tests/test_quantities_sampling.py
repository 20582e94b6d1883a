"""The held-out sets from heldout59 on were chosen by the rule their headers state; the rule is
``govreport.quantities.sampling``, and these tests choose each set again from the paragraphs files
made before it and compare the result with the set's own paragraphs file."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport.errors import InputError
from govreport.quantities.evaluation import paragraph_span, read_csv_rows
from govreport.quantities.sampling import (
    CONTINUE_FROM,
    FILL_QUOTA_FROM,
    Unit,
    candidates,
    choose_unit,
    opening_unit,
    parts,
    propose,
    read_splits,
    report_lines,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"
SPLITS = GOLD / "sampling_splits.csv"
#: The sets chosen by the rule (the earlier ones were chosen by their annotators).
SAMPLED_SETS = (
    "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
    "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72",
    "heldout73", "heldout74", "heldout75", "heldout76", "heldout77", "heldout78",
    "heldout79", "heldout80", "heldout81", "heldout82", "heldout83",
    "heldout84", "heldout85", "heldout86", "heldout87", "heldout88", "heldout89",
    "heldout90", "heldout91", "heldout92", "heldout93", "heldout94", "heldout95",
    "heldout96", "heldout97", "heldout98", "heldout99", "heldout100", "heldout101",
    "heldout102", "heldout103", "heldout104", "heldout105", "heldout106",
    "heldout107", "heldout108", "heldout109", "heldout110", "heldout111",
    "heldout112", "heldout113", "heldout114", "heldout115", "heldout116", "heldout117", "heldout118", "heldout119", "heldout120", "heldout121", "heldout122", "heldout123", "heldout124", "heldout125", "heldout126", "heldout127", "heldout128",
)  # fmt: skip


def listed_units(name: str) -> list[tuple[str, int, str, str]]:
    """(report_id, line, excerpt_end, excerpt_start) of each unit of a set's paragraphs file."""
    out = []
    for row in read_csv_rows(GOLD / f"{name}_paragraphs.csv"):
        text = "\n".join(report_lines(row["report_id"], RAW))
        start, _ = paragraph_span(text, row["paragraph"])
        line = text.count("\n", 0, start) + 1
        ends = (row.get("excerpt_end") or "", row.get("excerpt_start") or "")
        out.append((row["report_id"], line, *ends))
    return out


@pytest.mark.parametrize("name", SAMPLED_SETS)
def test_each_sampled_set_is_what_the_rule_chooses_from_the_sets_before_it(name: str) -> None:
    number = int(name[7:])
    before = ("dev", "heldout", *(f"heldout{n}" for n in range(2, number)))
    units = propose(
        GOLD,
        RAW,
        before,
        read_splits(SPLITS),
        fill_quota=number >= FILL_QUOTA_FROM,
        continue_excerpts=number >= CONTINUE_FROM,
    )
    chosen = [(u.report_id, u.line, u.excerpt_end, u.excerpt_start) for u in units]
    assert chosen == listed_units(name)


def test_each_split_line_is_its_heading() -> None:
    rows = {r["report_id"]: r for r in read_csv_rows(SPLITS)}
    for report_id, lines in read_splits(SPLITS).items():
        headings = rows[report_id]["heading"].split("|") if lines else []
        assert len(headings) == len(lines or ())
        text = report_lines(report_id, RAW)
        for line, heading in zip(lines or (), headings, strict=True):
            assert text[line - 1].lstrip("\u3000 ").startswith(heading), (report_id, line)


def test_parts_alternate_at_several_splits() -> None:
    units = [Unit("r", n, "", 3, 3, "") for n in (2, 10, 90, 120)]
    found = parts(units, (5, 89, 115))
    assert [u.line for u in found["review"]] == [2, 90]
    assert [u.line for u in found["plan"]] == [10, 120]


def test_a_long_paragraph_enters_through_its_opening_whole_sentences() -> None:
    text = "一是增长1%和2%。二是增长3%。三是增长4%。"
    assert opening_unit(text, cap=3) == (3, "一是增长1%和2%。二是增长3%。"[-12:])
    assert opening_unit("增长1%、2%、3%、4%。", cap=3) is None  # (first sentence over the cap)


def test_a_paragraph_listed_through_an_excerpt_enters_again_through_its_continuation() -> None:
    """From heldout102 on (CONTINUE_FROM), the whole sentences after the furthest excerpt listed
    of a paragraph are a candidate, written as the text they start with and end with; a
    paragraph listed whole, or whose excerpts reach its end, gives none; before, a listed
    paragraph gives none at all."""
    first = "一是地区生产总值增长1%和2%，规模以上工业增加值增长3%。"
    second = "二是新增城镇就业4万人，一般公共预算收入增长5%，居民收入增长6%左右。"
    third = "三是进出口总额增长7%，实际使用外资8亿美元。"
    lines = ["各位代表：", first + second + third]
    listed = [first[:20]]
    assert candidates("x-2026", lines, listed) == []
    excerpt = {first[:20]: [("", first[-12:])]}
    (unit,) = candidates("x-2026", lines, listed, excerpt)
    assert (unit.line, unit.numbers, unit.paragraph_numbers) == (2, 5, 8)
    assert (unit.excerpt_start, unit.excerpt_end) == (second[:12], "")
    span = paragraph_span("\n".join(lines), listed[0], unit.excerpt_end, unit.excerpt_start)
    assert "\n".join(lines)[slice(*span)] == second + third
    capped = candidates(
        "x-2026", [lines[0], lines[1] + "四是" + "增长9%，" * 20 + "。"], listed, excerpt
    )
    assert (capped[0].numbers, capped[0].excerpt_end) == (5, third[-12:])
    assert candidates("x-2026", lines, listed, {first[:20]: [("", ""), ("", first[-12:])]}) == []
    to_end = [("", first[-12:]), (second[:12], third[-12:])]
    assert candidates("x-2026", lines, listed, {first[:20]: to_end}) == []


def test_a_part_takes_its_unit_with_the_most_numbers_among_those_with_three_or_more() -> None:
    units = [Unit("r", i, "", n, n, "") for i, n in ((1, 2), (2, 5), (3, 5), (4, 4))]
    assert choose_unit(units) == units[1]  # (the earliest of the two with 5)
    assert choose_unit(units[:1]) == units[0]  # (none with 3: all of them)
    assert choose_unit([]) is None
    assert [len(p) for p in parts(units, None).values()] == [2, 2]
    assert [len(p) for p in parts(units, (3,)).values()] == [2, 2]


def test_a_chosen_report_without_a_split_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "splits.csv").write_text("report_id,line,heading\n", encoding="utf-8")
    with pytest.raises(InputError, match="no split line"):
        propose(GOLD, RAW, ("dev", "heldout"), read_splits(tmp_path / "splits.csv"))


def test_an_excerpt_text_that_is_not_in_its_paragraph_or_not_first_there_is_an_error() -> None:
    """A listed excerpt's start or end that its paragraph does not hold is a one-line error (not
    a continuation computed from -1), and so is a continuation whose opening text occurs earlier
    in the line all the way to the line's end (it could not be written so that it is found)."""
    from govreport.quantities.sampling import continuation, first_found

    line = "一、去年增长5%，达到8亿元。今年预计地区生产总值增长6%左右，一般公共预算收入达到9亿元。"
    with pytest.raises(InputError, match="excerpt text not found in its paragraph: 达到7亿元"):
        continuation(line, [("", "达到7亿元。")])
    with pytest.raises(InputError, match="excerpt text not found in its paragraph: 明年"):
        continuation(line, [("明年", "")])
    with pytest.raises(InputError, match="no text from offset 5"):
        first_found("增长5%。增长5%。", 5)
    assert first_found("增长5%。增长5%，达到", 5, shortest=2) == "增长5%，"
