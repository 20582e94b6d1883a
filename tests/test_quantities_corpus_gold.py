"""Score the quantities extractor against the hand-made corpus gold (tests/data/gold_corpus/).

The development gold (the extractor is tuned on it) is the sets of
:data:`govreport.quantities.evaluation.DEV_SETS`: ``dev.csv`` and the held-out sets already
scored, scored together and file by file; a readable diff of all goes to
``_build/quantities-corpus-diff.md``. Each held-out set (``heldout.csv`` … ``heldout128.csv``,
conventions in each file's header) was annotated by reading only, beside a round of issue 11 that
never looked at it, scored ONCE blind at the end of that round, recorded in ``blind_scores.csv``
(with the commit scored), and then promoted to development. The held-out set is the newest of
:data:`govreport.quantities.evaluation.HELDOUT_HISTORY` present: ``heldout128.csv`` (units
no gold had annotated of national 1964, 1979, 1981, 2021, 2022, 2025 and of hunan and jiangxi
2026: twelve whole paragraphs, none of them a continuation of an excerpt an earlier set
annotated). Only aggregate numbers are asserted for it.
Matching and fields: see :mod:`govreport.quantities.evaluation`. Run ``python
tests/test_quantities_corpus_gold.py [dev] [heldout128]`` for the scores alone.

Thresholds: development (union) at the levels reached less 0.001 for rounding, full_row also per
file; held-out 0.03 below its blind score. The rounds' classes are in the commit messages and the
rule files' comments; the measurements, before and after each round, in the team's notes.
- Session 52 (no round): heldout128 promoted to development after a class of the session
  (durations named by their task) turned one of its rows right (blind full_row 0.571, now 0.714);
  it stays the newest held-out set until the next is made.
- Round 129 (heldout127 tuned on; each change read over every row it changed in the 65 reports;
  kept: 在 / 到本世纪末 opening a subject is the period's, 2 rows; 我国 stays before 人口, measured
  人口, 8 rows and 7 measures): heldout128 (national 1964, 1979, 1981, 2021, 2022, 2025, hunan,
  jiangxi; 9 rows in 12 units, three units without a quantity) blind full_row 0.571, subject
  0.571 (lenient 0.714), period_kind 0.857, year 1.000, span 1.000, recall 0.778 -- exactly the
  code before the round: no row changed. A second annotation of its units, made blind, agrees
  with the first on 0.556 full row, 0.556 subject, 1.000 period_kind. heldout127 promoted to
  development: union of a hundred and twenty-eight files (8,297 rows) full_row 0.6216 -> 0.6220
  (4 rows right, 1 wrong).
- Round 128 (heldout126 tuned on: no class kept, no code changed): heldout127 (national 1978,
  1979, 1988, 2006, 2009, 2013, gansu, guizhou; 11 rows in 10 units, three units without a
  quantity) blind full_row 0.222, subject 0.444 (lenient 0.667), period_kind 0.778, year 0.889,
  span 0.889, recall 0.818. A second annotation of its units, made blind, agrees with the first
  on 0.182 full row, 0.455 subject, 0.818 period_kind: the two annotators disagree on this set
  as much as the extractor does. heldout126 promoted to development: union of a hundred and
  twenty-seven files (8,286 rows) full_row 0.6220.
- Round 127 (heldout125 tuned on; each change read over every row it changed in the 65 reports;
  kept: 今明两年 a span ending the year after the plan year, 2 rows): heldout126 (national 1964,
  1978, 1985, 2004, 2005, 2025, shanxi, anhui; 5 rows in 9 units, five units without a
  quantity: the smallest set yet) blind full_row 0.500, subject 0.500 (lenient 0.500),
  period_kind 1.000, year 1.000, span 1.000, recall 0.800 -- exactly the code before the round:
  no row changed. A second annotation of its units, made blind, agrees with the first on 0.400
  full row, 0.400 subject, 0.800 period_kind. heldout125 promoted to development: union of a
  hundred and twenty-six files (8,281 rows) full_row 0.6221 (no full row changed).
- Round 126 (heldout124 tuned on; each change read over every row it changed in the 65 reports;
  kept: an item naming an action of its own takes no new word from its list, 1 row; a
  law-making phrase before its count loses its agent, 3 rows; the genre's access predicates
  name the villages counted, 2 rows): heldout125 (national 1978, 1979, 1981, 2019, 2021, 2024,
  jiangxi, qinghai; 11 rows in 10 units, four units without a quantity) blind full_row 0.556,
  subject 0.556 (lenient 0.889), period_kind 0.667, year 0.778, span 0.889, recall 0.818 --
  exactly the code before the round: no row changed. A second annotation of its units, made
  blind, agrees with the first on 0.455 full row, 0.545 subject, 1.000 period_kind.
  heldout124 promoted to development: union of a hundred and twenty-five files (8,270 rows)
  full_row 0.6217 -> 0.6222 (4 rows right, none wrong).
- Round 125 (heldout123 tuned on; no class of its rows was kept: its misses are a duration
  row, entities carried from another sentence and conventions that differ across sets; kept:
  a line closing on a comma joins the next in the clean view, 11 breaks, no row changed):
  heldout124 (national 1964, 1979, 1988, 2014, 2015, 2017, anhui, gansu; 16 rows in 13 units,
  four units without a quantity) blind full_row 0.400, subject 0.400 (lenient 0.533),
  period_kind 0.933, year 1.000, span 1.000, recall 0.938 -- exactly the code before the
  round: no row changed. A second annotation of its units, made blind, agrees with the first
  on 0.500 full row, 0.562 subject, 0.938 period_kind. heldout123 promoted to development:
  union of a hundred and twenty-four files (8,254 rows) full_row 0.6221 (no row changed).
- Round 124 (heldout122 tuned on; each change read over every row it changed in the 65 reports;
  kept: the scope between 为 and a count of people stays after the predicate's 的, 1 row; a troop
  cut written as a verb is a change of 军队员额, 2 rows (and 6 measures)): heldout123 (national
  1960, 1979, 1985, 2010, 2012, 2013, shanxi, tianjin; 11 rows in 12 units, four units without
  a quantity) blind full_row 0.500, subject 0.500 (lenient 0.800), period_kind 0.800, year
  1.000, span 1.000, recall 0.909 -- exactly the code before the round: no row changed. A
  second annotation of its units, made blind, agrees with the first on 0.364 full row, 0.545
  subject, 1.000 period_kind. heldout122 promoted to development: union of a hundred and
  twenty-three files (8,243 rows) full_row 0.6220 -> 0.6222 (2 rows right, none wrong).
- Round 123 (heldout121 tuned on; each change read over every row it changed in the 65 reports;
  kept: a line break a web page put inside a sentence (a zero-width-space line, a link on a
  line of its own) leaves the clean view, 307 breaks in national 1954-2023; a clause classing
  an indicator names the figure the clause after it sets, 1 row): heldout122 (national 1964,
  1978, 1988, 2005, 2007, 2024, jiangxi, qinghai; 6 rows in 12 units, seven units without a
  quantity) blind full_row 0.400, subject 0.400 (lenient 0.400), period_kind 1.000, year
  1.000, span 1.000, recall 0.833 -- exactly the code before the round: no row changed. A
  second annotation of its units, made blind, agrees with the first on 0.333 full row, 0.500
  subject, 1.000 period_kind. heldout121 promoted to development: union of a hundred and
  twenty-two files (8,237 rows) recall .9829 -> .9831, full_row 0.6212 -> 0.6221 (9 rows
  right, none wrong).
- Round 122 (heldout120 tuned on; each change read over every row it changed in the 65 reports;
  kept: a letter typed for the digit 1 inside a number read as 1, 1 row; the allocating verb
  leaves once an adverbial before it has gone, 1 row): heldout121 (national 1955, 1985, 1987,
  2009, 2021, 2022, anhui, gansu; 7 rows in 11 units, seven units without a quantity) blind
  full_row 0.429, subject 0.429 (lenient 0.857), period_kind 0.857, year 1.000, span 1.000 --
  exactly the code before the round: no row changed. A second annotation of its units, made
  blind, agrees with the first on 0.571 full row, 0.571 subject, 1.000 period_kind. heldout120
  promoted to development: union of a hundred and twenty-one files (8,230 rows) recall .9827 ->
  .9829, full_row 0.6212 -> 0.6213 (2 rows right, none wrong).
- Round 121 (heldout119 tuned on; each change read over every row it changed in the 65 reports;
  kept: the adverb 共 / 共有 leaves a subject after its owner, 6 rows; 今后五年里 a span as
  written, 1 row): heldout120 (national 1955, 1978, 1979, 2004, 2006, 2025, qinghai, shanxi; 11
  rows in 13 units, five units without a quantity) blind full_row 0.556, subject 0.556 (lenient
  0.556), period_kind 0.889, year 0.889, span 1.000, recall 0.818 -- exactly the code before the
  round: no row changed. A second annotation of its units, made blind, agrees with the first on
  0.727 full row, 0.727 subject, 0.818 period_kind. heldout119 promoted to development: union of
  a hundred and twenty files (8,219 rows) full_row 0.6206 -> 0.6212 (5 rows right, none wrong).
- Round 120 (heldout118 tuned on; the change read over every row it changed in the 65 reports;
  kept: a subscript set on a line of its own joins its paragraph again, 8 rows): heldout119
  (national 1955, 1956, 1988, 2019, 2021, 2024, gansu, jiangxi; 9 rows in 10 units, three units
  without a quantity) blind full_row 0.444, subject 0.444 (lenient 0.778), period_kind 1.000,
  year 1.000, span 0.889 -- exactly the code before the round: no row changed. A second
  annotation of its units, made blind, agrees with the first on 0.667 full row, 0.778 subject,
  0.889 period_kind. heldout118 promoted to development: union of a hundred and nineteen files
  (8,210 rows) full_row 0.6207 -> 0.6208 (1 row right, none wrong).
- Round 119 (heldout117 tuned on; the change read over every row it changed in the 65 reports;
  kept: an allocation with no purpose after it takes the purpose of the clause before, 3 rows):
  heldout118 (national 1955, 1956, 1987, 2014, 2015, 2017, qinghai, shanxi; 13 rows in 11 units,
  one of them a continuation, four units without a quantity) blind full_row 0.615, subject
  0.692 (lenient 0.769), period_kind 0.923, year 1.000, span 1.000 -- exactly the code before
  the round: no row changed. Less blind than the others: the annotators' reports described
  their rows to the tuner during the round (the change touches none of them). A second
  annotation of its units, made blind, agrees with the first on 0.846 full row, 0.923 subject,
  0.923 period_kind. heldout117 promoted to development: union of a hundred and eighteen files
  (8,197 rows) full_row 0.6203 -> 0.6207 (3 rows right, none wrong).
- Round 118 (heldout116 tuned on; each change read over every row it changed in the 65 reports;
  kept: a range in Chinese numerals writing its magnitude and unit at both ends one row, 14 rows;
  an area with 以上 before the land it measures no class, 1 row; 至少 before 完成 a floor, 1 row;
  守住 / 坚守 out of the subject, 1 row): heldout117 (national 1955, 1956, 1964, 2010, 2012, 2013,
  gansu, jiangxi; 9 rows in 12 units, one of them a continuation, five units without a quantity)
  blind full_row 0.375, subject 0.375 (lenient 0.750), period_kind 0.875, year 0.875, span
  0.875, recall 0.889 -- exactly the code before the round: no row gained. A second annotation
  of its units, made blind, agrees with the first on 0.778 full row, 0.778 subject, 1.000
  period_kind. heldout116 promoted to development: union of a hundred and seventeen files (8,188
  rows) precision .9779 -> .9787, full_row 0.6203 -> 0.6206 (2 rows right, none wrong).
- Round 117 (heldout115 tuned on; each change read over every row it changed in the 65 reports;
  kept: a headless 的-clause before 有 a part of the things counted before, 4 rows; a relative
  clause of starting a count of new units, 3 rows; a count of laws keeps its verb of law-making,
  16 rows; the object of 将 / 把 named by what is done to it, 3 rows): heldout116 (national 1955,
  1956, 1987, 2005, 2007, 2024, qinghai, shanxi; 10 rows in 10 units, one of them a
  continuation, two units without a quantity) blind full_row 0.400, subject 0.500 (lenient
  0.800), period_kind 0.800, year 0.800, span 0.900 -- exactly the code before the round: no
  row gained. A second annotation of its units, made blind, agrees with the first on 0.600 full
  row, 0.900 subject, 1.000 period_kind. heldout115 promoted to development: union of a hundred
  and sixteen files (8,178 rows) full_row 0.6191 -> 0.6206 (13 rows right, 1 wrong).
- Round 116 (heldout114 tuned on; each change read over every row it changed in the 65 reports;
  kept: a share compared with a written year's, 1 row; a named span of years no duration, 38
  rows): heldout115 (national 1955, 1956, 1958, 2009, 2021, 2022, gansu, jiangxi; 14 rows in 10
  units, one of them a continuation, two units without a quantity) blind full_row 0.286,
  subject 0.286 (lenient 0.929), period_kind 0.929, year 0.929, span 0.929 -- exactly the code
  before the round: no row gained. A second annotation of its units, made blind, agrees with
  the first on 0.786 full row, 0.929 subject, 1.000 period_kind. heldout114 promoted to
  development: union of a hundred and fifteen files (8,164 rows) precision .9743 -> .9782,
  full_row 0.6197 unchanged.
- Round 115 (heldout113 tuned on; the change read over every row it changed in the 65 reports;
  kept: 五年内 opening a clause the plan's span, not a quantity, 68 rows): heldout114 (national
  1955, 1956, 1958, 2004, 2006, 2025, qinghai, shanxi; 14 rows in 11 units, one of them a
  continuation, two units without a quantity) blind full_row 0.429, subject 0.500 (lenient
  0.786), period_kind 0.786, year 0.929, span 0.929 -- the code before the round scored the
  same rows; its precision .875 rose to .933 (a 五年内 read as a quantity gone). A second
  annotation of its units, made blind, agrees with the first on 0.714 full row, 0.857 subject,
  1.000 period_kind. heldout113 promoted to development: union of a hundred and fourteen files
  (8,150 rows) precision .9697 -> .9743, full_row 0.6200 unchanged.
- Round 114 (heldout112 tuned on; the change read over every row it changed in the 65 reports;
  kept: a list of ratings per piece, 3 rows): heldout113 (national 1955, 1956, 1958, 2019, 2021,
  2024, qinghai, jiangxi; 21 rows in 10 units, two of them continuations, every unit with a
  quantity) blind full_row 0.714, subject 0.762 (lenient 0.952), period_kind 0.905, year 1.000,
  span 0.857 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.857 full row, 0.952 subject, 1.000 period_kind.
  heldout112 promoted to development: union of a hundred and thirteen files (8,129 rows)
  full_row 0.6194 -> 0.6198, 3 full rows gained, none lost.
- Round 113 (heldout111 tuned on; each change read over every row it changed in the 65 reports;
  kept: 多 after 倍 a hedge, 10 rows; the share of a budget fulfilled, 8 rows): heldout112
  (national 1955, 1956, 1958, 2014, 2015, 2017, shanxi, jiangxi; 39 rows in 13 units, two of
  them continuations, every unit with a quantity) blind full_row 0.447, subject 0.474 (lenient
  0.868), period_kind 0.974, year 1.000, span 1.000 -- exactly the code before the round: no row
  gained. A second annotation of its units, made blind, agrees with the first on 0.692 full
  row, 0.718 subject, 1.000 period_kind. heldout111 promoted to development: union of a hundred
  and twelve files (8,090 rows) full_row 0.6198 -> 0.6202, 3 full rows gained, none lost.
- Round 112 (heldout110 tuned on; each change read over every row it changed in the 65 reports;
  kept: 增设, 3 rows; a plan's start count of standing units a stock, 3 rows; 连续 ends a counted
  noun, 3 rows; people a problem is solved for, 1 row): heldout111 (national 1955, 1956, 1958,
  1997, 2005, 2012, hainan, qinghai; 38 rows in 12 units, three of them continuations, three
  units without a quantity) blind full_row 0.263, subject 0.395 (lenient 0.868), period_kind
  0.921, year 1.000, span 0.868 -- exactly the code before the round: no row gained. A second
  annotation of its units, made blind, agrees with the first on 0.553 full row, 0.632 subject,
  0.974 period_kind. heldout110 promoted to development: union of a hundred and eleven files
  (8,052 rows) full_row 0.6207 -> 0.6216, 7 full rows gained, none lost.
- Round 111 (heldout109 tuned on; each change read over every row it changed in the 65 reports;
  kept: years counted after a colon, 4 rows; a doubling before the level, 2 rows; a year alone
  and a case line's tail, 6 rows): heldout110 (national 1955, 1956, 1958, 2009, 2021, 2022,
  chongqing, liaoning; 45 rows in 13 units, four of them continuations, two units without a
  quantity) blind full_row 0.477, subject 0.523 (lenient 0.841), period_kind 0.909, year 0.955,
  span 0.955 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.600 full row, 0.689 subject, 0.978 period_kind.
  heldout109 promoted to development: union of a hundred and ten files (8,007 rows) full_row
  0.6203 -> 0.6215, 9 full rows gained, none lost.
- Round 110 (heldout108 tuned on; each change read over every row it changed in the 65 reports;
  kept: a comma clause with its own subject and verb no part of a sum, 19 rows; 累计 / 年均
  between an entity and its verb, 5 rows; 本年将 / 本年内, 3 rows): heldout109 (national 1955,
  1956, 1958, 1998, 2004, 2006, guizhou, hunan; 43 rows in 13 units, four of them
  continuations, two units without a quantity) blind full_row 0.762, subject 0.857 (lenient
  0.952), period_kind 0.857, year 0.881, span 0.905 -- exactly the code before the round: no
  row gained. A second annotation of its units, made blind, agrees with the first on 0.907 full
  row, 0.907 subject, 1.000 period_kind. heldout108 promoted to development: union of a hundred
  and nine files (7,964 rows) full_row 0.6180 -> 0.6196, 12 full rows gained, none lost.
- Round 109 (heldout107 tuned on; each change read over every row it changed in the 65 reports;
  kept: a written range opening a later sentence frames it only, 10 rows; 改扩建 / 维修改造 in a
  verb chain, 11 rows; 组建 new bodies and 共同体 a noun, 4 rows; an item's own verb and a sibling
  people count carry nothing, 7 rows; firms over a count in 户 a stock, 1 row): heldout108
  (national 1955, 1956, 1958, 1993, 1997, 2025, chongqing, liaoning; 50 rows in 12 units, four
  of them continuations, two units without a quantity) blind full_row 0.520, subject 0.600
  (lenient 0.880), period_kind 0.920, year 0.940, span 0.980 -- exactly the code before the
  round: no row gained. A second annotation of its units, made blind, agrees with the first on
  0.740 full row, 0.820 subject, 0.940 period_kind. heldout107 promoted to development: union of
  a hundred and eight files (7,914 rows) full_row 0.6169 -> 0.6187, 14 full rows gained, none
  lost.
- Round 108 (heldout106 tuned on; the change read over every row it changed in the 65 reports;
  kept: an item joined by 和 split when a 分别 list's figures outnumber its items, 2 rows):
  heldout107 (national 1955, 1956, 1958, 2019, 2021, 2024, guizhou, hunan; 63 rows in 13 units,
  four of them continuations, one unit without a quantity) blind full_row 0.413, subject 0.571
  (lenient 0.762), period_kind 0.952, year 1.000, span 0.825 -- exactly the code before the
  round: no row gained. A second annotation of its units, made blind, agrees with the first on
  0.619 full row, 0.762 subject, 0.984 period_kind. heldout106 promoted to development: union of
  a hundred and seven files (7,851 rows) full_row 0.6183 -> 0.6185, 2 full rows gained, none
  lost.
- Round 107 (heldout105 tuned on; each change read over every row it changed in the 65 reports;
  kept: a predicate ending on another head, 1 row; funds' sizes stocks, 4 rows): heldout106
  (national 1955, 1958, 1959, 2005, 2014, 2015, chongqing, anhui; 36 rows in 14 units, three of
  them continuations, one unit without a quantity) blind full_row 0.417, subject 0.417 (lenient
  0.694), period_kind 0.944, year 0.944, span 0.944 -- exactly the code before the round: no row
  gained. A second annotation of its units, made blind, agrees with the first on 0.639 full row,
  0.722 subject, 0.917 period_kind. heldout105 promoted to development: union of a hundred and
  six files (7,815 rows) full_row 0.6188 -> 0.6192, 3 full rows gained, none lost.
- Round 106 (heldout104 tuned on; each change read over every row it changed in the 65 reports;
  kept: a per-head measure shared by two items, 3 rows; a share clause after an adverb, 1 row):
  heldout105 (national 1955, 1959, 1980, 1993, 1997, 1998, guizhou, hunan; 56 rows in 12 units,
  seven of them continuations, two units without a quantity) blind full_row 0.527, subject
  0.691 (lenient 0.836), period_kind 0.909, year 0.927, span 0.873 -- exactly the code before
  the round: no row gained. A second annotation of its units, made blind, agrees with the first
  on 0.839 full row, 0.929 subject, 0.982 period_kind. heldout104 promoted to development: union
  of a hundred and five files (7,759 rows) full_row 0.6191 -> 0.6195, 3 full rows gained, none
  lost.
- Round 105 (heldout103 tuned on; the change read over every row it changed in the 65 reports;
  kept: the perfective 了 out of the subject, 53 rows): heldout104 (national 1957, 1980, 1982,
  2006, 2021, 2022, jilin, anhui; 51 rows in 14 units, six of them continuations, every unit
  with a quantity) blind full_row 0.647, subject 0.765 (lenient 0.902), period_kind 0.980,
  year 0.863, span 0.882 -- exactly the code before the round: no row gained. A second
  annotation of its units, made blind, agrees with the first on 0.896 full row, 0.917 subject,
  1.000 period_kind. heldout103 promoted to development: union of a hundred and four files
  (7,708 rows) full_row 0.6186 -> 0.6189, 2 full rows gained, none lost.
- Round 104 (heldout102 tuned on; each change read over every row it changed in the 65 reports;
  kept: comparisons with a plan's end or a year in Chinese numerals out of the subject, 5 rows;
  a gap after a ratio, 2 rows; 亩次 and tillage, 2 rows; a length's end value and 整合至 stocks,
  2 rows): heldout103 (national 1957, 1960, 1983, 1997, 1998, 1999, jilin, gansu; 43 rows in 11
  units, six of them continuations, three units without a quantity) blind full_row 0.342,
  subject 0.421 (lenient 0.763), period_kind 0.921, year 0.947, span 0.684 -- exactly the code
  before the round: no row gained. A second annotation of its units, made blind, agrees with
  the first on 0.500 full row, 0.714 subject, 1.000 period_kind. heldout102 promoted to
  development: union of a hundred and three files (7,665 rows) full_row 0.6194 -> 0.6200, 5
  full rows gained, none lost.
- Round 103 (heldout101 tuned on; each change read over every row it changed in the 65 reports;
  kept: a span inside the subject out of it, 12 rows; 铺轨 count_new, 5 rows): heldout102
  (national 1960, 1983, 1986, 1993, 2003, 2008, jilin, chongqing; 74 rows in 12 units, seven
  of them continuations (sampling from heldout102 on), three units without a quantity) blind
  full_row 0.569, subject 0.611 (lenient 0.778), period_kind 0.889, year 0.931, span 0.958 --
  exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.662 full row, 0.803 subject, 0.930 period_kind. heldout101
  promoted to development: union of a hundred and two files (7,591 rows) full_row 0.6191 ->
  0.6199, 6 full rows gained, none lost.
- Round 102 (heldout100 read, no rule kept; no code change): heldout101 (national 1955, 1956,
  1958, 2021, 2024, 2025, hunan, jiangxi; 12 rows in 11 units, six units without a quantity)
  blind full_row 0.083, subject 0.167 (lenient 0.417), period_kind 0.833, year 0.833, span
  1.000. A second annotation of its units, made blind, agrees with the first on 0.250 full row,
  0.500 subject, 0.833 period_kind. heldout100 promoted to development: union of a hundred and
  one files (7,579 rows) full_row 0.6199.
- Round 101 (heldout99 tuned on; each change read over every row it changed in the 65 reports;
  kept: 位 before people a count, not a rank, 6 rows; a part-year span in full-width digits out
  of the subject, 2 rows): heldout100 (national 1955, 1956, 1958, 1999, 2005, 2015, anhui,
  gansu; 14 rows in 12 units, five units without a quantity) blind full_row 0.357, subject
  0.357 (lenient 0.857), period_kind 0.929, year 1.000, span 1.000 -- exactly the code before
  the round: no row gained. A second annotation of its units, made blind, agrees with the first
  on 0.714 full row, 0.786 subject, 1.000 period_kind. heldout99 promoted to development: union
  of a hundred files (7,565 rows) full_row 0.6203 -> 0.6204, 1 full row gained, none lost.
- Round 100 (heldout98 tuned on; the change read over every row it changed in the 65 reports;
  kept: 今明两年 a span, no row, 7 rows): heldout99 (national 1955, 1956, 1958, 1995, 1997, 1998,
  gansu, qinghai; 13 rows in 9 units, one unit without a quantity) blind full_row 0.462, subject
  0.462 (lenient 0.769), period_kind 0.923, year 1.000, span 1.000 -- exactly the code before
  the round: no row gained. A second annotation of its units, made blind, agrees with the first
  on 0.462 full row, 0.615 subject, 1.000 period_kind. heldout98 promoted to development: union
  of ninety-nine files (7,552 rows) full_row 0.6206, no full row gained or lost (precision
  .9698 -> .9701).
- Round 99 (heldout97 tuned on; each change read over every row it changed in the 65 reports;
  kept: an exception frame's close (除…外, 以外) out of the counted noun and its predicate, and
  已经 one adverb, 3 rows; 扩充…学位 count_new, 2 rows): heldout98 (national 1955, 1956, 1958,
  1993, 1994, 2022, qinghai, shanxi; 16 rows in 11 units, four units without a quantity) blind
  full_row 0.500, subject 0.688 (lenient 0.938), period_kind 0.875, year 0.875, span 0.875 --
  exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.812 full row, 0.875 subject, 0.875 period_kind. heldout97
  promoted to development: union of ninety-eight files (7,536 rows) full_row 0.6205 -> 0.6208,
  2 full rows gained, none lost (subject .6793 -> .6794).
- Round 98 (heldout96 tuned on; each change read over every row it changed in the 65 reports;
  kept: 例如 / 比如 out of a subject, 9 rows; years in Chinese digits kept in subjects, 14 rows; a
  written year between the owner and its verb out, 3 rows): heldout97 (national 1955, 1956,
  1958, 1999, 2001, 2021, gansu, hunan; 15 rows in 10 units, four units without a quantity)
  blind full_row 0.667, subject 0.733 (lenient 0.867), period_kind 1.000, year 1.000, span 1.000
  -- exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.933 full row, 1.000 subject, 0.933 period_kind. heldout96
  promoted to development: union of ninety-seven files (7,521 rows) full_row 0.6205, no full
  row gained or lost (subject .6788 -> .6792).
- Round 97 (heldout95 tuned on; each change read over every row it changed in the 65 reports;
  kept: two adjacent digits joined by 、 a range, 8 rows; a plan compared with out of a subject,
  4 rows): heldout96 (national 1955, 1956, 1958, 1994, 1995, 1997, hainan, qinghai; 17 rows in
  10 units, two units without a quantity) blind full_row 0.438, subject 0.500 (lenient 0.750),
  period_kind 0.688, year 0.750, span 0.750 -- exactly the code before the round: no row gained.
  A second annotation of its units, made blind, agrees with the first on 0.706 full row, 0.882
  subject, 0.941 period_kind, 0.941 year. heldout95 promoted to development: union of ninety-six
  files (7,504 rows) full_row 0.6208, no full row gained or lost (value .9955 -> .9961).
- Round 96 (heldout94 tuned on; each change read over every row it changed in the 65 reports;
  kept: 再降 / 还少 before a share, 2 rows; 载重吨 a unit, 1 row; 约 before a link verb, 3 rows):
  heldout95 (national 1955, 1956, 1958, 1992, 2024, 2025, hainan, qinghai; 29 rows in 12 units,
  four units without a quantity) blind full_row 0.310, subject 0.345 (lenient 0.655),
  period_kind 0.586, year 0.759, span 0.621 -- exactly the code before the round: no row gained.
  A second annotation of its units, made blind, agrees with the first on 0.586 full row, 0.724
  subject, 1.000 period_kind, 1.000 year. heldout94 promoted to development: union of ninety-five
  files (7,475 rows) full_row 0.6215 -> 0.6221, 4 full rows gained, none lost.
- Round 95 (heldout93 tuned on; each change read over every row it changed in the 65 reports;
  kept: 本年 out of a share's whole of spending or revenue, 12 rows; a count of people followed
  by what they did no class, 2 rows; a scope word before a predicate subject stays first, 4 rows;
  the genre's four-character completions listed, 4 rows): heldout94 (national 1955, 1956, 1958,
  2005, 2021, 2023, hainan, jilin; 21 rows in 11 units, three units without a quantity) blind
  full_row 0.286, subject 0.429 (lenient 0.619), period_kind 0.905, year 1.000, span 1.000 --
  exactly the code before the round: no row gained. A second annotation of its units, made blind,
  agrees with the first on 0.714 full row, 0.714 subject, 1.000 period_kind, 1.000 year.
  heldout93 promoted to development: union of ninety-four files (7,454 rows) full_row 0.6215 ->
  0.6225, 7 full rows gained, none lost.
- Round 94 (heldout92 tuned on; each change read over every row it changed in the 65 reports;
  kept: two written years joined by 和 the span of their clause, 2 rows; a revenue received
  (收到) drops the verb, 8 rows; 计划安排 after the funds, 1 row): heldout93 (national 1955, 1956,
  1958, 1997, 1999, 2023, hainan, gansu; 28 rows in 11 units, two units without a quantity) blind
  full_row 0.393, subject 0.679 (lenient 0.786), period_kind 0.714, year 0.714, span 0.750 --
  exactly the code before the round: no row gained. A second annotation of its units, made blind,
  agrees with the first on 0.714 full row, 0.714 subject, 1.000 period_kind, 1.000 year.
  heldout92 promoted to development: union of ninety-three files (7,426 rows) full_row 0.6223 ->
  0.6224, 1 full row gained, none lost.
- Round 93 (heldout91 tuned on; each change read over every row it changed in the 65 reports;
  kept: how a figure is counted (以货币计算) out of its subject, 2 rows; 估算 out, 1 row; 现已 the
  time of speaking for its own clause, 2 rows, and no 到现 subject, 2 rows): heldout92 (national
  1955, 1956, 1958, 1994, 1995, 2023, hainan, jilin; 30 rows in 10 units, three units without a
  quantity) blind full_row 0.448, subject 0.517 (lenient 0.655), period_kind 0.759, year 0.690,
  span 0.793 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.500 full row, 0.643 subject, 1.000 period_kind,
  0.750 year. heldout91 promoted to development: union of ninety-two files (7,396 rows) full_row
  0.6227 -> 0.6230, 2 full rows gained, none lost.
- Round 92 (heldout90 tuned on; each change read over every row it changed in the 65 reports;
  kept: 占有率 no share of a whole, 2 rows; a subject opening with its own span drops it, 7 rows;
  a change against the same months of last year a result, 2 rows; 完成年计划27% a plan fulfilled,
  1 row; 到5月份为止 the span as written, 2 rows): heldout91 (national 1955, 1958, 1959, 1992,
  1993, 2023, hainan, qinghai; 25 rows in 12 units, five units without a quantity) blind
  full_row 0.360, subject 0.400 (lenient 0.640), period_kind 0.800, year 0.960, span 0.960 --
  exactly the code before the round: no row gained. A second annotation of its units, made blind,
  agrees with the first on 0.826 full row, 1.000 subject, 0.913 period_kind. heldout90 promoted to
  development: union of ninety-one files (7,371 rows) full_row 0.6229 -> 0.6236, 5 full rows
  gained, none lost.
- Round 91 (heldout89 read; no class kept: its errors hold in one report only, see the commit):
  heldout90 (national 1955, 1956, 1958, 2021, 2022, 2023, hainan, gansu; 29 rows in 12 units,
  one unit without a quantity) blind full_row 0.517, subject 0.517 (lenient 0.793), period_kind
  0.897, year 0.966, span 0.862 -- the code of round 90 with a linear-time fix that changes no
  row. A second annotation of its units, made blind, agrees with the first on 0.621 full row,
  0.690 subject, 0.931 period_kind. heldout89 promoted to development: union of ninety files
  (7,342 rows) full_row 0.6233.
- Round 90 (heldout88 tuned on; each change read over every row it changed in the 65 reports;
  kept: a plant's yearly output before it (年产…的钢铁联合企业) its size class, named plant +
  product + 年产量, 10 rows; a class's figure lends no list measure to the item after it, 1 row;
  the per-row speed-ups of branch perf88, byte-identical): heldout89 (national 1955, 1958, 1959,
  2000, 2001, 2023, hainan, qinghai; 19 rows in 12 units, five units without a quantity) blind
  full_row 0.105, subject 0.105 (lenient 0.789), period_kind 0.895, year 0.947, span 1.000 --
  exactly the code before the round: no row gained; 7 of its 19 rows are one 1958 paragraph whose
  subjects carry its section's label (建筑材料工业。…). A second annotation of its units, made
  blind, agrees with the first on 0.684 full row, 0.737 subject, 1.000 period_kind. heldout88
  promoted to development: union of eighty-nine files (7,323 rows) full_row 0.6239 -> 0.6247, 6
  full rows gained, none lost.
- Round 89 (heldout87 tuned on; each change read over every row it changed in the 65 reports;
  kept: a conditional without its conjunction (多种…，就能增产…) of no period, 9 rows; 之一 out of
  a counted noun, 2 rows; adverbs piled before 占, 1 row): heldout88 (national 1955, 1956, 1958,
  1997, 1999, 2023, hainan, qinghai; the first set whose modern and provincial groups were filled
  up with reports that are not eligible; 36 rows in 12 units, four units without a quantity)
  blind full_row 0.417, subject 0.472 (lenient 0.889), period_kind 0.806, year 0.861, span 0.833
  -- exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.576 full row, 0.727 subject, 1.000 period_kind. heldout87
  promoted to development: union of eighty-eight files (7,287 rows) full_row 0.6248 -> 0.6249,
  1 full row gained, none lost.
- Round 88 (heldout86 tuned on; each change read over every row it changed in the 65 reports;
  kept: 包括 opens no subject, 12 rows, none turning right): heldout87 (national 1955, 1956, 1959,
  2023, hainan; 29 rows in 8 units, one unit without a quantity) blind full_row 0.464, subject
  0.536 (lenient 0.750), period_kind 0.714, year 0.679, span 0.714 -- exactly the code before
  the round: no row gained. A second annotation of its units, made blind, agrees with the first
  on 0.586 full row, 0.793 subject, 0.931 period_kind. heldout86 promoted to development: union
  of eighty-seven files (7,258 rows) full_row 0.6254 -> 0.6254, none gained, none lost.
- Round 87 (heldout85 tuned on; each change read over every row it changed in the 65 reports;
  kept: a plan fulfilled (完成了原定计划的101%) a result, not the plan quoted, 4 rows; a period
  writing its own last year (从一九五三年到一九六○年…) keeps it inside a shorter plan in force, 8
  rows; a month range with a doubled dash (１——５月份) one span, 4 rows; the share of a plan
  fulfilled named what was measured + 完成 + the plan + 的比例, a share, 11 rows): heldout86
  (national 1955, 1958, 1959, 2003, 2011, 2023, hainan; 34 rows in 11 units, two units without a
  quantity) blind full_row 0.424, subject 0.424 (lenient 0.758), period_kind 1.000, year 1.000,
  span 1.000 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.719 full row, 0.750 subject, 0.906 period_kind.
  heldout85 promoted to development: union of eighty-six files (7,224 rows) full_row 0.6251 ->
  0.6263, 9 full rows gained, none lost.
- Round 86 (heldout84 tuned on; each change read over every row it changed in the 65 reports;
  kept: a verb of driving before what grew leaves a rate's subject, 1 row; 并网发电 closes a count
  of new plants, 1 row): heldout85 (national 1955, 1956, 1982, 2003, 2016, 2023, tianjin, hainan;
  45 rows in 12 units, one an opening excerpt, two units without a quantity) blind full_row
  0.400, subject 0.467 (lenient 0.822), period_kind 0.822, year 0.711, span 0.756 -- exactly the
  code before the round: no row gained. A second annotation of its units, made blind, agrees
  with the first on 0.727 full row, 0.727 subject, 0.977 period_kind. heldout84 promoted to
  development: union of eighty-five files (7,179 rows) full_row 0.6264 -> 0.6265, 1 full row
  gained, none lost.
- Round 85 (heldout83 tuned on; each change read over every row it changed in the 65 reports;
  kept: 高达 a verb of its own, no 达到 hedge, 8 rows; 翻了一番 read as 翻一番, 2 rows found):
  heldout84 (national 1955, 1958, 1982, 2003, 2011, 2023, hainan, liaoning; 35 rows in 11 units,
  five units without a quantity) blind full_row 0.469, subject 0.500 (lenient 0.719), period_kind
  0.812, year 0.812, span 0.719 -- exactly the code before the round: no row gained. A second
  annotation of its units, made blind, agrees with the first on 0.600 full row, 0.657 subject,
  1.000 period_kind. heldout83 promoted to development: union of eighty-four files (7,144 rows)
  full_row 0.6268 -> 0.6271, 3 full rows gained, none lost.
- Round 84 (heldout82 tuned on; each change read over every row it changed in the 65 reports;
  kept: a record set (屡创历史新高) before the figure's clause out of the subject and an output's
  run of 增产 years without 产量, 4 rows; a bare 累计 not reaching a later comma clause that opens
  with a verb of its own, 12 rows (qualifiers 7 right, 2 wrong); the whole's scope before a link
  verb with only 共 between (全国共完成…) kept, 4 rows): heldout83 (national 1955, 1956, 1959,
  2008, 2016, 2018, tianjin, liaoning; 35 rows in 14 units, four units without a quantity) blind
  full_row 0.250, subject 0.312 (lenient 0.656), period_kind 0.531, year 0.719, span 0.719 --
  exactly the code before the round: no row gained. Declared: round 83's 几 class, made after
  the annotators' reports said heldout83 writes 一百一十几万 with value_num 110, finds heldout83's
  two such rows (recall 0.857 with round 82's code, 0.914 since), neither fully right: full_row_all
  0.229 either way. A second annotation of its units, made blind, agrees with the first on 0.500
  full row, 0.794 subject, 1.000 period_kind. heldout82 promoted to development: union of
  eighty-three files (7,109 rows) full_row 0.6271 -> 0.6286, 10 full rows gained, none lost.
- Round 83 (heldout81 tuned on; each change read over every row it changed in the 65 reports;
  kept: 成立 a verb of creation and a clause of a count and its noun alone an item of the list
  before it, 4 rows; a verb before named examples (新开工…等8个…项目) governs the count after them,
  7 rows; a network's length at both ends of 从A公里增加到B公里 a stock, 8 rows; a five-year plan
  setting the figure (第六个五年计划安排…) leaves the subject, 7 rows; an earlier plan's period as
  a comparison base gives its figure that period, 3 rows; 缩减 a change, 1 row; 上 before a round
  magnitude an amount of the noun after it, 4 rows; a base before 几 (三十几个) a row of its base,
  8 rows found; a written year + 以来 right before its figure its span, 2 rows; a total after an
  added amount a stock, 1 row): heldout82 (national 1955, 1958, 1982, 2003, 2011, 2023, hainan,
  liaoning; 41 rows in 11 units, one unit without a quantity) blind full_row 0.425, subject 0.525
  (lenient 0.750), period_kind 0.725, year 0.800, span 0.800 -- exactly the code before the
  round: no row gained. A second annotation of its units, made blind, agrees with the first on
  0.415 full row, 0.634 subject, 0.927 period_kind. heldout81 promoted to development: union of
  eighty-two files (7,068 rows) full_row 0.6254 -> 0.6283, 22 full rows gained, none lost.
  Declared for heldout83 (scored at round 84's end): its annotators' reports, read before the 几
  class was made, said heldout83 writes 一百一十几万 with value_num 110 as heldout31, 38 and 81
  write such figures; the class was found on heldout81's missed 三十几个.
- Round 82 (heldout80 tuned on; each change read over every row it changed in the 65 reports;
  kept: a year attributed to the subject opening a clause (一九三六年的粮食产量是…) anchors the
  figure, 4 rows; the field of a sum written 在…方面 names the sum, 4 rows; the budget year of a
  share's whole leaves the subject, 7 rows; the report's own list of tasks (三项工作) a list
  count, 10 false rows gone): heldout81 (national 1954, 1959, 1982, 2003, 2018, 2023, tianjin,
  guizhou; 30 rows in 12 units, two units without a quantity) blind full_row 0.345, subject
  0.552 (lenient 0.862), period_kind 0.897, year 0.897, span 0.862 -- exactly the code before
  the round: no row gained. A second annotation of its units, made blind, agrees with the first
  on 0.667 full row, 0.867 subject, 1.000 period_kind. heldout80 promoted to development: union
  of eighty-one files (7,038 rows) full_row 0.6248 -> 0.6266, 12 full rows gained, none lost.
- Round 81 (heldout79 tuned on; each change read over every row it changed in the 65 reports;
  kept: years before the time of speaking a comparison base, 3 rows; an estimate named as the
  base leaves the figure a target, 2 rows; a round size before a facility a class without 级 and
  羽 a unit, 4 rows; a part's 占 share after a frame naming the whole, 13 rows; 试制成功 a verb of
  creation, 1 row; 半数 one half and 上下 about, 4 rows; 部分 no count of films, 3 false rows
  gone; round 80's stock reading of standing subjects in reports without headings reverted):
  heldout80 (national 1955, 1956, 1982, 2003, 2008, 2016, hainan, liaoning; 41 rows in 13 units,
  one of them an opening excerpt, two units without a quantity) blind full_row 0.675, subject
  0.825 (lenient 0.900), period_kind 0.900, year 0.900, span 0.850 -- exactly the code before the
  round: no row gained. A second annotation of its units, made blind, agrees with the first on
  0.756 full row, 0.878 subject, 0.927 period_kind. heldout79 promoted to development: union of
  eighty files (6,997 rows) full_row 0.6238 -> 0.6245, 8 full rows gained, 1 lost (the revert).
- Round 80 (heldout78 tuned on; each change read over every row it changed in the 65 reports;
  kept: a year word between an indicator and its verb leaves the subject, 11 rows; one figure after
  a 分别 list is the whole list's, 4 rows; people counted after their relocation are a population,
  5 rows; word_tag_fixes (严守 a verb), 1 row; a standing network in a report without headings a
  stock, 1 row; 将 in such a report's running year an estimate, 2 rows; a population counted by a
  bare magnitude named by its noun, 24 rows): heldout79 (national 1955, 1958, 1980, 2003, 2011,
  2023, guizhou, jiangxi; 28 rows in 12 units, five units without a quantity) blind full_row
  0.407, subject 0.519 (lenient 0.852), period_kind 0.926, year 1.000, span 0.889 -- the code
  before the round 0.407 / 0.481: one subject gained, the row of heldout79 a grep of mine printed
  before the round's first change (a declared blindness lapse, blind_scores.csv); without it no
  row gained. A second annotation of its units, made blind, agrees with the first on 0.704 full
  row, 0.815 subject, 1.000 period_kind. heldout78 promoted to development: union of seventy-nine
  files (6,969 rows) full_row 0.6222 -> 0.6247, 17 full rows gained, none lost.
- Round 79 (heldout77 tuned on; each change read over every row it changed in the 65 reports;
  kept: 大约 / 约 before a change verb make the change about, 大约 a prefix hedge; concessive leads
  go; a scheme's 覆盖 before a count of people is …覆盖人数; 成千成万 no figure; 12 rows, 3 false
  rows gone): heldout78 (national 1954, 1959, 1982, 2013, 2016, 2018, tianjin, chongqing; 36 rows
  in 15 units, three units without a quantity) blind full_row 0.472, subject 0.528 (lenient
  0.778), period_kind 0.917, year 0.944, span 0.944 -- exactly the code before the round: no row
  gained. A second annotation of its units, made blind, agrees with the first on 0.647 full row,
  0.765 subject, 0.941 period_kind. heldout77 promoted to development: union of seventy-eight
  files (6,933 rows) full_row 0.6224 -> 0.6230, 4 full rows gained, none lost.
- Round 78 (heldout76 tuned on; each change read over every row it changed in the 65 reports;
  kept: a bare 十 after 零 is one ten (二千零十七万 was read 2007万), 1 row; a figure of the plan
  year's months already past in a mid-year report is a result, 12 rows in 3 reports; 千分之十三 is
  13 ‰, a share, 8 rows): heldout77 (national 1955, 1956, 1957, 2007, 2008, 2010, jiangxi,
  liaoning; 32 rows in 14 units, one of them an opening excerpt, two units without a quantity)
  blind full_row 0.484, subject 0.548 (lenient 0.742), period_kind 0.968, year 0.968, span 0.903
  -- exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.625 full row, 0.719 subject, 0.938 period_kind. heldout76
  promoted to development: union of seventy-seven files (6,901 rows) full_row 0.6229 -> 0.6230,
  unit 0.9947 -> 0.9959, 1 full row gained, none lost.
- Round 77 (heldout75 tuned on; each change read over every row it changed in the 65 reports;
  kept: 获得 / 获 / 荣获 are counted predicates, 7 rows; 二人转 is a name, 1 false row gone; a size
  before a noun counted right after it (五十吨敞车三百二十二辆) names a class, 3 rows; the next object
  of a change opener (扩大淡水养殖面积…，海水养殖面积八十万亩) is changed, 1 row): heldout76 (national
  1958, 1980, 1982, 2003, 2011, 2023, anhui, hainan; 38 rows in 14 units, five units without a
  quantity) blind full_row 0.529, subject 0.588 (lenient 1.000), period_kind 0.824, year 1.000,
  span 1.000 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.800 full row, 0.914 subject, 0.886 period_kind.
  heldout75 promoted to development: union of seventy-six files (6,863 rows) full_row 0.6229 ->
  0.6233, 3 full rows gained, none lost.
- Round 76 (heldout74 tuned on; each change read over every row it changed in the 65 reports;
  kept: a rate with growth right after it (均保持10%以上增长) is a growth rate, no threshold, 跨上
  goes from subjects and 生产资料 is a noun, 3 rows; 少支 / 多支 / 少收 / 多收 are differences, 1 row
  (超收 left: the gold writes it as a level); 准备 is a modal, 2 rows): heldout75 (national 1954,
  1955, 1982, 2003, 2017, 2018, chongqing, guizhou; 39 rows in 13 units, three units without a
  quantity) blind full_row 0.462, subject 0.513 (lenient 0.744), period_kind 0.744, year 0.744,
  span 0.897 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.667 full row, 0.744 subject, 0.974 period_kind.
  heldout74 promoted to development: union of seventy-five files (6,824 rows) full_row 0.6235 ->
  0.6238, 2 full rows gained, none lost.
- Round 75 (heldout73 tuned on; each change read over every row it changed in the 65 reports;
  kept: a counted noun ends where the next count in words begins and a size at least before a
  noun counted right after it names a class, 34 rows; 多 / 少 / 少用 before an amount are a
  difference, 7 rows; an output added after its verb under a whole scope (全国…增产一亿余斤食油)
  names the scope's output and 至少增产 is a minimum, 8 rows; 没有 / 尚未 end a counted noun, 1
  row; a length listed after an added one is added, 1 row; products summed with 等 after 增产, 1
  row; conditional conjunctions leave subjects, 13 rows): heldout74 (national 1956, 1957, 1959,
  2012, 2013, 2016, shanxi, tianjin; 37 rows in 16 units, two of them opening excerpts, five
  units without a quantity) blind full_row 0.343, subject 0.429 (lenient 0.629), period_kind
  0.943, year 0.857, span 0.971 -- exactly the code before the round: no row gained. A second
  annotation of its units, made blind, agrees with the first on 0.378 full row, 0.432 subject,
  1.000 period_kind (the lowest agreement of any set: the annotators named subjects differently).
  heldout73 promoted to development: union of seventy-four files (6,787 rows) full_row 0.6243 ->
  0.6250, kind 0.9580 -> 0.9591, 5 full rows gained, none lost.
- Round 74 (heldout72 tuned on; each change read over every row it changed in the 65 reports;
  kept: an amount reaching a step (迈上5万亿台阶) counts no step, 五年增量 is a change over its
  five years and a growth compared with a whole plan period (较“十三五”) carries its subject, 7
  rows in 1 report; 发展到 is a verb of reaching, 2 rows; a counted noun opened by an adjective
  and 的 (三百七十二种重要的新产品) is the whole phrase, 16 rows; a power or voltage rating before
  the thing rated (五万千瓦的全套火力发电设备) is a class named as the thing + its measure, 伏 and
  马力 units, numerals ending 千千 before 瓦, 29 rows in 7 reports; the parts of an added total
  (新增发电装机容量…，其中水电9601万千瓦) are added, 4 rows): heldout73 (national 1955, 1980,
  1982, 2007, 2008, 2010, jiangxi, liaoning; 42 rows in 14 units, four units without a quantity)
  blind full_row 0.463, subject 0.488 (lenient 0.829), period_kind 0.854, year 0.878, span 0.829
  -- exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.690 full row, 0.905 subject, 1.000 period_kind. heldout72
  promoted to development: union of seventy-three files (6,745 rows) full_row 0.6227 -> 0.6252,
  subject 0.6812 -> 0.6839, 17 full rows gained, none lost.
- Round 73 (heldout71 tuned on; each change read over every row it changed in the 65 reports;
  kept: a fund named after an allocated amount (中央财政安排384亿元救灾款) is the payer's fund, 2
  rows; a headless count (其中本年开始建设的271个，继续建设的693个) takes the counted noun of the
  count before it, 8 rows in 3 reports; routes opened (新开通…航线) are counted new, 1 row;
  放在第一位 is no rank, 7 false rows gone): heldout72 (national 1954, 1958, 1982, 2003, 2011,
  2023, hainan, hunan; 54 rows in 14 units, one of them an opening excerpt, six units without a
  quantity) blind full_row 0.469, subject 0.551 (lenient 0.776), period_kind 0.776, year 0.857,
  span 0.959 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.769 full row, 0.865 subject, 0.981 period_kind.
  heldout71 promoted to development: union of seventy-two files (6,691 rows) full_row 0.6233 ->
  0.6239, 4 full rows gained, none lost.
- Round 72 (heldout70 tuned on; each change read over every row it changed in the 65 reports;
  kept: a share named as a new topic before its move (…所占的比重，将由…) is its subject, after a
  lone connective or a figure's clause, and 百分之三十九点七到一九五七年 is no range, 8 rows in 1
  report; a size at least before 的 and a class of units is a threshold, 2 rows; steps crossed
  are named by what crossed them (地区生产总值跨越的千亿元台阶) and the figures after them carry
  the measure, 12 rows in 5 reports; assets held are a stock, 2 rows): heldout71 (national 1956,
  1957, 1959, 2003, 2004, 2009, guizhou, anhui; 55 rows in 15 units, two of them opening
  excerpts, one unit without a quantity) blind full_row 0.364, subject 0.418 (lenient 0.655),
  period_kind 0.764, year 0.945, span 0.891 -- exactly the code before the round: no row gained.
  A second annotation of its units, made blind, agrees with the first on 0.654 full row, 0.731
  subject, 1.000 period_kind. heldout70 promoted to development: union of seventy-one files
  (6,636 rows) full_row 0.6241 -> 0.6254, subject 0.6823 -> 0.6838, 9 full rows gained, none
  lost.
- Round 71 (heldout69 tuned on; each change read over every row it changed in the 65 reports;
  kept: 上调 / 下调 by a share is a growth and 的增速 after a figure names a growth rate; a
  capacity to manufacture added (可以增加的制造能力…：冶金机械三万吨) names each item 增加的…制造能力
  and every item of a capacity list written with a word of adding is count_new, 21 rows in 4
  reports; a one-character head (县) and 卫生室 are counted by their predicate, 4 rows; a headless
  的-clause before a count of people names them (…的人) and 仅 opening a clause goes, 13 rows in
  7 reports; a level reached in the year before the report (降到去年的1.5%) has no span, 4 rows;
  增加 before counted things is count_new with the verb kept (round 13's test updated to the
  round-15 convention), 8 rows in 7 reports; 零部件 holds no number, 20 false rows gone): heldout70
  (national 1955, 1980, 1982, 2017, 2018, 2019, tianjin, chongqing; 58 rows in 15 units, one of
  them an opening excerpt, one unit without a quantity) blind full_row 0.482, subject 0.500
  (lenient 0.893), period_kind 0.875, year 0.982, span 0.875 -- the full row of the code before
  the round (precision 0.889 -> 0.903). A second annotation of its units, made blind, agrees with
  the first on 0.707 full row, 0.810 subject, 0.948 period_kind. heldout69 promoted to
  development: union of seventy files (6,578 rows) full_row 0.6231 -> 0.6253, kind 0.9547 ->
  0.9580, 14 full rows gained, none lost.
- Round 70 (heldout68 tuned on; each change read over every row it changed in the 65 reports;
  kept: an adverbial of a premise (在确保质量的前提下) names and hedges nothing and an item with
  its own stage (新开工) takes none from the item before, 3 rows; a fund's accumulated balance
  (基金积累) is a stock and 由于 / 因为 end a counted noun, 8 rows in 5 reports; 新增 governs its
  、-list whatever the unit, 1 row; 5连增 is a duration, 1 row; people a problem was solved for
  are named by it (解决饮水困难的农村人口), 12 rows in 10 reports; a head count of people gives its
  entity to the measures after it, 1 row; what an agent drove is named with 的 (以旧换新带动的
  销售额), 6 rows in 4 reports): heldout69 (national 1954, 1958, 1986, 2013, 2014, 2016,
  liaoning, shanxi; 55 rows in 16 units, one of them an opening excerpt, five units without a
  quantity) blind full_row 0.582, subject 0.600 (lenient 0.782), period_kind 0.964, year 1.000,
  span 0.964 -- one row more than the code before the round (0.564: national 2013 新开工630万套,
  the stage change), the first blind gain since round 48. A second annotation of its units, made
  blind, agrees with the first on 0.836 full row, 0.855 subject, 0.945 period_kind. heldout68
  promoted to development: union of sixty-nine files (6,523 rows) full_row 0.6208 -> 0.6235,
  subject 0.6792 -> 0.6824, 18 full rows gained, none lost.
- Round 69 (heldout67 tuned on; each change read over every row it changed in the 65 reports;
  kept: battery and grid energy in Latin letters (GWh, TWh) are units, 1 row; the rest of a list
  item's marker written inside a sentence (（一）工业支出为…), the joining words 加上 / 还有 / 则
  opening a clause, and a noun-like verb modifying a noun (运输交通和邮电方面) carried to no later
  item, 43 rows in 6 reports; 约有 / 大约有 are the hedge 约, 11 rows in 7 reports; a base
  written with its year after a dated programme's demand is that year's result, and funds spent
  on an increase (用于…增加…) are a level, 1 row each): heldout68 (national 1957, 1959, 1982,
  2008, 2010, 2012, hunan, jiangxi; 66 rows in 15 units, one of them an opening excerpt, two
  units without a quantity) blind full_row 0.415, subject 0.508 (lenient 0.815), period_kind
  0.892, year 0.985, span 0.892 -- the full row of the code before the round (one row's hedge
  gained). The lead read heldout68's header and first three rows at the round's start, to write
  the next set's brief: declared in blind_scores.csv. A second annotation of its units, made
  blind, agrees with the first on 0.569 full row, 0.723 subject, 0.938 period_kind. heldout67
  promoted to development: union of sixty-eight files (6,457 rows) full_row 0.6218 -> 0.6229,
  qualifier 0.9792 -> 0.9800, 7 full rows gained, none lost.
- Round 68 (heldout66 tuned on; each change read over every row it changed in the 65 reports;
  kept: petaflops written Eflops, small lengths 厘米 / 毫米 and contents 克/千克 are units, 5 rows
  found in 2 reports; 止跌 before a rise is no part of what rose, and 累计 inside the name of a
  cumulative rate (累计降低率) hedges no later figure, 2 rows in 1 report): heldout67 (national
  1955, 1956, 1982, 2003, 2007, 2023, anhui, hainan; 83 rows in 14 units, four of them opening
  excerpts, three units without a quantity) blind full_row 0.434, subject 0.614 (lenient
  0.867), period_kind 0.892, year 0.964, span 0.988 -- exactly the code before the round: no row
  gained. A second annotation of its units, made blind, agrees with the first on 0.732 full row,
  0.915 subject, 0.976 period_kind. heldout66 promoted to development: union of sixty-seven
  files (6,374 rows) full_row 0.6239 -> 0.6244, recall 0.9820 -> 0.9827, 6 full rows gained,
  none lost.
- Round 67 (heldout65 tuned on; each change read over every row it changed in the 65 reports;
  kept: a hedge word inside a short name in quotation marks (中央财政用于“两个确保”和“低保”的资金)
  hedges no figure, 8 rows in 2 reports; the per-row work of the perf64 branch, merged in this
  round, changed no output): heldout66 (national 1958, 1980, 1981, 2006, 2009, 2011, guizhou,
  jilin; 82 rows in 16 units, four of them opening excerpts, two units without a quantity) blind
  full_row 0.447, subject 0.500 (lenient 0.803), period_kind 0.987, year 0.987, span 0.934 --
  exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.827 full row, 0.827 subject, 1.000 period_kind. heldout65
  promoted to development: union of sixty-six files (6,292 rows) full_row 0.6257 -> 0.6261,
  qualifier 0.9795 -> 0.9801, 2 full rows gained, none lost.
- Round 66 (heldout64 tuned on; each change read over every row it changed in the 65 reports;
  kept: an output the text names with 的 (钢的产量) keeps it, as CONVENTIONS.md settled in round
  42, 8 rows in 3 reports; a respectively-list of short items before a three-character measure
  head (快递、电信业务量分别增长16%、10.7%) gives every item the head, 2 rows in 2 reports):
  heldout65 (national 1954, 1983, 1986, 1998, 2003, 2004, tianjin, chongqing; 54 rows in 14
  units, two of them opening excerpts, three units without a quantity) blind full_row 0.491,
  subject 0.623 (lenient 0.887), period_kind 0.887, year 0.925, span 0.925 -- exactly the code
  before the round: no row gained. A second annotation of its units, made blind, agrees with the
  first on 0.778 full row, 0.796 subject, 1.000 period_kind. heldout64 promoted to development:
  union of sixty-five files (6,238 rows) full_row 0.626 -> 0.627, subject 0.682 -> 0.684, 6 full
  rows gained, none lost.
- Round 65 (heldout63 tuned on; each change read over every row it changed in the 65 reports;
  kept: petaflops written PF and printed sheets 印张 are units, a network or capacity in service
  under its other names (营运里程, 航道里程, 算力) reached is a stock, and 统一 before a change is no
  part of what changes, 9 rows changed and 2 new in 5 reports; a bare total right after an amount
  added to the same measure (新增高速公路通车里程1523公里，总里程达8667公里) is the total of the
  things added to, 2 rows in 1 report): heldout64 (national 1956, 1957, 1959, 2017, 2018, 2019,
  liaoning, shanxi; 90 rows in 16 units, five of them opening excerpts, none without a quantity)
  blind full_row 0.640, subject 0.719 (lenient 0.820), period_kind 0.910, year 0.944, span 0.989
  -- exactly the code before the round: no row gained. A second annotation of its units, made
  blind, agrees with the first on 0.956 full row, 0.978 subject, 0.978 period_kind (both
  annotators followed the earlier sets' rows of the same reports). heldout63 promoted to
  development: union of sixty-four files (6,148 rows) full_row 0.624 -> 0.626, subject 0.681 ->
  0.682, 10 full rows gained, none lost.
- Round 64 (heldout62 tuned on; each change read over every row it changed in the 65 reports;
  kept: 明年 opens a subject as 今年 and 去年 do, and a growth target written after its indicator
  (广义货币M2预期增长目标拟定为13%) is no part of it, 11 rows in 6 reports; items of a
  respectively-list written in parallel share the head after their common ending
  (文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%), 2 rows in 2 reports; note
  references in square brackets (四大主导产业［2］占GDP比重) leave the clean view, 4 rows in 1
  report; 不到 after a growth word bounds it (能源增长不到3％), 7 rows in 6 reports): heldout63
  (national 1955, 1981, 1982, 2014, 2015, 2016, hunan, jiangxi; 72 rows in 16 units, two of them
  opening excerpts, three units without a quantity) blind full_row 0.565, subject 0.681 (lenient
  0.855), period_kind 0.942, year 0.986, span 0.928 -- exactly the code before the round: no row
  gained. A second annotation of its units, made blind, agrees with the first on 0.778 full row,
  0.847 subject, 1.000 period_kind. heldout62 promoted to development: union of sixty-three files
  (6,076 rows) full_row 0.624 -> 0.625, subject 0.680 -> 0.681, 7 full rows gained, none lost.
- Round 63 (heldout61 tuned on; each change read over every row it changed in the 65 reports;
  kept: a rate's unit stops at its denominator, so a verb after it (元/月提高至) is no part of
  the unit, 3 rows in 2 reports; written years listed before their count (一九七九和一九八○两年)
  are the sentence's own span, ending in the last year, 5 rows in 5 reports; after two years
  compared as the sentence's frame (一九八二年同一九七八年相比，…) a yearly average takes no
  heading span, 3 rows in 2 reports): heldout62 (national 1958, 1960, 1980, 2010, 2012, 2013,
  gansu, hainan; 83 rows in 15 units, four of them opening excerpts, three units without a
  quantity) blind full_row 0.475, subject 0.475 (lenient 0.713), period_kind 0.925, year 0.938,
  span 1.000 -- exactly the code before the round: no row gained. A second annotation of its
  units, made blind, agrees with the first on 0.783 full row, 0.783 subject, 1.000 period_kind.
  heldout61 promoted to development: union of sixty-two files (5,993 rows) full_row 0.625 ->
  0.626, span 0.960 -> 0.961, 5 full rows gained, none lost.
- Round 62 (heldout60 tuned on; each change read over every row it changed in the 65 reports;
  kept: a bare count of years (五年改造…) governs only its own clause when the paragraph opens on
  its own span (五年来，…), 24 rows in 1 report; a clause opening with 分别 takes its subjects
  from a list in the clause before (城镇居民…和农村居民…，分别增长…), not from an adverbial or
  prepositional one, 6 rows in 3 reports; 九年(制)义务教育 is a name, no length of time, 30 rows
  in 17 reports): heldout61 (national 1954, 1983, 1986, 2003, 2007, 2008, jilin, anhui; 101 rows
  in 15 units, six of them opening excerpts, one unit without a quantity) blind full_row 0.430,
  subject 0.520 (lenient 0.780), period_kind 0.930, year 0.890, span 0.880 -- exactly the code
  before the round: no row gained. A second annotation of its units, made blind, agrees with the
  first on 0.812 full row, 0.851 subject, 0.970 period_kind. heldout60 promoted to development:
  union of sixty-one files (5,892 rows) full_row 0.626 -> 0.628, span 0.959 -> 0.962, 14 full
  rows gained, none lost.
- Round 61 (heldout59 tuned on; each change read over every row it changed in the 65 reports;
  kept: transport work in a product unit (亿人公里, 吨海里, 人海里) read as one unit, 9 rows in 1
  report; a span carried from an earlier paragraph (在五年内，…) gives way to the plan's last year
  written (到一九五七年，…将达到…), only a plan's titled part keeping its span, 17 rows in 2
  reports; verbs of rules and levies cleared (清理规范, 清理, 停征) kept before a count, 3 rows in 2
  reports): heldout60 (national 1957, 1959, 1960, 1998, 2011, 2023, chongqing, guizhou; 123 rows
  in 14 units, seven of them opening excerpts, two units without a quantity) blind full_row
  0.392, subject 0.600 (lenient 0.767), period_kind 0.833, year 0.917, span 0.858 -- exactly
  the code before the round: no row gained. A second annotation of its units, made blind, agrees
  with the first on 0.789 full row, 0.894 subject, 0.959 period_kind. heldout59 promoted to
  development: union of sixty files (5,769 rows) full_row 0.630 -> 0.631, span 0.960 -> 0.961,
  7 full rows gained, none lost.
- Round 60 (heldout58 tuned on; each change read over every row it changed in the 65 reports;
  kept: a restricting relative clause stays before the counted noun: an adverb opening it
  (已经应用于生产的比重), a predicate written after a 、-list of counts naming each item
  (未能如期完成的预期性指标), a clause holding a threshold figure (年销售收入超10亿元的龙头企业), 13
  rows in 10 reports; a bare measure after a topic noun phrase set off by a comma takes the topic
  (电力工业建设，五年投资 -> 电力工业建设投资), 5 rows in 2 reports; an approximating 上 before a round
  magnitude (有上万种) is no part of the subject, 4 rows in 4 reports): heldout59 (national
  1955, 1956, 1985, 2004, 2006, 2009, shanxi, tianjin; 62 rows in 16 units, three of them
  opening excerpts of paragraphs over the 20-number cap, two units without a quantity; the first
  set chosen by a program under round 60's rule: only reports with a candidate of 3 numbers or
  more) blind full_row 0.306, subject 0.468 (lenient 0.758), period_kind 0.968, year 0.984, span
  0.726 -- exactly the code before the round: no row gained. A second annotation of its units,
  made blind, agrees with the first on 0.952 full row, 0.952 subject, 1.000 period_kind.
  heldout58 promoted to development: union of fifty-nine files (5,707 rows) full_row 0.632 ->
  0.633, subject 0.686 -> 0.688, 8 full rows gained, none lost.
- Round 59 (heldout57 tuned on; each change read over every row it changed in the 67 reports;
  kept: an age bound inside a group's name (60岁以上人口, 3岁以下婴幼儿) is no hedge and stays in
  the subject of the group's count, 12 development rows in 10 reports; a service written before a
  count of people names the people counted (家庭医生签约服务人数), 2 rows in 2 reports; a figure
  of a list written with a bare magnitude (1.28万亿、…8200亿元) shares the list's unit and a
  list's head keeps its sector noun (产业规模), 5 rows in 3 reports): heldout58 (national 1981,
  1982, 1983, 1992, 1994, 1995, jilin, liaoning; 23 rows, five paragraphs without a quantity)
  blind full_row 0.286, subject 0.381 (lenient 0.762), period_kind 0.857, year 0.810, span
  0.762 -- exactly the code before the round: no row gained. A second annotation of its
  paragraphs, made blind, agrees with the first on 0.739 full row, 0.783 subject, 1.000
  period_kind. heldout57 promoted to development: union of fifty-eight files (5,684 rows)
  full_row 0.632 -> 0.633, subject 0.686 -> 0.687, 5 full rows gained, none lost.
- Round 58 (heldout56 tuned on; each change read over every row it changed in the 67 reports;
  kept: verbs naming what was done to the counted things stay in the subject (应对热带气旋, 建立
  … with kind count_new, 压减钢铁产能 before an amount, 住房基本建成 -> 基本建成住房), 18
  development rows in 13 reports; respective lists: a per-output modifier (单位国内生产总值) shared
  by its indicators, a word split across the list (存、贷款余额) and a tally word (起数) shared, and
  a list item naming a measure only takes the previous item's entity (清洁能源装机占比、发电量占比
  -> 清洁能源发电量占比), 8 rows in 4 reports): heldout57 (national 1978, 1979, 1980, 2019, 2024,
  2025, hunan, jiangxi; 27 rows, four paragraphs without a quantity) blind full_row 0.519,
  subject 0.556 (lenient 0.741), period_kind 0.889, year 0.926, span 0.926 -- exactly the code
  before the round: no row gained. A second annotation of its paragraphs, made blind, agrees with
  the first on 0.769 full row, 0.808 subject, 0.962 period_kind. heldout56 promoted to
  development: union of fifty-seven files (5,657 rows) full_row 0.630 -> 0.633, subject 0.684 ->
  0.687, 17 full rows gained, none lost.
- Round 57 (heldout55 tuned on; each change read over every row it changed in the 67 reports;
  kept: a gap to any named base (高于全部规上工业2.3个百分点 -> X与全部规上工业之差; a yearly
  average keeps 年均) and a measure word's compound unit shared back along a list (3.4个、1个
  百分点), 多 inside 个 + noun a hedge, 5 development rows in 4 reports; a function character
  that opens a dictionary word (并购重组, 使用外资) is no lone word to drop from a subject, 10 rows
  in 6 reports; a pilot extended to N places counts the pilot places (试点扩大到1000个县 ->
  X试点县), 5 rows in 4 reports): heldout56 (national 1954, 1958, 1960, 2016, 2017, 2018, gansu,
  hainan; 62 rows, one paragraph without a quantity) blind full_row 0.459, subject 0.492
  (lenient 0.820), period_kind 0.951, year 0.984, span 1.000 -- exactly the code before the
  round: no row gained. A second annotation of its paragraphs, made blind, agrees with the first
  on 0.790 full row, 0.790 subject, 0.984 period_kind. heldout55 promoted to development: union
  of fifty-six files (5,595 rows) full_row 0.630 -> 0.632, subject 0.684 -> 0.686, 10 full rows
  gained, none lost.
- Round 56 (heldout54 tuned on; each change read over every row it changed in the 67 reports;
  kept: a period written as the base of a comparison (相当于1950年到2002年53年的总和, 高于…的水平)
  governs only the figures inside it, not those around it nor later clauses, 8 development rows
  in 3 reports; a part of a plan written after the plan's name (“十一五”前四年) keeps the name in
  its span and is no part of the subject, 3 rows in 1 report; a grade of a physical measure
  (千万吨级炼油厂, 20万吨级泊位) is the size of the graded thing, 5 rows in 4 reports): heldout55
  (national 1986, 1987, 1988, 2013, 2014, 2015, jilin, anhui; 30 rows, six paragraphs without a
  quantity) blind full_row 0.633, subject 0.667 (lenient 0.933), period_kind 0.967, year 1.000,
  span 0.967 -- exactly the code before the round: no row gained. A second annotation of its
  paragraphs, made blind, agrees with the first on 0.933 full row, 0.967 subject, 1.000
  period_kind. heldout54 promoted to development: union of fifty-five files (5,565 rows)
  full_row 0.628 -> 0.630, year 0.963 -> 0.965, span 0.961 -> 0.963, 12 full rows gained, none
  lost.
- Round 55 (heldout53 tuned on; each change read over every row it changed in the 67 reports;
  kept: an amount a payer allocates with a bare verb (中央财政安排, 中央财政将投入) is named by
  the purpose written after it or the programme launched in the clause before it, 9 development
  subjects in 5 reports; a bare verb of disposal counts the noun of the count before it (废止71件
  -> 废止行政法规), 4 subjects in 1 report; a verb of rising or falling + 为 before a share is a
  level (下降为48.2%), 7 kinds in 5 reports; a run of shares names its whole once, 2 subjects in
  1 report; a part of the year after 比 is a comparison base, not a span): heldout54 (national
  1960, 1964, 1984, 2008, 2010, 2012, chongqing, guizhou; 41 rows, five paragraphs without a
  quantity) blind full_row 0.450, subject 0.650 (lenient 0.800), period_kind 0.975, year 0.850,
  span 0.800 -- exactly the code before the round: no row gained. A second annotation of its
  paragraphs, made blind, agrees with the first on 0.850 full row, 0.950 subject, 0.950
  period_kind. heldout53 promoted to development: union of fifty-four files (5,524 rows)
  full_row 0.626 -> 0.629, subject 0.681 -> 0.684, 14 full rows gained, none lost.
- Round 54 (heldout52 tuned on; each change read over every row it changed in the 67 reports;
  kept: a head noun closing a list of graded counts is shared by every item (培育6个世界级、7个
  国家级产业集群 -> 培育世界级产业集群), 5 development subjects in 2 reports; a count of times
  before a verb adjusting a rate is named object + verb + 次数 (两次降低存款准备金率 ->
  存款准备金率降低次数), 6 subjects in 5 reports; an insurance scheme's reach before a count of
  people measures the people (基本医疗保险覆盖13.5亿人 -> …覆盖人数), 4 subjects in 2 reports;
  durations: a lead over a schedule is named X提前V的年数, every 连续N年 is of kind other, and a
  duration takes no governing hedge, 10 rows in 7 reports): heldout53 (national 1956, 1957,
  1959, 2003, 2005, 2007, shanxi, tianjin; 57 rows, four paragraphs without a quantity) blind
  full_row 0.375, subject 0.446 (lenient 0.714), period_kind 0.821, year 0.821, span 0.911 --
  exactly the code before the round: no row gained. A second annotation of its paragraphs, made
  blind, agrees with the first on 0.789 full row, 0.825 subject, 1.000 period_kind. heldout52
  promoted to development: union of fifty-three files (5,467 rows) full_row 0.626 -> 0.629,
  subject 0.681 -> 0.684, 17 full rows gained, none lost.
- Round 53 (heldout51 tuned on; each change read over every row it changed in the 67 reports;
  kept: a figure inside a 的-modifier measures the noun it modifies (总投资410亿元的X项目 ->
  X项目总投资), coordinated rates are read in order without 分别, and an amount after a
  beneficiary counted with 为 measures the verb's object, 12 development subjects in 7 reports;
  累计 before a verb of change stays on the rate it sums, and a verb hedge keeps its figure
  across 了 and spaces (达到了586亿元), 24 qualifiers in 13 reports): heldout52 (national 1955,
  1984, 1985, 1999, 2000, 2002, liaoning, qinghai; 33 rows, six paragraphs without a quantity)
  blind full_row 0.258, subject 0.258 (lenient 0.548), period_kind 0.935, year 0.968, span
  0.935 -- exactly the code before the round: no row gained. A second annotation of its
  paragraphs, made blind, agrees with the first on 0.625 full row, 0.719 subject, 1.000
  period_kind. heldout51 promoted to development: union of fifty-two files (5,434 rows)
  full_row 0.623 -> 0.628, qualifier 0.976 -> 0.980, 26 full rows gained, none lost.
- Round 52 (heldout50 tuned on; each change read over every row it changed in the 67 reports;
  kept: an adverbial modifier opening the words before a figure (已经, 进一步, 逐年适当) is
  dropped when a predicate follows it, 2 development subjects in 2 reports; N年内 and 今后N年内
  are counted from the plan year, a span keeps the postposition written after it (过去五年里),
  and 五年间 opening a sentence governs all its clauses, 11 development spans in 5 reports):
  heldout51 (national 1981, 1982, 1983, 1995, 1997, 1998, jiangxi, jilin; 27 rows, six
  paragraphs without a quantity) blind full_row 0.280, subject 0.400 (lenient 0.600),
  period_kind 0.840, year 0.920, span 0.840 -- exactly the code before the round: no row gained.
  A second annotation of its paragraphs, made blind, agrees with the first on 0.741 full row,
  0.778 subject, 0.963 period_kind. heldout50 promoted to development: union of fifty-one files
  (5,407 rows) full_row 0.624 -> 0.625, span 0.961 -> 0.963, 3 full rows gained, none lost.
- Round 51 (heldout49 tuned on; each change read over every row it changed in the 67 reports;
  kept: a share's whole written as a fronted clause of its own (在工农业总产值中，农业所占比重…)
  goes back between the part and the measure, 11 development subjects in 3 reports; a clause
  without a subject of its own predicates on the figure-free topic clause opening its sentence
  (第二是X的比重，已由…上升到…), 9 subjects in 5 reports; a predicate putting counted things into
  use or completing them (投入使用, 基本建成) closes a list of counts, 4 kinds in 3 reports):
  heldout50 (national 1978, 1979, 1980, 1992, 1993, 1994, hainan, hunan; 31 rows, four paragraphs
  without a quantity) blind full_row 0.481, subject 0.556 (lenient 0.741), period_kind 0.889,
  year 0.852, span 0.889 -- exactly the code before the round: no row gained. A second
  annotation of its paragraphs, made blind, agrees with the first on 0.857 full row, 0.857
  subject, 1.000 period_kind. heldout49 promoted to development: union of fifty files (5,376
  rows) full_row 0.622 -> 0.625, subject 0.679 -> 0.682, 16 full rows gained, none lost.
- Round 50 (heldout48 tuned on; each change read over every row it changed in the 67 reports;
  kept: a 的-modifier written before a count and its noun belongs to the counted noun (列入…计划的
  六十五种主要产品 -> 列入…计划的主要产品), 3 development subjects in 3 reports; counted places or
  institutions that set up or were exempted from something (建立, 免征) are a stock, 4 rows in 2
  reports; a count after a verb of reaching with a year between, or after 超 before a count of
  firms, is a stock, 2 rows in 2 reports): heldout49 (national 1954, 1958, 1960, 2021, 2022, 2023,
  anhui, gansu; 47 rows, two paragraphs without a quantity) blind full_row 0.467, subject 0.467
  (lenient 0.867), period_kind 0.933, year 0.978, span 0.978 -- exactly the code before the
  round: no row gained. A second annotation of its paragraphs, made blind, agrees with the first
  on 0.851 full row, 0.872 subject, 0.979 period_kind. heldout48 promoted to development: union of
  forty-nine files (5,329 rows) full_row 0.622 -> 0.623, period_kind 0.951 -> 0.953, 4 full rows
  gained, none lost.
- Round 49 (heldout47 tuned on; each change read over every row it changed in the 67 reports;
  kept: a verb of enlarging or reducing before a share or a fraction (扩大47.4%, 减价40%, 减少审批
  事项三分之一) makes a signed relative change, 5 development kinds in 5 reports; 增长 and 扩招
  before an amount make a change, 4 kinds in 4 reports; a counted noun with no listed head is
  read by its words' classes before the predicate closing the clause (推动69家省级共享农庄提档升级
  -> 提档升级的省级共享农庄), 4 subjects in 4 reports; a count after a verb of reaching is the total
  reached (level), and a plain noun of standing things reached (航线增至150条) is a stock, 5 rows in
  4 reports): heldout48 (national 1986, 1987, 1988, 2006, 2009, 2011, guizhou, jilin; 34 rows,
  five paragraphs without a quantity) blind full_row 0.471, subject 0.559 (lenient 0.765),
  period_kind 0.853, year 0.912, span 0.853 -- exactly the code before the round: no row gained.
  A second annotation of its paragraphs, made blind, agrees with the first on 0.853 full row,
  0.912 subject, 0.971 period_kind. heldout47 promoted to development: union of forty-eight
  files (5,295 rows) full_row 0.621 -> 0.623, kind 0.956 -> 0.958, 11 rows gained, none lost.
- Round 48 (heldout46 tuned on; each change read over every row it changed in the 67 reports;
  kept: 开工 before a count and a two-verb completion predicate after the counted noun (建成通车,
  竣工投产) make a count of new things, 8 development kinds in 8 reports; 新 + a verb of taking in
  (新入库, 新认证) and 布局 / 认定 / 评定 before a count, 9 rows in 5 reports; a measure that needs
  its owner (招生数, 算力规模, 高端产品占比) takes the body opening the clause before it, 4 rows in 2
  reports): heldout47 (national 1959, 1960, 1964, 2000, 2001, 2004, tianjin, chongqing; 32 rows,
  seven paragraphs without a quantity) blind full_row 0.500, subject 0.562 (lenient 0.719),
  period_kind 0.844, year 0.969, span 0.969, against 0.469 with the code before the round: one
  row gained (chongqing, a count of new things read as a level). A second annotation of its
  paragraphs, made blind, agrees with the first on 0.969 full row, 1.000 subject, 0.969
  period_kind. heldout46 promoted to development: union of forty-seven files (5,263 rows)
  full_row 0.619 -> 0.622, kind 0.954 -> 0.957, 18 rows gained, none lost.
- Round 47 (heldout45 tuned on; each change read over every row it changed in the 67 reports;
  kept: a topic clause of nouns gives its noun run to the bare measure opening the next clause
  (zero possessor in a topic chain), 2 development rows in 1 report; 总 + a relational head
  (总产能) is a bare measure, 1 row; an adverbial (全年, 继续) before a relative clause stays in
  the subject, 3 rows in 2 reports): heldout46 (national 1955, 1956, 1957, 1992, 1997, 1999,
  qinghai, shanxi; 47 rows, three paragraphs without a quantity) blind full_row 0.426, subject
  0.447 (lenient 0.660), period_kind 0.936, year 0.957, span 0.915 -- exactly the code before
  the round: no row gained. A second annotation of its paragraphs, made blind, agrees with the
  first on 0.787 full row, 0.894 subject, 1.000 period_kind. heldout45 promoted to development:
  union of forty-six files (5,216 rows) full_row 0.619 -> 0.620, 6 rows gained, none lost.
- Round 46 (heldout44 tuned on; each change read over every row it changed in the 67 reports;
  kept: a Chinese numeral inside an idiom (百家争鸣) is a word, 12 false corpus rows in 10 reports
  gone; 一半 is the fraction one half, 7 development rows found in 5 reports; a magnitude grade
  (千亿级产业集群) is a row of its own, as the corpus gold writes it and no longer as the genre
  sentence's formula, 10 development rows gained in 7 reports, 1 lost; the verb before counted
  things stays (建成了, 增加 before counted units, 新增 over a list), 5 rows in 3 reports; a bare
  verb before an amount takes the noun after it, and a modal closing a subject is cut, 3 subjects
  in 3 reports): heldout45 (national 1983, 1984, 1985, 2019, 2024, 2025, jilin, liaoning; 37
  rows, five paragraphs without a quantity) blind full_row 0.432, subject 0.541 (lenient
  0.838), period_kind 0.946, year 0.946, span 0.973 -- exactly the code before the round: no
  row gained. A second annotation of its paragraphs, made blind, agrees with the first on 0.811
  full row, 0.811 subject, 1.000 period_kind. heldout44 promoted to development: union of
  forty-five files (5,179 rows) full_row 0.619 -> 0.620, recall 0.980 -> 0.984, 18 rows gained,
  1 lost.
- Round 45 (heldout43 tuned on; each change read over every row it changed in the 67 reports;
  kept: a reduction verb and its object before a count of people or things (减少农村贫困人口1000万人,
  裁减军队员额) is a negative change, 5 development rows in 5 reports; a conjunction or hedge word
  opening or closing a subject is taken whole (并且, 大约), 18 corpus rows in 8 reports):
  heldout44 (national 1980, 1981, 1982, 2016, 2017, 2018, hunan, jiangxi; 77 rows, three
  paragraphs without a quantity) blind full_row 0.579, subject 0.737 (lenient 0.855),
  period_kind 0.895, year 0.921, span 0.895 -- exactly the code before the round: no row gained.
  A second annotation of its paragraphs, made blind, agrees with the first on 0.855 full row,
  0.882 subject, 0.974 period_kind. heldout43 promoted to development: union of forty-four files
  (5,102 rows) full_row 0.619 -> 0.620, subject 0.678 -> 0.679, 3 rows gained, none lost.
- Round 44 (heldout42 tuned on; each change read over every row it changed in the 67 reports;
  kept: the figures of a conditional sentence (只要/如果/即使 … 就/也) have no period, 15
  development periods and years in 5 reports; a one-character hedge ending a dictionary word is
  not read (节约, 条约, 经过), 8 qualifiers in 7 reports; 一倍 is a multiple, 10 development rows
  found in 9 reports): heldout43 (national 1960, 1978, 1979, 2013, 2014, 2015, gansu, hainan; 58
  rows, three paragraphs without a quantity) blind full_row 0.471, subject 0.510 (lenient
  0.706), period_kind 0.941, year 1.000, span 0.961 -- exactly the code before the round: no row
  gained. A second annotation of its paragraphs, made blind, agrees with the first on 0.772 full
  row, 0.807 subject, 0.982 period_kind. heldout42 promoted to development, and the gold settled
  again (round 44: a scope word before a predicate + 的 + noun subject stays, 11 rows
  re-annotated): union of forty-three files (5,044 rows) full_row 0.620 -> 0.621, period_kind
  0.950 -> 0.953, year 0.964 -> 0.967.
- Round 43 (heldout41 tuned on; each change read over every row it changed in the 67 reports;
  kept: the items of a split list share no lead or head cut inside a dictionary word, 产业/行业
  go with the shared measure, the measure word closing the last item is shared, 4 development
  rows in 2 reports and 24 rows in 10 reports of the corpus, none worse; the start value of
  由A到B takes the year its sentence names for it, 7 development years in 6 reports; a verb before
  a class word (亿元以上) and 全国 before a plain counted noun stay in the subject, 3 subjects in 3
  reports): heldout42 (national 1954, 1958, 1988, 2008, 2010, 2012, anhui, jilin; 74 rows, three
  paragraphs without a quantity) blind full_row 0.406, subject 0.493 (lenient 0.681),
  period_kind 0.754, year 0.783, span 0.942 -- exactly the code before the round: no row gained;
  its 1954 rows (16, most the savings a 1% cut in costs would bring) 0.000 full row, 0.125 year.
  A second annotation of its paragraphs, made blind, agrees with the first on 0.685 full row,
  0.712 subject, 0.959 period_kind. heldout41 promoted to development: union of forty-two files
  (4,970 rows) full_row 0.622 -> 0.623, subject 0.681 -> 0.682, year 0.965 -> 0.966.
- Round 42 (heldout40 tuned on; each change was also read over every row it changed in the 67
  reports, and narrowed until none was worse; kept: a time or sum adverbial (去年, 全年, 累计, 已,
  共) between the owning noun and a verb leaves the subject, 6 development rows in 4 reports; the
  objects of a list share the verb chain before it across 和 / 及 / 以及 and across units, 5 rows
  in 7 reports): heldout41 (national 1964, 1986, 1987, 2003, 2005, 2007, guizhou, hebei; 36 rows,
  five paragraphs without a quantity) blind full_row 0.486, subject 0.629 (lenient 0.743),
  period_kind 0.971, year 0.914, span 0.943, against 0.429 and 0.571 with the code before the
  round: 2 rows gained, both in 2005 (the adverbial rule), the first blind gain since round 30.
  A second annotation of its paragraphs, made blind, agrees with the first on 0.829 full row,
  0.857 subject, 0.971 period_kind. heldout40 promoted to development (its 2 rows of round 42's
  convention re-annotated): union of forty-one files (4,934 rows) full_row 0.620 -> 0.623,
  subject 0.678 -> 0.681, targets 0.706 -> 0.709.
- Round 41 (heldout39 tuned on; the round counted each change by the distinct reports it gains
  in; kept: a one-character stop after a number and measure word ends the counted noun only as a
  word of its own (博士创新站, 优质均衡发展区), distributive 各 out of subjects, 推动 as a pivot verb,
  8 development rows in 5 reports; a bare measure opening a clause owned by the topic opening the
  clause before, 3 rows in 3 reports; the extractor's cost per row cut with identical outputs):
  heldout40 (national 1957, 1959, 1960, 1998, 1999, 2002, chongqing, tianjin; 49 rows, five
  paragraphs without a quantity) blind full_row 0.341, subject 0.500 (lenient 0.636),
  period_kind 0.841, year 0.886, span 0.909 -- exactly the code before the round: no row gained;
  its 1957, 1959 and 1960 rows (28) 0.143 full row, chongqing and tianjin (20) 0.550. A second
  annotation of its paragraphs, made blind, agrees with the first on 0.857 full row, 0.857
  subject, 1.000 period_kind. heldout39 promoted to development (0.468 -> 0.516 full row, its 2+2
  rows re-annotated under round 41's convention): union of forty files (4,885 rows) full_row
  0.619 -> 0.621, subject 0.675 -> 0.677, targets 0.709 -> 0.713; after the round-42 gold
  settlement (60 rows re-annotated by reading) 0.623, 0.680, 0.706.
- Round 40 (heldout38 tuned on; kept, in the modern national and provincial reports: provinces
  counted as heads, 面积 named for works measured in area, 争取 before a noun phrase as the verb of
  obtaining, 新 + verb before a count, 14 development subjects; 去年 opening a later clause dates
  its figures and ends the review's span, 多年来 as a span of its own, kinds and classes reached
  are a stock, a level reached by now with 平均, 9 full rows): heldout39 (national 1955, 1956,
  1985, 1994, 1995, 1997, qinghai, shanxi; 62 rows, six paragraphs without a quantity) blind
  full_row 0.435, subject 0.468 (lenient 0.774), period_kind 0.968, year 0.984, span 1.000 --
  exactly the code before the round: no row gained; its 1955, 1956 and 1985 rows (37) 0.432 full
  row, qinghai and shanxi (23) 0.478. A second annotation of its paragraphs, made blind, agrees
  with the first on 0.726 full row, 0.726 subject, 1.000 period_kind. heldout38 promoted to
  development (0.358 -> 0.547 full row): union of thirty-nine files (4,823 rows) full_row 0.617,
  subject 0.674, targets 0.712; after the round-40 gold settlement (CONVENTIONS.md, 17 rows
  re-annotated by reading) 0.619, 0.675, 0.713; after round 41's (35 rows) 0.621, 0.677, 0.713.
- Round 39 (heldout37 tuned on; kept: in the older national reports a quarter, month or plan
  period where a subject stands, a note in full-width parentheses and a time word opening a
  subject leave it, a whole closed by 中 names its noun, a change after a share is the part's,
  20 development rows; periods of reports without part headings (an estimate as a start value's
  attribute, a level reached from an earlier written year, the part of the year already past),
  15 period kinds): heldout38 (national 1982, 1983, 1984, 1992, 1993, 2023, jilin, liaoning;
  55 rows, six paragraphs without a quantity) blind full_row 0.358, subject 0.698 (lenient
  0.943), period_kind 0.755, year 0.849, span 0.642 -- exactly the code before the round: no
  row gained; its 2023 rows (13) 0.000 full row, period_kind 0.385; jilin and liaoning (19)
  0.737. A second annotation of its paragraphs, made blind, agrees with the first on 0.818 full
  row, 0.964 subject, 0.945 period_kind. heldout37 promoted to development (0.358 -> 0.432 full
  row): union of thirty-eight files (4,768 rows) full_row 0.615, subject 0.671, targets 0.710.
- Round 38 (heldout36 tuned on; kept: subjects lose the residue of sums (共 before a verb,
  共计 / 总计 after), 在-adverbials after the noun, modal verbs before and 要求 / 可 after it,
  allocation verbs after funds and a plan period opening them, 23 development rows; periods of
  ranks, size grades, compared plan periods and places that stand established, union
  period_kind 0.948 -> 0.953, year 0.963 -> 0.967): heldout37 (national 1979, 1980, 1981, 2011,
  2021, 2022, hunan, jiangxi; 54 rows, six paragraphs without a quantity) blind full_row 0.358,
  subject 0.377 (lenient 0.736), period_kind 0.774, year 0.887, span 1.000 -- exactly the code
  before the round: no row gained; its 1980 and 1981 rows (22) 0.000 full row, period_kind
  0.455; hunan and jiangxi (20) 0.700. A second annotation of its paragraphs, made blind, agrees
  with the first on 0.792 full row, 0.830 subject, 0.962 period_kind. heldout36 promoted to
  development: union of thirty-seven files (4,714 rows) full_row 0.613, subject 0.669, targets
  0.705.
- Round 37 (heldout35 tuned on; kept: a quoted name opening a clause is the topic of the
  clause's first figure, 3 subjects in two sets; an entity opening a sentence carried to the
  bare measures of its later clauses measured over the union, 3 rows right and 27 wrong, not
  kept): heldout36 (national 1958, 1960, 1978, 2004, 2006, 2009, hainan, hebei; 57 rows) blind
  full_row 0.418, subject 0.455 (lenient 0.709), period_kind 0.927, year 0.982, span 1.000 --
  exactly the code before the round: no row gained; its older national rows (23) 0.273 full
  row. heldout35 promoted to development: union of thirty-six files (4,657 rows) full_row 0.610,
  subject 0.664, targets 0.695.
- Round 36 (heldout34 tuned on; kept: staff and pupils on the rolls are a stock, also as a
  past year's figure in a plan part, 5 rows in two sets; a past year's paragraph in a plan part
  and an entity carried along a list measured in one report only, not built): heldout35
  (national 1954, 1987, 1988, 1992, 2000, 2001, anhui, gansu; 48 rows, seven paragraphs without
  a quantity) blind full_row 0.447, subject 0.532 (lenient 0.872), period_kind 0.830, year
  0.809, span 0.915 -- exactly the code before the round: no row gained; its 1954 and 1988 rows
  (20) 0.100 full row, anhui and gansu (27) 0.667. heldout34 promoted to development (0.237 ->
  0.342 full row): union of thirty-five files (4,609 rows) full_row 0.611, subject 0.665,
  targets 0.695.
- Round 35 (heldout33 tuned on; kept: a framing clause opening a subject, a verb of setting
  (规定, 提出, 计划, 确定, 原定) within its first words followed by a noun, is no part of it, 12
  subjects in seven sets): heldout34 (national 1959, 1964, 1986, 2019, 2024, 2025, hebei,
  jilin; 41 rows) blind full_row 0.237, subject 0.368 (lenient 0.789), period_kind 0.553, year
  0.816, span 0.921 -- exactly the code before the round: no row gained; its older national rows
  (31) 0.133 full row, period_kind 0.433. heldout33 promoted to development: union of
  thirty-four files (4,568 rows) full_row 0.613, subject 0.667, targets 0.696.
- Round 34 (heldout32 tuned on; gold conventions settled first, CONVENTIONS.md round 34: a
  figure in a multi-year review takes the nearest governing period words (its clause, its
  paragraph, the nearest lead line, the part's title; 296 rows took the lead line against 15),
  了 / 过 are dropped from built subjects and a count named by what was done is "predicate 的
  noun", 26 rows re-annotated by reading; then an adverbial before a figure names no subject and
  a leading one-character preposition is dropped, 13 subjects in seven sets; spans by the new
  convention, 31 spans in four sets): heldout33 (national 1955-1957, 2016-2018, chongqing,
  guizhou) blind full_row 0.319, subject 0.473 (lenient 0.703), period_kind 0.857, year 0.879,
  span 0.890 -- the code before the round had the same full row and subject: no row gained; its
  older national rows (41) 0.053 full row. heldout32 promoted to development: union of
  thirty-three files (4,474 rows) full_row 0.618, subject 0.669, targets 0.695.
- Round 33 (heldout31 tuned on; gold conventions settled first, CONVENTIONS.md round 33: a
  share of a class with no whole written is "predicate 的 noun 的比重", 28 rows re-annotated by
  reading, and 人次 is not added after a counted action on people, 9 rows; 面积 after areas left
  open; then the share of a class read by word class to that convention, 7 rows in six sets):
  heldout32 (annotated under the new conventions) blind full_row 0.429, subject 0.476 (lenient
  0.683), period_kind 0.905, year 0.873, span 0.857 -- exactly the code before the round: no
  row gained. heldout31 promoted to development: union of thirty-two files (4,409 rows)
  full_row 0.616, subject 0.668, targets 0.692.
- Round 32 (heldout30 tuned on; the union's gold subjects sorted by how they are built: 58 %
  a span of the text, 12 % a span + a measure noun by unit, 8 % a word added by kind (share,
  rank, duration, ratio), 7 % a rewrite, 6 % "predicate 的 noun", 5 % a span with inner words
  dropped, 4 % an entity carried + its own measure; the measure a unit takes is not decided by
  the unit in the gold (新建住宅 with and without 面积, 人次 in 8 rows of 22); kept: the share of a
  class written before the things it counts takes the predicate-named group, 3 subjects in
  three sets): heldout31 blind full_row 0.394, subject 0.510 (lenient 0.769), period_kind 0.856,
  year 0.913, span 0.933 -- exactly the code before the round: no row gained; its older national
  rows (36) 0.355 full row. heldout30 promoted to development: union of thirty-one files (4,299
  rows) full_row 0.619, subject 0.669, targets 0.696.
- Round 31 (heldout29 tuned on; two experiments first: which code path made each wrong subject,
  the path of the noun after a measure word right on only 154 of 459 rows, and a learned
  selector choosing the subject among the text's spans, measured leave-one-set-out over the
  thirty files: only 55 % of gold subjects are spans of the text (63 % with a learned measure
  noun added), so it scored 0.344 subject on the newest ten sets against the rules' blind 0.438,
  and was not kept; kept: a clause holding only a stage verb takes the subject of the figure
  before at its own stage, 2 rows in two sets): heldout30 blind full_row 0.532, subject 0.532
  (lenient 0.723), period_kind 0.894, year 0.915, span 1.000 -- exactly the code before the
  round: no row gained; its older national rows (14) 0.071 full row, modern national (11) 0.727.
  heldout29 promoted to development: union of thirty files (4,252 rows) full_row 0.620, subject
  0.670, targets 0.698.
- Round 30 (heldout28 tuned on; plan-year targets: main-targets paragraphs were already right,
  218 of 223 gold rows, so the targets that fail are fiscal allocations and project counts
  elsewhere; kept: a payer's allocating verb out of its fund's subject, 8 rows in four sets, and a
  count whose subject opens with a verb of creation counts new units, 6 rows in four sets):
  heldout29 blind full_row 0.320, subject 0.340 (lenient 0.760), period_kind 0.820, year 0.880,
  span 0.840 -- exactly the code before the round: no row gained; its older national rows (35)
  0.265 full row. heldout28 promoted to development (0.558 -> 0.615 full row): union of
  twenty-nine files (4,201 rows) full_row 0.623, subject 0.673, targets 0.701.
- Round 29 (heldout27 tuned on; a diagnosis first of which code path made each wrong subject
  and which cue each wrong period; kept: a verb before an area, length, volume or mass amount
  takes the noun after it, a rank carried from the figure before takes its own clause's scope, 6
  rows in five sets; a bug, 五年间，… opening a paragraph never governed it, 8 rows; a figure the
  review dates two or more years past the plan year is a goal, as all 247 such gold rows are):
  heldout28 blind full_row 0.558, subject 0.596 (lenient 0.750), period_kind 0.865, year 0.904,
  span 0.942 -- exactly the code before the round: no row gained; its older national rows (10)
  0.300 full row, anhui 2026 (16) 0.688. A second annotator agrees with heldout27 on 0.671 full
  row and subject only (1959 0.400). heldout27 promoted to development: union of twenty-eight
  files (4,148 rows) full_row 0.620, subject 0.672 (the twenty-seven files before it 0.627 /
  0.679).
- Round 28 (heldout26 tuned on; gold conventions settled first, CONVENTIONS.md round 28, 271
  rows re-annotated by reading: 各类 kept in subjects, a count's measure is the counted thing, a
  change of a balance is actual, which the code then followed, union full row .621 -> .623; then
  counts reached as standing totals in reports without headings, list items carrying the first
  item's verb by word class): heldout27 blind full_row 0.287, subject 0.325 (lenient 0.438),
  period_kind 0.850, year 0.900, span 0.988 -- the code before the round scored the same full
  row, subject and period (lenient 0.450): no row gained; its 1957 rows (21) 0.000 full row and
  0.053 subject, guizhou 2026 (10) 0.700. heldout26 promoted to development: union of
  twenty-seven files (4,066 rows) full_row 0.623, subject 0.678.
- Round 27 (heldout25 tuned on; each class turns rows right in two reports of two sets and
  loses none: a subject sheds the adverb, conjunction or particle closing it, by jieba's word
  class, 10 subjects in six sets; a goal's horizon in the figure's clause (到本世纪末) sets the
  plan period and its year; a level standing at year end or a standing total is a stock in a
  review; a count taking in carried-over projects (续建) is a level): heldout26 blind full_row
  0.500, subject 0.588 (lenient 0.765), period_kind 0.956, year 0.941, span 0.985 -- the
  round-26 code scored 0.485 / 0.574 (lenient 0.750): one row gained (a subject of 1985), the
  first blind gain since round 21; its older national rows (40) 0.474 full row, tianjin 2026 (8)
  0.250. A second annotator agrees with it on 0.886 full row, 0.900 subject. heldout25 promoted
  to development (0.390 -> 0.455 full row): union of twenty-six files (3,996 rows) full_row
  0.621, subject 0.676.
- Round 26 (heldout24 tuned on; a class kept only when it turns rows right in two reports of two
  sets: in a report without part headings an uncued figure is a result of the year under review,
  13 rows in five sets, 2 lost; a run of periods named by its event with the level kept, 9 rows
  in 8 reports; a share opening the clause after its part's figure, 4 rows; the rest of a span
  of years (五年内) out of the subject, 6 rows; the extractor made 17-22 % faster with every
  table unchanged): heldout25 blind full_row 0.390, subject 0.442 (lenient 0.792), period_kind
  0.922, year 0.922, span 0.987 -- the round-25 code's full row, subject and period (lenient
  0.779): round 26 raised heldout24 (tuned on it) from 0.358 to 0.387 full row but gained no row
  here; its older national rows (17) 0.188 full row, shanxi 2026 (23) 0.273. heldout24 promoted
  to development: union of twenty-five files (3,915 rows) full_row 0.621, subject 0.679.
- Round 25 (subjects: a measure opening its clause after a comma takes its owner from the
  clause before, 12 rows right, 11 outside heldout23; a product's plan frame X的指标 names its
  output; periods: a time frame opening its sentence governs its figures, a programme's quoted
  standards are its targets, places that reached a standard are results; numbers: hedges inside
  magnitudes (一亿一千多万), 个多月 units, measure words such as 担, vague numbers and numbered
  designations (四个现代化) as no rows, 提前N年 as durations): heldout24 blind full_row 0.358,
  subject 0.481 (lenient 0.689), period_kind 0.830, year 0.802, span 0.915 -- exactly the
  round-24 code's (precision 0.906 -> 0.930): round 25 raised heldout23 (tuned on it) from 0.113
  to 0.352 full row but gained no row here; its 1981 rows (14) 0.000 full row and 0.286
  period_kind, hunan 2026 (11) 0.818. heldout23 promoted to development: union of twenty-four
  files (3,806 rows) full_row 0.623, subject 0.679.
- Round 24 (a conflict settled first, CONVENTIONS.md: 翻一番 / 翻两番 are growth, like 增长x倍,
  ten rows' kind re-annotated; then subjects: lists whose items name their own measure, frames
  before a subject (在…期间, 在X中Y所占的比重), 高等 / 中等 not read as a list's 等, shares named
  by part and whole; periods: words for the time of speaking (目前, 现在) as stocks, standing
  counts in reports without headings, a plan quoted in a review as that year's target, 今年
  after a past word): heldout23 blind full_row 0.113, subject 0.226 (lenient 0.528),
  period_kind 0.660, year 0.868, span 0.868 -- exactly the round-23 code's scores: round 24
  raised heldout22 (tuned on it) from 0.230 to 0.443 full row but gained no row here; its 1960
  rows (12) 0.000 full row and 0.111 period_kind, hainan 2026 (17) 0.235. heldout22 promoted to
  development: union of twenty-three files (3,749 rows) full_row 0.620, subject 0.682.
- Round 23 (two conventions settled first, CONVENTIONS.md, 42 rows re-annotated by reading:
  counted things named by what they did, as predicate + 的 + noun, and spans without a leading
  从; then 新增 carried over a comma list, industry blocks of provincial plans, longer modifiers
  before a count, exceeded plans as growth; periods and kinds: people counted by 位, historical
  years in a plan part, capacities inside names, levels reached after a change, spans named
  twice, start values, completed predicates as new units, round magnitudes before people):
  heldout22 blind full_row 0.230, subject 0.328 (lenient 0.656), period_kind 0.754, year 0.803,
  span 0.902 -- the round-22 code's full row and subject (period_kind 0.738): round 23 raised
  heldout21 (tuned on it) from 0.351 to 0.527 full row but gained no full row here; its
  national rows (33) 0.030 full row, anhui 2026 0.733. heldout21 promoted to development: union
  of twenty-two files (3,688 rows) full_row 0.619, subject 0.679 (the round-22 code on the
  twenty-one re-annotated files: 0.614 / 0.679).
- Round 22 (a conflict settled first, CONVENTIONS.md: counts of firms reached by a point in
  time are stocks, 16 rows re-annotated by reading; then subjects: predicate + 的 + counted noun
  for any verb after a count that opens its clause, capacity lists, products before a rate,
  fragment endings; periods: the convention, this year's share of a five-year goal, a bare 五年
  in a plan part as the plan in force): heldout21 blind full_row 0.351, subject 0.473 (lenient
  0.797), period_kind 0.892, year 0.892, span 0.946 (the round-21 code: 0.324 / 0.459 / 0.865 /
  0.892 / 0.946); its 1986 rows (12) 0.083 full row, jilin 2026 (25) 0.304. heldout20 promoted
  to development: union of twenty-one files (3,612 rows) full_row 0.616, subject 0.681 (the
  round-21 code on the twenty re-annotated files: 0.606 / 0.673).
- Round 21 (three conflicts of the gold settled first, CONVENTIONS.md, and 119 rows of the
  sets, the book's gold and the genre sentences re-annotated by reading: rank subjects are
  indicator + scope + 排名, scope words 全国 / 全省 / 全市 / 全区 stay in the subject, durations are
  other with no year; then the extractor made to follow them, and periods: a programme dated
  once governs what it demands (纲要要求 -> its end year), new-capacity lists as new units,
  万千瓦 read as a unit, a later five-year opening in a review carried): heldout20 blind
  full_row 0.372, subject 0.488 (lenient 0.721), period_kind 0.822, year 0.922, span 0.876 (the
  round-20 code on the same gold: 0.341 / 0.434 / 0.814 / 0.915 / 0.876); its 2007 rows (25)
  0.083 full row, its 1982 rows 0.720. heldout19 promoted to development: union of twenty files
  (3,479 rows) full_row 0.609, subject 0.673 (the round-20 code on the nineteen re-annotated
  files: 0.590 / 0.657).
- Round 20 (subjects: a change of output names the product's 产量 (原煤增产了), a share keeps
  the whole it is part of, 这个比重 points back to the share named before, a count of people
  followed by what they did (参保, 就业); periods: an estimate opening a review paragraph carries
  through it, things already in place (已有) are a stock, a balance's growth is the year's result,
  students enrolled are a stock): heldout19 blind full_row 0.319, subject 0.363 (lenient 0.747),
  period_kind 0.791, year 0.901, span 0.923 -- the round-19 code scored the same but for two
  periods (0.813): the round's classes, which raised heldout18 (tuned on it) from 0.196 to 0.324
  full row and 0.271 to 0.417 subject, did not carry over. heldout18 promoted to development:
  union of nineteen files (3,387 rows) full_row 0.601, subject 0.668 (the eighteen files before:
  0.610 / 0.677).
- Round 19 (the settled convention on lengths, CONVENTIONS.md: a length in 公里 of things built
  carries 里程, the rows written otherwise re-annotated by reading; a chain of verbs before a
  count kept whole, new verbs of bringing into being and giving up powers): heldout18 blind
  full_row 0.196, subject 0.271 (lenient 0.589), period_kind 0.664, year 0.925, span 0.963 (the
  round-18 code: 0.187 / 0.262 / 0.664 / 0.925 / 0.963); its national 1954-1960 rows (59) 0.051
  full row, its provincial rows (25) 0.600. heldout17 promoted to development: union of eighteen
  files (3,279 rows, re-annotated) full_row 0.608, subject 0.673 (the round-18 code on the
  eighteen files before the re-annotation: 0.602 / 0.666).
- Round 18 (periods and kinds: from-to pairs under a range written in years, 增补 as new
  units, 压缩/精简 x% as cuts, 改造建设 as a level, clauses opening on a verb of creation): heldout17
  blind full_row 0.310, subject 0.419 (lenient 0.794), period_kind 0.935, year 0.981, span 0.806
  -- the round-17 code's scores again (the round-15 code 0.284 / 0.394, the code before round 15
  0.252 / 0.335). Development union of seventeen files: full_row 0.617, subject
  0.679.
- Round 17 (numerals of the older reports: 二百十七, 六倍半, multiples of a base year, list heads
  naming 产量; subject classes: 对 before a flow, 事故起数 carried, stages and 新-verbs along a list,
  list ordinals, 等 lists before a shared noun): heldout16 blind full_row 0.350, subject 0.406
  (lenient 0.755), period_kind 0.860, year 0.937, span 0.979 -- exactly the round-16 code's
  scores: the round's classes, tuned on heldout15 (0.403 -> 0.497) and the older reports, did not
  carry over (the round-15 code 0.329 / 0.392, the code before round 15 0.252 / 0.315).
  Development union of sixteen files: full_row 0.628, subject 0.692.
- Round 16 (reports in traditional characters folded one-for-one in the clean view; periods of
  the older national reports: estimate lead clauses, five-year plan figures quoted in a review,
  years inside a review span, counts reached as stock; the verb before a count kept with the
  counted noun after it; a rank in a clause of its own ranks the figure before): heldout15 blind
  full_row 0.403, subject 0.487 (lenient 0.851), period_kind 0.968, year 0.942, span 0.929
  (the round-15 code: 0.383 / 0.455 / 0.968 / 0.942 / 0.929; the code before round 15: 0.331 /
  0.396). Development union of fifteen files: full_row 0.625, subject 0.688 (heldout14, tuned on
  from this round: 0.270 -> 0.335; national 1954's period_kind 0.280 -> 0.788).
- Round 15 (two conflicts of the gold settled first, CONVENTIONS.md, and the older sets'
  rows re-annotated by reading: the verb that says what happened to the counted things stays in
  the subject, light verbs go; areas of things done carry 面积 or 容量; then clause topics as the
  entity of their chain, the governing verb carried along a list, stages and 净增 closing a
  clause): heldout14 blind full_row 0.270, subject 0.374 (lenient 0.690), period_kind 0.782,
  year 0.897, span 0.897 (the round-14 code: 0.195 / 0.293 / 0.782 / 0.897 / 0.897); its modern
  paragraphs 0.368 full row, national 1954 and 1958 0.020 (1954 is in traditional characters).
  Development union of fourteen files (re-annotated): full_row 0.637, subject 0.698 (heldout13,
  tuned on from this round: 0.333 -> 0.503; the round-14 code on the re-annotated union of
  thirteen: 0.621 / 0.683).
- Round 14 (fixes kept only when they gained beyond the sets they were found on, or were
  neutral there: unit fragments and 生产X as subjects, 新建改造 whole, people reached; creation verbs
  and 新增 lists as new counts, scoped ranks, start values of merges): heldout13 blind full_row
  0.333, subject 0.352 (lenient 0.794), period_kind 0.945, year 0.982, span 0.970 (the round-13
  code: 0.327 / 0.346 / 0.944 / 0.981 / 0.969). Development union of thirteen files: full_row
  0.633, subject 0.696 (heldout12, tuned on from this round: 0.292 -> 0.347). Two annotators of
  heldout11 and heldout12 agree on 0.910 and 0.762 of subjects, 0.889 and 0.715 of full rows
  (agreement/; extraction_agreement.csv).
- Round 13 (subject extent: cut verbs, lead words, predicates naming counts; spans from lead
  lines, kinds of placements and cuts): heldout12 blind full_row 0.292, subject 0.345 (lenient
  0.774), period_kind 0.923, year 0.958, span 0.935 (the round-12 code: 0.280 / 0.333 / 0.923 /
  0.958 / 0.935). Development union of twelve files: full_row 0.649, subject 0.710 (heldout11,
  tuned on from this round: 0.272 -> 0.421).
- Round 12 (counts measured by their kind, predicates naming counts, sector measures; list
  announcements, year ranges, kinds of thresholds and households): heldout11 blind full_row
  0.272, subject 0.400 (lenient 0.821), period_kind 0.911, year 0.962, span 0.804 (the round-11
  code: 0.268 / 0.396 / 0.906 / 0.957 / 0.804): the round's subject classes did not carry over to
  these modern task paragraphs. Development union of eleven files: full_row 0.671, subject 0.733,
  period_kind 0.954, year 0.965, span 0.951 (heldout10, tuned on from this round: 0.368 ->
  0.489).
- Round 11: heldout10 blind full_row 0.368, subject 0.557 (the round-10 code 0.351 / 0.500).
- Blind full_row of the held-out sets so far (blind_scores.csv): 0.462, 0.599, 0.500, 0.600,
  0.489, 0.322, 0.279, 0.110, 0.171, 0.368, 0.272, 0.292, 0.333, 0.270, 0.403, 0.350, 0.310,
  0.196, 0.319, 0.372, 0.351, 0.230, 0.113, 0.358, 0.390, 0.500, 0.287, 0.558, 0.320, 0.532,
  0.394, 0.429, 0.319, 0.237, 0.447, 0.418, 0.358, 0.358, 0.435, 0.341, 0.486, 0.406, 0.471,
  0.579, 0.432, 0.426, 0.500, 0.471, 0.467, 0.481, 0.280, 0.258, 0.375, 0.450, 0.633, 0.459,
  0.519, 0.286, 0.306, 0.392, 0.430, 0.475, 0.565, 0.640, 0.491, 0.447, 0.434, 0.415, 0.582, 0.482, 0.364, 0.469,
  0.463, 0.343, 0.462, 0.529, 0.484, 0.472, 0.407, 0.675, 0.345, 0.425, 0.250, 0.469, 0.400:
  far below
  the aim (0.90) on unseen reports.
- Baseline before issue 11 (dev / held-out): full_row 0.356 / 0.139, subject 0.611 / 0.532,
  period_kind 0.783 / 0.699, year 0.639 / 0.312, span 0.661 / 0.601.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd
import pytest

from govreport.quantities.evaluation import (
    DEV_SETS,
    FIELDS,
    HELDOUT_SET,
    Score,
    diff_markdown,
    merge,
    read_csv_rows,
    score_sets,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"
DIFF = ROOT / "_build" / "quantities-corpus-diff.md"

#: Round 27 added heldout25 (81 rows, blind full row .390) to the union. The twenty-five files
#: before it rose in the round (full row .6211 -> .6240, subject .6785 -> .6803), but the harder set
#: pulls the union of twenty-six down (full row .6207, subject .6764, precision .9757, recall
#: .9830, targets .6964): those floors moved down with the set's weight alone, a documented trade.
#: Round 28 added heldout26 (70 rows, blind full row .500, lenient .765, targets .333): the union
#: of twenty-seven files has targets .6940 and lenient .8466 with the round-27 code (the set's
#: weight alone, a documented trade), period_kind .9598 -> .9605 with round 28's counts reached.
#: Round 29 added heldout27 (82 rows, blind full row .287, subject .325, period_kind .850): the
#: union of twenty-eight files with the round-28 code has full row .6168, subject .6708, lenient
#: .8386, measure .5353, period_kind .9583, full_row_all .6061, targets .6887: those floors moved
#: down with the set's weight alone (a documented trade).
#: Round 30 added heldout28 (53 rows, blind full row .558, measure lower than the union's): the
#: union of twenty-nine files has measure .5329 with the round-29 code (the set's weight alone, a
#: documented trade); a payer's allocating verb dropped from its fund's subject (round 30) took
#: full row .6194 -> .6214, subject .6715 -> .6734, targets .6899 -> .6972; a count whose subject
#: opens with a verb of creation, written before its noun, counted as new units (round 30) took
#: full row .6214 -> .6228, kind .9566 -> .9583, targets .6972 -> .7014.
# Round 31: heldout29 joined the union (its blind full row .320 against the 28 files' .623), so
# kind, period kind, subject and the full rows of the union were lowered to the new union's
# values (a trade of set composition, not of code: the round's change only gains rows).
# Round 32: heldout30 joined the union (47 rows, blind measure .277 against the union's .53): the
# union of thirty-one files has measure .5285 with the round-31 code (the set's weight alone, a
# documented trade); a share of a class of things named by their predicate (round 32) took
# subject .6684 -> .6691, full row .6187 -> .6189, measure .5285 -> .5295.
# Round 34: heldout32 joined the union (65 rows; the set's weight alone lowered year, subject,
# subject lenient and measure, a documented trade: with the base code (91bc46f) and the gold as
# it then stood the union of thirty-three files has measure .5276 and year .96699). Gold
# conventions round 34 re-annotated 26 rows (spans of five-year reviews take the nearest
# governing words; 了 dropped; predicate 的 noun): union full row .6163 -> .6127 on the gold
# change alone. The round's code: an adverbial before a figure read as no subject and a leading
# preposition of the agent dropped (subject +13 rows in 7 sets); lead lines govern the span
# whether attributive or adverbial, an inner period governs only what it opens, a year's aside
# pauses the lead (span .9570 -> .9640 over the 2008, 2011 and 2013 national reports).
# Round 35: heldout33 joined the union (91 matched rows, blind full row .319; its 1955-1957 rows
# nearly all wrong): with the base code (1178fe5) the union of thirty-four files has period kind
# .9511, span .9625, subject lenient .8398, full row .6119 and full row of all rows .6005, so those
# thresholds went down to it (the set's weight alone, a documented trade). The round's code, a
# framing clause before the subject dropped (国家预算规定…, 明年计划…), took subject .6647 ->
# .6674, full row .6119 -> .6134, lenient .8398 -> .8401, no row lost.
# Round 36: heldout34 joined the union (38 matched rows, blind full row .237): with the base code
# (b28c9bd) the union of thirty-five files has period kind .9478, year .9639, subject .6649, full
# row .6103 and full row of all rows .5986 (the set's weight alone, a documented trade). The
# round's code, staff and pupils on the rolls counted as a stock (also in a plan part's past
# figures), took period kind .9478 -> .9498 and full row .6103 -> .6114, no row lost.
# Round 37: heldout35 joined the union (47 matched rows, blind full row .447): its weight alone
# takes full row to .6097 and measure to .5268 (a documented trade); the round's code, a quoted
# programme or campaign opening a clause named as its topic, took full row .6097 -> .6099 and
# subject +3 rows (heldout14, heldout35), no row lost.
# Round 38: heldout36 joined the union (57 rows, blind full row .418); with it and the base code
# the union of thirty-seven files has full row .6076, subject .6617, period kind .9483 and year
# .9626. The round's subject code (residue of sums, adverbials, modal and framing verbs) and its
# period code (ranks, size grades, compared plan periods, places that stand established) together
# took full row to .6135, subject to .6686, period kind to .9526 and year to .9667; no threshold
# went down.
# Round 39: heldout37 joined the union (53 matched rows, blind full row .358); with it and the
# base code the union of thirty-eight files has full row .6106, subject .6653, period kind .9506.
# The round's subject code (when-words, notes and time words out of subjects, wholes closed by 中,
# a change after a share) and period code (reports without part headings) together took full row
# to .6153, subject to .6709, period kind to .9538; no threshold went down.
# Round 40: heldout38 joined the union (53 matched rows, blind full row .358); with it and the
# base code the union of thirty-nine files has full row .6124, subject .6712, period kind .9516,
# year .9649, span .960 and measure .5303. The round's subject code (provinces as heads, 面积,
# 争取, 新 + verb) and period code (去年 in a later clause, 多年来, kinds reached, 平均 by now)
# took full row to .6170, subject to .6741, period kind to .9531, span to .9621, measure to
# .5312, year unchanged; no row was lost. Three thresholds are lower than round 39's only
# because the union's composition changed: year .965 -> .963, span .962 -> .961, measure .531
# -> .530 (heldout38's rows weigh them down; the code loses none of the earlier rows).
# Gold conventions, round 40 (CONVENTIONS.md; 17 rows re-annotated by reading, the majority of
# 109 and of 582 rows kept): with the same code, full row .6170 -> .6192, year .9649 -> .9657,
# span .9621 -> .9630, subject .6741 -> .6750 -- the code already wrote the majority's reading.
# Gold conventions, round 41 (a verb before the counted noun without an added 的, 590 rows against
# 32; a figure a duration qualifies keeps its own span, 13 against 5; 35 rows re-annotated, heldout39's
# 4 kept as scored blind): same code, full row .6192 -> .6206, subject .6750 -> .6769, span .9630 ->
# .9636.
# Round 41: heldout39 joined the union (62 rows, blind full row .435; its 2 rows of round 41's
# convention re-annotated); with it and the base code the union of forty files has full row
# .6187, subject .6746, targets .709. The round's subject code (one-character stops inside
# dictionary words, distributive 各, 推动 as a pivot verb; a bare measure owned by the topic of the
# clause before) took full row to .6210, subject to .6773, targets to .7128; no row was lost.
# Four thresholds are lower than round 40's only because of heldout39's weight: precision .972 ->
# .971, kind .954 -> .953, measure .530 -> .528, targets .712 -> .711 (the code loses none of the
# earlier rows).
# Gold conventions, round 42 (CONVENTIONS.md: a 的 the text writes stays, in the text's own phrase
# and between an entity and its measure noun; 60 rows re-annotated by reading, heldout40's 2 kept as
# scored blind): same code, 17 rows turn right and 8 wrong (the code drops the 的 of 粮食和棉花的产量),
# full row .6210 -> .6228, subject .6773 -> .6798, targets .7128 -> .7062.
# Round 42: heldout40 joined the union (49 rows, blind full row .341; its 2 rows of round 42's
# convention re-annotated); with it and the base code the union of forty-one files has full row
# .6203, subject .6782, targets .7060, measure .5278. The round's subject code (time and sum
# adverbials out of subjects; a list's verb shared by its objects across 和/及 and units) took full
# row to .6225, subject to .6811, targets to .7088, and with the measure taking off a whole verb
# chain, measure .5278 -> .5302; no full row was lost. Lower than round 41's because of
# heldout40's weight only: recall, value_high, period kind, span, qualifier, subject_lenient.
# Round 43: heldout41 joined the union (36 rows, blind full row .486); with it and the same code
# the union of forty-two files (4,970 rows) has full row .6216, subject .6807, targets .7047,
# measure .5298. Lower than round 42's because of heldout41's weight only: kind, year, subject,
# full row, full_row_all, targets.
# The round's code (split lists without a cut inside a word; the year of a 由A到B start value; a
# verb before a class word, 全国 before a counted noun) took full row to .6228, subject to .6823,
# year to .9663, period kind to .9530; no row was lost.
# Round 44: heldout42 joined the union (74 rows, blind full row .406); with it and the same code
# the union of forty-three files (5,044 rows) has full row .6198, subject .6797, period kind .9502,
# year .9638, targets .6965. Lower than round 43's only because of heldout42's weight.
# Gold conventions, round 44 (CONVENTIONS.md: a scope word before a predicate + 的 + noun subject
# stays, 6 rows; round 42's 的 rule applied to 5 rows it had missed; verbs of adding before a count
# and the round-27 population years confirmed, no row changed): same code, full row .6198 -> .6204,
# subject .6797 -> .6805.
# The round's code (conditional figures of no period; hedges ending a dictionary word not read;
# 一倍 as a multiple) took full row to .6209, period kind to .9531, year to .9667, recall to .9812;
# 9 full rows turn right and none wrong. Lower, because the ten 一倍 rows now found are matched
# but not all fully right: value_base (the known 倍 conflict: the sets write the multiple, the
# code growth in %), measure, and full row of heldout7, 9, 24, 27, 33, 34.
# Round 45: heldout43 joined the union (58 rows, blind full row .471); with it and the same code
# the union of forty-four files (5,102 rows) has full row .6194, subject .6784, period kind .9530,
# year .9670, targets .6934. Lower than round 44's only because of heldout43's weight.
# The round's code (reduction verbs as negative changes; conjunction and hedge words taken whole)
# took full row to .6200, subject to .6790, kind to .9540, targets to .6943; 3 full rows turn
# right and none wrong.
# Round 46: heldout44 joined the union (77 rows, blind full row .579); with it and the same code
# the union of forty-five files (5,179 rows) has full row .6194, subject .6799, period kind .9521,
# year .9663, targets .6952.
# The round's code (idioms; 一半; magnitude grades as rows; the verb before counted things; clause
# fragments as subjects) took full row to .6204, subject to .6813, recall to .9838, targets to
# .6961; 18 full rows turn right and 1 wrong. Measure falls to .5254 and value_base to .9761
# because the 19 rows now found (grades, 一半) are matched without the gold's built measure
# (产业规模) or its value_base for a fraction.
# Round 47: heldout45 joined the union (37 rows, blind full row .432); with it and the same code
# the union of forty-six files (5,216 rows) has full row .6191, subject .6802, period kind .9521,
# year .9661, targets .6950.
# The round's code (a topic clause's noun run carried to a bare measure; 总 + relational head; an
# adverbial before a relative clause kept) took full row to .6202 and subject to .6814; 6 full
# rows turn right and none wrong.
# Round 48: heldout46 joined the union (47 rows, blind full row .426); with it and the same code
# the union of forty-seven files (5,263 rows) has full row .6185, subject .6793, period kind .9519,
# year .9660, targets .6954.
# The round's code (开工 and completion predicates; 新 + verb, 布局 / 认定 / 评定 before a count; a
# measure that needs its owner takes the body before it) took full row to .6219, kind to .9569,
# targets to .7016, subject to .6802; 18 full rows turn right and none wrong.
# Round 49: heldout47 joined the union (32 rows, blind full row .500); with it and the same code
# the union of forty-eight files (5,295 rows) has full row .6212, subject .6795, period kind .9513,
# year .9660, targets .7031.
# The round's code (verbs of enlarging or reducing before a share; 增长 / 扩招 before an amount; a
# counted noun read by word classes before its predicate; totals and standing things reached) took
# full row to .6233, kind to .9584, period kind to .9520, subject to .6807, targets to .7048; 11
# full rows turn right and none wrong.
# Round 50: heldout48 joined the union (34 rows, blind full row .471); with it and the same code
# the union of forty-nine files (5,329 rows) has full row .6223, subject .6799, period kind .9514,
# year .9657, targets .7053.
# The round's code (a 的-modifier before a count kept with the counted noun; lasting status and
# counts reached read as stocks) took full row to .6231, subject to .6805, period kind to .9525;
# 4 full rows turn right and none wrong.
# Round 51: heldout49 joined the union (47 rows, blind full row .467); with it and the same code
# the union of fifty files (5,376 rows) has full row .6217, subject .6786, period kind .9524,
# year .9658, targets .7015.
# The round's code (a share's fronted whole put back; a subjectless clause on its opening topic; a
# completing predicate closing a list of counts) took full row to .6248, subject to .6824, kind to
# .9584, period kind to .9526, targets to .7024; 16 full rows turn right and none wrong.
# Round 52: heldout50 joined the union (31 rows, blind full row .481); with it and the same code
# the union of fifty-one files (5,407 rows) has full row .6240, subject .6818, period kind .9522,
# year .9652, targets .7025.
# The round's code (an adverbial before a predicate dropped from the subject; spans counted within
# the plan, written with their postposition, and governing a sentence they open) took full row to
# .6246, span to .9631, targets to .7042; 3 full rows turn right and none wrong.
# Round 53: heldout51 joined the union (27 rows, blind full row .280); with it and the same code
# the union of fifty-two files (5,434 rows) has full row .6230, subject .6808, period kind .9519,
# year .9652, targets .7029.
# The round's code (a figure inside a 的-modifier measuring its noun; rates read in order; 为 + a
# counted beneficiary; 累计 kept on a summed rate; a verb hedge across 了) took full row to .6279,
# subject to .6831, qualifier to .9802, targets to .7037; 26 full rows turn right and none wrong.
# Round 54: heldout52 joined the union (33 rows, blind full row .258); with it and the same code
# the union of fifty-three files (5,467 rows) has full row .6257, subject .6806, period kind .9518,
# year .9652, targets .7022.
# The round's code (a head noun shared by a list of graded counts; counts of times; insurance
# reach in people; durations) took full row to .6289, subject to .6836, period kind to .9522,
# qualifier to .9808, targets to .7039; 17 full rows turn right and none wrong.
# Round 55: heldout53 joined the union (57 rows, blind full row .375); with it and the same code
# the union of fifty-four files (5,524 rows) has full row .6263, subject .6812, period kind .9508,
# year .9641, targets .6987.
# The round's code (allocated amounts named by their purpose; a bare disposal verb counting the
# noun before it; a verb + 为 before a share a level; a run of shares naming its whole once; a
# comparison base not a span) took full row to .6288, subject to .6839, kind to .9584, targets to
# .7046; 14 full rows turn right and none wrong.
# Round 56: heldout54 joined the union (41 rows, blind full row .450); with it and the same code
# the union of fifty-five files (5,565 rows) has full row .6275, subject .6837, period kind .9510,
# year .9632, targets .7039.
# The round's code (a comparison's period governing only its own figures; a plan's part keeping
# the plan's name; grades of a physical measure as sizes) took full row to .6297, year to .9647,
# span to .9632, subject to .6844; 12 full rows turn right and none wrong.
# Round 57: heldout55 joined the union (30 rows, blind full row .633); with it and the same code
# the union of fifty-six files (5,595 rows) has full row .6298, subject .6843, period kind .9514,
# year .9649, targets .7036.
# The round's code (a gap to any named base; a compound unit shared along a list; a character
# opening a word kept in a subject; a pilot's places named by the pilot) took full row to .6316,
# subject to .6861, unit to .9953, targets to .7045; 10 full rows turn right and none wrong.
# Round 58: heldout56 joined the union (62 rows, blind full row .459); with it and the same code
# the union of fifty-seven files (5,657 rows) has full row .6297, subject .6840, period kind
# .9514, year .9651, targets .6993.
# The round's code (verbs of what was done to the counted things kept; respective lists sharing
# a modifier, a split word and a tally word; a list item's bare measure taking the previous
# item's entity) took full row to .6327, subject to .6869, targets to .7009; 17 full rows turn
# right and none wrong.
# Round 59: heldout57 joined the union (27 rows, blind full row .519); with it and the same code
# the union of fifty-eight files (5,684 rows) has full row .6322, subject .6862, period kind
# .9511, year .9649, targets .7001.
# The round's code (an age bound in a group's name no hedge and kept in the count's subject; a
# service's people named …人数; a bare magnitude sharing the list's unit) took full row to .6331,
# subject to .6871, qualifier to .9812, targets to .7033; 5 full rows turn right and none wrong.
# Round 60: heldout58 joined the union (23 rows, blind full row .286); with it and the same code
# the union of fifty-nine files (5,707 rows) has full row .6318, subject .6860, period kind .9508,
# year .9643, targets .7037.
# The round's code (a restricting relative clause kept before the counted noun; a bare measure
# after a comma topic taking the topic; an approximating 上 before a round magnitude dropped) took
# full row to .6332, subject to .6879, targets to .7045; 8 full rows turn right and none wrong.
# Round 61: heldout59 joined the union (62 rows, blind full row .306); with it and the same code
# the union of sixty files (5,769 rows) has full row .6296, subject .6855, period kind .9510,
# year .9646, span .9601, unit .9945, targets .6987.
# The round's code (transport work in a product unit read whole; a span carried from an earlier
# paragraph giving way to the plan's last year written; verbs of rules and levies cleared kept
# before a count) took full row to .6309, span to .9614, unit to .9954, subject to .6859,
# targets to .6995; 7 full rows turn right and none wrong.
# Round 62: heldout60 joined the union (123 rows, blind full row .392); with it and the same code
# the union of sixty-one files (5,892 rows) has full row .6259, subject .6841, period kind .9485,
# year .9636, span .9592, unit .9955, targets .6962.
# The round's code (a bare count of years governing only its own clause under a paragraph's own
# opening span; a clause opening with 分别 taking a list from the clause before; 九年义务教育 a
# name) took full row to .6283, subject to .6851, span to .9615; 14 full rows turn right and none
# wrong.
# Round 63: heldout61 joined the union (101 rows, blind full row .430); with it and the same code
# the union of sixty-two files (5,993 rows) has full row .6250, subject .6823, period kind .9482,
# year .9623, span .9601, unit .9954, targets .6958.
# The round's code (a rate's unit stopping at its denominator; written years listed before their
# count read as the sentence's span; a yearly average after two years compared taking no heading
# span) took full row to .6258, span to .9613, year to .9630, unit to .9956; 5 full rows turn
# right and none wrong.
# Round 64: heldout62 joined the union (83 rows, blind full row .475); with it and the same code
# the union of sixty-three files (6,076 rows) has full row .6238, subject .6796, period kind .9477,
# year .9626, span .9618, unit .9956, targets .6906.
# The round's code (明年 and a growth target after the indicator out of subjects; parallel items
# of a respectively-list sharing their head; note references out of the clean view; 不到 bounding
# a growth) took full row to .6250, subject to .6807, targets to .6930; 7 full rows turn right and
# none wrong.
# Round 65: heldout63 joined the union (72 rows, blind full row .565); with it and the same code
# the union of sixty-four files (6,148 rows) has full row .6243, subject .6807, period kind .9477,
# year .9629, span .9614, unit .9954, targets .6899.
# The round's code (units PF and 印张; networks and capacities in service as stocks; 统一 out of
# subjects; a bare total after an added amount named by the things added to) took full row to
# .6257, subject to .6818, period kind to .9482, recall to .9826; 10 full rows turn right and
# none wrong.
# Round 66: heldout64 joined the union (90 rows, blind full row .640); with it and the same code
# the union of sixty-five files (6,238 rows) has full row .6259, subject .6824, period kind .9476,
# year .9626, span .9618, unit .9958, targets .6882.
# The round's code (an output named with 的 keeping it; a three-character measure head shared by a
# respectively-list) took full row to .6269, subject to .6835, targets to .6904; 6 full rows turn
# right and none wrong.
# Round 67: heldout65 joined the union (54 rows, blind full row .491); with it and the same code
# the union of sixty-six files (6,292 rows) has full row .6257, subject .6830, period kind .9471,
# year .9623, span .9615, unit .9958, targets .6904.
# The round's code (a hedge word inside a quoted name hedging nothing) took full row to .6261,
# qualifier to .9801; 2 full rows turn right and none wrong.
# Round 68: heldout66 joined the union (82 rows, blind full row .447); with it and the same code
# the union of sixty-seven files (6,374 rows) has full row .6239, subject .6808, period kind .9476,
# year .9626, span .9612, unit .9957, targets .6860.
# The round's code (units Eflops, 厘米, 毫米, 克/千克; 止跌 out of subjects; 累计 inside a rate's name
# hedging nothing) took full row to .6244, recall to .9827, targets to .6867; 6 full rows turn
# right and none wrong.
# Round 69: heldout67 joined the union (83 rows, blind full row .434); with it and the same code
# the union of sixty-eight files (6,457 rows) has full row .6218, subject .6802, period kind .9468,
# year .9627, span .9616, unit .9948, targets .6851.
# The round's code (list item markers, 加上 / 还有 / 则 and noun-like verbs out of subjects; 约有 a
# hedge; a written base after a programme's demand; 用于…增加 a level) took full row to .6229,
# qualifier to .9800, targets to .6880; 7 full rows turn right and none wrong.
# Round 70: heldout68 joined the union (66 rows, blind full row .415); with it and the same code
# the union of sixty-nine files (6,523 rows) has full row .6208, subject .6792, period kind .9464,
# year .9630, span .9609, unit .9947, targets .6870.
# The round's code (premise adverbials; 基金积累 a stock; 由于 ends a counted noun; 新增 over any
# unit; 5连增; 解决…的 people; a head count's entity; 带动的) took full row to .6235, subject to
# .6824, targets to .6913; 18 full rows turn right and none wrong.
# Round 71: heldout69 joined the union (55 rows, blind full row .582); with it and the same code
# the union of seventy files (6,578 rows) has full row .6231, subject .6817, period kind .9468,
# year .9634, span .9609, unit .9947, targets .6883.
# The round's code (上调 and 的增速 growths; 制造能力 lists count_new; one-character heads; …的人;
# 到去年的 without a span; 增加 before counted things count_new; 零部件 no number) took full row to
# .6253, kind to .9580, targets to .6926; 14 full rows turn right and none wrong.
# Round 72: heldout70 joined the union (58 rows, blind full row .482); with it and the same code
# the union of seventy-one files (6,636 rows) has full row .6241, subject .6823, period kind
# .9462, year .9635, span .9606, unit .9946, targets .6927.
# The round's code (a share's topic before its move; no range to a year; thresholds before a class
# of units; steps crossed; assets a stock) took full row to .6254, subject to .6838, kind to
# .9583; 9 full rows turn right and none wrong.
# Round 73: heldout71 joined the union (55 rows, blind full row .364); with it and the same code
# the union of seventy-two files (6,691 rows) has full row .6233, subject .6816, period kind
# .9451, year .9637, span .9600, unit .9947, targets .6891.
# The round's code (a fund named after its amount; headless counts; routes opened; 放在第一位 no
# rank) took full row to .6239, precision to .9721, targets to .6898; 4 full rows turn right and
# none wrong.
# Round 74: heldout72 joined the union (54 rows, blind full row .469); with it and the same code
# the union of seventy-three files (6,745 rows) has full row .6227, subject .6812, period kind
# .9439, year .9629, span .9600, unit .9946, targets .6888.
# The round's code (steps reached, 五年增量, 较“十三五”; 发展到; adjective + 的 nouns; ratings named
# as classes; parts of added totals) took full row to .6252, subject to .6839, kind to .9585;
# 17 full rows turn right and none wrong.
# Round 75: heldout73 joined the union (42 rows, blind full row .463); with it and the same code
# the union of seventy-four files (6,787 rows) has full row .6243, subject .6827, period kind
# .9444, year .9634, span .9598, unit .9949, targets .6903.
# The round's code (counts in words end nouns; thresholds before counted units; 多 / 少 differences;
# a scope's output; 至少增产; negations; added lengths listed) took full row to .6250, kind to
# .9591; 5 full rows turn right and none wrong.
# Round 76: heldout74 joined the union (37 rows, blind full row .343); with it and the same code
# the union of seventy-five files (6,824 rows) has full row .6235, subject .6820, period kind
# .9447, year .9632, span .9600, unit .9948, targets .6876.
# The round's code (a rate before 增长 a growth; 跨上; 生产资料; 少支 differences; 准备 a modal) took
# full row to .6238, kind to .9591; 2 full rows turn right and none wrong.
# Round 77: heldout75 joined the union (39 rows, blind full row .462); with it and the same code
# the union of seventy-six files (6,863 rows) has full row .6229, subject .6813, period kind
# .9437, year .9621, span .9597, unit .9948, targets .6880.
# The round's code (获 predicates; 二人转; sizes before counted things; a change opener's next
# object) took full row to .6233, kind to .9592; 3 full rows turn right and none wrong.
# Round 78: heldout76 joined the union (38 rows, blind full row .529); with it and the same code
# the union of seventy-seven files (6,901 rows) has full row .6229, subject .6813, period kind
# .9432, year .9624, span .9599, unit .9947, targets .6856.
# The round's code (二千零十七; the plan year's elapsed months actual; 千分之 a unit) took full row
# to .6230, unit to .9959, value to .9960; 1 full row turns right and none wrong.
# Round 79: heldout77 joined the union (32 rows, blind full row .484); with it and the same code
# the union of seventy-eight files (6,933 rows) has full row .6224, subject .6807, period kind
# .9441, year .9624, span .9596, unit .9959, targets .6855.
# The round's code (大约 before a change verb; concessive leads; 覆盖人数; 成千成万) took full row to
# .6230, subject to .6811; 4 full rows turn right and none wrong.
# Round 80: heldout78 joined the union (36 rows, blind full row .472); with it and the same code
# the union of seventy-nine files (6,969 rows) has full row .6222, subject .6803, period kind
# .9439, year .9623, span .9595, unit .9959, targets .6842.
# The round's code (year words out of subjects; one figure after a 分别 list; relocated people; 严守;
# standing networks and running-year estimates without headings; populations by their noun) took
# full row to .6247, subject to .6829; 17 full rows turn right and none wrong.
# Round 81: heldout79 joined the union (28 rows, blind full row .407); with it and the same code
# the union of eighty files (6,997 rows) has full row .6238, subject .6823, period kind .9443,
# year .9625, span .9593, unit .9958, targets .6875.
# The round's code (较五年前; 比…的预计数; sizes before facilities; 占 shares after a frame; 试制成功;
# 半数; 部分; round 80's stock reading without headings reverted) took full row to .6245, subject to
# .6830; 8 full rows turn right and 1 wrong (the revert).
# Round 82: heldout80 joined the union (41 rows, blind full row .675); with it and the same code
# the union of eighty-one files (7,038 rows) has full row .6248, subject .6838, period kind .9441,
# year .9620, span .9587, unit .9960, targets .6899.
# The round's code (years attributed to a clause's subject; 在…方面 sums; 占本年预算…; lists of
# tasks) took full row to .6266, subject to .6851; 12 full rows turn right and none wrong.
# Round 83: heldout81 joined the union (30 rows, blind full row .345); with it and the same code
# the union of eighty-two files (7,068 rows) has full row .6254, subject .6846, period kind .9441,
# year .9620, span .9588, unit .9960, targets .6927.
# The round's code (成立 and comma lists of counts; verbs before named examples; network lengths
# from A to B; plans setting figures; earlier plans as bases; 缩减; 上千万; 几; 以来 spans; totals
# after added amounts) took full row to .6283, subject to .6861; 22 full rows turn right and none
# wrong.
# Round 84: heldout82 joined the union (41 rows, blind full row .425); with it and the same code
# the union of eighty-three files (7,109 rows) has full row .6271, subject .6852, period kind
# .9441, year .9614, span .9585, unit .9960, targets .6939.
# The round's code (屡创历史新高 and 增产 runs; a bare 累计 left behind a verb's clause; 全国共完成…)
# took full row to .6286, subject to .6864; 10 full rows turn right and none wrong.
# Round 85: heldout83 joined the union (35 rows, blind full row .250); with it and the same code
# the union of eighty-four files (7,144 rows) has full row .6268, subject .6847, period kind
# .9422, year .9603, span .9574, unit .9960, targets .6938.
# The round's code (高达; 翻了一番) took full row to .6271, qualifier to .9815; 3 full rows turn
# right and none wrong.
# Round 86: heldout84 joined the union (35 rows, blind full row .469); with it and the same code
# the union of eighty-five files (7,179 rows) has full row .6264, subject .6841, period kind
# .9416, year .9596, span .9563, unit .9960, targets .6953.
# The round's code (带动 before a rate's subject; 并网发电) took full row to .6265, kind to .9595;
# 1 full row turns right and none wrong.
# Round 87: heldout85 joined the union (45 rows, blind full row .400); with it and the same code
# the union of eighty-six files (7,224 rows) has full row .6251, subject .6828, period kind
# .9408, year .9580, span .9551, unit .9961, targets .6965.
# The round's code (plans fulfilled: results, named with their plan; periods writing their last
# year; month ranges with a doubled dash) took full row to .6263, subject to .6839, year to .9592;
# 9 full rows turn right and none wrong.
# Round 88: heldout86 joined the union (34 rows, blind full row .424); with it and the same code
# the union of eighty-seven files (7,258 rows) has full row .6254, subject .6827, period kind
# .9417, year .9593, span .9556, unit .9961, targets .6928.
# The round's code (包括 out of subjects) turned no row right or wrong.
# Round 89: heldout87 joined the union (29 rows, blind full row .464); with it and the same code
# the union of eighty-eight files (7,287 rows) has full row .6248, subject .6822, period kind
# .9408, year .9582, span .9546, unit .9961, targets .6928.
# The round's code (conditionals without their conjunction; 之一; adverbs before 占) took full row
# to .6249, period kind to .9419, year to .9594, span to .9559; 1 full row turns right and none
# wrong.
# Round 90: heldout88 joined the union (36 rows, blind full row .417); with it and the same code
# the union of eighty-nine files (7,323 rows) has full row .6239, subject .6814, period kind
# .9412, year .9589, span .9553, unit .9961, targets .6918.
# The round's code (plants sized by their yearly output; no list measure from a class) took full
# row to .6247, kind to .9590, period kind to .9422; 6 full rows turn right and none wrong.
# Round 91: heldout89 joined the union (19 rows, blind full row .105); with it and the same code
# the union of ninety files (7,342 rows) has full row .6233, subject .6807, period kind .9421,
# year .9598, span .9559, unit .9961, targets .6882. No class was kept.
# Round 92: heldout90 joined the union (29 rows, blind full row .517); with it and the same code
# the union of ninety-one files (7,371 rows) has full row .6229, subject .6801, period kind .9419,
# year .9598, span .9556, unit .9961, targets .6866.
# The round's code (占有率; a subject's own span out; 比去年同期; 完成年计划; 到…为止) took full row
# to .6236, subject to .6807, period kind to .9422, span to .9558, targets to .6873; 5 full rows
# turn right and none wrong.
# Round 93: heldout91 joined the union (25 rows, blind full row .360); with it and the same code
# the union of ninety-two files (7,396 rows) has full row .6227, subject .6798, period kind .9417,
# year .9598, span .9558, unit .9961, targets .6867.
# The round's code (以货币计算; 估算; 现已) took full row to .6230, subject to .6802, span to .9560;
# 2 full rows turn right and none wrong.
# Round 94: heldout92 joined the union (30 rows, blind full row .448); with it and the same code
# the union of ninety-three files (7,426 rows) has full row .6223, subject .6795, period kind
# .9410, year .9588, span .9553, unit .9962, targets .6879.
# The round's code (A年和B年; 收到; 计划安排) took full row to .6224, subject to .6797, year to
# .9590, span to .9556; 1 full row turns right and none wrong.
# Round 95: heldout93 joined the union (28 rows, blind full row .393); with it and the same code
# the union of ninety-four files (7,454 rows) has full row .6215, subject .6797, period kind
# .9401, year .9581, span .9548, unit .9962, targets .6883.
# The round's code (本年 out of a whole; people doing; a scope before a predicate subject; the
# four-character completions) took full row to .6225, subject to .6808, kind to .9584, period kind
# to .9404, year to .9584, span to .9551; 7 full rows turn right and none wrong.
# Round 96: heldout94 joined the union (21 rows, blind full row .286); with it and the same code
# the union of ninety-five files (7,475 rows) has full row .6215, subject .6800, period kind
# .9403, year .9585, span .9552, unit .9961, targets .6865, precision .9699.
# The round's code (再降 / 还少; 载重吨; 约为) took full row to .6221, subject to .6803, kind to
# .9581, unit to .9962, qualifier to .9819, targets to .6871; 4 full rows turn right and none wrong.
# Round 97: heldout95 joined the union (29 rows, blind full row .310); with it and the same code
# the union of ninety-six files (7,504 rows) has full row .6208, subject .6790, period kind
# .9389, year .9577, span .9539, unit .9962, value .9955, targets .6875.
# The round's code (四、五十亿元 ranges; a plan compared with out of a subject) took value to
# .9961, value_high to .9988, subject to .6791; no full row turns right or wrong.
# Round 98: heldout96 joined the union (17 rows, blind full row .438); with it and the same code
# the union of ninety-seven files (7,521 rows) has full row .6205, subject .6788, period kind
# .9383, year .9573, span .9535, unit .9962, targets .6880.
# The round's code (例如 out; years as written; a year between owner and verb) took subject to
# .6792; no full row turns right or wrong.
# Round 99: heldout97 joined the union (15 rows, blind full row .667); with it and the same code
# the union of ninety-eight files (7,536 rows) has full row .6205, subject .6793, period kind
# .9384, year .9573, span .9536, unit .9962, targets .6883.
# The round's code (an exception frame's close; 已经; 扩充…学位) took full row to .6208, subject to
# .6794, kind to .9573, targets to .6889; 2 full rows turn right and none wrong.
# Round 100: heldout98 joined the union (16 rows, blind full row .500); with it and the same code
# the union of ninety-nine files (7,552 rows) has full row .6206, subject .6794, period kind
# .9383, year .9572, span .9534, unit .9962, value .9960, kind .9569, targets .6892.
# The round's code (今明两年 a span) took precision to .9701; no full row turns right or wrong.
# Round 101: heldout99 joined the union (13 rows, blind full row .462); with it and the same code
# the union of a hundred files (7,565 rows) has full row .6203, subject .6790, period kind
# .9383, year .9572, span .9535, unit .9962, kind .9566, targets .6887.
# The round's code (位 before people; a full-width part-year span) took full row to .6204,
# subject to .6792; 1 full row turns right and none wrong.
# Round 102: heldout100 joined the union (14 rows, blind full row .357); with the same code the
# union of a hundred and one files (7,579 rows) has full row .6199, subject .6786, period kind
# .9383, year .9573, span .9536, unit .9962, kind .9569, targets .6866. No code change.
# Round 103: heldout101 joined the union (12 rows, blind full row .083); with it and the same code
# the union of a hundred and two files (7,591 rows) has full row .6191, subject .6777, period kind
# .9381, year .9571, span .9536, unit .9962, kind .9566, targets .6840.
# The round's code (a span inside the subject out of it; 铺轨 count_new) took full row to .6199,
# subject to .6787, kind to .9570; 6 full rows turn right and none wrong.
# Round 104: heldout102 joined the union (74 rows, blind full row .569); with it and the same code
# the union of a hundred and three files (7,665 rows) has full row .6194, subject .6780, period
# kind .9378, year .9569, span .9537, unit .9960, kind .9569, targets .6832.
# The round's code (comparisons with a plan's end; a gap after a ratio; 亩次; stocks of from-to
# lengths and merges) took full row to .6200, subject to .6786, period kind to .9380; 5 full rows
# turn right and none wrong.
# Round 105: heldout103 joined the union (43 rows, blind full row .342); with it and the same code
# the union of a hundred and four files (7,708 rows) has full row .6186, subject .6773, period
# kind .9379, year .9570, span .9525, unit .9960, kind .9566, targets .6824.
# The round's code (the perfective 了 out of the subject) took full row to .6189, subject to
# .6778; 2 full rows turn right and none wrong.
# Round 106: heldout104 joined the union (51 rows, blind full row .647); with it and the same code
# the union of a hundred and five files (7,759 rows) has full row .6191, subject .6784, period
# kind .9382, year .9563, span .9520, unit .9961, kind .9565, targets .6817.
# The round's code (a per-head measure shared by two items; a share after an adverb) took full
# row to .6195, subject to .6789, targets to .6835; 3 full rows turn right and none wrong.
# Round 107: heldout105 joined the union (56 rows, blind full row .527); with it and the same code
# the union of a hundred and six files (7,815 rows) has full row .6188, subject .6790, period
# kind .9380, year .9561, span .9514, unit .9961, kind .9564, targets .6815.
# The round's code (a predicate ending on another head; funds' sizes stocks) took full row to
# .6192, period kind to .9385, targets to .6821; 3 full rows turn right and none wrong.
# Round 108: heldout106 joined the union (36 rows, blind full row .417); with it and the same code
# the union of a hundred and seven files (7,851 rows) has full row .6183, subject .6779, period
# kind .9386, year .9561, span .9514, unit .9960, kind .9558, targets .6800.
# The round's code (an item joined by 和 split for a 分别 list's extra figures; 毛 / 净 in a shared
# measure) took full row to .6185, subject to .6782; 2 full rows turn right and none wrong.
# Round 109: heldout107 joined the union (63 rows, blind full row .413); with it and the same code
# the union of a hundred and eight files (7,914 rows) has full row .6169, subject .6773, period
# kind .9387, year .9564, span .9504, unit .9960, kind .9562, targets .6759.
# The round's code (a written range opening a later sentence frames that sentence only; 改扩建 and
# 维修改造 in a verb chain; 组建 a verb of new bodies, 共同体 a noun; an item's own verb and a
# sibling people count carry nothing; firms over a count in 户 a stock) took full row to .6187,
# span to .9517, subject to .6778, period kind to .9388, targets to .6777; 14 full rows turn
# right and none wrong.
# Round 110: heldout108 joined the union (50 rows, blind full row .520); with it and the same code
# the union of a hundred and nine files (7,964 rows) has full row .6180, subject .6773, period
# kind .9387, year .9563, span .9518, unit .9960, kind .9567, targets .6772.
# The round's code (a comma clause with its own subject and verb is no part of a sum before it;
# 累计 / 年均 between an entity and its verb leave the subject; 本年将 / 本年内 lead no subject)
# took full row to .6196, period kind to .9396, qualifier to .9828, subject to .6778; 12 full
# rows turn right and none wrong.
# Round 111: heldout109 joined the union (43 rows, blind full row .762); with it and the same code
# the union of a hundred and ten files (8,007 rows) has full row .6203, subject .6788, period
# kind .9391, year .9559, span .9516, unit .9961, kind .9572, targets .6800.
# The round's code (years counted opening a clause after a colon; a doubling before the level
# reached; a year alone and a case line's tail name nothing) took full row to .6215, subject to
# .6797, period kind to .9396, year to .9564; 9 full rows turn right and none wrong.
# Round 112: heldout110 joined the union (45 rows, blind full row .477); with it and the same code
# the union of a hundred and eleven files (8,052 rows) has full row .6207, subject .6788, period
# kind .9395, year .9564, span .9521, unit .9961, kind .9570, targets .6812.
# The round's code (增设 adds units; the start count of standing units in a plan a stock; 连续
# ends a counted noun; people a problem is solved for in a bare unit the population) took full
# row to .6216, period kind to .9399, subject to .6794, targets to .6830; 7 full rows turn right
# and none wrong.
# Round 113: heldout111 joined the union (38 rows, blind full row .263); with it and the same code
# the union of a hundred and twelve files (8,090 rows) has full row .6198, subject .6781, period
# kind .9398, year .9567, span .9517, unit .9961, kind .9567, targets .6829.
# The round's code (多 after 倍 hedges the multiple; the share of a budget fulfilled is the
# amount's before it) took full row to .6202, qualifier to .9839; 3 full rows turn right and
# none wrong.
# Round 114: heldout112 joined the union (39 rows, blind full row .447); with it and the same code
# the union of a hundred and thirteen files (8,129 rows) has full row .6194, subject .6771,
# period kind .9399, year .9569, span .9519, unit .9961, kind .9569, targets .6784.
# The round's code (a list of ratings per piece takes the measure written before its first item)
# took full row to .6198, subject to .6775; 3 full rows turn right and none wrong.
# Round 115: heldout113 joined the union (21 rows, blind full row .714); with it and the same code
# the union of a hundred and fourteen files (8,150 rows) has precision .9697, full row .6200,
# subject .6777, period kind .9398, year .9571, span .9517, kind .9571, targets .6796.
# The round's code (五年内 opening a clause is the plan's span, not a quantity; the verb after
# leading years says the kind) took precision to .9743 (68 rows of a duration no gold annotates
# gone); no full row turns right or wrong.
# Round 116: heldout114 joined the union (14 rows, blind full row .429); with it and the same code
# the union of a hundred and fifteen files (8,164 rows) has precision .9743, full row .6197,
# subject .6774, period kind .9396, year .9570, span .9517, kind .9571, targets .6792.
# The round's code (a share compared with a written year's is of that year; a named span of
# years, 关键性五年 / 第一个五年 / 后三年, no duration) took precision to .9782 (38 rows no gold
# annotates gone), period kind to .9397, year to .9571; no full row turns right or wrong.
# Round 117: heldout115 joined the union (14 rows, blind full row .286); with it and the same code
# the union of a hundred and sixteen files (8,178 rows) has precision .9781, full row .6191,
# subject .6767, period kind .9397, year .9571, span .9516, kind .9568, targets .6786.
# The round's code (a headless 的-clause before 有 counts a part of the things counted before it,
# new units when they are; a relative clause of starting opens a count of new units; a count of
# laws keeps its verb of law-making; the object of 将 / 把 is named by what is done to it) took
# full row to .6206, subject to .6781, kind to .9575, measure to .5077, targets to .6798; 13 full
# rows turn right and one wrong (1987 制定和颁布了５９项行政法规, which heldout28 writes bare).
# Round 118: heldout116 joined the union (10 rows, blind full row .400); with it and the same code
# the union of a hundred and seventeen files (8,188 rows) has precision .9779, full row .6203,
# subject .6778, period kind .9395, year .9569, span .9515, kind .9574, targets .6793.
# The round's code (a range in Chinese numerals writing its magnitude and unit at both ends is one
# row; an area with 以上 before the land it measures is no class; 至少 before 完成 sets a floor;
# 守住 / 坚守 leave the subject) took precision to .9787, value_high to .9995, unit to .9964,
# full row to .6206, targets to .6799; 2 full rows turn right and none wrong.
# Round 119: heldout117 joined the union (9 rows, blind full row .375); with it and the same code
# the union of a hundred and eighteen files (8,197 rows) has precision .9785, full row .6203,
# subject .6777, period kind .9396, year .9569, span .9516, kind .9576, targets .6791.
# The round's code (an allocation with no purpose after it takes the purpose of the clause before,
# 为加快…体系建设 / 增加…投入) took full row to .6207, subject to .6780, targets to .6808; 3 full
# rows turn right and none wrong.
# Round 120: heldout118 joined the union (13 rows, blind full row .615); with it and the same code
# the union of a hundred and nineteen files (8,210 rows) has precision .9785, full row .6207,
# subject .6781, period kind .9395, year .9570, span .9517, kind .9574, targets .6805.
# The round's code (a subscript a web page set on a line of its own, 广义货币M / 2 / 增长…, joins
# its paragraph again in the clean view) took full row to .6208, subject to .6783; 1 full row
# turns right and none wrong (8 corpus rows of national 2014-2022 changed).
# Round 121: heldout119 joined the union (9 rows, blind full row .444); with it and the same code
# the union of a hundred and twenty files (8,219 rows) has precision .9786, full row .6206,
# subject .6781, period kind .9396, year .9570, span .9516, kind .9573, targets .6801.
# The round's code (the adverb 共 / 共有 leaves a subject after its owner, 全国 + 共 no word 国共;
# 今后五年里 a span as written) took full row to .6212, subject to .6788; 5 full rows turn right
# and none wrong.
# Round 122: heldout120 joined the union (11 rows, blind full row .556); with it and the same code
# the union of a hundred and twenty-one files (8,230 rows) has precision .9786, recall .9827,
# full row .6212, subject .6787, period kind .9395, year .9570, span .9517, targets .6792.
# The round's code (a letter l / I typed for the digit 1 inside a number is read as 1; the
# allocating verb leaves a fund's subject once an adverbial between it and the payer has gone)
# took recall to .9829, full row to .6213, targets to .6803; 2 full rows turn right and none
# wrong.
# Round 123: heldout121 joined the union (7 rows, blind full row .429); with it and the same code
# the union of a hundred and twenty-two files (8,237 rows) has precision .9786, recall .9829,
# full row .6212, subject .6786, period kind .9395, year .9570, span .9517, targets .6803.
# The round's code (a line break a web page put inside a sentence, after a zero-width-space line
# or around a link set on a line of its own, leaves the clean view; a clause classing an
# indicator, 经济增速是综合性指标, names the figure the clause after it sets) took recall to
# .9831, full row to .6221, subject to .6796, targets to .6808; 9 full rows turn right and none
# wrong (value .9962 -> .9960: a 1957 figure broken across lines is now read, as the text has it).
# Round 124: heldout122 joined the union (6 rows, blind full row .400); with it and the same code
# the union of a hundred and twenty-three files (8,243 rows) has precision .9786, recall .9830,
# full row .6220, subject .6794, period kind .9397, year .9572, span .9519, targets .6808.
# The round's code (the scope between 为 and a count of people stays after the predicate's 的; a
# troop cut written as a verb, 军队裁员 / 裁军 / 军队裁减, is a change of 军队员额, measured 员额)
# took full row to .6222, subject to .6797, measure to .5081; 2 full rows turn right and none
# wrong.
# Round 125: heldout123 joined the union (11 rows, blind full row .500); with it and the same code
# the union of a hundred and twenty-four files (8,254 rows) has precision .9786, recall .9829,
# full row .6221, subject .6795, period kind .9395, year .9572, span .9519, targets .6815. The
# round's code (a line closing on a comma joins the next in the clean view, as does a section
# heading's line that holds its first sentence; the two patterns of a headless 的-clause before 有
# are one) changed no gold row and no corpus row.
# Round 126: heldout124 joined the union (16 rows, blind full row .400); with it and the same code
# the union of a hundred and twenty-five files (8,270 rows) has precision .9787, recall .9828,
# full row .6217, subject .6790, period kind .9395, year .9573, span .9520, targets .6800.
# The round's code (an item of a 新增 list naming an action of its own, 造林, takes no new word;
# a law-making phrase written before its count loses its agent, 国务院; the genre's access
# predicates, 通光纤 / 通宽带 / 通硬化路, name the villages counted) took full row to .6222,
# subject to .6795, kind to .9576, targets to .6811; 4 full rows turn right and none wrong.
# Round 127: heldout125 joined the union (11 rows, blind full row .556); with it and the same code
# the union of a hundred and twenty-six files (8,281 rows) has precision .9786, recall .9826,
# full row .6221, subject .6794, period kind .9392, year .9571, span .9519, targets .6816. The
# round's code (今明两年, this year and the next, is a span ending the year after the plan year)
# took period kind to .9393, year to .9572, span to .9521; no full row turned right or wrong.
# Round 128: heldout126 joined the union (5 rows, blind full row .500); with it and the same code
# the union of a hundred and twenty-seven files (8,286 rows) has precision .9786, recall .9825,
# full row .6220, subject .6793, period kind .9393, year .9573, span .9521, targets .6810. The
# round changed no code (its misses: a duration named by its plan, a count written N大, a
# coordinated predicate after the counted noun).
# Round 129: heldout127 joined the union (11 rows, blind full row .222); with it and the same code
# the union of a hundred and twenty-eight files (8,297 rows) has precision .9785, recall .9823,
# full row .6216, subject .6790, period kind .9391, year .9572, span .9520, targets .6805. The
# round's code (在 / 到本世纪末 opening a subject is the period's; 我国 stays before 人口, measured
# 人口) took full row to .6220, subject to .6794, measure to .5079; 4 full rows turn right and 1
# wrong (heldout10 1975 drops 我国 before 人口, against six rows of five other sets).
# Session 35 (no round: the sampling rule is spent): 育林, 开荒, 抚育 and 置换 end an action measured
# by its area (…面积, as 营造林面积): 5 corpus rows change, 2 full rows turn right (heldout41 2003,
# heldout100 1958), none wrong; full row .6220 -> .6222, subject .6794 -> .6796, targets .6805 -> .6810.
# Then 如期 before a counted predicate goes (10件民生实事如期兑现 -> 兑现的民生实事): 2 corpus rows, both
# turn right (heldout30 jiangxi, heldout103 jilin); full row .6225, subject .6799.
# Sessions 36-41 (no round) took full row to .6231, subject to .6805, precision to .9802. Session
# 42 (no round; classes in its commit messages): full row .6231 -> .6261, subject .6805 -> .6838,
# lenient .8572 -> .8580, kind .9574 -> .9581, precision .9802 -> .9806, recall .9823 -> .9826,
# targets .6816 -> .6865, measure .5086 -> .5131 (a school's student counts measured as 招生,
# 毕业学生, 在校学生); 28 full rows turn right (2 of them found: 六万万), 1 wrong (heldout102: 农村
# given to a list item the gold leaves bare).
# Session 43 (no round; classes in its commit messages, from 50 new pages of local reports and
# digests): full row .6261 -> .6271, subject .6838 -> .6849, precision .9806 -> .9816 (epithet years,
# counts of aspects), recall .9826 -> .9828, targets .6865 -> .6876, measure .5131 -> .5136,
# lenient .8580 (4 rows now name their programme with words the gold drops: 惠及…); 8 full rows
# turn right, none wrong.
# Session 44 (no round; classes in its commit messages, from 90 new excerpts of local reports and
# news pages): full row .6271 -> .6282, subject .6849 -> .6860, lenient .8580 -> .8585, precision
# .9816 -> .9821 (三门峡, 报告分N个部分, 3人制, 四年制), targets .6876 -> .6881; 9 full rows turn
# right (manner adverbs, items closed by 等+noun, a list's hedge ended), none wrong.
# Session 45 (no round; classes in its commit messages): full row .6282 -> .6310, subject .6860 ->
# .6893, lenient .8585 -> .8592, measure .5139 -> .5148, targets .6881 -> .6925, recall .9828 ->
# .9829; 25 full rows turn right (pivot verbs, kinds kept before 等, 历史性, 比上年末, quoted names
# after a count, 航次), 1 wrong (heldout14 2015: the gold drops the kinds 残疾军人、烈属…等).
# Session 46 (no round; classes in its commit messages, many from 100 new pages of local reports
# and news stories): full row .6315 -> .6329, subject .6898 -> .6911, measure .5148 -> .5178,
# targets .6930 -> .6947, recall .9829 -> .9832 (零增长), kind .9582 -> .9584, qualifier .9842 ->
# .9844, value_num .9961 -> .9963; 14 full rows turn right, 1 wrong (heldout13 anhui keeps 稳定
# before a predicate the other sets drop). A share with no
# whole named by its measure (投资占44% -> 投资的比重, as all 28 such gold rows write it) lowers
# lenient subject .8594 -> .8570: 24 rows whose found subject was a part of the gold's (社会文教
# 支出 in 地方社会文教支出占地方支出的比重) name the measure too and are contained no more.
# Session 47 (no round; classes in its commit messages, many from 50 more pages of county, city
# and provincial reports and digests): full row .6329 -> .6343, subject .6911 -> .6926, measure
# .5178 -> .5301 (the gold's groups: 粮食产量, 能耗强度, 货物周转量, 计划完成比例), recall .9832 ->
# .9846 (runs such as “18连增”, bare ratios 由3.27缩小至2.93, medals, 连续举办两届), kind .9584 ->
# .9591, period_kind .9398 -> .9405, year .9577 -> .9584, span .9523 -> .9527; 19 full rows turn
# right, none wrong. Precision .9821 -> .9817: the quoted runs dev, heldout2 and heldout32 leave as
# slogans are rows they do not hold (an open conflict, CONVENTIONS.md), so its floor is .981.
# Session 48 (no round; classes in its commit messages, many from 100 more pages of county, city
# and provincial reports of 1998-2025): full row .6343 -> .6350, subject .6926 -> .6934, lenient
# .8573 -> .8578, measure .5301 -> .5308, span .9527 -> .9530, period_kind .9405 -> .9408, year
# .9584 -> .9586, targets .6947 -> .6957 (增长预期目标定在…, 向民间资本推介…, 出产生铁, 后来…, a year
# a copula names); 5 full rows turn right, none wrong.
# Session 49 (no round; classes in its commit messages, many from 100 more pages of township,
# county, city and provincial reports and news stories, 2005-2026): full row .6350 -> .6369,
# full_row_all .6252 -> .6271, subject .6934 -> .6959, lenient .8578 -> .8584, measure .5308 ->
# .5319, kind .9591 -> .9596, period_kind .9408 -> .9411, year .9586 -> .9592, span .9530 -> .9532,
# qualifier .9845 -> .9846 (batches before counts, shares put to a use or covered, multiples with
# 为, animals written together, 铺排落实, a basis inside the subject); 16 full rows turn right,
# none wrong.
# Session 50 (no round; classes in its commit messages, from 100 more pages of county, district,
# zone and city reports and news stories, 1997-2026): full row .6369 -> .6377, full_row_all
# .6271 -> .6278, subject .6959 -> .6965, lenient .8584 -> .8586, measure .5319 -> .5324, span
# .9532 -> .9536 (counts of times of any action, 其中 + a year inside a period's total, 调整到);
# 6 full rows turn right, none wrong.
# Session 51 (no round; classes in its commit messages, from 100 more pages): full row .6377 ->
# .6379, subject .6965 -> .6968, lenient .8586 -> .8587; 2 full rows turn right, none wrong.
# Session 52 (no round): durations named by their task (用三年时间基本完成… -> …所用年数; a term
# extended and a time limit -> …期限), which turned one row of the held-out heldout128 right
# (blind .571 -> .714, national 2025 再延长30年): heldout128 promoted to development, no newer set
# yet. Union of a hundred and twenty-nine files (8,306 rows): full row .6378 -> .6388, subject
# .6967 -> .6978, lenient .8586 -> .8596, measure .5323 -> .5350; 8 full rows turn right, none
# wrong. Then counts that are no figures (a year range restated, 零件, 城乡二元, the report's
# own matters and measures: 重点抓好四件事, 两条道路的斗争, names of plans' years), years between a
# payer and its verb as a span, a benefit named after its amount, a level kept after new things:
# at the end of the session precision .9819 -> .9861, full row .6378 -> .6394, subject .6967 ->
# .6981, lenient .8586 -> .8600, kind .9596 -> .9598, span .9536 -> .9540, targets .6961 ->
# .6966; 13 full rows turn right, none wrong.
# Session 53 (no round; classes in its commit messages, from the gold's subject failures and 100
# more web pages of 1988-2026): people a programme reaches or benefits named by the programme,
# frames, bases and project stages that named a figure, the noun after a count ending at a list
# item that is a count or a clause, counts before a threshold, parts after 其中: full row .6394
# -> .6411, full_row_all .6294 -> .6311, subject .6981 -> .6999, lenient .8600 -> .8607,
# measure .5350 -> .5352, period_kind .9410 -> .9413, year .9593 -> .9595, span .9540 ->
# .9543, qualifier .9846 -> .9847, targets .6966 -> .6983; 14 full rows turn right, none wrong.
# Session 54 (no round; classes in its commit messages, from 100 more web pages of 1995-2026 and
# the gold's subject failures): a project's capacity inside its name (firm + product + 项目产能,
# 9 rows of heldout11, 16, 21 and 89), one verb word alone closing people's clause (参保的城乡
# 居民), rankings moved by 名 and 个位次, new stages after the things, budgets adjusted, scope
# parts, 新增 before a noun in a share: full row .6411 -> .6424, full_row_all .6311 -> .6323,
# subject .6999 -> .7012, lenient .8607 -> .8612, measure .5352 -> .5369, kind .9598 -> .9599,
# targets .6983 -> .7004; 10 full rows turn right, none wrong.
# Session 55 (no round; classes in its commit messages, from 250 more web pages of 1997-2026 and
# the gold's misses): bare 万 / 万亿 grades as class thresholds (9 rows in 7 sets against 2), places
# counted after digits, joined link verbs, a list's shares and gaps to several bases, stages after a
# count, a balance added to and a change in absolute terms, result headings continuing a review:
# full row .6424 -> .6427, full_row_all .6323 -> .6335, recall .9843 -> .9857, kind .9599 ->
# .9604, subject .7012 -> .7014, lenient .8612 -> .8617, targets .7004 -> .7015 (precision .9861
# -> .9857, measure .5369 -> .5366: rows newly matched, not all full); 10 full rows turn right,
# none wrong.
DEV_THRESHOLDS = {
    "precision": 0.985,
    "recall": 0.985,
    "value_num": 0.996,
    "value_high": 0.999,
    "unit": 0.996,
    "value_base": 0.975,
    "kind": 0.960,
    "period_kind": 0.941,
    "year": 0.959,
    "span": 0.954,
    "qualifier": 0.984,
    "subject": 0.701,
    "subject_lenient": 0.862,
    "measure": 0.537,
    "full_row": 0.642,
    "full_row_all": 0.633,
    "full_row_targets": 0.701,
}
DEV_FILE_FULL_ROW = {
    "dev": 0.860,
    "heldout": 0.885,
    "heldout2": 0.822,
    "heldout3": 0.867,
    "heldout4": 0.907,
    "heldout5": 0.776,
    "heldout6": 0.758,
    "heldout7": 0.722,
    "heldout8": 0.593,
    "heldout9": 0.640,
    "heldout10": 0.627,
    "heldout11": 0.672,
    "heldout12": 0.601,
    "heldout13": 0.703,
    "heldout14": 0.619,
    "heldout15": 0.648,
    "heldout16": 0.509,
    "heldout17": 0.482,
    "heldout18": 0.517,
    "heldout19": 0.471,
    "heldout20": 0.563,
    "heldout21": 0.604,
    "heldout22": 0.490,
    "heldout23": 0.258,
    "heldout24": 0.484,
    "heldout25": 0.531,
    "heldout26": 0.601,
    "heldout27": 0.406,
    "heldout28": 0.697,
    "heldout29": 0.359,
    "heldout30": 0.637,
    # (round 83: 0.532 -> 0.527 only because 一百几十亿元, missed before, is now found, with its
    # subject and period wrong: a matched row more, none lost)
    "heldout31": 0.527,
    "heldout32": 0.570,
    "heldout33": 0.455,
    "heldout34": 0.413,
    "heldout35": 0.552,
    "heldout36": 0.617,
    "heldout37": 0.451,
    # (round 83: 0.565 -> 0.554 only because 十几万…案件, missed before, is now found, with its
    # subject wrong: a matched row more, none lost)
    "heldout38": 0.554,
    "heldout39": 0.563,
    "heldout40": 0.453,
    "heldout41": 0.693,
    "heldout42": 0.462,
    "heldout43": 0.508,
    "heldout44": 0.635,
    "heldout45": 0.539,
    "heldout46": 0.424,
    "heldout47": 0.655,
    "heldout48": 0.499,
    "heldout49": 0.465,
    "heldout50": 0.517,
    "heldout51": 0.279,
    "heldout52": 0.321,
    "heldout53": 0.552,
    "heldout54": 0.699,
    "heldout55": 0.765,
    "heldout56": 0.605,
    "heldout57": 0.628,
    "heldout58": 0.475,
    "heldout59": 0.353,
    "heldout60": 0.440,
    "heldout61": 0.449,
    "heldout62": 0.474,
    "heldout63": 0.564,
    "heldout64": 0.639,
    "heldout65": 0.489,
    "heldout66": 0.446,
    "heldout67": 0.432,
    "heldout68": 0.414,
    "heldout69": 0.580,
    "heldout70": 0.481,
    "heldout71": 0.362,
    "heldout72": 0.468,
    "heldout73": 0.462,
    "heldout74": 0.341,
    "heldout75": 0.460,
    "heldout76": 0.528,
    "heldout77": 0.482,
    "heldout78": 0.471,
    "heldout79": 0.406,
    "heldout80": 0.674,
    "heldout81": 0.343,
    "heldout82": 0.424,
    "heldout83": 0.249,
    "heldout84": 0.467,
    "heldout85": 0.443,
    "heldout86": 0.423,
    "heldout87": 0.499,
    "heldout88": 0.526,
    "heldout89": 0.104,
    "heldout90": 0.619,
    "heldout91": 0.439,
    "heldout92": 0.447,
    "heldout93": 0.463,
    "heldout94": 0.380,
    "heldout95": 0.310,
    "heldout96": 0.437,
    "heldout97": 0.799,
    "heldout98": 0.499,
    "heldout99": 0.461,
    "heldout100": 0.427,
    "heldout101": 0.249,
    "heldout102": 0.624,
    "heldout103": 0.420,
    "heldout104": 0.685,
    "heldout105": 0.580,
    "heldout106": 0.471,
    "heldout107": 0.570,
    "heldout108": 0.599,
    "heldout109": 0.856,
    "heldout110": 0.612,
    "heldout111": 0.262,
    "heldout112": 0.525,
    "heldout113": 0.713,
    "heldout114": 0.427,
    "heldout115": 0.713,
    "heldout116": 0.499,
    "heldout117": 0.499,
    "heldout118": 0.691,
    "heldout119": 0.554,
    "heldout120": 0.699,
    "heldout121": 0.570,
    "heldout122": 0.799,
    "heldout123": 0.499,
    "heldout124": 0.599,
    "heldout125": 0.554,
    "heldout126": 0.499,
    "heldout127": 0.332,
    "heldout128": 0.713,
}
HELDOUT_THRESHOLDS = {
    "precision": 0.970,
    "recall": 0.747,
    "value_num": 0.970,
    "value_high": 0.970,
    "unit": 0.970,
    "value_base": 0.970,
    "kind": 0.970,
    "period_kind": 0.827,
    "year": 0.970,
    "span": 0.970,
    "qualifier": 0.970,
    "subject": 0.541,
    "subject_lenient": 0.684,
    "measure": 0.398,
    "full_row": 0.541,
    "full_row_all": 0.414,
    "full_row_targets": 0.970,
}


def scores(names: tuple[str, ...]) -> dict[str, Score]:
    return score_sets(GOLD, names, RAW)


def report_line(name: str, s: Score) -> str:
    summary = s.summary()
    names = ("precision", "recall", *FIELDS, "full_row", "full_row_all", "full_row_targets")
    return f"{name}: " + ", ".join(f"{k}={summary[k]:.3f}" for k in names)


def write_diff(s: Score) -> None:
    DIFF.parent.mkdir(exist_ok=True)
    title = "Quantities vs corpus development gold (" + " + ".join(DEV_SETS) + ")"
    DIFF.write_text(diff_markdown(s, title), encoding="utf-8")


@pytest.fixture(scope="module")
def dev_files() -> dict[str, Score]:
    return scores(DEV_SETS)


@pytest.fixture(scope="module")
def dev(dev_files: dict[str, Score]) -> Score:
    s = merge(dev_files.values())
    write_diff(s)
    return s


def test_dev_gold_is_located_and_exhaustive(dev: Score) -> None:
    assert dev.n_gold >= 8297


@pytest.mark.parametrize("name", sorted(DEV_THRESHOLDS))
def test_dev_scores(dev: Score, name: str) -> None:
    value = dev.summary()[name]
    assert value >= DEV_THRESHOLDS[name], f"dev {name} {value:.3f} < {DEV_THRESHOLDS[name]}"


@pytest.mark.parametrize("name", sorted(DEV_FILE_FULL_ROW))
def test_dev_file_full_row(dev_files: dict[str, Score], name: str) -> None:
    value = dev_files[name].summary()["full_row"]
    limit = DEV_FILE_FULL_ROW[name]
    assert value >= limit, f"{name} full_row {value:.3f} < {limit}"


def test_subject_split_by_source_adds_up_and_most_misses_are_built_subjects(dev: Score) -> None:
    """The split of subject accuracy by the gold subject's source (verbatim in its paragraph, or
    built by the annotator) reassembles the exact subject score, and over the union the
    extractor is far weaker on built subjects: the book's reading of where the gap lies."""
    split = dev.subject_by_source()
    share = split["subject_verbatim"]
    whole = share * split["subject_on_verbatim"] + (1 - share) * split["subject_on_built"]
    assert whole == pytest.approx(dev.accuracy("subject"), abs=1e-9)
    assert 0.3 < share < 0.9  # both kinds are common in the gold
    assert split["subject_on_verbatim"] - split["subject_on_built"] > 0.3


