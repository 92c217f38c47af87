"""Stance by an LLM judge: `stance_model = "llm"` reads each (passage, claim) pair through the LLM
seam (`settings.llm`: the local model or any OpenAI-compatible server), with the versioned prompt
`prompts/judge_stance.md` and output constrained to `StanceJudgement`'s JSON schema.

The judge's word is checked, never taken alone:
- SUPPORTS or REFUTES must come with a quote found in the passage (`find_verbatim`, up to
  whitespace and quote style) that holds a content word; without one the pair is undecided;
- an output that is still invalid after the seam's one retry leaves the pair undecided;
(undecided: NEUTRAL as the label, 1/3 for each probability, so nothing counts it as evidence
either way and no confidence is claimed for it);
- a provider that cannot be reached is an error (`ModelError`), never a run of silent NEUTRALs.

An LLM gives a label, not probabilities. The label it gives gets `JUDGE_CONFIDENCE` and the other
two share the rest, so the verdict rules (which need 0.6 to decide) act on the judge's label.
That confidence is not calibrated: `verify eval stance` reports its ECE for the model in use.
Every call goes through the seam's log, which is also its cache: a pair judged once is not sent
again.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel, Field

from verify.errors import ModelError
from verify.llm import LLM
from verify.llm.prompts import load_prompt
from verify.text import content_words, find_verbatim
from verify.types import Stance, StanceScore

log = logging.getLogger(__name__)

JUDGE_CONFIDENCE = 0.8
UNDECIDED = 1 / 3  # a failed judgement: NEUTRAL, with every label equally likely
JUDGE_PROMPT = "judge_stance"
JUDGE_MAX_TOKENS = 256


class StanceJudgement(BaseModel):
    """What the LLM is asked for: the deciding words first, then the stance."""

    quote: str = Field(
        description="For SUPPORTS or REFUTES, words copied exactly from the passage; else empty"
    )
    stance: Stance


def label_score(label: Stance, confidence: float = JUDGE_CONFIDENCE) -> StanceScore:
    """`label` at `confidence`, the other two labels sharing the rest."""
    rest = (1.0 - confidence) / 2
    probs = {stance: confidence if stance is label else rest for stance in Stance}
    return StanceScore(
        label=label,
        supports=probs[Stance.SUPPORTS],
        refutes=probs[Stance.REFUTES],
        neutral=probs[Stance.NEUTRAL],
    )


class LLMStanceModel:
    """The stance model interface (`name`, `predict`) over an LLM judge; see the module doc."""

    def __init__(self, llm: LLM, confidence: float = JUDGE_CONFIDENCE) -> None:
        self.llm = llm
        self.confidence = confidence
        self.prompt = load_prompt(JUDGE_PROMPT)
        self.name = f"llm:{llm.model} ({self.prompt.label})"
        self.outcomes: Counter[str] = Counter()  # judged / no quote / invalid, over the lifetime

    def predict(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[StanceScore]:
        """One judged score per (premise = evidence, hypothesis = claim) pair, in order.

        `batch_size` is accepted for the interface; the judge reads one pair per call."""
        judged = [self._judge(premise, claim) for premise, claim in pairs]
        new = Counter(outcome for _, outcome in judged)
        self.outcomes.update(new)
        if new["no quote"] or new["invalid"]:
            log.warning(
                "LLM stance judge: %d of %d pairs left undecided because the judgement failed its "
                "check (%d with no quote found in the passage, %d with invalid output)",
                new["no quote"] + new["invalid"],
                len(pairs),
                new["no quote"],
                new["invalid"],
            )
        return [score for score, _ in judged]

    def _judge(self, passage: str, claim: str) -> tuple[StanceScore, str]:
        """The score for one pair and its outcome: "judged", "no quote" or "invalid"."""
        result = self.llm.generate_json(
            self.prompt, {"passage": passage, "claim": claim}, StanceJudgement, JUDGE_MAX_TOKENS
        )
        if result.unavailable:
            raise ModelError(
                f"the LLM stance judge failed: {result.error}",
                "start the LLM server (see VERIFY_OPENAI_BASE_URL) or set "
                "VERIFY_STANCE_MODEL=shipped",
            )
        if not result.ok:
            return label_score(Stance.NEUTRAL, UNDECIDED), "invalid"
        judgement: StanceJudgement = result.value
        if judgement.stance is not Stance.NEUTRAL and not _quoted(judgement.quote, passage):
            return label_score(Stance.NEUTRAL, UNDECIDED), "no quote"
        return label_score(judgement.stance, self.confidence), "judged"


def _quoted(quote: str, passage: str) -> bool:
    """The quote is in the passage and holds at least one content word (not just "the")."""
    return bool(content_words(quote)) and find_verbatim(quote, passage) is not None
