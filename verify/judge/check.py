"""Checking one claim: retrieve passages (hybrid search), score stances, aggregate a verdict.

    checker = Checker.open(settings)            # opens the store, loads the stance model once
    result = checker.check(claim, k=8, exclude_sources={article_id})

Each retrieved passage is scored as a whole by the stance model (premise = passage, hypothesis =
claim), and so are the passage sentences that share the most words with the claim (at most
`SENTENCES_SCORED` per claim): a long chunk can dilute one decisive sentence, so a passage's stance
is the stronger of its readings (MiniCheck-style max over spans). The evidence quote is the
sentence that decided it (or the closest lexical match for a neutral passage), always a verbatim
substring of the passage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from verify.config import Settings, get_settings
from verify.errors import InputError, one_line_input
from verify.judge.support import alignment_of
from verify.judge.verdict import (
    RULES,
    ScoredEvidence,
    VerdictRules,
    aggregate,
    contradicts,
    decisive_side,
    judged_side,
    refutes_by_facts,
    reversal,
    side_strength,
)
from verify.text import lexical_overlap, sentences_of, shorten, stemmed_overlap
from verify.types import (
    Claim,
    ClaimCheck,
    Evidence,
    FactConflict,
    FactKind,
    Passage,
    Stance,
    StanceScore,
)

if TYPE_CHECKING:
    from verify.corpus.store import Store
    from verify.judge.align import Alignment
    from verify.judge.stance import StanceJudge

log = logging.getLogger(__name__)

MAX_CLAIM_CHARS = 1000
"""Longest claim accepted: a claim is one statement; longer input is an article, not a claim."""

MAX_K = 50
"""Most passages retrieved per claim (each costs stance-model calls)."""

SENTENCES_SCORED = 8
"""Sentences per claim scored on their own, besides the whole passages: a long chunk can dilute
one decisive sentence, but every stance-model call costs time (claim p50 target < 1 s)."""


def validate_claim(text: str) -> str:
    """The claim stripped, or InputError when it is empty, too long or not a statement (a
    single word, a question mark, a bare name, a question, a heading)."""
    claim = one_line_input(
        text,
        what="claim",
        limit=MAX_CLAIM_CHARS,
        empty_hint='pass a sentence, e.g. verify check "X said Y"',
        long_hint="check one statement at a time, or use `verify report FILE` for a whole article",
    )
    problem = _claim_problem(claim)
    shown = shorten(claim, 80)
    if problem == "it is a question":
        raise InputError(f"{shown!r} is a question, not a claim", f"ask it: verify ask {claim!r}")
    if problem is not None:
        raise InputError(
            f"{shown!r} is not a claim: {problem}",
            'state something checkable, e.g. verify check "Russia sent military police to Ain '
            'Issa."',
        )
    return claim


def _claim_problem(claim: str) -> str | None:
    if not any(c.isalpha() for c in claim):
        return "it has no words"
    from verify.nlp import claim_problem, spacy_pipeline

    return claim_problem(spacy_pipeline()(claim))


def validate_k(k: int | None, settings: Settings) -> int:
    """Passages to retrieve: `k`, else the settings' `search_k`; between 1 and MAX_K (every
    command and the web app take -k through here)."""
    k = k if k is not None else settings.search_k
    if not 1 <= k <= MAX_K:
        raise InputError(f"-k must be between 1 and {MAX_K}, not {k}", "the default is 8")
    return k


def require_sources(store: Store) -> None:
    if not store.ready_ids():
        raise InputError("the store is empty", "add articles first: verify ingest PATH")


Readings = Sequence[tuple[str, StanceScore | None]]
"""A passage's sentences, each with its own stance reading when it was scored alone."""