@pytest.fixture(scope="module")
def heldout() -> Score:
    return scores((HELDOUT_SET,))[HELDOUT_SET]


@pytest.mark.parametrize("name", sorted(HELDOUT_THRESHOLDS))
def test_heldout_scores(heldout: Score, name: str) -> None:
    value = heldout.summary()[name]
    limit = HELDOUT_THRESHOLDS[name]
    assert value >= limit, f"held-out {name} {value:.3f} < {limit}"


def test_book_reports_the_set_not_used_for_tuning(tmp_path: Path) -> None:
    """The book's accuracy comes from the newest held-out set present."""
    from govreport.quantities.evaluation import heldout_name

    (tmp_path / "heldout.csv").write_text("report_id\n", encoding="utf-8")
    assert heldout_name(tmp_path) == "heldout"
    (tmp_path / "heldout3.csv").write_text("report_id\n", encoding="utf-8")
    assert heldout_name(tmp_path) == "heldout3"
    (tmp_path / "heldout2.csv").write_text("report_id\n", encoding="utf-8")
    assert heldout_name(tmp_path) == "heldout3"
    assert heldout_name(GOLD) == HELDOUT_SET == "heldout128"


def test_blind_record_lists_every_held_out_set_and_its_newest_score_is_the_codes() -> None:
    """tests/data/gold_corpus/blind_scores.csv records each held-out set's one blind score, in
    the order the sets were made; its newest row is the current held-out set, not yet tuned on,
    so the current code must reproduce it. Between a set's promotion to development and the
    next set's arrival (its annotation runs beside the round that tunes on the promoted set),
    the code must score at least the record on it instead."""
    from govreport.quantities.evaluation import BLIND_FIELDS, HELDOUT_HISTORY, blind_history

    record = blind_history(GOLD)
    present = [n for n in HELDOUT_HISTORY if (GOLD / f"{n}.csv").exists()]
    assert list(record["gold_set"]) == present
    assert list(record["round"]) == sorted(record["round"])
    newest = record.iloc[-1]
    assert newest["gold_set"] == HELDOUT_SET
    summary = scores((HELDOUT_SET,))[HELDOUT_SET].summary()
    promoted = HELDOUT_SET in DEV_SETS
    for field in BLIND_FIELDS:
        if promoted:
            assert summary[field] > newest[f"acc_{field}"] - 0.0006, field
        else:
            assert abs(newest[f"acc_{field}"] - summary[field]) < 0.0006, field


