"""End to end on the bundled sample: build and export through the CLI, then ask SPARQL.

Each test is one promise of the foundation issue, checked on the exported Turtle a user gets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from newsgraph.cli import main
from newsgraph.demo import sample_paths
from newsgraph.queries.sparql import prefixed

pytestmark = pytest.mark.model

QUOTE = "It is our professional judgment that Hamas no longer poses a strategic threat to Israel"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    store = tmp_path_factory.mktemp("sample") / "store"
    seeds = str(sample_paths()[0].parent)
    result = CliRunner().invoke(main, ["build", seeds, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output
    return store


@pytest.fixture(scope="module")
def turtle(sample_store: Path) -> Graph:
    from click.testing import CliRunner

    out = sample_store.parent / "sample.ttl"
    result = CliRunner().invoke(
        main, ["export", "--store", str(sample_store), "--format", "turtle", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return Graph().parse(out, format="turtle")


def ask(g: Graph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in g.query(prefixed(query)))


def test_appeal_to_trump_against_netanyahu_for_a_ceasefire(turtle: Graph) -> None:
    rows = ask(
        turtle,
        """
        SELECT ?speaker ?code ?goalLabel ?mediumLabel WHERE {
          ?a a nkg:Appeal ; nkg:speaker ?s ; nkg:addressee/rdfs:label "Donald Trump" ;
             nkg:target/rdfs:label "Benjamin Netanyahu" ; nkg:eventType/skos:notation ?code ;
             nkg:medium/rdfs:label ?mediumLabel ; nkg:requestedAction/nkg:aimsAt* ?goal .
          ?goal nkg:eventType/skos:notation "0871" ; rdfs:label ?goalLabel .
          { ?s nkg:alias "CIS" } UNION { ?s nkg:memberOf/nkg:alias "CIS" }
          ?s rdfs:label ?speaker .
        }""",
    )
    assert rows, (
        "no appeal from CIS (or its members) to Trump against Netanyahu aiming at a ceasefire"
    )
    _, code, goal, medium = rows[0]
    assert code.startswith("02")
    assert "hostages" in goal
    assert "ceasefire" in goal
    assert "letter" in medium


def test_statement_quote_and_its_offsets(turtle: Graph) -> None:
    rows = ask(
        turtle,
        f"""
        SELECT ?code ?begin ?end ?text WHERE {{
          ?st a nkg:Statement ; nkg:quote ?quote ; nkg:speaker/nkg:alias "CIS" ;
              nkg:eventType/skos:notation ?code ; nkg:contentSpan ?m .
          ?m a nkg:Quotation ; nif:anchorOf "{QUOTE}" ; nif:beginIndex ?begin ; nif:endIndex ?end ;
             nif:referenceContext/nif:isString ?text .
          FILTER(STRSTARTS(?quote, "{QUOTE}"))
        }}""",
    )
    assert len(rows) == 1
    code, begin, end, text = rows[0]
    assert code.startswith("01")
    assert text[int(begin) : int(end)] == QUOTE


@pytest.mark.parametrize(
    ("person", "role", "country"),
    [
        ("Donald Trump", "President", "United States"),
        ("Benjamin Netanyahu", "Prime Minister", "Israel"),
    ],
    ids=["trump", "netanyahu"],
)
def test_roles(turtle: Graph, person: str, role: str, country: str) -> None:
    rows = ask(
        turtle,
        f"""
        SELECT ?ra WHERE {{
          ?p rdfs:label "{person}" ; nkg:holds ?ra .
          ?ra nkg:role/rdfs:label "{role}" ; nkg:inOrganization/rdfs:label "{country}" .
        }}""",
    )
    assert len(rows) == 1


def test_surname_resolves_to_the_same_person(turtle: Graph) -> None:
    persons = ask(
        turtle,
        """SELECT DISTINCT ?p WHERE {
        ?m nif:anchorOf "Netanyahu" ; itsrdf:taIdentRef ?p . ?p a nkg:Person }""",
    )
    assert len(persons) == 1
    full = ask(turtle, 'SELECT ?p WHERE { ?p a nkg:Person ; rdfs:label "Benjamin Netanyahu" }')
    assert persons == full


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Israel Defense Forces", "Organization"),
        ("Mossad", "Organization"),
        ("Shin Bet", "Organization"),
        ("Hamas", "Organization"),
        ("Palestinian Authority", "Organization"),
        ("Egypt", "Country"),
        ("United Arab Emirates", "Country"),
        ("Saudi Arabia", "Country"),
        ("Gaza", "Place"),
    ],
)
def test_actor_types(turtle: Graph, name: str, cls: str) -> None:
    rows = ask(
        turtle,
        f"""SELECT ?x WHERE {{
        {{ ?x rdfs:label "{name}" }} UNION {{ ?x nkg:alias "{name}" }}
        ?x a nkg:{cls} . }}""",
    )
    assert len(rows) == 1, f"{name} is not exactly one nkg:{cls}"


@pytest.mark.parametrize(
    ("name", "alias"), [("Israel Defense Forces", "IDF"), ("United Arab Emirates", "UAE")]
)
def test_aliases(turtle: Graph, name: str, alias: str) -> None:
    assert ask(turtle, f'SELECT ?x WHERE {{ ?x rdfs:label "{name}" ; nkg:alias "{alias}" }}')


def test_shin_bet_is_not_a_person(turtle: Graph) -> None:
    named = '{ ?x rdfs:label "Shin Bet" } UNION { ?x nkg:alias "Shin Bet" }'
    assert not ask(turtle, f"SELECT ?x WHERE {{ ?x a nkg:Person . {named} }}")


def test_article_metadata(turtle: Graph) -> None:
    rows = ask(
        turtle,
        """SELECT ?date ?author WHERE {
        ?a a nkg:Article ; nkg:datePublished ?date ; nkg:author/rdfs:label ?author }""",
    )
    assert rows == [("2025-08-04", "Ayinde Adeleke")]


def test_every_fact_has_provenance(turtle: Graph) -> None:
    missing = ask(
        turtle,
        """SELECT ?f WHERE {
        { ?f a nkg:CommunicativeAct } UNION { ?f a nkg:RoleAssignment }
        FILTER NOT EXISTS { ?f nkg:rule ?r ; nkg:confidence ?c ; nkg:extractorVersion ?v ;
                                nkg:evidence/nif:beginIndex ?b }
    }""",
    )
    assert missing == []


def test_validate_conforms(runner, sample_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(main, ["validate", "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert "Conforms" in result.output
