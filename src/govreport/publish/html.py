"""Offline interactive HTML tables for the book.

:func:`interactive_table` turns a DataFrame into a searchable, sortable, paginated table with a
few lines of inline vanilla JavaScript: no CDN, no external file, so it works in a copy of the
built site opened from disk, and in JupyterLab. Without JavaScript the full table shows.

Report text is data, never markup: every cell, header and caption goes through
:func:`escape_text`, so ``<script>``, ``<img onerror=...>``, Markdown or MyST syntax and TeX
delimiters show as literal text. Link columns are built from templates whose placeholders are
filled with percent-encoded values, and only relative, ``http(s)`` or ``mailto`` links are kept.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

import pandas as pd
from IPython.display import HTML

TABLE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
SAFE_SCHEMES = {"", "http", "https", "mailto"}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
#: Characters that Markdown, MyST or MathJax would read as syntax, as numeric references.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "$`*_{}[]\\~|"})

_STYLE = """<style>
.govreport-table{margin:1em 0;font-size:.9em}
.govreport-table .gr-controls{display:flex;gap:.6em;align-items:center;flex-wrap:wrap;margin:.3em 0}
.govreport-table input[type=search]{padding:.2em .4em;min-width:14em}
.govreport-table .gr-scroll{overflow-x:auto}
.govreport-table table{border-collapse:collapse;width:100%}
.govreport-table th,.govreport-table td{border-bottom:1px solid rgba(128,128,128,.35);padding:.25em .5em;text-align:left;vertical-align:top}
.govreport-table th{cursor:pointer;white-space:nowrap;user-select:none}
.govreport-table th[aria-sort=ascending]::after{content:" \\25B2"}
.govreport-table th[aria-sort=descending]::after{content:" \\25BC"}
.govreport-table td.gr-num{text-align:right;font-variant-numeric:tabular-nums}
.govreport-table .gr-pager button{padding:0 .6em}
.govreport-table .gr-scroll{max-width:100%;-webkit-overflow-scrolling:touch}
.govreport-table table{margin:0}
.govreport-table caption{caption-side:top;text-align:left;font-weight:600;padding:.2em 0}
.govreport-table th.gr-long,.govreport-table td.gr-long{min-width:14em;max-width:32em}
.govreport-table th.gr-mid,.govreport-table td.gr-mid{min-width:7.5em;max-width:20em}
.govreport-table th.gr-short,.govreport-table td.gr-short{white-space:nowrap}
.govreport-table tr:target td,.govreport-table tr.gr-hit td{background:rgba(230,159,0,.25)}
@media print{.govreport-table .gr-controls{display:none!important}
.govreport-table tr[hidden]{display:table-row!important}
.govreport-table .gr-scroll{overflow:visible}}
</style>"""

# One script per table, scoped to its container by id. Cells hold text only (set as
# textContent by the browser from escaped HTML), so no value is ever parsed as markup here.
_SCRIPT = """<script>
(function () {
  var box = document.getElementById(%(id)s);
  if (!box || box.dataset.ready) { return; }
  box.dataset.ready = "1";
  var size = %(size)d, page = 0, key = -1, dir = 1;
  var body = box.querySelector("tbody");
  var rows = Array.prototype.slice.call(body.rows);
  var shown = rows;
  var input = box.querySelector("input[type=search]");
  var info = box.querySelector(".gr-info");
  var prev = box.querySelector(".gr-prev"), next = box.querySelector(".gr-next");
  var heads = box.querySelectorAll("thead th");
  var number = /^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$/;
  function value(row, i) {
    var cell = row.cells[i];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
  }
  function compare(a, b) {
    var x = value(a, key).trim(), y = value(b, key).trim();
    if (number.test(x) && number.test(y)) { return (parseFloat(x) - parseFloat(y)) * dir; }
    if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
    return x.localeCompare(y, "zh-Hans-CN") * dir;
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    var start = page * size, end = start + size;
    rows.forEach(function (row) { row.hidden = true; });
    shown.forEach(function (row, i) {
      row.hidden = !(i >= start && i < end);
      body.appendChild(row);
    });
    info.textContent = shown.length === 0 ? "无匹配行" :
      ("第 " + (start + 1) + "–" + Math.min(end, shown.length) + " 行，共 " + shown.length +
       " 行" + (shown.length < rows.length ? "（全表 " + rows.length + " 行）" : ""));
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  function filter() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    shown = rows.filter(function (row) {
      var text = row.textContent.toLowerCase();
      return terms.every(function (t) { return text.indexOf(t) >= 0; });
    });
    if (key >= 0) { shown.sort(compare); }
    page = 0;
    render();
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.tabIndex = 0;
    function sort() {
      dir = key === i ? -dir : 1;
      key = i;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      shown.sort(compare);
      render();
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
    });
  });
  input.addEventListener("input", filter);
  prev.addEventListener("click", function () { page -= 1; render(); });
  next.addEventListener("click", function () { page += 1; render(); });
  // A link to a row (page.html#<row id>) opens the page of the table that holds it.
  function reveal() {
    var id = location.hash.slice(1), row = null;
    try { row = id ? (document.getElementById(id) ||
                      document.getElementById(decodeURIComponent(id))) : null; } catch (e) {}
    if (!row || !box.contains(row) || row.tagName !== "TR") { return; }
    if (input.value) { input.value = ""; shown = rows.slice(); if (key >= 0) { shown.sort(compare); } }
    page = Math.floor(shown.indexOf(row) / size);
    render();
    rows.forEach(function (r) { r.classList.toggle("gr-hit", r === row); });
    row.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", reveal);
  box.querySelector(".gr-controls").hidden = false;
  render();
  reveal();
})();
</script>"""


def escape_text(value: object) -> str:
    """Escape a value for HTML text or a quoted attribute; missing values become ``""``.

    >>> escape_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> escape_text(None), escape_text(float("nan")), escape_text(3.0)
    ('', '', '3')
    >>> escape_text("$x$ {glue}`a` **b**")
    '&#36;x&#36; &#123;glue&#125;&#96;a&#96; &#42;&#42;b&#42;&#42;'
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            value = int(value)
    text = html.escape(str(value), quote=True)
    # Characters that Markdown, MyST or MathJax would read as syntax, as numeric references:
    # the text shows unchanged, but no later processor sees the syntax.
    return text.translate(_INERT)


