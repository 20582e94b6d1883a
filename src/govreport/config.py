"""Where things are, defined once: the package's lexicon files and the project's data root.

Two kinds of files, found two ways:

- **Lexicon files** (user dictionary, stopwords, themes, quantity rules, hedge classes ...) are
  what the analysis of *any* report needs. They ship inside the package (``govreport/lexicon/``)
  and are found with :mod:`importlib.resources`, so an installed ``govreport`` works from any
  folder on any report file.
- **The project** (``data/``, ``book/``, ``figures/``): the folder that holds
  ``data/raw/reports/``. It is located explicitly, never from the install location: an explicit
  path (``govreport build --root DIR``), else the environment variable ``GOVREPORT_ROOT``, else
  the current folder or the nearest folder above it that holds ``data/raw/reports/``.

Nothing here reads a file at import time: every path is built by a function call.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from govreport.errors import InputError

ROOT_ENV = "GOVREPORT_ROOT"
#: The folder whose presence marks a project root.
ROOT_MARKER = Path("data") / "raw" / "reports"


def lexicon_dir() -> Path:
    """The package's lexicon folder (installed with the package as package data).

    >>> (lexicon_dir() / "stopwords.txt").name
    'stopwords.txt'
    """
    return Path(str(resources.files("govreport") / "lexicon"))


def lexicon_file(name: str) -> Path:
    """One lexicon file by name, e.g. ``lexicon_file("user_dict.tsv")``."""
    return lexicon_dir() / name


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """The project root: ``explicit``, else ``$GOVREPORT_ROOT``, else upward from ``start``.

    Raises :class:`InputError` (a one-line message) when no project is found.
    """
    given = explicit or (Path(os.environ[ROOT_ENV]) if os.environ.get(ROOT_ENV) else None)
    if given is not None:
        if not (given / ROOT_MARKER).is_dir():
            raise InputError(f"{given} is not a govreport project (no {ROOT_MARKER.as_posix()}/)")
        return given.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ROOT_MARKER).is_dir():
            return folder
    raise InputError(
        f"no govreport project here: no {ROOT_MARKER.as_posix()}/ in {here} or above it "
        f"(run from the project folder, pass --root DIR or set {ROOT_ENV})"
    )


@dataclass(frozen=True)
class Project:
    """The paths of one project checkout (``Project(find_root())``)."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def reports(self) -> Path:
        """Report texts with their ``.yml`` metadata, byte for byte as received."""
        return self.data / "raw" / "reports"

    @property
    def national(self) -> Path:
        """The national corpus (one report a year) with its ``index.csv``."""
        return self.data / "raw" / "national"

    @property
    def provincial(self) -> Path:
        """The provincial test corpus, raw as scraped, with its ``index.csv``."""
        return self.data / "raw" / "provincial-2026"

    @property
    def external(self) -> Path:
        return self.data / "external"

    @property
    def reviewed(self) -> Path:
        """Reviewed per-report corrections (target-baseline pairings ...)."""
        return self.data / "reviewed"

    @property
    def processed(self) -> Path:
        return self.data / "processed"

    @property
    def figure_data(self) -> Path:
        return self.processed / "figures"

    @property
    def figures(self) -> Path:
        return self.root / "figures"

    @property
    def book(self) -> Path:
        return self.root / "book"

    @property
    def dictionary(self) -> Path:
        """The data dictionary: every column of every processed table."""
        return self.data / "dictionary.yml"

    @property
    def citation(self) -> Path:
        return self.root / "CITATION.cff"

    @property
    def parent_targets(self) -> Path:
        return self.external / "parent_targets_and_outcomes.csv"

    def report_path(self, report_id: str) -> Path:
        """Path of a stored report's raw text."""
        return self.reports / f"{report_id}.txt"

    def report_with_role(self, role: str) -> str:
        """Id of the stored report whose metadata says ``role: <role>`` (subject or reference).

        Which report the book is about is data (``data/raw/reports/*.yml``), not code: to point
        the pipeline at another report, give its metadata ``role: subject``.
        """
        found = sorted(
            path.stem
            for path in self.reports.glob("*.yml")
            if re.search(rf"(?m)^role:\s*{role}\b", path.read_text(encoding="utf-8"))
        )
        if len(found) != 1:
            raise InputError(f"expected one report with role {role} in {self.reports}, got {found}")
        return found[0]

    def subject_id(self) -> str:
        return self.report_with_role("subject")

    def reference_id(self) -> str:
        return self.report_with_role("reference")


def project(explicit: Path | None = None) -> Project:
    """The current project (see :func:`find_root`)."""
    return Project(find_root(explicit))
