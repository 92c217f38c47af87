"""Write the `verify eval perturb` variants to a JSONL file, to read or to reuse.

    python eval/make_perturbations.py --out eval/runs/perturb.jsonl [--data DIR] [--seed 0]

One row per variant: id, origin (the gold claim), corpus, change (original, number, date, place,
person, organisation, negation, verb, added), claim, label and what changed. The same generator
and seed as the suite, so the file holds exactly what the suite checks.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from verify.config import get_settings
from verify.evaluation.perturb import (
    Pools,
    benchmark_corpus,
    seeds_corpus,
    variants,
    write_variants,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    settings = get_settings()
    corpora = [seeds_corpus(settings, [])]
    if args.data is not None:
        corpora += [
            benchmark_corpus(name, args.data, settings) for name in ("scifact", "climate-fever")
        ]
    made = []
    for corpus in corpora:
        pools = Pools.of(corpus.texts)
        for claim in corpus.claims:
            made += variants(claim.id, claim.claim, corpus.name, pools, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_variants(args.out, made)
    origins = len({v.origin for v in made})
    print(f"{len(made)} variants of {origins} claims -> {args.out}")


if __name__ == "__main__":
    main()
