"""Sphinx glue for the govreport book.

- Makes the jieba dictionary path of the Chinese search index absolute (and fails loudly if it
  is missing), so the search index keeps the report's policy terms whole.
- Copies the figure files (``figures/``) and the data tables (``data/processed/``,
  ``data/external/``) into the HTML output under ``files/``, so every page can link to them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
COPIED = {
    "files/figures": ROOT / "figures",
    "files/data/processed": ROOT / "data" / "processed",
    "files/data/external": ROOT / "data" / "external",
}


def _search_dictionary(app: Sphinx, config) -> None:
    options = dict(config.html_search_options or {})
    if "dict" in options:
        path = Path(options["dict"])
        path = path if path.is_absolute() else ROOT / path
        if not path.is_file():
            raise ConfigError(f"search dictionary {path} is missing: run `govreport build` first")
        options["dict"] = str(path)
        config.html_search_options = options


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


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _search_dictionary)
    app.connect("build-finished", _copy_files)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
