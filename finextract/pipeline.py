"""``finextract.load()``: the ready-made ``zh`` pipeline.

>>> import finextract
>>> nlp = finextract.load()
>>> nlp.pipe_names
['finextract_amounts', 'finextract_companies', 'finextract_relations']
>>> doc = nlp("募资3.03亿元")
>>> [s.text for s in doc.spans["fx_amounts"]]
['3.03亿元']
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from .components.errors import BATCH_TOKENS
from .tokenizer import SEGMENTERS

DEFAULT_COMPONENTS = ("finextract_amounts", "finextract_companies", "finextract_relations")


def load(
    segmenter: str = "char",
    *,
    pkuseg_model: str | None = None,
    components: tuple[str, ...] = DEFAULT_COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
) -> Language:
    """Build a ``zh`` pipeline with finextract's tokenizer and components.

    ``segmenter`` is ``"char"`` (default), ``"jieba"`` or ``"pkuseg"``; pkuseg needs
    ``pkuseg_model``, a directory with a spacy-pkuseg model you trained or own (nothing is
    downloaded). ``config`` maps a component name to its config overrides.
    """
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
    tokenizer: dict[str, Any] = {"@tokenizers": "finextract.Tokenizer.v1", "segmenter": segmenter}
    if pkuseg_model is not None:
        tokenizer["pkuseg_model"] = str(pkuseg_model)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    overrides = config or {}
    for name in components:
        nlp.add_pipe(name, config={**PIPELINE_CONFIG.get(name, {}), **overrides.get(name, {})})
    return nlp


# What the components get in this pipeline unless ``config`` says otherwise: the amounts component
# works the big batches the company and relation components after it work (measured faster here
# than its own default, which suits it alone; see components/amounts.py).
PIPELINE_CONFIG: dict[str, dict[str, Any]] = {"finextract_amounts": {"batch_tokens": BATCH_TOKENS}}
