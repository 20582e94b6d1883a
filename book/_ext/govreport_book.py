"""Sphinx glue for the govreport book.

- Makes the jieba dictionary path of the Chinese search index absolute (and fails loudly if it
  is missing), so the search index keeps the report's policy terms whole.
- Splits Chinese search queries the way the index was built: a query typed without spaces
  (高质量发展) is cut into the longest words the index holds (高质量 + 发展), instead of being
  looked up as one unknown term (see ``SPLITTER_JS``).
- Copies the figure files (``figures/``) and the data tables (``data/processed/``,
  ``data/external/``) into the HTML output under ``files/``, so every page can link to them.
- Offers each notebook page's executed ``.ipynb`` as a download, without any launch service.
- Shows the package version (``govreport.__version__``) in the footer of every page.
- Names the report: the book's title and the substitutions the pages print (``{{ plan_year }}``,
  ``{{ subject_title }}`` ...) come from the built ``reports`` table and the subject's metadata
  (``govreport.publish.findings.book_substitutions``), so the same pages serve any report.
- Shows the repository button only when ``CITATION.cff`` names a repository (``repository-code``),
  the one place the address is set.
- Keeps the pages free of console errors (repeated script entries, an unset theme mode).
- Serves MathJax from the site itself (the files of the PyPI package sphinx-mathjax-offline,
  MathJax 3.2.2, Apache-2.0; only the parts that TeX input and CHTML output need), never from
  a CDN.
- Adds the book's style sheet (``book/_static/govreport.css``): no page scrolls sideways at any
  width (wide tables and code scroll in their own box, figures scale), and figures and
  highlighted text stay readable in the theme's dark mode.
- Writes a self-contained ``404.html`` (inline style, no assets) whose home link finds the
  site root under any sub-path.
"""

from __future__ import annotations

import html
import importlib.util
import shutil
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.errors import ConfigError
from sphinx.search.zh import SearchChinese

import govreport

ROOT = Path(__file__).resolve().parents[2]
#: The whole book as PDF, written by ``make pdf`` (python -m govreport.publish.pdf).
BOOK_PDF = ROOT / "_build" / "pdf" / "govreport-book.pdf"
PDF_IN_SITE = "files/govreport-book.pdf"
COPIED = {
    "files/figures": ROOT / "figures",
    "files/data/processed": ROOT / "data" / "processed",
    "files/data/external": ROOT / "data" / "external",
}

MATHJAX_PACKAGE = "sphinx-mathjax-offline"
MATHJAX_ENTRY = "tex-chtml.js"
#: What tex-chtml.js loads from its own folder: fonts, the accessibility and menu parts, and the
#: TeX packages it autoloads.
MATHJAX_PARTS = (MATHJAX_ENTRY, "a11y", "ui", "output/chtml", "input/tex/extensions")

# Replaces Sphinx's default query splitter (language_data.js). Runs of Han characters are cut
# by forward maximum matching against the words of the loaded index (the index was built by
# jieba.cut_for_search with the project's dictionary, so its words are jieba's words); other
# runs split on non-word characters as before. Single characters left over are dropped when
# the query has longer words, as the index holds no one-character words.
SPLITTER_JS = r"""
var splitQuery = function (query) {
  var parts = query.split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu).filter(Boolean);
  var index = (typeof Search !== "undefined" && Search._index) ? Search._index : null;
  if (index === null) { return parts; }
  var known = function (word) {
    return Object.prototype.hasOwnProperty.call(index.terms, word) ||
      Object.prototype.hasOwnProperty.call(index.titleterms || {}, word);
  };
  var out = [];
  parts.forEach(function (part) {
    part.split(/(\p{Script=Han}+)/u).filter(Boolean).forEach(function (run) {
      if (!/^\p{Script=Han}+$/u.test(run) || known(run)) { out.push(run); return; }
      var i = 0;
      while (i !== run.length) {
        var j = Math.min(run.length, i + 12);
        while (j - i !== 1 && !known(run.slice(i, j))) { j -= 1; }
        out.push(run.slice(i, j));
        i = j;
      }
    });
  });
  var words = out.filter(function (w) { return w.length !== 1 || !/\p{Script=Han}/u.test(w); });
  return words.length ? words : out;
};
"""


