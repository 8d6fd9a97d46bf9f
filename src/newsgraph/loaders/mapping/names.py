"""How a mention reads as a name: cleaning, which person a short name stands for, gender, and
the noun phrases that name people without a name ("nearly half", "the 46-year-old").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.loaders.mapping.lexicon import FEMALE_CUES, MALE_CUES, SHARE_WORDS

__all__ = ["clean_name", "full_person_names", "gender_of_name", "is_age", "is_share"]

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
#: Words after a name that make it another person: Donald Trump Jr. is not Donald Trump.
_GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())


def clean_name(text: str) -> str:
    """Return a mention's text as a name: one space between words, no "the", no possessive.

    Example:
        >>> clean_name("the  Harbour Board's")
        'Harbour Board'
    """
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return _POSSESSIVE.sub("", text).strip()


def full_person_names(mentions: list[str], genders: dict[str, str] | None = None) -> dict[str, str]:
    """Map each person name in an article to the name of the person it stands for.

    A shorter name stands for a longer one that begins or ends with it ("Clinton" for "Hillary
    Clinton"), choosing the most mentioned, then the longest, and never one of the other
    gender when ``genders`` (name -> "m" or "f", from honorifics and first names) knows both:
    "Mrs. Clinton" is not "Bill Clinton". A generation suffix makes another person ("Donald
    Trump" is not "Donald Trump Jr."), and a full name used more often than a longer form of it
    stays its own name (the longer form is a nickname that stuck to it: "Crooked Hillary
    Clinton").

    Example:
        >>> names = full_person_names(["Ana Ruiz", "Ruiz", "Ana Ruiz", "Ana Ruiz Jr."])
        >>> names["Ruiz"], names["Ana Ruiz"], names["Ana Ruiz Jr."]
        ('Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz Jr.')
        >>> full_person_names(["Bill Ruiz", "Ruiz"], {"Bill Ruiz": "m", "Ruiz": "f"})["Ruiz"]
        'Ruiz'
    """
    counts = Counter(mentions)
    known = genders or {}
    canonical: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-len(n), n)):
        longer = sorted(
            {
                c
                for c in canonical.values()
                if _stands_for(name, c) and _same_gender(known.get(name), known.get(c))
            },
            key=lambda c: (-counts[c], -len(c.split()), c),
        )
        canonical[name] = longer[0] if longer else name
        if longer and len(name.split()) > 1 and counts[name] > counts[longer[0]]:
            _rename(canonical, longer[0], name)
    return canonical


def _same_gender(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


def _stands_for(short: str, long: str) -> bool:
    """Return whether ``short`` can name the same person as ``long`` (its first or last words)."""
    parts, whole = short.split(), long.split()
    if len(whole) <= len(parts):
        return False
    if whole[: len(parts)] == parts:
        return not any(w.lower() in _GENERATIONS for w in whole[len(parts) :])
    return whole[-len(parts) :] == parts


def _rename(canonical: dict[str, str], old: str, new: str) -> None:
    for name, target in canonical.items():
        if target == old:
            canonical[name] = new


def is_share(token: Token) -> bool:
    """Return whether ``token`` heads a share of people: "nearly half", "4 in 10", "60 percent".

    Example:
        >>> import spacy
        >>> [is_share(t) for t in spacy.blank("en")("Nearly half of voters")]
        [False, True, False, False]
    """
    return token.lemma_.lower() in SHARE_WORDS or token.lower_ in SHARE_WORDS or token.like_num


def is_age(token: Token) -> bool:
    """Return whether ``token`` ends an age used as a noun, which names a person: "the
    46-year-old said" (the parser hangs "year" on "old")."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def gender_of_name(span: SpacySpan) -> str | None:
    """Return "m" or "f" when an honorific, role noun or first name says so, else None.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Mrs. Rowe met Mark Ellison and Governor Okafor")
        >>> gender_of_name(doc[1:2]), gender_of_name(doc[3:5]), gender_of_name(doc[7:8])
        ('f', 'm', None)
    """
    cues = [span[0].lower_]
    if span.start > 0:
        cues.insert(0, span.doc[span.start - 1].lower_)
    for cue in cues:
        if cue in MALE_CUES:
            return "m"
        if cue in FEMALE_CUES:
            return "f"
    return None
