"""Kind and period cues of round 14, on sentences written for these tests (not copied from a
report): verbs of creation before a count, lists a 新增 lead governs, ranks after their scope,
start values of counts merged, comparative 多了/少了. Expected values follow the gold conventions
(tests/data/gold_corpus headers)."""

from __future__ import annotations

import pandas as pd

from govreport.quantities import extract_quantities
from govreport.report import parse_report


def review(sentence: str) -> pd.DataFrame:
    """Quantities of one sentence placed in a review part (2024)."""
    return extract_quantities(
        parse_report(f"一、2024年工作回顾\n{sentence}\n二、2025年工作安排\n无。")
    )


def test_verb_of_creation_before_a_count_with_its_object_is_count_new() -> None:
    rows = review("全年启动了12个城市更新项目，建设8所寄宿制学校，新设经营主体9万户。")
    assert rows["kind"].tolist() == ["count_new", "count_new", "count_new"]


def test_result_of_a_construction_noun_stays_a_level() -> None:
    rows = review("保障性住房建设350万套，群众喜迁新居。")
    assert rows["kind"].tolist() == ["level"]


def test_a_new_lead_governs_its_list_of_capacities() -> None:
    rows = review("全年新增发电装机1200万千瓦，高速公路850公里，港口吞吐能力3000万吨。")
    assert rows["kind"].tolist() == ["count_new"] * 3


def test_a_clause_with_a_verb_of_its_own_is_no_item_of_the_new_list() -> None:
    rows = review("城镇新增就业110万人，农村劳动力转移就业240万人。")
    assert rows["kind"].tolist() == ["count_new", "level"]


def test_rank_after_its_scope_is_a_ranking_of_that_scope() -> None:
    rows = review("数字经济发展指数全国第一，开放口岸数量稳居西部第二。")
    assert rows["kind"].tolist() == ["rank", "rank"]
    assert rows["value_num"].tolist() == [1.0, 2.0]
    assert rows["subject"].tolist() == ["数字经济发展指数全国排名", "开放口岸数量西部排名"]


def test_rank_numeral_is_read_whole_and_tiers_are_ordinals() -> None:
    assert review("工业营收从全国第15位升至第9位。")["value_num"].tolist() == [15.0, 9.0]
    assert review("创新能力进入全国第二梯队。").empty


def test_start_value_of_a_merged_count_is_of_the_base_year() -> None:
    rows = review("过去五年，省属企业由36家整合为21家。")
    assert rows["value_num"].tolist() == [36.0, 21.0]
    assert rows["span"].tolist() == ["", "过去五年"]
    assert rows["year"].tolist() == [2019, 2024]


def test_comparative_more_or_less_is_a_change() -> None:
    rows = review("每名学生每月多了200元补助，全年支出比预算少了30亿元。")
    assert rows["kind"].tolist() == ["change", "change"]
    assert rows["value_num"].tolist() == [200.0, -30.0]


def test_a_list_item_with_a_verb_of_its_own_is_no_new_count() -> None:
    rows = review("全年新增绿道60公里，完成人工造林5000亩。")
    assert rows["kind"].tolist() == ["count_new", "level"]


def test_renovation_before_a_verb_of_creation_is_no_new_count() -> None:
    # round 18: 改造建设 rebuilds what stands (a level); 建设 alone creates (heldout16 call)
    rows = review("改造建设20个社区食堂，建设15所幼儿园，增补普通高中学位1.2万个。")
    assert rows["kind"].tolist() == ["level", "count_new", "count_new"]


def test_cuts_of_time_limits_and_paperwork_are_negative_growth() -> None:
    # round 18: 办理时限压缩60%, 申报材料精简45% are cuts by a share (heldout16 call)
    rows = review("企业开办时限压缩60%，申报材料精简45%，服务更便利。")
    assert rows["kind"].tolist() == ["growth_pct", "growth_pct"]
    assert rows["value_num"].tolist() == [-60.0, -45.0]


def test_a_clause_opening_on_a_verb_of_creation_and_its_list_count_new_units() -> None:
    # round 18: 开通…线路N条、…航线M条 (heldout16), 建设…住房N套 (heldout5); a noun with 建设
    # inside (建设项目有N个) stays a level (heldout9, heldout14)
    rows = review("开通国际客运航线12条、国际货运航线5条。建设项目共有30个。")
    assert rows["kind"].tolist() == ["count_new", "count_new", "level"]


def test_people_counted_with_wei_are_a_count_not_a_rank() -> None:
    # round 23: 院士2位 counts people (heldout21 jilin call); 第3位 stays a rank
    rows = review("新晋工程院院士3位，聘请专家12位，综合实力居全省第3位。")
    assert rows["kind"].tolist() == ["count_new", "level", "rank"]
    assert rows["unit"].tolist() == ["位", "位", "位"]


