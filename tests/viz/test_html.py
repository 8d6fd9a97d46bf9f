"""The generated page: self-contained, escaped, deterministic."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.errors import WriterError
from newsgraph.graph.project import to_property_graph
from newsgraph.viz.html import LARGE_GRAPH, generate_html, page_data, script_json, write_html
from newsgraph.viz.view import build_view
from tests.viz.graphs import HOSTILE, graph_triples

_DATA = re.compile(r'<script type="application/json" id="ng-data">(.*?)</script>', re.S)


def _embedded(page: str) -> dict:
    match = _DATA.search(page)
    assert match
    return json.loads(match.group(1))


def test_script_json_escapes_everything_that_could_end_the_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_hostile_text_never_appears_as_markup(hostile_graph: nx.MultiDiGraph) -> None:
    page = generate_html(hostile_graph)
    assert "__pwned" in page
    assert "<script>window" not in page
    assert "<img" not in page
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "<" not in _DATA.search(page).group(1)
    assert any(HOSTILE in tip for tip in _embedded(page)["nodes"]["tip"])


def test_page_loads_nothing_from_anywhere(graph: nx.MultiDiGraph) -> None:
    page = generate_html(graph)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|@import|<iframe", page, re.I)
    assert not re.search(r"url\(\s*(?![\"']?data:)", page)
    assert "default-src 'none'; script-src 'unsafe-inline'" in page


def test_title_is_escaped(graph: nx.MultiDiGraph) -> None:
    page = generate_html(graph, title="<b>Trump & co</b>")
    assert "<title>&lt;b&gt;Trump &amp; co&lt;/b&gt;</title>" in page
    assert "<b>Trump" not in page


def test_same_input_gives_identical_bytes(graph: nx.MultiDiGraph) -> None:
    shuffled = graph_triples()
    random.Random(7).shuffle(shuffled)
    assert (
        generate_html(graph) == generate_html(graph) == generate_html(to_property_graph(shuffled))
    )


def test_focus_and_types_reach_the_page(graph: nx.MultiDiGraph) -> None:
    focused = _embedded(generate_html(graph, focus="Bibi", depth=1))
    assert set(focused["nodes"]["label"]) == {
        "Benjamin Netanyahu",
        "CIS calls on Trump to pressure Netanyahu",
        "Trump pressures Netanyahu",
    }
    typed = _embedded(generate_html(graph, types=["Person"]))
    assert [t["name"] for t in typed["types"]] == ["Person"]
    assert typed["edges"]["from"] == []


def test_page_data_is_columnar_with_legend_counts(graph: nx.MultiDiGraph) -> None:
    data = page_data(build_view(graph))
    assert {len(column) for column in data["nodes"].values()} == {9}
    assert {len(column) for column in data["edges"].values()} == {11}
    assert max(data["edges"]["from"] + data["edges"]["to"]) == 8
    assert {t["name"]: t["count"] for t in data["types"]}["Person"] == 2
    assert {t["name"]: t["shape"] for t in data["types"]}["Appeal"] == "box"
    assert data["physics"] is True  # small graph: seeded physics refines ...
    assert len(data["nodes"]["x"]) == 9  # ... the deterministic Python layout it starts from


def test_parallel_edges_get_different_curves(graph: nx.MultiDiGraph) -> None:
    edges = page_data(build_view(graph))["edges"]
    curves: dict[frozenset[int], list[float]] = {}
    for ends, curve in zip(
        zip(edges["from"], edges["to"], strict=True), edges["curve"], strict=True
    ):
        curves.setdefault(frozenset(ends), []).append(curve)
    assert sorted(curves.values(), key=len)[-1] == [0, 0.2]


def _star_graph(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("hub", labels=["Actor", "Person"], props={"name": "Hub"})
    for i in range(n - 1):
        G.add_node(f"s{i:05d}", labels=["CommunicativeAct", "Event", "Statement"], props={})
        G.add_edge(f"s{i:05d}", "hub", key="SPEAKER")
    return G


def test_large_graphs_get_positions_and_no_physics() -> None:
    data = page_data(build_view(_star_graph(LARGE_GRAPH + 1)))
    assert data["physics"] is False
    points = set(zip(data["nodes"]["x"], data["nodes"]["y"], strict=True))
    assert len(points) == LARGE_GRAPH + 1
    assert all(isinstance(x, float) for point in points for x in point)


def test_write_html_reports_what_it_wrote(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    summary = write_html(graph, tmp_path / "g.html")
    assert (summary.nodes, summary.edges) == (9, 11)
    assert summary.path.read_text(encoding="utf-8") == generate_html(graph)


def test_write_html_into_a_missing_folder_fails_clearly(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    with pytest.raises(WriterError, match="cannot write the HTML view"):
        write_html(graph, tmp_path / "missing" / "g.html")
