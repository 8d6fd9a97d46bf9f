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
from newsgraph.registry import exporters

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


# -- build, export, query, validate, demo ----------------------------------------------------


def _read_text_or_file(value: str, what: str) -> str:
    """Return ``value``, or the content of the file it names when it starts with ``@``."""
    if not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read the {what}: {exc}") from exc


def _echo_build_report(report: Any, store: str) -> None:
    for item in report.articles:
        click.echo(
            f"{item.source}: {item.entities} entities, {item.statements} statements, "
            f"{item.appeals} appeals, {item.triples} triples"
        )
    click.echo(
        f"Stored {len(report.articles)} article(s) in {store}: {report.statements} statements, "
        f"{report.appeals} appeals, {report.triples} triples."
    )


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
    with KnowledgeGraph(store) as kg, _progress_bar(None, len(articles), "extracting") as bar:
        report = build_articles(articles, kg, n_process=workers, progress=bar.update)
    _echo_build_report(report, store)


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
    with KnowledgeGraph(_existing_store(store)) as kg:
        if fmt == "cypher":
            export(kg, output)
        else:
            export(kg, output, include_reference=not no_reference)
    click.echo(f"Wrote {output} ({fmt}).")


def _existing_store(store: str) -> str:
    """Return ``store`` if it holds a store; a clear error otherwise (never create one)."""
    if not Path(store).is_dir():
        raise click.ClickException(
            f"{store}: no store here; run 'newsgraph build PATHS --store {store}' first"
        )
    return store


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--param")
        parsed[key] = value
    return parsed


@main.command("query")
@click.argument("name", required=False)
@store_option
@click.option("--sparql", help="SPARQL SELECT text, or @FILE.")
@click.option("--cypher", help="Cypher text, or @FILE (runs against Neo4j).")
@click.option("--param", "params", multiple=True, help="Query parameter key=value (repeatable).")
@click.option(
    "--backend",
    type=click.Choice(["rdf", "neo4j"]),
    default="rdf",
    show_default=True,
    help="Where a named query runs.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--uri",
    envvar="NEWSGRAPH_NEO4J_URI",
    default="bolt://127.0.0.1:7687",
    show_default=True,
    help="Neo4j URI.",
)
@click.option(
    "--user", envvar="NEWSGRAPH_NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user."
)
@click.option("--database", default="neo4j", show_default=True, help="Neo4j database.")
def query_cli(
    name: str | None,
    store: str,
    sparql: str | None,
    cypher: str | None,
    params: tuple[str, ...],
    backend: str,
    list_queries: bool,
    fmt: str,
    uri: str,
    user: str,
    database: str,
) -> None:
    """Ask the graph: SPARQL on the store, Cypher on Neo4j, or a named question.

    Values given with --param are passed as bindings/parameters, never spliced into the text.

    \b
    Example:
        newsgraph query --sparql 'SELECT ?s WHERE { ?s a nkg:Appeal }' --store ./kg
        newsgraph query --cypher 'MATCH (a:Appeal) RETURN a.name' --format json
        newsgraph query appeals --param actor='Donald Trump'
    """
    from newsgraph.formatting import format_rows

    values = _parse_params(params)
    chosen = [x for x in (name, sparql, cypher) if x] + (["--list"] if list_queries else [])
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of NAME, --sparql, --cypher or --list")
    if list_queries:
        columns, rows = _named_query_list()
    elif sparql:
        columns, rows = _run_sparql(store, _read_text_or_file(sparql, "query"), values)
    elif cypher:
        from newsgraph.graph.neo4j import run_cypher_query

        columns, rows = run_cypher_query(
            uri, user, database, _read_text_or_file(cypher, "query"), values
        )
    else:
        columns, rows = _run_named(name or "", values, backend, store, (uri, user, database))
    click.echo(format_rows(columns, rows, fmt), nl=False)


def _run_sparql(store: str, text: str, values: dict[str, str]) -> tuple[list[str], list[list[Any]]]:
    from rdflib import Literal

    from newsgraph.graph.store import KnowledgeGraph
    from newsgraph.queries.sparql import prefixed

    with KnowledgeGraph(_existing_store(store)) as kg:
        return kg.select(prefixed(text), {k: Literal(v) for k, v in values.items()})


def _named_query_list() -> tuple[list[str], list[list[Any]]]:
    from newsgraph.queries import all_queries

    return ["name", "params", "description"], [
        [q.name, ", ".join(q.params), q.description] for q in all_queries()
    ]


