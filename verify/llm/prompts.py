"""Versioned prompt templates kept as data files in `prompts/` (shipped as `verify/prompts`).

A prompt file has a front-matter header and a body split into `[system]` and `[user]` parts:

    ---
    id: extract_claims
    version: 3
    description: Pull check-worthy claims out of an article
    inputs: passage_id, text
    ---
    [system]
    ... $claim_kinds ...
    [user]
    ... $text ...

Substitution is `string.Template` (`$var`), so JSON examples need no brace escaping. Labels and
sentinels come from `BUILTINS` (rendered from the enums in `verify.types`), never typed into a file.
Every prompt exposes `id`, `version` and `sha` (hash of the file) for the LLM call log.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from verify.errors import VerifyError
from verify.types import ClaimKind, Stance, Verdict

CANNOT_ANSWER = "I cannot answer this from the given passages."


def _labels(enum: type) -> str:
    return ", ".join(member.value for member in enum)


BUILTINS: dict[str, str] = {
    "claim_kinds": _labels(ClaimKind),
    "stances": _labels(Stance),
    "verdicts": _labels(Verdict),
    "cannot_answer": CANNOT_ANSWER,
}


class PromptError(VerifyError):
    """A prompt file is missing, malformed, or rendered with the wrong variables."""


@dataclass(frozen=True)
class Message:
    role: str  # "system" or "user"
    content: str


@dataclass(frozen=True)
class Prompt:
    id: str
    version: int
    description: str
    inputs: tuple[str, ...]
    system: str
    user: str
    sha: str

    @property
    def label(self) -> str:
        """`id@version#sha` for logs and scorecards."""
        return f"{self.id}@{self.version}#{self.sha}"

    def render_messages(self, **variables: object) -> list[Message]:
        """System and user messages with every `$var` filled; missing or unknown names fail."""
        values = self._values(variables)
        messages = [Message("system", _fill(self.system, values))] if self.system else []
        return [*messages, Message("user", _fill(self.user, values))]

    def render(self, **variables: object) -> str:
        """The whole prompt as one string (system part, blank line, user part)."""
        return "\n\n".join(m.content for m in self.render_messages(**variables))

    def _values(self, variables: dict[str, object]) -> dict[str, str]:
        missing = sorted(set(self.inputs) - set(variables))
        if missing:
            raise PromptError(
                f"prompt {self.id}: Missing variables: {', '.join(missing)}",
                f"pass {', '.join(missing)} to render()",
            )
        unknown = sorted(set(variables) - set(self.inputs))
        if unknown:
            raise PromptError(
                f"prompt {self.id}: Unexpected variables: {', '.join(unknown)}",
                f"declare them under 'inputs:' in {self.id}.md or stop passing them",
            )
        return {**BUILTINS, **{k: str(v) for k, v in variables.items()}}


def _fill(template: str, values: dict[str, str]) -> str:
    return string.Template(template).substitute(values)


def prompts_dir() -> Path:
    """The prompt folder: inside the installed package, else at the repository root."""
    import verify

    package = Path(verify.__file__).resolve().parent
    for candidate in (package / "prompts", package.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise PromptError(f"no prompts folder next to {package}", "reinstall verify")


def available_prompts() -> list[str]:
    return sorted(path.stem for path in prompts_dir().glob("*.md"))


@cache
def load_prompt(name: str) -> Prompt:
    """Load and check `prompts/<name>.md`."""
    path = prompts_dir() / f"{name}.md"
    if not path.is_file():
        raise PromptError(
            f"no prompt named {name!r}", f"available: {', '.join(available_prompts())}"
        )
    return parse_prompt(path.read_text(encoding="utf-8"), origin=str(path))


def parse_prompt(text: str, origin: str = "<string>") -> Prompt:
    header, body = _split_front_matter(text, origin)
    fields = _header_fields(header, origin)
    system, user = _split_body(body, origin)
    prompt = Prompt(
        id=fields["id"],
        version=_version(fields["version"], origin),
        description=fields.get("description", ""),
        inputs=tuple(n.strip() for n in fields.get("inputs", "").split(",") if n.strip()),
        system=system,
        user=user,
        sha=hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
    )
    _check_placeholders(prompt, origin)
    return prompt


def _split_front_matter(text: str, origin: str) -> tuple[str, str]:
    parts = text.split("---\n", 2)
    if len(parts) != 3 or parts[0].strip():
        raise PromptError(f"{origin}: no front matter", "start the file with a '---' header block")
    return parts[1], parts[2]


def _header_fields(header: str, origin: str) -> dict[str, str]:
    fields = {}
    for line in header.splitlines():
        if line.strip():
            key, sep, value = line.partition(":")
            if not sep:
                raise PromptError(f"{origin}: bad header line {line!r}", "write 'key: value'")
            fields[key.strip()] = value.strip()
    for required in ("id", "version"):
        if required not in fields:
            raise PromptError(f"{origin}: header lacks {required!r}", "add it to the front matter")
    return fields


def _version(value: str, origin: str) -> int:
    if not value.isdigit():
        raise PromptError(f"{origin}: version {value!r} is not an integer", "use 1, 2, 3 ...")
    return int(value)


def _split_body(body: str, origin: str) -> tuple[str, str]:
    if "[user]\n" not in body:
        raise PromptError(f"{origin}: no [user] section", "add a line '[user]' before the request")
    before, user = body.split("[user]\n", 1)
    system = before.split("[system]\n", 1)[1] if "[system]\n" in before else before
    return system.strip(), user.strip()


def _check_placeholders(prompt: Prompt, origin: str) -> None:
    """Every `$name` in the file is a declared input or a builtin label, and every input is used."""
    used = set()
    for part in (prompt.system, prompt.user):
        template = string.Template(part)
        if not template.is_valid():
            raise PromptError(f"{origin}: malformed $placeholder", "write $$ for a literal dollar")
        used |= set(template.get_identifiers())
    undeclared = sorted(used - set(prompt.inputs) - set(BUILTINS))
    unused = sorted(set(prompt.inputs) - used)
    if undeclared or unused:
        raise PromptError(
            f"{origin}: undeclared placeholders {undeclared}, unused inputs {unused}",
            "keep the 'inputs:' header in step with the $names in the body",
        )
