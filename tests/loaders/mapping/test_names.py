"""Which person a name in an article stands for."""

from __future__ import annotations

from newsgraph.loaders.mapping.names import clean_name, full_person_names


def test_a_surname_stands_for_the_full_name() -> None:
    names = full_person_names(["Ana Ruiz", "Ruiz", "Ruiz"])
    assert names["Ruiz"] == "Ana Ruiz"


def test_a_generation_suffix_names_another_person() -> None:
    names = full_person_names(["Mark Ellison Jr.", "Mark Ellison", "Ellison"])
    assert names["Mark Ellison"] == "Mark Ellison"
    assert names["Mark Ellison Jr."] == "Mark Ellison Jr."
    assert names["Ellison"] == "Mark Ellison"


def test_a_rarer_longer_form_of_a_full_name_is_a_variant_of_it() -> None:
    names = full_person_names(["Sleepy Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Ruiz"])
    assert set(names.values()) == {"Ana Ruiz"}


def test_a_longer_form_used_as_often_stays_the_full_name() -> None:
    names = full_person_names(["Ana Maria Ruiz", "Maria Ruiz"])
    assert names["Maria Ruiz"] == "Ana Maria Ruiz"


def test_a_surname_shared_by_two_people_goes_to_the_more_mentioned() -> None:
    names = full_person_names(["Jeb Bush", "Jeb Bush", "George Bush", "Bush"])
    assert names["Bush"] == "Jeb Bush"


def test_clean_name_drops_article_and_possessive() -> None:
    assert clean_name("the Harbour  Board\u2019s") == "Harbour Board"


def test_a_surname_with_an_honorific_goes_to_the_person_of_that_gender() -> None:
    genders = {"Mark Ellison": "m", "Ana Ellison": "f", "Ellison": "f"}
    mentions = ["Mark Ellison", "Mark Ellison", "Ana Ellison", "Ellison"]
    assert full_person_names(mentions)["Ellison"] == "Mark Ellison"  # the more mentioned
    names = full_person_names(mentions, genders)
    assert names["Ellison"] == "Ana Ellison"
