"""Find direct quotations in raw text: straight and curly marks, multi-paragraph quotes.

News style opens each paragraph of a long quote with a quote mark and closes only the last
one; such a paragraph is returned as a quote that ``continues`` the previous one. The finder
works on characters alone, so it cannot fail on odd markup the way parser-based finders do.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes"]

_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_STRAIGHT = '"'
_TRIM = " \t\n,;:"
_MIN_WORDS = 2


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted passage: ``[start, end)`` covers the marks, ``inner_*`` the words only."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    continues: bool = False


def _closing_for(text: str, i: int) -> str | None:
    ch = text[i]
    if ch in _OPENERS:
        return _OPENERS[ch]
    if ch == _STRAIGHT and (i == 0 or not text[i - 1].isalnum()):
        return _STRAIGHT if i + 1 < len(text) and not text[i + 1].isspace() else None
    return None


def _find_close(text: str, start: int, closer: str) -> tuple[int, bool]:
    """Return (index of the closing mark or paragraph end, whether the mark was found)."""
    paragraph_end = text.find("\n", start)
    if paragraph_end == -1:
        paragraph_end = len(text)
    close = text.find(closer, start, paragraph_end)
    return (close, True) if close != -1 else (paragraph_end, False)


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
    i, open_until = 0, -1  # open_until: end of the last quote when it ran open to its paragraph's end
    while i < len(text):
        closer = _closing_for(text, i)
        if closer is None:
            i += 1
            continue
        close, closed = _find_close(text, i + 1, closer)
        inner = _trimmed(text, i + 1, close)
        if len(text[inner[0] : inner[1]].split()) >= _MIN_WORDS:
            continues = open_until >= 0 and _next_paragraph_starts_at(text, open_until, i)
            end = close + 1 if closed else close
            quotes.append(QuoteSpan(i, end, inner[0], inner[1], continues))
            open_until = -1 if closed else close
        i = close + 1
    return quotes


def _next_paragraph_starts_at(text: str, paragraph_end: int, i: int) -> bool:
    """Return whether ``i`` opens the first non-blank paragraph after ``paragraph_end``."""
    return not text[paragraph_end:i].strip()
