"""What the extractor predicted, as character fragments, and its JSON-lines form.

Each statement or appeal of an :class:`~newsgraph.model.Extraction` becomes one
:class:`Prediction`. The JSON-lines form (``newsgraph eval polnear --predictions FILE``) is one
object per line with the keys ``doc``, ``kind``, ``speaker``, ``cue``, ``content`` and
``addressee``; spans are lists of ``[start, end]`` fragments (or ``null``). For an appeal the
content is the requested action. Lines are sorted by document, then by content start, so the
same extraction always gives the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import EvaluationError
from newsgraph.evaluation.polnear import Fragments
from newsgraph.model import ActorRef, Appeal, Extraction, Span, Statement

__all__ = [
    "Prediction",
    "prediction_lines",
    "predictions_from",
    "sort_predictions",
    "write_predictions",
]


@dataclass(frozen=True)
class Prediction:
    """One predicted statement or appeal; ``None`` means the role was not found."""

    doc: str
    kind: str
    speaker: Fragments | None
    cue: Fragments | None
    content: Fragments
    addressee: Fragments | None = None
    direct: bool = False

    def to_json(self) -> dict[str, object]:
        """Return the JSON-lines object (keys in the documented order)."""
        return {
            "doc": self.doc,
            "kind": self.kind,
            "speaker": _listed(self.speaker),
            "cue": _listed(self.cue),
            "content": _listed(self.content),
            "addressee": _listed(self.addressee),
        }

    def sort_key(self) -> tuple[object, ...]:
        """Order by document, then content start, with every field as a tie-breaker."""
        start = self.content[0][0] if self.content else -1
        return (
            self.doc,
            start,
            self.kind,
            self.content,
            self.speaker or (),
            self.cue or (),
            self.addressee or (),
        )


def _listed(fragments: Fragments | None) -> list[list[int]] | None:
    """Return fragments as JSON lists, keeping ``None``."""
    return None if fragments is None else [[start, end] for start, end in fragments]


def _fragments(span: Span | None) -> Fragments | None:
    """Return a single span as fragments, or ``None``."""
    return None if span is None else ((span.start, span.end),)


def _mention(actor: ActorRef | None) -> Fragments | None:
    """Return the mention span of an actor reference, or ``None``."""
    return None if actor is None else _fragments(actor.span)


def _from_statement(doc: str, statement: Statement) -> Prediction:
    """Convert one statement."""
    content = tuple(sorted((span.start, span.end) for span in statement.content))
    return Prediction(
        doc,
        "statement",
        _mention(statement.speaker),
        _fragments(statement.cue),
        content,
        None,
        statement.direct,
    )


def _from_appeal(doc: str, appeal: Appeal) -> Prediction:
    """Convert one appeal; its content is the requested action."""
    return Prediction(
        doc,
        "appeal",
        _mention(appeal.speaker),
        _fragments(appeal.cue),
        ((appeal.action.span.start, appeal.action.span.end),),
        _mention(appeal.addressee),
    )


def predictions_from(extraction: Extraction) -> list[Prediction]:
    """Return the statements and appeals of one extraction as sorted predictions.

    Example:
        >>> from newsgraph.model import Article
        >>> predictions_from(Extraction(Article("a", "text")))
        []
    """
    doc = extraction.article.id
    predictions = [_from_statement(doc, statement) for statement in extraction.statements]
    predictions += [_from_appeal(doc, appeal) for appeal in extraction.appeals]
    return sort_predictions(predictions)


def sort_predictions(predictions: Iterable[Prediction]) -> list[Prediction]:
    """Return predictions in the deterministic file order."""
    return sorted(predictions, key=Prediction.sort_key)


def prediction_lines(predictions: Iterable[Prediction]) -> Iterator[str]:
    """Yield one JSON line (without newline) per prediction, in file order."""
    for prediction in sort_predictions(predictions):
        yield json.dumps(prediction.to_json(), ensure_ascii=False)


def write_predictions(predictions: Iterable[Prediction], path: str | Path) -> int:
    """Write predictions as JSON lines (UTF-8, ``\\n`` endings); return how many.

    Overwrites ``path``; writing the same predictions twice gives the same bytes.

    Raises:
        EvaluationError: If the file cannot be written.
    """
    lines = list(prediction_lines(predictions))
    try:
        with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(line + "\n" for line in lines)
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot write predictions ({exc.strerror})") from exc
    return len(lines)
