"""Run a named question on the embedded store (SPARQL) or on Neo4j (Cypher).

Parameter values arrive as strings (from the command line) and are converted by their declared
type: SPARQL receives them as bound terms (``initBindings``: a plain literal, an ``xsd:date``
literal or an IRI), Cypher as ``$params`` (a string or a ``datetime.date``). Nothing is ever
spliced into query text.

Result values are normalised on both sides to the same plain Python types (``None``, ``bool``,
``int``, ``float``, ``str``; dates as ISO ``YYYY-MM-DD`` strings, IRIs as strings), so the rows
of the two backends compare equal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from newsgraph.errors import QueryError
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.queries.library import NamedQuery, get_query
from newsgraph.queries.sparql import prefixed

__all__ = [
    "BACKENDS",
    "Rows",
    "check_values",
    "cypher_params",
    "normalize_value",
    "run_named",
    "sparql_bindings",
]

#: Where a named query can run.
BACKENDS = ("rdf", "neo4j")
#: Column names and rows of plain values.
Rows = tuple[list[str], list[list[Any]]]

_DEFAULT_NEO4J: tuple[str, str, str | None] = ("bolt://127.0.0.1:7687", "neo4j", None)
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


def check_values(query: NamedQuery, values: Mapping[str, str]) -> None:
    """Raise :class:`QueryError` naming missing or unknown parameters of ``query``."""
    missing = [p for p in query.params if p not in values]
    extra = sorted(set(values) - set(query.params))
    problems = []
    if missing:
        problems.append(f"missing parameter(s): {', '.join(missing)}")
    if extra:
        problems.append(f"unknown parameter(s): {', '.join(extra)}")
    if problems:
        expected = ", ".join(query.params) or "none"
        raise QueryError(f"query {query.name!r}: {'; '.join(problems)} (expects: {expected})")


def _parse_date(name: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise QueryError(f"parameter {name!r}: {text!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_iri(name: str, text: str) -> str:
    if not _IRI.match(text.strip()):
        raise QueryError(f"parameter {name!r}: {text!r} is not an absolute IRI")
    return text.strip()


def sparql_bindings(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Node]:
    """Return the typed RDF terms to bind for ``values`` (dates as ``xsd:date``, IRIs as IRIs).

    Example:
        >>> from newsgraph.queries.library import get_query
        >>> bound = sparql_bindings(get_query("roles_as_of"), {"actor": "X", "date": "2025-08-04"})
        >>> bound["date"].datatype
        rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')
    """
    bound: dict[str, Node] = {}
    for name, text in values.items():
        kind = query.type_of(name)
        if kind == "date":
            bound[name] = Literal(_parse_date(name, text).isoformat(), datatype=XSD.date)
        elif kind == "iri":
            bound[name] = URIRef(_check_iri(name, text))
        else:
            bound[name] = Literal(text)
    return bound


def cypher_params(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Any]:
    """Return the Cypher ``$params`` for ``values`` (dates as ``datetime.date``).

    Example:
        >>> from newsgraph.queries.library import get_query
        >>> cypher_params(get_query("roles_as_of"), {"actor": "X", "date": "2025-08-04"})["date"]
        datetime.date(2025, 8, 4)
    """
    converted: dict[str, Any] = {}
    for name, text in values.items():
        kind = query.type_of(name)
        if kind == "date":
            converted[name] = _parse_date(name, text)
        elif kind == "iri":
            converted[name] = _check_iri(name, text)
        else:
            converted[name] = text
    return converted


def normalize_value(value: Any) -> Any:
    """Return ``value`` (an RDF term or a driver value) as a plain comparable Python value.

    Example:
        >>> normalize_value(Literal("2025-08-04", datatype=XSD.date))
        '2025-08-04'
        >>> normalize_value(Literal("600", datatype=XSD.long)), normalize_value(URIRef("urn:x"))
        (600, 'urn:x')
    """
    if isinstance(value, (list, tuple)):
        return [normalize_value(v) for v in value]
    if isinstance(value, Literal):
        value = value.toPython()
    elif isinstance(value, URIRef):
        return str(value)
    to_native = getattr(value, "to_native", None)  # neo4j.time.Date and friends
    if callable(to_native):
        value = to_native()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _normalized(columns: list[str], rows: list[list[Any]], hidden: tuple[str, ...] = ()) -> Rows:
    keep = [i for i, column in enumerate(columns) if column not in hidden]
    return [columns[i] for i in keep], [[normalize_value(row[i]) for i in keep] for row in rows]


def _select(kg: KnowledgeGraph, query: NamedQuery, bindings: dict[str, Node]) -> Rows:
    # Oxigraph binds only projected variables, so each .rq projects its parameters; drop them.
    columns, rows = kg.select(prefixed(query.sparql), bindings)
    return _normalized(columns, rows, hidden=query.params)


def _run_rdf(
    query: NamedQuery, values: Mapping[str, str], store: str | Path | KnowledgeGraph | None
) -> Rows:
    if store is None:
        raise QueryError(f"query {query.name!r}: the rdf backend needs a store")
    bindings = sparql_bindings(query, values)
    if isinstance(store, KnowledgeGraph):
        return _select(store, query, bindings)
    with KnowledgeGraph(store) as kg:
        return _select(kg, query, bindings)


def _run_neo4j(
    query: NamedQuery, values: Mapping[str, str], neo4j: tuple[str, str, str | None]
) -> Rows:
    from newsgraph.graph.neo4j import run_cypher_query  # lazy: the driver is optional

    uri, user, database = neo4j
    params = cypher_params(query, values)
    return _normalized(*run_cypher_query(uri, user, database, query.cypher, params))


def run_named(
    name: str,
    values: Mapping[str, str] | None = None,
    backend: str = "rdf",
    store: str | Path | KnowledgeGraph | None = None,
    neo4j: tuple[str, str, str | None] = _DEFAULT_NEO4J,
) -> Rows:
    """Run the named question ``name`` and return ``(columns, rows)`` of plain values.

    Args:
        name: A name from :func:`~newsgraph.queries.library.all_queries`.
        values: Parameter values as strings, exactly the query's declared parameters.
        backend: ``"rdf"`` (SPARQL on the embedded store) or ``"neo4j"`` (Cypher).
        store: The store folder, or an open :class:`KnowledgeGraph` (rdf backend).
        neo4j: ``(uri, user, database)`` (database None: the server default); the password
            comes from the environment only.

    Raises:
        QueryNotFoundError: If there is no such question.
        QueryError: On missing, unknown or malformed parameters, or if the query fails.

    Example:
        >>> run_named("articles", {}, store=KnowledgeGraph())
        (['date', 'headline', 'author', 'statements', 'appeals', 'article'], [])
    """
    query = get_query(name)
    values = dict(values or {})
    check_values(query, values)
    if backend == "rdf":
        return _run_rdf(query, values, store)
    if backend == "neo4j":
        return _run_neo4j(query, values, neo4j)
    raise QueryError(f"unknown backend {backend!r}; use one of: {', '.join(BACKENDS)}")
