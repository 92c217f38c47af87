"""The `verify` command line: a thin Typer layer over the library.

Commands live in `verify.commands.*`; each parses arguments, calls one library function and renders
the result. Errors the user can fix (`VerifyError`) are printed here, in one place, as one line.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click
import typer
from typer.core import TyperGroup

from verify.errors import VerifyError

_state = {"debug": False}


class _Group(TyperGroup):
    """Catches errors once for every command: one line on stderr, exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except (typer.Exit, typer.Abort, typer.TyperException):  # typer 0.29 vendors click
            raise
        except VerifyError as exc:
            if _state["debug"]:
                raise
            _print_error(exc.message, exc.hint)
        except Exception as exc:  # a bug: still one line unless --debug
            if _state["debug"]:
                raise
            _print_error(
                f"unexpected {type(exc).__name__}: {exc}", "rerun with --debug for details"
            )
        raise typer.Exit(1)


def _print_error(message: str, hint: str) -> None:
    text = f"Error: {message}"
    if hint:
        text += f" - {hint}"
    typer.echo(text.replace("\n", " "), err=True)


app = typer.Typer(
    cls=_Group,
    help="Check the claims of an article against the other sources in a local corpus.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    _state["debug"] = debug
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )


_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "path": "PATH", "bool": "BOOLEAN"}


def _plain_placeholders() -> None:
    """Help in click's style: `PATH...` and `TEXT`, not typer 0.29's `{paths}...`, `<list[Path]>`
    and `<str>`. Commands give their own metavars; this is the fallback for the rest."""
    import re

    from typer.core import TyperArgument, TyperOption

    def placeholder(label: str) -> str:
        inner = re.sub(r"^list\[(.*)\]$", r"\1", label.strip("<>")).removesuffix(" range")
        return f"[{inner}]" if "|" in inner else _TYPE_NAMES.get(inner.lower(), inner.upper())

    def usage_name(self: TyperArgument) -> str:
        name = (self.metavar or self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def option_type(self: TyperOption, ctx: click.Context) -> str | None:
        return self.metavar or placeholder(self.display_type(ctx))

    TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
    TyperArgument._rich_display_name = lambda self: usage_name(self).strip("[]")  # type: ignore[method-assign]
    TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
    TyperOption.display_type_rich = option_type  # type: ignore[method-assign]


def _register() -> None:
    import importlib
    import pkgutil

    import verify.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"verify.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_plain_placeholders()
_register()


def main() -> None:
    app()
