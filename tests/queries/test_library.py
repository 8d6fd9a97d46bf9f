"""The named-question files: headers, SPARQL syntax, Cypher parameters and vocabulary."""

from __future__ import annotations

import re

import pytest
from rdflib.plugins.sparql import prepareQuery

from newsgraph.errors import QueryError, QueryNotFoundError, UnknownTermError
from newsgraph.ontology.mapping import CLASSES, PROPERTIES, RELATIONS
from newsgraph.ontology.vocab import V
from newsgraph.queries import NamedQuery, all_queries, get_query
from newsgraph.queries.library import parse_header
from newsgraph.queries.sparql import prefixed

QUERIES = all_queries()
IDS = [q.name for q in QUERIES]

REQUIRED = {
    "appeals", "appeals_seeking", "actor_said", "asked_to_act_on", "actor_activity",
    "co_appearing", "roles_as_of", "actor_timeline", "evidence", "group_composition",
}  # fmt: skip


def _code_only(text: str, comment: str) -> str:
    """Drop comment lines and quoted strings, leaving the query's own tokens."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(comment)]
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", "\n".join(lines))


def test_at_least_ten_questions_including_the_required_ones() -> None:
    assert len(QUERIES) >= 10
    assert set(IDS) >= REQUIRED
    assert sorted(IDS) == IDS


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_header_is_complete(query: NamedQuery) -> None:
    assert query.description
    assert "\n" not in query.description
    assert all(kind in ("string", "date", "iri") for _, kind in query.param_types)
    assert tuple(p for p, _ in query.param_types) == query.params


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_sparql_parses_with_our_prefixes(query: NamedQuery) -> None:
    prepareQuery(prefixed(query.sparql))


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_sparql_projects_each_parameter(query: NamedQuery) -> None:
    # Oxigraph binds only projected variables; the runner drops these columns again.
    select = re.search(r"^SELECT\b(.*)$", query.sparql, re.MULTILINE)
    assert select is not None
    projected = re.findall(r"\?(\w+)", select.group(1))
    assert projected[: len(query.params)] == list(query.params)


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_sparql_uses_only_ontology_terms(query: NamedQuery) -> None:
    for term in set(re.findall(r"\bnkg:(\w+)", _code_only(query.sparql, "#"))):
        try:
            V[term]
        except UnknownTermError:
            pytest.fail(f"{query.name}.rq uses nkg:{term}, which the ontology does not define")


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_cypher_parameters_match_the_declaration(query: NamedQuery) -> None:
    used = set(re.findall(r"\$(\w+)", _code_only(query.cypher, "//")))
    assert used == set(query.params)


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_cypher_uses_only_mapped_labels_types_and_keys(query: NamedQuery) -> None:
    code = _code_only(query.cypher, "//")
    names = {c.label for c in CLASSES} | {r.type for r in RELATIONS} | {"Resource"}
    keys = {p.key for p in PROPERTIES} | {"uri"}
    assert set(re.findall(r"[:|]([A-Z][A-Za-z_]*)\b", code)) <= names
    assert set(re.findall(r"\b[a-z]\w*\.([a-zA-Z]\w*)\b", code)) <= keys


def _columns(sparql: str) -> list[str]:
    select = re.search(r"^SELECT\b(.*?)^WHERE", sparql, re.MULTILINE | re.DOTALL)
    assert select is not None
    projection = re.sub(r"\([^()]*\([^()]*\)\s+AS\s+(\?\w+)\)", r"\1", select.group(1))
    return re.findall(r"\?(\w+)", projection)


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_both_languages_order_by_every_column(query: NamedQuery) -> None:
    columns = [c for c in _columns(query.sparql) if c not in query.params]
    sparql_order = query.sparql.rsplit("ORDER BY", 1)[1]
    cypher_order = query.cypher.rsplit("ORDER BY", 1)[1]
    for column in columns:
        assert f"?{column}" in sparql_order, f"{query.name}.rq does not order by {column}"
        assert re.search(rf"\b{column}\b", cypher_order), f"{query.name}.cypher: {column}"


def test_get_query_returns_the_named_question() -> None:
    assert get_query("appeals").name == "appeals"


def test_unknown_name_lists_the_known_names() -> None:
    with pytest.raises(QueryNotFoundError, match=r"known: .*appeals.*roles_as_of"):
        get_query("no_such_question")


def test_header_parsing_reads_typed_parameters_in_both_comment_styles() -> None:
    text = "// name: q\n// description: what\n// params: actor, date:date, fact:iri\nMATCH (n)"
    assert parse_header(text, "q.cypher") == (
        "q",
        "what",
        (("actor", "string"), ("date", "date"), ("fact", "iri")),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# description: d\nSELECT", "must declare"),
        ("# name: q\n# description: d\n# params: when:datetime", "bad parameter"),
        ("# name: q\n# description: d\n# params: 1x", "bad parameter"),
    ],
)
def test_malformed_headers_are_rejected(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_header(text, "q.rq")
