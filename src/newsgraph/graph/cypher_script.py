"""An offline ``.cypher`` script that loads the knowledge graph into any Neo4j 5.

``cypher-shell -f graph.cypher`` (no Python, no parameters) creates the constraints and
indexes, then the same nodes, relationships and bookkeeping that
:meth:`~newsgraph.graph.neo4j.Neo4jWriter.push` writes, so a later push from the same store
finds nothing to do. Rows travel as literal lists in one ``UNWIND [...] AS row MERGE ...``
statement per batch. Labels and relationship types are written statically (grouped per label
set or type, so the script also runs on Neo4j 5 releases before dynamic labels); they come from
the mapping table and are checked against it before they are written. Every value is a Cypher
literal: strings are single-quoted with backslash escapes, so quotes, backslashes, backticks,
braces, ``$`` and newlines survive verbatim; dates become ``date('YYYY-MM-DD')``.

Output is deterministic: the same store gives a byte-identical script. Each statement ends
with ``;`` at the end of a line, and no literal ever contains a raw line break.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from newsgraph.errors import UnknownTermError, WriterError
from newsgraph.graph.neo4j_cypher import SCHEMA
from newsgraph.graph.neo4j_sync import (
    GRAPHS_KEY,
    GraphState,
    NodeState,
    RelKey,
    batched,
    desired_state,
    node_row,
)
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.ontology.mapping import class_for_label, predicate_for_type

__all__ = ["cypher_literal", "cypher_statements", "export_cypher_script", "split_statements"]

#: Rows per UNWIND statement: large enough to be fast, small enough for cypher-shell.
SCRIPT_BATCH = 500
STATEMENT_END = ";\n"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029):
        return f"\\u{code:04x}"
    return char


def cypher_literal(value: Any) -> str:
    """Return ``value`` as a Cypher literal (string, number, boolean, date, list or map).

    Raises:
        WriterError: For a value type Cypher literals cannot express.

    Example:
        >>> cypher_literal("it's $x\\n")
        "'it\\\\'s $x\\\\n'"
        >>> cypher_literal([date(2025, 8, 4), 1, 0.5, True])
        "[date('2025-08-04'), 1, 0.5, true]"
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + "".join(_escape_char(c) for c in value) + "'"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"toFloat('{value!r}')"
    if isinstance(value, date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return _map_literal(value)
    raise WriterError(f"cannot write {type(value).__name__} value {value!r} as a Cypher literal")


def _map_literal(value: Mapping[str, Any]) -> str:
    items = (f"{_key(k)}: {cypher_literal(v)}" for k, v in sorted(value.items()))
    return "{" + ", ".join(items) + "}"


def _key(name: str) -> str:
    return name if _IDENTIFIER.match(name) else "`" + name.replace("`", "``") + "`"


def _unwind(rows: Sequence[Mapping[str, Any]], body: str) -> str:
    listing = ",\n".join(_map_literal(row) for row in rows)
    return f"UNWIND [\n{listing}\n] AS row\n{body}"


def _label_clause(labels: Sequence[str]) -> str:
    for label in labels:
        class_for_label(label)  # raises UnknownTermError for anything not in the mapping
        if not _IDENTIFIER.match(label):
            raise UnknownTermError(f"label {label!r} is not a plain identifier")
    return "\nSET n:" + ":".join(labels) if labels else ""


def _script_node(iri: str, node: NodeState) -> dict[str, Any]:
    row = node_row(iri, node)
    return {"uri": iri, "props": {**row["props"], GRAPHS_KEY: row["graphs"]}}


def _node_statements(state: GraphState) -> Iterator[str]:
    def label_set(iri: str) -> tuple[str, ...]:
        return state.nodes[iri].labels

    for labels, group in groupby(sorted(state.nodes, key=lambda i: (label_set(i), i)), label_set):
        rows = [_script_node(iri, state.nodes[iri]) for iri in group]
        body = "MERGE (n:Resource {uri: row.uri})\nSET n = row.props" + _label_clause(labels)
        for batch in batched(rows, SCRIPT_BATCH):
            yield _unwind(batch, body)


def _rel_statements(state: GraphState) -> Iterator[str]:
    def rel_type(key: RelKey) -> str:
        return key.type

    for type_, group in groupby(sorted(state.rels, key=lambda k: (k.type, k)), rel_type):
        predicate_for_type(type_)  # raises UnknownTermError for anything not in the mapping
        if not _IDENTIFIER.match(type_):
            raise UnknownTermError(f"relationship type {type_!r} is not a plain identifier")
        rows = [{"start": k.start, "end": k.end, GRAPHS_KEY: list(state.rels[k])} for k in group]
        body = (
            "MATCH (a:Resource {uri: row.start})\nMATCH (b:Resource {uri: row.end})\n"
            f"MERGE (a)-[r:{type_}]->(b)\nSET r.{GRAPHS_KEY} = row.{GRAPHS_KEY}"
        )
        for batch in batched(rows, SCRIPT_BATCH):
            yield _unwind(batch, body)


def _graph_statements(state: GraphState) -> Iterator[str]:
    rows = [{"name": name, "digest": state.digests[name]} for name in sorted(state.digests)]
    body = "MERGE (g:_NewsgraphGraph {name: row.name})\nSET g.digest = row.digest"
    for batch in batched(rows, SCRIPT_BATCH):
        yield _unwind(batch, body)


def cypher_statements(state: GraphState) -> list[str]:
    """Return the script's statements (without terminators): schema, nodes, rels, graphs."""
    return [
        *SCHEMA,
        *_node_statements(state),
        *_rel_statements(state),
        *_graph_statements(state),
    ]


def _header(state: GraphState) -> str:
    return (
        f"// newsgraph knowledge graph: {len(state.nodes)} nodes, {len(state.rels)} "
        f"relationships from {len(state.digests)} named graphs.\n"
        "// Load into Neo4j 5 with: cypher-shell -f <this file>\n"
    )


def export_cypher_script(kg: KnowledgeGraph, path: str | Path) -> tuple[int, int]:
    """Write the offline script for every named graph of ``kg`` to ``path``.

    Returns:
        The number of nodes and of relationships the script creates.

    Raises:
        WriterError: If the file cannot be written.
    """
    state = desired_state(kg.iter_graphs())
    text = _header(state) + "".join(s + STATEMENT_END for s in cypher_statements(state))
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise WriterError(f"{path}: cannot write the Cypher script: {exc}") from exc
    return len(state.nodes), len(state.rels)


def split_statements(text: str) -> Iterable[str]:
    """Split a script written by :func:`export_cypher_script` into its statements.

    Comment lines are dropped; a statement ends at a line ending in ``;`` (literals never
    contain raw line breaks, so this is exact).
    """
    body = "\n".join(line for line in text.split("\n") if not line.startswith("//"))
    return [s.strip() for s in (body + "\n").split(STATEMENT_END) if s.strip()]
