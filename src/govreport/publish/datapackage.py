"""A Frictionless Data package (``datapackage.json``) describing the processed tables.

The descriptor is generated from the CSV files themselves (their columns and types) and the
data dictionary ``src/govreport/publish/data_dictionary.yml`` (titles, descriptions, units), so it cannot drift from
the data. ``govreport build`` writes it to ``data/processed/datapackage.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

import govreport
from govreport.datafiles import read_yaml

DICTIONARY_FILE = Path(__file__).with_name("data_dictionary.yml")
DESCRIPTOR_NAME = "datapackage.json"
LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
_NAME = re.compile(r"[^a-z0-9._-]+")


def read_dictionary(path: Path = DICTIONARY_FILE) -> dict[str, Any]:
    """The data dictionary (package, tables, columns, values)."""
    data = read_yaml(path) or {}
    return {key: data.get(key) or {} for key in ("package", "tables", "columns", "values")}


def field_type(series: pd.Series) -> str:
    """The Table Schema type of a column.

    >>> field_type(pd.Series([1, 2])), field_type(pd.Series([1.5])), field_type(pd.Series(["a"]))
    ('integer', 'number', 'string')
    >>> field_type(pd.Series([True, False]))
    'boolean'
    """
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    return "string"


def resource_name(relative: str) -> str:
    """A valid resource name from a path relative to the package folder.

    >>> resource_name("figures/fig-section-lengths.csv")
    'figures.fig-section-lengths'
    """
    stem = relative.removesuffix(".csv").replace("/", ".").lower()
    return _NAME.sub("-", stem)


def table_key(relative: str) -> str:
    """The dictionary key of a table: its file stem, or ``figure`` for figure data.

    >>> table_key("tokens.csv"), table_key("figures/fig-x.csv"), table_key("figures/manifest.csv")
    ('tokens', 'figure', 'figure_manifest')
    """
    if relative == "figures/manifest.csv":
        return "figure_manifest"
    if relative.startswith("figures/"):
        return "figure"
    return relative.removesuffix(".csv")


def schema_fields(frame: pd.DataFrame, columns: Mapping[str, Any]) -> list[dict[str, str]]:
    """Table Schema fields for a frame, with descriptions and units from the dictionary (a column
    written as text in some tables and as a number in others, such as ``value``, describes its
    numeric form by ``number_description``).

    >>> columns = {"value": {"description": "原文写法", "number_description": "数值"}}
    >>> [f["description"] for f in schema_fields(pd.DataFrame({"value": ["1—2"]}), columns)]
    ['原文写法']
    >>> [f["description"] for f in schema_fields(pd.DataFrame({"value": [1.5]}), columns)]
    ['数值']
    """
    fields = []
    for name in frame.columns:
        entry = columns.get(str(name)) or {}
        field = {"name": str(name), "type": field_type(frame[name])}
        numeric = field["type"] in ("number", "integer")
        description = (numeric and entry.get("number_description")) or entry.get("description")
        if description:
            field["description"] = str(description)
        if entry.get("unit"):
            field["unit"] = str(entry["unit"])
        fields.append(field)
    return fields


_FIGURE_TABLES = {
    "figure": {
        "title": "图的数据",
        "description": "一幅图所绘的数据（与图同 ID，见图表页）。",
        "source": "govreport build（src/govreport/charts/ 中登记的绘图函数）",
    },
    "figure_manifest": {
        "title": "图的清单",
        "description": "每幅图一行：ID、中英文标题、图注、语言、文件路径。",
        "source": "govreport.publish.figures.build_figures",
    },
}


def describe_resource(path: Path, root: Path, dictionary: Mapping[str, Any]) -> dict[str, Any]:
    """The resource descriptor of one CSV file under ``root``."""
    relative = path.relative_to(root).as_posix()
    frame = pd.read_csv(path)
    key = table_key(relative)
    table = dictionary["tables"].get(key) or _FIGURE_TABLES.get(key, {})
    resource: dict[str, Any] = {
        "name": resource_name(relative),
        "path": relative,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
    }
    for attribute in ("title", "description"):
        if table.get(attribute):
            resource[attribute] = str(table[attribute])
    if table.get("source"):
        resource["sources"] = [{"title": str(table["source"])}]
    resource["x_rows"] = len(frame)
    resource["schema"] = {"fields": schema_fields(frame, dictionary["columns"])}
    return resource


def build_descriptor(root: Path, dictionary_file: Path = DICTIONARY_FILE) -> dict:
    """The package descriptor for every CSV under ``root`` (sorted by path)."""
    dictionary = read_dictionary(dictionary_file)
    package = dictionary["package"]
    resources = [
        describe_resource(path, root, dictionary)
        for path in sorted(root.rglob("*.csv"), key=lambda p: p.relative_to(root).as_posix())
    ]
    return {
        "profile": "tabular-data-package",
        "name": str(package.get("name", "govreport-processed")),
        "title": str(package.get("title", "")),
        "description": str(package.get("description", "")).strip(),
        "version": govreport.__version__,
        "licenses": [LICENSE],
        "resources": resources,
    }


def write_descriptor(root: Path, dictionary_file: Path = DICTIONARY_FILE) -> Path:
    """Write ``datapackage.json`` into ``root``; returns its path."""
    path = root / DESCRIPTOR_NAME
    text = json.dumps(build_descriptor(root, dictionary_file), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
    return path
