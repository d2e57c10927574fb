"""Build hook: compiles finextract's hot pure-Python modules to C extensions with mypyc.

The modules listed under ``[tool.finextract] compiled-modules`` in pyproject.toml stay ordinary,
typed Python; mypyc (part of mypy) compiles them on install, which makes them faster without
changing what they return (``tests/test_compiled.py`` checks both builds give the same output).
Set ``FINEXTRACT_PURE_PYTHON=1`` when installing to skip the compiler and keep plain Python.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).parent


def compiled_modules() -> list[str]:
    """The module files pyproject.toml names for compilation."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(settings["tool"]["finextract"]["compiled-modules"])


def extension_modules() -> list[object]:
    if os.environ.get("FINEXTRACT_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    # Type-check only what is compiled: spaCy and other runtime dependencies are not in the build
    # environment, and the compiled modules do not use them.
    flags = ["--follow-imports=silent", "--ignore-missing-imports"]
    return list(mypycify([*compiled_modules(), *flags], group_name="finextract_native"))


setup(ext_modules=extension_modules())
