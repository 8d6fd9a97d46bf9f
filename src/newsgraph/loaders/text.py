"""Plain-text articles, with or without a dateline/byline header.

The bundled sample's layout is::

    August 4, 2025
    By Ayinde Adeleke
    <body paragraphs, one per line>

A file whose first line is not a date is read as plain text: the whole file is the body. The
article's text (the string every character offset points into) is the body with the header
lines removed and line endings normalised to ``\\n``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from newsgraph.errors import ArticleParseError, LoaderError
from newsgraph.model import Article

__all__ = ["iter_article_files", "load_paths", "parse_article_text", "read_text_article"]

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d", "%B %d %Y", "%b. %d, %Y")
_BYLINE = re.compile(r"^\s*by\s+(?P<author>[^\n]{2,100}?)\s*$", re.IGNORECASE)
_TITLE_MAX = 90
ARTICLE_SUFFIXES = (".txt",)


def parse_date(line: str) -> date | None:
    """Return the date a header line states, or None when it is not a date.

    Example:
        >>> parse_date("August 4, 2025")
        datetime.date(2025, 8, 4)
        >>> parse_date("In a rare move") is None
        True
    """
    cleaned = line.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _split_header(lines: list[str]) -> tuple[date | None, str | None, list[str]]:
    if not lines:
        return None, None, lines
    published = parse_date(lines[0])
    if published is None:
        return None, None, lines
    rest = lines[1:]
    byline = _BYLINE.match(rest[0]) if rest else None
    if byline:
        return published, byline.group("author"), rest[1:]
    return published, None, rest


def make_title(body: str) -> str:
    """Return a short title: the first sentence (never past the first line), cut at a word boundary.

    Example:
        >>> make_title("Rain fell. Then it stopped.")
        'Rain fell.'
    """
    first_paragraph = body.strip().split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", first_paragraph, maxsplit=1)[0]
    if len(first) <= _TITLE_MAX:
        return first
    return first[:_TITLE_MAX].rsplit(" ", 1)[0] + "\u2026"


def text_id(text: str) -> str:
    """Return the stable id of an article without a URL: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_article_text(raw: str, source: str = "", url: str | None = None) -> Article:
    """Parse the content of a text article (header optional) into an :class:`Article`.

    Raises:
        ArticleParseError: If there is no body text.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    published, author, body_lines = _split_header(lines)
    body = "\n".join(body_lines).strip("\n")
    if not body.strip():
        raise ArticleParseError("no article text (the file is empty or only a header)", source)
    article_id = text_id(url) if url else text_id(body)
    return Article(
        id=article_id,
        text=body,
        title=make_title(body),
        date=published,
        author=author,
        url=url,
        source=source,
    )


def _source_name(path: Path) -> str:
    """Return how an article's source is recorded: relative to the working folder if inside it.

    Re-building the same file replaces the article it gave before, even when its text (and so
    its id) changed; the recorded name identifies the file across builds.
    """
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def read_text_article(path: str | Path) -> Article:
    """Read one UTF-8 text article from ``path``.

    Raises:
        LoaderError: If the file is missing, unreadable or not UTF-8.
        ArticleParseError: If it holds no body text.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoaderError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleParseError(
            f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})", str(path), line
        ) from exc
    return parse_article_text(text, source=_source_name(path))


def iter_article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield article files: files as given, folders searched recursively for ``*.txt``.

    Raises:
        LoaderError: If a path does not exist or a folder holds no article file.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file()
            )
            if not found:
                raise LoaderError(f"{path}: folder holds no article file (*.txt)")
            yield from found
        elif path.exists():
            yield path
        else:
            raise LoaderError(f"{path}: no such file or folder")


def load_paths(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Read every article under ``paths`` (see :func:`iter_article_files`)."""
    for path in iter_article_files(paths):
        yield read_text_article(path)