def test_the_aim_is_judged_on_the_recent_blind_record_pooled_by_rows() -> None:
    """The numbers chapter judges the aims on the newest held-out sets' once-only scores pooled
    by rows, read here from the hand-kept record and the gold files themselves."""
    from govreport.quantities.evaluation import BLIND_RECORD, blind_history_glue
    from govreport.segmentation_eval import RECENT_BLIND_SETS

    table = pd.read_csv(ROOT / "data" / "processed" / "extraction_blind_history.csv")
    glue = blind_history_glue(table)
    with (GOLD / BLIND_RECORD).open(encoding="utf-8") as handle:
        record = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    recent = sorted(record, key=lambda row: int(row["round"]))[-RECENT_BLIND_SETS:]
    rows = {r["gold_set"]: len(read_csv_rows(GOLD / f"{r['gold_set']}.csv")) for r in recent}
    total = sum(rows.values())
    pooled = {
        field: sum(float(r[field]) * rows[r["gold_set"]] for r in recent) / total
        for field in ("full_row", "subject")
    }
    for field, value in pooled.items():
        assert glue[f"recent_{field}"] == f"{value:.0%}", field
    assert glue["recent_rows"] == str(total)
    assert glue["recent_sets"] == str(RECENT_BLIND_SETS)
    reached = pooled["full_row"] >= 0.90 and pooled["subject"] >= 0.90
    assert (glue["aim_verdict"] == "已达到") == reached


