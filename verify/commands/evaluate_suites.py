"""`verify eval SUITE ...` for the benchmark suites, and `verify eval compare A B`.

Each command parses its options, calls `verify.evaluation.suites.run_suite`, saves the scorecard
under `$VERIFY_HOME/scorecards/` and prints it (Markdown, or JSON with `--json`) on stdout;
progress and the saved paths go to stderr. The `eval` group itself is `verify.commands.evaluate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from verify.evaluation.suites import EvalOptions

DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="Folder laid out like shared/data [default: $VERIFY_EVAL_DATA]."),
]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", min=1, help="Score only the first N claims (the corpus stays whole)."),
]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed for anything sampled.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the scorecard as JSON on stdout.")]
LlmOpt = Annotated[
    str | None, typer.Option("--llm", help="LLM: local, openai or none [default: settings].")
]
KOpt = Annotated[
    int | None, typer.Option("-k", min=1, max=50, help="Passages per claim [default: settings].")
]
ResumeOpt = Annotated[
    bool,
    typer.Option(
        "--resume/--no-resume", help="Reuse the per-claim results of an interrupted identical run."
    ),
]
RetrievalOnlyOpt = Annotated[
    bool, typer.Option("--retrieval-only", help="Score retrieval only; skip the verdicts.")
]
SampleOpt = Annotated[
    int | None,
    typer.Option(
        "--corpus-sample",
        min=0,
        help="Index only the claims' relevant documents plus N others (a quick, smaller test).",
    ),
]


def register(app: typer.Typer) -> None:
    from verify.commands.evaluate import eval_app

    eval_app.command("scifact")(scifact)
    eval_app.command("climate-fever")(climate_fever)
    eval_app.command("jsonl")(jsonl)
    eval_app.command("seeds")(seeds)
    eval_app.command("perturb")(perturb)
    eval_app.command("factcheck-gpt")(factcheck_gpt)
    eval_app.command("expertqa")(expertqa)
    eval_app.command("compare")(compare)
    eval_app.command("list")(list_suites)


def scifact(
    data: DataOpt = None,
    limit: LimitOpt = None,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
    llm: LlmOpt = None,
    k: KOpt = None,
    resume: ResumeOpt = True,
    retrieval_only: RetrievalOnlyOpt = False,
    corpus_sample: SampleOpt = None,
) -> None:
    """SciFact dev: document retrieval (nDCG@10, recall@10) and open-retrieval verdicts."""
    from verify.evaluation.suites import EvalOptions

    options = EvalOptions(
        data=data,
        limit=limit,
        seed=seed,
        llm=llm,
        k=k,
        resume=resume,
        retrieval_only=retrieval_only,
        corpus_sample=corpus_sample,
    )
    _run("scifact", options, as_json)


def climate_fever(
    data: DataOpt = None,
    limit: LimitOpt = None,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
    llm: LlmOpt = None,
    k: KOpt = None,
    resume: ResumeOpt = True,
    retrieval_only: RetrievalOnlyOpt = False,
) -> None:
    """Climate-FEVER held-out claims: verdicts over the pooled evidence sentences."""
    from verify.evaluation.suites import EvalOptions

    options = EvalOptions(
        data=data,
        limit=limit,
        seed=seed,
        llm=llm,
        k=k,
        resume=resume,
        retrieval_only=retrieval_only,
    )
    _run("climate-fever", options, as_json)


def jsonl(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="JSONL of {doc_id, title, sentences} documents.")
    ],
    claims: Annotated[
        Path,
        typer.Option("--claims", help="JSONL of {id, claim, label, evidence: [{doc_id}]} claims."),
    ],
    qrels: Annotated[
        Path | None,
        typer.Option("--qrels", help="BEIR qrels TSV [default: relevance from claim evidence]."),
    ] = None,
    limit: LimitOpt = None,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
    llm: LlmOpt = None,
    k: KOpt = None,
    resume: ResumeOpt = True,
    retrieval_only: RetrievalOnlyOpt = False,
    corpus_sample: SampleOpt = None,
) -> None:
    """Your own benchmark in the normalized format: retrieval and verdict scores."""
    from verify.evaluation.suites import EvalOptions

    options = EvalOptions(
        corpus=corpus,
        claims=claims,
        qrels=qrels,
        limit=limit,
        seed=seed,
        llm=llm,
        k=k,
        resume=resume,
        retrieval_only=retrieval_only,
        corpus_sample=corpus_sample,
    )
    _run("jsonl", options, as_json)


def seeds(
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="Gold claims JSONL [default: eval/seeds_gold.jsonl]."),
    ] = None,
    seeds_dir: Annotated[
        Path | None, typer.Option("--seeds", help="Folder of the seed articles [default: seeds/].")
    ] = None,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    k: KOpt = None,
    resume: ResumeOpt = True,
) -> None:
    """The two seed articles: each gold claim checked against the other article."""
    from verify.evaluation.suites import EvalOptions

    options = EvalOptions(gold=gold, seeds=seeds_dir, limit=limit, k=k, resume=resume)
    _run("seeds", options, as_json)


def perturb(
    data: DataOpt = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Perturb only the first N gold claims per corpus."),
    ] = None,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
    k: KOpt = None,
    resume: ResumeOpt = True,
) -> None:
    """Gold SUPPORTED claims with one fact changed by rule: are they still called SUPPORTED?

    The seeds always; SciFact dev and Climate-FEVER held-out too when a data folder is given."""
    from verify.evaluation.suites import EvalOptions

    options = EvalOptions(data=data, limit=limit, seed=seed, k=k, resume=resume)
    _run("perturb", options, as_json)


def factcheck_gpt(
    data: DataOpt = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N answers.")
    ] = None,
    as_json: JsonOpt = False,
    llm: LlmOpt = None,
    resume: ResumeOpt = True,
) -> None:
    """Factcheck-GPT: extracted claims against the human-decomposed claims; check-worthiness."""
    from verify.evaluation.suites import EvalOptions

    _run("factcheck-gpt", EvalOptions(data=data, limit=limit, llm=llm, resume=resume), as_json)


def expertqa(
    data: DataOpt = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Score a seeded sample of N claim-citation pairs."),
    ] = None,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """ExpertQA: the citation check against expert attribution labels."""
    from verify.evaluation.suites import EvalOptions

    _run("expertqa", EvalOptions(data=data, limit=limit, seed=seed), as_json)


def compare(
    a: Annotated[str, typer.Argument(help="Scorecard A: a .json path or a saved scorecard name.")],
    b: Annotated[str, typer.Argument(help="Scorecard B, compared against A.")],
    as_json: JsonOpt = False,
) -> None:
    """Metrics of two scorecards side by side, with B minus A."""
    import json

    from verify.config import get_settings
    from verify.evaluation.scorecard import compare as compare_cards
    from verify.evaluation.scorecard import load_scorecard, render_compare

    folder = get_settings().scorecards_dir
    card_a, card_b = load_scorecard(a, folder), load_scorecard(b, folder)
    if as_json:
        rows = [
            {"metric": m, "a": va, "b": vb, "delta": None if va is None or vb is None else vb - va}
            for m, va, vb in compare_cards(card_a, card_b)
        ]
        typer.echo(json.dumps(rows, indent=2))
    else:
        typer.echo(render_compare(card_a, card_b, a, b))


def list_suites() -> None:
    """The evaluation suites and what each measures."""
    from verify.evaluation.suites import SUITES, _load_suite_modules

    _load_suite_modules()
    for name in sorted(SUITES):
        typer.echo(f"{name:<15} {SUITES[name].description}")


def _run(suite: str, options: EvalOptions, as_json: bool) -> None:
    from verify.config import get_settings
    from verify.evaluation.scorecard import render_markdown, save_scorecard, to_json
    from verify.evaluation.suites import run_suite

    settings = get_settings(llm=options.llm)
    options.progress = lambda message: typer.echo(message, err=True)
    card = run_suite(suite, options, settings)
    for row in card.skipped:
        typer.echo(f"skipped {row['file']} line {row['line']}: {row['reason']}", err=True)
    if card.skipped_rows > len(card.skipped):
        typer.echo(f"... {card.skipped_rows} malformed rows skipped in all", err=True)
    json_path, md_path = save_scorecard(card, settings.scorecards_dir)
    typer.echo(to_json(card) if as_json else render_markdown(card))
    typer.echo(f"scorecard saved: {json_path} (and {md_path.name})", err=True)
