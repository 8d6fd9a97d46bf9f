"""The subject of a finite verb the parser hung on a noun as a modifier, on hand-built parses.

The model makes these mistakes only on some sentences, so the parses are written out here:
each is the misparse seen on news text, on made-up words.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.loaders.mapping.speakers import misparsed_subject

# "Ruiz, who served as deputy during the strike, called the fees absurd." with "called" hung
# on "strike" as a participle ("the strike (that was) called ...").
_RELATIVE = [
    ("Ruiz", 0, "ROOT", "NNP"),
    (",", 0, "punct", ","),
    ("who", 3, "nsubj", "WP"),
    ("served", 0, "relcl", "VBD"),
    ("as", 3, "prep", "IN"),
    ("deputy", 4, "pobj", "NN"),
    ("during", 3, "prep", "IN"),
    ("the", 8, "det", "DT"),
    ("strike", 6, "pobj", "NN"),
    (",", 8, "punct", ","),
    ("called", 8, "acl", "VBN"),
    ("the", 12, "det", "DT"),
    ("fees", 10, "oprd", "NNS"),
    ("absurd", 10, "oprd", "JJ"),
    (".", 0, "punct", "."),
]

# "Ruiz, a union ally, called the fees absurd." with "called" hung on "Ruiz".
_APPOSITIVE = [
    ("Ruiz", 0, "ROOT", "NNP"),
    (",", 0, "punct", ","),
    ("a", 4, "det", "DT"),
    ("union", 4, "compound", "NN"),
    ("ally", 0, "appos", "NN"),
    (",", 0, "punct", ","),
    ("called", 0, "acl", "VBN"),
    ("the", 8, "det", "DT"),
    ("fees", 6, "oprd", "NNS"),
    ("absurd", 6, "oprd", "JJ"),
    (".", 0, "punct", "."),
]

# "The fees, set by the council, called for a vote." is no misparse of that kind: the clause
# between the commas is no relative clause and no appositive.
_PARTICIPLE = [
    ("The", 1, "det", "DT"),
    ("fees", 6, "nsubj", "NNS"),
    (",", 1, "punct", ","),
    ("set", 1, "acl", "VBN"),
    ("by", 3, "agent", "IN"),
    ("council", 4, "pobj", "NN"),
    ("called", 6, "ROOT", "VBD"),
    (".", 6, "punct", "."),
]


def parse(rows: list[tuple[str, int, str, str]]) -> Doc:
    words, heads, deps, tags = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


def test_the_noun_before_a_relative_clause_is_the_subject() -> None:
    doc = parse(_RELATIVE)
    subject = misparsed_subject(doc[10])
    assert subject is not None
    assert subject.text == "Ruiz"


def test_the_noun_before_an_appositive_is_the_subject() -> None:
    doc = parse(_APPOSITIVE)
    subject = misparsed_subject(doc[6])
    assert subject is not None
    assert subject.text == "Ruiz"


def test_a_true_participle_or_a_finite_root_has_no_misparsed_subject() -> None:
    doc = parse(_PARTICIPLE)
    assert misparsed_subject(doc[3]) is None
    assert misparsed_subject(doc[6]) is None