@dataclass
class Checker:
    """The store and the stance model, held so that many claims are checked with one load.

    `on_reading(passage, whole, readings)` is told every passage's stance readings (the whole
    passage's, and its sentences') before the rules weigh them: `eval/tune_coverage.py` records
    them to replay the rules without the model."""

    store: Store
    settings: Settings
    model: StanceJudge | None = None
    rules: VerdictRules = RULES
    on_reading: Callable[[Passage, StanceScore, Readings], None] | None = None

    @classmethod
    def open(cls, settings: Settings | None = None, *, load_model: bool = True) -> Checker:
        from verify.corpus.store import open_store

        settings = settings or get_settings()
        checker = cls(open_store(settings), settings)
        if load_model:
            checker.load_model()
        return checker

    def load_model(self) -> StanceJudge:
        from verify.judge.stance import load_stance_model

        if self.model is None:
            self.model = load_stance_model(self.settings)
        return self.model

    @property
    def stance(self) -> StanceJudge:
        return self.load_model()

    def check(
        self, claim: Claim, *, k: int | None = None, exclude_sources: Collection[str] = ()
    ) -> ClaimCheck:
        """Verdict and evidence for one claim from the store, leaving out `exclude_sources`."""
        from verify.corpus.search import search

        passages = search(
            self.store, claim.text, k or self.settings.search_k, exclude_sources=exclude_sources
        )
        scored = self.score(claim.text, passages)
        result = aggregate([item for item, _ in scored], self.rules)
        evidence = [_evidence(item, quote, result.decisive, self.rules) for item, quote in scored]
        evidence.sort(key=lambda e: _evidence_rank(e, result.decisive))
        evidence = one_per_sentence(evidence)
        return ClaimCheck(claim=claim, result=result, evidence=evidence)

    def score(self, claim: str, passages: Sequence[Passage]) -> list[tuple[ScoredEvidence, str]]:
        """Each passage with its stance (max over whole and sentences) and its quote; for a
        negated claim, a passage that clearly supports it without the negation states its event
        the other way (`VerdictRules.affirmed_refutes_negation`)."""
        out = self._details_read_away(claim, self._read(claim, passages))
        positive = None
        if passages and self.rules.facts and self.rules.affirmed_refutes_negation:
            from verify.judge.align import affirmed

            positive = affirmed(claim)
        if positive is None:
            return out
        affirming = self._read(positive, passages, record=False)
        return [
            _affirmed(claim, item, quote, other, other_quote, self.rules)
            for (item, quote), (other, other_quote) in zip(out, affirming, strict=True)
        ]

    def _read(
        self, claim: str, passages: Sequence[Passage], record: bool = True
    ) -> list[tuple[ScoredEvidence, str]]:
        sentences = [sentences_of(p.text) for p in passages]
        chosen = _sentences_to_score(claim, sentences, [p.title for p in passages])
        # Two calls, not one: a batch is padded to its longest pair, and passages are long.
        scores = self._predict([(p.text, claim) for p in passages])
        singles = self._predict([(sentences[i][j], claim) for i, j in chosen])
        by_sentence = dict(zip(chosen, singles, strict=True))
        links = self.store.duplicate_links()
        alignments = self._align(claim, passages, sentences)
        out: list[tuple[ScoredEvidence, str]] = []
        for i, passage in enumerate(passages):
            readings = [(s, by_sentence.get((i, j))) for j, s in enumerate(sentences[i])]
            if self.on_reading is not None and record:
                self.on_reading(passage, scores[i], readings)
            stance, quote, coverage = _strongest(
                claim, passage.text, scores[i], readings, self.rules
            )
            item = ScoredEvidence(
                passage=passage,
                stance=stance,
                coverage=coverage,
                alignment=alignments[i],
                duplicate_of=links.get(passage.source_id),
                duplicates=[s for s, d in links.items() if d == passage.source_id],
            )
            if contradicts(item.alignment, self.rules) and item.alignment:
                quote = item.alignment.sentence  # the sentence that states the fact differently
            out.append((item, quote))
        return out

    def _details_read_away(
        self, claim: str, out: list[tuple[ScoredEvidence, str]]
    ) -> list[tuple[ScoredEvidence, str]]:
        """Each passage the model alone reads as refuting a claim that is not negated, while
        giving no date (or no place) at all where the claim gives one, read again with the claim
        stripped of those: if that is not refuted, the refutation hinged on what the passage is
        silent on, and is recorded as such (`Alignment.refuted_detail`;
        `VerdictRules.refute_needs_stated_detail`). A passage giving another date or place may
        state it for the claim's event where the alignment did not pair them: its refutation
        stands."""
        if not (self.rules.facts and self.rules.refute_needs_stated_detail):
            return out
        from verify.judge.align import DETAIL_KINDS, facts, without_details

        again: dict[tuple[str, ...], list[int]] = {}
        for n, (item, _) in enumerate(out):
            alignment = item.alignment
            if alignment is None or alignment.negation_stated is not None:
                continue  # a negated claim: its refutation is the thing it denies, stated
            if judged_side(item, self.rules) is not Stance.REFUTES:
                continue
            if refutes_by_facts(item.stance, item.coverage, alignment, self.rules):
                continue
            given = {f.kind for s in sentences_of(item.passage.text) for f in facts(s)}
            details = [
                f.text
                for f in alignment.unstated
                if f.kind in DETAIL_KINDS and f.kind not in given and f.text in alignment.missing
            ]
            if details:
                again.setdefault(tuple(details), []).append(n)
        for details, indices in again.items():
            bare = without_details(claim, details)
            if bare is None:
                continue
            rereads = self._read(bare, [out[n][0].passage for n in indices], record=False)
            for n, (reread, _) in zip(indices, rereads, strict=True):
                if judged_side(reread, self.rules) is Stance.REFUTES:
                    continue  # refuted without them too: the refutation is not theirs
                item, quote = out[n]
                assert item.alignment is not None
                alignment = item.alignment.model_copy(update={"refuted_detail": list(details)})
                out[n] = (item.model_copy(update={"alignment": alignment}), quote)
        return out

    def _align(
        self, claim: str, passages: Sequence[Passage], sentences: Sequence[Sequence[str]]
    ) -> list[Alignment | None]:
        """The claim's facts against each passage (None for all when the rules skip facts)."""
        if not self.rules.facts:
            return [None] * len(passages)
        from verify.judge.align import parse_many

        parse_many([claim])  # the passages' sentences are parsed as the alignment needs them
        alignments = [
            alignment_of(claim, p.text, self.rules, group)
            for p, group in zip(passages, sentences, strict=True)
        ]
        if not self.rules.absent_names_block:
            return alignments  # the names are not checked: no source need be read
        return self._absent_from_sources(claim, passages, alignments)

    def _absent_from_sources(
        self, claim: str, passages: Sequence[Passage], alignments: list[Alignment | None]
    ) -> list[Alignment | None]:
        """A name a passage never names counts as absent only if its whole source never names
        it (`verify.judge.align.still_absent`); a source's chunks are read once per claim."""
        from verify.judge.align import still_absent

        texts: dict[str, str] = {}
        out = []
        for passage, alignment in zip(passages, alignments, strict=True):
            if alignment is not None and alignment.absent:
                if passage.source_id not in texts:
                    chunks = self.store.chunks_of(passage.source_id)
                    texts[passage.source_id] = " ".join([passage.title, *(c.text for c in chunks)])
                left = still_absent(claim, alignment.absent, texts[passage.source_id])
                alignment = alignment.model_copy(update={"absent": left})
            out.append(alignment)
        return out

    def _predict(self, pairs: list[tuple[str, str]]) -> list[StanceScore]:
        return self.stance.predict(pairs) if pairs else []


