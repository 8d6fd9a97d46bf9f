"""Pure styling rules: types, colours, edge captions, tooltips."""

from __future__ import annotations

import networkx as nx
import pytest

from newsgraph.viz.style import (
    DEFAULT_HIDDEN_TYPES,
    NODE_STYLES,
    display_name,
    edge_label,
    node_style,
    node_type,
    role_text,
    tooltip,
)
from tests.viz.graphs import APPEAL, CIS, NETANYAHU, OFFICIALS, STATEMENT, TRUMP, USA


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Actor", "Person"], "Person"),
        (["Actor", "Country", "Place"], "Country"),
        (["Appeal", "CommunicativeAct", "Event"], "Appeal"),
        (["Appeal", "CommunicativeAct", "Event", "Proposal"], "Proposal"),
        (["Mention", "Quotation"], "Quotation"),
        (["Event"], "Event"),
        (["CameoEventType", "Concept"], "CameoEventType"),
        ([], "Thing"),
    ],
    ids=["person", "country", "appeal", "proposal", "quotation", "event", "cameo", "untyped"],
)
def test_node_type_is_the_most_specific_label(labels: list[str], expected: str) -> None:
    assert node_type(labels) == expected


def test_visible_types_have_distinct_colours() -> None:
    visible = [name for name in NODE_STYLES if name not in DEFAULT_HIDDEN_TYPES]
    assert len({node_style(name).color for name in visible}) == len(visible)


def test_unknown_type_falls_back_to_a_grey_dot_after_every_known_type() -> None:
    style = node_style("Spaceship")
    assert style.shape == "dot"
    assert style.order > max(s.order for s in NODE_STYLES.values())


def test_acts_are_boxes_and_actors_dots() -> None:
    assert node_style("Appeal").shape == node_style("Statement").shape == "box"
    assert node_style("Person").shape == node_style("Organization").shape == "dot"


@pytest.mark.parametrize(
    ("rel", "caption"),
    [("SPEAKER", "speaker"), ("REQUESTED_ACTION", "asks for"), ("MEMBER_OF", "member of")],
)
def test_edge_labels(rel: str, caption: str) -> None:
    assert edge_label(rel) == caption


def test_appeal_tooltip_has_quote_sentence_code_and_article(graph: nx.MultiDiGraph) -> None:
    text = tooltip(graph, APPEAL)
    assert text.splitlines()[0] == "Appeal: CIS calls on Trump to pressure Netanyahu"
    assert "Quote: “Stop the war”" in text
    assert "Sentence: The letter said: Stop the war" in text
    assert "CAMEO 0256 Appeal for de-escalation" in text
    assert "Article: Ex-security chiefs write to Trump (2025-08-04)" in text
    assert "URL: https://example.org/news/1" in text


def test_statement_without_spans_still_names_its_article(graph: nx.MultiDiGraph) -> None:
    text = tooltip(graph, STATEMENT)
    assert "Article: Ex-security chiefs write to Trump" in text
    assert "Quote" not in text


def test_actor_tooltips_list_aliases_roles_and_memberships(graph: nx.MultiDiGraph) -> None:
    assert "Also known as: Bibi" in tooltip(graph, NETANYAHU)
    assert "Role: President (United States), as of 2025-08-04" in tooltip(graph, TRUMP)
    assert "Member of: Commanders for Israel's Security" in tooltip(graph, OFFICIALS)
    assert tooltip(graph, USA) == "Country: United States"


def test_display_name_shortens_long_names(graph: nx.MultiDiGraph) -> None:
    graph.nodes[CIS]["props"]["name"] = "word " * 30
    name = display_name(graph, CIS)
    assert len(name) <= 40
    assert name.endswith("…")


def test_display_name_falls_back_to_the_iri_tail() -> None:
    G = nx.MultiDiGraph()
    G.add_node("https://w3id.org/newskg/id/event/x-1", labels=["Event"], props={})
    assert display_name(G, "https://w3id.org/newskg/id/event/x-1") == "x-1"


def test_role_text() -> None:
    assert role_text(("President", "United States", None)) == "President (United States)"
    assert role_text(("Mayor", None, "2024-01-01")) == "Mayor, as of 2024-01-01"
