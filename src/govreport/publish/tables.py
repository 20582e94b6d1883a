"""Tables for readers: every table a chapter shows goes through :func:`reader_table`.

A reader table has Chinese column headers from the data dictionary
(``src/govreport/publish/data_dictionary.yml``: ``label``, with the ``unit`` in brackets), no
index column, "—" for a missing value, numbers at a sensible precision (``decimals`` of the
column, else at most two decimals, never float noise such as 1.0116), coded values in Chinese
(``values`` of the dictionary), quotes in quotation marks, and lists joined with 、. Wide tables
scroll inside their box; long ones are the offline interactive table of
:mod:`govreport.publish.html` (filter, sort, pages). The formatting is a pure function,
:func:`display_frame`, so it can be tested without a browser.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from IPython.display import HTML

from govreport.publish.datapackage import read_dictionary
from govreport.publish.html import table_html

MISSING = "—"
#: Tables with more rows than this are interactive (filter, sort, pages).
INTERACTIVE_ROWS = 15
#: Decimals of a float column the dictionary gives no precision for.
DEFAULT_DECIMALS = 2
#: Columns whose displayed text is longer than SHORT_TEXT get a minimum width; shorter ones never
#: wrap; longer than LONG_TEXT, a wider minimum.
LONG_TEXT, SHORT_TEXT = 24, 10
_YEAR_UNITS = {"年"}
_BOOL_TEXT = {True: "是", False: "否"}
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


@functools.cache
def dictionary() -> dict[str, Any]:
    """The data dictionary (read once per process)."""
    return read_dictionary()


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() in ("", "nan", "NaN", "None", "<NA>")


def format_number(value: float, decimals: int | None = None, grouped: bool = True) -> str:
    """A number as a reader sees it.

    With ``decimals``, exactly that many; without, whole numbers have no decimals and others at
    most :data:`DEFAULT_DECIMALS` (trailing zeros dropped; tiny values keep two significant
    digits). Numbers from 10 000 up are grouped by thousands unless ``grouped`` is false.

    >>> format_number(1.0116), format_number(1.0116, 2), format_number(5.0), format_number(0.25)
    ('1.01', '1.01', '5', '0.25')
    >>> format_number(107890000000.0), format_number(2024, grouped=False), format_number(0.0004)
    ('107,890,000,000', '2024', '0.0004')
    >>> format_number(-0.04, 1), format_number(12.5, 0)
    ('0.0', '12')
    """
    sep = "," if grouped and abs(value) >= 10000 else ""
    if decimals is not None:
        text = f"{value:{sep}.{decimals}f}"
        return text[1:] if re.fullmatch(r"-0\.?0*", text) else text
    if float(value).is_integer():
        return f"{int(value):{sep}d}"
    text = f"{value:{sep}.{DEFAULT_DECIMALS}f}".rstrip("0").rstrip(".")
    if text in ("0", "-0"):
        return f"{value:.2g}"
    return text


def _bool_like(series: pd.Series) -> bool:
    values = {v for v in series if not _missing(v)}
    return bool(values) and values <= {True, False, "True", "False"}


def _number_like(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def format_column(series: pd.Series, entry: Mapping[str, Any], codes: Mapping[str, str]) -> list:
    """The display text of one column (see :func:`display_frame`)."""
    if _bool_like(series):
        return [MISSING if _missing(v) else _BOOL_TEXT[v in (True, "True")] for v in series]
    if _number_like(series):
        decimals = entry.get("decimals")
        if decimals is None and (series.dropna() % 1 == 0).all():
            decimals = 0
        grouped = entry.get("unit") not in _YEAR_UNITS and "year" not in str(series.name)
        return [
            MISSING if _missing(v) else format_number(float(v), decimals, grouped) for v in series
        ]
    out = []
    for value in series:
        if _missing(value):
            out.append(MISSING)
            continue
        text = str(value)
        if entry.get("format") == "list":
            text = "、".join(part for part in text.split("|") if part)
        text = "、".join(str(codes.get(part, part)) for part in text.split("、"))
        if entry.get("format") == "quote" and not text.startswith("“"):
            text = f"“{text}”"
        out.append(text)
    return out


def display_frame(
    frame: pd.DataFrame, columns_info: Mapping[str, Any], values: Mapping[str, Any]
) -> pd.DataFrame:
    """Every cell of ``frame`` as the text a reader sees (same columns, a fresh index).

    >>> info = {"gap_pp": {"decimals": 1}, "quote": {"format": "quote"}}
    >>> f = pd.DataFrame({"gap_pp": [0.30000000000000004, None], "quote": ["增长5%", None],
    ...                   "kind": ["growth_pct", "level"]})
    >>> display_frame(f, info, {"kind": {"growth_pct": "增速"}}).values.tolist()
    [['0.3', '“增长5%”', '增速'], ['—', '—', 'level']]
    """
    shown = {
        column: format_column(
            frame[column],
            columns_info.get(str(column)) or {},
            values.get(str(column)) or {},
        )
        for column in frame.columns
    }
    return pd.DataFrame(shown, columns=frame.columns)


def header(column: object, columns_info: Mapping[str, Any], numeric: bool = False) -> str:
    """A column's header: its dictionary label and unit, e.g. ``差距（个百分点）``; ``numeric``: the
    column holds numbers, headed by its ``number_label`` where it has one (``value``: the number
    as written in most tables, the number itself in some).

    >>> header("gap_pp", {"gap_pp": {"label": "差距", "unit": "个百分点"}})
    '差距（个百分点）'
    >>> header("year", {"year": {"label": "年份", "unit": "年"}}), header(0.1, {})
    ('年份', '0.1')
    >>> info = {"value": {"label": "数值（原文）", "number_label": "数值"}}
    >>> header("value", info), header("value", info, numeric=True)
    ('数值（原文）', '数值')
    """
    if isinstance(column, float):
        return format_number(column)
    entry = columns_info.get(str(column)) or {}
    label = str((numeric and entry.get("number_label")) or entry.get("label") or column)
    unit = entry.get("unit")
    # Counts, years and offsets read clearly without their unit; measures keep theirs.
    if unit and unit not in ("年", "字符", "次", "个", "句", "段", "词"):
        return f"{label}（{unit}）"
    return label


def spread_headers(
    columns: Sequence[object],
    spread: str,
    columns_info: Mapping[str, Any],
    values: Mapping[str, Any],
) -> dict[str, str]:
    """Headers of a pivot's value columns, named after the column they spread.

    >>> info = {"ratio_band": {"label": "数量容差"}}
    >>> spread_headers([0.1, "x"], "ratio_band", info, {})
    {'0.1': '数量容差 0.1', 'x': '数量容差 x'}
    >>> spread_headers(["plan"], "part_role", {}, {"part_role": {"plan": "安排"}})
    {'plan': '安排'}
    """
    codes = values.get(spread) or {}
    label = (columns_info.get(spread) or {}).get("label") or spread
    out = {}
    for column in columns:
        if str(column) in columns_info:
            continue
        if str(column) in codes:
            out[str(column)] = str(codes[str(column)])
        else:
            text = format_number(column) if isinstance(column, float) else str(column)
            out[str(column)] = f"{label} {text}"
    return out


def column_classes(shown: pd.DataFrame) -> dict[str, str]:
    """CSS classes by the longest text of a column: ``gr-long`` and ``gr-mid`` set a minimum
    width (text wraps in readable lines, the box scrolls), ``gr-short`` never wraps."""
    out = {}
    for column in shown.columns:
        longest = max((len(str(v)) for v in shown[column]), default=0)
        if longest > LONG_TEXT:
            out[str(column)] = "gr-long"
        elif longest > SHORT_TEXT:
            out[str(column)] = "gr-mid"
        else:
            out[str(column)] = "gr-short"
    return out


def plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with a meaningful index as columns and a default one dropped; string names.

    >>> pivot = pd.DataFrame({0.1: [3]}, index=pd.Index([0.5], name="growth_band_pp"))
    >>> list(plain_columns(pivot).columns)
    ['growth_band_pp', 0.1]
    """
    named = any(name is not None for name in frame.index.names)
    out = frame.reset_index() if named else frame.reset_index(drop=True)
    out.columns.name = None
    return out