def _affirmed(
    claim: str,
    item: ScoredEvidence,
    quote: str,
    positive: ScoredEvidence,
    positive_quote: str,
    rules: VerdictRules,
) -> tuple[ScoredEvidence, str]:
    """The negated claim's reading of a passage, with the claim's event stated the other way
    when the passage clearly supports the claim without its negation (`positive`) and says
    nothing negative itself, in a sentence that asserts it (not one that only asks it:
    `verify.judge.align.asks_only`)."""
    alignment = item.alignment
    if alignment is None or alignment.negation_stated is not False:
        return item, quote
    if contradicts(alignment, rules):
        return item, quote  # it already refutes by what it states, and says so
    if judged_side(positive, rules) is not Stance.SUPPORTS:
        return item, quote
    from verify.judge.align import asks_only, denial

    if asks_only(claim, positive_quote):
        return item, quote  # "To examine whether use is associated with increased risk"

    conflict = FactConflict(
        kind=FactKind.EVENT, claim=denial(claim), evidence=shorten(positive_quote, 160)
    )
    alignment = alignment.model_copy(
        update={
            "conflicting": [  # one conflict for the event: the passage's supported reading
                *(c for c in alignment.conflicting if c.kind is not FactKind.EVENT),
                conflict,
            ],
            "same_event": max(alignment.same_event, positive.coverage),
            "sentence": positive_quote,
            "affirmed": True,
        }
    )
    return item.model_copy(update={"alignment": alignment}), positive_quote


def _sentences_to_score(
    claim: str, sentences: Sequence[Sequence[str]], titles: Sequence[str] = ()
) -> list[tuple[int, int]]:
    """(passage, sentence) indices worth a stance-model call of their own: the sentences of
    several-sentence passages that share the most words with the claim, at most
    SENTENCES_SCORED per claim (each call costs about as much as a passage). A passage's title
    line is not one: a headline is not a statement to support or refute a claim with
    ("Video: Russian Military Police Under Attack" read as refuting "The UN condemned the
    attack")."""
    title = [t.strip() for t in titles] + [""] * (len(sentences) - len(titles))
    candidates = [
        (lexical_overlap(claim, s), i, j)
        for i, group in enumerate(sentences)
        if len(group) > 1
        for j, s in enumerate(group)
        if s.strip() != title[i] or not title[i]
    ]
    candidates = [c for c in candidates if c[0] > 0]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    return sorted((i, j) for _, i, j in candidates[:SENTENCES_SCORED])


def _strength(score: StanceScore, coverage: float = 1.0, rules: VerdictRules = RULES) -> float:
    """How strongly a reading takes a side: decisive readings first, then the larger side."""
    decisive = decisive_side(score, coverage, rules=rules) is not Stance.NEUTRAL
    return (1.0 if decisive else 0.0) + max(score.supports, score.refutes)


