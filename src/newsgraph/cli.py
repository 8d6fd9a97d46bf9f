"""The ``newsgraph`` command line: a thin click layer over the library.

This is the only module that prints or exits. Each command parses its options, calls one
library function and formats the result; any :class:`~newsgraph.errors.NewsgraphError` becomes
a one-line message and exit code 1 in :class:`_Group` (usage errors exit with 2, as click does).
Heavy imports (spaCy, rdflib, neo4j) happen inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError

__all__ = ["main"]

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


# Commands are added below, one block per area. Keep each command a thin wrapper.
