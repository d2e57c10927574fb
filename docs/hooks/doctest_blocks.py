"""Griffe extension for the API pages: show docstrings' doctest examples as Python code blocks.

The docstrings' ``>>>`` examples are run by the tests; without this, Markdown would read their
output lines (``[('3亿元', ...)]``) as reference links.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>``/``...`` lines and their output in a fenced ``pycon`` block."""
    out: list[str] = []
    in_block = False
    for line in text.splitlines():
        stripped = line.strip()
        starts_example = stripped.startswith(">>>")
        if starts_example and not in_block:
            out.append("```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Applies :func:`fence_doctests` to every docstring griffe loads."""

    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
