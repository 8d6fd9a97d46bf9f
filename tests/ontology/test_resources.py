"""Packaged Turtle loads, and moves with NEWSGRAPH_BASE_IRI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from newsgraph.ontology import (
    NKG,
    load_cameo_graph,
    load_ontology_graph,
    load_shapes_graph,
    reference_graph,
)
from newsgraph.ontology.cameo import cameo_graph

_PROBE = """
import json
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, SKOS
from newsgraph.ontology import load_ontology_graph, load_shapes_graph, reference_graph
from newsgraph.ontology.cameo import cameo_graph
from rdflib.compare import isomorphic
base = "https://example.org/kg/"
graphs = [load_ontology_graph(), load_shapes_graph(), reference_graph()]
terms = {str(t) for g in graphs for triple in g for t in triple}
print(json.dumps({
    "appeal": (URIRef(base + "ontology#Appeal"), RDF.type, OWL.Class) in graphs[0],
    "code": (URIRef(base + "cameo/event/0256"), SKOS.notation, None) in graphs[2],
    "target": (URIRef(base + "shapes#AppealShape"), None, URIRef(base + "ontology#Appeal"))
              in graphs[1],
    "old": sorted(t for t in terms if "w3id.org/newskg" in t),
    "same_codebook": isomorphic(cameo_graph(), graphs[2] - graphs[0]),
}))
"""


def test_graphs_load_and_are_cached() -> None:
    assert (NKG.Statement, RDF.type, OWL.Class) in load_ontology_graph()
    assert load_ontology_graph() is load_ontology_graph()
    assert len(load_shapes_graph()) > 100
    assert len(reference_graph()) == len(load_ontology_graph()) + len(load_cameo_graph())


def test_shipped_codebook_equals_the_table() -> None:
    assert isomorphic(load_cameo_graph(), cameo_graph())


def test_rebase_moves_every_iri() -> None:
    env = {**os.environ, "NEWSGRAPH_BASE_IRI": "https://example.org/kg/"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    probe = json.loads(done.stdout)
    assert probe == {
        "appeal": True,
        "code": True,
        "target": True,
        "old": [],
        "same_codebook": True,
    }
