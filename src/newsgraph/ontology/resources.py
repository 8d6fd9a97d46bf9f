"""Read the shipped ontology, shapes and codebook Turtle, rebased onto the configured IRI base.

The files are package data written with the default base ``https://w3id.org/newskg/``. When
``NEWSGRAPH_BASE_IRI`` names another base, the default base is replaced in the Turtle text before
parsing, so every ``nkg:``, ``nkgsh:`` and ``cameo:`` IRI moves with it. Each graph is parsed once
per process and shared: treat the returned graphs as read-only (copy them before changing them).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from rdflib import Graph

from newsgraph.config import DEFAULT_BASE_IRI, base_iri
from newsgraph.errors import OntologyError

__all__ = [
    "load_cameo_graph",
    "load_ontology_graph",
    "load_shapes_graph",
    "read_rebased",
    "reference_graph",
]


def read_rebased(name: str) -> str:
    """Return the text of the packaged file ``name`` with its IRIs moved to :func:`base_iri`.

    Raises:
        OntologyError: If the file is missing from the installed package.

    Example:
        >>> "@prefix nkg:" in read_rebased("ontology.ttl")
        True
    """
    resource = files("newsgraph.ontology").joinpath(name)
    try:
        text = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise OntologyError(f"package data newsgraph/ontology/{name} is unreadable: {exc}") from exc
    base = base_iri()
    return text if base == DEFAULT_BASE_IRI else text.replace(DEFAULT_BASE_IRI, base)


def _parse(name: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=read_rebased(name), format="turtle")
    except SyntaxError as exc:  # rdflib's Turtle parser raises BadSyntax, a SyntaxError
        raise OntologyError(f"package data newsgraph/ontology/{name} is not Turtle: {exc}") from exc
    return graph


@cache
def load_ontology_graph() -> Graph:
    """Return the ontology (TBox) from ``ontology.ttl``, parsed once and shared.

    Example:
        >>> from rdflib.namespace import OWL, RDF
        >>> from newsgraph.ontology.namespaces import NKG
        >>> (NKG.Appeal, RDF.type, OWL.Class) in load_ontology_graph()
        True
    """
    return _parse("ontology.ttl")


@cache
def load_shapes_graph() -> Graph:
    """Return the SHACL shapes from ``shapes.ttl``, parsed once and shared."""
    return _parse("shapes.ttl")


@cache
def load_cameo_graph() -> Graph:
    """Return the CAMEO codebook from the shipped ``cameo.ttl``, parsed once and shared."""
    return _parse("cameo.ttl")


@cache
def reference_graph() -> Graph:
    """Return the ontology plus the CAMEO codebook, the store's reference graph.

    This is what ``KnowledgeGraph.ensure_reference_data`` stores and what validation mixes
    into the data, so codebook concepts and class hierarchy are always available.
    """
    graph = Graph()
    for part in (load_ontology_graph(), load_cameo_graph()):
        for triple in part:
            graph.add(triple)
    return graph
