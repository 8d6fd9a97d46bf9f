"""The ``newsgraph`` command line: a thin click layer over the library.

This is the only module that prints or exits. Each command parses its options, calls one
library function and formats the result; any :class:`~newsgraph.errors.NewsgraphError` becomes
a one-line message and exit code 1 in :class:`_Group` (usage errors exit with 2, as click does).
Heavy imports (spaCy, rdflib, neo4j) happen inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import logging
from pathlib import Path
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


# --- eval: scoring against gold data (newsgraph.evaluation) ---


def _progress_bar(items: Any, total: int, description: str) -> Any:
    """Wrap a stream in a progress bar on stderr (hidden when stderr is not a terminal)."""
    import sys

    from tqdm import tqdm

    return tqdm(items, total=total, desc=description, file=sys.stderr, disable=None)


@main.group("eval")
def eval_group() -> None:
    """Score extraction against gold data (PolNeAR statements, CoNLL-2003 entities)."""


@eval_group.command("polnear")
@click.argument("split_dir", metavar="DIR", type=click.Path(path_type=Path))
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write what was extracted as JSON lines to this file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N texts by name.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="spaCy processes for extraction.",
)
def eval_polnear_cli(
    split_dir: Path, predictions: Path | None, as_json: bool, limit: int | None, workers: int
) -> None:
    """Score statement and appeal extraction on a PolNeAR split folder.

    DIR holds text/*.txt and attributions/*.ann (the first .ann per text is the gold).

    \b
    Example:
        newsgraph eval polnear ../shared/data/polnear/dev --workers 2
        newsgraph eval polnear ../shared/data/polnear/dev --json --predictions dev.jsonl
    """
    import json

    from newsgraph.evaluation.harness import evaluate_polnear
    from newsgraph.evaluation.predictions import write_predictions
    from newsgraph.evaluation.report import polnear_table

    run = evaluate_polnear(split_dir, limit=limit, workers=workers, progress=_progress_bar)
    if predictions is not None:
        write_predictions(run.predictions, predictions)
    scores = run.scores
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else polnear_table(scores))


@eval_group.command("conll")
@click.argument("conll_file", metavar="FILE", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N prose sentences.")
def eval_conll_cli(conll_file: Path, as_json: bool, limit: int | None) -> None:
    """Score person/organisation recognition on CoNLL-2003 prose, bare spaCy vs newsgraph.

    \b
    Example:
        newsgraph eval conll ../shared/data/conll2003/conllpp_dev.txt
    """
    import json

    from newsgraph.evaluation.harness import evaluate_conll
    from newsgraph.evaluation.report import conll_table

    run = evaluate_conll(conll_file, limit=limit, progress=_progress_bar)
    click.echo(json.dumps(run.to_dict(), indent=2) if as_json else conll_table(run))


# --- viz -----------------------------------------------------------------------------------


@main.command("viz")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write."
)
@store_option
@click.option(
    "--focus", metavar="ACTOR", help="Draw only this actor's network (name, alias or IRI)."
)
@click.option(
    "--depth", default=1, show_default=True, type=click.IntRange(min=0), help="Hops around --focus."
)
@click.option(
    "--types", metavar="T1,T2", help="Node types to draw, e.g. Person,Organization,Appeal."
)
@click.option("--title", default=None, help="Page title.")
def viz_cli(
    output: str, store: str, focus: str | None, depth: int, types: str | None, title: str | None
) -> None:
    """Write an interactive graph of actors, statements and appeals as one offline HTML file.

    The page needs no network: open it in any browser. Hover or click a node for its quote,
    source sentence and article; filter node types in the legend; search names and aliases.

    \b
    Example:
        newsgraph viz --store ./kg -o graph.html
        newsgraph viz --store ./kg -o trump.html --focus "Donald Trump" --depth 2
        newsgraph viz --store ./kg -o acts.html --types Person,Organization,Appeal,Statement
    """
    from pathlib import Path

    from newsgraph.errors import StoreError
    from newsgraph.graph.project import to_property_graph
    from newsgraph.graph.store import KnowledgeGraph
    from newsgraph.viz.html import DEFAULT_TITLE, write_html

    if not Path(store).is_dir():
        raise StoreError(f"{store}: no store here; build one first with: newsgraph build")
    with KnowledgeGraph(store) as kg:
        graph = to_property_graph(kg.union())
    chosen = [t.strip() for t in types.split(",") if t.strip()] if types else None
    summary = write_html(
        graph, output, focus=focus, depth=depth, types=chosen, title=title or DEFAULT_TITLE
    )
    click.echo(f"wrote {summary.nodes} nodes and {summary.edges} edges to {summary.path}")
