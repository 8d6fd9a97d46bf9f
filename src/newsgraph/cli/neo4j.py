"""``newsgraph neo4j``: mirror the store in a Neo4j server (:mod:`newsgraph.graph.neo4j`).

The password comes only from ``NEWSGRAPH_NEO4J_PASSWORD``, never from an option.
"""

from __future__ import annotations

from typing import Any

import click

from newsgraph.cli.app import existing_store, main, progress_bar, store_option

__all__ = ["neo4j_group", "neo4j_options"]


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
        bar = bar or progress_bar(None, total, "Writing rows")
        bar.update(done - bar.n)

    with (
        KnowledgeGraph(existing_store(store)) as kg,
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
