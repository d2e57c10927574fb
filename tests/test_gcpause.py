"""Components pause the cyclic garbage collector per document and always restore it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

import finextract
from finextract.components.amounts import AMOUNT_BATCH_TOKENS
from finextract.components.errors import BATCH_LIMIT, BATCH_TOKENS, YOUNG_ROOM_PER_DOC
from finextract.components.gcpause import pausing_gc, young_generation_room

BATCH_ROOM = min(BATCH_LIMIT, 1000) * YOUNG_ROOM_PER_DOC  # the first threshold while nlp.pipe (batch size 1000) runs


def test_collector_restored_after_an_error() -> None:
    @pausing_gc
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("boom")

    assert gc.isenabled()
    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    @pausing_gc
    def work() -> bool:
        return gc.isenabled()

    gc.disable()
    try:
        assert work() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_every_component_pauses_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    from finextract import amount_parser

    seen: list[bool] = []
    real = amount_parser.find_amounts

    def spying(text: str) -> list[object]:
        seen.append(gc.isenabled())
        return real(text)  # type: ignore[return-value]

    monkeypatch.setattr("finextract.components.amounts.find_amounts", spying)
    doc = finextract.load()("合同总金额为40,908万元")
    assert seen == [False] and gc.isenabled()
    assert [span.text for span in doc.spans["fx_amounts"]] == ["40,908万元"]


def test_pipe_pauses_the_collector_once_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """In ``nlp.pipe`` the collector is paused around each batch, and components run unwrapped."""
    from finextract.components import gcpause

    seen: list[bool] = []
    real = gcpause.gc.disable
    disables: list[int] = []

    def counting_disable() -> None:
        disables.append(1)
        real()

    def spying(text: str) -> list[object]:
        seen.append(gc.isenabled())
        return []

    monkeypatch.setattr("finextract.components.amounts.find_amounts", spying)
    nlp = spacy.blank("zh")
    nlp.add_pipe("finextract_amounts", config={"batch_tokens": BATCH_TOKENS})  # batches capped by count
    monkeypatch.setattr(gcpause.gc, "disable", counting_disable)
    count = 2 * BATCH_LIMIT + 88
    docs = list(nlp.pipe(["营收3亿元"] * count))
    assert len(docs) == count and seen == [False] * count and gc.isenabled()
    assert len(disables) == 3  # two full batches and one of 88 docs
    assert all(list(doc.spans["fx_amounts"]) == [] for doc in docs)


def test_a_failing_doc_in_a_batch_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from finextract import amount_parser

    def failing_on_boom(text: str) -> list[object]:
        if "boom" in text:
            raise ValueError("boom")
        return amount_parser.find_amounts(text)  # type: ignore[return-value]

    monkeypatch.setattr("finextract.components.amounts.find_amounts", failing_on_boom)
    nlp = spacy.blank("zh")
    component = nlp.add_pipe("finextract_amounts")
    handled: list[str] = []
    component.set_error_handler(lambda name, proc, docs, error: handled.append(str(error)))
    docs = list(component.pipe([nlp.make_doc("boom"), nlp.make_doc("营收3亿元")]))
    assert handled == ["boom"] and gc.isenabled()
    assert docs[0].user_data["finextract.error"] == "finextract_amounts: ValueError: boom"
    assert [span.text for span in docs[1].spans["fx_amounts"]] == ["3亿元"]


@pytest.mark.parametrize("name", ["finextract_amounts", "finextract_companies", "finextract_relations"])
def test_docs_flow_on_in_batches_of_at_most_the_limit(name: str) -> None:
    """Whatever batch size spaCy passes, a component holds at most ``BATCH_LIMIT`` (1024) short
    paragraphs before yielding them (see ``ErrorHandlingMixin.pipe``)."""
    nlp = finextract.load()
    component: Any = nlp.get_pipe(name)
    pulled: list[int] = []

    def docs() -> Iterator[Doc]:
        for index in range(BATCH_LIMIT + 44):
            pulled.append(index)
            yield nlp.make_doc("盐湖股份公告，营收3亿元。")

    stream = component.pipe(docs(), batch_size=5000)
    next(stream)
    assert BATCH_LIMIT == 1024 and len(pulled) == BATCH_LIMIT
    assert len(list(stream)) == BATCH_LIMIT + 43


def _first_batch(nlp: Any, component: Any, documents: int, sentences: int) -> tuple[int, int]:
    """How many of ``documents`` docs of ``sentences`` × 营收增长。 the component pulled before it
    handed over its first doc, and how many it handed over after that."""
    pulled: list[int] = []

    def docs() -> Iterator[Doc]:
        for index in range(documents):
            pulled.append(index)
            yield nlp.make_doc("营收增长。" * sentences)

    stream = component.pipe(docs(), batch_size=1000)
    next(stream)
    return len(pulled), len(list(stream))


def test_long_documents_go_a_few_at_a_time() -> None:
    """A batch holds at most BATCH_TOKENS (100,000) tokens, so long documents do not pile up in memory."""
    nlp = finextract.load()
    assert BATCH_TOKENS == 100_000
    # 40,000-token docs: a third would pass the cap, so the first batch holds two
    assert _first_batch(nlp, nlp.get_pipe("finextract_amounts"), 7, 8_000) == (3, 6)


def test_the_amounts_component_alone_works_smaller_batches() -> None:
    """Alone it holds at most AMOUNT_BATCH_TOKENS a batch; in finextract.load() the big batches of
    the components after it, unless the config says otherwise."""
    nlp = spacy.blank("zh")
    component: Any = nlp.add_pipe("finextract_amounts")
    assert component.batch_tokens == AMOUNT_BATCH_TOKENS == 3_000 < BATCH_TOKENS
    assert finextract.load().get_pipe("finextract_amounts").batch_tokens == BATCH_TOKENS
    custom = finextract.load(config={"finextract_amounts": {"batch_tokens": 7}})
    assert custom.get_pipe("finextract_amounts").batch_tokens == 7  # type: ignore[attr-defined]
    # 1,200-token docs: a third would pass 3,000, so the first batch holds two
    assert _first_batch(nlp, component, 5, 240) == (3, 4)


def test_batch_caps_survive_to_disk(tmp_path: Path) -> None:
    nlp = finextract.load()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("finextract_amounts").batch_tokens == BATCH_TOKENS  # type: ignore[attr-defined]


def test_pipe_holds_its_batches_without_collections_or_promotion() -> None:
    """Docs the caller drops are freed as they are handed over, and the youngest generation has
    room for a batch: 3,000 paragraphs go through without a collection while batches are held, at
    most one young collection of the leftovers once the threshold is restored (the collector's default
    room of 700 containers ran about fifty young collections here, which moved every doc of the
    batch into older generations and brought a full collection every few MB)."""
    nlp = finextract.load()
    texts = [f"公司与华为签订合同，金额{i}万元，占营业收入的{i % 90}%。" for i in range(3_000)]
    list(nlp.pipe(texts[:300]))  # warm up: registry, lexicons, caches
    threshold = gc.get_threshold()

    handed_over: list[int] = []
    collected_after: list[int] = []

    def run() -> None:
        for doc in nlp.pipe(texts):
            assert gc.get_threshold()[0] >= BATCH_ROOM
            handed_over.append(1)
            del doc

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected_after.append(len(handed_over))

    gc.callbacks.append(note)
    try:
        run()
    finally:
        gc.callbacks.remove(note)
    # at most the one young collection of what is left once the threshold is back to its default
    assert all(done == len(texts) for done in collected_after) and len(collected_after) <= 1
    assert gc.get_threshold() == threshold


def test_young_generation_room_is_shared_and_restored() -> None:
    threshold = gc.get_threshold()
    outer = young_generation_room(5_000)
    inner = young_generation_room(9_000)
    outer.__enter__()
    inner.__enter__()
    assert gc.get_threshold()[0] == max(5_000, threshold[0])  # the first raise holds for both
    outer.__exit__(None, None, None)  # closed out of order, as generators may be
    assert gc.get_threshold()[0] == max(5_000, threshold[0])
    inner.__exit__(None, None, None)
    assert gc.get_threshold() == threshold


def test_a_threshold_changed_meanwhile_is_left_alone() -> None:
    threshold = gc.get_threshold()
    try:
        with young_generation_room(5_000):
            gc.set_threshold(123, *threshold[1:])
        assert gc.get_threshold()[0] == 123
    finally:
        gc.set_threshold(*threshold)


def test_an_abandoned_pipe_restores_the_threshold() -> None:
    threshold = gc.get_threshold()
    nlp = finextract.load()
    docs = nlp.pipe(["营收3亿元"] * 600)
    next(docs)
    assert gc.get_threshold()[0] > threshold[0] or threshold[0] >= BATCH_ROOM
    del docs  # the generator is closed: every component's pipe leaves its block
    assert gc.get_threshold() == threshold


def test_a_threshold_of_zero_stays_zero() -> None:
    """``gc.set_threshold(0)`` switches automatic collection off; a pipe must not switch it back on."""
    threshold = gc.get_threshold()
    try:
        gc.set_threshold(0, *threshold[1:])
        with young_generation_room(5_000):
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*threshold)