def test_a_new_word_before_a_bare_magnitude_counts_new_units() -> None:
    # round 23: 新增人口100万 (no measure word after 万) is a count of new people (heldout21)
    rows = review("全年城区新增常住人口12万，旅游人次达到3000万。")
    assert rows["kind"].tolist() == ["count_new", "level"]


def test_a_rate_over_the_plan_is_the_relative_excess() -> None:
    # round 23: 超年度计划15% is growth over the plan; 完成年度计划的98% is the share done
    rows = review("重点项目完成投资800亿元、超年度计划15%，民生工程完成年度计划的98%。")
    assert rows["kind"].tolist() == ["level", "growth_pct", "share_pct"]


def test_the_level_reached_after_a_change_is_a_level() -> None:
    # round 23: 增加120元，达到960元 (heldout21 national 1993); 增长5%左右，力争6% keeps growth
    rows = review("职工月均工资增加120元，达到960元；粮食产量增长5%左右，力争6%。")
    assert rows["kind"].tolist() == ["change", "level", "growth_pct", "growth_pct"]


def test_a_span_of_years_before_the_new_word_still_leads_its_list() -> None:
    # round 23: 五年内新增…，采煤能力…，原油开采能力… (heldout21 national 1986); a bare
    # magnitude (人口40万) is an item too
    rows = review("五年内新增城市绿地1200公顷，城市道路85公里，常住人口40万。")
    assert rows["kind"].tolist()[-3:] == ["count_new"] * 3


def test_a_count_closing_on_a_start_or_completion_counts_new_units() -> None:
    # round 23: N个X全部开工 / 开诊运营 / 建成 are new units (heldout3, 12, 13); 获批 stays a level
    rows = review("全年42个重点项目全部开工，6个社区医院开诊运营，3家实验室获批。")
    assert rows["kind"].tolist() == ["count_new", "count_new", "level"]


def test_a_round_magnitude_after_shang_or_jin_counts_people() -> None:
    # round 23: 上千万群众, 近百万青年 count people (level), no class named by a round number
    rows = review("上千万群众喜迁新居，近百万青年返乡创业。")
    assert rows["kind"].tolist() == ["level", "level"]


def test_a_count_taking_in_projects_carried_over_is_a_level() -> None:
    # round 27: 续建 (projects carried over from earlier years) counts what is under way
    rows = review("全年新建和续建大中型项目八百九十个，新建学校12所。")
    assert rows["kind"].tolist() == ["level", "count_new"]


def test_kaigong_before_and_two_verb_completion_after_a_count_are_count_new() -> None:
    # round 48: 开工 before the count, 建成通车 / 开工建设 / 竣工投产 closing the clause
    rows = review(
        "全年再开工9项重点引水工程，6条城际公路建成通车，"
        "12座中型水库开工建设，5个能源项目竣工投产。"
    )
    assert rows["kind"].tolist() == ["count_new"] * 4


def test_the_adverb_xin_before_a_verb_of_taking_in_is_count_new() -> None:
    # round 48: 新入库 / 新筹集 / 新认证 / 新纳入 as 新入规 / 新登记
    rows = review(
        "新入库规模以上工业企业230家，新筹集公共租赁住房4200套，"
        "新认证绿色食品80个，新纳入低保对象1.2万人。"
    )
    assert rows["kind"].tolist() == ["count_new"] * 4


def test_laying_out_or_certifying_a_count_is_count_new() -> None:
    # round 48: 布局 / 认定 / 评定 right before the count, or opening a clause on its object
    rows = review("布局8个数字产业园区，认定省级技术中心25家，评定“老字号”品牌40个。")
    assert rows["kind"].tolist() == ["count_new"] * 3


def test_put_into_use_or_completed_after_a_coordinated_list_of_counts_is_count_new() -> None:
    # round 51: 投入使用 / 正式启用 / 基本建成 closing the clause, also after a 和-list of counts
    rows = review(
        "4个物流园区正式启用，120个城市书房投入使用，15个乡镇卫生院和8个社区卫生服务中心基本建成。"
    )
    assert rows["kind"].tolist() == ["count_new"] * 4


def test_items_of_a_list_with_actions_of_their_own_keep_their_kind() -> None:
    # round 51: 60个小区改造和25个示范村创建: each item names its own action
    rows = review("完成60个老旧小区改造和25个示范村创建。")
    assert rows["kind"].tolist()[0] == "level"


