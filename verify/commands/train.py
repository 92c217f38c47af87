"""`verify train stance`: fine-tune the stance cross-encoder on the labelled data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

train_app = typer.Typer(help="Train the models verify ships.", no_args_is_help=True)


def data_dir_option(data: Path | None) -> Path:
    """--data, else settings.eval_data (VERIFY_EVAL_DATA); an InputError when neither is set."""
    from verify.config import get_settings
    from verify.errors import InputError

    chosen = data or get_settings().eval_data
    if chosen is None:
        raise InputError("no data folder given", "pass --data DIR or set VERIFY_EVAL_DATA")
    return chosen


@train_app.command("stance")
def stance(
    data: Annotated[
        Path | None, typer.Option("--data", help="Labelled data folder (like shared/data).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Output folder [default: $VERIFY_HOME/models/stance]."),
    ] = None,
    epochs: int = typer.Option(1, "--epochs", min=1, help="Passes over the sampled pairs."),
    max_pairs: int = typer.Option(
        36000, "--max-pairs", min=100, help="Pairs sampled from the mix."
    ),
    seed: int = typer.Option(13, "--seed", help="Seed for sampling, splits and initialisation."),
    threads: int = typer.Option(1, "--threads", min=1, help="torch CPU threads."),
    learning_rate: float = typer.Option(4e-5, "--lr", min=0, help="Peak learning rate."),
    init: Annotated[
        Path | None,
        typer.Option("--init", help="Continue from this fp32 checkpoint (OUT/checkpoint)."),
    ] = None,
    mix: str = typer.Option(
        "v2",
        "--mix",
        help="Data mix: v2 (adds topical neutrals and changed figures), v1, v3 (v2 + news)"
        ", v4 (v2 + claims turned into their opposite) or v5 (v3, Climate-FEVER at twice its"
        " share).",
    ),
    export_only: bool = typer.Option(
        False,
        "--export-only",
        help="Train nothing: calibrate and export the --init checkpoint (e.g. after a crash).",
    ),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Pairs per training step."),
    max_length: int = typer.Option(
        192, "--max-length", min=16, help="Tokens per pair (longer pairs are truncated)."
    ),
    device: str = typer.Option(
        "cpu", "--device", help="cpu, cuda or auto (cuda when torch sees a GPU)."
    ),
    base: str = typer.Option(
        "minilm",
        "--base",
        help="minilm (version 2: all-MiniLM-L6-v2, fine-tuned whole) or mpnet (version 3: "
        "all-mpnet-base-v2, lower layers frozen, LoRA adapters on the upper ones).",
    ),
    frozen_layers: int = typer.Option(
        6,
        "--frozen-layers",
        min=0,
        max=11,
        help="mpnet: lower layers frozen (on the CPU run once per pair and cached); 0 puts "
        "adapters on every layer, which a GPU makes affordable.",
    ),
    lora_rank: int = typer.Option(16, "--lora-rank", min=1, help="mpnet: adapter rank."),
    time_budget: float = typer.Option(
        0,
        "--time-budget",
        min=0,
        help="Minutes to train at most; the learning rate reaches zero by then. Runs stopped "
        "by the budget depend on machine speed (0: no limit, fully reproducible).",
    ),
) -> None:
    """Fine-tune a SUPPORTS / REFUTES / NEUTRAL cross-encoder (MiniLM-L6 or MPNet base)."""
    from verify.config import get_settings
    from verify.training.train import TrainConfig, train_stance

    config = TrainConfig(
        data_dir=data_dir_option(data),
        out_dir=out or get_settings().models_dir / "stance",
        epochs=epochs,
        max_pairs=max_pairs,
        seed=seed,
        threads=threads,
        learning_rate=learning_rate,
        init_dir=init,
        mix=mix,
        export_only=export_only,
        time_budget_s=time_budget * 60 or None,
        device=device,
        batch_size=batch_size,
        max_length=max_length,
        base=base,
        frozen_layers=frozen_layers,
        lora_rank=lora_rank,
        lora_alpha=2.0 * lora_rank,
    )
    result = train_stance(config)
    cal = result.calibration
    typer.echo(
        f"trained {result.steps} steps (about {result.pairs_seen} of {result.train_pairs} sampled "
        f"pairs seen) in {result.seconds:.0f}s"
    )
    typer.echo(
        f"held-out macro-F1 {cal['macro_f1']:.3f}, temperature {cal['temperature']}, "
        f"ECE {cal['ece_before']:.3f} -> {cal['ece_after']:.3f}"
    )
    typer.echo(f"model written to {result.out_dir}")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
