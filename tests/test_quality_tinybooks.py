"""Quality gates checked on tiny throwaway books (seconds each), built with the real book's
execution and parsing settings:

- Clean build: every notebook is executed on every build (``execute_notebooks: force``, no
  cache), and a cell that raises fails the build (``-W -n --keep-going``, raise_on_error).
- Injection: report text is data, never markup. A report carrying HTML, MyST/Markdown syntax
  and Sphinx directives goes through the project's HTML-producing functions into a page; the
  built page shows it literally and runs nothing from it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import yaml

from govreport.config import project
from govreport.report import parse_report
from tests.conftest import BIN, offline_prefix

PROJECT = project(Path(__file__).resolve().parents[1])
BOOK_DIR = PROJECT.book
PROJ_ROOT = PROJECT.root

BOOK_CONFIG = yaml.safe_load((BOOK_DIR / "_config.yml").read_text(encoding="utf-8"))
MYST_HEADER = """\
---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
    format_version: 0.13
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
"""


def tiny_config() -> dict:
    """The real book's execution, parsing and notebook settings, nothing project-specific."""
    sphinx = dict(BOOK_CONFIG.get("sphinx", {}).get("config", {}))
    keep = {k: v for k, v in sphinx.items() if k.startswith("nb_") or k in ("language",)}
    return {
        "title": "tiny",
        "author": "qa",
        "only_build_toc_files": True,
        "execute": BOOK_CONFIG["execute"],
        "parse": BOOK_CONFIG.get("parse", {}),
        "sphinx": {"config": keep},
    }


