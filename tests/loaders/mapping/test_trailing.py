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
    """Build a doc from "word/POS/TAG" items separated by spaces."""
    words, pos, tags = zip(*(item.rsplit("/", 2) for item in text.split()), strict=True)
    doc = Doc(VOCAB, words=list(words), pos=list(pos), tags=list(tags))
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
    ],
)
def test_other_words_after_a_quote_are_not_an_attribution(text: str) -> None:
    assert attribution(text) is None
