"""The embedded knowledge graph: an Oxigraph store, one named graph per article.

:class:`KnowledgeGraph` keeps each article's facts in the named graph whose name is the
article's IRI, so re-ingesting an article replaces exactly what it supported and removing it
removes nothing else. Reference data (the ontology and the CAMEO codebook) lives in its own
named graph. The store is a folder on disk (``KnowledgeGraph(path)``) or memory
(``KnowledgeGraph()``, for tests).

Actors shared between articles (``per:benjamin-netanyahu``) are the same IRI in every article
graph, so the union view merges them without any copying.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from newsgraph.errors import QueryError, StoreError
from newsgraph.ontology.namespaces import BASE, DEFAULT_PREFIXES

__all__ = ["REFERENCE_GRAPH", "KnowledgeGraph", "normalize_literal"]

log = logging.getLogger(__name__)

#: Named graph holding the ontology and the CAMEO codebook.
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
_DEFAULT_GRAPH = URIRef("urn:x-rdflib:default")


def normalize_literal(term: Node) -> Node:
    """Return ``term`` with an explicit ``xsd:string`` datatype dropped (RDF 1.1 equivalence).

    Oxigraph reports plain literals as ``xsd:string`` typed, rdflib keeps them apart; this
    makes both sides compare equal.

    Example:
        >>> normalize_literal(Literal("x", datatype=XSD.string)) == Literal("x")
        True
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _projected(sparql: str) -> set[str]:
    """Return the names of the variables a SELECT query projects (empty if not a SELECT)."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(sparql).algebra
    except Exception as exc:  # pyparsing and rdflib raise several types
        raise QueryError(f"SPARQL does not parse: {exc}") from exc
    return {str(v) for v in algebra.get("PV") or ()}


class KnowledgeGraph:
    """An Oxigraph-backed dataset with one named graph per article.

    Args:
        path: Folder to persist the store in; created if missing. ``None`` keeps it in memory.

    Raises:
        StoreError: If the folder cannot be opened (not a store, locked by another process).

    Example:
        >>> kg = KnowledgeGraph()
        >>> kg.articles()
        []
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._ox = self._open_folder(self.path) if self.path is not None else ox.Store()
        self._ds = Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    @staticmethod
    def _open_folder(path: Path) -> ox.Store:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: store path exists and is not a folder")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(path))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush and close the store (again is a no-op); the object is unusable afterwards."""
        store = self.__dict__.pop("_ox", None)  # the last reference: the folder lock goes
        if store is not None:
            store.flush()
            self._ds.close()

    # -- writing -------------------------------------------------------------------------

    def replace_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Replace the named graph ``name`` by ``triples``; return how many were stored.

        This is how an article is (re-)ingested: its old facts go, its new facts come, and
        every other article's facts stay untouched.
        """
        self.remove_graph(name)
        target = self._ds.graph(name)
        quads = [(s, p, o, target) for s, p, o in triples]
        target.addN(quads)
        log.debug("stored %d triples in %s", len(quads), name)
        return len(quads)

    def remove_graph(self, name: URIRef) -> None:
        """Remove the named graph ``name`` and all its triples (no error if absent)."""
        self._ds.remove_graph(self._ds.graph(name))

    def ensure_reference_data(self, graph: Graph) -> None:
        """Store the ontology and codebook triples once (replaced when they changed)."""
        current = self._ds.graph(REFERENCE_GRAPH)
        if len(current) != len(graph):
            self.replace_graph(REFERENCE_GRAPH, graph)

    # -- reading -------------------------------------------------------------------------

    def graph_names(self) -> list[URIRef]:
        """Return the names of all non-empty named graphs, sorted."""
        names = {
            g.identifier for g in self._ds.graphs() if g.identifier != _DEFAULT_GRAPH and len(g) > 0
        }
        return sorted(URIRef(str(n)) for n in names)

    def articles(self) -> list[URIRef]:
        """Return the IRIs of the stored articles, sorted."""
        return [n for n in self.graph_names() if n != REFERENCE_GRAPH]

    def named_graph(self, name: URIRef, terms: _TermCache | None = None) -> Graph:
        """Return a detached in-memory copy of one named graph (literals normalised).

        Read straight from Oxigraph with each distinct term converted once (``terms`` may be
        shared between calls): going through the rdflib store adapter re-validated every IRI
        of every triple and took two thirds of a 600-article push.
        """
        terms = terms if terms is not None else _TermCache()
        copy = Graph()
        copy.addN(
            (terms.get(q.subject), terms.get(q.predicate), terms.get(q.object), copy)
            for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))
        )
        return copy

    def iter_graphs(self, include_reference: bool = True) -> Iterator[tuple[URIRef, Graph]]:
        """Yield ``(name, graph copy)`` for each named graph, in sorted order."""
        terms = _TermCache()
        for name in self.graph_names():
            if include_reference or name != REFERENCE_GRAPH:
                yield name, self.named_graph(name, terms)

    def union(self, include_reference: bool = True) -> Graph:
        """Return the union of all named graphs as one in-memory graph with our prefixes."""
        merged = Graph()
        for prefix, namespace in DEFAULT_PREFIXES:
            merged.bind(prefix, namespace, override=True, replace=True)
        for _, graph in self.iter_graphs(include_reference):
            merged += graph
        return merged

    def __len__(self) -> int:
        return sum(len(self._ds.graph(n)) for n in self.graph_names())

    def select(
        self, sparql: str, bindings: Mapping[str, Node] | None = None
    ) -> tuple[list[str], list[list[Node | None]]]:
        """Run a SPARQL SELECT over the union of all graphs; values bound, never spliced.

        Args:
            sparql: The query text (prefixes must be declared; see ``queries.sparql``).
            bindings: Values for variables, passed to the engine as bindings.

        Returns:
            The variable names and one list of terms per row (None where unbound).

        Raises:
            QueryError: If the query does not parse, fails, or is not a SELECT.
        """
        values: dict[str, Identifier] = {
            k: v for k, v in (bindings or {}).items() if isinstance(v, Identifier)
        }
        try:
            if values and not set(values) <= _projected(sparql):
                # Oxigraph binds only projected variables; rdflib's engine binds any, on a copy.
                result = self.union().query(sparql, initBindings=values)
            else:
                result = self._ds.query(sparql, initBindings=values)
        except QueryError:
            raise
        except Exception as exc:  # the engines raise many unrelated types
            raise QueryError(f"SPARQL failed: {exc}") from exc
        if result.type != "SELECT":
            raise QueryError(f"only SELECT queries are supported here, got {result.type}")
        columns = [str(v) for v in result.vars or ()]
        rows = [[normalize_literal(t) if t is not None else None for t in row] for row in result]  # type: ignore[union-attr]
        return columns, rows

    def query(
        self, sparql: str, bindings: Mapping[str, Node] | None = None
    ) -> list[dict[str, Node]]:
        """Run a SPARQL SELECT and return one dict per row (unbound variables left out).

        Raises:
            QueryError: As :meth:`select`.
        """
        columns, rows = self.select(sparql, bindings)
        return [{c: t for c, t in zip(columns, row, strict=True) if t is not None} for row in rows]


class _TermCache:
    """Convert Oxigraph terms to rdflib terms, each distinct term once, literals normalised."""

    def __init__(self) -> None:
        self._done: dict[object, Node] = {}

    def get(self, term: object) -> Node:
        """Return the rdflib form of an Oxigraph named node, blank node or literal."""
        found = self._done.get(term)
        if found is None:
            if len(self._done) >= _TERM_CACHE_SIZE:
                self._done.clear()  # bounded memory on very large stores
            found = self._done[term] = _from_ox(term)
        return found


_TERM_CACHE_SIZE = 500_000


def _from_ox(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return normalize_literal(Literal(term.value, datatype=URIRef(term.datatype.value)))
    raise StoreError(f"unexpected term in the store: {term!r}")
