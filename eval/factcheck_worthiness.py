"""Factcheck-GPT check-worthiness alone, scored as `verify eval factcheck-gpt` scores it.

    .venv/bin/python eval/factcheck_worthiness.py [--data ../shared/data] [--llm none]

The suite's check-worthiness accuracy depends only on claim extraction; its claim-F1 part runs the
stance model over every (extracted, human) claim pair, which takes 2 minutes on an idle machine
and about 40 on a loaded one. This script extracts the claims of every answer and scores each
annotated sentence with the suite's own `_worthy_from`, in seconds, so a change to extraction can
be checked against the baseline (`eval/baselines/factcheck-gpt.json`) without the rest.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from verify.config import get_settings
    from verify.corpus.ingest import source_id
    from verify.evaluation.factcheck_gpt import FILE, _worthy_from, read_answers
    from verify.llm import get_llm
    from verify.types import Source
    from verify.write.claims import extract_claims

    args = _parse()
    settings = get_settings(llm=args.llm)
    llm = get_llm(settings)
    pairs: list[tuple[bool, bool]] = []
    for answer in read_answers(Path(args.data) / FILE, []):
        text = answer["text"]
        claims = extract_claims(Source(id=source_id(text), text=text), settings, llm=llm).claims
        pairs += [(s["worthy"], _worthy_from(s["text"], text, claims)) for s in answer["sentences"]]
    hits = sum(gold and found for gold, found in pairs)
    print(
        f"sentences {len(pairs)}  accuracy {sum(g == f for g, f in pairs) / len(pairs):.4f}  "
        f"precision {hits / max(1, sum(f for _, f in pairs)):.4f}  "
        f"recall {hits / max(1, sum(g for g, _ in pairs)):.4f}"
    )


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = os.environ.get("VERIFY_EVAL_DATA", str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--data", default=default, help="folder laid out like shared/data")
    parser.add_argument("--llm", default="none", help="none, local or openai")
    return parser.parse_args()


if __name__ == "__main__":
    main()
