"""Author–year citations that read the same in the text and on the references page.

- ``authoryear`` (``bibtex_default_style``): a pybtex style whose labels on the references
  page are ``[Monroe et al., 2008]`` instead of ``[1]``, entries sorted by author and year.
- ``author_year_amp`` (``bibtex_reference_style``): sphinxcontrib-bibtex's ``author_year``
  with two authors joined by "&" rather than the English "and", which reads wrongly between
  Chinese names (陈诗一 and 陈登科); the labels use "&" too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pybtex.plugin import register_plugin
from pybtex.richtext import Text
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.sorting.author_year_title import SortingStyle
from sphinxcontrib.bibtex.plugin import register_plugin as register_bibtex_plugin
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle


def _plain(latex: str) -> str:
    return Text.from_latex(latex).render_as("text")


def _authors(entry) -> str:
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    last = [_plain(" ".join(p.prelast_names + p.last_names)) for p in people]
    if not last:
        return _plain(entry.fields.get("key", entry.key))
    if len(last) == 1:
        return last[0]
    if len(last) == 2:
        return f"{last[0]} & {last[1]}"
    return f"{last[0]} et al."


class AuthorYearLabelStyle(BaseLabelStyle):
    """Labels ``Author, Year``; ``a``, ``b`` ... appended where two entries would share one."""

    def format_labels(self, sorted_entries):
        labels = [f"{_authors(e)}, {e.fields.get('year', 'n.d.')}" for e in sorted_entries]
        seen: dict[str, int] = {}
        for label in labels:
            seen[label] = seen.get(label, 0) + 1
        suffix: dict[str, int] = {}
        for label in labels:
            if seen[label] > 1:
                suffix[label] = suffix.get(label, 0) + 1
                yield label + "abcdefghijklmnopqrstuvwxyz"[suffix[label] - 1]
            else:
                yield label


class AuthorYearStyle(PlainStyle):
    default_label_style = AuthorYearLabelStyle
    default_sorting_style = SortingStyle


@dataclass
class AmpersandAuthorYearReferenceStyle(AuthorYearReferenceStyle):
    """``author_year`` with "&" between two authors (and before the last of three)."""

    person: PersonStyle = field(default_factory=lambda: PersonStyle(sep2=" & ", last_sep=", & "))


register_plugin("pybtex.style.formatting", "authoryear", AuthorYearStyle)
register_bibtex_plugin(
    "sphinxcontrib.bibtex.style.referencing", "author_year_amp", AmpersandAuthorYearReferenceStyle
)


def setup(app):
    """Sphinx extension entry point: the plugin is registered on import."""
    return {"parallel_read_safe": True, "parallel_write_safe": True}