def test_what_the_rounds_gained_on_unseen_sets_is_read_from_the_record() -> None:
    """The numbers chapter's count of rounds that gained rows on their blind set, and the mean
    gain, recomputed from the hand-kept record (every note quoted whole: no row has more cells
    than the header)."""
    from govreport.quantities.evaluation import BLIND_RECORD, blind_history_glue

    with (GOLD / BLIND_RECORD).open(encoding="utf-8") as handle:
        reader = csv.reader(line for line in handle if not line.startswith("#"))
        header = next(reader)
        record = [dict(zip(header, row, strict=True)) for row in reader]
    measured = [r for r in record if r["before_full_row"]]
    gains = [float(r["full_row"]) - float(r["before_full_row"]) for r in measured]
    table = pd.read_csv(ROOT / "data" / "processed" / "extraction_blind_history.csv")
    glue = blind_history_glue(table)
    assert glue["before_sets"] == str(len(measured))
    assert glue["before_first"] == measured[0]["gold_set"]
    assert glue["gained_sets"] == str(sum(g > 1e-9 for g in gains))
    assert glue["mean_gain"] == f"{sum(gains) / len(gains) * 100:.1f}"


def test_a_record_row_with_an_unquoted_comma_is_an_error_not_a_cut_note(tmp_path: Path) -> None:
    from govreport.errors import InputError
    from govreport.quantities.evaluation import BLIND_RECORD, blind_history

    (tmp_path / "h.csv").write_text("report_id\nr\n", encoding="utf-8")
    header = "gold_set,round,commit,full_row,subject,period_kind,year,span,note\n"
    (tmp_path / BLIND_RECORD).write_text(header + "h,1,abc,0.5,0.5,1,1,1,cut, here\n", "utf-8")
    with pytest.raises(InputError, match="more cells than the header"):
        blind_history(tmp_path)
    (tmp_path / BLIND_RECORD).write_text(header + 'h,1,abc,0.5,0.5,1,1,1,"whole, here"\n', "utf-8")
    table = blind_history(tmp_path)
    assert table["note"].tolist() == ["whole, here"]
    assert table["before_full_row"].isna().all()


