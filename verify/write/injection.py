"""Spotting text that tries to instruct the LLM instead of informing the reader.

Articles and passages are untrusted: a page can carry "ignore previous instructions ..." aimed at
whatever model reads it. Prompts already tell the model to treat such text as data, and code never
lets model output decide a verdict; `detect_injection` makes the attempt visible as a flag, and
`neutralize_delimiters` stops the text from closing the `<article>`/`<passages>` block it sits in.
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(previous|prior|above|earlier|all|any|"
    r"your|the)\b[^.\n]{0,30}\b(instructions?|prompts?|rules|directions|guidelines)\b",
    r"\b(new|updated|real|actual)\s+instructions?\s*:",
    r"\byou\s+are\s+(now|no\s+longer)\b",
    r"\b(system|developer)\s+(prompt|message|instructions?)\b",
    r"\bact\s+as\s+(an?\s+)?(ai|assistant|language\s+model|chatbot)\b",
    r"\bas\s+an\s+ai\s+(language\s+)?model\b",
    r"\b(respond|reply|answer|output)\s+(only\s+)?with\b[^.\n]{0,40}\b(json|true|false|supported|"
    r"refuted|verdict|label)\b",
    r"\b(mark|classify|label|rate)\b[^.\n]{0,40}\b(claims?|this|article)\b[^.\n]{0,30}\b(as\s+)?"
    r"(true|false|supported|refuted|factual|verified|check-?worthy)\b",
    r"</?\s*(article|passages?|system|user|assistant|instructions?)\s*>",
    r"^\s*(###\s*)?(system|assistant|user)\s*:",
    r"<\|(im_start|im_end|system|user|assistant)\|>",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)
_DELIMITER = re.compile(r"<(/?)\s*(article|passages?|claims)\s*>", re.IGNORECASE)


def detect_injection(text: str) -> list[str]:
    """Snippets of `text` that look like instructions to a model (empty list when none)."""
    found = []
    for match in _INJECTION.finditer(text):
        snippet = " ".join(match.group(0).split())
        if snippet not in found:
            found.append(snippet)
    return found


def injection_flags(text: str, where: str = "article") -> list[str]:
    """One flag line per suspicious snippet, for a report's or extraction's flags."""
    return [
        f"possible prompt injection in the {where} (treated as text, not instructions): {s!r}"
        for s in detect_injection(text)
    ]


def neutralize_delimiters(text: str) -> str:
    """Break `<article>`-style tags inside untrusted text so it cannot end its block early."""
    return _DELIMITER.sub(lambda m: f"[{m.group(1)}{m.group(2)}]", text)


def overlaps_injection(text: str) -> bool:
    return bool(_INJECTION.search(text))
