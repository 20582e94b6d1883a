"""Every path the project uses, defined once."""

from __future__ import annotations

from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
REPORTS_DIR = RAW_DIR / "reports"
EXTERNAL_DIR = DATA_DIR / "external"
LEXICON_DIR = DATA_DIR / "lexicon"
PROCESSED_DIR = DATA_DIR / "processed"
FIGURE_DATA_DIR = PROCESSED_DIR / "figures"
FIGURES_DIR = PROJ_ROOT / "figures"
BOOK_DIR = PROJ_ROOT / "book"

USER_DICT_FILE = LEXICON_DIR / "user_dict.tsv"
STOPWORDS_FILE = LEXICON_DIR / "stopwords.txt"
JIEBA_DICT_FILE = PROCESSED_DIR / "jieba_user_dict.txt"


def report_with_role(role: str, reports_dir: Path = REPORTS_DIR) -> str:
    """Id of the stored report whose metadata says ``role: <role>`` (subject or reference).

    Which report the book is about is data (``data/raw/reports/*.yml``), not code: to point
    the whole pipeline at another report, give its metadata ``role: subject``.
    """
    import re

    found = sorted(
        path.stem
        for path in reports_dir.glob("*.yml")
        if re.search(rf"(?m)^role:\s*{role}\b", path.read_text(encoding="utf-8"))
    )
    if len(found) != 1:
        raise RuntimeError(f"expected one report with role {role} in {reports_dir}, got {found}")
    return found[0]


SUBJECT_REPORT_ID = report_with_role("subject")
REFERENCE_REPORT_ID = report_with_role("reference")


def report_path(report_id: str) -> Path:
    """Path of a stored report's raw text.

    >>> report_path("jinan-shizhong-2025").name
    'jinan-shizhong-2025.txt'
    """
    return REPORTS_DIR / f"{report_id}.txt"
