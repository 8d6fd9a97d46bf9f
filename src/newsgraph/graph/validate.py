"""SHACL validation of newsgraph instance data against the shipped shapes.

:func:`validate` runs pyshacl with ``shapes.ttl`` on a copy of the data merged with the ontology
and the CAMEO codebook (:func:`newsgraph.ontology.reference_graph`), so ``sh:class`` follows
the class hierarchy and the CAMEO notation checks see the codebook. The merge is done here,
not through pyshacl's ``ont_graph``, because pyshacl only copies class and property axioms from
``ont_graph``, not the codebook's concepts. No RDFS inference runs: the data asserts all its
types already (``types_for``), and inference would be slower without helping the shapes.
Warnings (such as an unknown speaker) are reported but do not make the data non-conforming.
:func:`validate_file` reads a file by its extension first.

Example:
    >>> from rdflib import Graph
    >>> validate(Graph()).conforms
    True
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from newsgraph.errors import ValidationError
from newsgraph.ontology import load_shapes_graph, reference_graph

__all__ = [
    "FORMATS",
    "ValidationIssue",
    "ValidationReport",
    "read_data_file",
    "validate",
    "validate_file",
]

log = logging.getLogger(__name__)

#: rdflib parser name for each file extension :func:`validate_file` accepts.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
_QUAD_FORMATS = frozenset({"trig", "nquads", "json-ld"})


class ValidationIssue(NamedTuple):
    """One SHACL result: the node at fault, the property path, what is wrong and how badly."""

    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL run.

    Attributes:
        conforms: True when no result has severity Violation.
        results: Every result, sorted, including warnings.
        text: pyshacl's human-readable report.
    """

    conforms: bool
    results: list[ValidationIssue] = field(default_factory=list)
    text: str = ""


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` against the newsgraph shapes.

    Args:
        data: Instance data; the ontology and codebook need not be in it.

    Raises:
        ValidationError: If pyshacl cannot run on the data.
    """
    from pyshacl import validate as shacl_validate  # heavy import, needed only here
    from pyshacl.errors import ReportableRuntimeError

    try:
        conforms, results, text = shacl_validate(
            _with_reference(data),
            shacl_graph=load_shapes_graph(),
            inference="none",
            allow_warnings=True,
            inplace=True,  # the merged copy is ours to use
        )
    except ReportableRuntimeError as exc:
        raise ValidationError(f"SHACL validation could not run: {exc}") from exc
    issues = _issues(results)
    log.info("SHACL: conforms=%s, %d result(s)", conforms, len(issues))
    return ValidationReport(bool(conforms), issues, str(text))


def _with_reference(data: Graph) -> Graph:
    merged = Graph()
    for part in (data, reference_graph()):
        for triple in part:
            merged.add(triple)
    return merged


def _issues(results: Graph) -> list[ValidationIssue]:
    return sorted(
        ValidationIssue(
            focus=str(results.value(node, SH.focusNode)),
            path=_render_path(results, results.value(node, SH.resultPath)),
            message=_first(results, node, SH.resultMessage),
            severity=str(results.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
        )
        for node in results.subjects(RDF.type, SH.ValidationResult)
    )


def _first(results: Graph, node: Node, predicate: URIRef) -> str:
    values = sorted(str(v) for v in results.objects(node, predicate))
    return values[0] if values else ""


def _render_path(results: Graph, path: Node | None) -> str:
    if path is None:
        return ""
    if isinstance(path, BNode) and results.value(path, RDF.first) is not None:
        return "/".join(_render_path(results, step) for step in Collection(results, path))
    return str(path)


def validate_file(path: str | Path) -> ValidationReport:
    """Read an RDF file (format from its extension) and validate it.

    Raises:
        ValidationError: If the file is missing, unreadable, of an unknown extension or not
            parsable, naming the file; or if pyshacl cannot run.
    """
    return validate(read_data_file(path))


def read_data_file(path: str | Path) -> Graph:
    """Parse a Turtle, TriG, N-Triples, N-Quads or JSON-LD file into one graph (all graphs merged).

    Raises:
        ValidationError: If the file is missing, unreadable, of an unknown extension or not
            parsable; the message names the file.
    """
    source = Path(path)
    fmt = FORMATS.get(source.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise ValidationError(f"{source}: unknown RDF file extension (expected one of {known})")
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{source}: cannot read file: {exc}") from exc
    return _parse(text, fmt, source)


def _parse(text: str, fmt: str, source: Path) -> Graph:
    try:
        if fmt not in _QUAD_FORMATS:
            return Graph().parse(data=text, format=fmt)
        dataset = Dataset()
        with warnings.catch_warnings():
            # rdflib's own quad parsers still use its deprecated ConjunctiveGraph API
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
            dataset.parse(data=text, format=fmt)
    except Warning:
        raise
    except Exception as exc:  # rdflib's parsers raise many unrelated types on bad input
        raise ValidationError(f"{source}: not valid {fmt}: {exc}") from exc
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged
