"""Every named question on the sample and on the multi-article corpus (SPARQL backend)."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import URIRef

from newsgraph.errors import QueryError
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.queries import all_queries, run_named
from newsgraph.queries.sparql import prefixed

pytestmark = pytest.mark.model

QUOTE = "It is our professional judgment that Hamas no longer poses a strategic threat to Israel"


def ask(kg: KnowledgeGraph, name: str, **values: str) -> list[dict[str, Any]]:
    columns, rows = run_named(name, values, store=kg)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def article_text(kg: KnowledgeGraph, article: str) -> str:
    query = prefixed("SELECT ?article ?text WHERE { ?article nif:isString ?text }")
    return str(kg.query(query, {"article": URIRef(article)})[0]["text"])


def appeal_iri(kg: KnowledgeGraph, code: str) -> str:
    return str(next(r["appeal"] for r in ask(kg, "appeals") if r["code"] == code))


# -- parameters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "values", "message"),
    [
        ("roles_as_of", {"actor": "Donald Trump"}, "missing parameter\\(s\\): date"),
        ("appeals", {"actor": "x"}, "unknown parameter\\(s\\): actor"),
        ("roles_as_of", {"actor": "x", "date": "4 August"}, "not an ISO date"),
        ("evidence", {"fact": "not an iri"}, "not an absolute IRI"),
    ],
)
def test_bad_parameters_are_named(
    sample_kg: KnowledgeGraph, name: str, values: dict[str, str], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        run_named(name, values, store=sample_kg)


def test_unknown_backend_and_missing_store_are_errors(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="unknown backend"):
        run_named("appeals", {}, backend="sql", store=sample_kg)
    with pytest.raises(QueryError, match="needs a store"):
        run_named("appeals", {})


def test_values_are_bound_not_spliced(sample_kg: KnowledgeGraph) -> None:
    hostile = 'cis")) } UNION { ?who ?p ?name } #'
    assert ask(sample_kg, "actor_said", actor=hostile) == []


# -- answers on the sample -------------------------------------------------------------


def test_appeals_lists_the_sample_appeal_with_code_and_goldstein(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "appeals")
    appeal = next(r for r in rows if r["code"] == "0256")
    assert appeal["addressee"] == "Donald Trump"
    assert appeal["goldstein"] == pytest.approx(-0.3)
    assert appeal["date"] == "2025-08-04"
    assert {r["code"] for r in rows} >= {"0256", "020"}


def test_ceasefire_is_found_through_the_aims_at_chain(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "appeals_seeking", code="0871")
    chained = [r for r in rows if r["appeal"] == appeal_iri(sample_kg, "0256")]
    assert chained, rows
    assert chained[0]["request"] != chained[0]["goal"]  # the goal is one aimsAt step away
    assert "ceasefire" in chained[0]["goal"]
    assert ask(sample_kg, "appeals_seeking", code="0256") == []  # an appeal type, never a goal


def test_actor_said_matches_an_alias_in_any_case(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "actor_said", actor="cis")
    assert rows == ask(sample_kg, "actor_said", actor="Commanders for Israel’s Security")
    direct = next(r for r in rows if r["content"].startswith(QUOTE))
    assert direct["quote"].startswith(QUOTE)  # the letter's next quoted sentence continues it
    assert direct["kind"] == "Statement"
    assert direct["code"] == "010"
    assert any(r["kind"] == "Proposal" for r in rows)
    assert any(r["quote"] is None for r in rows)  # indirect speech has content but no quote


def test_asked_to_act_on_pairs_addressee_and_target(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "asked_to_act_on")
    assert ("Donald Trump", "Benjamin Netanyahu", "0256") in {
        (r["addressee"], r["target"], r["code"]) for r in rows
    }


def test_actor_activity_is_ranked_by_total(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "actor_activity")
    assert rows[0]["actor"] == "Commanders for Israel’s Security"
    assert rows[0]["statements"] >= 2
    assert rows[0]["appeals"] >= 1
    totals = [r["total"] for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert all(r["total"] == r["statements"] + r["appeals"] for r in rows)


def test_co_appearing_counts_pairs_once(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "co_appearing")
    pairs = [frozenset((r["actor_a"], r["actor_b"])) for r in rows]
    assert frozenset(("Benjamin Netanyahu", "Donald Trump")) in pairs
    assert len(pairs) == len(set(pairs))
    assert all(r["articles"] == 1 for r in rows)


def test_roles_as_of_respects_the_date(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "roles_as_of", actor="Donald Trump", date="2025-08-04")
    assert [(r["role"], r["organization"], r["since"]) for r in rows] == [
        ("President", "United States", "2025-08-04")
    ]
    assert ask(sample_kg, "roles_as_of", actor="Donald Trump", date="2025-08-03") == []


def test_evidence_offsets_slice_the_article_text(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "evidence", fact=appeal_iri(sample_kg, "0256"))
    assert {r["kind"] for r in rows} >= {"sentence", "cue", "content"}
    text = article_text(sample_kg, rows[0]["article"])
    for row in rows:
        assert text[row["begin"] : row["end"]] == row["text"]
        assert row["rule"]
        assert 0 < row["confidence"] <= 1
    sentence = next(r for r in rows if r["kind"] == "sentence")
    assert "called on" in sentence["text"]
    assert sentence["sentence_index"] == 0


def test_group_composition_from_both_sides(sample_kg: KnowledgeGraph) -> None:
    cis = ask(sample_kg, "group_composition", group="CIS")
    assert ("member", "Group") in {(r["relation"], r["other_type"]) for r in cis}
    group = next(r["other"] for r in cis if r["relation"] == "member")
    rows = ask(sample_kg, "group_composition", group=group)
    assert rows[0]["member_count_min"] == 600
    former = {r["other"] for r in rows if r["relation"] == "former member of"}
    assert former == {"Israel Defense Forces", "Mossad", "Shin Bet"}
    assert ("member of", "Commanders for Israel’s Security") in {
        (r["relation"], r["other"]) for r in rows
    }


def test_quotations_carry_offsets_into_the_article(sample_kg: KnowledgeGraph) -> None:
    rows = ask(sample_kg, "quotations")
    quote = next(r for r in rows if r["quote"] == QUOTE)
    assert quote["speaker"] == "Commanders for Israel’s Security"
    assert quote["end"] - quote["begin"] == len(QUOTE)


def test_articles_lists_the_sample(sample_kg: KnowledgeGraph) -> None:
    (row,) = ask(sample_kg, "articles")
    assert (row["date"], row["author"]) == ("2025-08-04", "Ayinde Adeleke")
    assert row["statements"] >= 3
    assert row["appeals"] >= 2


# -- answers across articles -----------------------------------------------------------


def test_shared_actor_timeline_spans_articles_in_date_order(multi_kg: KnowledgeGraph) -> None:
    rows = ask(multi_kg, "actor_timeline", actor="Maria Lindqvist")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {"2025-03-02", "2025-03-09", "2025-04-01"} <= set(dates)
    assert {r["kind"] for r in rows} >= {"Statement", "Appeal"}
    assert len({r["article"] for r in rows}) == 3


def test_roles_as_of_reports_first_and_last_mention(multi_kg: KnowledgeGraph) -> None:
    rows = ask(multi_kg, "roles_as_of", actor="Lindqvist", date="2025-03-31")
    assert [(r["role"], r["since"], r["last_reported"]) for r in rows] == [
        ("Foreign Minister", "2025-03-02", "2025-03-09")
    ]


def test_shared_actors_co_appear_in_several_articles(multi_kg: KnowledgeGraph) -> None:
    rows = ask(multi_kg, "co_appearing")
    counts = {frozenset((r["actor_a"], r["actor_b"])): r["articles"] for r in rows}
    assert counts[frozenset(("Maria Lindqvist", "Samuel Adeyemi"))] == 2
    assert rows[0]["articles"] == max(counts.values())


def test_ceasefire_appeals_come_from_several_articles(multi_kg: KnowledgeGraph) -> None:
    rows = ask(multi_kg, "appeals_seeking", code="0871")
    assert {"Maria Lindqvist", "600+ former senior Israeli security officials"} <= {
        r["speaker"] for r in rows
    }


@pytest.mark.parametrize("query", all_queries(), ids=lambda q: q.name)
def test_every_question_is_deterministic(multi_kg: KnowledgeGraph, query: Any) -> None:
    chosen = {"code": "0871", "date": "2025-12-31", "actor": "Maria Lindqvist", "group": "CIS"}
    chosen["fact"] = appeal_iri(multi_kg, "0256")
    values = {p: chosen[p] for p in query.params}
    first = run_named(query.name, values, store=multi_kg)
    assert first == run_named(query.name, values, store=multi_kg)
    assert first[1], f"{query.name} returned no rows on the multi-article corpus"
