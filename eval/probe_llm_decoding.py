"""Generation speed of the shipped local LLM with and without n-gram speculative decoding.

    VERIFY_THREADS=2 .venv/bin/python eval/probe_llm_decoding.py

Sends the seed article's first three body sentences to the claim-extraction prompt with its JSON
schema, twice per setting (the second call reuses the cached system prompt), and prints seconds,
output tokens, generation tokens/s and accepted drafts, then whether every setting wrote the same
JSON. Settings: plain greedy decoding, and NGRAM_SIMPLE with (size_n, size_m) of 2/8 (shipped,
`verify.llm.local.NGRAM_DRAFT`), 3/16 and 12/48 (llama.cpp's default). Run it on an idle machine.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SETTINGS: list[tuple[int, int] | None] = [None, (2, 8), (3, 16), (12, 48)]


def main() -> None:
    from verify.llm.local import load_server
    from verify.llm.prompts import load_prompt
    from verify.write.claims import claims_schema, load_source

    threads = int(os.environ.get("VERIFY_THREADS", "2"))
    root = Path(__file__).resolve().parent.parent
    source = load_source(str(root / "seeds" / "000_819f9236edb07d15.txt"))
    lines = [" ".join(s.split()) for s in _body_sentences(source)[:3]]
    prompt = load_prompt("extract_claims")
    messages = prompt.render_messages(title=source.title, text="\n".join(lines))
    schema = claims_schema(len(lines)).model_json_schema()
    outputs = {}
    for ngram in SETTINGS:
        name = "plain" if ngram is None else f"ngram {ngram[0]}/{ngram[1]}"
        srv = load_server(threads, ngram=ngram)
        for call in (1, 2):
            request = {
                "messages": [{"role": m.role, "content": m.content} for m in messages],
                "temperature": 0,
                "cache_prompt": True,
                "max_tokens": 420,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": "claims", "schema": schema},
                },
            }
            started = time.perf_counter()
            reply = srv.handle_chat_completions(request)  # type: ignore[attr-defined]
            seconds = time.perf_counter() - started
            timings = reply.get("timings", {})
            print(
                f"{name:12} call {call}: {seconds:5.1f} s, "
                f"{reply['usage']['completion_tokens']} tokens, "
                f"{timings.get('predicted_per_second', 0):5.1f} tokens/s, "
                f"drafts accepted {timings.get('draft_n_accepted', 0)} of "
                f"{timings.get('draft_n', 0)}"
            )
        outputs[name] = reply["choices"][0]["message"]["content"]
        del srv
    print("same JSON from every setting:", len(set(outputs.values())) == 1)


def _body_sentences(source: object) -> list[str]:
    from verify.write.claims import body_sentences

    text = source.text  # type: ignore[attr-defined]
    return [text[a:b] for a, b in body_sentences(source)]  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
