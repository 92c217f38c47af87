"""Checking one claim: retrieve passages (hybrid search), score stances, aggregate a verdict.

    checker = Checker.open(settings)            # opens the store, loads the stance model once
    result = checker.check(claim, k=8, exclude_sources={article_id})

Each retrieved passage is scored as a whole by the stance model (premise = passage, hypothesis =
claim), and so is each of its sentences: a long chunk can dilute one decisive sentence, so a
passage's stance is the stronger of the two readings (MiniCheck-style max over spans). The evidence
quote is the sentence that decided it (or the best lexical match for a neutral passage), always a
verbatim substring of the passage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from verify.citations import lexical_overlap
from verify.config import Settings, get_settings
from verify.errors import InputError
from verify.types import Claim, ClaimCheck, Evidence, Passage, Stance, StanceScore
from verify.verdict import ScoredEvidence, aggregate, decisive_side

if TYPE_CHECKING:
    from verify.stance import StanceModel
    from verify.store import Store

log = logging.getLogger(__name__)

MAX_CLAIM_CHARS = 1000
"""Longest claim accepted: a claim is one statement; longer input is an article, not a claim."""

MAX_K = 50
"""Most passages retrieved per claim (each costs stance-model calls)."""

MAX_SENTENCES_PER_PASSAGE = 12
"""Sentences of one passage scored on their own (a chunk of ~1000 characters has 5-10)."""


def validate_claim(text: str) -> str:
    """The claim stripped, or InputError when it is empty or too long."""
    claim = " ".join(text.split())
    if not claim:
        raise InputError("the claim is empty", 'pass a sentence, e.g. verify check "X said Y"')
    if len(claim) > MAX_CLAIM_CHARS:
        raise InputError(
            f"the claim is {len(claim):,} characters; the limit is {MAX_CLAIM_CHARS:,}",
            "check one statement at a time, or use `verify report FILE` for a whole article",
        )
    return claim


def validate_k(k: int) -> int:
    if not 1 <= k <= MAX_K:
        raise InputError(f"-k must be between 1 and {MAX_K}, not {k}", "the default is 8")
    return k


def require_sources(store: Store) -> None:
    if not store.ready_ids():
        raise InputError("the store is empty", "add articles first: verify ingest PATH")


@dataclass
class Checker:
    """The store and the stance model, held so that many claims are checked with one load."""

    store: Store
    settings: Settings
    model: StanceModel | None = None

    @classmethod
    def open(cls, settings: Settings | None = None, *, load_model: bool = True) -> Checker:
        from verify.store import open_store

        settings = settings or get_settings()
        checker = cls(open_store(settings), settings)
        if load_model:
            checker.load_model()
        return checker

    def load_model(self) -> StanceModel:
        from verify.stance import load_stance_model

        if self.model is None:
            self.model = load_stance_model(self.settings)
        return self.model

    @property
    def stance(self) -> StanceModel:
        return self.load_model()

    def check(
        self, claim: Claim, *, k: int | None = None, exclude_sources: Collection[str] = ()
    ) -> ClaimCheck:
        """Verdict and evidence for one claim from the store, leaving out `exclude_sources`."""
        from verify.search import search

        passages = search(
            self.store, claim.text, k or self.settings.search_k, exclude_sources=exclude_sources
        )
        scored = self.score(claim.text, passages)
        result = aggregate([item for item, _ in scored])
        evidence = [_evidence(item, quote) for item, quote in scored]
        evidence.sort(key=lambda e: _evidence_rank(e, result.decisive))
        return ClaimCheck(
            claim=claim,
            verdict=result.verdict,
            confidence=result.confidence,
            independent_sources=result.independent_sources,
            reason=result.reason,
            evidence=evidence,
        )

    def score(self, claim: str, passages: Sequence[Passage]) -> list[tuple[ScoredEvidence, str]]:
        """Each passage with its stance (max over whole and sentences) and its quote."""
        from verify.chunk import sentence_spans

        sentences = [_sentences(p.text, sentence_spans) for p in passages]
        pairs = [(p.text, claim) for p in passages]
        pairs += [(s, claim) for group in sentences for s in group]
        scores = self.stance.predict(pairs) if pairs else []
        whole, rest = scores[: len(passages)], scores[len(passages) :]
        links = self._duplicate_links()
        out: list[tuple[ScoredEvidence, str]] = []
        for passage, own, group in zip(passages, whole, sentences, strict=True):
            by_sentence, rest = rest[: len(group)], rest[len(group) :]
            stance, quote = _strongest(claim, passage.text, own, group, by_sentence)
            item = ScoredEvidence(
                passage=passage,
                stance=stance,
                duplicate_of=links.get(passage.source_id),
                duplicates=[s for s, d in links.items() if d == passage.source_id],
            )
            out.append((item, quote))
        return out

    def _duplicate_links(self) -> dict[str, str]:
        return self.store.duplicate_links()


def _sentences(text: str, splitter: Callable[[str], list[tuple[int, int]]]) -> list[str]:
    """A passage's sentences when it has several (one sentence is the passage itself)."""
    spans = splitter(text)
    found = [text[a:b] for a, b in spans if text[a:b].strip()]
    return found[:MAX_SENTENCES_PER_PASSAGE] if len(found) > 1 else []


