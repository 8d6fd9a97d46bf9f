"""The command line as a user meets it: help, examples, one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsgraph.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


COMMANDS = _commands(main)


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help_with_an_example(runner: CliRunner, path: tuple[str, ...]) -> None:
    result = runner.invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    command = main
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    if not isinstance(command, click.Group):
        assert "Example" in result.output


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"newsgraph {name}" in README.read_text(encoding="utf-8")


def test_readme_quick_start_is_two_make_targets() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    makefile = (README.parent / "Makefile").read_text(encoding="utf-8")
    assert "\ndemo:" in makefile
    assert "\ntest:" in makefile
    assert "make test" in (README.parent / ".ci" / "run").read_text(encoding="utf-8")


def test_missing_input_is_one_line_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = runner.invoke(main, ["build", str(missing), "--store", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "nowhere.txt" in result.output


def test_undecodable_input_names_the_file_and_stores_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\u00e9 owners protest.\n".encode("latin-1"))
    store = tmp_path / "kg"
    result = runner.invoke(main, ["build", str(bad), "--store", str(store)])
    assert result.exit_code == 1
    assert "latin1.txt" in result.output
    assert "UTF-8" in result.output
    assert not store.exists()


def test_export_without_a_store_says_how_to_make_one(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["export", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "x.ttl")]
    )
    assert result.exit_code == 1
    assert "newsgraph build" in result.output


def test_bad_sparql_is_an_error_not_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "kg"
    store.mkdir()
    result = runner.invoke(main, ["query", "--store", str(store), "--sparql", "SELECT WHERE {"])
    assert result.exit_code == 1
    assert "SPARQL" in result.output
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(main, ["export", "--format", "docx", "-o", "x"]).exit_code == 2
    assert runner.invoke(main, ["query"]).exit_code == 2
