"""The named question library: one SPARQL and one Cypher text per question, as constants.

Each question lives beside this module as ``<name>.rq`` (SPARQL, our prefixes undeclared) and
``<name>.cypher``. Both files open with the same header comment block::

    # name: roles_as_of
    # description: Roles an actor was reported to hold on or before a date
    # params: actor:string, date:date

(``//`` instead of ``#`` in Cypher). Parameter types are ``string``, ``date`` (ISO
``YYYY-MM-DD``) and ``iri``. Both texts return the same columns in the same order, with an
``ORDER BY`` on every column, so the two backends give identical rows.

To add a question, drop the two files here; :func:`all_queries` picks them up and the tests in
``tests/queries`` check that both parse, declare the same parameters and agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.errors import QueryError, QueryNotFoundError

__all__ = ["PARAM_TYPES", "NamedQuery", "all_queries", "get_query", "parse_header"]

#: The parameter types a header may declare.
PARAM_TYPES = ("string", "date", "iri")

_HEADER_LINE = re.compile(r"^\s*(?:#|//)\s*(name|description|params):(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>[a-z]+))?$")


@dataclass(frozen=True)
class NamedQuery:
    """A question answered identically by a SPARQL and a Cypher text.

    Attributes:
        name: Identifier used on the command line.
        description: One line saying what it answers.
        params: Parameter names, in declaration order.
        sparql: The SPARQL SELECT (without PREFIX declarations).
        cypher: The Cypher query, values as ``$params``.
        param_types: ``(name, type)`` pairs, type one of :data:`PARAM_TYPES`.
    """

    name: str
    description: str
    params: tuple[str, ...]
    sparql: str
    cypher: str
    param_types: tuple[tuple[str, str], ...] = ()

    def type_of(self, param: str) -> str:
        """Return the declared type of ``param`` (``string`` when undeclared)."""
        return dict(self.param_types).get(param, "string")


def _parse_params(text: str, source: str) -> tuple[tuple[str, str], ...]:
    declared = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        match = _PARAM.match(item)
        kind = (match.group("type") or "string") if match else ""
        if match is None or kind not in PARAM_TYPES:
            allowed = "|".join(PARAM_TYPES)
            raise QueryError(f"{source}: bad parameter declaration {item!r} (use name:{allowed})")
        declared.append((match.group("name"), kind))
    return tuple(declared)


def parse_header(text: str, source: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """Return ``(name, description, (param, type) pairs)`` from a query file's header.

    Raises:
        QueryError: If ``name`` or ``description`` is missing or a parameter is malformed.

    Example:
        >>> parse_header("# name: q\\n# description: d\\n# params: a, b:date\\nSELECT", "q.rq")
        ('q', 'd', (('a', 'string'), ('b', 'date')))
    """
    fields: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER_LINE.match(line)
        if match:
            fields.setdefault(match.group(1), match.group(2).strip())
    if not fields.get("name") or not fields.get("description"):
        raise QueryError(f"{source}: the header must declare '# name:' and '# description:'")
    return fields["name"], fields["description"], _parse_params(fields.get("params", ""), source)


def _read(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


def _load(stem: str) -> NamedQuery:
    sparql, cypher = _read(f"{stem}.rq"), _read(f"{stem}.cypher")
    header = parse_header(sparql, f"{stem}.rq")
    if parse_header(cypher, f"{stem}.cypher") != header:
        raise QueryError(f"{stem}: .rq and .cypher headers differ (name, description or params)")
    name, description, typed = header
    if name != stem:
        raise QueryError(f"{stem}.rq: declares name {name!r}; the file must be named after it")
    params = tuple(p for p, _ in typed)
    return NamedQuery(name, description, params, sparql, cypher, typed)


@cache
def _library() -> dict[str, NamedQuery]:
    stems = sorted(
        entry.name[: -len(".rq")]
        for entry in resources.files(__package__).iterdir()
        if entry.name.endswith(".rq")
    )
    return {stem: _load(stem) for stem in stems}


def all_queries() -> tuple[NamedQuery, ...]:
    """Return every named query, sorted by name.

    Example:
        >>> "appeals" in [q.name for q in all_queries()]
        True
    """
    return tuple(_library().values())


def get_query(name: str) -> NamedQuery:
    """Return the named query ``name``.

    Raises:
        QueryNotFoundError: If there is none; the message lists the known names.
    """
    try:
        return _library()[name]
    except KeyError:
        known = ", ".join(_library())
        raise QueryNotFoundError(f"no named query {name!r}; known: {known}") from None
