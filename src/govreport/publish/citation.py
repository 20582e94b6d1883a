"""Citation metadata: ``CITATION.cff`` at the repository root, and a BibTeX entry made from it.

The book's "how to cite" page and the figure citations use these functions, so the version
string and the title cannot drift from ``CITATION.cff`` and ``govreport.__version__``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

import govreport
from govreport.config import project


def read_citation(path: Path | None = None) -> dict[str, Any]:
    """The parsed ``CITATION.cff`` (dates are kept as text); the project's by default."""
    path = path or project().citation
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def author_names(citation: Mapping[str, Any]) -> list[str]:
    """Authors as display names: ``name`` for entities, "family, given" for persons.

    >>> author_names({"authors": [{"name": "Team"}, {"family-names": "Li", "given-names": "Hong"}]})
    ['Team', 'Li, Hong']
    """
    names = []
    for author in citation.get("authors", []):
        if "name" in author:
            names.append(str(author["name"]))
        else:
            parts = [author.get("family-names", ""), author.get("given-names", "")]
            names.append(", ".join(p for p in parts if p))
    return names


def _bibtex_value(text: str) -> str:
    """Protect a field value: braces keep capitals and CJK as written.

    >>> _bibtex_value("A {b} & c")
    '{A \\\\{b\\\\} \\\\& c}'
    """
    text = re.sub(r"([{}&%#_$])", r"\\\1", text)
    return "{" + text + "}"


def bibtex_key(citation: Mapping[str, Any]) -> str:
    """A citation key: the repository name and the version.

    >>> bibtex_key({"repository-code": "https://github.com/o/govreport", "version": "0.1.0"})
    'govreport_0_1_0'
    """
    repo = str(citation.get("repository-code", "govreport")).rstrip("/").rsplit("/", 1)[-1]
    version = re.sub(r"\W", "_", str(citation.get("version", "")))
    return re.sub(r"\W", "_", repo) + (f"_{version}" if version else "")


def bibtex_entry(citation: Mapping[str, Any] | None = None, year: str = "") -> str:
    """A ``@software`` BibTeX entry for the project (biblatex; BibTeX reads it as ``@misc``)."""
    citation = read_citation() if citation is None else citation
    authors = author_names(citation)
    # Entities get their own braces so BibTeX does not split them into first/last names.
    author = " and ".join(a if "," in a else _bibtex_value(a) for a in authors)
    fields = [
        ("author", "{" + author + "}"),
        ("title", _bibtex_value(str(citation["title"]))),
        ("version", _bibtex_value(str(citation.get("version", "")))),
        ("year", _bibtex_value(year or str(citation.get("date-released", ""))[:4])),
        ("url", _bibtex_value(str(citation.get("url", citation.get("repository-code", ""))))),
        ("note", _bibtex_value(f"Version {citation.get('version', '')}")),
    ]
    body = ",\n".join(f"  {name} = {value}" for name, value in fields if value != "{}")
    return f"@software{{{bibtex_key(citation)},\n{body}\n}}"


def version() -> str:
    """The package version (``govreport.__version__``), shown on the site and in citations."""
    return govreport.__version__


def figure_citation(fig_id: str, title: str, citation: Mapping[str, Any] | None = None) -> str:
    """A suggested citation string for one figure.

    >>> figure_citation("fig-x", "标题", {"authors": [{"name": "T"}], "title": "B",
    ...                 "version": "1.0", "url": "https://e.org/"})
    'T. “标题”（fig-x）. In: B, version 1.0. https://e.org/book/figures.html#fig-x'
    """
    citation = read_citation() if citation is None else citation
    who = "; ".join(author_names(citation))
    url = str(citation.get("url", "")).rstrip("/")
    where = f" {url}/book/figures.html#{fig_id}" if url else ""
    return (
        f"{who}. “{title}”（{fig_id}）. In: {citation['title']}, version "
        f"{citation.get('version', '')}.{where}"
    )
