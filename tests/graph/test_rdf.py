"""Tests for RDF export: round trips for every format, errors, byte-identical output."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.errors import WriterError
from newsgraph.graph.project import canonical_literal
from newsgraph.graph.rdf import FORMATS, serialize_store, write_store
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.ontology.namespaces import ID, NIF, NKG

ART_A, ART_B = ID["article/a"], ID["article/b"]
PERSON = ID["person/jane-roe"]


def article_triples(article: URIRef, text: str) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    mention = URIRef(f"{article}#char=0,4")
    return [
        (article, RDF.type, NKG.Article),
        (article, NIF.isString, Literal(text)),
        (article, NKG.datePublished, Literal(date(2025, 8, 4), datatype=XSD.date)),
        (article, NKG.mentions, PERSON),
        (PERSON, RDF.type, NKG.Person),
        (PERSON, RDFS.label, Literal("Jane Roe \u2014 \u201cJ.R.\u201d")),
        (mention, NIF.beginIndex, Literal(0, datatype=XSD.integer)),
        (mention, NIF.endIndex, Literal(4, datatype=XSD.integer)),
        (mention, NIF.anchorOf, Literal(text[:4])),
        (mention, NKG.confidence, Literal(0.9, datatype=XSD.double)),
        (mention, NKG.direct, Literal(True, datatype=XSD.boolean)),
    ]


def make_store(reverse: bool = False) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    items = [
        (ART_A, article_triples(ART_A, 'Jane said "no".\nLine two.')),
        (ART_B, article_triples(ART_B, "Other text.")),
    ]
    reference = Graph()
    reference.add((NKG.Person, RDFS.label, Literal("Person")))
    kg.ensure_reference_data(reference)
    for name, triples in reversed(items) if reverse else items:
        kg.replace_graph(name, reversed(triples) if reverse else triples)
    return kg


@pytest.fixture
def kg() -> Iterator[KnowledgeGraph]:
    store = make_store()
    yield store
    store.close()


def canonical(graph: Graph) -> Graph:
    out = Graph()
    for s, p, o in graph:
        out.add((s, p, canonical_literal(o)))
    return out


def parse_dataset(data: bytes, fmt: str) -> Dataset:
    ds = Dataset()
    with warnings.catch_warnings():  # rdflib's quad parsers use its own deprecated API
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        ds.parse(data=data, format=FORMATS[fmt])
    return ds


def parse_back(data: bytes, fmt: str) -> Graph:
    merged = Graph()
    for s, p, o, _ in parse_dataset(data, fmt).quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_round_trips_to_the_union(kg: KnowledgeGraph, fmt: str) -> None:
    back = parse_back(serialize_store(kg, fmt), fmt)
    assert len(back) == len(kg.union())
    assert isomorphic(canonical(back), canonical(kg.union()))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_reference_data_can_be_left_out(kg: KnowledgeGraph, fmt: str) -> None:
    back = parse_back(serialize_store(kg, fmt, include_reference=False), fmt)
    assert isomorphic(canonical(back), canonical(kg.union(include_reference=False)))
    assert (NKG.Person, RDFS.label, Literal("Person")) not in back


def test_trig_keeps_one_named_graph_per_article(kg: KnowledgeGraph) -> None:
    ds = parse_dataset(serialize_store(kg, "trig"), "trig")
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert {ART_A, ART_B} <= names


def test_unknown_format_raises_writer_error(kg: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(WriterError, match="'rdfxml'"):
        serialize_store(kg, "rdfxml")
    with pytest.raises(WriterError):
        write_store(kg, tmp_path / "out.xml", "rdfxml")
    assert not (tmp_path / "out.xml").exists()


@pytest.mark.parametrize("where", ["under-a-file", "a-folder", "missing-folder"])
def test_unwritable_path_raises_writer_error_naming_it(
    kg: KnowledgeGraph, tmp_path: Path, where: str
) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    target = {
        "under-a-file": tmp_path / "file.txt" / "out.ttl",
        "a-folder": tmp_path,
        "missing-folder": tmp_path / "no" / "such" / "out.ttl",
    }[where]
    with pytest.raises(WriterError) as info:
        write_store(kg, target)
    assert str(target) in str(info.value)


def test_write_store_writes_the_serialised_bytes(kg: KnowledgeGraph, tmp_path: Path) -> None:
    out = tmp_path / "kg.nt"
    assert write_store(kg, out, "nt") == out.stat().st_size
    assert out.read_bytes() == serialize_store(kg, "nt")


def test_nt_lines_are_sorted_and_unique(kg: KnowledgeGraph) -> None:
    lines = serialize_store(kg, "nt").decode("utf-8").splitlines()
    assert lines == sorted(set(lines))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_content_built_twice_gives_identical_bytes(fmt: str) -> None:
    first, second = make_store(), make_store(reverse=True)
    try:
        assert serialize_store(first, fmt) == serialize_store(second, fmt)
    finally:
        first.close()
        second.close()


_HASH_SCRIPT = """
import hashlib, sys
from importlib.resources import files
from newsgraph.graph.rdf import FORMATS, serialize_store
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.pipeline import build_paths
kg = KnowledgeGraph()
build_paths([str(files("newsgraph.seeds"))], kg)
for fmt in sorted(FORMATS):
    print(fmt, hashlib.sha256(serialize_store(kg, fmt)).hexdigest())
"""


def _hashes(seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _HASH_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(line.split() for line in done.stdout.splitlines())


@pytest.mark.model
@pytest.mark.slow
def test_sample_export_is_identical_across_hash_seeds() -> None:
    one, two = _hashes("1"), _hashes("2")
    assert set(one) == set(FORMATS)
    assert one["turtle"] == two["turtle"]
    assert one == two
