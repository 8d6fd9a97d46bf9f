"""The CoNLL-2003 reader, the prose filter and entity scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.errors import EvaluationError
from newsgraph.evaluation.entity_scores import (
    Sentence,
    evaluate_pipelines,
    gold_entities,
    is_prose,
    read_conll,
    score_entities,
)

SAMPLE = """-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
BLUES NNP B-NP B-ORG
WIN VB B-VP O

John NNP B-NP B-PER
Smith NNP I-NP I-PER
of IN B-PP O
Acme NNP B-NP B-ORG
Corp NNP I-NP I-ORG
said VBD B-VP O
it PRP B-NP O
was VBD B-VP O
in IN B-PP O
Paris NNP B-NP B-LOC
. . O O
-DOCSTART- -X- -X- O

Reuters NNP B-NP I-ORG
and CC O O
Mary NNP B-NP I-PER
met VBD B-VP O
the DT B-NP O
press NN I-NP O
today NN I-NP O
. . O O
"""


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_sentences_split_at_blank_and_docstart(sample_file: Path) -> None:
    sentences = read_conll(sample_file)
    assert [len(s.tokens) for s in sentences] == [4, 11, 8]
    assert sentences[1].text == "John Smith of Acme Corp said it was in Paris ."
    assert sentences[1].line == 8


def test_gold_entities_have_character_offsets(sample_file: Path) -> None:
    sentence = read_conll(sample_file)[1]
    entities = gold_entities(sentence)
    assert entities == {(0, 10, "PER"), (14, 23, "ORG")}
    assert [sentence.text[s:e] for s, e, _ in sorted(entities)] == ["John Smith", "Acme Corp"]


def test_i_tag_without_b_starts_an_entity(sample_file: Path) -> None:
    sentence = read_conll(sample_file)[2]
    assert gold_entities(sentence) == {(0, 7, "ORG"), (12, 16, "PER")}


def test_prose_filter(sample_file: Path) -> None:
    assert [is_prose(s) for s in read_conll(sample_file)] == [False, True, True]
    shouting = Sentence(("A",) * 5 + ("B", "."), ("O",) * 7, 1)
    no_end = Sentence(("he", "said", "it", "was", "over", "now"), ("O",) * 6, 1)
    quoted = Sentence(("he", "said", "it", "was", "over", '"'), ("O",) * 6, 1)
    assert (is_prose(shouting), is_prose(no_end), is_prose(quoted)) == (False, False, True)


@pytest.mark.parametrize("bad", ["John\n", "John NNP B-NP B_PER\n"], ids=["one-column", "bad-tag"])
def test_malformed_line_is_an_error(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("-DOCSTART- -X- -X- O\n\n" + bad, encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.txt:3"):
        read_conll(path)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such file"):
        read_conll(tmp_path / "absent.txt")


def test_exact_match_scores(sample_file: Path) -> None:
    sentences = read_conll(sample_file)[1:2]
    predicted = [{(0, 10, "PER"), (14, 18, "ORG"), (32, 37, "LOC")}]  # ORG too short
    scores = score_entities(sentences, predicted)
    assert scores["PER"]["f1"] == 1.0
    assert (scores["ORG"]["precision"], scores["ORG"]["recall"]) == (0.0, 0.0)
    assert scores["PER+ORG"]["precision"] == 0.5


def ruler_pipeline(patterns: list[dict[str, str]]) -> spacy.language.Language:
    """A blank English pipeline tagging entities from patterns."""
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def test_pipelines_are_compared_on_the_same_sentences(sample_file: Path) -> None:
    sentences = [s for s in read_conll(sample_file) if is_prose(s)]
    pipelines = {
        "bare": ruler_pipeline([{"label": "PERSON", "pattern": "Smith"}]),
        "ours": ruler_pipeline(
            [
                {"label": "PERSON", "pattern": "John Smith"},
                {"label": "ORG", "pattern": "Acme Corp"},
                {"label": "PERSON", "pattern": "Mary"},
                {"label": "ORG", "pattern": "Reuters"},
            ]
        ),
    }
    scores = evaluate_pipelines(sentences, pipelines)
    assert scores["bare"]["PER+ORG"]["f1"] == 0.0
    assert scores["ours"]["PER+ORG"]["f1"] == 1.0
