"""Statements written as ``NAME: words``: headlines, transcripts and digests.

``statement.colon``
    "Sanders: Clinton Email Story Has Moved", "BOULDUAN: Why not debate?", "... - Ann Lee:
    \u201c...\u201d". The prefix names a speaker or a source document ("Poll:"); the rest of
    the line is what it says.
"""

from __future__ import annotations

import re

from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import SOURCE_NOUNS
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef, Span, Statement

__all__ = ["colon_statements"]

#: "NAME: words" at the start of a line, or after a heading and a dash ("... - Ann Lee: ...").
_COLON_LINE = re.compile(
    r"^(?:[^\n:]*? [-\u2013\u2014] ?)?(?P<who>[A-Z][\w.\u2019'\- ()]{0,40}?):\s+(?P<what>\S.*)$",
    re.MULTILINE,
)
_COLON_MAX_WORDS = 5
_COLON_MIN_WORDS = 3
_PLACE_KINDS = frozenset({"place", "country"})
_QUOTE_MARKS = "\"'\u201c\u2018"


def colon_statements(finder: StatementFinder) -> list[Statement]:
    """Return statements written as ``NAME: words`` (transcripts, headlines, digests).

    The line must start with a short capitalised prefix (at most five words, possibly after a
    heading and a dash) that names a speaker or a source document ("Poll:", "Report:"); the
    rest of the line is the content.
    """
    found = []
    for m in _COLON_LINE.finditer(finder.text):
        if sum(w[:1].isalpha() for w in m.group("what").split()) < _COLON_MIN_WORDS:
            continue  # "Clinton: 1,769." is a tally
        ref = _colon_speaker(finder, m.start("who"), m.end("who"))
        if ref is None or (ref.key and finder.cast.kind_of(ref.key) in _PLACE_KINDS):
            continue  # "Iowa: Tim Albrecht, Brad Anderson, ..." lists by place
        content = Span(m.start("what"), m.end("what"))
        found.append(_colon_statement(finder, ref, m.end("who"), content))
    return found


def _colon_speaker(finder: StatementFinder, start: int, end: int) -> ActorRef | None:
    """Return who speaks in "WHO:", its span as written, or None for a heading."""
    who = finder.text[start:end]
    if len(who.split()) > _COLON_MAX_WORDS or who.lower() in _COLON_NOT_SPEAKERS:
        return None
    if who.lower().startswith(("follow ", "editor")):  # "Follow X on Twitter:", "Editor's Note:"
        return None
    tokens = finder.doc.char_span(start, end, alignment_mode="expand")
    if tokens is None or any(t.pos_ == "VERB" and not t.is_title for t in tokens):
        return None
    cast, root = finder.cast, tokens.root
    if any(cast.entity_of_token(t) for t in tokens):
        ref = cast.resolve(root) or cast.describe(root)
    elif (key := cast.person_named(who)) is not None:  # "Trump:" atop an article on him
        ref = ActorRef(key)
    elif root.lemma_.lower() in SOURCE_NOUNS:  # "Poll:", "Report:"
        ref, medium = finder.speakers.speaker_and_medium(root)
        ref = ref or (ActorRef(None) if medium else None)
    else:
        return None  # "EXCLUSIVE:", "Campaign funding:" are headings, not speakers
    return ActorRef(ref.key, Span(start, end)) if ref is not None else None


def _colon_statement(
    finder: StatementFinder, speaker: ActorRef, colon: int, content: Span
) -> Statement:
    words = content.slice(finder.text)
    return Statement(
        speaker=speaker,
        cue=Span(colon, colon + 1),
        content=(content,),
        direct=words[:1] in _QUOTE_MARKS,
        modality="asserted",
        cameo_code=statement_code("say", words),
        provenance=finder.provenance(content.start, "statement.colon", 0.6),
    )


_COLON_NOT_SPEAKERS = frozenset(
    "note update correction photo video watch read more related".split()
)
