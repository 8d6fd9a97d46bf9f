"""The attribution right after a quotation closed by a comma: '"...," Trump barked and left'.

News style closes a quoted sentence with a comma only when its attribution follows, so the
words after the closing mark name the speaker and the verb even when the verb is in no
lexicon ("barked", "shot back", "gushed") or the parser tagged the name as a verb ("Trump").
The pattern is read from tokens and their capitalisation, not from the parse, which quotation
marks often break: a short subject (perhaps with an appositive between commas, "Ramos, 58,",
or a party label in brackets, "Rep. Lee (D-Wash.)"), one lowercase verb with at most a
particle or adverb, then the end of the clause. A speech verb may go on ("told AFP in an
interview").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.lexicon import SPEECH_VERBS

__all__ = ["first_token_at", "trailing_attribution"]

_MAX_SUBJECT_TOKENS = 5
_MAX_VERB_TAIL = 2
_MAX_APPOSITIVE_TOKENS = 8
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})
_TAIL_POS = frozenset({"ADV", "ADP", "PART"})
_CLAUSE_END_POS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: Cue verb forms the tagger often reads as nouns ("the statement read", "the memo notes").
_NOUN_LIKE_CUES = frozenset({"read", "reads", "notes", "states", "writes", "says"})


def trailing_attribution(doc: Doc, quote_end: int) -> tuple[Token, Token] | None:
    """Return (verb, subject head) of the attribution starting at char ``quote_end``.

    ``quote_end`` is where a quotation ending in a comma closes. None when the next words are
    not "<short subject> <verb> [particle]" followed by the end of the clause.
    """
    start = first_token_at(doc, quote_end)
    if start is None:
        return None
    found = _verb_after_subject(doc, start)
    if found is None:
        return None
    verb_index, subject_index = found
    speech = doc[verb_index].lemma_.lower() in SPEECH_VERBS
    if not speech and not _clause_ends_after(doc, verb_index + 1):
        return None
    return doc[verb_index], doc[subject_index]


def first_token_at(doc: Doc, char: int) -> int | None:
    """Return the index of the first non-space token at or after ``char`` (binary search)."""
    i = bisect_left(range(len(doc)), char, key=lambda j: doc[j].idx)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def _verb_after_subject(doc: Doc, start: int) -> tuple[int, int] | None:
    """Return (verb, subject head) indexes: a lowercase verb after 1-5 subject-like tokens
    from ``start``, or after a subject and an appositive between commas ("Ramos, 58,")."""
    for i in range(start, min(start + _MAX_SUBJECT_TOKENS + 1, len(doc))):
        token = doc[i]
        if _is_lowercase_verb(token):
            return (i, i - 1) if i > start and _names_someone(doc[i - 1]) else None
        if token.text == "," and i > start and _names_someone(doc[i - 1]):
            after = _after_appositive(doc, i)
            if after is None or not _is_lowercase_verb(doc[after]):
                return None
            return after, i - 1
        if token.text == "(" and i > start and _names_someone(doc[i - 1]):
            after = _after_parenthesis(doc, i)  # "Rep. Jim Lee (D-Wash.) said"
            if after is None or not _is_lowercase_verb(doc[after]):
                return None
            return after, i - 1
        if token.pos_ not in _SUBJECT_POS and not token.is_title and token.text != "-":
            return None
    return None


def _after_parenthesis(doc: Doc, opening: int) -> int | None:
    """Return the index after a short parenthesis ("(D-Wash.)", "(R)") that closes on the
    same line, or None."""
    for i in range(opening + 1, min(opening + _MAX_APPOSITIVE_TOKENS + 1, len(doc) - 1)):
        if "\n" in doc[i].text:
            return None
        if doc[i].text == ")":
            return i + 1
    return None


def _after_appositive(doc: Doc, comma: int) -> int | None:
    """Return the index after an appositive that a second comma closes (", 58,", ", an aide,").

    An appositive holds no finite verb ("Ramos, who leads the group, said" is left to the
    parser) and does not cross into another sentence.
    """
    stop = min(comma + _MAX_APPOSITIVE_TOKENS + 2, len(doc) - 1)
    for j in range(comma + 1, stop):
        token = doc[j]
        if token.text == ",":
            return j + 1 if j > comma + 1 else None
        if token.tag_ in _FINITE_TAGS or token.is_sent_start:
            return None
    return None


def _is_lowercase_verb(token: Token) -> bool:
    """A lowercase verb, or a cue the tagger took for a noun ('"...," the email read.')."""
    if not token.text[:1].islower():
        return False
    return token.tag_.startswith("VB") or _cue_tagged_as_noun(token)


def _cue_tagged_as_noun(token: Token) -> bool:
    """Return whether ``token`` is a cue verb form that is also a noun ("read", "notes"),
    ending its clause, where only a verb can stand after a subject."""
    ends_clause = token.i + 1 == len(token.doc) or token.nbor().is_punct
    return token.lower_ in _NOUN_LIKE_CUES and ends_clause


def _names_someone(token: Token) -> bool:
    """A name, a pronoun or a noun: what can end a speaker's phrase ("Trump", "the aide")."""
    return token.is_title or token.pos_ in ("PROPN", "PRON", "NOUN") or token.lower_ == "old"


def _clause_ends_after(doc: Doc, i: int) -> bool:
    """Return whether the clause ends at ``i``, after at most a particle or adverb or date."""
    for j in range(i, min(i + _MAX_VERB_TAIL + 1, len(doc) + 1)):
        if j == len(doc) or doc[j].is_sent_start:
            return True
        token = doc[j]
        if token.pos_ in _CLAUSE_END_POS and token.lower_ not in ("'s", "\u2019s"):
            return True
        if token.pos_ not in _TAIL_POS and token.ent_type_ not in _TIME_ENTS:
            return False
    return False
