"""``newsgraph query --list`` and ``newsgraph query NAME --param k=v`` on a store folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.demo import sample_paths
from newsgraph.queries import all_queries


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built into a store folder through the CLI."""
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(
        main, ["build", str(sample_paths()[0].parent), "--store", str(path)]
    )
    assert result.exit_code == 0, result.output
    return path


def test_list_shows_every_question_with_params_and_description(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = {row["name"]: row for row in json.loads(result.output)}
    assert set(listed) == {q.name for q in all_queries()}
    assert listed["roles_as_of"]["params"] == "actor, date"
    assert listed["appeals"]["description"].startswith("Who appealed to whom")


@pytest.mark.model
def test_named_question_with_params_as_json(runner: CliRunner, store: Path) -> None:
    args = ["query", "roles_as_of", "--store", str(store), "--format", "json"]
    result = runner.invoke(
        main, [*args, "--param", "actor=Donald Trump", "--param", "date=2025-08-04"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {
            "holder": "Donald Trump",
            "role": "President",
            "organization": "United States",
            "since": "2025-08-04",
            "last_reported": "2025-08-04",
        }
    ]


@pytest.mark.model
def test_named_question_as_table(runner: CliRunner, store: Path) -> None:
    result = runner.invoke(
        main, ["query", "appeals_seeking", "--store", str(store), "--param", "code=0871"]
    )
    assert result.exit_code == 0, result.output
    header, rule, *rows = result.output.splitlines()
    assert header.split() == ["speaker", "addressee", "request", "goal", "appeal"]
    assert set(rule) <= {"-", " "}
    assert any("Donald Trump" in row for row in rows)


@pytest.mark.model
def test_missing_parameter_is_a_one_line_error(runner: CliRunner, store: Path) -> None:
    result = runner.invoke(
        main, ["query", "roles_as_of", "--store", str(store), "--param", "actor=X"]
    )
    assert result.exit_code == 1
    assert "missing parameter(s): date" in result.output


def test_unknown_question_lists_the_known_ones(runner: CliRunner, tmp_path: Path) -> None:
    tmp_path.joinpath("store").mkdir()
    result = runner.invoke(main, ["query", "nope", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "no named query 'nope'" in result.output
    assert "appeals" in result.output
