"""Score predicted statements and appeals against PolNeAR gold relations.

Matching (issue 3): a prediction matches a gold relation when their content fragments overlap
by at least half of the shorter one (total overlapping characters against the smaller total
length). Within a document, pairs are matched one-to-one, greedily: the pair with the most
overlapping characters first, ties broken by speaker right, cue right, then gold and prediction
order, so the result is deterministic.

Given a match, the speaker is right when the predicted speaker mention overlaps the gold Source
(or, when the gold has no Source, when nothing was predicted); the cue likewise. Scores are
given at three levels: ``content``, ``content+speaker`` and ``content+speaker+cue``.

Direct quotes: a gold relation is direct when its content, stripped of whitespace, starts or
ends with a quote mark (straight or curly, single or double). For precision over direct quotes
the predictions counted are those flagged ``direct`` or whose content text starts or ends with
a quote mark; a prediction is correct when it is matched (in the matching over all relations).

Appeals: gold relations whose cue is an appeal verb (:data:`APPEAL_CUE`) are matched against
all predictions (statements and appeals, an appeal's content being its requested action), and
only recall is computed; the hand check gives appeal precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsgraph.evaluation.polnear import Fragments, GoldDocument, GoldRelation
from newsgraph.evaluation.predictions import Prediction

__all__ = [
    "APPEAL_CUE",
    "LEVELS",
    "QUOTE_MARKS",
    "AppealTally",
    "PolnearScores",
    "Tally",
    "content_overlap",
    "is_appeal_cue",
    "is_quoted",
    "match",
    "score_documents",
]

LEVELS = ("content", "content+speaker", "content+speaker+cue")
QUOTE_MARKS = "\"'“”‘’„‟«»‹›"
APPEAL_CUE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|appeal(?:s|ed|ing)?"
    r"|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|plead(?:s|ed|ing)?|pled|implor(?:e|es|ed|ing)"
    r"|request(?:s|ed|ing)?|encourag(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
"""Appeal verbs in any inflection, including the noun forms "call for", "appeal", "request"."""


def _ratio(part: float, whole: float) -> float:
    """Return ``part / whole``, 0 when ``whole`` is 0."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of precision and recall (0 when both are 0)."""
    return _ratio(2 * precision * recall, precision + recall)


@dataclass
class Tally:
    """Counts behind precision and recall at each level.

    ``gold_hits`` counts gold relations matched at a level (recall numerator) and
    ``predicted_hits`` predictions matched at a level (precision numerator); they differ only for
    subsets such as direct quotes.
    """

    gold: int = 0
    predicted: int = 0
    gold_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    predicted_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    def scores(self) -> dict[str, dict[str, float]]:
        """Return ``{level: {"precision", "recall", "f1"}}``."""
        result = {}
        for level in LEVELS:
            precision = _ratio(self.predicted_hits[level], self.predicted)
            recall = _ratio(self.gold_hits[level], self.gold)
            result[level] = {"precision": precision, "recall": recall, "f1": f1(precision, recall)}
        return result

    def to_dict(self) -> dict[str, object]:
        """Return counts and scores as JSON-ready data."""
        return {"gold": self.gold, "predicted": self.predicted, **self.scores()}


@dataclass
class AppealTally:
    """Recall over gold relations with an appeal cue, and how many appeals were predicted."""

    gold: int = 0
    content_hits: int = 0
    speaker_hits: int = 0
    predicted_appeals: int = 0

    def to_dict(self) -> dict[str, object]:
        """Return counts and recalls as JSON-ready data."""
        return {
            "gold": self.gold,
            "predicted_appeals": self.predicted_appeals,
            "content_recall": _ratio(self.content_hits, self.gold),
            "content+speaker_recall": _ratio(self.speaker_hits, self.gold),
        }


@dataclass
class PolnearScores:
    """Scores of one run over a PolNeAR split."""

    documents: int = 0
    all: Tally = field(default_factory=Tally)
    direct: Tally = field(default_factory=Tally)
    appeals: AppealTally = field(default_factory=AppealTally)

    def to_dict(self) -> dict[str, object]:
        """Return everything as JSON-ready data (what ``--json`` prints)."""
        return {
            "documents": self.documents,
            "all": self.all.to_dict(),
            "direct": self.direct.to_dict(),
            "appeals": self.appeals.to_dict(),
        }


def _length(fragments: Fragments) -> int:
    """Total number of characters the fragments cover."""
    return sum(end - start for start, end in fragments)


def _overlap(first: Fragments, second: Fragments) -> int:
    """Characters shared by two fragment lists (fragments within a list do not overlap)."""
    return sum(
        max(0, min(end_a, end_b) - max(start_a, start_b))
        for start_a, end_a in first
        for start_b, end_b in second
    )


def content_overlap(predicted: Fragments, gold: Fragments) -> int:
    """Return the shared characters when they reach half of the shorter content, else 0.

    Example:
        >>> content_overlap(((0, 10),), ((5, 30),))  # 5 of the shorter 10
        5
        >>> content_overlap(((0, 10),), ((6, 30),))
        0
    """
    shared = _overlap(predicted, gold)
    shorter = min(_length(predicted), _length(gold))
    return shared if shared and 2 * shared >= shorter else 0