class ProjectSearchChinese(SearchChinese):
    """Sphinx's Chinese search, with a query splitter that matches the index's words."""

    js_splitter_code = SPLITTER_JS


NOT_FOUND_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>页面不存在 · {title}</title>
<style>
body{{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40em;margin:4em auto;
padding:0 1em;line-height:1.6;color:#222}}a{{color:#0072B2}}
</style>
</head>
<body>
<h1>页面不存在（404）</h1>
<p>您要找的页面不在这里，可能已经移动或改名。Page not found.</p>
<p><a id="home" href="index.html">返回首页 · {title}</a></p>
<p>版本 {version}</p>
<script>
(function () {{
  // Servers (GitHub Pages among them) send this page for any missing path, at any depth and
  // under any sub-path. Find the site root by probing the parent folders, nearest first, for
  // the search index that only the root holds; no address is built in.
  if (location.protocol === "file:") {{ return; }}
  var segments = location.pathname.split("/").filter(Boolean).slice(0, -1);
  var candidates = [];
  for (var k = segments.length; k !== -1; k -= 1) {{
    candidates.push("/" + segments.slice(0, k).map(function (s) {{ return s + "/"; }}).join(""));
  }}
  (function probe(i) {{
    if (i === candidates.length) {{ return; }}
    fetch(candidates[i] + "searchindex.js", {{method: "HEAD"}}).then(function (r) {{
      if (r.ok) {{ document.getElementById("home").href = candidates[i] + "index.html"; }}
      else {{ probe(i + 1); }}
    }}, function () {{ probe(i + 1); }});
  }})(0);
}})();
</script>
</body>
</html>
"""


def _search_dictionary(app: Sphinx, config: Any) -> None:
    options = dict(config.html_search_options or {})
    if "dict" in options:
        path = Path(options["dict"])
        path = path if path.is_absolute() else ROOT / path
        if not path.is_file():
            raise ConfigError(f"search dictionary {path} is missing: run `govreport build` first")
        options["dict"] = str(path)
        config.html_search_options = options


def mathjax_source() -> Path:
    """The folder of the MathJax files shipped by the sphinx-mathjax-offline package."""
    spec = importlib.util.find_spec(MATHJAX_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            f"{MATHJAX_PACKAGE} is not installed: the book serves MathJax itself, without a CDN"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "static" / "mathjax"


def _local_mathjax(app: Sphinx, config: Any) -> None:
    source = mathjax_source()
    if not (source / MATHJAX_ENTRY).is_file():
        raise ConfigError(f"MathJax not found at {source / MATHJAX_ENTRY}")
    config.mathjax_path = f"mathjax/{MATHJAX_ENTRY}"


def _copy_mathjax(out: Path) -> None:
    source, target = mathjax_source(), out / "_static" / "mathjax"
    for part in MATHJAX_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, dirs_exist_ok=True)
        else:
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / part, target / part)


def _version(app: Sphinx, config: Any) -> None:
    """Version string everywhere: Sphinx's ``version``/``release``, the footer, substitutions."""
    version = govreport.__version__
    config.version = config.release = version
    options = dict(config.html_theme_options or {})
    footer = f"<p>govreport 版本 {html.escape(version)}</p>"
    options["extra_footer"] = (options.get("extra_footer") or "") + footer
    config.html_theme_options = options
    # pydata-sphinx-theme reads the colour mode from html_context; unset, a first visit logs
    # "Got invalid theme mode" as a console error.
    context = dict(config.html_context or {})
    context.setdefault("default_mode", "auto")
    config.html_context = context
    substitutions = dict(getattr(config, "myst_substitutions", {}) or {})
    substitutions.setdefault("govreport_version", version)
    config.myst_substitutions = substitutions


def _report_names(app: Sphinx, config: Any) -> None:
    """Title and substitutions from the subject report (see the module docstring)."""
    from govreport.config import Project
    from govreport.pipeline import read_table
    from govreport.publish.findings import book_substitutions
    from govreport.report import read_metadata

    project = Project(ROOT)
    table = project.processed / "reports.csv"
    if not table.is_file():
        raise ConfigError(f"{table} is missing: run `govreport build` first")
    metadata = read_metadata(project.report_path(project.subject_id()))
    names = book_substitutions(read_table(table), metadata)
    config.myst_substitutions = {**(getattr(config, "myst_substitutions", {}) or {}), **names}
    config.html_title = config.project = names["book_title"]


def _repository_button(app: Sphinx, config: Any) -> None:
    """The repository button, only when ``CITATION.cff`` names the repository."""
    from govreport.publish.citation import read_citation

    citation = ROOT / "CITATION.cff"
    url = str(read_citation(citation).get("repository-code", "")) if citation.is_file() else ""
    options = dict(config.html_theme_options or {})
    options["use_repository_button"] = bool(url)
    if url:
        options["repository_url"] = url
    else:
        options.pop("repository_url", None)
    config.html_theme_options = options


def _unique_scripts(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Drop repeated script entries (sphinx-thebe registers its ``const`` config twice, a
    SyntaxError in every page's console)."""
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[str, str]] = set()
    unique = []
    for script in scripts:
        attributes = getattr(script, "attributes", {}) or {}
        # An inline script's filename is None or "" depending on who added it.
        key = (str(getattr(script, "filename", script) or ""), repr(sorted(attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique  # in place: it is the builder's list, later handlers append to it


def _ipynb_download(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Copy a page's executed notebook into ``_sources/`` and offer it as a download."""
    if app.builder.format != "html" or context.get("ipynb_source"):
        return
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def _copy_files(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    for target, source in COPIED.items():
        if source.is_dir():
            destination = out / target
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(source, destination)
    _copy_mathjax(out)
    if BOOK_PDF.is_file():
        (out / PDF_IN_SITE).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BOOK_PDF, out / PDF_IN_SITE)
    title = html.escape(str(app.config.html_title or app.config.project))
    page = NOT_FOUND_HTML.format(title=title, version=html.escape(govreport.__version__))
    (out / "404.html").write_text(page, encoding="utf-8")


STATIC = Path(__file__).resolve().parents[1] / "_static"
STYLESHEET = "govreport.css"


def _pdf_link(app: Sphinx, config: Any) -> None:
    """``{{ pdf_link }}``: a link to the book's PDF when ``make pdf`` has made it (the build then
    copies it into the site), else how to make it: a site built without it links nowhere."""
    if BOOK_PDF.is_file():
        text = f'<a href="../{PDF_IN_SITE}">govreport-book.pdf</a>'
    else:
        text = "本次构建未附 PDF，运行 `make pdf` 生成（发布的网站附有 PDF）"
    substitutions = dict(getattr(config, "myst_substitutions", {}) or {})
    substitutions["pdf_link"] = text
    config.myst_substitutions = substitutions


def _static_path(app: Sphinx, config: Any) -> None:
    paths = list(config.html_static_path or [])
    if str(STATIC) not in paths:
        paths.append(str(STATIC))
    config.html_static_path = paths


def setup(app: Sphinx) -> dict[str, object]:
    app.add_search_language(ProjectSearchChinese)
    app.connect("config-inited", _static_path)
    app.add_css_file(STYLESHEET)
    app.connect("config-inited", _search_dictionary)
    app.connect("config-inited", _version)
    app.connect("config-inited", _local_mathjax)
    app.connect("config-inited", _report_names)
    app.connect("config-inited", _repository_button)
    app.connect("config-inited", _pdf_link)
    # Before sphinx-book-theme builds its header buttons (priority 501).
    app.connect("html-page-context", _ipynb_download, priority=500)
    # Early: a later handler may end the event (emit_firstresult) by returning a template.
    app.connect("html-page-context", _unique_scripts, priority=400)
    app.connect("build-finished", _copy_files)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