def test_an_amount_shrunk_is_a_change() -> None:
    # round 83 (heldout81 national 2018): 缩减 right before an amount, as 减少
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "一、过去五年工作回顾\n沙化土地面积年均缩减近2000平方公里。\n二、2018年工作建议\n"
    found = extract_quantities(parse_report(text), plan_year=2018).set_index("value")
    assert found.loc["2000", ["kind", "value_num"]].tolist() == ["change", -2000.0]


def test_plants_connected_to_the_grid_are_new_units() -> None:
    # round 86 (heldout84 hainan 2026): 并网发电 closes the clause as 建成 / 投入使用 do
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "一、2025年工作回顾\n3家海上风场并网发电。\n二、2026年主要工作\n"
    found = extract_quantities(parse_report(text), plan_year=2026).set_index("value")
    assert found.loc["3", "kind"] == "count_new"


def test_a_plants_yearly_output_before_it_is_its_size_class() -> None:
    # round 90 (heldout88 national 1958; heldout53, 60, 84 the same form): 年产…的 + plant sizes the
    # plant, a class (kind and period other), named plant + product + 年产量; a count of such
    # plants after it (…以上的就有三十一个) is not the plant
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = (
        "一、1957年工作回顾\n我们已经能够设计年产一百五十万吨钢的钢铁联合企业，"
        "年产五万吨合成氨的氮肥厂，年产十万吨的造纸厂，等等。\n二、1958年的计划\n"
    )
    found = extract_quantities(parse_report(text), plan_year=1958).set_index("value")
    rows = found.loc[["一百五十", "五", "十"], ["subject", "kind", "period_kind"]]
    assert rows.values.tolist() == [
        ["钢铁联合企业钢年产量", "other", "other"],
        ["氮肥厂合成氨年产量", "other", "other"],
        ["造纸厂年产量", "other", "other"],
    ]


def test_track_laid_is_a_length_of_new_line() -> None:
    # round 103 (heldout101 national 1958: 计划新线和复线铺轨约一千五百公里 count_new)
    rows = review("全年铁路新线铺轨860公里，公路通车里程达到12万公里。")
    assert rows["kind"].tolist() == ["count_new", "level"]


def test_a_capacity_enlarged_by_a_share_is_a_growth() -> None:
    # session 48, a city's 2023 review: 发热诊室和日接诊量分别扩容119.04%和204.76% were read as
    # shares; 扩容 before a share enlarges by it, as 扩大 does
    text = "一、2025年工作回顾\n发热诊室和日接诊量分别扩容119.04%和204.76%。\n二、2026年工作安排\n无。\n"
    rows = extract_quantities(parse_report(text))
    assert rows["kind"].tolist() == ["growth_pct", "growth_pct"]


def test_a_populations_rate_of_growth_is_a_share_however_written() -> None:
    # session 59 (heldout50 national 1980: 人口自然增长率由上年的1.2％下降到1.17％, both share_pct;
    # helpers' city pages: 人口自然增长率3.95%): a population's rate is a share of it, in per
    # cent as in per thousand; a price's rise stays a growth
    rows = review(
        "人口自然增长率由上年的1.2%下降到1.17%，人口自然增长率3.95‰，居民消费价格涨幅2.5%。"
    )
    assert rows["kind"].tolist() == ["share_pct", "share_pct", "share_pct", "growth_pct"]


def test_a_threshold_inside_a_counts_description_is_a_class() -> None:
    # session 60 (a city's review of 2023: 18个投资过百亿元的产业项目落户; gold hunan-2026:
    # 新增…4个过五百亿的县市): the count's subject, read from the words after it, hid the 过 of
    # the threshold, read as a level of the year
    rows = review("全年18个投资过百亿元的产业项目落户，新增4个过五百亿的县市。")
    threshold = rows[rows["value"].isin(["百", "五百"])]
    assert threshold[["kind", "period_kind", "qualifier"]].values.tolist() == [
        ["other", "other", "超过"],
        ["other", "other", "超过"],
    ]


def test_double_digit_growth_is_a_class_of_rates_read_as_a_rate() -> None:
    # session 62 pages and the gold since heldout10/11: 两位数增长 names a class of rates (at least
    # 10 %), kind other; it is still read as a rate, so a 累计 of the clause before is not its own
    rows = review("进出口总值五年累计超过3.8万亿元，“新三样”出口保持两位数增长。")
    assert rows[["kind", "period_kind", "qualifier"]].values.tolist() == [
        ["level", "stock", "累计|超过"],
        ["other", "actual", ""],
    ]