def _strongest(
    claim: str,
    passage: str,
    whole: StanceScore,
    readings: Readings,
    rules: VerdictRules = RULES,
) -> tuple[StanceScore, str, float]:
    """The passage's stance (whole or a sentence, whichever is stronger), its quote and the
    coverage of the text that stance was read from (share of the claim's content words in it).

    Support counts as decisive only with enough coverage
    (`verify.judge.verdict.MIN_SUPPORT_COVERAGE`), here as in the verdict. The quote is a sentence
    that takes a side, when one does more strongly than the whole passage (of several that do, the
    one sharing most words with the claim); for a passage deciding as a whole, its decisive sentence
    on that side sharing most words with the claim, else its sentence leaning most that way; else
    the sentence sharing most words with the claim.
    """
    closest = max(readings, key=lambda r: lexical_overlap(claim, r[0]))[0].strip()
    whole_cover = stemmed_overlap(claim, passage)
    scored = [(s, score, stemmed_overlap(claim, s)) for s, score in readings if score is not None]
    if not scored:
        return whole, closest, whole_cover

    def relevance(reading: tuple[str, StanceScore, float]) -> tuple[bool, float, float]:
        # Among decisive sentences the model's probabilities are close and noisy (a small model
        # gives 0.85-0.88 to every on-topic sentence), so the one sharing most words with the
        # claim is the quote a reader needs; undecided sentences rank by strength.
        _, score, cover = reading
        decisive = decisive_side(score, cover, rules=rules) is not Stance.NEUTRAL
        strength = _strength(score, cover, rules)
        return (decisive, cover if decisive else strength, strength)

    sentence, best, cover = max(scored, key=relevance)
    stronger = _strength(best, cover, rules) > _strength(whole, whole_cover, rules)
    if stronger and best.label is not Stance.NEUTRAL:
        return best, sentence.strip(), cover
    side = decisive_side(whole, whole_cover, rules=rules)
    if side is Stance.NEUTRAL:
        return whole, closest, whole_cover
    same_side = [r for r in scored if decisive_side(r[1], r[2], rules=rules) is side]
    if same_side:
        return whole, max(same_side, key=relevance)[0].strip(), whole_cover
    lean = (lambda s: s.supports) if side is Stance.SUPPORTS else (lambda s: s.refutes)
    leaning = max(scored, key=lambda r: (round(lean(r[1]), 2), lexical_overlap(claim, r[0])))
    return whole, leaning[0].strip(), whole_cover


def _evidence(
    item: ScoredEvidence, quote: str, decisive: Sequence[str], rules: VerdictRules
) -> Evidence:
    """The model's label and its probability (the verdict still needs a clear margin), or
    REFUTES when the passage states one of the claim's facts differently; the aligned facts;
    whether the verdict counted it."""
    stance = item.stance
    prob = {Stance.SUPPORTS: stance.supports, Stance.REFUTES: stance.refutes}
    label = stance.label
    score = prob.get(label, stance.neutral)
    alignment = item.alignment
    conflicting = alignment.conflicting if alignment else []
    side = judged_side(item, rules)
    turned = reversal(stance, item.coverage, alignment, rules)
    if side is Stance.REFUTES and (contradicts(alignment, rules) or turned is not None):
        # a fact stated differently, or read as support but the event said the other way (the
        # two exclude each other: a reversal needs every fact stated the same)
        label, score = Stance.REFUTES, side_strength(item, side, rules)
    if side is Stance.REFUTES and turned is not None:
        conflicting = [*conflicting, turned]
    return Evidence(
        passage=item.passage,
        quote=quote,
        stance=label,
        score=round(score, 4),
        coverage=round(item.coverage, 4),
        counted=item.passage.chunk_id in decisive,
        matched=alignment.matched if alignment else [],
        conflicting=conflicting,
        missing=alignment.missing if alignment else [],
    )


def one_per_sentence(evidence: Sequence[Evidence]) -> list[Evidence]:
    """The evidence without repeats: overlapping chunks quote the same sentence of a source,
    and one sentence is one piece of evidence (the first, best-ranked, is kept)."""
    from verify.text import normalize

    seen: set[tuple[str, str]] = set()
    out = []
    for ev in evidence:
        key = (ev.source_id, normalize(ev.quote))
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _evidence_rank(ev: Evidence, decisive: Sequence[str]) -> tuple[int, float]:
    return (0 if ev.chunk_id in decisive else 1 if ev.stance != Stance.NEUTRAL else 2, -ev.score)


def check_claim(text: str, settings: Settings | None = None, *, k: int | None = None) -> ClaimCheck:
    """Check a claim against every source in the store (the `verify check` command)."""
    claim_text = validate_claim(text)
    settings = settings or get_settings()
    k = validate_k(k, settings)
    checker = Checker.open(settings, load_model=False)
    require_sources(checker.store)
    return checker.check(Claim(text=claim_text, start=0, end=len(claim_text)), k=k)
