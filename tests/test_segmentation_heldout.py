"""The held-out segmentation sets (tests/data/segmentation/heldout*.tsv): sentences chosen
mechanically from reports that the development set (gold.tsv) does not use, segmented by reading,
by someone who saw no tokenizer output, while the lexicon was tuned on the other files; each is
scored ONCE, blind, at the end of that lexicon round, its scores recorded in
tests/data/segmentation/blind_scores.csv, and then promoted to development
(segmentation_eval.HELDOUT_HISTORY: the newest file present is the blind one). The book reports
the newest set (data/processed/segmentation_quality.csv, its split named after the file) and the
record (segmentation_blind_history.csv).

Thresholds: the newest set's recorded blind levels less 0.03 (F1 ordinary: less 0.003), so
that tuning that makes unseen text worse fails here. Each set's blind scores, and what the lexicon
before its round scored on it, are in blind_scores.csv; the sets' sources and conventions in their
headers.
- heldout31.tsv (sentences never segmented before of national 1955, 1979, 1984, 1987, 1994,
  2017, 2022, 2025 and anhui, hebei, hunan, jiangxi 2026; 156 sentences, 90 policy-term
  occurrences, 7 of its 70 distinct terms new to the sets), scored once with the round-32
  lexicon, no lexicon round having been made after it landed: integrity 0.956 (token view) /
  0.978 (parts view); F1 ordinary 0.954 (jieba 0.950; 0.949 with jieba's cut of numbers, below
  jieba's by 0.0015); default jieba integrity 0.367. Misses: 民营企业 inside jieba's word
  民营企业家, 江淮英才计划 (new), and in the token view terms inside long names it keeps whole.
- heldout30.tsv (sentences never segmented before of national 1981, 1982, 1983, 1986, 2008,
  2010, 2012, 2015 and gansu, guizhou, jilin, tianjin 2026; 156 sentences, 93 policy-term
  occurrences, 3 of its 74 distinct terms new to the sets), blind at the end of lexicon round 32:
  integrity 1.000 / 1.000, exactly the round-31 lexicon's (round 32 kept no rule); F1 ordinary
  0.953 (jieba 0.947; 0.949 with jieba's cut of numbers, above jieba's); default jieba integrity
  0.301. No miss: a set made almost wholly of terms the earlier sets listed.
- heldout29.tsv (sentences never segmented before of national 1960, 1964, 1975, 1980, 2001,
  2002, 2004, 2007 and qinghai, shanxi, hainan, chongqing 2026; 156 sentences, 94 policy-term
  occurrences, 24 of its 80 distinct terms new to the sets), blind at the end of lexicon round 31:
  integrity 0.957 / 0.957, up from the round-30 lexicon's 0.947 (round 31's formula rule, with ×
  as an operator beside +, kept 数据要素× whole: one term gained, by shape); F1 ordinary 0.957
  (jieba 0.952; 0.953 with jieba's cut of numbers, above jieba's); default jieba integrity 0.394.
  Misses: 产业数字化 inside jieba's 数字化转型, 以农业为基础, 新农村 inside 新农村建设,
  民族区域自治法 (民族区域自治 | 法).
- heldout28.tsv (sentences never segmented before of national 1954, 1957, 1958, 1985, 1992,
  1995, 1997, 2000 and hebei, hunan, jiangxi, liaoning 2026; 156 sentences, 93 policy-term
  occurrences, 16 of its 75 distinct terms new to the sets), blind at the end of lexicon round 30:
  integrity 0.968 / 0.968, exactly the round-29 lexicon's (round 30, which resolved two crossing
  lexicon terms to the right-hand one and raised heldout4, 12, 13, 23 and 27, gained no term of
  it); F1 ordinary 0.952 (jieba 0.940; 0.943 with jieba's cut of numbers, above jieba's);
  default jieba integrity 0.398. Misses: 教育部 inside 高等教育部 (twice: a term of heldout4 that
  heldout27 left unlisted) and 数据要素× (数据要素 | ×).
- heldout27.tsv (sentences never segmented before of national 1956, 1959, 1978, 1988, 2009,
  2014, 2018, 2023 and guizhou, jilin, tianjin, anhui 2026; 156 sentences, 97 policy-term
  occurrences, 11 of its 83 distinct terms new to the sets), blind at the end of lexicon round 29:
  integrity 0.969 / 0.969, exactly the round-28 lexicon's (round 29, which let a programme list
  item stand without a closer of its own and raised heldout5 and heldout16, gained no term of
  it); F1 ordinary 0.954 (jieba 0.936; 0.936 with jieba's cut of numbers, below jieba's by
  0.0003); default jieba integrity 0.340. Misses: 全面深化改革 (again), 市场主体 inside the jieba
  word 主体作用, 开放型经济 inside the long name 开放型经济新体制.
- heldout26.tsv (sentences never segmented before of national 1955, 1979, 1984, 1987, 1993,
  1999, 2005, 2006 and shanxi, hainan, chongqing, gansu 2026; 156 sentences, 84 policy-term
  occurrences, 13 of its 70 distinct terms new to the sets), blind at the end of lexicon round 28:
  integrity 0.964 / 0.964, exactly the round-27 lexicon's (round 28, which split jieba words
  crossing a listed term and read unquoted province slogans by shape, raising heldout16, 17, 23,
  24 and 25, gained no term of it); F1 ordinary 0.950 (jieba 0.944; 0.944 with jieba's cut of
  numbers, below jieba's by 0.0005); default jieba integrity 0.429. Misses: 教育振兴行动计划,
  沿海开放城市, and 民营经济促进法 inside book-title marks (《民营经济促进法》: the promotion-law
  rule reads launch verbs, not titles).
- heldout25.tsv (sentences never segmented before of national 1981, 1982, 1983, 1986, 1998,
  2013, 2019, 2024 and hunan, jiangxi, liaoning, qinghai 2026; 156 sentences, 86 policy-term
  occurrences, 13 of its 70 distinct terms new to the sets), blind at the end of lexicon round 27:
  integrity 0.907 token / 0.919 parts, exactly the round-26 lexicon's (round 27, which raised
  heldout24 from 0.947 to 0.973 by cutting a long name's parts into jieba's compound words and
  taking 自主创新示范区 out of the genre list, gained no term of it); F1 ordinary 0.953 (jieba
  0.949; 0.950 with jieba's cut of numbers, above jieba's); default jieba integrity 0.302.
  Misses: new designations (灯塔工厂, 服务型制造, 公共财政预算), spirits (劳模精神, 科学家精神), 大数据
  inside 大数据中心 (as in heldout23), 粮食产能提升行动 inside a long name.
- heldout24.tsv (sentences never segmented before of national 1960, 1964, 1975, 1980, 2003,
  2011, 2016, 2021 and jilin, tianjin, anhui, hebei 2026; 156 sentences, 75 policy-term
  occurrences, 10 of its 68 distinct terms new to the sets), blind at the end of lexicon round 26:
  integrity 0.947 / 0.947, exactly the round-25 lexicon's (round 26 measured report-local
  discovery of repeated terms on every set and kept none of it: the general form swallowed real
  terms in 19 sets, the narrow one raised only the set it was tuned on); F1 ordinary 0.955 (jieba
  0.951; 0.950 with jieba's cut of numbers, below jieba's); default jieba integrity 0.467.
  Misses: 自主创新 inside 国家自主创新示范区 (twice), 以农业为基础, 冀货出海.
- heldout23.tsv (sentences never segmented before of national 1954, 1957, 1958, 1985, 1994,
  2017, 2022, 2025 and hainan, chongqing, gansu, guizhou 2026; 156 sentences, 85 policy-term
  occurrences, 15 of its 70 distinct terms new to the sets), blind at the end of lexicon round 25:
  integrity 0.894 / 0.894, exactly the round-24 lexicon's (round 25, which raised heldout22 from
  0.885 to 0.917, gained no term of it); F1 ordinary 0.953 (jieba 0.941; 0.943 with jieba's cut
  of numbers, above jieba's); default jieba integrity 0.294. Misses: unquoted reform slogans
  (小县大城, 强镇带村, 强村富民), 多彩贵州 (missed by heldout17 too), 外资准入负面清单, 全面深化改革
  (missed by three earlier sets; no dictionary entry can fix it without gluing 全面深化改革开放),
  人大 inside 八届全国人大, 产业数字化 against 数字化转型, 大数据 inside 大数据中心.
- heldout22.tsv (sentences never segmented before of national 1956, 1959, 1978, 1988, 2008,
  2010, 2012, 2015 and jiangxi, liaoning, qinghai, shanxi 2026; 156 sentences, 96 policy-term
  occurrences, 15 of its 84 distinct terms new to the sets), blind at the end of lexicon round 24:
  integrity 0.885 token / 0.896 parts, exactly the round-23 lexicon's (round 24, which raised
  heldout21 from 0.916 to 0.976, gained no term of it); F1 ordinary 0.952 (jieba 0.943; 0.940
  with jieba's cut of numbers, below jieba's); default jieba integrity 0.323. Misses: quoted
  designations (一主一副, 两翼联动, 多点支撑), new-economy labels outside a list (地摊经济, 夜经济),
  工业生产总值, 强农惠农富农, 沿海经济发展战略, 养老保险 inside 城乡居民养老保险, 国民经济 inside
  把国民经济搞上去.
- heldout21.tsv (sentences never segmented before of national 1955, 1979, 1984, 1987, 2001,
  2002, 2004, 2007 and tianjin, anhui, hebei, hunan 2026; 156 sentences, 83 policy-term
  occurrences, 13 of its 67 distinct terms new to the sets), blind at the end of lexicon round 23:
  integrity 0.916 / 0.916 (the round-22 lexicon 0.904: round 23, which looked for templates in the
  misses of several sets, gained one term, 民营经济促进法, by its promotion-law rule; heldout19 had
  missed the same law); F1 ordinary 0.955 (jieba 0.949; 0.9485 with jieba's cut of numbers,
  level with jieba's); default jieba integrity 0.313. Misses: 人大 and 政协 inside 市人大 / 市政协,
  和美乡村 inside 宜居宜业和美乡村, 城中村 inside 城中村改造, 社会零售总额, 种粮农民直接补贴,
  节约型政府.
- heldout20.tsv (sentences never segmented before of national 1981, 1982, 1983, 1986, 1992,
  1995, 1997, 2000 and chongqing, gansu, guizhou, jilin 2026; 156 sentences, 80 policy-term
  occurrences, 13 of its 65 distinct terms new to the sets), blind at the end of lexicon round 22:
  integrity 1.000 / 1.000, the round-21 lexicon's too; F1 ordinary 0.950 (jieba 0.946; 0.946
  with jieba's cut of numbers, just above jieba's). An easy set: default jieba keeps 0.5625 of
  its terms whole, against 0.29-0.34 on heldout16-19; its older reports have few terms and its
  new ones (物质文明, 债转股, 按劳分配 …) are standing vocabulary. It does not show that the aim
  is reached on unseen text: heldout16-19 were 0.890-0.935.
- heldout19.tsv (sentences never segmented before of national 1960, 1964, 1975, 1980, 2009,
  2014, 2018, 2023 and hainan, liaoning, qinghai, shanxi 2026; 156 sentences, 92 policy-term
  occurrences, 15 of its 79 distinct terms new to the sets), blind at the end of lexicon round 21:
  integrity 0.935 / 0.935, exactly the round-20 lexicon's (round 21, which raised heldout18 from
  0.933 to 0.978, gained no term of it); F1 ordinary 0.952 (jieba 0.945; 0.943 with jieba's cut
  of numbers, below jieba's); default jieba integrity 0.337. Misses: quoted slogans
  (市市通高铁, 县县通高速), 出口退税率, 数据要素×, 民营经济促进法, and 人大 inside 全国人大.
- heldout18.tsv (sentences never segmented before of national 1954, 1957, 1958, 1985, 1993,
  1999, 2005, 2006 and anhui, hebei, hunan, jiangxi 2026; 156 sentences, 89 policy-term
  occurrences, 19 of its 82 distinct terms new to the sets), blind at the end of lexicon round 20:
  integrity 0.933 token / 0.955 parts, exactly the round-19 lexicon's (round 20, which tried
  report-local discovery of slogans and kept one narrow rule, gained no term of it); F1 ordinary
  0.957 (jieba 0.944; 0.948 with jieba's cut of numbers, above jieba's); default jieba integrity
  0.315. Misses (parts): 中外合资经营企业, 好社区, 经济责任制, 轻工业总产值; the token view also
  misses 中国特色社会主义 and 新时代 inside the long name 习近平新时代中国特色社会主义思想.
- heldout17.tsv (sentences never segmented before of national 1956, 1959, 1978, 1988, 1998,
  2013, 2019, 2024 and gansu, guizhou, jilin, tianjin 2026; 156 sentences, 82 policy-term
  occurrences, 16 of its 65 distinct terms new to the sets), blind at the end of lexicon round 19:
  integrity 0.890 / 0.890 (the round-18 lexicon 0.878: round 19, which aimed at classes rather
  than strings and raised heldout16 from 0.935 to 0.974, gained one term of it); F1 ordinary
  0.953 (jieba 0.939; 0.938 with jieba's cut of numbers, below jieba's); default jieba integrity
  0.341. Misses: one-report slogans and names (三个世界, 多彩贵州, 富民兴陇, 新两翼, 村字号,
  金创区, 非首都功能), 数实融合, and 人大 inside 全国人大.
- heldout16.tsv (sentences never segmented before of national 1955, 1979, 1984, 1987, 2003,
  2011, 2016, 2021 and chongqing, hainan, qinghai, shanxi 2026; 156 sentences, 77 policy-term
  occurrences, 12 of its 64 distinct terms new to the sets), blind at the end of lexicon round 18:
  integrity 0.935 / 0.935, exactly the round-17 lexicon's (round 18, which raised heldout15 from
  0.909 to 0.973, gained no term of it); F1 ordinary 0.953 (jieba 0.945; 0.944 with jieba's cut
  of numbers, below jieba's); default jieba integrity 0.286. Misses: unlisted names
  (15分钟生活圈, 全民健身工程, 巴蜀文化旅游走廊), the abbreviation 规上 inside jieba's 规上工业, and
  地方财政 cut against the following 收支.
- heldout15.tsv (sentences never segmented before of national 1981, 1982, 1983, 1986, 1994,
  2017, 2022, 2025 and hebei, hunan, jiangxi, liaoning 2026; 156 sentences, 110 policy-term
  occurrences, 19 of its 91 distinct terms new to the sets), blind at the end of lexicon round 17:
  integrity 0.909 / 0.918, exactly the round-16 lexicon's (round 17, which raised heldout14 from
  0.951 to 0.988, gained no term of it); F1 ordinary 0.951 (jieba 0.947; 0.944 with jieba's cut
  of numbers, below jieba's); default jieba integrity 0.318. Misses: terms inside a longer
  dictionary word (商品经济 in 社会主义商品经济, 集体所有制 in 集体所有制经济) and unlisted names
  (中国经济光明论, 新型农业经营主体, 特色农产品优势区, 粮食生产功能区, 研发投入强度, 非首都功能).
- heldout14.tsv (sentences never segmented before of national 1960, 1964, 1975, 1980, 2008,
  2010, 2012, 2015 and anhui, guizhou, jilin, tianjin 2026; 156 sentences, 82 policy-term
  occurrences, 12 of its 65 distinct terms new to the sets), blind at the end of lexicon round 16:
  integrity 0.951 / 0.951, exactly the round-15 lexicon's (round 16, which raised heldout13 from
  0.860 to 0.935, gained no term of it); F1 ordinary 0.959 (jieba 0.952; 0.951 with jieba's cut
  of numbers, just below jieba's); default jieba integrity 0.427. Misses: 中小企业 inside
  jieba's word 大中小企业, 以粮为纲, 信创, 央企.
- heldout13.tsv (sentences never segmented before of national 1954, 1957, 1958, 1985, 2001,
  2002, 2004, 2007 and chongqing, gansu, hainan, shanxi 2026; 156 sentences, 93 policy-term
  occurrences, 32 of its 82 distinct terms new to the sets), blind at the end of lexicon round 15:
  integrity 0.860 / 0.871 (the round-14 lexicon 0.850 / 0.860; round 15 raised heldout12, tuned
  on, from 0.946 to 0.989); F1 ordinary 0.959 (jieba 0.950; 0.954 with jieba's cut of numbers,
  above jieba's); default jieba integrity 0.333. Misses: new "X经济" sectors (民宿经济, 宠物经济),
  programme and corridor names no rule launches, quoted four-character designations (三纵九横,
  八河连通), 一个中国原则, 能源革命, 水土保持率, 全面深化改革.
- heldout12.tsv (sentences never segmented before of national 1956, 1959, 1978, 1988, 1992,
  1995, 1997, 2000 and hunan, jiangxi, liaoning, qinghai 2026; 156 sentences, 92 policy-term
  occurrences), blind at the end of lexicon round 14: integrity 0.946 / 0.946 (the round-13
  lexicon 0.924: the round's classes - types of government, launched strategies - carried over);
  F1 ordinary 0.955 (jieba 0.941; 0.939 with jieba's cut of numbers, below jieba's); default
  jieba integrity 0.239. Misses: a quoted abbreviation (三医), 法治社会, 全面深化改革, and two
  programme names no rule launches.
- heldout11.tsv (sentences never segmented before of national 1979, 1983, 1986, 1987, 2009,
  2014, 2018, 2023 and anhui, hebei, jilin, tianjin 2026; 156 sentences, 71 policy-term
  occurrences), blind at the end of lexicon round 13: integrity 0.930 / 0.930, as the round-12
  lexicon (round 13, which brought heldout10 to 1.000 and heldout8 to 0.976, gained no term of
  it); F1 ordinary 0.957 (jieba 0.952; 0.951 with jieba's cut of numbers, below jieba's);
  default jieba integrity 0.296.
- heldout10.tsv (sentences never segmented before of national 1975, 1980, 1981, 1982, 1993,
  1999, 2005, 2006 and chongqing, gansu, guizhou, hainan 2026; 156 sentences, 74 policy-term
  occurrences), blind at the end of lexicon round 12: integrity 0.973 / 0.973 (the round-11
  lexicon 0.960), the first blind set at the 0.97 aim; F1 ordinary 0.951 (jieba 0.947; 0.946
  with jieba's cut of numbers, below jieba's); default jieba integrity 0.311.
- heldout9.tsv (sentences never segmented before of national 1957, 1958, 1960, 1964, 1998,
  2002, 2004, 2013 and hebei, liaoning, qinghai, shanxi 2026; 156 sentences, 78 policy-term
  occurrences), blind at the end of lexicon round 11: integrity 0.949 / 0.962 (the round-10
  lexicon 0.936 / 0.949), F1 ordinary 0.955 (0.947 with jieba's cut of numbers, below jieba's
  0.949); default jieba 0.526.
- heldout8.tsv (sentences never segmented before of national 1954, 1959, 1978, 1985, 1993,
  1995, 1999, 2000 and hebei, tianjin, hunan, jiangxi 2026; 156 sentences, 83 policy-term
  occurrences), blind at the end of lexicon round 10: integrity 0.892 / 0.916 (the round-9
  lexicon 0.880 / 0.904), F1 ordinary 0.946 (0.941 with jieba's cut of numbers, below jieba's
  0.944, though round 10 brought it level with or above jieba on every set it was tuned on);
  default jieba 0.374.
- heldout7.tsv (sentences never segmented before of national 1955, 1984, 1992, 1994, 1997,
  2001, 2003, 2008, 2010, 2015, 2025 and hainan 2026; 156 sentences, 64 policy-term
  occurrences), blind at the end of lexicon round 9: integrity 0.922 / 0.922 (as the round-8
  lexicon), F1 ordinary 0.949 (0.943 with jieba's cut of numbers, still below jieba's 0.944,
  though round 9 brought it level with or above jieba on every set it was tuned on); default
  jieba 0.516.
- heldout6.tsv (sentences never segmented before of national 2005, 2007, 2009, 2012, 2014,
  2017, 2018, 2022 and jiangxi, liaoning, qinghai, shanxi 2026; 156 sentences, 89 policy-term
  occurrences), blind at the end of lexicon round 8: integrity 0.888 / 0.888, F1 ordinary 0.947
  (0.940 with jieba's cut of numbers, below jieba's 0.944); default jieba 0.247. The round-7
  lexicon scored 0.865 on it.
- heldout5.tsv (national 1954, 1958, 1960, 1982; and sentences never segmented before of
  national 2011, 2016, 2021, 2023 and chongqing, gansu, guizhou, jilin 2026, reports whose other
  sentences heldout.tsv or heldout2.tsv use; 156 sentences, 101 policy-term occurrences), blind at
  the end of lexicon round 7: integrity 0.861 / 0.861 (older reports 0.889, modern sentences
  0.855), F1 ordinary 0.944 (0.939 with jieba's cut of numbers, below jieba's 0.941); default
  jieba 0.238. The round-6 lexicon scored the same: round 7 (heldout4 0.877 -> 0.945, tuned on)
  did not carry over.
- heldout4.tsv (national 1975, 1980, 1983, 1986, 1995, 2000, 2002, 2004, 2008, 2010, 2015, 2025;
  156 sentences, 73 policy-term occurrences), blind at the end of lexicon round 6: integrity
  0.877 / 0.877, F1 ordinary 0.949 (0.943 with jieba's cut of numbers, below jieba's 0.944);
  default jieba 0.507. The round-5 lexicon scored 0.890 on it: round 6 raised every set it was
  tuned on (heldout3 0.911 -> 0.962) and lost one term of this one, a term the round had judged a
  predicate (全面深化改革) and this set's annotator judged a term.
- Blind integrity (token view) so far: 0.793, 0.811, 0.911, 0.877, 0.861, 0.888, 0.922, 0.892, 0.949, 0.973,
  0.930, 0.946, 0.860, 0.951, 0.909, 0.935, 0.890, 0.933, 0.935, 1.000, 0.916, 0.885, 0.894,
  0.947, 0.907, 0.964, 0.969, 0.968, 0.957, 1.000, 0.956; the aim is 0.97; two annotators agree on 0.881 (heldout5.tsv), 0.989 (heldout6.tsv)
  and 0.977 (heldout23.tsv)
  (segmentation_agreement.csv).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from govreport import segmentation_eval as se
from govreport.config import project
from govreport.pipeline import report_segmenters

FOLDER = Path(__file__).resolve().parent / "data" / "segmentation"
ROOT = FOLDER.parents[2]
BLIND = "heldout31"
#: Blind levels of the newest set less 0.03 (F1 ordinary: the level itself less 0.003).
THRESHOLDS = {
    ("govreport", "integrity"): 0.925,
    ("govreport_parts", "integrity"): 0.947,
    ("govreport", "f1_ordinary"): 0.951,
    ("govreport_no_number_rule", "f1_ordinary"): 0.945,
}


@cache
def blind_set() -> tuple[se.GoldSentence, ...]:
    path = se.heldout_files(FOLDER / "gold.tsv")[-1]
    assert path.stem == BLIND
    return tuple(se.read_gold(path))


@cache
def segmenters():
    proj = project(ROOT)
    return report_segmenters([proj.reports, proj.national, proj.provincial])


@cache
def score(name: str) -> se.Score:
    return se.evaluate_by_report(blind_set(), segmenters()[name])


def test_heldout_file_is_the_newest_present(tmp_path: Path):
    gold = tmp_path / "gold.tsv"
    assert se.heldout_files(gold) == []
    for name in se.HELDOUT_HISTORY[::-1]:
        (tmp_path / f"{name}.tsv").write_text("", encoding="utf-8")
    assert [p.stem for p in se.heldout_files(gold)] == list(se.HELDOUT_HISTORY)


def test_heldout_sets_are_other_reports_and_other_sentences():
    seen = se.read_gold(FOLDER / "gold.tsv")
    development_reports = {r.report_id for r in seen}
    for path in se.heldout_files(FOLDER / "gold.tsv"):
        rows = se.read_gold(path)
        reports = {r.report_id for r in rows}
        assert len(rows) >= 150 and len(reports) >= 8, path.name
        # a later set may take sentences never segmented before from reports an earlier
        # held-out set used (heldout5.tsv does, its header says which); up to heldout7.tsv never
        # from gold.tsv's; heldout8.tsv on may (the corpus has no report left that no set uses:
        # heldout8.tsv takes new sentences of four provincial reports gold.tsv also samples)
        if se.HELDOUT_HISTORY.index(path.stem) < se.HELDOUT_HISTORY.index("heldout8"):
            assert not reports & development_reports, path.name
        # formulaic sentences recur across reports (the 2019 and 2021 national reports share
        # "过去一年取得的成绩，是以习近平同志为核心的党中央坚强领导的结果，…"): a few may repeat
        assert len({r.text for r in rows} & {r.text for r in seen}) <= 3, path.name
        # mechanically chosen sentences hold 64-121 policy-term occurrences per set
        assert sum(len(r.policy_terms) for r in rows) >= 60, path.name
        seen += rows


def test_blind_set_scores_at_least_the_recorded_levels_less_the_margin():
    for (name, measure), limit in THRESHOLDS.items():
        assert getattr(score(name), measure) >= limit, (name, measure)
    assert score("govreport").integrity > score("jieba").integrity + 0.3


def test_quality_table_reports_the_newest_heldout_set_as_the_blind_split():
    table = pd.read_csv(ROOT / "data" / "processed" / "segmentation_quality.csv")
    assert se.blind_split(table) == BLIND
    cell = table.set_index(["segmenter", "split"])
    for name in ("jieba", "govreport", "govreport_parts", "govreport_no_number_rule"):
        assert cell.loc[(name, BLIND), "integrity"] == round(score(name).integrity, 4)
        assert cell.loc[(name, BLIND), "f1_ordinary"] == round(score(name).f1_ordinary, 4)
        assert cell.loc[(name, BLIND), "n_sentences"] == len(blind_set())
    glue = se.quality_glue(table)
    assert glue["n_blind_sentences"] == str(len(blind_set()))
    assert glue["blind_integrity_govreport"] == f"{score('govreport').integrity:.0%}"


def test_the_aim_on_unseen_text_is_judged_on_the_recent_blind_record_not_the_newest_set():
    table = pd.read_csv(ROOT / "data" / "processed" / "segmentation_quality.csv")
    record = pd.read_csv(ROOT / "data" / "processed" / "segmentation_blind_history.csv")
    glue = se.quality_glue(table, record)
    recent = record.drop_duplicates("gold_set").tail(se.RECENT_BLIND_SETS)["gold_set"]
    assert glue["recent_blind_sets"] == str(len(recent)) == str(se.RECENT_BLIND_SETS)
    for view, key in (("govreport_parts", "aim_verdict"), ("govreport", "aim_verdict_tokens")):
        rows = record[(record["segmenter"] == view) & record["gold_set"].isin(recent)]
        pooled = (rows["integrity"] * rows["n_terms"]).sum() / rows["n_terms"].sum()
        assert glue[f"recent_blind_integrity_{view}"] == f"{pooled:.0%}"
        assert ("在留出集上尚未达到" in glue[key] or glue[key] == "尚未达到") == (pooled < 0.97)


def test_what_the_rounds_gained_on_unseen_sets_is_read_from_the_record():
    """The words chapter's count of lexicon rounds that raised their blind set, recomputed from
    the hand-kept record (each note quoted whole)."""
    import csv

    with (FOLDER / se.BLIND_RECORD).open(encoding="utf-8") as handle:
        reader = csv.reader(line for line in handle if not line.startswith("#"))
        header = next(reader)
        record = [dict(zip(header, row, strict=True)) for row in reader]
    ours = [r for r in record if r["segmenter"] == "govreport"]
    assert all(r["before_integrity"] for r in ours)
    gains = [float(r["integrity"]) - float(r["before_integrity"]) for r in ours]
    table = pd.read_csv(ROOT / "data" / "processed" / "segmentation_blind_history.csv")
    glue = se.round_gains(table)
    assert glue["gain_sets"] == str(len(gains))
    assert glue["gained_sets"] == str(sum(g > 1e-9 for g in gains))
    recent = gains[-2 * se.RECENT_BLIND_SETS :]
    assert glue["recent_gained_sets"] == str(sum(g > 1e-9 for g in recent))
    assert glue["mean_gain"] == f"{sum(gains) / len(gains) * 100:.1f}"


def test_blind_record_lists_every_held_out_set_and_its_newest_rows_are_the_codes():
    record = se.blind_history(FOLDER / "gold.tsv")
    present = [p.stem for p in se.heldout_files(FOLDER / "gold.tsv")]
    assert list(dict.fromkeys(record["gold_set"])) == present
    assert list(record["round"]) == sorted(record["round"])
    newest = record[record["gold_set"] == BLIND]
    assert set(newest["segmenter"]) == {"jieba", "govreport", "govreport_parts",
                                        "govreport_no_number_rule"}  # fmt: skip
    assert BLIND not in TUNED_LEVELS  # the blind set is scored, never tuned on
    for row in newest.itertuples():
        now = score(row.segmenter)
        assert row.integrity == round(now.integrity, 4), row.segmenter
        assert row.f1_ordinary == round(now.f1_ordinary, 4), row.segmenter


#: Levels reached on the sets the lexicon was tuned on, at the end of lexicon round 24 (token
#: view: policy-term integrity, F1 on ordinary words); heldout8.tsv was tuned on in round 11
#: after its blind score (integrity 0.892 -> 0.964). Checked less the margins above (0.03,
#: 0.003), so that a later round may trade a little on one set but not undo a round. Named, not
#: globbed: a newer held-out set is blind and is not read here.
TUNED_LEVELS = {
    # round 13: heldout3 0.9575 -> 0.9582, heldout5 0.9473 -> 0.9513 and heldout8 0.9639 /
    # 0.9482 -> 0.9759 / 0.9502 (the scored views read the 1954 report's traditional characters
    # folded, as the build does), the convention's words 用好 / 打好 / 建好 / 做实 on most sets
    # round 14 (on the sets re-annotated to CONVENTIONS.md): heldout 0.9590 -> 0.9672 and
    # heldout2 0.9279 -> 0.9369 (types of government, the 去 tasks, launched strategies)
    # round 15 (heldout6 and heldout8 re-annotated to CONVENTIONS.md section 4, strategies):
    # heldout 0.9577 -> 0.9578, heldout8 0.9502 -> 0.9505, heldout9 0.9580 -> 0.9582 (quoted
    # phrases), heldout11 0.9567 -> 0.9578 (the removal test re-run with heldout11/12)
    # round 16 (sets re-annotated to CONVENTIONS.md section 5): heldout9 F1 ordinary 0.9581 ->
    # 0.9574 (no-number 0.9502 -> 0.9496, jieba 0.9486): the launched pair 深入实施
    # 国家技术创新工程和知识创新工程 (2013), which heldout9 writes as words against the gold
    # header's named-programme rule; levels kept, no other tuned set moves
    "heldout": (0.9672, 0.9578),
    # round 24: heldout2 0.9369 -> 0.9459 (国潮经济, an X经济 item of a list closed by 等新业态)
    "heldout2": (0.9459, 0.9557),
    "heldout3": (0.9747, 0.9582),
    # round 30: 0.9589 -> 0.9726 (全面深化改革, admitted with the rule that resolves two crossing terms
    # to the right one: tokens.resolve_crossed_terms, 全面 深化 改革开放)
    "heldout4": (0.9726, 0.9522),
    # round 29: 0.9703 -> 0.9802 (贷款畅通工程, a list item after a quoted programme: “玉如意计划”和)
    "heldout5": (0.9802, 0.9513),
    "heldout6": (0.9889, 0.9540),
    "heldout7": (1.0, 0.9512),
    "heldout8": (0.9759, 0.9505),
    # round 12 (tuned on it): 0.949 -> 0.962, F1 ordinary 0.955 -> 0.958 (without the number
    # rule 0.947 -> 0.950, above jieba's 0.949)
    # round 31: 0.9615 -> 0.9744 (parts 0.9744 -> 0.9872; “数据要素×”, the formula rule's
    # operators now + and ×: tokens.FORMULA_OPERATORS, join_formulas)
    "heldout9": (0.9744, 0.9574),
    # round 13 (tuned on it after its blind score): 0.973 -> 1.000, F1 ordinary 0.951 -> 0.954
    # (without the number rule 0.946 -> 0.949, above jieba's 0.947)
    "heldout10": (1.0, 0.9542),
    # round 14 (tuned on it after its blind score, re-annotated to CONVENTIONS.md): 0.904 ->
    # 1.000, F1 ordinary 0.9567 (without the number rule 0.9508, below jieba's 0.9516)
    "heldout11": (1.0, 0.9578),
    # round 15 (tuned on it after its blind score): 0.946 -> 0.989, F1 ordinary 0.9545 ->
    # 0.9559 (without the number rule 0.9393 -> 0.9407, level with jieba's 0.9407)
    # round 30: 0.9891 -> 1.000 (全面深化改革, admitted with the rule that resolves two crossing terms
    # to the right one: tokens.resolve_crossed_terms, 全面 深化 改革开放)
    "heldout12": (1.0, 0.9559),
    # round 16 (tuned on it after its blind score): 0.860 -> 0.935 (parts 0.871 -> 0.946), F1
    # ordinary 0.9591 -> 0.9594 (without the number rule 0.9535 -> 0.9539, above jieba's 0.9495)
    # round 19: 0.935 -> 0.946 (parts 0.946 -> 0.957): the launched corridor 巴蜀文化旅游走廊
    # round 24: 0.946 -> 0.968 (parts 0.957 -> 0.978): 民宿经济, 宠物经济 (等新业态 lists)
    # round 30: 0.968 -> 0.978 (parts 0.978 -> 0.989) (全面深化改革, admitted with the rule that resolves two crossing terms
    # to the right one: tokens.resolve_crossed_terms, 全面 深化 改革开放)
    "heldout13": (0.9785, 0.9594),
    # round 17 (tuned on it after its blind score): 0.951 -> 0.988, F1 ordinary 0.9592 ->
    # 0.9595 (without the number rule 0.9513 -> 0.9517, level with jieba's 0.9516)
    "heldout14": (0.9878, 0.9595),
    # round 18 (tuned on it after its blind score): 0.909 -> 0.973 (parts 0.918 -> 0.982), F1
    # ordinary 0.9510 -> 0.9547 (without the number rule 0.9441 -> 0.9478, above jieba's 0.9467)
    # round 23: 0.973 -> 0.982 (parts 0.982 -> 0.991): 非首都功能, missed again by heldout17
    "heldout15": (0.9818, 0.9547),
    # round 19 (tuned on it after its blind score): 0.935 -> 0.974 (time-distance circles, built
    # corridors, the scope abbreviations 规上 / 限上), F1 ordinary 0.9533 -> 0.9535 (without the
    # number rule 0.9439 -> 0.9440, below jieba's 0.9447: BELOW_JIEBA)
    # round 28: 0.974 -> 0.987 (地方财政 收支, once jieba's 财政收支, which crosses it, is a split word)
    # round 29: 0.987 -> 1.000 (全民健身工程, a list item with no closer: 文化惠民工程、全民健身工程分别)
    "heldout16": (1.0, 0.9536),
    # round 20 (tuned on it after its blind score): 0.890 -> 0.902 (a quoted adjective + numbered
    # abbreviation, “新两翼”, is a name), F1 ordinary 0.9531 (without the number rule 0.9381,
    # below jieba's 0.9393: BELOW_JIEBA); round 22: 全国人大 cut to 全国 人大 (split_words.tsv),
    # 0.902 -> 0.915, F1 ordinary 0.9533 (without the number rule 0.9383); round 23 (templates
    # found in the misses of several sets): 0.915 -> 0.939 (非首都功能, the brand labels X字号)
    # round 28: 0.939 -> 0.951 (富民兴陇, an unquoted province slogan: tokens.PROVINCE_SLOGAN)
    "heldout17": (0.9512, 0.9535),
    # round 21 (tuned on it after its blind score): 0.933 -> 0.978 (parts 0.955 -> 1.000; sector +
    # 总产值, forms of foreign-invested enterprise, 经济责任制, the 好X housing series), F1
    # ordinary 0.9565 (without the number rule 0.9480, above jieba's 0.9441)
    "heldout18": (0.9775, 0.9565),
    # round 22 (tuned on it after its blind score): 0.935 -> 0.946 (全国人大 cut to 全国 人大), F1
    # ordinary 0.9526 (without the number rule 0.9433, below jieba's 0.9446: BELOW_JIEBA)
    # round 23: 0.946 -> 0.978 (the coverage goals 县县通高速 / 市市通高铁, the promotion law
    # 民营经济促进法); F1 ordinary unchanged on every set
    # round 31: 0.9783 -> 0.9891 (“数据要素×”: tokens.FORMULA_OPERATORS, join_formulas)
    "heldout19": (0.9891, 0.9526),
    # round 22 (blind at its end): 1.000, F1 ordinary 0.9501 (without the number rule 0.9464,
    # above jieba's 0.9462); unchanged by rounds 23 and 24
    "heldout20": (1.0, 0.9501),
    # round 24 (tuned on it after its blind score): 0.9157 -> 0.9759 in both views (市 人大 / 市
    # 政协, 城中村 改造, 宜居 宜业 和美乡村, 节约型政府), F1 ordinary 0.9553 -> 0.9561 (without the
    # number rule 0.9485 -> 0.9493, above jieba's 0.9485)
    "heldout21": (0.9759, 0.9561),
    # round 25 (tuned on it after its blind score): 0.8854 -> 0.9167 (parts 0.8958 ->
    # 0.9271; 夜经济 and 地摊经济 by the economy-label list closed by 等, 养老保险 once the genre
    # entry 城乡居民养老保险 is gone), F1 ordinary 0.9524 -> 0.9526 (without the number rule
    # 0.9398 -> 0.9399, below jieba's 0.9427: it came in below, a BELOW_JIEBA gap of 0.0028)
    "heldout22": (0.9167, 0.9526),
    # round 26 (tuned on it after its blind score): 0.8941 in both views and F1 ordinary 0.9531
    # (without the number rule 0.9427, above jieba's 0.9406), unchanged: report-local discovery
    # of repeated n-grams (branch lex26-repeated) gained 强村富民 on this set only and was not kept
    # round 28: 0.8941 -> 0.9176 (大数据 中心 and 八届 全国 人大: jieba's 数据中心 and 八届全国人大 are
    # split words), F1 ordinary 0.9531 -> 0.9536
    # round 30: 0.9176 -> 0.9294 (全面深化改革, admitted with the rule that resolves two crossing terms
    # to the right one: tokens.resolve_crossed_terms, 全面 深化 改革开放)
    "heldout23": (0.9294, 0.9536),
    # round 27 (tuned on it after its blind score): 0.9467 -> 0.9733 in both views (自主创新
    # inside the long name 国家自主创新示范区, twice: the genre entry 自主创新示范区, a term + the
    # generic head 示范区 that every set cuts, is gone), F1 ordinary 0.9550 unchanged (without the
    # number rule 0.9504, below jieba's 0.9513: it came in below, a BELOW_JIEBA gap of 0.0009)
    # round 28: 0.9733 -> 0.9867 (冀货出海, an unquoted province slogan: tokens.PROVINCE_SLOGAN)
    "heldout24": (0.9867, 0.955),
    # round 28 (tuned on it after its blind score): 0.9070 -> 0.9186 (parts 0.9186 -> 0.9302;
    # 大数据 of 大数据 中心, once jieba's 数据中心, which crosses it, is a split word), F1 ordinary
    # 0.9535 -> 0.9538 (without the number rule 0.9498 -> 0.9502, above jieba's 0.9492). Its
    # misses of new designations, spirits and budgets (灯塔工厂, 服务型制造, 劳模精神, 科学家精神,
    # 公共财政预算) were measured as forms over the history of the sets' new terms and left: each
    # form's corpus matches are cut by the sets far more often than listed (X 精神 85 split / 7
    # listed occurrences, X 预算 125 / 1, X 工厂 19 / 1, X型 noun 278 / 3)
    "heldout25": (0.9186, 0.9538),
    # round 29 (tuned on it after its blind score): 0.9643 in both views and F1 ordinary 0.9496,
    # unchanged (without the number rule 0.9435, below jieba's 0.9440: it came in below, a
    # BELOW_JIEBA gap of 0.0005). Its misses were measured and left: 《民营经济促进法》 (a name in
    # book-title marks: a title launcher gains this set only, 0.9643 -> 0.9762; the sets write
    # other short titles as words), 教育振兴行动计划 (no launcher, no closer: no condition on it
    # raises a second set; lexicon/programme_rule.yml, round 29), and 沿海开放城市 (a zone
    # designation of the opening-up policy, not measured in round 29)
    "heldout26": (0.9643, 0.9496),
    # round 30 (tuned on it after its blind score): 0.9691 -> 0.9794 in both views (发挥 市场主体
    # 作用, once jieba's 主体作用, which crosses 市场主体, is a split word), F1 ordinary 0.9542 ->
    # 0.9544 (without the number rule 0.9360 -> 0.9362, below jieba's 0.9363: it came in below,
    # a BELOW_JIEBA gap of 0.0003, now 0.0001). The class computed instead of listed (every jieba
    # word crossing or containing a term of the lexicon) was measured and not kept
    # (lexicon/split_words.tsv, round 30); then 0.9794 -> 0.9897 (全面深化改革, admitted with the
    # rule that resolves two crossing terms to the right one: tokens.resolve_crossed_terms).
    # 开放型经济 inside the genre entry 开放型经济新体制 stays missed: taking the entry out raises
    # this set only (0.9897 -> 1.000, F1 ordinary 0.9544 -> 0.9547), no other set has the string
    # (lexicon/genre_terms.tsv keeps it: one set is below the round's bar of two)
    "heldout27": (0.9897, 0.9544),
    # round 31 (tuned on it after its blind score): 0.9677 -> 1.000 in both views (“数据要素×”, the
    # formula rule's operators now + and ×: tokens.FORMULA_OPERATORS, join_formulas; 教育部 twice
    # in 高等 教育部, a distinguishing word or a place cut off an organ: tokens.organ_compounds,
    # which also raises gold.tsv, 中华人民共和国 国务院), F1 ordinary 0.9516 -> 0.9520 (without the
    # number rule 0.9434 -> 0.9439, above jieba's 0.9396)
    "heldout28": (1.0, 0.952),
    # round 32 (tuned on it after its blind score): 0.9574 in both views, F1 ordinary 0.9566
    # (without the number rule 0.9531, above jieba's 0.9523), unchanged: no rule measured passed
    # the bar (integrity up on two sets or more, F1 ordinary down by no more than 0.002 on any).
    # A law name as a listed term before 法 or 条例 (民族区域自治 法 -> 民族区域自治法; the sets write
    # listed law names whole, 宗教事务条例, 民营经济促进法, and unlisted ones in words, 食品 安全 法,
    # 国家 公务员 条例) raises this set only, 0.9574 -> 0.9681, F1 unchanged on all 30 sets; with
    # nouns of two characters as well it raises this set only and moves F1 on three (over the
    # corpora, cut by the lexicon, it would join 27 bare names after a term, 13 民族区域自治法; nouns
    # also 法学 法, 两系 法). Round 30's cut-time rule keeping a listed term whole where a jieba
    # word (not itself a term) crosses it raises no set and lowers heldout7, heldout27 (中央财政
    # 赤字 for 中央 财政赤字) and this one (农村人民公社 化, 城 市中); only where the crossing word
    # overlaps the term by two characters or more, it lowers heldout7, 14, 27 and this one. Its
    # misses stay: 产业数字化 | 数字化转型 is two listed terms crossing, which round 30 resolves
    # to the right one (全面 深化 改革开放) and the sets to the left one here (heldout5, 23, 29:
    # 产业数字化 转型); 新农村 inside 新农村建设; 以农业为基础 (a slogan, missed by heldout24 too)
    "heldout29": (0.9574, 0.9566),
}
#: Tuned sets where the dictionary alone still cuts ordinary words worse than default jieba, with
#: the gap reached. heldout8.tsv (0.9433 against jieba's 0.9438 before round 13) is at 0.9453, its
#: 1954 sentences read as the build reads them; its report's own quotations that the set segments
#: as phrases (“ 硬 联通 ”, “ 戏 聚 天津 ”) still cost it 16 cut points. heldout11.tsv came in
#: below (0.9508 against 0.9516) and round 14, which tuned terms only, left it there; round 15
#: brought it to 0.9519 (the removal test re-run: 15 corpus-rule, genre and user entries the sets
#: cut). heldout16.tsv came in below (0.9439 against 0.9447) and round 19, which tuned terms and
#: classes only, left it at 0.9440; its gap is the level reached. heldout17.tsv came in below too
#: (0.9381 against 0.9393); round 22 brought it to 0.9383. heldout19.tsv came in below (0.9431
#: against 0.9446); round 22 brought it to 0.9433. heldout22.tsv came in below (0.9398 against
#: 0.9427); round 25, which tuned terms only, brought it to 0.9399. heldout24.tsv came in below
#: (0.9504 against 0.9513); round 27, which took out one genre entry, left it there.
#: heldout26.tsv came in below (0.9435 against 0.9440); round 29, which tuned programme names
#: only, left it there. heldout27.tsv came in below (0.9360 against 0.9363); round 30 brought it
#: to 0.9362 (主体作用 a split word).
BELOW_JIEBA: dict[str, float] = {
    "heldout16": 0.0007, "heldout17": 0.0011, "heldout19": 0.0014, "heldout22": 0.0028,
    "heldout24": 0.0009, "heldout26": 0.0005, "heldout27": 0.0001,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(TUNED_LEVELS))
def test_tuned_sets_keep_their_levels_and_ordinary_words_at_least_as_jieba(name: str):
    rows = se.read_gold(FOLDER / f"{name}.tsv")
    scores = {k: se.evaluate_by_report(rows, segmenters()[k]) for k in segmenters()}
    integrity, f1_ordinary = TUNED_LEVELS[name]
    assert scores["govreport"].integrity >= integrity - 0.03
    assert scores["govreport"].f1_ordinary >= f1_ordinary - 0.003
    # round 10's aim: the dictionary alone (jieba's cut of numbers) does not cut ordinary
    # words worse than default jieba on any set it was tuned on (BELOW_JIEBA: not yet)
    gap = BELOW_JIEBA.get(name, 0.0)
    assert scores["govreport_no_number_rule"].f1_ordinary >= scores["jieba"].f1_ordinary - gap


@cache
def every_set() -> dict[str, tuple[se.GoldSentence, ...]]:
    sets = {"gold": tuple(se.read_gold(FOLDER / "gold.tsv"))}
    sets |= {p.stem: tuple(se.read_gold(p)) for p in se.heldout_files(FOLDER / "gold.tsv")}
    return sets


def test_no_jieba_word_the_sets_cut_swallows_or_crosses_a_listed_term():
    """lexicon/split_words.tsv's class, as round 28 extended it: on every set, a jieba word (not
    a term of ours) that the token view returns over a listed term's edge (大 数据中心 for 大数据
    中心) or around it (八届全国人大 for 人大) is one that some set keeps whole, or a long name, or
    a word of two characters: its parts are single characters, which jieba's HMM joins again
    where the word stands alone, so it is not dropped (资信 of 中资 信创, heldout14).

    Checked on the sets tuned on, not on the blind one: the words are found by reading the sets,
    and the blind set is scored as it comes (heldout27 brought 主体作用 over 市场主体, its
    miss: the class is open on unseen text)."""
    from govreport import tokens

    rows = [g for name, sentences in every_set().items() if name != BLIND for g in sentences]
    proj = project(ROOT)
    cut = report_segmenters(
        [proj.reports, proj.national, proj.provincial], [(g.report_id, g.text) for g in rows]
    )["govreport"]
    jieba_freq = tokens.plain_tokenizer(keep=False).tokenizer.FREQ
    ours, kept = tokens.our_terms(), {t for g in rows for t in g.tokens}
    found = set()
    for g in rows:
        terms = se.occurrences(g.policy_terms, g.text)
        start = 0
        for word in cut(g.report_id)(g.text):
            end = start + len(word)
            if jieba_freq.get(word, 0) > 0 and word not in ours and word not in kept:
                # overlapping a term and not inside it (nor the term itself)
                if any(s < end and start < e and not (s <= start and end <= e) for s, e in terms):
                    found.add(word)
            start = end
    assert {w for w in found if 2 < len(w) <= tokens.LONG_NAME_CHARS} == set()


def test_misses_table_lists_what_the_tokenizer_splits_on_the_blind_set():
    table = pd.read_csv(ROOT / "data" / "processed" / "segmentation_misses.csv")
    ours = table[(table["segmenter"] == "govreport") & (table["split"] == BLIND)]
    s = score("govreport")
    assert ours["missed"].sum() == s.terms - s.terms_whole
    assert (ours["missed"] <= ours["occurrences"]).all()
