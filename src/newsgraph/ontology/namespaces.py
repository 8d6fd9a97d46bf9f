"""Namespaces used by newsgraph, derived from the configured IRI base.

The ontology's own terms live in one namespace (``nkg:``) so that the mapping onto property
graph labels stays one-to-one; instance data lives under ``id/`` and CAMEO concepts under
``cameo/event/``. Outside vocabularies (RDFS, SKOS, NIF, PROV, ITS) are reused directly.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from newsgraph.config import base_iri

__all__ = [
    "BASE",
    "CAMEO",
    "DEFAULT_PREFIXES",
    "ID",
    "ITSRDF",
    "NIF",
    "NKG",
    "NKGSH",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
]

BASE = base_iri()
NKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
CAMEO = Namespace(BASE + "cameo/event/")
NKGSH = Namespace(BASE + "shapes#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

#: Prefixes bound on every graph newsgraph serialises, in a fixed order for stable output.
DEFAULT_PREFIXES: tuple[tuple[str, Namespace], ...] = (
    ("nkg", NKG),
    ("cameo", CAMEO),
    ("art", Namespace(BASE + "id/article/")),
    ("doc", Namespace(BASE + "id/document/")),
    ("per", Namespace(BASE + "id/person/")),
    ("org", Namespace(BASE + "id/org/")),
    ("grp", Namespace(BASE + "id/group/")),
    ("cty", Namespace(BASE + "id/country/")),
    ("plc", Namespace(BASE + "id/place/")),
    ("ev", Namespace(BASE + "id/event/")),
    ("ra", Namespace(BASE + "id/role-assignment/")),
    ("rol", Namespace(BASE + "id/role/")),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("prov", Namespace(str(PROV))),
    ("skos", Namespace(str(SKOS))),
    ("rdfs", Namespace(str(RDFS))),
    ("xsd", Namespace(str(XSD))),
)
