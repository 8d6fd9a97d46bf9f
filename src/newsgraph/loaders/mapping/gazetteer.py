"""A small, editable gazetteer of well-known countries, places and organisations.

The data lives in ``gazetteer.tsv`` beside this module (package data). Each row gives a canonical
name, a kind (``org``, ``country`` or ``place``), ``|``-separated aliases, an ISO 3166 alpha-3
code, a CAMEO actor code and, for countries, demonyms. Users extend it by editing the file or by
loading their own with :func:`load_gazetteer`.

Lookups normalise the surface form first: curly apostrophes, runs of whitespace, a leading
"the", a trailing possessive and letter case. Acronyms (all capitals, such as ``WHO`` or
``U.S.``) are the exception: they only match in capitals, so "who" is not the World Health
Organization.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgraph.errors import ArticleParseError, LoaderError

__all__ = [
    "KINDS",
    "Gazetteer",
    "GazetteerEntry",
    "is_acronym",
    "load_gazetteer",
    "normalize_surface",
]

logger = logging.getLogger(__name__)

KINDS = ("org", "country", "place")
_COLUMNS = ("name", "kind", "aliases", "iso3", "cameo", "demonyms")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CAMEO = re.compile(r"^(?:[A-Z0-9]{3})+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z0-9&]\.?){2,8}\+?$")


@dataclass(frozen=True)
class GazetteerEntry:
    """One row of the gazetteer.

    Attributes:
        name: Canonical name, e.g. ``"United States"``.
        kind: ``"org"``, ``"country"`` or ``"place"``.
        aliases: Other surface forms (acronyms, short forms, spellings).
        iso3: ISO 3166-1 alpha-3 code, or None.
        cameo_code: CAMEO actor code, or None.
        demonyms: Nationality adjectives and plurals (countries), e.g. ``("Israeli", "Israelis")``.
    """

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    cameo_code: str | None = None
    demonyms: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Return the canonical name followed by the aliases."""
        return (self.name, *self.aliases)


def normalize_surface(text: str) -> str:
    """Return ``text`` with apostrophes, whitespace, "the" and possessive normalised.

    Case is kept; :class:`Gazetteer` decides whether to fold it.

    Example:
        >>> normalize_surface("  the  Israel’s ")
        'Israel'
    """
    text = " ".join(text.translate(_APOSTROPHES).split())
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def is_acronym(text: str) -> bool:
    """Return whether ``text`` is written like an acronym (``WHO``, ``U.S.``, ``G7``).

    Example:
        >>> is_acronym("NATO"), is_acronym("U.S."), is_acronym("Nato")
        (True, True, False)
    """
    return bool(_ACRONYM.match(text)) and any(c.isalpha() for c in text)


def _key(text: str) -> str:
    """Return the lookup key: case kept for acronyms, folded otherwise."""
    text = normalize_surface(text)
    return text if is_acronym(text) else text.casefold()


class Gazetteer:
    """Lookups over gazetteer entries by surface form and by demonym.

    Args:
        entries: The entries, in file order; on a clash of surface forms the first wins.
    """

    def __init__(self, entries: list[GazetteerEntry] | tuple[GazetteerEntry, ...]) -> None:
        self._entries = tuple(entries)
        self._by_surface: dict[str, GazetteerEntry] = {}
        self._by_demonym: dict[str, GazetteerEntry] = {}
        for entry in self._entries:
            self._index(self._by_surface, entry.surfaces, entry)
            self._index(self._by_demonym, entry.demonyms, entry)

    @staticmethod
    def _index(
        table: dict[str, GazetteerEntry], words: tuple[str, ...], entry: GazetteerEntry
    ) -> None:
        for word in words:
            existing = table.setdefault(_key(word), entry)
            if existing is not entry:
                logger.debug("gazetteer: %r already names %s", word, existing.name)

    def entries(self) -> tuple[GazetteerEntry, ...]:
        """Return every entry in file order."""
        return self._entries

    def find(self, surface: str) -> GazetteerEntry | None:
        """Return the entry named by ``surface`` (name or alias), or None.

        Example:
            >>> load_gazetteer().find("the U.S.").name
            'United States'
        """
        return self._by_surface.get(_key(surface))

    def country_for_demonym(self, word: str) -> GazetteerEntry | None:
        """Return the country (or place) whose demonym ``word`` is, or None.

        Example:
            >>> load_gazetteer().country_for_demonym("Israelis").name
            'Israel'
        """
        return self._by_demonym.get(_key(word))


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _parse_row(cells: list[str], source: str, line: int) -> GazetteerEntry:
    """Turn one TSV row into an entry, raising ArticleParseError on malformed cells."""
    if not 2 <= len(cells) <= len(_COLUMNS):
        raise ArticleParseError(
            f"expected 2 to {len(_COLUMNS)} tab-separated columns "
            f"({', '.join(_COLUMNS)}), got {len(cells)}",
            source,
            line,
        )
    padded = [cell.strip() for cell in cells] + [""] * (len(_COLUMNS) - len(cells))
    name, kind, aliases, iso3, cameo, demonyms = padded
    if not name:
        raise ArticleParseError("empty name", source, line)
    if kind not in KINDS:
        raise ArticleParseError(f"kind {kind!r} is not one of {', '.join(KINDS)}", source, line)
    if iso3 and not _ISO3.match(iso3):
        raise ArticleParseError(f"iso3 {iso3!r} is not three capital letters", source, line)
    if cameo and not _CAMEO.match(cameo):
        raise ArticleParseError(f"CAMEO code {cameo!r} is not 3-letter segments", source, line)
    return GazetteerEntry(
        name, kind, _split_list(aliases), iso3 or None, cameo or None, _split_list(demonyms)
    )


def parse_gazetteer(text: str, source: str) -> Gazetteer:
    """Parse gazetteer TSV text (header line and ``#`` comments allowed).

    Raises:
        ArticleParseError: Naming ``source`` and the line of the first malformed row.
    """
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.rstrip("\r\n").split("\t")
        if cells[0].strip() == "name" and cells[1:2] == ["kind"]:
            continue
        entries.append(_parse_row(cells, source, number))
    return Gazetteer(entries)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    resource = resources.files("newsgraph.loaders.mapping").joinpath("gazetteer.tsv")
    return parse_gazetteer(resource.read_text(encoding="utf-8"), str(resource))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Return the gazetteer from ``path``, or the bundled one (read once, cached) when None.

    Raises:
        LoaderError: If ``path`` cannot be read.
        ArticleParseError: If a row is malformed (the message names file and line).
    """
    if path is None:
        return _default_gazetteer()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoaderError(f"{path}: cannot read gazetteer: {exc}") from exc
    return parse_gazetteer(text, str(path))
