"""Quality gates on the built book (the session's one offline build, ``built_book``):

- Offline: the build really ran with the network off where the machine allows it, and the
  HTML loads no remote asset (script, stylesheet, image, font, frame): a copy of the site
  works from disk with no network. External ``<a href>`` links are fine; they are listed.
- Links: every internal link and ``#anchor`` resolves (links checked, not fetched).
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import offline_prefix, run

pytestmark = pytest.mark.slow

#: Attributes that make a browser fetch something (as opposed to a link the reader follows).
ASSET_ATTRS = {
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("input", "src"),
}
REMOTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", re.I)
LINK_RELS_NOT_FETCHED = {"canonical", "alternate", "author", "license", "help", "search"}


class PageLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href> (and <area href>)
        self.assets: list[str] = []  # things the browser fetches
        self.styles: list[str] = []  # inline style text
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for key in ("id",):
            if values.get(key):
                self.ids.add(values[key])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if tag in ("a", "area") and "href" in values:
            self.links.append(values["href"])
        rel = set(values.get("rel", "").lower().split())
        for asset_tag, attr in ASSET_ATTRS:
            if tag == asset_tag and values.get(attr):
                if tag == "link" and rel & LINK_RELS_NOT_FETCHED:
                    continue
                for item in values[attr].split(",") if attr == "srcset" else [values[attr]]:
                    self.assets.append(item.strip().split(" ")[0])
        if values.get("style"):
            self.styles.append(values["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def html_pages(root: Path) -> list[Path]:
    # _static/*.html are theme templates (webpack macros), not pages.
    return sorted(p for p in root.rglob("*.html") if "_static" not in p.relative_to(root).parts)


def parse(path: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(built_book: Path) -> dict[Path, PageLinks]:
    pages = {page: parse(page) for page in html_pages(built_book)}
    assert pages, f"no HTML pages in {built_book}"
    return pages


def show(request: pytest.FixtureRequest, lines: list[str]) -> None:
    """Print to the test output even when output is captured."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if capture is None or reporter is None:
        print("\n".join(lines))
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)


# ------------------------------------------------------------------ offline


def test_offline_prefix_really_cuts_the_network() -> None:
    prefix = offline_prefix()
    if not prefix:
        must = (
            os.geteuid() == 0
            and shutil.which("unshare")
            and os.environ.get("GOVREPORT_ALLOW_NETWORK") != "1"
        )
        assert not must, "OFFLINE: running as root with unshare, but offline_prefix() is empty"
        pytest.skip("unshare -n is not allowed here: builds run with the network on")
    probe = (
        "import socket\n"
        "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
        "socket.create_connection(s.getsockname(), timeout=3).close()  # loopback works\n"
        "try:\n"
        "    socket.create_connection(('1.1.1.1', 443), timeout=3)\n"
        "except OSError:\n"
        "    raise SystemExit(0)\n"
        "raise SystemExit('connected to 1.1.1.1:443')\n"
    )
    done = subprocess.run(prefix + [sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, (
        f"OFFLINE broken: inside offline_prefix() the network is reachable or loopback is down: "
        f"{done.stderr[-1000:]}"
    )


def test_book_and_pipeline_builds_run_offline_by_default() -> None:
    default = inspect.signature(run).parameters["offline"].default
    assert default is True, "OFFLINE: tests.conftest.run() must run commands offline by default"


def test_built_html_loads_no_remote_asset(built_book: Path, site, request) -> None:
    remote = []
    external_links = set()
    for page, links in site.items():
        name = page.relative_to(built_book).as_posix()
        remote += [f"{name}: {url}" for url in links.assets if REMOTE.match(url)]
        for style in links.styles:
            remote += [f"{name}: style {url}" for url in CSS_URL.findall(style)]
        external_links |= {url for url in links.links if REMOTE.match(url)}
    for css in sorted((built_book / "_static").rglob("*.css")):
        text = re.sub(
            r"/\*.*?\*/", "", css.read_text(encoding="utf-8", errors="replace"), flags=re.S
        )
        remote += [f"{css.relative_to(built_book)}: {url}" for url in CSS_URL.findall(text)]
    show(
        request,
        [f"external links in the book ({len(external_links)}, not fetched):"]
        + [f"  {url}" for url in sorted(external_links)],
    )
    assert not remote, (
        "OFFLINE broken: the built HTML loads remote assets (the site must work from disk "
        "with no network):\n" + "\n".join(sorted(set(remote))[:50])
    )


# ------------------------------------------------------------------ links


def test_internal_links_and_anchors_resolve(built_book: Path, site) -> None:
    cache: dict[Path, PageLinks | None] = dict(site)
    broken = []
    for page, links in site.items():
        name = page.relative_to(built_book).as_posix()
        for href in links.links + [a for a in links.assets if not REMOTE.match(a)]:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "data:")):
                continue
            target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{name}: {href} -> missing {target}")
                continue
            fragment = unquote(parts.fragment)
            if not fragment or target.suffix != ".html":
                continue
            if target not in cache:
                cache[target] = parse(target)
            anchors = cache[target]
            if anchors is not None and fragment not in anchors.ids:
                broken.append(f"{name}: {href} -> no id {fragment!r} in {target.name}")
    assert not broken, "LINKS broken in the built HTML:\n" + "\n".join(sorted(set(broken))[:80])