def role_right(predicted: Fragments | None, gold: Fragments) -> bool:
    """Return whether a predicted role agrees with the gold one (overlap, or both absent)."""
    if not gold:
        return not predicted
    return bool(predicted) and _overlap(predicted or (), gold) > 0


def _agreement(prediction: Prediction, relation: GoldRelation) -> tuple[bool, bool]:
    """Return (speaker right, cue right) for a matched pair."""
    return role_right(prediction.speaker, relation.source), role_right(prediction.cue, relation.cue)


def match(predictions: Sequence[Prediction], relations: Sequence[GoldRelation]) -> dict[int, int]:
    """Match predictions to gold relations one-to-one; return ``{gold index: prediction index}``."""
    candidates = []
    for gold_index, relation in enumerate(relations):
        for predicted_index, prediction in enumerate(predictions):
            shared = content_overlap(prediction.content, relation.content)
            if shared:
                speaker, cue = _agreement(prediction, relation)
                candidates.append((-shared, not speaker, not cue, gold_index, predicted_index))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, gold_index, predicted_index in sorted(candidates):
        if gold_index not in pairs and predicted_index not in used:
            pairs[gold_index] = predicted_index
            used.add(predicted_index)
    return pairs


def _levels(prediction: Prediction, relation: GoldRelation) -> list[str]:
    """Return the levels at which a matched pair is correct."""
    speaker, cue = _agreement(prediction, relation)
    return list(LEVELS[: 1 + speaker + (speaker and cue)])


def fragments_text(text: str, fragments: Fragments) -> str:
    """Return the text of fragments joined by a space."""
    return " ".join(text[start:end] for start, end in fragments)


def is_quoted(text: str, fragments: Fragments) -> bool:
    """Return whether the fragments' text starts or ends with a quote mark.

    Example:
        >>> is_quoted(' "Go," she said', ((0, 6),))
        True
    """
    content = fragments_text(text, fragments).strip()
    return bool(content) and (content[0] in QUOTE_MARKS or content[-1] in QUOTE_MARKS)


def is_appeal_cue(text: str, fragments: Fragments) -> bool:
    """Return whether a cue is an appeal verb (urged, called on, asks, ...).

    Example:
        >>> is_appeal_cue("They called on him", ((5, 14),))
        True
    """
    return bool(fragments) and APPEAL_CUE.search(fragments_text(text, fragments)) is not None


def _tally_document(
    scores: PolnearScores, document: GoldDocument, predictions: Sequence[Prediction]
) -> None:
    """Add one document's statement matches to the all and direct tallies."""
    statements = [p for p in predictions if p.kind == "statement"]
    pairs = match(statements, document.relations)
    gold_direct = {
        i for i, r in enumerate(document.relations) if is_quoted(document.text, r.content)
    }
    predicted_direct = {
        i for i, p in enumerate(statements) if p.direct or is_quoted(document.text, p.content)
    }
    _count(scores.all, len(document.relations), len(statements))
    _count(scores.direct, len(gold_direct), len(predicted_direct))
    for gold_index, predicted_index in pairs.items():
        for level in _levels(statements[predicted_index], document.relations[gold_index]):
            _hit(scores.all, level, gold=True, predicted=True)
            _hit(
                scores.direct, level, gold_index in gold_direct, predicted_index in predicted_direct
            )


def _count(tally: Tally, gold: int, predicted: int) -> None:
    """Add to the denominators of a tally."""
    tally.gold += gold
    tally.predicted += predicted


def _hit(tally: Tally, level: str, gold: bool, predicted: bool) -> None:
    """Add a correct pair at ``level`` to the recall and/or precision numerators."""
    tally.gold_hits[level] += gold
    tally.predicted_hits[level] += predicted


def _tally_appeals(
    scores: PolnearScores, document: GoldDocument, predictions: Sequence[Prediction]
) -> None:
    """Add one document's appeal-cue recall, matching against all predictions."""
    relations = [r for r in document.relations if is_appeal_cue(document.text, r.cue)]
    tally = scores.appeals
    tally.gold += len(relations)
    tally.predicted_appeals += sum(1 for p in predictions if p.kind == "appeal")
    for gold_index, predicted_index in match(predictions, relations).items():
        tally.content_hits += 1
        speaker, _ = _agreement(predictions[predicted_index], relations[gold_index])
        tally.speaker_hits += speaker


def score_documents(
    documents: Iterable[GoldDocument], predictions: Iterable[Prediction]
) -> PolnearScores:
    """Score predictions against the gold of the given documents.

    Predictions for documents not in ``documents`` are ignored; documents without predictions
    count as all missed.
    """
    by_doc: dict[str, list[Prediction]] = {}
    for prediction in predictions:
        by_doc.setdefault(prediction.doc, []).append(prediction)
    scores = PolnearScores()
    for document in documents:
        document_predictions = by_doc.get(document.stem, [])
        scores.documents += 1
        _tally_document(scores, document, document_predictions)
        _tally_appeals(scores, document, document_predictions)
    return scores