def escape_attr(value: object) -> str:
    """Escape a value for a double-quoted HTML attribute (an ``href``, an ``id``).

    >>> escape_attr('a_b.csv" onclick="x')
    'a_b.csv&quot; onclick=&quot;x'
    """
    return html.escape(escape_value(value), quote=True)


def escape_markdown(value: object) -> str:
    """Escape text for Markdown/MyST output: every ASCII punctuation mark gets a backslash.

    >>> print(escape_markdown("**粗** {glue}`x` <b> $1$"))
    \\*\\*粗\\*\\* \\{glue\\}\\`x\\` \\<b\\> \\$1\\$
    """
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", escape_value(value))


def link_href(template: str, row: Mapping[str, object]) -> str | None:
    """Fill a link template from a row; ``None`` if a value is missing or the scheme unsafe.

    Placeholders ``{column}`` take the percent-encoded value of that column (``/`` kept).

    >>> link_href("#q-{indicator_id}", {"indicator_id": "q 1/<2>"})
    '#q-q%201/%3C2%3E'
    >>> link_href("{path}", {"path": "//evil.example/x"}) is None
    True
    >>> link_href("{url}", {"url": "javascript:alert(1)"})  # a value cannot add a scheme
    'javascript%3Aalert%281%29'
    >>> link_href("javascript:{x}", {"x": "1"}) is None
    True
    >>> link_href("#q-{x}", {"x": None}) is None
    True
    """
    missing = False

    def fill(match: re.Match[str]) -> str:
        nonlocal missing
        text = escape_value(row.get(match.group(1)))
        missing = missing or text == ""
        return quote(text, safe="/")

    href = _PLACEHOLDER.sub(fill, template)
    if missing or href.startswith("//"):  # no value may make a link to another host
        return None
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in SAFE_SCHEMES else None