def test_an_excerpt_scores_only_its_opening_sentences_and_gold_beyond_it_is_an_error() -> None:
    """From heldout59 on, a listed paragraph may be annotated only through ``excerpt_end``: the
    extractor's rows after the excerpt count neither as found nor as extra, and a gold row after
    it is a slip reported in one line."""
    from govreport.errors import InputError
    from govreport.quantities.evaluation import score_report

    text = "标题\n一、去年增长5%。今年增长6%。\n"
    fields = dict.fromkeys((*FIELDS, "value_base", "measure"), "")
    gold = {**fields, "report_id": "r", "paragraph": "一、", "number_text": "5%"}
    gold["context"] = "去年增长5%"
    found = pd.DataFrame([{**fields, "number_start": text.index(n)} for n in ("5%", "6%")])
    whole = score_report([gold], [("一、", "")], text, found)
    excerpt = score_report([gold], [("一、", "增长5%。")], text, found)
    assert (whole.n_found, len(whole.extra)) == (2, 1)
    assert (excerpt.n_found, len(excerpt.extra), excerpt.n_matched) == (1, 0, 1)
    later = {**gold, "number_text": "6%", "context": "今年增长6%"}
    with pytest.raises(InputError, match="outside its excerpt: 今年增长6%"):
        score_report([gold, later], [("一、", "增长5%。")], text, found)
    with pytest.raises(InputError, match="excerpt end not found"):
        score_report([gold], [("一、", "增长7%。")], text, found)