def _strength(score: StanceScore) -> float:
    """How strongly a reading takes a side: decisive readings first, then the larger side."""
    decisive = decisive_side(score) is not Stance.NEUTRAL
    return (1.0 if decisive else 0.0) + max(score.supports, score.refutes)


def _strongest(
    claim: str,
    passage: str,
    whole: StanceScore,
    sentences: Sequence[str],
    scores: Sequence[StanceScore],
) -> tuple[StanceScore, str]:
    """The passage's stance (whole or best sentence, whichever is stronger) and its quote."""
    lexical = [lexical_overlap(claim, s) for s in sentences]
    if not sentences:
        return whole, passage.strip()
    best = max(range(len(sentences)), key=lambda i: (_strength(scores[i]), lexical[i]))
    closest = max(range(len(sentences)), key=lambda i: lexical[i])
    if _strength(scores[best]) > _strength(whole):
        return scores[best], sentences[best].strip()
    side = decisive_side(whole)
    if side is Stance.NEUTRAL:
        return whole, sentences[closest].strip()
    prob = (lambda s: s.supports) if side is Stance.SUPPORTS else (lambda s: s.refutes)
    leaning = max(range(len(sentences)), key=lambda i: (round(prob(scores[i]), 2), lexical[i]))
    return whole, sentences[leaning].strip()


def _evidence(item: ScoredEvidence, quote: str) -> Evidence:
    """The model's label and its probability (the verdict still needs a clear margin)."""
    stance = item.stance
    prob = {Stance.SUPPORTS: stance.supports, Stance.REFUTES: stance.refutes}
    label = stance.label
    return Evidence(
        chunk_id=item.passage.chunk_id,
        source_id=item.passage.source_id,
        outlet=item.passage.outlet,
        passage=item.passage.text,
        quote=quote,
        stance=label,
        score=round(prob.get(label, stance.neutral), 4),
    )


def _evidence_rank(ev: Evidence, decisive: Sequence[str]) -> tuple[int, float]:
    return (0 if ev.chunk_id in decisive else 1 if ev.stance != Stance.NEUTRAL else 2, -ev.score)


def check_claim(text: str, settings: Settings | None = None, *, k: int | None = None) -> ClaimCheck:
    """Check a claim against every source in the store (the `verify check` command)."""
    claim_text = validate_claim(text)
    settings = settings or get_settings()
    k = validate_k(k if k is not None else settings.search_k)
    checker = Checker.open(settings, load_model=False)
    require_sources(checker.store)
    return checker.check(Claim(text=claim_text, start=0, end=len(claim_text)), k=k)
