"""Commands on the embedded store: build it, export it, validate it, draw it, run the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from newsgraph.cli.app import existing_store, main, progress_bar, store_option
from newsgraph.registry import exporters

__all__ = ["build_cli", "demo_cli", "export_cli", "validate_cli", "viz_cli"]


@main.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes."
)
def build_cli(paths: tuple[Path, ...], store: str, workers: int) -> None:
    """Extract articles (files or folders of *.txt) into the store; re-building replaces.

    \b
    Example:
        newsgraph build articles/ --store ./kg
    """
    from newsgraph.graph.store import KnowledgeGraph
    from newsgraph.loaders.text import load_paths
    from newsgraph.pipeline import build_articles

    articles = list(load_paths(paths))
    with KnowledgeGraph(store) as kg, progress_bar(None, len(articles), "extracting") as bar:
        report = build_articles(articles, kg, n_process=workers, progress=bar.update)
    _echo_build_report(report, store)


def _echo_build_report(report: Any, store: str) -> None:
    """Print one line per built article and a total."""
    for item in report.articles:
        click.echo(
            f"{item.source}: {item.entities} entities, {item.statements} statements, "
            f"{item.appeals} appeals, {item.triples} triples"
        )
    click.echo(
        f"Stored {len(report.articles)} article(s) in {store}: {report.statements} statements, "
        f"{report.appeals} appeals, {report.triples} triples."
    )


@main.command("export")
@store_option
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(exporters.names()),
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write.",
)
@click.option("--no-reference", is_flag=True, help="Leave out the ontology and CAMEO codebook.")
def export_cli(store: str, fmt: str, output: Path, no_reference: bool) -> None:
    """Write the whole graph to a file (RDF formats, or a Cypher script for Neo4j).

    \b
    Example:
        newsgraph export --store ./kg --format turtle -o kg.ttl
        newsgraph export --store ./kg --format cypher -o kg.cypher
    """
    from newsgraph.graph.store import KnowledgeGraph

    export = exporters.get(fmt)
    with KnowledgeGraph(existing_store(store)) as kg:
        if fmt == "cypher":
            export(kg, output)
        else:
            export(kg, output, include_reference=not no_reference)
    click.echo(f"Wrote {output} ({fmt}).")


@main.command("validate")
@store_option
@click.option(
    "--file",
    "data_file",
    type=click.Path(path_type=Path),
    help="Validate this RDF file instead of the store.",
)
def validate_cli(store: str, data_file: Path | None) -> None:
    """Check the graph against the SHACL shapes; exit 1 when it does not conform.

    \b
    Example:
        newsgraph validate --store ./kg
        newsgraph validate --file kg.ttl
    """
    from newsgraph.graph.validate import validate, validate_file

    if data_file is not None:
        report = validate_file(data_file)
    else:
        from newsgraph.graph.store import KnowledgeGraph

        with KnowledgeGraph(existing_store(store)) as kg:
            report = validate(kg.union(include_reference=False))
    if report.conforms:
        click.echo("Conforms: the graph satisfies every SHACL shape.")
        return
    click.echo(report.text)
    raise click.ClickException(f"does not conform: {len(report.results)} problem(s)")


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


@main.command("demo")
@click.option(
    "--out",
    default="newsgraph-demo",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the demo output.",
)
def demo_cli(out: Path) -> None:
    """Run the whole pipeline on the bundled sample article, no server needed.

    Builds a store in OUT/store, writes OUT/graph.ttl and OUT/graph.html, validates the
    graph and prints who appealed to whom.

    \b
    Example:
        newsgraph demo
    """
    from newsgraph.demo import run_demo

    for line in run_demo(out):
        click.echo(line)