def test_a_continuation_scores_its_own_sentences_and_finds_its_rows_in_them() -> None:
    """From heldout102 on, a listed unit may continue an earlier excerpt (``excerpt_start``): only
    the extractor's rows from there on count, and a gold context that also stands in the
    sentences before it is looked up inside the unit first."""
    from govreport.errors import InputError
    from govreport.quantities.evaluation import score_report

    text = "标题\n一、去年增长5%。今年增长5%。明年增长6%。\n"
    fields = dict.fromkeys((*FIELDS, "value_base", "measure"), "")
    gold = {**fields, "report_id": "r", "paragraph": "一、", "number_text": "5%"}
    gold["context"] = "增长5%"
    starts = [text.index("5%"), text.index("今年") + 4, text.index("6%")]
    found = pd.DataFrame([{**fields, "number_start": at} for at in starts])
    score = score_report([gold], [("一、", "5%。", "今年")], text, found)
    assert (score.n_found, score.n_matched, len(score.extra)) == (1, 1, 0)
    to_end = score_report([gold], [("一、", "", "今年")], text, found)
    assert (to_end.n_found, to_end.n_matched, len(to_end.extra)) == (2, 1, 1)
    with pytest.raises(InputError, match="excerpt start not found"):
        score_report([gold], [("一、", "", "后年")], text, found)


