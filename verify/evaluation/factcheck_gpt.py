"""The `factcheck-gpt` suite: claim extraction against Factcheck-GPT's human decomposition.

Data: `factcheck-gpt/factcheck-GPT-benchmark.jsonl` (yuxiaw/Factcheck-GPT, Apache-2.0): 94
ChatGPT answers split by annotators into 311 sentences (each with a check-worthiness label) and
678 decontextualized claims. Each answer goes through `verify.write.claims.extract_claims` (the
configured LLM, or rules with `--llm none`), and the extracted claims are aligned with the human
claims of the same answer by the stance model:

* strict match: the two claims entail each other (SUPPORTS both ways), i.e. the same claim;
  precision = extracted claims that match a human claim, recall = human claims matched.
* coverage: a human claim is covered when some extracted claim entails it (an extracted
  sentence that bundles two human claims covers both); an extracted claim is grounded when the
  human claims of its answer, joined, entail it.
* check-worthiness: per annotated sentence, gold "yes" against "some check-worthy extracted claim
  comes from this sentence".

The stance model saw Factcheck-GPT's claim-evidence pairs in training (not these claim-claim
pairs); the alignment is a judge, so read the figures as indicative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.choices import LLMChoice
from verify.evaluation.harness import (
    Suite,
    SuiteOptions,
    SuiteRun,
    data_dir,
    data_files,
    data_option,
    limit_option,
    llm_option,
    resume_option,
)
from verify.evaluation.normalized import Skipped, jsonl_rows, require_file, skip_row
from verify.evaluation.scorecard import Scorecard
from verify.pipeline import Timings
from verify.types import Source, Stance

if TYPE_CHECKING:
    from verify.config import Settings

FILE = Path("factcheck-gpt") / "factcheck-GPT-benchmark.jsonl"


def read_answers(path: Path, skipped: list[Skipped]) -> list[dict[str, Any]]:
    """Answers with their annotated sentences: {id, text, sentences: [{text, worthy, claims}]}."""
    answers = []
    for number, row in jsonl_rows(path, skipped):
        sentences = row.get("sentences")
        if not isinstance(row.get("response"), str) or not isinstance(sentences, dict):
            skip_row(skipped, path, number, "needs 'response' text and a 'sentences' object")
            continue
        parsed = [
            {
                "text": str(s.get("text", "")),
                "worthy": s.get("sentence_checkworthiness") == "yes",
                "claims": [str(c) for c in s.get("claims", [])],
            }
            for s in sentences.values()
            if isinstance(s, dict)
        ]
        answers.append({"id": str(number), "text": row["response"], "sentences": parsed})
    return answers


@dataclass
class FactcheckGPTOptions(SuiteOptions):
    data: Path | None = data_option()
    limit: int | None = limit_option("Score only the first N answers.")
    seed: int = 0
    llm: LLMChoice | None = llm_option()
    resume: bool = resume_option()


def run_factcheck_gpt(options: FactcheckGPTOptions, settings: Settings) -> Scorecard:
    from verify.judge.stance import load_stance_model
    from verify.llm import get_llm

    data = data_dir(options.data, settings, "factcheck-gpt")
    path = require_file(data / FILE, "factcheck-gpt", "the Factcheck-GPT benchmark")
    run = SuiteRun("factcheck-gpt", options, settings)
    answers = read_answers(path, run.skipped)
    answers = answers[: options.limit] if options.limit else answers
    files = data_files(path)
    runfile = run.runfile(files, llm=settings.llm)
    with run.stage("load_models"):
        model = load_stance_model(settings)
        llm = get_llm(settings)
    rows = []
    for number, answer in enumerate(answers, start=1):
        row = runfile.get("answer", answer["id"])
        if row is None:
            scored = _score_answer(answer, settings, llm, model, run.timings)
            row = runfile.add("answer", answer["id"], scored)
        rows.append(row)
        options.say(f"scored {number}/{len(answers)} answers")
    return run.scorecard(
        data=files,
        n=sum(r["human"] for r in rows),
        llm=llm.model if llm is not None else None,
        extra=_totals(rows),
        notes=[
            f"{len(rows)} answers; claims extracted by "
            f"{'the LLM ' + llm.model if llm is not None else 'rules (--llm none)'}",
            "alignment judge: the stance model (SUPPORTS both ways = same claim)",
        ],
    )


def _score_answer(
    answer: dict[str, Any], settings: Settings, llm: Any, model: Any, timings: Timings
) -> dict[str, Any]:
    from verify.corpus.ingest import source_id
    from verify.write.claims import extract_claims

    text = answer["text"]
    source = Source(id=source_id(text), text=text)
    with timings.stage("extract_claims"):
        extraction = extract_claims(source, settings, llm=llm)
    extracted = [c.text for c in extraction.claims]
    human = [c for s in answer["sentences"] for c in s["claims"]]
    with timings.stage("align"):
        strict_e, strict_h, covered, grounded = align(extracted, human, model)
    worthiness = [
        [s["worthy"], _worthy_from(s["text"], text, extraction.claims)] for s in answer["sentences"]
    ]
    return {
        "extracted": len(extracted),
        "human": len(human),
        "strict_extracted": strict_e,
        "strict_human": strict_h,
        "covered_human": covered,
        "grounded_extracted": grounded,
        "worthiness": worthiness,
        "flags": extraction.flags,
    }


def align(extracted: Sequence[str], human: Sequence[str], model: Any) -> tuple[int, int, int, int]:
    """(extracted with a strict match, human with a strict match, human covered, extracted
    grounded) for one answer, judged by the stance model's argmax label."""
    if not extracted or not human:
        return 0, 0, 0, 0
    pairs = [(e, h) for e in extracted for h in human] + [(h, e) for e in extracted for h in human]
    joined = " ".join(human)
    labels = [s.label for s in model.predict([*pairs, *[(joined, e) for e in extracted]])]
    n = len(extracted) * len(human)
    forward = [labels[i] is Stance.SUPPORTS for i in range(n)]  # extracted entails human
    backward = [labels[n + i] is Stance.SUPPORTS for i in range(n)]  # human entails extracted
    both = [f and b for f, b in zip(forward, backward, strict=True)]
    width = len(human)
    strict_e = sum(any(both[i * width : (i + 1) * width]) for i in range(len(extracted)))
    strict_h = sum(any(both[i * width + j] for i in range(len(extracted))) for j in range(width))
    covered = sum(any(forward[i * width + j] for i in range(len(extracted))) for j in range(width))
    grounded = sum(label is Stance.SUPPORTS for label in labels[2 * n :])
    return strict_e, strict_h, covered, grounded


