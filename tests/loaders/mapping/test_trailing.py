"""The attribution pattern after a comma-closed quotation, on hand-tagged tokens.

The docs are built with explicit tags so each case tests the pattern, not the parser.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.loaders.mapping.trailing import trailing_attribution

VOCAB = spacy.blank("en").vocab  # with the lexical attributes (is_title)


def tagged(text: str) -> Doc:
    """Build a doc from "word/POS/TAG" items separated by spaces; a verb's lemma may follow
    its tag ("told/VERB/VBD/tell")."""
    items = [item.split("/") for item in text.split()]
    words, pos, tags = ([i[k] for i in items] for k in range(3))
    lemmas = [i[3] if len(i) > 3 else i[0].lower() for i in items]
    doc = Doc(VOCAB, words=words, pos=pos, tags=tags, lemmas=lemmas)
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


def attribution(text: str) -> tuple[str, str] | None:
    doc = tagged(text)
    close = next(t for t in doc if t.text == "”")
    found = trailing_attribution(doc, close.idx + 1)
    return (found[0].text, found[1].text) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the tagger took for a verb, an unlisted verb and a particle
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Okafor/VERB/VB shot/VERB/VBD "
            "back/ADV/RB ./PUNCT/.",
            ("shot", "Okafor"),
        ),
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' the/DET/DT aide/NOUN/NN "
            "barked/VERB/VBD and/CCONJ/CC left/VERB/VBD",
            ("barked", "aide"),
        ),
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' she/PRON/PRP sighed/VERB/VBD",
            ("sighed", "she"),
        ),
        # a party label in brackets after the name
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ruiz/PROPN/NNP (/PUNCT/-LRB- "
            "D/PROPN/NNP -/PUNCT/HYPH Port/PROPN/NNP )/PUNCT/-RRB- said/VERB/VBD/say ./PUNCT/.",
            ("said", "Ruiz"),
        ),
        # an age or a title between commas after the name
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ramos/PROPN/NNP ,/PUNCT/, 58/NUM/CD "
            ",/PUNCT/, said/VERB/VBD/say ./PUNCT/.",
            ("said", "Ramos"),
        ),
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ruiz/PROPN/NNP ,/PUNCT/, an/DET/DT "
            "aide/NOUN/NN ,/PUNCT/, sighed/VERB/VBD",
            ("sighed", "Ruiz"),
        ),
        # a speech verb may go on with whom it was said to
        (
            "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ramos/PROPN/NNP ,/PUNCT/, 58/NUM/CD "
            ",/PUNCT/, told/VERB/VBD/tell AFP/PROPN/NNP in/ADP/IN Miami/PROPN/NNP",
            ("told", "Ramos"),
        ),
    ],
)
def test_a_subject_and_verb_ending_the_clause_attribute_the_quote(
    text: str, expected: tuple[str, str]
) -> None:
    assert attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the verb takes an object: the quoted words are not its speech
        "“/PUNCT/`` Harbour/PROPN/NNP Lights/PROPN/NNP ,/PUNCT/, ”/PUNCT/'' "
        "made/VERB/VBD her/PRON/PRP famous/ADJ/JJ",
        # a long descriptive phrase, not a subject
        "“/PUNCT/`` Harbour/PROPN/NNP Lights/PROPN/NNP ,/PUNCT/, ”/PUNCT/'' a/DET/DT "
        "film/NOUN/NN about/ADP/IN the/DET/DT old/ADJ/JJ port/NOUN/NN ran/VERB/VBD",
        # nothing before the verb
        "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' ran/VERB/VBD the/DET/DT ad/NOUN/NN",
        # a relative clause is no appositive, and a list is no subject
        "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ramos/PROPN/NNP ,/PUNCT/, who/PRON/WP "
        "leads/VERB/VBZ/lead it/PRON/PRP ,/PUNCT/, sighed/VERB/VBD",
        "“/PUNCT/`` Go/VERB/VB ,/PUNCT/, ”/PUNCT/'' Ramos/PROPN/NNP ,/PUNCT/, Ruiz/PROPN/NNP "
        ",/PUNCT/, and/CCONJ/CC Lee/PROPN/NNP sighed/VERB/VBD",
    ],
)
def test_other_words_after_a_quote_are_not_an_attribution(text: str) -> None:
    assert attribution(text) is None
