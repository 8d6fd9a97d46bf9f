"""Person and organisation recognition scored on CoNLL-2003 (IOB2) prose sentences.

The file has one token per line, ``TOKEN POS CHUNK NE`` (the NE tag is the last column), a blank
line between sentences and ``-DOCSTART-`` lines between documents. Each sentence's text is
rebuilt by joining its tokens with single spaces, so every gold entity has character offsets.

Only *prose sentences* are kept, because headlines, datelines and sports tables in capitals are
not what newsgraph reads: a sentence is prose when it has at least :data:`MIN_PROSE_TOKENS`
tokens, at least one all-lowercase alphabetic token, and its last token is ``.``, ``!``, ``?``
or a closing quote.

Each pipeline (e.g. bare ``spacy.load(model)`` and newsgraph's ``load_pipeline(model)``) tags
the same texts through ``nlp.pipe``; spaCy ``PERSON`` counts as ``PER`` and ``ORG`` as ``ORG``
(other labels are ignored), and an entity is right only with exact start, end and type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import EvaluationError
from newsgraph.evaluation.scoring import f1

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MIN_PROSE_TOKENS",
    "SPACY_TYPES",
    "Sentence",
    "TypeTally",
    "evaluate_pipelines",
    "gold_entities",
    "is_prose",
    "read_conll",
    "score_entities",
]

MIN_PROSE_TOKENS = 6
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG"}
_SENTENCE_END = {".", "!", "?", '"', "''", "”", "’", "'"}
_TAG = re.compile(r"^(?:O|[BI]-[A-Z]+)$")

Entity = tuple[int, int, str]
"""An entity as ``(start char, end char, type)``."""


@dataclass(frozen=True)
class Sentence:
    """One CoNLL sentence with its rebuilt text and gold PER/ORG entities."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    line: int

    @property
    def text(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)


def read_conll(path: str | Path) -> list[Sentence]:
    """Read every sentence of an IOB2 file.

    Raises:
        EvaluationError: If the file is missing, not UTF-8, or a line is malformed.
    """
    if not Path(path).is_file():
        raise EvaluationError(f"{path}: no such file")
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read as UTF-8 ({exc})") from exc
    return list(_sentences(lines, str(path)))


def _sentences(lines: Sequence[str], source: str) -> Iterator[Sentence]:
    """Group token lines into sentences at blank and ``-DOCSTART-`` lines."""
    tokens: list[str] = []
    tags: list[str] = []
    first_line = 0
    for number, line in enumerate([*lines, ""], start=1):
        if not line.strip() or line.startswith("-DOCSTART-"):
            if tokens:
                yield Sentence(tuple(tokens), tuple(tags), first_line)
            tokens, tags = [], []
            continue
        token, tag = _token_and_tag(line, source, number)
        first_line = first_line if tokens else number
        tokens.append(token)
        tags.append(tag)


def _token_and_tag(line: str, source: str, number: int) -> tuple[str, str]:
    """Return the token (first column) and NE tag (last column) of a token line."""
    columns = line.split()
    if len(columns) < 2 or not _TAG.match(columns[-1]):
        raise EvaluationError(f"{source}:{number}: expected 'TOKEN ... TAG' with an IOB2 tag")
    return columns[0], columns[-1]


def is_prose(sentence: Sentence) -> bool:
    """Return whether a sentence is running prose (see the module docstring).

    Example:
        >>> is_prose(Sentence(("He", "said", "it", "was", "over", "."), ("O",) * 6, 1))
        True
        >>> is_prose(Sentence(("LONDON", "1996-08-30"), ("B-LOC", "O"), 1))
        False
    """
    tokens = sentence.tokens
    return (
        len(tokens) >= MIN_PROSE_TOKENS
        and any(token.isalpha() and token.islower() for token in tokens)
        and tokens[-1] in _SENTENCE_END
    )


def gold_entities(sentence: Sentence, types: Iterable[str] = ("PER", "ORG")) -> set[Entity]:
    """Return the sentence's gold entities of ``types`` with character offsets.

    An ``I-`` tag that does not continue an entity of the same type starts a new one.
    """
    wanted = set(types)
    entities: set[Entity] = set()
    current: list[int | str] | None = None
    offset = 0
    for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and current is not None and current[2] == kind:
            current[1] = offset + len(token)
        else:
            _close(current, entities, wanted)
            current = [offset, offset + len(token), kind] if prefix in "BI" and kind else None
        offset += len(token) + 1
    _close(current, entities, wanted)
    return entities


def _close(current: list[int | str] | None, entities: set[Entity], wanted: set[str]) -> None:
    """Add a finished entity when its type is wanted."""
    if current is not None and current[2] in wanted:
        start, end, kind = current
        entities.add((int(start), int(end), str(kind)))


@dataclass
class TypeTally:
    """True positives, gold and predicted counts per entity type."""

    gold: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)

    def add(self, gold: set[Entity], predicted: set[Entity]) -> None:
        """Add one sentence's entities."""
        for counts, entities in (
            (self.gold, gold),
            (self.predicted, predicted),
            (self.correct, gold & predicted),
        ):
            for *_, kind in entities:
                counts[kind] = counts.get(kind, 0) + 1

    def scores(self, types: Sequence[str] = ("PER", "ORG")) -> dict[str, dict[str, float]]:
        """Return precision, recall, F1 and counts per type and for ``PER+ORG`` combined."""
        result = {kind: self._score([kind]) for kind in types}
        result["+".join(types)] = self._score(types)
        return result

    def _score(self, types: Sequence[str]) -> dict[str, float]:
        """Micro-averaged scores over ``types``."""
        gold, predicted, correct = (
            sum(counts.get(kind, 0) for kind in types)
            for counts in (self.gold, self.predicted, self.correct)
        )
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "gold": gold,
            "predicted": predicted,
        }


def score_entities(
    sentences: Sequence[Sentence], predicted: Iterable[set[Entity]]
) -> dict[str, dict[str, float]]:
    """Score predicted entity sets (one per sentence, same order) against the gold."""
    tally = TypeTally()
    for sentence, entities in zip(sentences, predicted, strict=True):
        tally.add(gold_entities(sentence), entities)
    return tally.scores()


def _predicted_entities(
    nlp: Language, texts: Iterable[str], batch_size: int
) -> Iterator[set[Entity]]:
    """Yield each text's PER/ORG entities as tagged by ``nlp``."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield {
            (ent.start_char, ent.end_char, SPACY_TYPES[ent.label_])
            for ent in doc.ents
            if ent.label_ in SPACY_TYPES
        }


def evaluate_pipelines(
    sentences: Sequence[Sentence],
    pipelines: Mapping[str, Language],
    batch_size: int = 64,
    progress: Callable[[Iterable[str], str], Iterable[str]] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """Score each named pipeline on the same sentences.

    Args:
        sentences: Sentences to tag (usually the prose ones).
        pipelines: Name -> spaCy pipeline, e.g. ``{"spacy": ..., "newsgraph": ...}``.
        batch_size: ``nlp.pipe`` batch size.
        progress: Optional wrapper around each pipeline's text stream (e.g. a progress bar),
            called with the texts and the pipeline name.

    Returns:
        ``{pipeline name: {"PER"|"ORG"|"PER+ORG": {"precision", "recall", "f1", ...}}}``.
    """
    results = {}
    for name, nlp in pipelines.items():
        texts: Iterable[str] = (sentence.text for sentence in sentences)
        if progress is not None:
            texts = progress(texts, name)
        results[name] = score_entities(sentences, _predicted_entities(nlp, texts, batch_size))
    return results
