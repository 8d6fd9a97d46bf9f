"""``newsgraph eval polnear|conll`` through click's runner, with a fake extractor/pipelines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.evaluation import harness
from newsgraph.model import ActorRef, Article, Extraction, Provenance, Span, Statement

QUOTED = re.compile(r"[\"“][^\"”]+[\"”]")


def fake_extract(articles: Iterable[Article]) -> Iterator[Extraction]:
    """Predict one statement per quoted passage, spoken by the article's first word."""
    for article in articles:
        speaker = ActorRef("person:first", Span(0, article.text.index(" ")))
        statements = tuple(
            Statement(
                speaker,
                None,
                (Span(*m.span()),),
                True,
                "asserted",
                "010",
                Provenance(Span(0, 1), 0, "fake", 1.0),
            )
            for m in QUOTED.finditer(article.text)
        )
        yield Extraction(article, statements=statements)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace newsgraph's extractor; records the worker counts it was built with."""
    workers: list[int] = []

    def build(count: int = 1) -> harness.Extractor:
        workers.append(count)
        return fake_extract

    monkeypatch.setattr(harness, "default_extractor", build)
    return workers


def test_polnear_table(runner: CliRunner, split_dir: Path, fake_extractor: list[int]) -> None:
    result = runner.invoke(main, ["eval", "polnear", str(split_dir), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert fake_extractor == [2]
    assert "PolNeAR statements over 2 documents" in result.stdout
    # alpha: two quotes, one matches the discontinuous gold; beta: one quote, one gold
    assert re.search(r"all\s+content\s+4\s+3\s+0\.667\s+0\.500\s+0\.571", result.stdout)
    assert "Appeal-cue relations: 1 gold, 0 predicted appeals" in result.stdout


def test_polnear_json_and_predictions(
    runner: CliRunner, split_dir: Path, fake_extractor: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "pred.jsonl"
    args = ["eval", "polnear", str(split_dir), "--json", "--predictions", str(out)]
    result = runner.invoke(main, [*args, "--limit", "1"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1
    assert scores["direct"]["content+speaker"]["recall"] == 1.0  # "The" overlaps "The mayor"
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["doc"] for line in lines] == ["alpha", "alpha"]
    assert lines[0]["speaker"] == [[0, 3]]


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["eval", "polnear", "missing-dir"], "missing-dir: no such folder"),
        (["eval", "conll", "missing.txt"], "missing.txt: no such file"),
    ],
    ids=["polnear", "conll"],
)
def test_bad_path_is_a_one_line_error(
    runner: CliRunner, command: list[str], message: str, fake_extractor: list[int]
) -> None:
    result = runner.invoke(main, command)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {message}"


def test_conll_compares_pipelines(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text(
        "-DOCSTART- -X- -X- O\n\nAnn NNP B-NP B-PER\nsaid VBD B-VP O\nthat IN O O\n"
        "it PRP B-NP O\nwas VBD B-VP O\nfine JJ B-ADJP O\n. . O O\n",
        encoding="utf-8",
    )

    def pipelines() -> dict[str, spacy.language.Language]:
        bare, ours = spacy.blank("en"), spacy.blank("en")
        ours.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Ann"}])
        return {"spacy": bare, "newsgraph": ours}

    monkeypatch.setattr(harness, "default_pipelines", pipelines)
    result = runner.invoke(main, ["eval", "conll", str(path)])
    assert result.exit_code == 0, result.output
    assert "CoNLL prose sentences: 1 of 1" in result.stdout
    assert "F1 delta newsgraph - spacy: PER +1.000, ORG +0.000, PER+ORG +1.000" in result.stdout
    as_json = json.loads(runner.invoke(main, ["eval", "conll", str(path), "--json"]).stdout)
    assert as_json["f1_delta"]["newsgraph"]["PER"] == 1.0
