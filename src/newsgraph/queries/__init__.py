"""Named questions about the graph, answered identically in SPARQL and in Cypher.

``all_queries()`` lists them, ``get_query(name)`` returns one :class:`NamedQuery`, and
``run_named(name, values, backend="rdf"|"neo4j", store=..., neo4j=(uri, user, database))``
runs one with typed, bound parameter values. See :mod:`newsgraph.queries.library` for the file
format and :mod:`newsgraph.queries.runner` for parameter and result handling.
"""

from __future__ import annotations

from newsgraph.queries.library import PARAM_TYPES, NamedQuery, all_queries, get_query
from newsgraph.queries.runner import BACKENDS, normalize_value, run_named

__all__ = [
    "BACKENDS",
    "PARAM_TYPES",
    "NamedQuery",
    "all_queries",
    "get_query",
    "normalize_value",
    "run_named",
]