if __name__ == "__main__":
    names = tuple(sys.argv[1:]) or ("dev",)
    for name in names:
        if name == "dev":
            files = scores(DEV_SETS)
            for file, s in files.items():
                print(report_line(file, s))
            union = merge(files.values())
            write_diff(union)
            print(report_line("dev (" + "+".join(DEV_SETS) + ")", union))
        else:
            print(report_line(name, scores((name,))[name]))


def test_round_reach_record_follows_the_blind_record() -> None:
    """tests/data/gold_corpus/round_reach.csv (written by bench/round_reach.py) measures each
    round between the commits the blind record names: the code that scored the previous
    held-out set and the code that scored this round's. Its set sizes are the gold files' and
    its expected counts follow from its own columns, and the blind history carries it."""
    from govreport.quantities.evaluation import REACH_RECORD, blind_history

    reach = read_csv_rows(GOLD / REACH_RECORD)
    with (GOLD / "blind_scores.csv").open(encoding="utf-8") as handle:
        record = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    record.sort(key=lambda row: int(row["round"]))
    by_round = {int(row["round"]): n for n, row in enumerate(record)}
    assert reach, "no round measured"
    for row in reach:
        n = by_round[int(row["round"])]
        assert n > 0 and record[n]["before_full_row"], row["round"]
        assert row["gold_set"] == record[n]["gold_set"]
        assert row["commit_before"] == record[n - 1]["commit"]
        assert row["commit"] == record[n]["commit"]
        assert int(row["gold_rows"]) == len(read_csv_rows(GOLD / f"{row['gold_set']}.csv"))
        assert 0 <= int(row["rows_changed"]) and int(row["rows"]) > 0
        expected = int(row["rows_changed"]) / int(row["rows"]) * int(row["gold_rows"])
        assert abs(float(row["expected_blind_rows_changed"]) - expected) < 0.0006
    history = blind_history(GOLD).set_index("round")
    for row in reach:
        assert history.loc[int(row["round"]), "rows_changed"] == int(row["rows_changed"])
    assert history["rows_changed"].notna().sum() == len(reach)


