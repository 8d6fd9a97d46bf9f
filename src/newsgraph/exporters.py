"""The RDF exporters behind ``newsgraph export --format``, one function per format.

Each takes the store and a path; registered by name in :data:`newsgraph.registry.exporters`.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.graph.rdf import write_store
from newsgraph.graph.store import KnowledgeGraph

__all__ = ["export_jsonld", "export_nt", "export_trig", "export_turtle"]


def export_turtle(kg: KnowledgeGraph, path: str | Path, include_reference: bool = True) -> int:
    """Write Turtle; return the bytes written."""
    return write_store(kg, path, "turtle", include_reference)


def export_nt(kg: KnowledgeGraph, path: str | Path, include_reference: bool = True) -> int:
    """Write sorted N-Triples; return the bytes written."""
    return write_store(kg, path, "nt", include_reference)


def export_jsonld(kg: KnowledgeGraph, path: str | Path, include_reference: bool = True) -> int:
    """Write JSON-LD; return the bytes written."""
    return write_store(kg, path, "jsonld", include_reference)


def export_trig(kg: KnowledgeGraph, path: str | Path, include_reference: bool = True) -> int:
    """Write TriG, one named graph per article; return the bytes written."""
    return write_store(kg, path, "trig", include_reference)
