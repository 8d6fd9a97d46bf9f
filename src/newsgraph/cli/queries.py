"""``newsgraph query``: SPARQL on the store, Cypher on Neo4j, or a named question.

Values given with ``--param`` are passed as bindings or parameters, never spliced into the
query text.
"""

from __future__ import annotations

from typing import Any

import click

from newsgraph.cli.app import existing_store, main, read_text_or_file, store_option

__all__ = ["query_cli"]


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
        columns, rows = _run_sparql(store, read_text_or_file(sparql, "query"), values)
    elif cypher:
        from newsgraph.graph.neo4j import run_cypher_query

        columns, rows = run_cypher_query(
            uri, user, database, read_text_or_file(cypher, "query"), values
        )
    else:
        columns, rows = _run_named(name or "", values, backend, store, (uri, user, database))
    click.echo(format_rows(columns, rows, fmt), nl=False)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--param")
        parsed[key] = value
    return parsed


def _run_sparql(store: str, text: str, values: dict[str, str]) -> tuple[list[str], list[list[Any]]]:
    from rdflib import Literal

    from newsgraph.graph.store import KnowledgeGraph
    from newsgraph.queries.sparql import prefixed

    with KnowledgeGraph(existing_store(store)) as kg:
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
        store=existing_store(store) if backend == "rdf" else store,
        neo4j=neo4j,
    )
