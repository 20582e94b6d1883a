"""Reading the project's data files (lexicons, rules, metadata): one way, one-line errors.

Lexicon tables are UTF-8 (no BOM) tab-separated files: ``#`` comment lines say what the file
is and where its entries came from, then a header row, then the rows. Rules are YAML.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from govreport.errors import InputError


def data_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-blank, non-comment lines of a UTF-8 data file with their line numbers."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: data files must be UTF-8") from None
    if text.startswith("\ufeff"):
        raise InputError(f"{path}: data files must be UTF-8 without BOM")
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line


def parse_tsv(
    lines: Sequence[tuple[int, str]], columns: Sequence[str] | None = None, name: str = "table"
) -> pd.DataFrame:
    """Rows of a lexicon table; the first line is the header. Short rows are padded with ``""``;
    a row with more fields than the header, or a header other than ``columns``, is an error.

    >>> parse_tsv([(1, "term\\tsource"), (2, "新质生产力\\tgenre"), (3, "两张网")])
    ... # doctest: +NORMALIZE_WHITESPACE
        term source
    0  新质生产力  genre
    1    两张网
    """
    if not lines:
        raise InputError(f"{name}: no header row")
    header = [field.strip() for field in lines[0][1].split("\t")]
    if columns is not None and header != list(columns):
        raise InputError(f"{name}:{lines[0][0]}: header must be {'<TAB>'.join(columns)}")
    rows = []
    for number, line in lines[1:]:
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) > len(header):
            raise InputError(f"{name}:{number}: expected {len(header)} tab-separated columns")
        rows.append(fields + [""] * (len(header) - len(fields)))
    return pd.DataFrame(rows, columns=header)


def read_tsv(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A lexicon table file (see :func:`parse_tsv`)."""
    return parse_tsv(list(data_lines(path)), columns, name=str(path))


#: PyYAML's safe loader, the libyaml one where PyYAML was built with it (the same data, parsed
#: about ten times faster: the quantity rules are read in every fresh process).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """A YAML data file; a missing or invalid file is an :class:`InputError`."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: invalid YAML ({type(error).__name__})") from None


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV, LF line ends, no index: the one way every table is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
