"""finextract: structured, normalised facts from Chinese financial news.

>>> from finextract import find_amounts
>>> [(a.text, str(a.value), a.unit) for a in find_amounts("净利润3.03亿元人民币")]
[('3.03亿元人民币', '303000000', 'CNY')]
"""

from __future__ import annotations

from .amount import Amount, AmountKind, Qualifier
from .amount_parser import find_amounts, parse_amount

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """Import the spaCy side on first use, so ``import finextract`` stays cheap."""
    if name == "load":
        from .pipeline import load

        return load
    if name == "render":
        from .rendering import render

        return render
    raise AttributeError(f"module 'finextract' has no attribute {name!r}")


__all__ = ["Amount", "AmountKind", "Qualifier", "__version__", "find_amounts", "load", "parse_amount", "render"]
