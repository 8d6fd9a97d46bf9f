"""Scoring: the 50% rule, one-to-one matching, roles, direct quotes and the appeal table."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluation.polnear import Fragments, GoldDocument, GoldRelation
from newsgraph.evaluation.predictions import Prediction
from newsgraph.evaluation.scoring import (
    content_overlap,
    is_appeal_cue,
    is_quoted,
    match,
    role_right,
    score_documents,
)

TEXT = 'Ann said "we will win." Bob urged Cy to leave now. Dee thinks taxes rise a lot.'


def span(phrase: str) -> Fragments:
    """Fragments of the first occurrence of ``phrase`` in TEXT."""
    start = TEXT.index(phrase)
    return ((start, start + len(phrase)),)


QUOTE = GoldRelation(span("Ann"), span("said"), span('"we will win."'))
APPEAL = GoldRelation(span("Bob"), span("urged"), span("Cy to leave now"))
BELIEF = GoldRelation((), span("thinks"), span("taxes rise a lot"))
DOCUMENT = GoldDocument("d", TEXT, (QUOTE, APPEAL, BELIEF), Path("d_1.ann"))


def statement(content: Fragments, speaker: str | None = None, cue: str | None = None) -> Prediction:
    """A predicted statement in document ``d``."""
    return Prediction(
        "d", "statement", speaker and span(speaker), cue and span(cue), content, None, False
    )


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (((0, 10),), ((5, 30),), 5),  # 5 shared = half of the shorter (10)
        (((0, 10),), ((6, 30),), 0),  # 4 < 5
        (((0, 4), (20, 26)), ((3, 30),), 7),  # shorter is the 10-character fragment pair
        (((0, 4), (20, 26)), ((4, 20),), 0),  # no shared character
        (((0, 40),), ((10, 20),), 10),  # containment: all of the shorter
    ],
    ids=["exactly-half", "under-half", "fragments", "disjoint", "contained"],
)
def test_content_overlap_threshold(predicted: Fragments, gold: Fragments, expected: int) -> None:
    assert content_overlap(predicted, gold) == expected


def test_role_right_with_and_without_gold() -> None:
    assert role_right(((0, 3),), ((2, 5),))
    assert not role_right(((0, 2),), ((2, 5),))
    assert not role_right(None, ((2, 5),))
    assert role_right(None, ())
    assert not role_right(((0, 3),), ())


def test_matching_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [GoldRelation((), (), ((0, 10),)), GoldRelation((), (), ((10, 20),))]
    wide = statement(((0, 20),))  # overlaps both golds fully
    narrow = statement(((2, 10),))  # overlaps only the first, by 8
    # the first gold shares 10 with `wide` and 8 with `narrow`; wide takes it, narrow gets nothing
    assert match([wide, narrow], gold) == {0: 0}
    assert match([narrow, wide], gold) == {0: 1}


def test_duplicate_predictions_count_once() -> None:
    twice = [statement(span("taxes rise a lot"))] * 2
    scores = score_documents([DOCUMENT], twice).all.scores()["content"]
    assert (scores["precision"], scores["recall"]) == (0.5, pytest.approx(1 / 3))


def test_levels_speaker_and_cue() -> None:
    predictions = [
        statement(span('"we will win."'), "Ann", "said"),  # right at every level
        statement(span("taxes rise a lot"), None, "thinks"),  # no gold source: None is right
    ]
    scores = score_documents([DOCUMENT], predictions).all.scores()
    assert scores["content+speaker+cue"]["precision"] == 1.0
    wrong_speaker = [statement(span('"we will win."'), "Bob", "said")]
    scores = score_documents([DOCUMENT], wrong_speaker).all.scores()
    assert scores["content"]["precision"] == 1.0
    assert scores["content+speaker"]["precision"] == 0.0


def test_direct_subset_uses_quote_marks_and_the_direct_flag() -> None:
    flagged = Prediction("d", "statement", span("Dee"), None, span("taxes rise a lot"), None, True)
    quoted = statement(span('"we will win."'), "Ann")
    direct = score_documents([DOCUMENT], [flagged, quoted]).direct
    assert (direct.gold, direct.predicted) == (1, 2)
    assert direct.gold_hits["content+speaker"] == 1  # the quote
    assert direct.predicted_hits["content"] == 2  # both matched some gold relation
    assert direct.predicted_hits["content+speaker"] == 1  # Dee is wrong for a no-source relation


def test_appeal_table_uses_all_predictions_statements_table_only_statements() -> None:
    appeal = Prediction(
        "d", "appeal", span("Bob"), span("urged"), span("Cy to leave now"), span("Cy")
    )
    scores = score_documents([DOCUMENT], [appeal])
    assert scores.all.predicted == 0
    assert scores.appeals.to_dict() == {
        "gold": 1,
        "predicted_appeals": 1,
        "content_recall": 1.0,
        "content+speaker_recall": 1.0,
    }


def test_predictions_of_unknown_documents_are_ignored() -> None:
    stray = Prediction("other", "statement", None, None, ((0, 5),))
    assert score_documents([DOCUMENT], [stray]).all.predicted == 0


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("urged", True),
        ("has called on", True),
        ("calls for", True),
        ("pleaded", True),
        ("implored", True),
        ("is encouraging", True),
        ("asked", True),
        ("requests", True),
        ("said", False),
        ("called", False),
        ("pressured", False),
        ("demanded", False),
    ],
)
def test_appeal_cue(cue: str, expected: bool) -> None:
    assert is_appeal_cue(cue, ((0, len(cue)),)) is expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (' "Go home." ', True),
        ("“Go home,”", True),
        ("‘Terrifying.’", True),
        ("that he would ''fight back.''", True),
        ("that taxes rise", False),
        ("", False),
    ],
)
def test_is_quoted(content: str, expected: bool) -> None:
    assert is_quoted(content, ((0, len(content)),)) is expected
