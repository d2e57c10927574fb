"""The docs build offline with a strict MkDocs, and every example in them and in the README runs."""

from __future__ import annotations

import doctest
import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
# A script, stylesheet, image, font or CSS import taken from another host.
_FETCHES = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//"""
    r"""|url\(["']?(?:https?:)?//|@import\s+["'](?:https?:)?//"""
)
_FENCE = re.compile(r"^```(?:bash|sh|console|shell)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Shell commands that the docs show but that this test does not run, and why.
_NOT_RUN_HERE = {
    "python -m venv": "CI (.ci/run) builds the venv",
    "pip install": "CI (.ci/run) installs the project",
    "python -m pytest": "this is the test run itself",
    "spark-submit": "needs a cluster; tests/test_spark.py runs the same code on local[2]",
    "printf": "writes the spark-submit launcher",
}


def test_docs_build_strictly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    assert (site / "api" / "amounts" / "index.html").is_file()
    fetched = {
        f"{file.relative_to(site)}: {match.group(0)}"
        for file in site.rglob("*")
        if file.suffix in (".html", ".css", ".js")
        for match in _FETCHES.finditer(file.read_text(encoding="utf-8", errors="replace"))
    }
    assert not fetched, f"the site must load nothing from outside: {sorted(fetched)[:5]}"


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# x\n\nSee [nowhere](missing.md).\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nstrict: true\nvalidation:\n  unrecognized_links: warn\n", encoding="utf-8"
    )
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], capture_output=True, cwd=tmp_path)
    assert result.returncode != 0


@pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda path: path.name)
def test_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    failures, _ = doctest.testfile(
        str(page), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert failures == 0


def test_every_page_with_code_has_examples() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if "```python" in text and ">>>" not in text:
            pytest.fail(f"{page.name} shows Python that no test runs")


def _shell_commands() -> list[tuple[str, str]]:
    """(page, command) for every command in a shell block of the docs and the README."""
    commands = []
    for page in [*PAGES, ROOT / "README.md"]:
        for block in _FENCE.finditer(page.read_text(encoding="utf-8")):
            for line in block.group(1).splitlines():
                for command in line.split("&&"):
                    if command.strip() and not command.strip().startswith(("#", ".", "source ")):
                        commands.append((page.name, " ".join(shlex.split(command, comments=True))))
    return commands


def test_shell_examples_are_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``finextract`` command shown parses with the real CLI, and those on the bundled data
    (seeds/, benchmarks/gold) run to success; ``python -m X`` names a module that exists."""
    from finextract.cli import build_parser, main

    for name in ("seeds", "benchmarks"):
        (tmp_path / name).symlink_to(ROOT / name)
    monkeypatch.chdir(tmp_path)
    ran = []
    for page, command in _shell_commands():
        argv = shlex.split(command)
        if argv[0] == "finextract":
            try:
                args = build_parser().parse_args(argv[1:])
            except SystemExit:
                pytest.fail(f"{page}: the CLI refuses {command!r}")
            inputs = getattr(args, "inputs", None) or getattr(args, "gold", [])
            if all((tmp_path / path).exists() for path in inputs):
                assert main(argv[1:]) == 0, f"{page}: {command!r} failed"
                if getattr(args, "output", None):
                    assert (tmp_path / args.output).exists(), f"{page}: {command!r} wrote nothing"
                ran.append(command)
        elif argv[:2] == ["python", "-m"] and not command.startswith(tuple(_NOT_RUN_HERE)):
            assert importlib.util.find_spec(argv[2]) is not None, f"{page}: no module {argv[2]!r}"
        else:
            assert command.startswith(tuple(_NOT_RUN_HERE)), f"{page}: {command!r} is shown but never checked"
    assert any(command.startswith("finextract extract seeds/") for command in ran), "the README's command must run"
