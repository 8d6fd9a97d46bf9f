"""SPARQL helpers: newsgraph's prefixes declared for queries that use them undeclared."""

from __future__ import annotations

import re

from newsgraph.ontology.namespaces import DEFAULT_PREFIXES

__all__ = ["prefix_block", "prefixed"]


def prefix_block() -> str:
    """Return PREFIX declarations for every prefix newsgraph binds.

    Example:
        >>> prefix_block().splitlines()[0].startswith("PREFIX nkg: <")
        True
    """
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in DEFAULT_PREFIXES)


def prefixed(query: str) -> str:
    """Return ``query`` with newsgraph's prefixes declared, unless it declares its own.

    Example:
        >>> prefixed("PREFIX x: <urn:x:> SELECT * {}") == "PREFIX x: <urn:x:> SELECT * {}"
        True
    """
    if re.search(r"^\s*PREFIX\s", query, re.IGNORECASE | re.MULTILINE):
        return query
    return prefix_block() + query
