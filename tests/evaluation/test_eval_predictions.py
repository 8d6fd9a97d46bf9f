"""The JSON-lines predictions: one object per statement or appeal, in a fixed order."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.evaluation.predictions import predictions_from, write_predictions
from newsgraph.model import (
    ActorRef,
    Appeal,
    Article,
    Extraction,
    Provenance,
    RequestedEvent,
    Span,
    Statement,
)

PROVENANCE = Provenance(Span(0, 60), 0, "test", 1.0)


def sample_extraction(doc: str = "doc1") -> Extraction:
    """An extraction with an appeal first and two statements out of text order."""
    article = Article(doc, "x" * 100)
    late = Statement(
        ActorRef("person:ann", Span(50, 53)),
        Span(54, 58),
        (Span(60, 70),),
        True,
        "asserted",
        "010",
        PROVENANCE,
    )
    early = Statement(None, None, (Span(20, 25), Span(5, 10)), False, "asserted", "010", PROVENANCE)
    appeal = Appeal(
        ActorRef("org:un", Span(30, 32)),
        ActorRef("person:cy", None),
        Span(33, 38),
        RequestedEvent("leave", Span(40, 48)),
        "020",
        PROVENANCE,
    )
    return Extraction(article, statements=(late, early), appeals=(appeal,))


def test_lines_are_exact_and_sorted_by_content_start(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    assert write_predictions(predictions_from(sample_extraction()), path) == 3
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"doc": "doc1", "kind": "statement", "speaker": null, "cue": null, '
        '"content": [[5, 10], [20, 25]], "addressee": null}',
        '{"doc": "doc1", "kind": "appeal", "speaker": [[30, 32]], "cue": [[33, 38]], '
        '"content": [[40, 48]], "addressee": null}',
        '{"doc": "doc1", "kind": "statement", "speaker": [[50, 53]], "cue": [[54, 58]], '
        '"content": [[60, 70]], "addressee": null}',
    ]


def test_documents_come_in_name_order_and_output_is_byte_identical(tmp_path: Path) -> None:
    predictions = predictions_from(sample_extraction("b")) + predictions_from(
        sample_extraction("a")
    )
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    write_predictions(predictions, first)
    write_predictions(list(reversed(predictions)), second)
    assert first.read_bytes() == second.read_bytes()
    docs = [json.loads(line)["doc"] for line in first.read_text().splitlines()]
    assert docs == ["a"] * 3 + ["b"] * 3


def test_appeal_addressee_span_is_written() -> None:
    extraction = sample_extraction()
    appeal = extraction.appeals[0]
    with_addressee = Appeal(
        appeal.speaker,
        ActorRef("person:cy", Span(39, 41)),
        appeal.cue,
        appeal.action,
        appeal.cameo_code,
        appeal.provenance,
    )
    extraction = Extraction(extraction.article, appeals=(with_addressee,))
    assert predictions_from(extraction)[0].to_json()["addressee"] == [[39, 41]]
