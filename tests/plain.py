"""The package as plain Python, for tests that look inside an algorithm (count its calls, patch a
helper): compiled modules run their calls in C, where neither ``sys.setprofile`` nor
``monkeypatch`` reaches, so such tests run the plain source in a fresh interpreter."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def plain_tree(directory: Path) -> Path:
    """A copy of the package without its compiled modules (what ``FINEXTRACT_PURE_PYTHON=1`` installs)."""
    tree = directory / "plain"
    if not tree.exists():
        shutil.copytree(
            ROOT / "finextract", tree / "finextract", ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
    return tree


def run_json(script: str, *args: str, python_path: Path | None, cwd: Path) -> Any:
    """Run ``script`` in a fresh interpreter, from ``cwd`` (``-c`` puts the cwd first on the path),
    with ``python_path`` first on ``PYTHONPATH``; it prints one JSON value, which is returned."""
    env = dict(os.environ)
    if python_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(python_path), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True, cwd=cwd
    )
    return json.loads(result.stdout)
