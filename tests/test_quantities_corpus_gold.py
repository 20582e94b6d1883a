"""Score the quantities extractor against the hand-made corpus gold (tests/data/gold_corpus/).

The development gold (the extractor is tuned on it) is ``dev.csv`` + ``heldout.csv`` +
``heldout2.csv`` + ``heldout3.csv`` + ``heldout4.csv`` + ``heldout5.csv`` + ``heldout6.csv`` +
``heldout7.csv`` + ``heldout8.csv``, scored together and file by file; a readable diff of all goes
to ``_build/quantities-corpus-diff.md``. ``heldout.csv`` was the held-out set of rounds 1-2 of
issue 11, ``heldout2.csv`` (six other reports) that of round 3, ``heldout3.csv`` (six further
reports) that of round 4, ``heldout4.csv`` (six further reports) that of round 5,
``heldout5.csv`` (six further national reports: 1998, 2004, 2008, 2010, 2017, 2024) that of
round 6, ``heldout6.csv`` (national 1993, 1995, 1999, 2000, 2002, 2015) that of round 7,
``heldout7.csv`` (national 1957, 1980, 1986, 1992, 1994, 1997) that of round 8 and
``heldout8.csv`` (national 1955, 1978, 1979, 1982, 1984, 1988) that of round 9: each was scored
once as held-out (numbers below) and then PROMOTED to development (heldout in round 3, heldout2
in round 4, heldout3 in round 5, heldout4 in round 6, heldout5 in round 7, heldout6 in round 8,
heldout7 in round 9, heldout8 in round 10). The held-out set is the newest file of
:data:`govreport.quantities.evaluation.HELDOUT_HISTORY` present: ``heldout9.csv`` (national
1956, 1959, 1964, 1981, 1983, 1987), annotated by reading while round 10 was being made and never
looked at while tuning. Only aggregate numbers are asserted for the held-out set. Matching and fields: see :mod:`govreport.quantities.evaluation`. Run
``python tests/test_quantities_corpus_gold.py [dev] [heldout9]`` for the scores alone.

Thresholds: development (union) at the levels reached less 0.001 for rounding, full_row also per
file; held-out 0.03 below the levels reached (heldout9 scored once, at the end of round 10).

History (full_row, subject, period_kind, year, span):
- Round 11 (period fields; heldout9 PROMOTED to development, its blind score kept in
  blind_scores.csv; the next held-out set is being annotated): heldout9 full_row 0.171 -> 0.348,
  period_kind 0.768 -> 0.912, year 0.641 -> 0.917, span 0.867 -> 0.934, full_row_targets
  0.196 -> 0.255; heldout4 / heldout5 year up, no field of any file down. Classes: a part on the
  current situation (当前国内形势和基本任务) is the review; a report delivered at the end of its
  year (明年的计划 / 1982年的计划 named twice, no plan heading of that year: 1964, 1981) reviews
  its own year, with 今年…将/可达到 as estimates, and plans the next; 1986年同1978年相比 gives
  由A's start value the base year, 比1957年的A and 从1979年的A are results of the year written,
  低于1985年增长N% is 1985's; a heading year in Chinese digits counts as a year, a paragraph
  opening on a year after a carried past plan ends its span and 五年内 inside that plan counts
  its years; spans are reported as the raw text writes them (１至９月).
- heldout9, scored blind once at the end of round 10: full_row 0.171, subject 0.398 (lenient
  0.735), period_kind 0.768, year 0.641, span 0.867; unit 0.956, kind 0.906, value_num 0.983,
  qualifier 0.956, precision 0.943, recall 0.968; full_row_targets (the plan year's targets,
  all fields right, of all such gold rows; measured from round 10 on) 0.196 of 51 (the
  development union 0.785: dev 0.915 … heldout7 0.636, heldout8 0.000 of 6). National reports of 1956-1987; the round-9
  code scored 0.120 / 0.290 / 0.749 / 0.568 / 0.765 on it: round 10's rules for older reports
  carried over in part (span +0.10, subject +0.11), the year much less than on heldout8 (where
  round 10 was tuned: 0.324 -> 0.890).
- Round 10 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / heldout4.csv / heldout5.csv /
  heldout6.csv / heldout7.csv / heldout8.csv / union of the nine): full_row 0.878 / 0.851 / 0.717
  / 0.689 / 0.770 / 0.628 / 0.588 / 0.559 / 0.364 / 0.673, subject 0.911 / 0.879 / 0.727 / 0.791 /
  0.821 / 0.718 / 0.672 / 0.592 / 0.486 / 0.735 (lenient union 0.893), period_kind 0.989 / 0.971 /
  0.979 / 0.969 / 0.969 / 0.952 / 0.938 / 0.950 / 0.902 / 0.958, year 0.994 / 0.989 / 0.973 /
  0.980 / 0.995 / 0.957 / 0.955 / 0.961 / 0.890 / 0.967, span 0.978 / 0.971 / 0.995 / 0.954 /
  1.000 / 0.883 / 0.938 / 0.966 / 0.844 / 0.948; union unit 0.996, kind 0.934, value_num 0.994,
  qualifier 0.984, measure 0.549, precision 0.979 (heldout8 0.861 -> 0.961). The union of the
  nine scored full_row 0.630, subject 0.702 (lenient 0.868), period_kind 0.891, year 0.900, span
  0.902, kind 0.929, value_num 0.988, unit 0.987, measure 0.525, precision 0.965 before round 10
  (heldout8 alone: 0.110 / 0.266 / 0.335 / 0.324 / 0.509); no field of any file went down. Classes: the time cues read
  years written in Chinese digits (一九七八年, 一九八○年) as the years they are; a year compared
  with an earlier one (一九七七年比一九七六年, 农业总产值1981年比1980年) is the figure's year
  and opens its clause; multi-year spans of older reports: unquoted plan names
  (第六个五年计划期间, a heading 第一个五年计划概要), written year ranges (一九六六年到一九七六年,
  一九八一年到本世纪末 -> 2000), years counted from the plan year (今后八年, 三年内), 这两年中 /
  两年中 as written, 前三年 / 前四年 as the elapsed years of the five-year plan in force (1957:
  1955 / 1956), a counted span inside a named plan's period ends with that plan (五年内 in 1955
  -> 1957), a written single year opening a clause ends a span (，而1956年这一年…), a plan period
  opening the clause after a short lead clause or after 在 governs its paragraph (按照这样的部署，
  第六个五年计划期间，…); in a part without review/plan headings the governing period says
  result or plan; 预计 in a plan part is the running year's estimate (not 预计今年 budget
  forecasts); 计划为 in a review quotes that year's target; a written year right before a figure
  (一九八○年为…) anchors a plan's figure to that year's result; a target for the last year of the
  plan in force is plan_period; population counts (八亿农民) are stocks; span words (在五年内,
  十一年中, 过去二十八年) and decades (五十年代) are no quantities; compound numerals with two
  magnitudes are one number of the base unit (二十七亿四千万元 -> 2740000000 元); product lists
  carry 产量 (原煤 after 钢产量, 纸 after 棉纱产量; not 生猪出栏); 增产 + product is a change of
  the product's 产量; subject links of older reports (即, 使, 可以, 保证, 把, 每年) and 递增 / 计划
  after the measure go; comparison bases 比上一年 / 比第五个五年计划期间 go; 全国 stays before
  households (全国职工的工资总额); old units 平方公尺, 度, 匹; 今年 before a figure sets the plan
  year against a period in force; a bare 五年共… in a part whose plan period runs from the plan
  year on counts that plan's years; the year under review after a lead clause (…，在刚刚过去的
  1987年，…) ends a carried 五年来; 已由A上升到B in a plan part is a result. Not yet:
  新增生产能力 lists as count_new (1955), 安排…就业 as count_new, subjects defined by a condition (三分之一的省、市、自治区…所占比重),
  这十年里 in a plan as the plan's span, 三亿三千五百多万吨 (多 before the last magnitude),
  X的增长速度 as X (the kind would need the rate carried to the next figure). Conflicts left:
  heldout8 gives 到１９９２年 inside the 今后五年 heading no span where heldout2 keeps the plan's
  span for 力争到2030年 in a “十五五” part; heldout8 leaves spans off 平均每年增长 after explicit
  years (１９８２年为…，１９８７年提高到…) where heldout5's 2000年…，平均每年增长… keeps it.
- heldout8, scored blind once at the end of round 9: full_row 0.110, subject 0.266 (lenient
  0.561), period_kind 0.335, year 0.324, span 0.509; unit 0.931, kind 0.809, value_num 0.948,
  qualifier 0.977, precision 0.861, recall 0.977. National reports of 1955-1988, all but 1988
  without the part headings the structure reads; the round-8 code scored 0.104 / 0.237 / 0.335
  / 0.324 / 0.509 on it: round 9's rules for 1957- and 1980-style reports (a plan heading's
  year, clause-opening years, earlier plans as spans) did not carry over to these six.
- Round 9 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / heldout4.csv / heldout5.csv /
  heldout6.csv / heldout7.csv / union of the eight): full_row 0.872 / 0.851 / 0.717 / 0.679 /
  0.765 / 0.617 / 0.582 / 0.447 / 0.691, subject 0.911 / 0.879 / 0.727 / 0.791 / 0.816 / 0.718 /
  0.667 / 0.508 / 0.753 (lenient union 0.904), period_kind 0.983 / 0.971 / 0.979 / 0.959 /
  0.969 / 0.941 / 0.921 / 0.922 / 0.956, year 0.994 / 0.989 / 0.973 / 0.980 / 0.995 / 0.957 /
  0.949 / 0.899 / 0.968, span 0.978 / 0.971 / 0.995 / 0.954 / 1.000 / 0.878 / 0.932 / 0.872 /
  0.948; union unit 0.993, kind 0.943, value_num 0.993, qualifier 0.984. The union of the eight
  scored full_row 0.667, subject 0.735 (lenient 0.898), period_kind 0.921, year 0.919, span
  0.943, kind 0.932, value_num 0.987, qualifier 0.980 before round 9 (heldout7 alone: 0.279 /
  0.385 / 0.637 / 0.514 / 0.849). Classes: a plan part whose heading names a single year later
  than the plan year sets out that year's plan (national 1980: 1981年国民经济计划的任务和主要指标
  -> targets of 1981, told by the heading, not by report); in a part without a review or plan
  heading (1957, 1980) a written year opening a clause, carried through its paragraph, tells a
  result (up to the review year) from a plan and its year; the earlier five-year plans by their
  quoted names are spans ending in the plan's last year (“一五”时期 1957, “六五”期间 1985,
  “七五”计划 opening a clause 1990; 完成了“八五”计划 is no span); the full-width comma before three
  digits is a thousands separator (33，212万吨); 比1980年预计增长 is an estimated base, no 预计 hedge;
  增加了 N is a change; the national scope 全国 / 我国 leaves the subject except before fiscal and
  household indicators named with it (全国财政收入, 全国居民人均可支配收入: 23 gold rows keep it);
  plan adverbs (要, 将), older reports' clause adverbs (就, 仍然, 又) and 前N年 leave the subject.
  Not yet: amounts in Chinese numerals with two magnitudes (二十七亿四千万元 reads 2700004000
  万元), 前三年 of the first five-year plan as a span ending 1955, product lists that carry 产量
  (纸520万吨 after 棉纱产量 -> 纸产量), 五年内 / 五年 in a plan outline as its span.
- heldout7, scored blind once at the end of round 8: full_row 0.279, subject 0.385 (lenient
  0.726), period_kind 0.637, year 0.514, span 0.849; unit 0.972, kind 0.832, value_num 0.944,
  qualifier 0.950, precision 0.932, recall 0.989. National reports of 1957-1997: the plan
  reports of 1957 and 1980 have no review / plan part headings the structure reads, 1980's
  targets are for 1981 (the annotator's call, against the written convention "targets of report
  Y are year Y"), amounts are written in Chinese numerals with two magnitudes
  (二十七亿四千万元) and thousands separators (33，212万吨). The round-7 code scored 0.140 /
  0.363 / 0.637 / 0.514 / 0.849 on it (unit 0.698: that scorer did not read 百分之 as %).
- Round 8 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / heldout4.csv / heldout5.csv /
  heldout6.csv / union of the seven): full_row 0.872 / 0.851 / 0.717 / 0.673 / 0.765 / 0.612 /
  0.559 / 0.720, subject 0.911 / 0.879 / 0.727 / 0.786 / 0.816 / 0.713 / 0.650 / 0.783 (lenient
  union 0.922), period_kind 0.983 / 0.971 / 0.979 / 0.954 / 0.969 / 0.941 / 0.921 / 0.960, year
  0.994 / 0.989 / 0.973 / 0.974 / 0.995 / 0.957 / 0.938 / 0.975, span 0.978 / 0.971 / 0.995 /
  0.949 / 1.000 / 0.878 / 0.921 / 0.956; union unit 0.996, kind 0.946, value_num 0.993,
  qualifier 0.984. The union of the seven scored full_row 0.684, subject 0.769 (lenient 0.913),
  period_kind 0.941, year 0.957, span 0.954, unit 0.971, kind 0.942, value_num 0.983, qualifier
  0.966 before round 8. Classes: a long front before task-only part headings is the past year's
  review (national 2002: 22 rows had no period or year); percentages in words with decimals and
  ranges (百分之七点九, 百分之八至九, 百分之四至百分之五); the middle dot as a decimal point
  (19·5％); 五年间 / 五年平均 as the review's span; price adjustments (扣除物价因素) carry the
  subject before them; 利润 a bare measure (工业企业实现利润); capacities (装机, 总容量) are
  stocks, not their growth rates. The scorer reads heldout6's unit 百分之 (the annotator's
  doubtful call) as %, the contract's one percent unit (heldout6 unit 0.814 -> 0.972 by that
  alone). Majority call followed: 多 (600多万) is the hedge 余 (heldout-heldout6, 26 rows, against
  dev.csv's 2 rows: dev full_row 0.878 -> 0.872).
- heldout6, scored blind once at the end of round 7: full_row 0.322, subject 0.554 (lenient
  0.802), period_kind 0.802, year 0.808, span 0.904; unit 0.814, kind 0.842. Reports of the
  1990s-2000s write percentages in Chinese numerals (百分之七点九), use full-width digits and
  older outlines, none of which the development files covered; part of the unit gap is a
  convention the annotator flagged (unit 百分之 written as such, not %). The same set with
  earlier code (scored afterwards, for comparison): round 6 0.316 / 0.548 / 0.802 / 0.808 /
  0.893; the code before round 4 0.294 / 0.520 / 0.740 / 0.802 / 0.893.
- Round 7 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / heldout4.csv / heldout5.csv /
  union of the six): full_row 0.878 / 0.845 / 0.717 / 0.673 / 0.760 / 0.590 / 0.741, subject
  0.911 / 0.879 / 0.727 / 0.786 / 0.816 / 0.707 / 0.803 (lenient union 0.930), period_kind
  0.983 / 0.971 / 0.979 / 0.954 / 0.964 / 0.931 / 0.963, year 0.994 / 0.989 / 0.973 / 0.974 /
  0.995 / 0.957 / 0.980, span 0.978 / 0.971 / 0.995 / 0.949 / 1.000 / 0.878 / 0.962. The union
  of the six scored full_row 0.707, subject 0.758 (lenient 0.906), span 0.958 before round 7.
  Cleaning now joins numbers typeset with spaced digits (1998: value_num 0.819 -> 0.995,
  precision 0.940 -> 0.969). Majority calls followed: 居民消费价格总水平 keeps 总水平 (heldout2-5,
  6 rows, against dev and heldout, 3 rows); a rank moving 由/从 one place to another is the
  ranked thing's 世界排名 (heldout2, heldout4, heldout5: 10 rows; dev's and heldout's single
  ranks keep the bare subject); a count of a new plan's indicators names the outline
  (十五五规划纲要主要指标: dev, heldout3, heldout4). Not followed: 全省生产总值 (heldout3,
  heldout4: 4 rows) conflicts with tests/data/genre_sentences.yml (double-by-2025: 生产总值 from
  全市生产总值); a new-word kept in the subject (新增上市公司: heldout2-5 keep, dev and heldout
  strip) scores the same on the union either way, so the code still strips it.
- heldout5, scored blind once at the end of round 6: full_row 0.489, subject 0.553 (lenient
  0.777), period_kind 0.931, year 0.952, span 0.872; value_num 0.819 and precision 0.940
  because the 1998 report prints digits spaced out (7 4 7 7 2 亿元), a typesetting class no
  development file had. The same set with earlier code (scored afterwards, for comparison):
  round 5 0.479 / 0.553 / 0.931 / 0.957 / 0.824; the code before round 4 0.447 / 0.543 /
  0.931 / 0.957 / 0.803. Not tuned on afterwards, so that the book's number stays blind.
- Round 6 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / heldout4.csv / union of the
  five): full_row 0.872 / 0.856 / 0.706 / 0.648 / 0.689 / 0.750, subject 0.906 / 0.891 / 0.711 /
  0.760 / 0.745 / 0.800 (lenient union 0.932), period_kind 0.983 / 0.971 / 0.979 / 0.954 /
  0.964 / 0.970, year 0.994 / 0.989 / 0.973 / 0.974 / 0.995 / 0.985, span 0.978 / 0.971 / 0.995
  / 0.949 / 0.985 / 0.975. The union of the five scored full_row 0.718, subject 0.800,
  period_kind 0.940, year 0.955, span 0.924 before round 6 (111 rows with a period, year or
  span mismatch; 47 after). Where the gold files disagree the majority is followed: durations
  (时隔66年, 经过15年, 三年内) have no period and no year (dev, heldout2, heldout3, heldout4),
  except a review's 连续N年, which keeps the review's year as heldout.csv and
  tests/data/genre_sentences.yml (grain-tonnes-and-duration) have it, against heldout2 and
  heldout3 (3 rows differ); end values anchored by a written year (增加到2002年的…, 2030年达到…)
  have no span (dev, heldout3, heldout4 against heldout.csv); a heading line 五年来，… or
  这是…的五年。 is nearer than the part heading (heldout2, heldout3, heldout4; shanxi's 未来五年
  line in heldout3, which holds figures, is not followed: 5 rows); 力争到2030年，… in a 十五五
  part keeps the plan's span (heldout2, 4 rows; heldout3's inline 2030年达到 stays anchored); a
  start value of 从A到B keeps no span (as in round 4: dev.csv's 4 rows differ); counts of a
  plan's indicators in a plan part (提出6项指标) have no period (dev, heldout3, heldout4). The
  scorer now locates a gold number that is the tail of a longer one in its context (9项 in
  19项、约束性指标9项) at its own place: heldout4 recall 0.995 -> 1.000.
- heldout4, scored blind once at the end of round 5: full_row 0.600, subject 0.749 (lenient
  0.949), period_kind 0.872, year 0.892, span 0.841. The same set with the code of earlier
  rounds (scored afterwards, for comparison): round 4 0.590 / 0.708 / 0.872 / 0.892 / 0.841;
  round 3 0.482 / 0.708 / 0.856 / 0.892 / 0.774 (its unit 0.928 was the scorer's, before ％
  and % were folded). Unseen reports stay far below the aims (full row, subject >= 0.90; period
  and year >= 0.95).
- Round 5 (dev.csv / heldout.csv / heldout2.csv / heldout3.csv / union of the four): full_row
  0.872 / 0.856 / 0.674 / 0.612 / 0.749, subject 0.906 / 0.891 / 0.711 / 0.760 / 0.814 (lenient
  union 0.928), period_kind 0.972 / 0.966 / 0.963 / 0.934 / 0.958, year 0.983 / 0.989 / 0.957 /
  0.959 / 0.972, span 0.972 / 0.971 / 0.947 / 0.898 / 0.946. The union of the four scored
  full_row 0.711, subject 0.758 before round 5. heldout3 was scored blind once (below), then
  promoted in round 5. dev.csv's full row fell from 0.878: its gap 高于全国平均0.3个百分点 is
  annotated without the benchmark, heldout2 and heldout3 (7 rows) name it (…增速与全国之差), as
  the code now does.
- heldout3, scored blind once at the end of round 4: full_row 0.500, subject 0.587 (lenient
  0.908), period_kind 0.903, year 0.959, span 0.898 (the round-3 code: 0.480, 0.577, 0.903,
  0.959, 0.878). Unseen reports stay far below the aims (full row and subject >= 0.90).
- Round 4 (dev.csv / heldout.csv / heldout2.csv / union of the three): full_row 0.878 / 0.851 /
  0.642 / 0.787, subject 0.906 / 0.885 / 0.679 / 0.821, period_kind 0.972 / 0.966 / 0.963 /
  0.967, year 0.983 / 0.989 / 0.957 / 0.976, span 0.972 / 0.971 / 0.947 / 0.963. heldout2 was
  scored once blind at full_row 0.599 (end of round 3), then promoted; the union scored 0.750
  before round 4. dev.csv's span fell from 0.994: its start values of 从A到B in a five-year
  review keep the span, heldout and heldout2 (8 rows) leave it empty, as the code now does.
- Round 3 (dev.csv / heldout.csv / union / heldout2): full_row 0.900 / 0.759 / 0.831 / 0.599,
  subject 0.900 / 0.822 / 0.862 / 0.668, period_kind 0.972 / 0.966 / 0.969 / 0.930, year
  0.983 / 0.989 / 0.986 / 0.957, span 0.994 / 0.925 / 0.960 / 0.941. The round-2 code scored
  0.583 / 0.663 / 0.930 / 0.957 / 0.914 on heldout2 (scored after round 3, for comparison).
- Round 2 (dev / held-out heldout.csv): full_row 0.894 / 0.462, subject 0.900 / 0.659,
  period_kind 0.972 / 0.931, year 0.983 / 0.936, span 0.994 / 0.728 (first pass: 0.528 /
  0.405, 0.683 / 0.618, 0.906 / 0.890, 0.950 / 0.913, 0.833 / 0.728).
- Baseline before issue 11 (dev / held-out): full_row 0.356 / 0.139, subject 0.611 / 0.532,
  period_kind 0.783 / 0.699, year 0.639 / 0.312, span 0.661 / 0.601.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from govreport.quantities.evaluation import (
    DEV_SETS,
    FIELDS,
    HELDOUT_SET,
    Score,
    diff_markdown,
    merge,
    score_sets,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"
DIFF = ROOT / "_build" / "quantities-corpus-diff.md"

DEV_THRESHOLDS = {
    "precision": 0.974,
    "recall": 0.985,
    "value_num": 0.992,
    "value_high": 0.998,
    "unit": 0.991,
    "value_base": 0.978,
    "kind": 0.930,
    "period_kind": 0.953,
    "year": 0.961,
    "span": 0.946,
    "qualifier": 0.980,
    "subject": 0.701,
    "subject_lenient": 0.877,
    "measure": 0.527,
    "full_row": 0.640,
    "full_row_all": 0.631,
    "full_row_targets": 0.731,
}
DEV_FILE_FULL_ROW = {
    "dev": 0.877,
    "heldout": 0.850,
    "heldout2": 0.716,
    "heldout3": 0.688,
    "heldout4": 0.769,
    "heldout5": 0.627,
    "heldout6": 0.587,
    "heldout7": 0.558,
    "heldout8": 0.363,
    "heldout9": 0.347,
}
HELDOUT_THRESHOLDS = {
    "precision": 0.913,
    "recall": 0.938,
    "value_num": 0.953,
    "value_high": 0.964,
    "unit": 0.926,
    "value_base": 0.926,
    "kind": 0.876,
    "period_kind": 0.738,
    "year": 0.611,
    "span": 0.837,
    "qualifier": 0.926,
    "subject": 0.368,
    "subject_lenient": 0.705,
    "measure": 0.301,
    "full_row": 0.141,
    "full_row_all": 0.136,
    "full_row_targets": 0.166,
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
    assert dev.n_gold >= 1650


@pytest.mark.parametrize("name", sorted(DEV_THRESHOLDS))
def test_dev_scores(dev: Score, name: str) -> None:
    value = dev.summary()[name]
    assert value >= DEV_THRESHOLDS[name], f"dev {name} {value:.3f} < {DEV_THRESHOLDS[name]}"


@pytest.mark.parametrize("name", sorted(DEV_FILE_FULL_ROW))
def test_dev_file_full_row(dev_files: dict[str, Score], name: str) -> None:
    value = dev_files[name].summary()["full_row"]
    limit = DEV_FILE_FULL_ROW[name]
    assert value >= limit, f"{name} full_row {value:.3f} < {limit}"


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
    assert heldout_name(GOLD) == HELDOUT_SET == "heldout9"


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
