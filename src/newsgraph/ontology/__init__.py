"""The newsgraph ontology: OWL/RDFS terms, SHACL shapes, CAMEO codes and the mapping table.

Files shipped as package data: ``ontology.ttl`` (TBox), ``shapes.ttl`` (SHACL) and
``cameo.ttl`` (CAMEO event codes as SKOS concepts). They are written with the default IRI base;
:func:`load_ontology_graph`, :func:`load_shapes_graph` and :func:`reference_graph` (ontology
plus codebook) rebase them when ``NEWSGRAPH_BASE_IRI`` says otherwise. ``python -m
newsgraph.ontology.cameo`` regenerates ``cameo.ttl`` from the table in :mod:`.cameo`.
"""

from __future__ import annotations

from newsgraph.ontology.mapping import label_for, property_for, relation_for, types_for
from newsgraph.ontology.namespaces import CAMEO, ID, NKG
from newsgraph.ontology.resources import (
    load_cameo_graph,
    load_ontology_graph,
    load_shapes_graph,
    reference_graph,
)
from newsgraph.ontology.vocab import V

__all__ = [
    "CAMEO",
    "ID",
    "NKG",
    "V",
    "label_for",
    "load_cameo_graph",
    "load_ontology_graph",
    "load_shapes_graph",
    "property_for",
    "reference_graph",
    "relation_for",
    "types_for",
]
