"""The page in real headless Chromium: draws, tooltips, filters, no network, no injection."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from newsgraph.viz.html import LARGE_GRAPH, write_html
from tests.viz.graphs import APPEAL, HOSTILE

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium shared by the module's tests."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Loaded:
    """An opened page plus everything it tried to fetch and every console error."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def eval(self, script: str, arg: Any = None) -> Any:
        """Evaluate ``script`` in the page."""
        return self.page.evaluate(script, arg)


def _open(browser: Any, path: Path) -> Loaded:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    loaded = Loaded(page, path.as_uri())

    def route(route: Any) -> None:
        if route.request.url == loaded.url:
            route.continue_()
        else:
            loaded.requests.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and loaded.errors.append(msg.text))
    page.on("pageerror", lambda exc: loaded.errors.append(str(exc)))
    page.goto(loaded.url)
    _wait_for_first_draw(page)
    return loaded


def _wait_for_first_draw(page: Any, timeout_s: float = 20.0) -> None:
    """Poll from Python: the page's CSP forbids the eval that wait_for_function polls with."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate("() => !!(window.newsgraph && window.newsgraph.firstDrawMs !== null)"):
        if time.monotonic() > deadline:
            raise AssertionError("the page never drew its first frame")
        page.wait_for_timeout(50)


@pytest.fixture
def opened(browser: Any, hostile_graph: nx.MultiDiGraph, tmp_path: Path) -> Iterator[Loaded]:
    """The hostile test graph's page, opened."""
    path = tmp_path / "graph.html"
    write_html(hostile_graph, path)
    loaded = _open(browser, path)
    yield loaded
    loaded.page.close()


def _node_id(loaded: Loaded, iri: str) -> int:
    return int(
        loaded.eval(
            "(iri) => window.newsgraph.nodes.get({filter: n => n.iri === iri})[0].id", str(iri)
        )
    )


def _painted_pixels(loaded: Loaded) -> int:
    return int(
        loaded.eval(
            """() => {
                const canvas = document.querySelector('#ng-network canvas');
                const pixels = canvas.getContext('2d')
                    .getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
                return painted;
            }"""
        )
    )


def _node_screen_point(loaded: Loaded, node_id: int) -> tuple[float, float]:
    point = loaded.eval(
        """(id) => {
            const net = window.newsgraph.network;
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.querySelector('#ng-network canvas').getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        node_id,
    )
    return float(point[0]), float(point[1])


def test_canvas_draws_every_node(opened: Loaded) -> None:
    assert opened.eval("window.newsgraph.nodes.length") == 9
    assert opened.eval("Object.keys(window.newsgraph.network.getPositions()).length") == 9
    assert opened.eval("window.newsgraph.edges.length") == 11
    assert _painted_pixels(opened) > 2000
    assert opened.page.text_content("#ng-summary") == "9 nodes, 11 edges"


def test_hover_shows_the_tooltip_and_click_the_details(opened: Loaded) -> None:
    x, y = _node_screen_point(opened, _node_id(opened, APPEAL))
    opened.page.mouse.move(x, y)
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "Appeal: CIS calls on Trump to pressure Netanyahu" in tooltip.text_content()
    opened.page.mouse.click(x, y)
    assert "CAMEO 0256" in opened.page.text_content("#ng-details")


def test_hostile_article_text_is_shown_as_text_and_never_runs(opened: Loaded) -> None:
    x, y = _node_screen_point(opened, _node_id(opened, APPEAL))
    opened.page.mouse.move(x, y)
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible")
    text = tooltip.text_content()
    assert f"Quote: “{HOSTILE}”" in text
    assert f"Article: {HOSTILE} (2025-08-04)" in text
    assert tooltip.query_selector("img, script") is None
    opened.page.mouse.click(x, y)
    assert HOSTILE in opened.page.text_content("#ng-details")
    assert opened.page.query_selector("#ng-details img, #ng-details script") is None
    assert opened.eval("typeof window.__pwned") == "undefined"
    assert opened.requests == []


def test_unticking_a_type_hides_its_nodes(opened: Loaded) -> None:
    opened.page.uncheck("#ng-legend input[value='Person']")
    hidden = opened.eval("window.newsgraph.nodes.get({filter: n => n.hidden}).map(n => n.group)")
    assert hidden == ["Person", "Person"]
    drawn = opened.eval(
        "Object.values(window.newsgraph.network.body.nodes).filter(n => n.options.hidden).length"
    )
    assert drawn == 2
    opened.page.check("#ng-legend input[value='Person']")
    assert opened.eval("window.newsgraph.nodes.get({filter: n => n.hidden}).length") == 0


def test_search_selects_matching_names_and_aliases(opened: Loaded) -> None:
    opened.page.fill("#ng-search", "bibi")
    assert opened.page.text_content("#ng-search-status") == "1 match"
    selected = opened.eval("window.newsgraph.network.getSelectedNodes()")
    labels = opened.eval("(ids) => window.newsgraph.nodes.get(ids).map(n => n.label)", selected)
    assert labels == ["Benjamin Netanyahu"]
    assert "Also known as: Bibi" in opened.page.text_content("#ng-details")


def test_page_makes_no_network_request_and_logs_no_error(opened: Loaded) -> None:
    opened.page.mouse.move(400, 300)
    opened.page.mouse.wheel(0, -200)
    opened.page.wait_for_timeout(200)
    assert opened.requests == []
    assert opened.errors == []


def _large_graph(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(n):
        kind = ["Actor", "Person"] if i % 4 == 0 else ["CommunicativeAct", "Event", "Statement"]
        G.add_node(f"urn:n:{i:05d}", labels=kind, props={"name": f"node {i}"})
    for i in range(1, n):
        G.add_edge(f"urn:n:{i:05d}", f"urn:n:{(i // 4) * 4:05d}", key="SPEAKER")
    return G


@pytest.mark.slow
def test_large_graph_is_drawn_from_precomputed_positions(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "large.html"
    write_html(_large_graph(LARGE_GRAPH + 100), path)
    loaded = _open(browser, path)
    assert loaded.eval("window.newsgraph.nodes.length") == LARGE_GRAPH + 100
    assert loaded.eval("window.newsgraph.network.physics.physicsEnabled") is False
    assert _painted_pixels(loaded) > 2000
    assert loaded.requests == []
    assert loaded.errors == []
    loaded.page.close()