def _worthy_from(sentence: str, text: str, claims: Sequence[Any]) -> bool:
    """Whether a check-worthy extracted claim comes from (overlaps) this annotated sentence."""
    from verify.write.claims import find_span

    span = find_span(sentence, text)
    if span is None:
        return False
    return any(c.check_worthy and c.start < span[1] and span[0] < c.end for c in claims)


def _totals(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    extracted = sum(r["extracted"] for r in rows)
    human = sum(r["human"] for r in rows)
    pairs = [p for r in rows for p in r["worthiness"]]
    tp = sum(g and p for g, p in pairs)
    predicted, gold = sum(p for _, p in pairs), sum(g for g, _ in pairs)
    precision = _ratio(sum(r["strict_extracted"] for r in rows), extracted)
    recall = _ratio(sum(r["strict_human"] for r in rows), human)
    return {
        "claims": {
            "extracted": extracted,
            "human": human,
            "precision": precision,
            "recall": recall,
            "f1": round(2 * precision * recall / (precision + recall), 4)
            if precision + recall
            else 0.0,
            "human_covered": _ratio(sum(r["covered_human"] for r in rows), human),
            "extracted_grounded": _ratio(sum(r["grounded_extracted"] for r in rows), extracted),
        },
        "check_worthiness": {
            "sentences": len(pairs),
            "accuracy": _ratio(sum(g == p for g, p in pairs), len(pairs)),
            "precision": _ratio(tp, predicted),
            "recall": _ratio(tp, gold),
            "gold_yes_rate": _ratio(gold, len(pairs)),
        },
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


FACTCHECK_GPT = Suite(
    "factcheck-gpt",
    "Factcheck-GPT: extracted vs human claims (entailment both ways), worthiness",
    FactcheckGPTOptions,
    run_factcheck_gpt,
)