def test_the_total_after_a_count_of_new_things_stands() -> None:
    # session 62 pages (round 22: a total reached is a level that stands): 总数达到 after a new
    # count, with the scope before 新增 kept, and a bare 达到 after it
    rows = review("全市新增跨黄桥隧8处、总数达21处。新增规模以上工业企业1220家、达到2631家。")
    assert rows[["subject", "kind", "period_kind"]].values.tolist() == [
        ["全市新增跨黄桥隧", "count_new", "actual"],
        ["全市跨黄桥隧总数", "level", "stock"],
        ["新增规模以上工业企业", "count_new", "actual"],
        ["规模以上工业企业", "level", "stock"],
    ]


def test_units_built_and_put_into_use_are_new() -> None:
    # session 63 pages: …个项目建成投用 / 建成投运 / 建成投产 closes its clause on the units'
    # completion, as 建成 and 竣工投产 do: new units
    rows = review("175个项目建成投用，256个产业项目建成投运，77个项目建成投产。")
    assert rows["kind"].tolist() == ["count_new"] * 3


def test_new_before_completing_listing_declaring_and_setting_up_counts_new_units() -> None:
    # session 64: helpers' pages of 2007-2024 (新竣工亿元以上产业项目50个, 新上榜中国好人1名,
    # 新申报限上商贸企业60家, 新上企业项目34家): the adverb 新 makes them new units, as 新开工 does
    rows = review(
        "新竣工产业项目50个，新上榜中国好人1名，新申报限上商贸企业60家，新上企业项目34家。"
    )
    assert rows["kind"].tolist() == ["count_new"] * 4


def test_thresholds_before_a_bare_count_name_classes_of_the_list() -> None:
    # session 64: a town's summary (新上企业项目34家，其中投资超千万的5家，500万元以上的4家): each
    # amount before 的 and a count is the class's threshold; nor is the count itself a class noun
    # (在建项目10个，其中过500万元的两个)
    rows = review("新上企业项目34家，其中投资超千万的5家，500万元以上的4家。")
    # (the 其中 part of the new projects is new too: 5 count_new, by new_count_whole)
    assert rows[["value", "kind"]].values.tolist() == [
        ["34", "count_new"],
        ["千", "other"],
        ["5", "count_new"],
        ["500", "other"],
        ["4", "level"],
    ]
    rows = review("在建项目10个，其中过500万元的两个。")
    assert rows["subject"].tolist()[-1] == "在建项目"
    # (but a total passed before 的 and the count sums those things: 总投资过千亿的148个在建项目,
    # the book's report, gold row 2.3.3.4)
    rows = review("推动某中心等总投资过千亿的148个在建项目加快施工。")
    assert rows[["value", "kind"]].values.tolist() == [["千", "level"], ["148", "level"]]


def test_a_sum_admitting_to_a_club_or_sorting_places_is_a_threshold() -> None:
    # session 64: helpers' pages of 2009-2024 (3个镇街进入400亿元俱乐部, 10亿元企业方阵达到6家,
    # 税收超千万元的镇有13个, 纳税额超亿元的商务楼宇超50栋): the sums name classes, not amounts
    for sentence, value in [
        ("3个镇街进入400亿元俱乐部。", "400"),
        ("10亿元企业方阵达到6家。", "10"),
        ("税收超千万元的镇有13个。", "千"),
        ("纳税额超亿元的商务楼宇超50栋。", "亿"),
    ]:
        rows = review(sentence)
        assert rows.loc[rows["value"] == value, "kind"].tolist() == ["other"], sentence


def test_what_a_place_has_now_or_under_it_is_a_stock() -> None:
    # session 64: townships' summaries of 2016-2018 (全乡现有贫困户952户, 木棠镇下辖25个村委会): the
    # count stands at the time; 现有 modifying another noun (用于现有企业…的资金) stays a result
    rows = review(
        "全乡现有贫困户952户。木棠镇下辖25个村委会。用于现有企业设备更新的资金为1300亿元。"
    )
    assert rows["period_kind"].tolist() == ["stock", "stock", "actual"]


def test_a_part_of_a_count_of_new_projects_or_firms_is_new_too() -> None:
    # session 64: helpers' pages of 2019-2024 (引进项目38个，其中亿元以上项目12个; 新签约…项目48个，
    # 其中百亿级项目3个): the 其中 part counts new units, named with the whole's verb; a part of
    # a standing count stays a level, and so do dwellings (…740万套，其中棚户区改造580万套:
    # heldout6, national 2015)
    rows = review("引进项目38个，其中亿元以上项目12个。全市有企业100家，其中规上企业20家。")
    counts = rows[rows["kind"] != "other"]
    assert counts[["subject", "kind"]].values.tolist() == [
        ["引进项目", "count_new"],
        ["引进亿元以上项目", "count_new"],
        ["全市有企业", "level"],
        ["规上企业", "level"],
    ]
