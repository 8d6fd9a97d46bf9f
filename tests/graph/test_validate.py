"""SHACL validation: correct data conforms, each kind of broken data is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.errors import ValidationError
from newsgraph.graph.validate import ValidationReport, validate, validate_file
from newsgraph.ontology import CAMEO, ID, NKG, types_for
from newsgraph.ontology.namespaces import NIF

TEXT = "Ann Smith urged Ruritania to release the prisoners."
ARTICLE = ID["article/0123456789abcdef"]
PERSON = ID["person/ann-smith"]
COUNTRY = ID["country/rur"]
STATEMENT = ID["event/statement-0000000001"]
APPEAL = ID["event/appeal-0000000002"]
RELEASE = ID["event/release-0000000003"]
MENTION = URIRef(f"{ARTICLE}#char=0,9")


def _typed(graph: Graph, node: URIRef, cls: URIRef) -> None:
    for t in types_for(cls):
        graph.add((node, RDF.type, t))


def _fact(graph: Graph, node: URIRef, cls: URIRef, code: str) -> None:
    _typed(graph, node, cls)
    graph.add((node, NKG.eventType, CAMEO[code]))
    graph.add((node, NKG.modality, Literal("asserted")))
    graph.add((node, NKG.reportedIn, ARTICLE))
    graph.add((node, NKG.rule, Literal("test-rule")))
    graph.add((node, NKG.confidence, Literal(0.8, datatype=XSD.double)))
    graph.add((node, NKG.speaker, PERSON))
    graph.add((node, NKG.evidence, MENTION))


def valid_graph() -> Graph:
    """An article, a person, a country, a statement, an appeal with its action, a mention."""
    g = Graph()
    _typed(g, ARTICLE, NKG.Article)
    g.add((ARTICLE, NKG.datePublished, Literal("2025-08-04", datatype=XSD.date)))
    g.add((ARTICLE, NIF.isString, Literal(TEXT)))
    _typed(g, PERSON, NKG.Person)
    g.add((PERSON, RDFS.label, Literal("Ann Smith")))
    g.add((PERSON, NKG.wikidataId, Literal("Q42")))
    _typed(g, COUNTRY, NKG.Country)
    g.add((COUNTRY, RDFS.label, Literal("Ruritania")))
    g.add((COUNTRY, NKG.cameoCode, Literal("RURGOV")))
    _fact(g, STATEMENT, NKG.Statement, "010")
    _fact(g, APPEAL, NKG.Appeal, "0253")
    g.add((APPEAL, NKG.addressee, COUNTRY))
    g.add((APPEAL, NKG.requestedAction, RELEASE))
    _typed(g, RELEASE, NKG.Event)
    g.add((RELEASE, NKG.modality, Literal("requested")))
    g.add((RELEASE, NKG.eventType, CAMEO["0841"]))
    g.add((RELEASE, NKG.agent, COUNTRY))
    _typed(g, MENTION, NKG.Mention)
    g.add((MENTION, NIF.referenceContext, ARTICLE))
    g.add((MENTION, NIF.beginIndex, Literal(0, datatype=XSD.integer)))
    g.add((MENTION, NIF.endIndex, Literal(9, datatype=XSD.integer)))
    g.add((MENTION, NIF.anchorOf, Literal("Ann Smith")))
    return g


def _set(node: URIRef, pred: URIRef, value: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((node, pred, value))  # type: ignore[arg-type]

    return mutate


def _drop(node: URIRef, pred: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((node, pred, None))


def _blank_actor(g: Graph) -> None:
    blank = BNode()
    _typed(g, blank, NKG.Person)
    g.add((blank, RDFS.label, Literal("Nobody")))


def _long(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


BREAKAGES = [
    # (id, mutation, focus, path fragment, message fragment)
    ("appeal-coded-010", _set(APPEAL, NKG.eventType, CAMEO["010"]), APPEAL, "notation", "02"),
    (
        "statement-coded-0256",
        _set(STATEMENT, NKG.eventType, CAMEO["0256"]),
        STATEMENT,
        "notation",
        "01",
    ),
    (
        "unknown-code",
        _set(STATEMENT, NKG.eventType, CAMEO["9999"]),
        STATEMENT,
        "eventType",
        "codebook",
    ),
    ("no-event-type", _drop(STATEMENT, NKG.eventType), STATEMENT, "eventType", "CAMEO"),
    ("negative-offset", _set(MENTION, NIF.beginIndex, _long(-1)), MENTION, "beginIndex", ""),
    ("begin-after-end", _set(MENTION, NIF.beginIndex, _long(10)), MENTION, "beginIndex", ""),
    ("wrong-anchor", _set(MENTION, NIF.anchorOf, Literal("Ann Smit")), MENTION, "", "Ann Smit"),
    ("string-offset", _set(MENTION, NIF.endIndex, Literal("9")), MENTION, "endIndex", ""),
    (
        "bad-cameo-code",
        _set(COUNTRY, NKG.cameoCode, Literal("RURgov")),
        COUNTRY,
        "cameoCode",
        "three-letter",
    ),
    (
        "bad-wikidata-id",
        _set(PERSON, NKG.wikidataId, Literal("Q042")),
        PERSON,
        "wikidataId",
        "Wikidata",
    ),
    ("missing-modality", _drop(STATEMENT, NKG.modality), STATEMENT, "modality", "exactly one"),
    ("odd-modality", _set(APPEAL, NKG.modality, Literal("maybe")), APPEAL, "modality", "one of"),
    ("no-rule", _drop(APPEAL, NKG.rule), APPEAL, "rule", "rule"),
    ("not-reported", _drop(STATEMENT, NKG.reportedIn), STATEMENT, "reportedIn", "article"),
    (
        "confidence-above-1",
        _set(APPEAL, NKG.confidence, Literal(1.5, datatype=XSD.double)),
        APPEAL,
        "confidence",
        "between 0 and 1",
    ),
    (
        "no-requested-action",
        _drop(APPEAL, NKG.requestedAction),
        APPEAL,
        "requestedAction",
        "requested action",
    ),
    ("no-label", _drop(PERSON, RDFS.label), PERSON, "label", "exactly one"),
    (
        "two-dates",
        lambda g: g.add((ARTICLE, NKG.datePublished, Literal("2025-08-05", datatype=XSD.date))),
        ARTICLE,
        "datePublished",
        "at most one",
    ),
    (
        "mention-without-article",
        _drop(MENTION, NIF.referenceContext),
        MENTION,
        "referenceContext",
        "exactly one article",
    ),
]


def test_valid_graph_conforms() -> None:
    report = validate(valid_graph())
    assert report.conforms, report.text
    assert report.results == []


@pytest.mark.parametrize(
    ("mutate", "focus", "path", "message"),
    [b[1:] for b in BREAKAGES],
    ids=[b[0] for b in BREAKAGES],
)
def test_broken_graph_is_reported(
    mutate: Callable[[Graph], None], focus: URIRef, path: str, message: str
) -> None:
    graph = valid_graph()
    mutate(graph)
    report = validate(graph)
    assert not report.conforms
    hits = [r for r in report.results if r.focus == str(focus) and path in r.path]
    assert any(message in r.message and r.severity == "Violation" for r in hits), report.results


def test_blank_node_actor_is_reported() -> None:
    graph = valid_graph()
    _blank_actor(graph)
    report = validate(graph)
    assert not report.conforms
    assert any("blank" in r.message for r in report.results)


def test_group_member_count_must_be_positive() -> None:
    graph = valid_graph()
    group = ID["group/nobody"]
    _typed(graph, group, NKG.Group)
    graph.add((group, RDFS.label, Literal("no one")))
    graph.add((group, NKG.memberCountMin, _long(0)))
    assert any(r.path.endswith("memberCountMin") for r in validate(graph).results)


def test_unknown_speaker_is_only_a_warning() -> None:
    graph = valid_graph()
    graph.remove((STATEMENT, NKG.speaker, None))
    report = validate(graph)
    assert report.conforms
    assert [(r.focus, r.severity) for r in report.results] == [(str(STATEMENT), "Warning")]


def _write(tmp_path: Path, name: str, fmt: str) -> Path:
    path = tmp_path / name
    valid_graph().serialize(path, format=fmt, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.ttl", "turtle"), ("a.nt", "nt"), ("a.jsonld", "json-ld"), ("a.trig", "trig")],
)
def test_validate_file_reads_by_extension(tmp_path: Path, name: str, fmt: str) -> None:
    report = validate_file(_write(tmp_path, name, fmt))
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text


def test_validate_file_names_an_unparsable_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.ttl"):
        validate_file(path)


@pytest.mark.parametrize("name", ["missing.ttl", "data.csv"])
def test_validate_file_names_a_missing_or_unknown_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValidationError, match=name.replace(".", r"\.")):
        validate_file(tmp_path / name)
