"""Tests for the bundled gazetteer file and its lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import ArticleParseError, LoaderError
from newsgraph.loaders.mapping.gazetteer import load_gazetteer, normalize_surface


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def test_bundled_file_covers_every_un_member_state(gazetteer) -> None:
    countries = [e for e in gazetteer.entries() if e.kind == "country"]
    iso_codes = [e.iso3 for e in countries]
    assert len(countries) >= 193
    assert None not in iso_codes
    assert len(iso_codes) == len(set(iso_codes))


def test_bundled_names_are_unique(gazetteer) -> None:
    names = [e.name for e in gazetteer.entries()]
    assert len(names) == len(set(names))


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("the U.S.", "United States"),
        ("US", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("UAE", "United Arab Emirates"),
        ("South Korea", "South Korea"),
        ("Russia’s", "Russia"),
        ("  the   Gaza  Strip ", "Gaza Strip"),
        ("Shin Bet's", "Shin Bet"),
        ("nato", "North Atlantic Treaty Organization"),
        ("WHO", "World Health Organization"),
        ("Islamic State", "Islamic State"),
        ("ISIS", "Islamic State"),
    ],
    ids=lambda value: str(value),
)
def test_find_normalises_surface_forms(gazetteer, surface: str, expected: str) -> None:
    entry = gazetteer.find(surface)
    assert entry is not None
    assert entry.name == expected


@pytest.mark.parametrize("surface", ["who", "us", "Springfield Widgets", ""])
def test_find_returns_none_for_unknown_or_lowercased_acronyms(gazetteer, surface: str) -> None:
    assert gazetteer.find(surface) is None


def test_entry_fields(gazetteer) -> None:
    israel = gazetteer.find("Israel")
    mossad = gazetteer.find("Mossad")
    assert (israel.kind, israel.iso3, israel.cameo_code) == ("country", "ISR", "ISR")
    assert "Israelis" in israel.demonyms
    assert (mossad.kind, mossad.cameo_code) == ("org", "ISRSPY")


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Israeli", "Israel"),
        ("Israelis", "Israel"),
        ("American", "United States"),
        ("U.S.", "United States"),
        ("Britons", "United Kingdom"),
        ("Filipino", "Philippines"),
    ],
)
def test_country_for_demonym(gazetteer, word: str, country: str) -> None:
    assert gazetteer.country_for_demonym(word).name == country


def test_country_for_demonym_unknown(gazetteer) -> None:
    assert gazetteer.country_for_demonym("Martian") is None


def test_normalize_surface_handles_curly_apostrophes_and_the() -> None:
    assert normalize_surface("The  Kremlin’s") == "Kremlin"


def test_custom_file_with_header_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my places\nname\tkind\taliases\tiso3\tcameo\tdemonyms\n\n"
        "Ruritania\tcountry\tRuri\tRUR\tRUR\tRuritanian|Ruritanians\n"
        "Ruritanian Rail\torg\tRR\n",
        encoding="utf-8",
    )
    gazetteer = load_gazetteer(path)
    assert [e.name for e in gazetteer.entries()] == ["Ruritania", "Ruritanian Rail"]
    assert gazetteer.find("RR").kind == "org"
    assert gazetteer.country_for_demonym("Ruritanians").iso3 == "RUR"


@pytest.mark.parametrize(
    ("row", "cause"),
    [
        ("Ruritania\tkingdom\t\tRUR\t\t", "kind 'kingdom'"),
        ("Ruritania\tcountry\t\tRu\t\t", "iso3 'Ru'"),
        ("Ruritania\tcountry\t\tRUR\tRU\t", "CAMEO code 'RU'"),
        ("Ruritania\tcountry\t\tRUR\tRUR\t\textra", "columns"),
        ("\tcountry\t\tRUR\t\t", "empty name"),
    ],
    ids=["kind", "iso3", "cameo", "columns", "name"],
)
def test_malformed_row_names_file_and_line(tmp_path: Path, row: str, cause: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(f"# comment\nGoodland\tplace\n{row}\n", encoding="utf-8")
    with pytest.raises(ArticleParseError, match=cause) as info:
        load_gazetteer(path)
    assert info.value.line == 3
    assert str(path) in str(info.value)


def test_missing_file_is_a_loader_error(tmp_path: Path) -> None:
    with pytest.raises(LoaderError, match="cannot read gazetteer"):
        load_gazetteer(tmp_path / "absent.tsv")
