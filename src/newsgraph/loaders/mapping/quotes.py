"""Find direct quotations in raw text: straight and curly marks, multi-paragraph quotes.

News style opens each paragraph of a long quote with a quote mark and closes only the last
one; such a paragraph is returned as a quote that ``continues`` the previous one. Headlines
quote in single marks ("Lee: 'We will rebuild.'"), so in an article's headline block (the
text before its first blank line) straight single marks quote too. The finder works on
characters alone, so it cannot fail on odd markup the way parser-based finders do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CLOSE_LOOKBACK", "CLOSING_MARKS", "INNER_CLOSES", "QuoteSpan", "find_quotes"]

_OPENERS = {
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201d",
    "``": "''",
    "\u2018": "\u2019",
}
_STRAIGHT = '"'
_DOUBLED = "''"  # NYT style: ''like this''
_SINGLE = "'"  # headline style: Lee: 'We will rebuild.'
#: Marks that close a quotation, for rules that look at the text around one.
CLOSING_MARKS = ("\u201d", '"', "''", "\u2019")
#: Closing marks of a quotation inside a quotation ('"... she asked, 'Why?'"').
INNER_CLOSES = "\u2019\u201d'\""
#: How far back from a word a closing mark may stand ('"...," said Lee': ',"' then a space).
CLOSE_LOOKBACK = 4
#: Writers (and their editors) mix straight and curly double quotes: either closes the other.
_MIXED_DOUBLE = ('"', "\u201d")
#: Characters where a quotation can open; the scanner jumps from one to the next.
_CANDIDATE = re.compile("[\"`'\u201c\u201e\u00ab\u2018]")
_TRIM = " \t\n,;:"
_SENTENCE_ENDS = frozenset(".?!\u2026")
#: A single mark as the apostrophe of a shortened year: "in ‘08", "the ‘90s", "in '16".
_ELIDED_YEAR = re.compile("['\u2018]\\d\\d(?!\\d)")
_MIN_WORDS = 2
_TAG_OPEN = re.compile(r"<[A-Za-z][\w-]*\s")
#: A speech verb and a comma or colon right before a one-word quotation: 'said, "No."'.
_INTRODUCED_BEFORE = re.compile(
    r"\b(?:said|says|saying|replied|replies|answered|answers|wrote|writes|added|adds"
    r"|responded|responds|tweeted|declared)[,:]\s*$"
)
_INTRODUCED_LOOKBACK = 16
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADLINE_LINES = 3  # a headline block holds a headline and perhaps a dek or two
#: After a closing mark: a pronoun or a capitalised name, then a lowercase word ("he said"),
#: or an inverted speech verb ("said Lee", "wrote a supporter").
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:he|she|they|we|I|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+[a-z]+\b"
    r"|(?:said|says|wrote|writes|added|adds|asked|asks|replied|tweeted)\b)"
)


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted passage: ``[start, end)`` covers the marks, ``inner_*`` the words only."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    continues: bool = False


def _opening_at(text: str, i: int, headline_end: int) -> tuple[int, str] | None:
    """Return (length of the opening mark, its closing mark) if a quote opens at ``i``.

    Straight single marks open a quotation only before ``headline_end``.
    """
    if text.startswith("``", i) or (text.startswith(_DOUBLED, i) and _opens_here(text, i, 2)):
        return 2, _DOUBLED
    if text[i] == _SINGLE:
        opens = i < headline_end and _opens_here(text, i, 1) and not _ELIDED_YEAR.match(text, i)
        return (1, _SINGLE) if opens else None
    ch = text[i]
    if ch == "\u2018":
        opens = _opens_here(text, i, 1) and not _ELIDED_YEAR.match(text, i)
        return (1, "\u2019") if opens else None
    if ch in _OPENERS:
        return 1, _OPENERS[ch]
    if ch == _STRAIGHT and _opens_here(text, i, 1):
        return 1, _STRAIGHT
    return None


def _inside_tag(text: str, i: int) -> bool:
    """Return whether ``i`` lies inside markup left in the text: the attribute values of
    '<tweet tweet-author="@lee" tweet-date="May 2">' are not quotations."""
    last_open = text.rfind("<", 0, i)
    if last_open < 0:
        return False
    tag = _TAG_OPEN.match(text, last_open, i)
    return tag is not None and text.find(">", last_open, i) < 0


def _opens_here(text: str, i: int, width: int) -> bool:
    before_ok = i == 0 or not text[i - 1].isalnum()
    after = i + width
    return before_ok and after < len(text) and not text[after].isspace()


def _find_close(text: str, start: int, closer: str) -> tuple[int, bool]:
    """Return (index of the closing mark or paragraph end, whether the mark was found)."""
    paragraph_end = text.find("\n", start)
    if paragraph_end == -1:
        paragraph_end = len(text)
    closers = _MIXED_DOUBLE if closer in _MIXED_DOUBLE else (closer,)
    found = [c for mark in closers if (c := _close_of(text, mark, start, paragraph_end)) != -1]
    if closer in _MIXED_DOUBLE:
        found += _mistyped_closes(text, start, paragraph_end)[:1]
    close = min(found) if found else -1
    while (
        closer in ("\u2019", _SINGLE)
        and close != -1
        and close + 1 < len(text)
        and text[close + 1].isalpha()
    ):
        close = text.find(closer, close + 1, paragraph_end)  # an apostrophe, not the close
    return (close, True) if close != -1 else (paragraph_end, False)


def _close_of(text: str, mark: str, start: int, stop: int) -> int:
    """Return the first ``mark`` in ``text[start:stop]`` that can close a quotation, or -1."""
    return _straight_close(text, start, stop) if mark == _STRAIGHT else text.find(mark, start, stop)


def _straight_close(text: str, start: int, stop: int) -> int:
    """Return the straight mark that closes a quotation opened before ``start``, or -1.

    A quotation inside it may use straight marks too ('"... if someone says, "I'd like
    10,000 rounds," you might be suspicious."'). A mark after a space and before a word
    opens such an inner quotation, and the next mark closes it; only a mark outside one
    closes the outer quotation. After the end of a sentence such a mark neither opens nor
    closes: text that lost its paragraph breaks runs a quote's paragraphs together, each
    opening with a mark ('"... back to Blackpool. "Obviously we have failed."').
    """
    inner_open = False
    first_inner = -1
    for match in re.finditer('"', text[start:stop]):
        i = start + match.start()
        if inner_open:
            inner_open = False
        elif not _before_word(text, i, stop) or text[i - 2 : i - 1] == ":":
            return i  # after "He added: " a mark opens the next quotation: this one is over
        elif text[i - 2 : i - 1] not in _SENTENCE_ENDS:
            inner_open = True
            first_inner = i if first_inner == -1 else first_inner
    # No close after an inner quotation: the writer dropped this one's closing mark, so the
    # first mark read as an inner opening was the close after all.
    return first_inner


def _before_word(text: str, i: int, stop: int) -> bool:
    """Return whether the mark at ``i`` stands after a space and before a word, as an opening
    mark does."""
    return text[i - 1].isspace() and i + 1 < stop and not text[i + 1].isspace()


def _mistyped_closes(text: str, start: int, stop: int) -> list[int]:
    """Return where an opening “ is typed for a closing mark: '...,“ said Clyburn'.

    Such a mark follows a word or punctuation and is followed by a space or the paragraph's
    end, which an opening mark never is.
    """
    return [
        match.start()
        for match in _MISTYPED_CLOSE.finditer(text, start, stop)
        if match.start() > start
    ]


_MISTYPED_CLOSE = re.compile("(?<=\\S)\u201c(?=\\s|$)")


def _trimmed(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin] in _TRIM:
        begin += 1
    while end > begin and text[end - 1] in _TRIM:
        end -= 1
    return begin, end


def find_quotes(text: str) -> list[QuoteSpan]:
    """Return the direct quotations in ``text`` in order.

    Example:
        >>> q = find_quotes('\u201cWe will win,\u201d she said.')
        >>> 'We will win,\u201d she said.'[q[0].inner_start - 1:q[0].inner_end - 1]
        'We will win'
    """
    quotes: list[QuoteSpan] = []
    headline_end = _headline_end(text)
    i, open_until = (
        0,
        -1,
    )  # open_until: end of the last quote when it ran open to its paragraph's end
    while i < len(text):
        found = _CANDIDATE.search(text, i)
        if found is None:
            break
        i = found.start()
        opening = None if _inside_tag(text, i) else _opening_at(text, i, headline_end)
        if opening is None:
            i += 1
            continue
        width, closer = opening
        close, closed = _find_close(text, i + width, closer)
        if closer == _SINGLE and not closed:  # a headline's apostrophe, not a quotation
            i += 1
            continue
        inner = _trimmed(text, i + width, close)
        end = close + len(closer) if closed else close
        if _long_enough(text[inner[0] : inner[1]]) or (
            closed and (_attributed_word(text, inner, end) or _introduced_word(text, i, inner))
        ):
            continues = open_until >= 0 and _next_paragraph_starts_at(text, open_until, i)
            quotes.append(QuoteSpan(i, end, inner[0], inner[1], continues))
            open_until = -1 if closed else close
        i = close + (len(closer) if closed else 1)
    return quotes


def _long_enough(words: str) -> bool:
    """Two words make a quotation; one word only when it is a cry or a question ("Out!")."""
    return len(words.split()) >= _MIN_WORDS or (bool(words) and words[-1] in "!?")


def _attributed_word(text: str, inner: tuple[int, int], end: int) -> bool:
    """Return whether a one-word quote closed by a comma is followed by its attribution:
    '"Absolutely," he said', '"Judge," Brafman said'. A scare quote is not ("called it
    "nonsense," and left")."""
    comma_inside = text[inner[1] : end].lstrip().startswith(",")
    return comma_inside and _ATTRIBUTION_AFTER.match(text, end) is not None


def _introduced_word(text: str, start: int, inner: tuple[int, int]) -> bool:
    """Return whether a one-word quoted sentence follows a speech verb and a comma or colon:
    'Asked whether he would stay, Lee said, "Probably."'. A scare quote is no sentence."""
    ends_sentence = text[inner[0] : inner[1]].endswith((".", "!", "?"))
    before = text[max(0, start - _INTRODUCED_LOOKBACK) : start]
    return ends_sentence and _INTRODUCED_BEFORE.search(before) is not None


def _headline_end(text: str) -> int:
    """Return where an article's headline block ends: at its first blank line, and within
    its first few lines (a text without blank lines has only its first line as headline)."""
    blank = _BLANK_LINE.search(text)
    line_end = -1
    for _ in range(_HEADLINE_LINES if blank else 1):
        line_end = text.find("\n", line_end + 1)
        if line_end < 0:
            return blank.start() if blank else len(text)
    return min(blank.start(), line_end) if blank else line_end


def _next_paragraph_starts_at(text: str, paragraph_end: int, i: int) -> bool:
    """Return whether ``i`` opens the first non-blank paragraph after ``paragraph_end``."""
    return not text[paragraph_end:i].strip()