def reader_table(
    frame: pd.DataFrame,
    table_name: str,
    columns: Sequence[str] | None = None,
    *,
    labels: Mapping[Any, str] | None = None,
    caption: str = "",
    links: Mapping[str, str] | None = None,
    row_ids: str | None = None,
    interactive: bool | None = None,
    page_size: int = 20,
) -> HTML:
    """A table for readers (see the module docstring).

    Parameters
    ----------
    frame : the rows, in order; a named index (a pivot's) becomes a column.
    table_name : names the table on its page (its HTML id, letters, digits, ``-`` and ``_``).
    columns : the columns to show, in order (default: all).
    labels : header overrides, column -> text (default: the dictionary's label and unit).
    caption : text above the table.
    links : column -> link template (``{column}`` placeholders), as in ``interactive_table``.
    row_ids : template of each row's HTML id, so other pages can link to a row.
    interactive : filter, sort and pages; default when the table has more than
        :data:`INTERACTIVE_ROWS` rows.

    >>> out = reader_table(pd.DataFrame({"gap_pp": [1.0116, None]}), "demo").data
    >>> "差距（个百分点）" in out and "NaN" not in out and "—" in out and "1.0" in out
    True
    """
    spread = frame.columns.name  # a pivot's columns are values of this column
    data = plain_columns(frame)
    if columns is not None:
        data = data[list(columns)]
    info, values = dictionary()["columns"], dictionary()["values"]
    shown = display_frame(data, info, values)
    heads = {str(c): header(c, info, pd.api.types.is_numeric_dtype(data[c])) for c in data.columns}
    if spread is not None:
        heads.update(spread_headers(data.columns, str(spread), info, values))
    heads.update({str(k): v for k, v in (labels or {}).items()})
    data.columns = shown.columns = [str(c) for c in data.columns]
    if interactive is None:
        interactive = len(data) > INTERACTIVE_ROWS
    ident = _SLUG.sub("-", table_name).strip("-")
    return HTML(
        table_html(
            data,
            ident,
            caption,
            page_size,
            links,
            heads,
            shown=shown,
            row_ids=row_ids,
            interactive=interactive,
            column_classes=column_classes(shown),
        )
    )
