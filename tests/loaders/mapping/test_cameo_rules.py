"""Tests for choosing CAMEO codes for appeals, statements and requested events."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.loaders.mapping import cameo_rules
from newsgraph.loaders.mapping.cameo_rules import appeal_code, event_codes, statement_code
from newsgraph.ontology.cameo import is_appeal, is_statement, known_codes


@pytest.mark.parametrize(
    ("action", "code"),
    [
        ("agree to a ceasefire in exchange for the release of hostages", "0256"),
        ("release the hostages and declare a truce", "0256"),
        ("halt the fighting in the north", "0256"),
        ("de-escalate the conflict", "0256"),
        ("withdraw troops from the border", "0256"),
        ("release the detained journalists", "0253"),
        ("free all political prisoners", "0253"),
        ("return the captives", "0253"),
        ("release the striking dock workers", "0253"),
        ("free the jailed", "0253"),
        ("release all those arrested at the march", "0253"),
        ("release the budget figures", "020"),
        ("accept mediation by Qatar", "028"),
        ("let a neutral party mediate", "028"),
        ("settle the dispute peacefully", "027"),
        ("resume negotiations with the union", "026"),
        ("hold direct talks", "026"),
        ("sit down with the opposition", "026"),
        ("resign immediately", "0241"),
        ("step down as party leader", "0241"),
        ("lift the crippling sanctions", "0254"),
        ("ease the oil embargo", "0254"),
        ("send humanitarian aid to the region", "0233"),
        ("allow humanitarian assistance in", "0233"),
        ("supply weapons to the army", "0232"),
        ("provide economic aid", "0231"),
        ("respect the rights of minorities", "0243"),
        ("deploy peacekeepers", "0234"),
        ("pass reforms", "024"),
        ("vote for the bill", "020"),
        ("", "020"),
    ],
)
def test_appeal_code(action: str, code: str) -> None:
    assert appeal_code(action) == code


def test_ceasefire_beats_release_whatever_the_word_order() -> None:
    assert appeal_code("free the hostages under a ceasefire deal") == "0256"
    assert appeal_code("CEASEFIRE now") == "0256"


def test_mediation_beats_negotiation() -> None:
    assert appeal_code("accept mediation and return to talks") == "028"


@pytest.mark.parametrize(
    ("cue", "content", "code"),
    [
        ("warn", "prices will rise", "012"),
        ("fear", "the worst is coming", "012"),
        ("say", "the outlook is pessimistic", "012"),
        ("deny", "any involvement in the attack", "016"),
        ("say", "he declined to comment on the report", "011"),
        ("decline", "the details", "011"),
        ("say", "there would be no comment", "011"),
        ("warn", "she refused to comment", "011"),
        ("hope", "the talks succeed", "013"),
        ("say", "we are confident that it works", "013"),
        ("agree", "the plan is sound", "019"),
        ("mourn", "the victims", "018"),
        ("concern", "the quay would flood", "012"),
        ("confidence", "the talks will succeed", "013"),
        ("condolence", "the families of the crew", "018"),
        ("say", "the talks went well", "010"),
        ("tell", "reporters the meeting was long", "010"),
    ],
)
def test_statement_code(cue: str, content: str, code: str) -> None:
    assert statement_code(cue, content) == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("a ceasefire in Gaza in exchange for the release of hostages", ("0841", "0871")),
        ("a truce", ("0871",)),
        ("release the prisoners", ("0841",)),
        ("to meet with the rebels for talks", ("036",)),
        ("vote for the bill", ()),
    ],
)
def test_event_codes(text: str, codes: tuple[str, ...]) -> None:
    assert event_codes(text) == codes


def _codes_in_module() -> set[str]:
    """Every code literal the rules can return, read from the module source."""
    source = Path(cameo_rules.__file__).read_text(encoding="utf-8")
    return set(re.findall(r'"(0\d{1,3})"', source))


def test_the_source_scan_finds_the_rule_codes() -> None:
    found = _codes_in_module()
    assert {"0256", "0253", "020", "010", "011", "012", "016", "0841", "0871", "036"} <= found


@pytest.mark.parametrize("code", sorted(_codes_in_module()))
def test_every_code_the_rules_return_is_in_the_codebook(code: str) -> None:
    assert code in known_codes()


def test_statement_codes_are_under_01_and_appeal_codes_under_02() -> None:
    appeal_results = {code for code, _ in cameo_rules._APPEAL_RULES} | {appeal_code("nothing")}
    statement_results = set(cameo_rules._STATEMENT_BY_CUE.values()) | {
        statement_code("say", text) for text in ("x", "no comment", "pessimistic", "optimistic")
    }
    assert len(appeal_results) > 5
    assert all(is_appeal(c) for c in appeal_results)
    assert len(statement_results) > 5
    assert all(is_statement(c) for c in statement_results)
    assert all(code in known_codes() for code, _ in cameo_rules._EVENT_RULES)