def test_the_chapters_reading_of_the_rounds_reach_holds_on_the_record() -> None:
    """The numbers chapter draws three conclusions from the round-reach glue in words, not numbers:
    a round's change mostly touches less than one row of its held-out set (the median expected
    count below one), the rules work on unseen reports too (some rows turned right, net), and a
    round's reach is far below the gap to the full-row aim (the gap at least ten times the
    median share of rows a round changes). Each is checked against the record here, so a record
    that stops supporting one fails instead of leaving the prose wrong."""
    from govreport.quantities.evaluation import blind_history_glue

    table = pd.read_csv(ROOT / "data" / "processed" / "extraction_blind_history.csv")
    glue = blind_history_glue(table)
    chapter = (ROOT / "notebooks" / "03-numbers.md").read_text(encoding="utf-8")
    assert "也多半加不上一行" in chapter and float(glue["reach_expected"]) < 1
    assert "规则在没见过的报告上也起作用" in chapter and int(glue["reach_gained"]) > 0
    assert "离目标还很远" in chapter
    gap, share = float(glue["aim_gap"].rstrip("%")), float(glue["reach_share"].rstrip("%"))
    assert gap >= 10 * share, (gap, share)


def test_a_continuation_row_whose_context_begins_before_the_unit_is_found_in_it() -> None:
    """A gold context may open a few characters before a continuation's start (its number inside
    the unit): it is found there, not at an equal context in the sentences annotated before."""
    from govreport.quantities.evaluation import score_report

    text = "标题\n一、甲。今年增长5%。丙。今年增长5%，达到。\n"
    fields = dict.fromkeys((*FIELDS, "value_base", "measure"), "")
    gold = {**fields, "report_id": "r", "paragraph": "一、", "number_text": "5%"}
    gold["context"] = "。今年增长5%"  # (also in the sentences before the unit)
    at = text.index("今年增长5%，") + 4
    found = pd.DataFrame([{**fields, "number_start": at}])
    score = score_report([gold], [("一、", "", "今年增长5%，")], text, found)
    assert (score.n_found, score.n_matched) == (1, 1)


def test_a_set_without_plan_year_targets_reports_no_share_of_them() -> None:
    """heldout122 (round 123) holds no target row and no matched gold subject verbatim in its
    text: its quality table lists no full_row_targets and no subject_on_verbatim (a share of
    nothing printed as 0% would tell the reader every one was wrong), counts n_targets = 0, and
    the book's sentences say what the set cannot tell."""
    from govreport.quantities.evaluation import (
        GoldRow,
        Pair,
        labelled_score_rows,
        quality_glue,
    )

    def table(period_kind: str) -> pd.DataFrame:
        row = {"report_id": "r", "period_kind": period_kind}
        pair = Pair(GoldRow(row, 0, 1), {"period_kind": period_kind})
        correct = dict.fromkeys((*FIELDS, "full_row"), 1)
        score = Score(1, 1, 1, correct, [pair], [])
        rows = labelled_score_rows("h.csv", [row], score)
        return pd.DataFrame(
            rows, columns=["gold_set", "metric", "metric_label", "score", "reports"]
        )

    none, some = table("actual"), table("target")
    assert "full_row_targets" not in set(none["metric"])
    assert none.set_index("metric").loc["n_targets", "score"] == 0
    assert some.set_index("metric").loc[["full_row_targets", "n_targets"], "score"].tolist() == [
        1,
        1,
    ]
    assert quality_glue(none)["targets_sentence"].startswith("这份留出标注里没有计划年目标")
    # (the sentence states the rows and the share without judging it: "只有 100%" read wrong)
    assert "有 1 行是报告为计划年定下的目标" in quality_glue(some)["targets_sentence"]
    assert "全部字段都对的占 100%" in quality_glue(some)["targets_sentence"]
    # the same for the subjects by source: the one gold subject is built, none verbatim
    assert {"subject_on_built", "subject_verbatim"} <= set(none["metric"])
    assert "subject_on_verbatim" not in set(none["metric"])
    glued = quality_glue(none)
    assert "没有一个是所在段落里一字不差的原文" in glued["subject_source_sentence"]
    assert glued["subject_source_verdict"] == "主语全是标注者组合出来的，无从比较两类主语"