def _run_named(
    name: str, values: dict[str, str], backend: str, store: str, neo4j: tuple[str, str, str]
) -> tuple[list[str], list[list[Any]]]:
    from newsgraph.queries import run_named

    return run_named(
        name,
        values,
        backend=backend,
        store=_existing_store(store) if backend == "rdf" else store,
        neo4j=neo4j,
    )


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

        with KnowledgeGraph(_existing_store(store)) as kg:
            report = validate(kg.union(include_reference=False))
    if report.conforms:
        click.echo("Conforms: the graph satisfies every SHACL shape.")
        return
    click.echo(report.text)
    raise click.ClickException(f"does not conform: {len(report.results)} problem(s)")


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


# --- neo4j: push the store to a Neo4j server (newsgraph.graph.neo4j) ---


def neo4j_options(func: Any) -> Any:
    """Add ``--uri``, ``--user`` and ``--database``; the password comes from the environment."""
    func = click.option(
        "--database", default=None, help="Database name (default: the server's default)."
    )(func)
    func = click.option(
        "--user",
        envvar="NEWSGRAPH_NEO4J_USER",
        default="neo4j",
        show_default=True,
        help="Neo4j user (env NEWSGRAPH_NEO4J_USER; password only from NEWSGRAPH_NEO4J_PASSWORD).",
    )(func)
    return click.option(
        "--uri",
        envvar="NEWSGRAPH_NEO4J_URI",
        default="bolt://127.0.0.1:7687",
        show_default=True,
        help="Neo4j URI (env NEWSGRAPH_NEO4J_URI).",
    )(func)


@main.group("neo4j")
def neo4j_group() -> None:
    """Mirror the store in a Neo4j 5.26+ database (start one with scripts/neo4j.sh start)."""


@neo4j_group.command("push")
@store_option
@neo4j_options
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Transactions written at once when a push is large.",
)
def neo4j_push_cli(store: str, uri: str, user: str, database: str | None, workers: int) -> None:
    """Make the Neo4j database mirror the store; only changed articles are rewritten.

    Idempotent: pushing an unchanged store writes nothing. A changed article's old facts
    go, and actors shared with other articles keep what those articles say. A large push
    writes several transactions at once (--workers), each stage after the one before.

    \b
    Example:
        scripts/neo4j.sh start
        newsgraph neo4j push --store ./kg
    """
    from newsgraph.graph.neo4j import Neo4jWriter
    from newsgraph.graph.store import KnowledgeGraph

    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        bar = bar or _progress_bar(None, total, "Writing rows")
        bar.update(done - bar.n)

    with (
        KnowledgeGraph(_existing_store(store)) as kg,
        Neo4jWriter(uri, user, database, workers=workers) as writer,
    ):
        report = writer.push(kg, progress=progress)
    if bar is not None:
        bar.close()
    click.echo(
        f"Pushed to {uri}: {report.graphs_changed} graphs changed, {report.graphs_removed} "
        f"removed, {report.graphs_unchanged} unchanged.\n"
        f"Nodes: {report.nodes_created} created, {report.nodes_updated} updated, "
        f"{report.nodes_deleted} deleted.\n"
        f"Relationships: {report.rels_created} created, {report.rels_updated} updated, "
        f"{report.rels_deleted} deleted."
    )


@neo4j_group.command("reset")
@neo4j_options
@click.confirmation_option(prompt="Delete every newsgraph node and index in this database?")
def neo4j_reset_cli(uri: str, user: str, database: str | None) -> None:
    """Delete what newsgraph wrote (nodes, relationships, constraints, indexes).

    \b
    Example:
        newsgraph neo4j reset --yes
    """
    from newsgraph.graph.neo4j import Neo4jWriter

    with Neo4jWriter(uri, user, database) as writer:
        writer.reset()
    click.echo(f"Reset {uri}: the newsgraph nodes, relationships and indexes are gone.")


@neo4j_group.command("status")
@neo4j_options
def neo4j_status_cli(uri: str, user: str, database: str | None) -> None:
    """Show the server version and how much of the graph it holds (exit 1 if unreachable).

    \b
    Example:
        newsgraph neo4j status
    """
    from newsgraph.graph.neo4j import Neo4jWriter

    with Neo4jWriter(uri, user, database) as writer:
        info = writer.describe()
    click.echo(
        f"{uri}: Neo4j {info['version']} {info['edition']}; {info['nodes']} nodes, "
        f"{info['relationships']} relationships from {info['graphs']} pushed graphs."
    )
