"""Run an extractor or spaCy pipelines over gold data and score the result.

The extractor is injectable: any ``Callable[[Iterable[Article]], Iterator[Extraction]]`` works,
so tests pass a fake and the default is :func:`newsgraph.loaders.mapping.extract` (imported
lazily, so this module imports without spaCy). Progress reporting is injectable too, because the
library never prints: the CLI passes a progress-bar wrapper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsgraph.errors import EvaluationError
from newsgraph.evaluation.entity_scores import evaluate_pipelines, is_prose, read_conll
from newsgraph.evaluation.polnear import GoldDocument, read_split, to_articles
from newsgraph.evaluation.predictions import Prediction, predictions_from, sort_predictions
from newsgraph.evaluation.scoring import PolnearScores, score_documents
from newsgraph.model import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "ConllRun",
    "Extractor",
    "PolnearRun",
    "Progress",
    "default_extractor",
    "default_pipelines",
    "evaluate_conll",
    "evaluate_polnear",
]

T = TypeVar("T")
Extractor = Callable[[Iterable[Article]], Iterator[Extraction]]
Progress = Callable[[Iterable[T], int, str], Iterable[T]]
"""Wraps a stream to report progress: ``(items, expected count, description) -> items``."""


@dataclass(frozen=True)
class PolnearRun:
    """Scores of a PolNeAR run, with what was predicted (in file order)."""

    documents: list[GoldDocument]
    predictions: list[Prediction]
    scores: PolnearScores


@dataclass(frozen=True)
class ConllRun:
    """Entity scores per pipeline on the prose sentences of a CoNLL file."""

    sentences: int
    prose_sentences: int
    scores: dict[str, dict[str, dict[str, float]]]

    def to_dict(self) -> dict[str, object]:
        """Return counts, scores and the F1 deltas of later pipelines over the first."""
        return {
            "sentences": self.sentences,
            "prose_sentences": self.prose_sentences,
            "scores": self.scores,
            "f1_delta": self.f1_delta(),
        }

    def f1_delta(self) -> dict[str, dict[str, float]]:
        """Return ``{pipeline: {type: F1 minus the first pipeline's}}`` for the others."""
        names = list(self.scores)
        if not names:
            return {}
        base = self.scores[names[0]]
        return {
            name: {kind: row["f1"] - base[kind]["f1"] for kind, row in self.scores[name].items()}
            for name in names[1:]
        }


def default_extractor(workers: int = 1) -> Extractor:
    """Return newsgraph's extractor with ``workers`` spaCy processes."""

    def run(articles: Iterable[Article]) -> Iterator[Extraction]:
        from newsgraph.loaders.mapping.extract import extract  # lazy: spaCy loads when run

        return extract(articles, n_process=workers)

    return run


def _no_progress(items: Iterable[T], total: int, description: str) -> Iterable[T]:
    """Return the items unchanged."""
    return items


def evaluate_polnear(
    split_dir: str | Path,
    extractor: Extractor | None = None,
    limit: int | None = None,
    workers: int = 1,
    progress: Progress[Extraction] | None = None,
) -> PolnearRun:
    """Extract from every text of a PolNeAR split and score against its gold.

    Args:
        split_dir: Folder with ``text/`` and ``attributions/``.
        extractor: Articles -> extractions; newsgraph's own when ``None``.
        limit: Only the first ``limit`` texts by name.
        workers: spaCy processes for the default extractor.
        progress: Optional progress wrapper around the extraction stream.

    Raises:
        EvaluationError: If the folder is missing, not a split, or its gold is malformed.
    """
    if not Path(split_dir).is_dir():
        raise EvaluationError(f"{split_dir}: no such folder")
    documents = read_split(split_dir, limit)
    run = extractor or default_extractor(workers)
    extractions = (progress or _no_progress)(run(to_articles(documents)), len(documents), "extract")
    predictions = sort_predictions(p for e in extractions for p in predictions_from(e))
    return PolnearRun(documents, predictions, score_documents(documents, predictions))


def default_pipelines(model: str | None = None) -> dict[str, Language]:
    """Return the bare spaCy model (``spacy.load``) and newsgraph's pipeline on the same model.

    Raises:
        ExtractionError: If the model cannot be loaded (raised by ``load_pipeline``).
    """
    # lazy: keeps this module importable without loading spaCy
    from newsgraph.loaders.mapping.pipeline import load_bare_pipeline, load_pipeline

    return {"spacy": load_bare_pipeline(model), "newsgraph": load_pipeline(model)}


def evaluate_conll(
    path: str | Path,
    pipelines: dict[str, Language] | None = None,
    limit: int | None = None,
    progress: Progress[str] | None = None,
) -> ConllRun:
    """Score person/organisation recognition of each pipeline on a CoNLL file's prose.

    Args:
        path: An IOB2 file.
        pipelines: Name -> pipeline; the first is the baseline. :func:`default_pipelines`
            when ``None``.
        limit: Only the first ``limit`` prose sentences.
        progress: Optional progress wrapper around each pipeline's text stream.

    Raises:
        EvaluationError: If the file is missing or malformed.
    """
    sentences = read_conll(path)
    prose = [sentence for sentence in sentences if is_prose(sentence)][:limit]
    wrap = progress or _no_progress
    scores = evaluate_pipelines(
        prose,
        pipelines if pipelines is not None else default_pipelines(),
        progress=lambda texts, name: wrap(texts, len(prose), name),
    )
    return ConllRun(len(sentences), len(prose), scores)
