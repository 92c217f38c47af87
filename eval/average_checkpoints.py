"""Average two fp32 stance checkpoints weight by weight (a "model soup", Wortsman et al. 2022).

    python eval/average_checkpoints.py A/checkpoint B/checkpoint 0.85 OUT/checkpoint
    verify train stance --data ../shared/data --out OUT --init OUT/checkpoint --export-only

Both checkpoints must come from the same starting weights (here: two continuations of one
model on different data mixes), or the average means nothing. Writes WEIGHT * A + (1 - WEIGHT) * B
for every floating-point tensor except the word embeddings, which training froze and which must
stay bit-identical to the installed base model (the shipped loader checks their fingerprint);
they are copied from A. The second command calibrates the average and exports the shippable
folder. `verify/models/stance/MODEL_CARD.md` records how the shipped model was made with this.
"""

from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", help="first checkpoint folder (Hugging Face, fp32)")
    parser.add_argument("b", help="second checkpoint folder, same architecture and origin")
    parser.add_argument("weight", type=float, help="weight of A, in [0, 1]")
    parser.add_argument("out", help="folder to write the averaged checkpoint to")
    args = parser.parse_args()
    if not 0.0 <= args.weight <= 1.0:
        parser.error("weight must be in [0, 1]")

    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(args.a)
    other = AutoModelForSequenceClassification.from_pretrained(args.b).state_dict()
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            if tensor.dtype.is_floating_point and "word_embeddings" not in name:
                tensor.copy_(args.weight * tensor + (1 - args.weight) * other[name])
    model.save_pretrained(args.out)
    AutoTokenizer.from_pretrained(args.a).save_pretrained(args.out)
    print(f"wrote {args.weight} * {args.a} + {1 - args.weight:.2f} * {args.b} to {args.out}")


if __name__ == "__main__":
    main()
