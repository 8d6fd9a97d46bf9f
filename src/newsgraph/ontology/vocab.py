"""Python constants for the ontology's terms that fail loudly on a typo.

``V.Person`` is the IRI of ``nkg:Person``; ``V.Persn`` raises :class:`UnknownTermError`
instead of silently minting a new IRI as a plain :class:`rdflib.Namespace` would. The set of
known terms is the mapping table plus the few ``nkg`` terms that are not mapped (ontology-level
annotations), so code cannot use a term the property-graph writers do not understand.
"""

from __future__ import annotations

from functools import cache

from rdflib import URIRef

from newsgraph.errors import UnknownTermError
from newsgraph.ontology.mapping import all_rows
from newsgraph.ontology.namespaces import NKG

__all__ = ["V", "Vocabulary", "known_terms"]


@cache
def known_terms() -> frozenset[str]:
    """Return the local names of every ``nkg`` term in the mapping table."""
    prefix = str(NKG)
    rows = all_rows()
    return frozenset(str(row.iri)[len(prefix) :] for row in rows if str(row.iri).startswith(prefix))


class Vocabulary:
    """Attribute access to ``nkg`` terms; unknown names raise :class:`UnknownTermError`.

    Example:
        >>> V.Appeal == NKG.Appeal
        True
    """

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__") or name not in known_terms():
            raise UnknownTermError(f"nkg:{name} is not a term of the newsgraph ontology")
        return NKG[name]

    def __getitem__(self, name: str) -> URIRef:
        return self.__getattr__(name)


V = Vocabulary()
