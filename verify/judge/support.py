"""One support judgement for the whole product: does a text support a statement?

Verdicts (`verify.judge.check`), the summary's check of LLM sentences
(`verify.pipeline.entails_by`), `ask`'s check of its answer sentences (`verify.write.ask`) and the
check of rewritten claims (`verify.write.claims`) all decide it here, under the same rules
(`verify.judge.verdict.VerdictRules`): the stance model reads the (text, statement) pair; the share
of the statement's content words in the text (coverage) and the statement's facts
(`verify.judge.align`: none contradicted, none of the central ones left out) decide whether its
reading counts (`verify.judge.verdict.decisive_side`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from verify.judge.verdict import RULES, VerdictRules, decisive_side
from verify.text import sentences_of, stemmed_overlap
from verify.types import Stance, StanceScore

if TYPE_CHECKING:
    from verify.judge.align import Alignment
    from verify.judge.stance import StanceJudge


def alignment_of(
    statement: str,
    text: str,
    rules: VerdictRules = RULES,
    sentences: Sequence[str] | None = None,
) -> Alignment | None:
    """The statement's facts against the text (None when the rules do not check facts)."""
    if not rules.facts:
        return None
    from verify.judge.align import align

    group = list(sentences) if sentences is not None else sentences_of(text)
    return align(
        statement, text, group, rules.fact_window, rules.min_same_event, rules.min_event_clash
    )


def judge(statement: str, text: str, score: StanceScore, rules: VerdictRules = RULES) -> Stance:
    """The side `text` takes on `statement`, given the stance model's reading of the pair."""
    coverage = stemmed_overlap(statement, text)
    return decisive_side(score, coverage, alignment_of(statement, text, rules), rules)


def supported(
    model: StanceJudge, pairs: Sequence[tuple[str, str]], rules: VerdictRules = RULES
) -> list[bool]:
    """For each (text, statement) pair: does the text clearly support the statement?"""
    scores = model.predict(list(pairs)) if pairs else []
    return [
        judge(statement, text, score, rules) is Stance.SUPPORTS
        for (text, statement), score in zip(pairs, scores, strict=True)
    ]
