"""The rendered view: a self-contained page per document, checked in a real browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import finextract
from finextract.output import document_record
from finextract.rendering import render_record

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_826461144a3deeef.txt"


class _Elements(HTMLParser):
    """Collects (tag, attributes) of every element, and whether anything external is loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.elements if name in (attrs.get("class") or "").split()]


def _parse(page_html: str) -> _Elements:
    parser = _Elements()
    parser.feed(page_html)
    return parser


@pytest.fixture(scope="module")
def seed_record() -> tuple[str, dict[str, Any], str]:
    text = SEED.read_text(encoding="utf-8")
    record = document_record(finextract.load()(text), doc_id=SEED.stem, source=str(SEED))
    return text, record, render_record(text, record, title=SEED.stem).html


def _assert_page_holds_record(dom: _Elements, record: dict[str, Any]) -> None:
    assert record["companies"] and record["relations"], "the seed should have companies and relations"
    rows = {attrs.get("data-name") for attrs in dom.with_class("fx-company")}
    assert rows == {company["name"] for company in record["companies"]}
    marked = {attrs.get("data-name") for attrs in dom.with_class("fx-org")}
    assert marked == {company["name"] for company in record["companies"] if company["mentions"]}
    relations = dom.with_class("fx-relation")
    assert [(r.get("data-type"), r.get("data-subject")) for r in relations] == [
        (relation["type"], relation["subject"] or "") for relation in record["relations"]
    ]
    amounts = dom.with_class("fx-money") + dom.with_class("fx-percent") + dom.with_class("fx-quantity")
    assert len(amounts) == len(record["amounts"])


def test_page_holds_every_company_amount_and_relation(seed_record: tuple[str, dict[str, Any], str]) -> None:
    _, record, page = seed_record
    dom = _parse(page)
    _assert_page_holds_record(dom, record)
    external = [attrs for tag, attrs in dom.elements if tag in ("script", "link", "img")]
    assert external == [], "the page must be self-contained"


def test_links_point_into_the_text(seed_record: tuple[str, dict[str, Any], str]) -> None:
    _, record, page = seed_record
    dom = _parse(page)
    ids = {attrs.get("id") for _, attrs in dom.elements if attrs.get("id")}
    links = [attrs.get("href") or "" for tag, attrs in dom.elements if tag == "a" and attrs.get("href")]
    assert links and all(link.startswith("#") and link[1:] in ids for link in links)
    evidence_links = [link for link in links if "-ev" in link]
    assert len(evidence_links) == len(record["relations"])


def test_render_from_python_and_jupyter() -> None:
    page = finextract.render("青海盐湖工业股份有限公司（以下简称“盐湖股份”）拟以3.03亿元收购某公司51%股权。")
    assert "青海盐湖工业股份有限公司 · 000792" in page.html
    assert page._repr_html_() in page.html


def test_render_command_writes_one_page_per_document(tmp_path: Path) -> None:
    single = tmp_path / "one.html"
    result = subprocess.run(
        [sys.executable, "-m", "finextract", "render", str(SEED), "-o", str(single)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert single.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    pages = tmp_path / "pages"
    result = subprocess.run(
        [sys.executable, "-m", "finextract", "render", str(ROOT / "seeds"), "-o", str(pages)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in pages.glob("*.html")) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def test_page_in_headless_chromium(seed_record: tuple[str, dict[str, Any], str], tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium (.ci/run installs it)")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    _, record, page = seed_record
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "page.png"
    subprocess.run(
        [browser, *flags, "--window-size=1200,1600", f"--screenshot={shot}", path.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 10_000
    dumped = subprocess.run(
        [browser, *flags, "--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=120, check=True
    )
    _assert_page_holds_record(_parse(dumped.stdout), record)