def build_tiny_book(root: Path, pages: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Write a book with ``pages`` (name -> MyST text) and build it like the real one."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(yaml.safe_dump(tiny_config(), allow_unicode=True))
    names = list(pages)
    toc: dict[str, object] = {"format": "jb-book", "root": names[0]}
    if names[1:]:
        toc["chapters"] = [{"file": n} for n in names[1:]]
    (root / "_toc.yml").write_text(yaml.safe_dump(toc))
    for name, text in pages.items():
        (root / f"{name}.md").write_text(text, encoding="utf-8")
    command = [str(BIN / "jupyter-book"), "build", str(root), "-W", "-n", "--keep-going"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    return subprocess.run(
        offline_prefix() + command, cwd=root, capture_output=True, text=True, env=env, timeout=600
    )


# ------------------------------------------------------------------ clean build


def test_book_config_executes_everything_and_fails_on_errors() -> None:
    execute = BOOK_CONFIG["execute"]
    sphinx = BOOK_CONFIG["sphinx"]["config"]
    problems = []
    if execute.get("execute_notebooks") != "force":
        problems.append(f"execute_notebooks is {execute.get('execute_notebooks')!r}, not 'force'")
    if execute.get("allow_errors", False):
        problems.append("allow_errors is true")
    if not sphinx.get("nb_execution_raise_on_error"):
        problems.append("nb_execution_raise_on_error is not true")
    makefile = (PROJ_ROOT / "Makefile").read_text(encoding="utf-8")
    if not re.search(r"jupyter-book build \$\(BOOK_ARGS\) -W -n --keep-going", makefile):
        problems.append("`make book` does not build with -W -n --keep-going")
    assert not problems, "CLEAN BUILD guarantee broken in book/_config.yml: " + "; ".join(problems)


def test_a_failing_cell_fails_the_build(tmp_path: Path) -> None:
    page = MYST_HEADER + textwrap.dedent(
        """
        # Tiny

        ```{code-cell} ipython3
        print("executed")
        ```

        ```{code-cell} ipython3
        raise RuntimeError("QA-DELIBERATE-FAILURE")
        ```
        """
    )
    done = build_tiny_book(tmp_path / "failing", {"index": page})
    log = done.stdout + done.stderr
    assert done.returncode != 0, (
        "CLEAN BUILD broken: a notebook cell raised and the book build still exited 0:\n"
        + log[-3000:]
    )
    assert "QA-DELIBERATE-FAILURE" in log, (
        "the build failed, but not because of the failing cell:\n" + log[-3000:]
    )


# ------------------------------------------------------------------ injection

HOSTILE_LINES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "```{eval-rst}",
    ".. raw:: html",
    "{raw}`html <b>bold</b>`",
    "[link](javascript:alert(1))",
    ":::{danger}",
    "$x^2$ **粗体** {glue:text}`x` <!-- c -->",
]
HOSTILE_REPORT = (
    "各位代表：\n"
    "一、2024年工作回顾\n"
    "地区生产总值增长5%。<script>alert(1)</script>新增就业1万人。\n"
    "<img src=x onerror=alert(1)>完成投资10亿元。\n"
    "```{eval-rst}\n"
    ".. raw:: html\n"
    "\n"
    "   <script>alert(2)</script>\n"
    "```\n"
    "{raw}`html <b>bold</b>`和[link](javascript:alert(1))。\n"
    ":::{danger}\n"
    "$x^2$ **粗体** {glue:text}`x` <!-- c -->\n"
    ":::\n"
    "二、2025年工作安排\n"
    "（一）稳增长。地区生产总值增长5.5%左右。\n"
)


class PageScan(HTMLParser):
    """Text, scripts and dangerous attributes of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.bad_attrs: list[str] = []
        self.tags: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("script", "style"):
            self._in.append(tag)
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "alert" in value:
                self.bad_attrs.append(f"<{tag} {name}={value!r}>")
            link = value.strip().lower()
            if name in ("href", "src", "action") and (
                link.startswith("javascript:") or (tag == "img" and link == "x")
            ):
                self.bad_attrs.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "script":
            self.scripts.append(data)
        elif not self._in:
            self.text.append(data)


def scan(page: str) -> PageScan:
    parser = PageScan()
    parser.feed(page)
    return parser


def injection_problems(page: str, needles: list[str]) -> list[str]:
    result = scan(page)
    problems = [
        f"executable script from the text: {s[:80]!r}" for s in result.scripts if "alert(" in s
    ]
    problems += [f"dangerous attribute: {a}" for a in result.bad_attrs]
    if "<b>bold</b>" in page:
        problems.append("the text's <b> became a real tag")
    text = "".join(result.text)
    problems += [f"not shown literally: {n!r}" for n in needles if n not in text]
    return problems


def sentence_frame():
    import pandas as pd

    report = parse_report(HOSTILE_REPORT, report_id="hostile")
    return pd.DataFrame(
        [(s.sentence_id, s.text) for s in report.sentences()], columns=["sentence_id", "text"]
    )


def test_interactive_table_shows_hostile_report_text_literally() -> None:
    from govreport.publish.html import table_html

    frame = sentence_frame()
    page = table_html(frame, "t-hostile", caption="<script>alert(1)</script>")
    # table_html has its own script (the table's behaviour); none may carry the text.
    problems = injection_problems(page, [s for s in frame.text if s.strip()])
    assert not problems, "INJECTION: interactive_table interprets report text:\n" + "\n".join(
        problems
    )


def test_annotated_report_shows_hostile_report_text_literally() -> None:
    from govreport.publish import annotate
    from govreport.quantities import extract_quantities

    report = parse_report(HOSTILE_REPORT, report_id="hostile")
    indicators = extract_quantities(report, plan_year=2025)
    assert len(indicators) >= 3, "the hostile report's quantities were not found"
    page = annotate.annotated_report_html(report, indicators)
    problems = injection_problems(page, HOSTILE_LINES)
    assert page.count('<mark id="q-') == len(indicators)  # the legend has marks too
    assert not problems, "INJECTION: the annotated report interprets report text:\n" + "\n".join(
        problems
    )


def test_kwic_table_shows_hostile_report_text_literally() -> None:
    from govreport import words
    from govreport.publish.html import table_html

    hits = words.kwic(sentence_frame(), "alert", width=30)
    assert len(hits) >= 3
    page = table_html(hits, "t-kwic")
    needles = [n for n in hits.left.tolist() + hits.right.tolist() if n.strip()]
    problems = injection_problems(page, needles)
    assert not problems, "INJECTION: the KWIC table interprets report text:\n" + "\n".join(problems)


def test_escape_markdown_keeps_hostile_text_literal() -> None:
    from markdown_it import MarkdownIt

    from govreport.publish import html

    renderer = MarkdownIt("commonmark")
    for line in HOSTILE_LINES:
        page = renderer.render(html.escape_markdown(line))
        problems = injection_problems(page, [line])
        assert not problems, f"INJECTION: escape_markdown({line!r}) -> {page!r}: {problems}"


HOSTILE_PAGE = MYST_HEADER + textwrap.dedent(
    """
    # Hostile report

    ```{code-cell} ipython3
    import pandas as pd
    from IPython.display import HTML, display
    from myst_nb import glue

    from govreport.publish.html import interactive_table
    from govreport.report import parse_report

    text = open("hostile.txt", encoding="utf-8").read()
    report = parse_report(text, report_id="hostile")
    frame = pd.DataFrame(
        [(s.sentence_id, s.text) for s in report.sentences()], columns=["sentence_id", "text"]
    )
    glue("first_hostile", frame.text.iloc[2], display=False)
    interactive_table(frame, "t-hostile", caption="句子")
    ```

    ```{code-cell} ipython3
    from IPython.display import Markdown

    from govreport.publish import html

    # Report text in Markdown output goes through escape_markdown.
    if hasattr(html, "escape_markdown"):
        display(Markdown("\\n".join(f"- {html.escape_markdown(line)}" for line in text.splitlines())))
    ```

    ```{code-cell} ipython3
    try:
        from govreport.publish.annotate import annotated_report_html
        from govreport.quantities import extract_quantities
    except ImportError:
        pass
    else:
        display(HTML(annotated_report_html(report, extract_quantities(report, plan_year=2025))))
    ```

    ```{code-cell} ipython3
    try:
        from govreport.words import kwic
    except ImportError:
        pass
    else:
        display(interactive_table(kwic(frame, "alert", width=30), "t-kwic"))
    ```

    ```{code-cell} ipython3
    print(text)
    ```

    ```{code-cell} ipython3
    frame
    ```

    Glued: {glue:text}`first_hostile`
    """
)


def test_a_page_built_from_a_hostile_report_shows_it_literally(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "hostile.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    done = build_tiny_book(root, {"index": HOSTILE_PAGE})
    assert done.returncode == 0, (
        "tiny hostile book failed to build:\n" + (done.stdout + done.stderr)[-4000:]
    )
    page = (root / "_build" / "html" / "index.html").read_text(encoding="utf-8")
    problems = injection_problems(page, HOSTILE_LINES)
    assert "alert(2)" not in "".join(scan(page).scripts)
    expected = {"interactive table": 'id="t-hostile"'}
    if importlib.util.find_spec("govreport.publish.annotate"):
        expected["annotated report"] = "gr-annotated"
    if importlib.util.find_spec("govreport.words"):
        expected["KWIC table"] = 'id="t-kwic"'
    absent = [name for name, marker in expected.items() if marker not in page]
    assert not absent, f"the hostile page lacks the output of: {absent}"
    assert not problems, (
        "INJECTION: a page built from a hostile report interprets its text:\n" + "\n".join(problems)
    )
