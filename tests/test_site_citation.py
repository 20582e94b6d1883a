"""How to cite: CITATION.cff is valid CFF 1.2.0, the version is one string, the data package
describes every processed CSV with its columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

import govreport
from govreport.config import project
from govreport.publish.citation import bibtex_entry, read_citation
from govreport.publish.datapackage import (
    DESCRIPTOR_NAME,
    DICTIONARY_FILE,
    build_descriptor,
    field_type,
)

PROJECT = project(Path(__file__).resolve().parents[1])
CITATION_FILE = PROJECT.citation
PROCESSED_DIR = PROJECT.processed
PROJ_ROOT = PROJECT.root

# The CFF 1.2.0 schema (https://citation-file-format.github.io/1.2.0/schema.json) is not
# bundled; these are its rules for the keys this project uses, checked by hand.
CFF_KEYS = {
    "abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi",
    "identifiers", "keywords", "license", "license-url", "message", "preferred-citation",
    "references", "repository", "repository-artifact", "repository-code", "title", "type",
    "url", "version",
}  # fmt: skip
CFF_REQUIRED = {"authors", "cff-version", "message", "title"}
PERSON_KEYS = {
    "address", "affiliation", "alias", "city", "country", "email", "family-names", "fax",
    "given-names", "name-particle", "name-suffix", "orcid", "post-code", "region", "tel",
    "website",
}  # fmt: skip
ENTITY_KEYS = {
    "address", "alias", "city", "country", "date-end", "date-start", "email", "fax",
    "location", "name", "orcid", "post-code", "region", "tel", "website",
}  # fmt: skip
URL = re.compile(r"^(https|http|ftp|sftp)://.+")
DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$")


def cff_problems(cff: dict) -> list[str]:
    """Violations of the CFF 1.2.0 schema rules for the keys above."""
    problems = [f"missing {key}" for key in sorted(CFF_REQUIRED - set(cff))]
    problems += [f"unknown key {key}" for key in sorted(set(cff) - CFF_KEYS)]
    if cff.get("cff-version") != "1.2.0":
        problems.append("cff-version must be 1.2.0")
    for key in ("message", "title", "abstract", "version"):
        if key in cff and not (isinstance(cff[key], str) and cff[key].strip()):
            problems.append(f"{key} must be a non-empty string")
    if cff.get("type", "software") not in {"software", "dataset"}:
        problems.append("type must be software or dataset")
    authors = cff.get("authors")
    if not (isinstance(authors, list) and authors):
        problems.append("authors must be a non-empty list")
    for author in authors or []:
        allowed = ENTITY_KEYS if "name" in author else PERSON_KEYS
        extra = set(author) - allowed
        if extra or not all(isinstance(v, str) and v for v in author.values()):
            problems.append(f"bad author {author}")
    for key in ("url", "repository-code", "repository", "license-url"):
        if key in cff and not URL.match(str(cff[key])):
            problems.append(f"{key} must be a URL")
    if "date-released" in cff and not DATE.match(str(cff["date-released"])):
        problems.append("date-released must be YYYY-MM-DD")
    keywords = cff.get("keywords", [])
    if not (isinstance(keywords, list) and all(isinstance(k, str) and k for k in keywords)):
        problems.append("keywords must be a list of strings")
    return problems


def test_citation_cff_is_valid() -> None:
    assert cff_problems(read_citation()) == []


def test_cff_checker_catches_errors() -> None:
    good = read_citation()
    assert cff_problems({**good, "autor": "x"}) == ["unknown key autor"]
    assert "missing authors" in cff_problems({k: v for k, v in good.items() if k != "authors"})
    assert cff_problems({**good, "date-released": "2025-13-01"})
    assert cff_problems({**good, "authors": [{"name": "x", "given-names": "y"}]})


def test_one_version_string() -> None:
    assert read_citation()["version"] == govreport.__version__
    assert f"version = {{{govreport.__version__}}}" in bibtex_entry()
    pyproject = (CITATION_FILE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^version = "{re.escape(govreport.__version__)}"$', pyproject, re.M)


def test_bibtex_entry_is_balanced() -> None:
    entry = bibtex_entry()
    assert entry.startswith("@software{") and entry.count("{") == entry.count("}")


def test_datapackage_describes_every_csv_with_its_columns() -> None:
    descriptor = json.loads((PROCESSED_DIR / DESCRIPTOR_NAME).read_text(encoding="utf-8"))
    assert descriptor == build_descriptor(PROCESSED_DIR), (
        "datapackage.json is stale: run `govreport build`"
    )
    described = {r["path"]: r for r in descriptor["resources"]}
    on_disk = {p.relative_to(PROCESSED_DIR).as_posix() for p in PROCESSED_DIR.rglob("*.csv")}
    assert set(described) == on_disk
    for path, resource in described.items():
        header = list(pd.read_csv(PROCESSED_DIR / path, nrows=0).columns)
        assert [f["name"] for f in resource["schema"]["fields"]] == header, path
        assert re.fullmatch(r"[a-z0-9._-]+", resource["name"]), resource["name"]
        assert resource["profile"] == "tabular-data-resource"
    assert len({r["name"] for r in descriptor["resources"]}) == len(descriptor["resources"])
    assert descriptor["version"] == govreport.__version__


def test_a_column_of_numbers_is_not_described_as_written_text() -> None:
    """``value`` is the number as written (text) in the quantity tables and the number itself in
    the target ladder: a numeric field's description says so (session 39's noticed defect: the
    ladder's numbers were described as 原文写法)."""
    descriptor = json.loads((PROCESSED_DIR / DESCRIPTOR_NAME).read_text(encoding="utf-8"))
    fields = [
        (r["path"], f)
        for r in descriptor["resources"]
        for f in r["schema"]["fields"]
        if f["name"] == "value"
    ]
    numeric = [p for p, f in fields if f["type"] in ("number", "integer")]
    text = [p for p, f in fields if f["type"] == "string"]
    assert "target_ladder.csv" in numeric and "indicators.csv" in text
    for path, field in fields:
        written = "原文写法" in field["description"]
        assert written == (field["type"] == "string"), (path, field)


