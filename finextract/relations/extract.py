"""Link companies, amounts, shares and terms into relations, one sentence at a time.

Plain Python: give the text, its amounts and its company mentions (resolved to canonical names).

>>> from finextract.amount_parser import find_amounts
>>> text = "天诺其科技拟以不超过1亿元现金收购上海巨融100%股权。"
>>> [r.to_dict()["type"] for r in extract_relations(text, find_amounts(text), [CompanyRef(0, 5, "天诺其科技")])]
['equity_transfer']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from ..amount import Amount, AmountKind
from . import lexicon as lx
from .dedupe import dedupe
from .model import CompanyRef, Relation, RelationStatus, RelationType, new_relation
from .passages import Passage, split_passages, trigger_starts, triggered_sentences
from .patterns import Patterns, patterns
from .terms import find_term, status_of

# Last characters of the words before a party that give it a role (see ``_Sentence._args``).
_PARTNER_LAST = frozenset("与和同跟")
_PREP_LAST = frozenset("向对为")
_LIST_LAST = frozenset("、及和")
_PRONOUN_BEFORE = frozenset('，,。；;：:、（(“" \t由与和及向对本该月日年后即时且并将为称系其中') | {""}


class Arg(NamedTuple):
    """A party in a sentence: a company, a resolved pronoun or a captured name; ``role`` from the word before."""

    start: int
    end: int
    name: str | None
    role: str  # agent | partner | prep | instrument


# Enum members read once (an ``Enum.MEMBER`` lookup costs about as much as a short regex search).
_MONEY = AmountKind.MONEY
_PERCENT = AmountKind.PERCENT
_TRANSFER = RelationType.EQUITY_TRANSFER
_STAKE = RelationType.EQUITY_STAKE
_INVESTMENT = RelationType.INVESTMENT
_PURCHASE = RelationType.PURCHASE
_CONTRACT = RelationType.CONTRACT


class _Context:
    """What a passage carries from sentence to sentence."""

    __slots__ = ("actor", "implicit", "last_agent", "last_object", "row", "term", "topic")

    def __init__(self, topic: str | None, implicit: bool, term: int | None, row: bool, last_agent: str | None) -> None:
        self.topic = topic
        self.implicit = implicit
        self.actor: str | None = None
        self.last_agent = last_agent
        self.last_object: str | None = None
        self.term = term
        self.row = row


# A company mention as the rules read it: (start, end, canonical name).
Span = tuple[int, int, str]


class AmountIndex:
    """A text's amounts sorted by start, each built on first use (from a compact record, say).

    ``items[i]`` is the amount starting at ``starts[i]``, or whatever ``build`` turns into it; only
    the amounts of the sentences that are read get built.

    >>> from finextract.amount_parser import find_amounts
    >>> index = AmountIndex.of(find_amounts("营收3亿元，拟收购乙公司51%股权"))
    >>> [a.text for a in index.starting_in(6, 20)]
    ['51%']
    """

    __slots__ = ("_build", "_made", "starts")

    def __init__(self, starts: list[int], items: list[Any], build: Callable[[Any], Amount] | None = None) -> None:
        self.starts = starts
        self._build = build
        self._made: list[Any] = items if build is None else [None] * len(items)
        if build is not None:
            self._made.extend(items)

    @classmethod
    def of(cls, amounts: Iterable[Amount]) -> AmountIndex:
        """The index of ready-made amounts (in any order)."""
        ordered = sorted(amounts, key=_amount_start)
        return cls([a.start for a in ordered], ordered)

    def starting_in(self, low: int, high: int) -> list[Amount]:
        """The amounts that start in ``[low, high)``, in text order."""
        starts = self.starts
        first, stop = bisect_left(starts, low), bisect_left(starts, high)
        if first == stop:
            return []
        build, made = self._build, self._made
        if build is None:
            return made[first:stop]
        count = len(starts)
        found: list[Amount] = []
        for index in range(first, stop):
            amount = made[index]
            if amount is None:
                amount = made[index] = build(made[count + index])
            found.append(amount)
        return found


def has_trigger(text: str) -> bool:
    """Does ``text`` hold a word that can start a relation? Without one, :func:`extract_relations` finds none.

    >>> has_trigger("公司拟收购上海巨融100%股权"), has_trigger("营业收入同比增长12%")
    (True, False)
    """
    return bool(trigger_starts(text))


def extract_relations(text: str, amounts: Sequence[Amount], companies: Sequence[CompanyRef]) -> list[Relation]:
    """Every relation of ``text``, the same fact stated twice given once (see :func:`dedupe`)."""
    if not has_trigger(text):
        return []  # no word that can start a relation: no sentence below would be read
    return relations_in(text, AmountIndex.of(amounts), [(c.start, c.end, c.name) for c in companies])


def relations_in(text: str, amounts: AmountIndex, companies: list[Span]) -> list[Relation]:
    """:func:`extract_relations` on plain inputs: the amounts by start, the mentions as (start, end, name).

    ``companies`` may be in any order (the rules read a sorted copy).

    >>> from finextract.amount_parser import find_amounts
    >>> text = "天诺其科技拟以不超过1亿元现金收购上海巨融100%股权。"
    >>> [r.target for r in relations_in(text, AmountIndex.of(find_amounts(text)), [(0, 5, "天诺其科技")])]
    ['上海巨融']
    """
    return _read(text, _plan(text), amounts, _kept_companies(companies))


def relations_in_many(
    inputs: Sequence[tuple[str, AmountIndex, list[Span]]], matches: Sequence[list[int]] | None = None
) -> list[list[Relation]]:
    """``[relations_in(text, amounts, companies) for text, amounts, companies in inputs]``, faster on
    many short texts: the passages and sentences of every text are found first, then every text is
    read, so each step's code stays in the CPU caches for the whole batch. ``matches`` are the
    :func:`~.passages.trigger_matches` of each text, when a trigger gate found them already.

    >>> from finextract.amount_parser import find_amounts
    >>> texts = ["甲公司拟收购乙公司100%股权。", "营收增长。"]
    >>> [len(found) for found in relations_in_many([(t, AmountIndex.of(find_amounts(t)), []) for t in texts])]
    [1, 0]
    """
    if matches is None:
        plans = [_plan(text) for text, _, _ in inputs]
    else:
        plans = [_plan(text, found) for (text, _, _), found in zip(inputs, matches, strict=True)]
    kept = [_kept_companies(companies) for _, _, companies in inputs]
    return [
        _read(text, plan, amounts, companies)
        for (text, amounts, _), plan, companies in zip(inputs, plans, kept, strict=True)
    ]


# A passage and the sentences of it that hold a trigger word (none: the passage may still name the topic).
_Planned = list[tuple[Passage, list[tuple[int, int]]]]


def _plan(text: str, matches: list[int] | None = None) -> _Planned:
    """The passages of ``text`` worth reading: those with a triggered sentence, or with a head or an
    actor (which can set the topic of the passages after them). ``matches``: the text's
    :func:`~.passages.trigger_matches`, when already found."""
    planned: _Planned = []
    for passage in split_passages(text):
        spans = triggered_sentences(text, passage.start, passage.end, matches)
        if spans or passage.head is not None or passage.actor is not None:
            planned.append((passage, spans))
    return planned


def _kept_companies(companies: list[Span]) -> list[Span]:
    """The mentions whose name can be a party (not a bank, exchange, ...), in text order."""
    if not companies:
        return companies
    not_company = patterns().not_company.search
    verdicts: dict[str, bool] = {}  # per name: a company is usually mentioned more than once
    kept: list[Span] = []
    for company in companies:
        name = company[2]
        keep = verdicts.get(name)
        if keep is None:
            keep = verdicts[name] = not_company(name) is None
        if keep:
            kept.append(company)
    kept.sort(key=_span_order)
    return kept


def _read(text: str, planned: _Planned, amounts: AmountIndex, companies: list[Span]) -> list[Relation]:
    """The relations of the planned passages, in order: each passage's context (topic, actor, term)
    carries on to the next."""
    rx = patterns()
    company_starts = [c[0] for c in companies]
    relations: list[tuple[Passage, Relation]] = []
    topic: str | None = None
    for passage, spans in planned:
        head = None
        if passage.head is not None or passage.actor is not None:
            # Only the companies near a passage can be its head or actor: look them up by position.
            low, high = (passage.row_start, passage.row_end) if passage.row_start >= 0 else (passage.start, passage.end)
            nearby = _starting_in(companies, company_starts, low - _LONGEST_NAME, high)
            head = _company_at(nearby, passage.head) if passage.head else None
            topic = head or topic
        if not spans:
            continue
        kind = passage.kind
        context = _Context(
            topic,
            kind == "row" or kind == "bullet" or head is not None,
            find_term(passage.term) if passage.term else None,
            kind == "row",
            head,
        )
        if passage.actor is not None:
            context.actor = _company_at(nearby, passage.actor) or _actor_text(text, passage.actor)
        last = len(spans) - 1
        passage_first = len(relations)
        for index, (s, e) in enumerate(spans):
            sentence = _Sentence(rx, text, s, e, _starting_in(companies, company_starts, s, e), amounts, context)
            for relation in sentence.relations():
                relations.append((passage, relation))
            if index < last:
                sentence.args  # noqa: B018 - reading the parties moves the passage's context on
        if context.row and context.term is not None:
            _apply_row_term(relations, passage_first, context.term)
    return dedupe(relations)


def _amount_start(amount: Amount) -> int:
    return amount.start


def _apply_row_term(relations: list[tuple[Passage, Relation]], first: int, term: int) -> None:
    """Give a table row's term to the row's first contract (the row's relations start at ``first``)."""
    for index in range(first, len(relations)):
        p, r = relations[index]
        if r.type is _CONTRACT:
            if r.term_months is None:
                relations[index] = (p, replace(r, term_months=term))
            return


def _actor_text(text: str, span: tuple[int, int]) -> str | None:
    first = patterns().actor_split.split(text[span[0] : span[1]].strip())[0]
    return first if _plausible(first) else None


_LONGEST_NAME = 120  # characters: a company mention that covers a span starts at most this far before it
_T = TypeVar("_T")


def _starting_in(items: Sequence[_T], starts: Sequence[int], low: int, high: int) -> Sequence[_T]:
    """The items (sorted by start, ``starts`` their start offsets) that start in ``[low, high)``."""
    return items[bisect_left(starts, low) : bisect_left(starts, high)]


def _company_at(companies: Sequence[Span], span: tuple[int, int]) -> str | None:
    for start, end, name in companies:
        if (start <= span[0] and span[1] <= end) or span[0] <= start < span[1]:
            return name
    return None


def _overlaps(spans: Iterable[tuple[int, int, *tuple[object, ...]]], start: int, end: int) -> bool:
    """Does any of ``spans`` (start, end, …) overlap ``[start, end)``?"""
    for span in spans:  # noqa: SIM110 - a plain loop: no generator per candidate name
        if span[0] < end and start < span[1]:
            return True
    return False


_new_arg = tuple.__new__  # Arg without NamedTuple's Python-level __new__ (made per party, per sentence)


def _span_order(span: tuple[int, int, str | None]) -> tuple[int, int]:
    return span[0], -span[1]


def _mask_title(match: re.Match[str]) -> str:
    return "《" + "〇" * (len(match.group(0)) - 2) + "》"


class _Sentence:
    """One sentence: its parties and amounts, and the rules that read relations from it."""

    __slots__ = (
        "_companies",
        "_converted",
        "_cues",
        "_parties",
        "amounts",
        "context",
        "end",
        "masked",
        "rx",
        "s",
        "start",
        "text",
    )

    def __init__(
        self,
        rx: Patterns,
        text: str,
        start: int,
        end: int,
        companies: Sequence[Span],
        amounts: AmountIndex,
        context: _Context,
    ) -> None:
        self.rx = rx
        self.text = text
        self.start = start
        self.end = end
        self.s = s = text[start:end]
        # Trigger words inside a title (《…采购框架协议》) do not state a relation of their own.
        self.masked = rx.title.sub(_mask_title, s) if "《" in s else s
        self.context = context
        self.amounts = [a for a in amounts.starting_in(start, end) if a.end <= end]
        # What each amount stands for and whether it is a conversion: read on first use (by ``id``).
        self._cues: dict[int, str] = {}
        self._converted: dict[int, bool] = {}
        self._companies = companies
        self._parties: list[Arg] | None = None

    # -- parties -----------------------------------------------------------------------------
    @property
    def args(self) -> list[Arg]:
        """The sentence's parties in text order, found on first use.

        Finding them moves the passage's context on (``last_agent``); every rule reads them before
        it changes the context itself, so reading them late gives the same parties as reading
        them first. A sentence whose rules never read them still must, unless no sentence of the
        passage follows (see :func:`extract_relations`).
        """
        parties = self._parties
        if parties is None:
            parties = self._parties = self._args(self._companies)
        return parties

    def _args(self, companies: Sequence[Span]) -> list[Arg]:
        rx, text, start, end, sentence = self.rx, self.text, self.start, self.end, self.s
        spans: list[tuple[int, int, str | None]] = [c for c in companies if c[1] <= end]  # all start in the sentence
        # ``spans`` is in (start, -end) order, as ``companies`` is, until a name is added below.
        added = False
        if "公司" in sentence:  # every pronoun, anaphor and subsidiary pattern holds 公司
            taken = [(s, e) for s, e, _ in spans]
            for match in rx.pronoun.finditer(sentence):
                ms, me = match.span()
                if (sentence[ms - 1] if ms else "") in _PRONOUN_BEFORE:
                    s, e = start + ms, start + me
                    if not _overlaps(taken, s, e):
                        spans.append((s, e, "\0pronoun"))
                        added = True
            for match in rx.anaphor.finditer(sentence):
                s, e = start + match.start(), start + match.end()
                if not _overlaps(spans, s, e):
                    spans.append((s, e, "\0anaphor"))
                    added = True
            for match in rx.subsidiary_name.finditer(sentence):
                s, e = start + match.start(1), start + match.end(1)
                if not _overlaps(spans, s, e) and _plausible(match.group(1)):
                    spans.append((s, e, match.group(1)))
                    added = True
        if added:
            spans.sort(key=_span_order)
        args: list[Arg] = []
        context = self.context
        for s, e, name in spans:
            prefix = text[s - 10 if s - 10 > start else start : s]
            # Each role pattern ends in ``$``: only the last characters of ``prefix`` can match, so
            # they are looked at first (a trailing line break keeps the patterns' own reading).
            last = prefix[-1:]
            if "公司" in prefix[-3:] and rx.instrument.search(prefix):
                role = "instrument"
            elif "简称" in prefix[-4:] and rx.alias.search(prefix):
                wide = text[max(start, s - 24) : s]
                role = "prep" if rx.alias_of_prep.search(wide) else "alias"
            elif (last in _PARTNER_LAST or last == "\n") and rx.partner.search(prefix):
                role = "partner"
            elif (last in _PREP_LAST or last == "\n") and rx.prep.search(prefix):
                role = "prep"
            elif (last in _LIST_LAST or last == "\n") and rx.list.search(prefix) and args and args[-1].end >= s - 3:
                role = args[-1].role
            else:
                role = "agent"
            if name == "\0pronoun":
                name = self._resolve_pronoun(args)
            elif name == "\0anaphor":
                name = context.last_object
            args.append(_new_arg(Arg, (s, e, name, role)))
            if role == "agent" and name is not None and name != context.last_object:
                context.last_agent = name
        return args

    def _resolve_pronoun(self, before: list[Arg]) -> str | None:
        if self.context.implicit and self.context.topic:
            return self.context.topic
        for arg in reversed(before):
            if arg.role == "agent" and arg.name:
                return arg.name
        if self.context.implicit:
            return self.context.topic or self.context.last_agent
        return self.context.last_agent or self.context.topic

    def agent(self, position: int, exclude: Iterable[str | None] = ()) -> Arg | None:
        """The party acting at ``position``: the last agent named before it, else the passage topic."""
        skip = set(exclude) if exclude else ()
        window = self.text[max(self.start, position - 8) : position]
        owner = self.rx.owner.search(window) if "旗下" in window else None
        if owner:
            under = next((a for a in reversed(self.args) if a.end == position - len(owner.group(0)) and a.name), None)
            if under is not None:
                return under
        for arg in reversed(self.args):
            if arg.end <= position and arg.role == "agent" and arg.name and arg.name not in skip:
                return arg
        context = self.context
        if not context.implicit:
            return None
        implicit = context.topic
        if context.actor and not self.rx.through.search(self.text[self.start : position]):
            implicit = context.actor
        if implicit:
            return Arg(self.start, self.start, implicit, "agent")
        return None

    def party_after(self, position: int, window: int = 14, slack: int = 2) -> Arg | None:
        """The first party named right after ``position`` (descriptors such as 全资子公司 allowed between)."""
        gap = self.rx.descriptor.match(self.text, position, self.end)
        limit = (gap.end() if gap else position) + slack
        for arg in self.args:
            if position <= arg.start <= min(limit, position + window) and arg.name:
                return arg
        return None

    def parties_after(self, position: int, end: int) -> list[Arg]:
        """Parties listed from ``position`` (A及B, A、B) before ``end``."""
        first = self.party_after(position, slack=0)
        if first is None:
            return []
        found = [first]
        listed = self.rx.listed.fullmatch
        for arg in self.args:
            if first.end < arg.start < end and arg.name and listed(self.text[found[-1].end : arg.start]):
                found.append(arg)
        return found

    def captured(self, start: int, end: int) -> str | None:
        """A short name written in an argument slot that the company recogniser did not know."""
        piece = self.text[start:end].strip()
        piece = self.rx.leading_descriptor.sub("", piece) if piece else piece
        return piece if _plausible(piece) else None

    def partners(self, position: int) -> list[str]:
        """Co-parties before ``position``: 与A、B共同…; recognised names or captured ones."""
        window = self.s[: position - self.start]
        match = self.rx.partners.search(window)
        if not match:
            return []
        names: list[str] = []
        for piece in self.rx.partner_split.split(match.group(1)):
            offset = self.start + match.start(1) + match.group(1).find(piece)
            known = [a.name for a in self.args if offset <= a.start < offset + len(piece) and a.name]
            name = known[0] if known else self.captured(offset, offset + len(piece))
            if name:
                names.append(name)
        return names

    # -- amounts -----------------------------------------------------------------------------
    def cue(self, amount: Amount) -> str:
        """What ``amount`` stands for (a key of :data:`~.lexicon.ACCEPTS`' values, or unknown/none)."""
        key = id(amount)
        found = self._cues.get(key)
        if found is None:
            found = self._cues[key] = self._cue(amount)
        return found

    def _cue(self, amount: Amount) -> str:
        rx = self.rx
        clause_start = max(self.start, amount.start - 16)
        before = self.text[clause_start : amount.start]
        if rx.aggregate.search(before):
            return "none"
        before = rx.clause_split.split(before)[-1]
        match = rx.cue.search(before)
        if match:
            word = rx.cue_word.match(match.group(0))
            return lx.AMOUNT_CUES[word.group(0)] if word else "unknown"
        if rx.by_means.search(before):
            after = self.text[amount.end : amount.end + 8]
            if rx.buys_equity.search(self.text[amount.end : amount.end + 28]):
                return "price"
            if rx.buy_word.search(after):
                return "purchase"
            if rx.invest_word.search(after):
                return "invest"
            return "price"
        return "unknown"

    def is_converted(self, amount: Amount) -> bool:
        """Is ``amount`` a conversion of the one before it (折合人民币约…)?"""
        key = id(amount)
        found = self._converted.get(key)
        if found is None:
            found = self._converted[key] = _converted(self.text, amount)
        return found

    def money(self, kind: str, position: int, *, before: bool = True, after: bool = True) -> Amount | None:
        """The money amount a trigger of ``kind`` at ``position`` governs: an accepted cue, nearest."""
        accepts = lx.ACCEPTS[kind]
        best: tuple[int, int, Amount] | None = None
        cues = self._cues
        for amount in self.amounts:
            if amount.kind is not _MONEY:
                continue
            cue = cues.get(id(amount))
            if cue is None:
                cue = cues[id(amount)] = self._cue(amount)
            if cue not in accepts:
                continue
            if amount.start >= position and after:
                distance = amount.start - position
            elif amount.end <= position and before:
                distance = position - amount.end + 10
            else:
                continue
            if self.is_converted(amount):
                continue
            key = (distance, amount.start)
            if best is None or key < best[:2]:
                best = (*key, amount)
        return None if best is None else best[2]

    def converted(self, amount: Amount | None) -> Amount | None:
        if amount is None:
            return None
        after = amount.end
        for other in self.amounts:
            if after < other.start < after + 12 and self.is_converted(other):
                return other
        return None

    def percent_after(self, position: int, window: int = 24) -> Amount | None:
        for amount in self.amounts:
            if amount.kind is _PERCENT and position <= amount.start <= position + window:
                return amount
        return None

    # -- relations ---------------------------------------------------------------------------
    def relations(self) -> list[Relation]:
        # A rule is skipped when it cannot find anything, without side effects: no trigger word of
        # its own (transfers, investments), no percentage (stakes), no money amount (purchases).
        rx, masked = self.rx, self.masked
        kinds = {amount.kind for amount in self.amounts}
        found: list[Relation] = []
        if rx.transfer_trigger.search(masked):
            found.extend(self._transfers())
        if rx.invest_trigger.search(masked):
            found.extend(self._investments())
        if _PERCENT in kinds:
            found.extend(self._stakes())
        trade = self._purchases() if _MONEY in kinds else []
        found.extend(trade)
        found.extend(self._contracts(bool(trade)))
        return found

    def make(
        self,
        type_: RelationType,
        trigger: int,
        subject: str | None,
        parts: list[int],
        *,
        object_: str | None = None,
        seller: str | None = None,
        target: str | None = None,
        amount: Amount | None = None,
        share: Decimal | None = None,
        term_months: int | None = None,
    ) -> Relation:
        text, stop = self.text, self.end
        points = [trigger, *parts]
        low, high = min(points), max(points)
        start, end = max(self.start, low), min(stop, high)
        limit = min(stop, high + 4)
        if 0 < end < limit:  # reach on to a clause end at most 4 characters after the last point
            mark = self.rx.clause_end.search(text, end - 1, limit - 1)
            end = mark.end() if mark else limit
        evidence = text[start:end].rstrip("，。；,; ")
        return new_relation(
            type_,
            subject,
            object_,
            seller,
            target,
            amount,
            share,
            term_months,
            status_of(self.s, trigger - self.start),
            evidence,
            start,
            start + len(evidence),
            None if amount is None else self.converted(amount),
        )

    def _transfers(self) -> list[Relation]:
        out: list[Relation] = []
        for match in self.rx.transfer_buy.finditer(self.masked):
            t, te = self.start + match.start(), self.start + match.end()
            tail = self.text[te : min(self.end, te + 30)]
            equity = self.rx.equity.search(tail)
            target = self.party_after(te)
            share = self.percent_after(te)
            if share is not None and equity is not None and share.start > te + equity.start():
                share = None
            if target is None and share is not None:
                name = self.captured(te, share.start)
                target = Arg(te, share.start, name, "object") if name else None
            if equity is None and not (match.group(0) == "收购" and target is not None):
                continue
            if target is not None and share is None and equity is None and match.group(0) != "收购":
                continue
            buyer = self.agent(t)
            seller = next((a for a in reversed(self.args) if a.end <= t and a.role == "prep" and a.name), None)
            amount = self.money("equity_transfer", t)
            parts = _points(
                buyer.start if buyer else None,
                target.end if target else None,
                share.end if share else None,
                amount.end if amount else None,
            )
            out.append(
                self.make(
                    _TRANSFER,
                    t,
                    buyer.name if buyer else None,
                    parts,
                    seller=seller.name if seller else None,
                    target=target.name if target else None,
                    amount=amount,
                    share=share.value if share else None,
                )
            )
            if target is not None and target.name:
                self.context.last_object = target.name
        for match in self.rx.transfer_sell.finditer(self.masked):
            out.extend(self._sale(match))
        return out

    def _sale(self, match: re.Match[str]) -> list[Relation]:
        t, te = self.start + match.start(), self.start + match.end()
        word = match.group(0)
        later = {a.name for a in self.args if a.start >= te}
        seller_arg = self.agent(t, exclude=later)
        seller = seller_arg.name if seller_arg else None
        buyer: str | None = None
        share: Amount | None = None
        targets: list[tuple[str | None, Amount | None, int]] = []
        if word.endswith(("给", "予")):
            lead = self.s[: t - self.start]
            if "将" in lead:
                seller_arg = self.agent(self.start + lead.rfind("将"))
                seller = seller_arg.name if seller_arg else None
            after = self.party_after(te, 4)
            if after is not None:
                buyer = after.name
            else:
                person = self.rx.person_after.match(self.text[te : self.end])
                buyer = person.group(0) if person and _plausible(person.group(0), person=True) else None
            lead = self.s[: t - self.start]
            opening = max(lead.rfind("将"), 0) + self.start
            for candidate in self.amounts:
                if candidate.kind is _PERCENT and opening <= candidate.start < t:
                    share = candidate
            target = next((a for a in self.args if opening < a.start < t and a.name and a.name != seller), None)
            if seller_arg is not None and target is not None and seller_arg.name == target.name:
                seller_arg = self.agent(target.start, exclude={target.name})
                seller = seller_arg.name if seller_arg else None
            if seller is None and target is not None:
                seller = self.context.last_agent if self.context.last_agent != target.name else None
            name = target.name if target else None
            if name is None and share is not None:
                name = self.captured(opening + 1, share.start)
                name = self.rx.subsidiary_prefix.sub("", name) if name else None
            targets.append((name, share, share.end if share else t))
        else:
            prep = next((a for a in reversed(self.args) if a.end <= t and a.role == "prep"), None)
            if prep is not None:
                buyer = prep.name
            else:
                person = self.rx.person.search(self.text, max(self.start, t - 16), t)
                buyer = person.group(1) if person and "向" in self.text[max(self.start, t - 20) : t] else None
            tail_end = min(self.end, te + 60)
            parties = self.parties_after(te, tail_end)
            for party in parties:
                share = self.percent_after(party.end, 10)
                targets.append((party.name, share, share.end if share else party.end))
            if not parties:
                share = self.percent_after(te, 8)
                tail = self.text[te : min(self.end, te + 14)]
                if share is None or not self.rx.equity.search(tail):
                    return []
                own = "股份" in tail and "股权" not in tail
                targets.append((seller if own else None, share, share.end))
                if own:
                    seller = None
            if not parties and buyer is None:
                return []
        if not self.rx.equity.search(self.text[max(self.start, t - 30) : min(self.end, te + 60)]):
            return []
        if len(targets) > 1 and all(share is None for _, share, _ in targets[1:]) and targets[0][1] is None:
            shared = self.percent_after(targets[-1][2], 10)
            targets = [(name, shared, end) for name, _, end in targets]
        amount = self.money("equity_transfer", t)
        out = []
        for name, share, end in targets:
            buyer_end = te + len(buyer) if buyer and word.endswith(("给", "予")) else None
            parts = _points(
                seller_arg.start if seller_arg else None,
                end,
                amount.start if amount else None,
                amount.end if amount else None,
                buyer_end,
            )
            out.append(
                self.make(
                    _TRANSFER,
                    t,
                    buyer,
                    parts,
                    seller=seller,
                    target=name,
                    amount=amount,
                    share=share.value if share else None,
                )
            )
        return out

    def _stakes(self) -> list[Relation]:
        out: list[Relation] = []
        for match in self.rx.stake.finditer(self.masked):
            t, te = self.start + match.start(), self.start + match.end()
            holder = self.agent(t)
            if holder is None:
                continue
            changed = self.rx.ratio_change.match(self.text[te : self.end])
            shares: list[Amount] = []
            if changed:
                first = self.percent_after(te, 24)
                second = self.percent_after(first.end, 8) if first else None
                shares = [s for s in (first, second) if s is not None]
                if not shares:
                    continue  # 持股比例由…: no percentage stated
            else:
                share = self.percent_after(te, 20 if match.group(0).startswith("持有") else 6)
                if share is None:
                    continue
                tail = self.text[share.end : min(self.end, share.end + 8)]
                if match.group(0).startswith(("持有", "拥有")) and not self.rx.equity.search(tail):
                    continue
                shares = [share]
            held = self.party_after(te, 12)
            if held is not None and held.start >= shares[0].start:
                held = None
            if held is None and match.group(0).startswith("持股"):
                held = next(
                    (a for a in reversed(self.args) if a.end <= holder.start and a.name and a.name != holder.name), None
                )
            obj = held.name if held else self.context.last_object
            if obj == holder.name:
                continue
            for share in shares:
                out.append(
                    self.make(
                        _STAKE,
                        t,
                        holder.name,
                        [holder.start, share.end],
                        object_=obj,
                        share=share.value,
                    )
                )
        for match in self.rx.subscribe.finditer(self.s):
            te = self.start + match.end()
            share = self.percent_after(te, 2)
            holder = self.agent(self.start + match.start())
            if share is not None and holder is not None and self.context.last_object not in (None, holder.name):
                out.append(
                    self.make(
                        _STAKE,
                        te,
                        holder.name,
                        [holder.start, share.end],
                        object_=self.context.last_object,
                        share=share.value,
                    )
                )
        return out

    def _investments(self) -> list[Relation]:
        out: list[Relation] = []
        for match in self.rx.invest.finditer(self.masked):
            t, te = self.start + match.start(), self.start + match.end()
            word = match.group(0)
            investor = self.agent(t)
            if investor is None:
                continue
            creates = "设立" in word or "成立" in word
            obj: Arg | None = None
            if creates:
                obj = self.party_after(te, 16)
                if obj is None:
                    named = self.rx.created_name.match(self.text[te : self.end])
                    if named and _plausible(named.group(1)) and len(named.group(1)) <= 10:
                        obj = Arg(te + named.start(1), te + named.end(1), named.group(1), "object")
            else:
                clause_start = max(
                    self.start,
                    *(self.start + m.end() for m in self.rx.clause_break.finditer(self.s[: t - self.start])),
                    investor.end,
                )
                obj = next(
                    (a for a in reversed(self.args) if clause_start <= a.start < t and a.role == "prep" and a.name),
                    None,
                )
                if obj is None:
                    obj = self._captured_prep(clause_start, t)
            amount = self.money("investment", te, before=True)
            if amount is not None and amount.start < t and self.text[amount.end : t].strip("的现金资") and creates:
                between = self.text[amount.end : t]
                if self.rx.clause_break.search(between):
                    amount = None
            unnamed = creates and self.rx.unnamed.match(self.text[te : self.end])
            outbound = word == "对外投资"
            object_name = obj.name if obj else None
            if (
                object_name is None
                and not (unnamed or outbound)
                and not creates
                and word in ("出资", "认缴出资", "认缴", "增资")
            ):
                held = self.rx.holds.search(self.masked[te - self.start :])
                holding = self.party_after(te + held.end(), 6) if held else None
                object_name = holding.name if holding else self.context.last_object
            if object_name is None and not ((unnamed or outbound) and amount is not None):
                continue
            if object_name == investor.name:
                continue
            if amount is None and obj is None and not creates:
                continue
            parts = _points(investor.start, obj.end if obj else None, amount.end if amount else None)
            out.append(self.make(_INVESTMENT, t, investor.name, parts, object_=object_name, amount=amount))
            if object_name:
                self.context.last_object = object_name
            if self.rx.jointly.search(self.text[max(self.start, investor.end) : te]):
                for partner in self.partners(te):
                    if partner != investor.name:
                        out.append(self.make(_INVESTMENT, t, partner, [investor.start], object_=object_name))
        return out

    def _captured_prep(self, start: int, end: int) -> Arg | None:
        """向X / 对X before an investment verb, X a name the company recogniser did not know."""
        for found in self.rx.captured_prep.finditer(self.text[start:end]):
            name = self.captured(start + found.start(1), start + found.end(1))
            if name and not self.rx.anaphor.fullmatch(name):
                return Arg(start + found.start(1), start + found.end(1), name, "prep")
        return None

    def _purchases(self) -> list[Relation]:
        out: list[Relation] = []
        for match in self.rx.purchase.finditer(self.masked):
            t, te = self.start + match.start(), self.start + match.end()
            if self.rx.equity.search(self.text[te : min(self.end, te + 20)]):
                continue
            if self.rx.used_for.search(self.text[max(self.start, t - 6) : t]):
                continue
            buyer = self.agent(t)
            amount = self.money("purchase", t)
            signed_purchase = self.rx.purchase_contract.search(self.s)
            if (
                buyer is None
                or amount is None
                or (amount.end <= t and self.cue(amount) == "value" and not signed_purchase)
            ):
                continue
            supplier = next(
                (
                    a
                    for a in reversed(self.args)
                    if a.end <= t and a.role in ("prep", "partner") and a.name and a.name != buyer.name
                ),
                None,
            )
            out.append(
                self.make(
                    _PURCHASE,
                    t,
                    buyer.name,
                    [buyer.start, amount.end],
                    object_=supplier.name if supplier else None,
                    amount=amount,
                )
            )
            signed_with = supplier is not None and any(
                a.role == "partner" and a.name == supplier.name for a in self.args if a.end <= t
            )
            if supplier is not None and signed_purchase and signed_with:
                out.append(
                    self.make(
                        _CONTRACT,
                        t,
                        supplier.name,
                        [buyer.start, amount.end],
                        object_=buyer.name,
                        amount=amount,
                    )
                )
            break
        return out

    def _contracts(self, traded: bool) -> list[Relation]:
        if traded:
            return []
        match = self.rx.contract.search(self.s)
        if match is None:
            return []
        sign = self.rx.sign.search(self.s)
        t = self.start + (sign.start() if sign and sign.start() < match.start() else match.start())
        amount = self.money("contract", t)
        term = find_term(self.s)
        if amount is None and term is None and not (self.context.row and self.context.term and sign):
            return []
        provider = self.agent(t)
        if provider is None:
            return []
        partner = next(
            (
                a
                for a in reversed(self.args)
                if a.end <= t and a.role == "partner" and a.name and a.name != provider.name
            ),
            None,
        )
        if partner is None:
            partner = next(
                (a for a in self.args if a.start > t and a.role == "prep" and a.name and a.name != provider.name), None
            )
        parts = _points(provider.start, partner.end if partner else None, amount.end if amount else None)
        if term is not None:
            found = self.rx.term_phrase.search(self.s)
            if found:
                parts.append(self.start + found.end())
        return [
            self.make(
                _CONTRACT,
                t,
                provider.name,
                parts,
                object_=partner.name if partner else None,
                amount=amount,
                term_months=term,
            )
        ]


def _points(*values: int | None) -> list[int]:
    return [value for value in values if value is not None]


def _converted(text: str, amount: Amount) -> bool:
    return bool(patterns().converted.search(text[max(0, amount.start - 8) : amount.start]))


def _plausible(name: str, *, person: bool = False) -> bool:
    """Is a captured string a plausible party name (not a pronoun, a place word or a phrase)?"""
    if not name or name in lx.GENERIC_NAMES:
        return False
    rx = patterns()
    if rx.not_company.search(name) or rx.implausible.search(name):
        return False
    if person:
        return 2 <= len(name) <= 4
    return 2 <= len(name) <= 16


__all__ = ["CompanyRef", "Relation", "RelationStatus", "RelationType", "extract_relations", "has_trigger"]
