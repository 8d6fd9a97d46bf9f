"""The main job: read articles, extract their facts, store one named graph per article.

:func:`build_paths` is what ``newsgraph build`` and ``newsgraph demo`` run. Every input file
is read and checked before any extraction starts, so a bad file fails fast with its name and
nothing already in the store is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from newsgraph.graph.facts import extraction_graph
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.loaders.text import load_paths
from newsgraph.model import Article, Extraction
from newsgraph.queries.sparql import prefixed

__all__ = ["ArticleSummary", "BuildReport", "build_articles", "build_paths"]


@dataclass(frozen=True)
class ArticleSummary:
    """What was found in one article."""

    source: str
    iri: str
    entities: int
    statements: int
    appeals: int
    triples: int


@dataclass
class BuildReport:
    """What a build stored, article by article."""

    articles: list[ArticleSummary] = field(default_factory=list)

    @property
    def statements(self) -> int:
        """Statements stored in this build."""
        return sum(a.statements for a in self.articles)

    @property
    def appeals(self) -> int:
        """Appeals stored in this build."""
        return sum(a.appeals for a in self.articles)

    @property
    def triples(self) -> int:
        """Triples stored in this build."""
        return sum(a.triples for a in self.articles)


_SAME_SOURCE = """
SELECT ?article ?source WHERE { ?article a nkg:Article ; nkg:sourcePath ?source }
"""


def _drop_older_versions(kg: KnowledgeGraph, source: str, keep: URIRef) -> None:
    """Remove articles read earlier from the same source file (an edited file's old text)."""
    if not source:
        return
    _, rows = kg.select(prefixed(_SAME_SOURCE), {"source": Literal(source)})
    for article, _ in rows:
        if article != keep and isinstance(article, URIRef):
            kg.remove_graph(article)


def _store_extraction(kg: KnowledgeGraph, extraction: Extraction, version: str) -> ArticleSummary:
    article_iri, graph = extraction_graph(extraction, version)
    _drop_older_versions(kg, extraction.article.source, article_iri)
    stored = kg.replace_graph(article_iri, sorted(graph))
    return ArticleSummary(
        source=extraction.article.source,
        iri=str(article_iri),
        entities=len(extraction.entities),
        statements=len(extraction.statements),
        appeals=len(extraction.appeals),
        triples=stored,
    )


def build_articles(
    articles: Sequence[Article],
    kg: KnowledgeGraph,
    n_process: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Extract ``articles`` and (re)place each one's facts in ``kg``.

    Re-building an article replaces exactly the facts it supported; the ontology and CAMEO
    codebook are stored once as reference data.
    """
    from newsgraph.loaders.mapping.extract import EXTRACTOR_VERSION, extract
    from newsgraph.ontology import reference_graph

    kg.ensure_reference_data(reference_graph())
    report = BuildReport()
    for extraction in extract(articles, batch_size=batch_size, n_process=n_process):
        report.articles.append(_store_extraction(kg, extraction, EXTRACTOR_VERSION))
        if progress is not None:
            progress(1)
    return report


def build_paths(
    paths: Iterable[str | Path],
    kg: KnowledgeGraph,
    n_process: int = 1,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Read every article under ``paths`` (all checked first), then build them into ``kg``.

    Raises:
        LoaderError: If any path is missing, unreadable, not UTF-8 or empty; nothing is
            stored then.
    """
    articles = list(load_paths(paths))
    return build_articles(articles, kg, n_process=n_process, progress=progress)
