"""Plain-text tables of evaluation scores (the CLI prints them; nothing here prints)."""

from __future__ import annotations

from newsgraph.evaluation.harness import ConllRun
from newsgraph.evaluation.scoring import LEVELS, PolnearScores, Tally

__all__ = ["conll_table", "polnear_table"]

_ROW = "{:<8} {:<21} {:>6} {:>6} {:>7} {:>7} {:>7}"
_NER_ROW = "{:<10} {:<8} {:>6} {:>6} {:>7} {:>7} {:>7}"


def _tally_rows(subset: str, tally: Tally) -> list[str]:
    """Return one row per level of a tally."""
    scores = tally.scores()
    return [
        _ROW.format(
            subset,
            level,
            tally.gold,
            tally.predicted,
            *(f"{scores[level][key]:.3f}" for key in ("precision", "recall", "f1")),
        )
        for level in LEVELS
    ]


def polnear_table(scores: PolnearScores) -> str:
    """Return the statement table and the appeal table of a PolNeAR run.

    Example:
        >>> print(polnear_table(PolnearScores()).splitlines()[0])
        PolNeAR statements over 0 documents
    """
    appeals = scores.appeals.to_dict()
    lines = [
        f"PolNeAR statements over {scores.documents} documents",
        _ROW.format("subset", "level", "gold", "pred", "P", "R", "F1"),
        *_tally_rows("all", scores.all),
        *_tally_rows("direct", scores.direct),
        "",
        f"Appeal-cue relations: {appeals['gold']} gold, "
        f"{appeals['predicted_appeals']} predicted appeals",
        f"  recall content {appeals['content_recall']:.3f}, "
        f"content+speaker {appeals['content+speaker_recall']:.3f}",
    ]
    return "\n".join(lines)


def conll_table(run: ConllRun) -> str:
    """Return per-pipeline PER/ORG scores and the F1 deltas over the first pipeline."""
    lines = [
        f"CoNLL prose sentences: {run.prose_sentences} of {run.sentences}",
        _NER_ROW.format("pipeline", "type", "gold", "pred", "P", "R", "F1"),
    ]
    for name, table in run.scores.items():
        for kind, row in table.items():
            numbers = (f"{row[key]:.3f}" for key in ("precision", "recall", "f1"))
            lines.append(_NER_ROW.format(name, kind, row["gold"], row["predicted"], *numbers))
    baseline = next(iter(run.scores), "")
    for name, deltas in run.f1_delta().items():
        shown = ", ".join(f"{kind} {delta:+.3f}" for kind, delta in deltas.items())
        lines.append(f"F1 delta {name} - {baseline}: {shown}")
    return "\n".join(lines)