def escape_value(value: object) -> str:
    """The plain text of a cell value (no escaping); missing values become ``""``.

    >>> escape_value(2.0), escape_value(2.5), escape_value(None)
    ('2', '2.5', '')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value)


def _class_attr(css: str) -> str:
    return f' class="{escape_attr(css)}"' if css else ""


def _is_numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _cell(
    value: object, numeric: bool, href: str | None, shown: object = None, css: str = ""
) -> str:
    """One ``<td>``: ``shown`` is the text to display (default: ``value`` itself), ``value``
    gives the sort key of a numeric cell; a missing numeric value sorts last."""
    text = escape_text(value if shown is None else shown)
    if href is not None and text:
        text = f'<a href="{escape_attr(href)}">{text}</a>'
    classes = " ".join(c for c in ("gr-num" if numeric else "", css) if c)
    attrs = f' class="{classes}"' if classes else ""
    if numeric:
        key = escape_value(value)
        attrs += f' data-sort="{escape_text(repr(float(value)) if key else "")}"'  # type: ignore[arg-type]
    return f"<td{attrs}>{text}</td>"


def table_html(
    frame: pd.DataFrame,
    table_id: str,
    caption: str = "",
    page_size: int = 25,
    links: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    *,
    shown: pd.DataFrame | None = None,
    row_ids: str | None = None,
    interactive: bool = True,
    column_classes: Mapping[str, str] | None = None,
) -> str:
    """The HTML of an interactive table (see :func:`interactive_table`).

    ``shown`` (same shape and columns as ``frame``) holds the text to display; ``frame`` then
    only gives sort keys and link values. ``row_ids`` is a template such as ``"ind-{id}"`` for
    each row's HTML id (a link to ``page.html#ind-…`` opens the table page holding the row).
    ``interactive=False`` gives the plain table (no filter, sort or pages, no script).
    ``column_classes`` adds a CSS class to a column's cells (``gr-long``, ``gr-short``).

    >>> out = table_html(pd.DataFrame({"a": ["<b>"]}), "t1")
    >>> "<td>&lt;b&gt;</td>" in out and "<b>" not in out
    True
    >>> "<script>" in table_html(pd.DataFrame({"a": [1]}), "t2", interactive=False)
    False
    """
    if not TABLE_ID.match(table_id):
        raise ValueError(f"table_id {table_id!r} must match {TABLE_ID.pattern}")
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    links = dict(links or {})
    labels = dict(labels or {})
    unknown = [c for c in links if c not in frame.columns]
    if unknown:
        raise KeyError(f"link columns not in the table: {unknown}")
    if shown is not None and list(shown.columns) != list(frame.columns):
        raise ValueError("shown must have the columns of frame")
    classes = {str(k): v for k, v in (column_classes or {}).items()}
    columns = [str(c) for c in frame.columns]
    numeric = [_is_numeric(frame[c]) for c in frame.columns]
    head = "".join(
        f'<th scope="col"{_class_attr(classes.get(c, ""))}>{escape_text(labels.get(c, c))}</th>'
        for c in columns
    )
    texts = (shown if shown is not None else frame).to_dict(orient="records")
    body = []
    for record, text_record in zip(frame.to_dict(orient="records"), texts, strict=True):
        row = {str(k): v for k, v in record.items()}
        text_row = {str(k): v for k, v in text_record.items()}
        cells = []
        for column, is_num in zip(columns, numeric, strict=True):
            href = link_href(links[column], row) if column in links else None
            text = text_row[column] if shown is not None else None
            cells.append(_cell(row[column], is_num, href, text, classes.get(column, "")))
        row_id = link_href(row_ids, row) if row_ids else None
        tr = f'<tr id="{escape_attr(row_id)}">' if row_id else "<tr>"
        body.append(tr + "".join(cells) + "</tr>")
    ident = escape_text(table_id)
    if not interactive:
        return (
            f'{_STYLE}<div class="govreport-table gr-static tex2jax_ignore mathjax_ignore" '
            f'id="{ident}"><div class="gr-scroll"><table>'
            f"{f'<caption>{escape_text(caption)}</caption>' if caption else ''}"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></div>"
        )
    caption_html = f"<caption>{escape_text(caption)}</caption>" if caption else ""
    controls = (
        '<div class="gr-controls" hidden>'
        f'<input type="search" placeholder="筛选 Filter" aria-label="筛选表格 {ident}">'
        '<span class="gr-pager"><button type="button" class="gr-prev" aria-label="上一页">‹</button> '
        '<button type="button" class="gr-next" aria-label="下一页">›</button></span>'
        '<span class="gr-info" aria-live="polite"></span></div>'
    )
    script = _SCRIPT % {"id": f'"{table_id}"', "size": page_size}
    return (
        f'{_STYLE}<div class="govreport-table tex2jax_ignore mathjax_ignore" id="{ident}">'
        f'{controls}<div class="gr-scroll"><table>{caption_html}'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></div>"
        f"{script}"
    )


def interactive_table(
    frame: pd.DataFrame,
    table_id: str,
    caption: str = "",
    page_size: int = 25,
    links: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> HTML:
    """A searchable, sortable, paginated table for a notebook or the book, fully offline.

    Parameters
    ----------
    frame : the rows to show, in order; column names are shown unless ``labels`` renames them.
    table_id : the HTML id of the table (unique on its page), ``[A-Za-z][A-Za-z0-9_-]*``.
    caption : text above the table (escaped).
    page_size : rows per page.
    links : column -> link template, e.g. ``{"indicator_id": "05-targets.html#q-{indicator_id}"}``;
        ``{column}`` placeholders take the row's percent-encoded values.
    labels : column -> header text, e.g. ``{"value": "数值"}``.

    >>> interactive_table(pd.DataFrame({"a": [1]}), "demo").data.count("<tr>")
    2
    """
    return HTML(table_html(frame, table_id, caption, page_size, links, labels))
