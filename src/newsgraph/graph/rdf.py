"""Serialising the store: Turtle, N-Triples, JSON-LD and TriG, byte-identical for equal data.

The union of all article graphs (plus, unless left out, the ontology and CAMEO codebook) is
written with newsgraph's prefixes. Triples are added in sorted order, N-Triples lines are
sorted and JSON-LD arrays are sorted (rdflib emits JSON-LD nodes in hash order), so the same
store always gives the same bytes, in any process.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.term import Node

from newsgraph.errors import WriterError
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.ontology.namespaces import DEFAULT_PREFIXES

__all__ = ["FORMATS", "serialize_store", "write_store"]

#: Export format name -> rdflib serializer plugin name.
FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def _bind(graph: Graph) -> None:
    for prefix, namespace in DEFAULT_PREFIXES:
        graph.bind(prefix, namespace, override=True, replace=True)


def _union(kg: KnowledgeGraph, include_reference: bool) -> Graph:
    merged = Graph()
    _bind(merged)
    triples: set[tuple[Node, Node, Node]] = set()
    for _, graph in kg.iter_graphs(include_reference):
        triples.update(graph)
    for triple in sorted(triples):
        merged.add(triple)
    return merged


def _dataset(kg: KnowledgeGraph, include_reference: bool) -> Dataset:
    ds = Dataset()
    _bind(ds)
    for name, graph in kg.iter_graphs(include_reference):
        target = ds.graph(name)
        for triple in sorted(graph):
            target.add(triple)
    return ds


def serialize_store(
    kg: KnowledgeGraph, fmt: str = "turtle", include_reference: bool = True
) -> bytes:
    """Return the store serialised as ``fmt`` (one of :data:`FORMATS`).

    Raises:
        WriterError: If ``fmt`` is unknown.
    """
    if fmt not in FORMATS:
        raise WriterError(f"unknown RDF format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}")
    if fmt == "trig":
        with warnings.catch_warnings():
            # rdflib's own TriG serializer still calls its deprecated Dataset.contexts
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
            data = _dataset(kg, include_reference).serialize(format="trig", encoding="utf-8")
    else:
        data = _union(kg, include_reference).serialize(format=FORMATS[fmt], encoding="utf-8")
    if fmt == "nt":
        lines = sorted(set(data.decode("utf-8").splitlines()) - {""})
        data = ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "jsonld":
        data = _sorted_jsonld(data)
    return data


def _sorted_jsonld(data: bytes) -> bytes:
    """Return JSON-LD with every array sorted; without @list containers arrays are sets."""
    document = _sort_arrays(json.loads(data))
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _sort_arrays(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sort_arrays(item) for key, item in value.items()}
    if isinstance(value, list):
        items = (_sort_arrays(item) for item in value)
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value


def write_store(
    kg: KnowledgeGraph, path: str | Path, fmt: str = "turtle", include_reference: bool = True
) -> int:
    """Write the store to ``path``; return the number of bytes written.

    Raises:
        WriterError: If the file cannot be written.
    """
    data = serialize_store(kg, fmt, include_reference)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise WriterError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return len(data)