@pytest.mark.parametrize(
    ("values", "expected"),
    [([1, 2], "integer"), ([1.5, None], "number"), (["a", None], "string"), ([True], "boolean")],
)
def test_field_types(values: list, expected: str) -> None:
    assert field_type(pd.Series(values)) == expected


def test_datapackage_types_read_back(tmp_path: Path) -> None:
    pd.DataFrame({"n": [1, 2], "x": [0.5, 1.5], "s": ["a", "b"], "b": [True, False]}).to_csv(
        tmp_path / "t.csv", index=False
    )
    dictionary = tmp_path / "dictionary.yml"
    dictionary.write_text("columns:\n  n: {description: 数量, unit: 个}\n", encoding="utf-8")
    fields = build_descriptor(tmp_path, dictionary)["resources"][0]["schema"]["fields"]
    assert [f["type"] for f in fields] == ["integer", "number", "string", "boolean"]
    assert fields[0]["description"] == "数量" and fields[0]["unit"] == "个"


def test_data_dictionary_documents_every_table_and_column() -> None:
    """The data page and datapackage.json are only as good as src/govreport/publish/data_dictionary.yml."""
    dictionary = yaml.safe_load(DICTIONARY_FILE.read_text("utf-8"))
    tables = [p for p in PROCESSED_DIR.glob("*.csv") if p.stem not in dictionary["tables"]]
    assert not tables, (
        f"tables without an entry in src/govreport/publish/data_dictionary.yml: {tables}"
    )
    undocumented = {
        path.relative_to(PROCESSED_DIR).as_posix(): missing
        for path in sorted(PROCESSED_DIR.rglob("*.csv"))
        if (
            missing := [
                c
                for c in pd.read_csv(path, nrows=0).columns
                if not (dictionary["columns"].get(c) or {}).get("description")
            ]
        )
    }
    assert not undocumented, (
        f"columns without a description in src/govreport/publish/data_dictionary.yml: {undocumented}"
    )
