"""The ``newsgraph`` command group and what its commands share.

:data:`main` is the group every command module adds itself to. This package is the only
code that prints or exits: any :class:`~newsgraph.errors.NewsgraphError` becomes a one-line
message and exit code 1 in :class:`_Group` (usage errors exit with 2, as click does).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError

__all__ = ["existing_store", "main", "progress_bar", "read_text_or_file", "store_option"]

STORE_OPTION_HELP = "Folder of the embedded store."
DEFAULT_STORE = "./newsgraph-data"


class _Group(click.Group):
    """Click group that turns library errors into one-line messages with exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from exc


def store_option(func: Any) -> Any:
    """Add the shared ``--store DIR`` option."""
    return click.option(
        "--store",
        "store",
        default=DEFAULT_STORE,
        show_default=True,
        type=click.Path(file_okay=False),
        help=STORE_OPTION_HELP,
    )(func)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="newsgraph")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
def main(verbose: bool) -> None:
    """Turn news articles into a knowledge graph of who said what and who asked whom.

    \b
    Example:
        newsgraph demo
        newsgraph build articles/*.txt --store ./kg
        newsgraph export --store ./kg --format turtle -o kg.ttl
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING)


def progress_bar(items: Any, total: int, description: str) -> Any:
    """Wrap a stream in a progress bar on stderr (hidden when stderr is not a terminal)."""
    import sys

    from tqdm import tqdm

    return tqdm(items, total=total, desc=description, file=sys.stderr, disable=None)


def read_text_or_file(value: str, what: str) -> str:
    """Return ``value``, or the content of the file it names when it starts with ``@``."""
    if not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read the {what}: {exc}") from exc


def existing_store(store: str) -> str:
    """Return ``store`` if it holds a store; a clear error otherwise (never create one)."""
    if not Path(store).is_dir():
        raise click.ClickException(
            f"{store}: no store here; run 'newsgraph build PATHS --store {store}' first"
        )
    return store
