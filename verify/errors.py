"""One error type for everything a user can fix; the CLI prints message and hint on one line."""

from __future__ import annotations


class VerifyError(Exception):
    """An error with a message and a hint saying what to do next."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(VerifyError):
    """A file or argument the user gave cannot be used."""


class StoreError(VerifyError):
    """The vector store is missing, locked, of another schema version or unreachable."""


class ModelError(VerifyError):
    """A model (embedding, stance, LLM) could not be loaded or answered badly."""


def one_line_input(text: str, *, what: str, limit: int, empty_hint: str, long_hint: str) -> str:
    """`text` with its whitespace collapsed; InputError when it is empty or over `limit` chars.

    One check for every free-text argument (a claim, a question), so they fail alike.
    """
    value = " ".join(text.split())
    if not value:
        raise InputError(f"the {what} is empty", empty_hint)
    if len(value) > limit:
        raise InputError(
            f"the {what} is {len(value):,} characters; the limit is {limit:,}", long_hint
        )
    return value
