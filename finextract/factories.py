"""Every spaCy factory, tokenizer and scorer finextract provides, registered in one place.

The package's ``spacy_factories`` / ``spacy_tokenizers`` / ``spacy_scorers`` entry points point
here, so ``spacy.blank("zh").add_pipe("finextract_amounts")`` works without importing finextract.
This module is imported whenever spaCy builds a pipeline: keep it free of work at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.util import registry

from .components.amounts import AMOUNT_BATCH_TOKENS, AmountRecognizer, score_amounts
from .components.companies import CompanyRecognizer, score_companies
from .components.relations import RelationExtractor, score_relations
from .tokenizer import create_tokenizer

__all__ = [
    "create_tokenizer",
    "make_amount_recognizer",
    "make_amount_scorer",
    "make_company_recognizer",
    "make_company_scorer",
    "make_relation_extractor",
    "make_relation_scorer",
]


@registry.scorers("finextract.amount_scorer.v1")
def make_amount_scorer() -> Callable[..., dict[str, Any]]:
    """Registered scorer: span P/R/F of the amount spans, overall and per label."""
    return score_amounts


@Language.factory(
    "finextract_amounts",
    default_config={
        "spans_key": "fx_amounts",
        "write_ents": False,
        "overwrite_ents": False,
        "keep_tokenizer_text": True,
        "batch_tokens": AMOUNT_BATCH_TOKENS,
        "scorer": {"@scorers": "finextract.amount_scorer.v1"},
    },
    assigns=["doc.spans", "doc.ents"],
    default_score_weights={"spans_fx_amounts_f": 1.0, "spans_fx_amounts_p": 0.0, "spans_fx_amounts_r": 0.0},
)
def make_amount_recognizer(
    nlp: Language,
    name: str,
    spans_key: str,
    write_ents: bool,
    overwrite_ents: bool,
    keep_tokenizer_text: bool,
    batch_tokens: int,
    scorer: Callable[..., dict[str, Any]] | None,
) -> AmountRecognizer:
    """``nlp.add_pipe("finextract_amounts", config={"spans_key": ..., "write_ents": ...})``.

    ``keep_tokenizer_text`` wraps the pipeline's tokenizer so each Doc keeps its text
    (:class:`finextract.components.text.TextKeepingTokenizer`); false leaves the tokenizer alone.
    ``batch_tokens`` is the most tokens a batch holds in ``nlp.pipe`` (see
    :data:`~finextract.components.amounts.AMOUNT_BATCH_TOKENS`).
    """
    return AmountRecognizer(
        nlp,
        name,
        spans_key=spans_key,
        write_ents=write_ents,
        overwrite_ents=overwrite_ents,
        scorer=scorer,
        keep_tokenizer_text=keep_tokenizer_text,
        batch_tokens=batch_tokens,
    )


@registry.scorers("finextract.company_scorer.v1")
def make_company_scorer() -> Callable[..., dict[str, Any]]:
    """Registered scorer: span P/R/F of the company spans."""
    return score_companies


@Language.factory(
    "finextract_companies",
    default_config={
        "spans_key": "fx_companies",
        "label": "ORG",
        "companies_path": None,
        "scorer": {"@scorers": "finextract.company_scorer.v1"},
    },
    assigns=["doc.spans"],
    default_score_weights={
        "spans_fx_companies_f": 1.0,
        "spans_fx_companies_p": 0.0,
        "spans_fx_companies_r": 0.0,
    },
)
def make_company_recognizer(
    nlp: Language,
    name: str,
    spans_key: str,
    label: str,
    companies_path: str | None,
    scorer: Callable[..., dict[str, Any]] | None,
) -> CompanyRecognizer:
    """``nlp.add_pipe("finextract_companies", config={"spans_key": ..., "companies_path": ...})``."""
    return CompanyRecognizer(nlp, name, spans_key=spans_key, label=label, companies_path=companies_path, scorer=scorer)


@registry.scorers("finextract.relation_scorer.v1")
def make_relation_scorer() -> Callable[..., dict[str, Any]]:
    """Registered scorer: P/R/F of relations (type, subject, amount, share)."""
    return score_relations


@Language.factory(
    "finextract_relations",
    default_config={"scorer": {"@scorers": "finextract.relation_scorer.v1"}},
    assigns=["doc._.relations"],
    requires=["doc.spans"],
    default_score_weights={"relations_f": 1.0, "relations_p": 0.0, "relations_r": 0.0},
)
def make_relation_extractor(
    nlp: Language, name: str, scorer: Callable[..., dict[str, Any]] | None
) -> RelationExtractor:
    """``nlp.add_pipe("finextract_relations")`` after ``finextract_amounts`` and ``finextract_companies``."""
    return RelationExtractor(nlp, name, scorer=scorer)
