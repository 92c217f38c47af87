"""Write the stance benchmark pair files from the shared data folder.

    python eval/make_stance_pairs.py --data ../shared/data --out eval/runs/stance

writes `scifact_dev_oracle.jsonl` (SciFact dev: gold rationale sentences of each evidence doc;
NEI claims against their cited abstracts) and `climate_fever_test.jsonl` (per-evidence pairs of
the held-out 20% of Climate-FEVER claims, the split `verify.training.data.climate_fever_is_test`
also excludes from training) and `news_test.jsonl` (the held-out 20% of the LIAR-PLUS and SummaC
claims, `verify.training.data.news_is_test`). Rows: {"premise", "hypothesis", "label"}.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from verify.training.data import benchmark_pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=os.environ.get("VERIFY_EVAL_DATA"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.data is None:
        parser.error("pass --data DIR or set VERIFY_EVAL_DATA")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, pairs in benchmark_pairs(args.data).items():
        path = args.out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for pair in pairs:
                handle.write(json.dumps(pair.as_row(), ensure_ascii=False) + "\n")
        counts = dict(Counter(p.label.value for p in pairs))
        print(f"{path}: {len(pairs)} pairs {counts}")


if __name__ == "__main__":
    main()
