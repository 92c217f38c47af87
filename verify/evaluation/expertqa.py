"""ExpertQA suite: does our citation checker agree with experts on whether a cited passage
supports an answer sentence?

Data: the ExpertQA long-form QA splits (chaitanyamalaviya/ExpertQA, data/lfqa, MIT licence), read
from `data_dir` (the `expertqa` folder or the folder above it, e.g. `$VERIFY_EVAL_DATA`). Each row
is a question with answers from several systems; each answer is split into claims (sentences) that
cite evidence, an evidence entry being `"[n] URL\\n\\npassage"` or a bare URL, and an expert marked
each claim's attribution `support` as Complete, Partial, Incomplete, Missing or N/A.

What the data allows: claims marked Missing cite no evidence at all (902 of them, none with a
passage), so there is no (sentence, passage) pair to check for them. The suite therefore scores
claims whose every evidence entry carries a passage, gold "supported" = Complete and "not
supported" = Partial or Incomplete (N/A and unlabelled claims are left out). The same claim appears
in the random and the domain split; pairs are de-duplicated.

The checker is exactly the one `verify ask` applies to a sentence: `verify.write.ask.support_scores`
(whole passage plus sentence windows, strongest reading) and `verify.write.ask.sentences_supported`
(the verdict bar, facts included).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from verify.errors import InputError
from verify.evaluation.metrics import binary_scores, roc_auc

SUPPORTED = "supported"
NOT_SUPPORTED = "not_supported"
GOLD = {"Complete": SUPPORTED, "Partial": NOT_SUPPORTED, "Incomplete": NOT_SUPPORTED}
FOLDER = "expertqa"
_MARK = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")
_EVIDENCE = re.compile(r"^\[\d+\]\s*(\S+)\s*\n\s*\n(.*)$", re.DOTALL)


class AttributionPair(BaseModel):
    """One answer sentence, the passages it cites and the expert's label."""

    claim: str
    passages: list[str]
    label: str  # SUPPORTED / NOT_SUPPORTED
    support: str  # the raw ExpertQA label
    system: str


def expertqa_dir(data_dir: Path | str) -> Path:
    """The folder holding the ExpertQA jsonl files (given itself or its parent)."""
    base = Path(data_dir).expanduser()
    for folder in (base / FOLDER, base):
        if any(folder.glob("*.jsonl")):
            return folder
    raise InputError(
        f"no ExpertQA jsonl files in {base} or {base / FOLDER}",
        "pass --data DIR (the folder with expertqa/) or set VERIFY_EVAL_DATA",
    )


def read_pairs(data_dir: Path | str) -> list[AttributionPair]:
    """Every usable (sentence, cited passages, label) of every split, de-duplicated, in a stable
    order."""
    seen: dict[str, AttributionPair] = {}
    for path in sorted(expertqa_dir(data_dir).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    for pair in pairs_of(json.loads(line)):
                        seen.setdefault(_key(pair), pair)
    return [seen[key] for key in sorted(seen)]


def pairs_of(row: dict[str, Any]) -> list[AttributionPair]:
    out: list[AttributionPair] = []
    for system, answer in (row.get("answers") or {}).items():
        for claim in answer.get("claims") or []:
            pair = _pair(claim, system)
            if pair is not None:
                out.append(pair)
    return out


def _pair(claim: dict[str, Any], system: str) -> AttributionPair | None:
    label = GOLD.get(str(claim.get("support")))
    evidence = claim.get("evidence") or []
    passages = [parse_evidence(e) for e in evidence]
    text = clean_claim(str(claim.get("claim_string") or ""))
    if label is None or not evidence or None in passages or not text:
        return None
    return AttributionPair(
        claim=text,
        passages=[p for p in passages if p],
        label=label,
        support=str(claim["support"]),
        system=system,
    )


def parse_evidence(entry: str) -> str | None:
    """The passage of an `"[n] URL\\n\\npassage"` entry; None for a bare URL."""
    match = _EVIDENCE.match(entry.strip())
    if not match or not match.group(2).strip():
        return None
    return " ".join(match.group(2).split())


def clean_claim(text: str) -> str:
    """The sentence without its `[n]` citation marks and markdown bold."""
    return " ".join(_MARK.sub("", text).replace("**", "").split())


def _key(pair: AttributionPair) -> str:
    raw = json.dumps([pair.claim, pair.passages], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def sample(pairs: list[AttributionPair], limit: int | None, seed: int) -> list[AttributionPair]:
    if limit is None or limit >= len(pairs):
        return pairs
    if limit <= 0:
        raise InputError(f"--limit must be positive, not {limit}")
    return random.Random(seed).sample(pairs, limit)


def run_expertqa(
    data_dir: Path | str | None = None,
    limit: int | None = None,
    seed: int = 0,
    model: Any = None,
) -> dict[str, Any]:
    """Agreement of the citation checker with ExpertQA's attribution labels.

    Returns accuracy, precision / recall / F1 of "supported", ROC AUC of the support probability,
    n, the label mix, pairs/s (claim-passage pairs) and the model and threshold used.
    `model` defaults to the configured stance model.
    """
    from verify.config import get_settings
    from verify.judge.stance import load_stance_model
    from verify.write.ask import sentences_supported, support_scores

    settings = get_settings()
    folder = data_dir if data_dir is not None else settings.eval_data
    if folder is None:
        raise InputError("no data folder given", "pass --data DIR or set VERIFY_EVAL_DATA")
    pairs = sample(read_pairs(folder), limit, seed)
    model = model or load_stance_model(settings)
    started = time.perf_counter()
    claims = [(p.claim, [(text, "") for text in p.passages]) for p in pairs]
    scores = support_scores(model, claims)
    verdicts = sentences_supported(claims, scores)
    elapsed = time.perf_counter() - started
    predicted = [SUPPORTED if ok else NOT_SUPPORTED for ok in verdicts]
    probabilities = [s.supports if s is not None else 0.0 for s in scores]
    n_passages = sum(len(p.passages) for p in pairs)
    return {
        "suite": "expertqa",
        "n": len(pairs),
        **binary_scores([p.label for p in pairs], predicted, SUPPORTED),
        "auc": round(roc_auc([p.label == SUPPORTED for p in pairs], probabilities), 4),
        "labels": _counts([p.support for p in pairs]),
        "predicted_supported_by_label": _rate_by_label(pairs, predicted),
        "pairs": n_passages,
        "pairs_per_s": round(n_passages / elapsed, 2) if elapsed > 0 else 0.0,
        "seconds": round(elapsed, 2),
        "seed": seed,
        "limit": limit,
        "model": str(getattr(model, "name", "")),
        "threshold": _threshold(),
    }


def _counts(values: list[str]) -> dict[str, int]:
    return {v: values.count(v) for v in sorted(set(values))}


def _rate_by_label(pairs: list[AttributionPair], predicted: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for label in sorted({p.support for p in pairs}):
        picks = [y for p, y in zip(pairs, predicted, strict=True) if p.support == label]
        out[label] = round(picks.count(SUPPORTED) / len(picks), 4)
    return out


def _threshold() -> str:
    from verify.judge.verdict import DECISIVE_MARGIN, DECISIVE_PROB

    return f"supports >= {DECISIVE_PROB} and supports - refutes >= {DECISIVE_MARGIN}"
