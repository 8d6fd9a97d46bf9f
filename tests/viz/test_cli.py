"""``newsgraph viz`` end to end over a real embedded store."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.store import KnowledgeGraph
from tests.viz.graphs import ARTICLE, graph_triples


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "kg"
    with KnowledgeGraph(folder) as kg:
        kg.replace_graph(ARTICLE, graph_triples())
    return folder


def test_viz_writes_the_page_and_says_what_it_drew(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["viz", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 9 nodes and 11 edges to {out}\n"
    assert "vis.Network" in out.read_text(encoding="utf-8")


def test_viz_focus_depth_and_types(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "bibi.html"
    args = ["viz", "--store", str(store), "-o", str(out), "--focus", "Bibi", "--depth", "1"]
    result = CliRunner().invoke(main, [*args, "--types", "Person, Appeal"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 2 nodes and 1 edges")


def test_viz_unknown_focus_is_a_one_line_error(store: Path, tmp_path: Path) -> None:
    args = ["viz", "--store", str(store), "-o", str(tmp_path / "x.html"), "--focus", "Netanyah"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "no node named 'Netanyah'; close matches: 'Benjamin Netanyahu'" in result.output


def test_viz_without_a_store_fails_clearly(tmp_path: Path) -> None:
    args = ["viz", "--store", str(tmp_path / "nope"), "-o", str(tmp_path / "x.html")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "no store here" in result.output
    assert not (tmp_path / "nope").exists()
