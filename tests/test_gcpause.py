"""Components pause the cyclic garbage collector per document and always restore it."""

from __future__ import annotations

import gc

import pytest

import finextract
from finextract.components.gcpause import pausing_gc


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
