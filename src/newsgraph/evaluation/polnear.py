"""Read PolNeAR attribution gold (brat standoff) into plain relations.

A split folder holds ``text/<stem>.txt`` (the article, read as UTF-8 without newline
translation, because brat offsets count characters of the file as it is) and
``attributions/<stem>_<annotator>.ann``. When a text has several annotators, the first ``.ann``
by name is the gold. In a ``.ann`` file:

* ``T12<TAB>Source 10 20;25 30<TAB>text`` is a text-bound span; ``;`` separates the fragments
  of a discontinuous span and the text is the fragments joined by one space. A fragment can
  contain newlines, so the text may continue on the following lines.
* ``E3<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3`` is one relation; any role may be
  missing and ``Content2`` (any role with a numeric suffix) adds fragments to its role.
* Notes (``#``), attributes and other brat lines are ignored.

Relations without a Content role can never be matched, so they are counted
(:attr:`GoldDocument.without_content`) but not kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from newsgraph.errors import EvaluationError
from newsgraph.model import Article

__all__ = [
    "Fragments",
    "GoldDocument",
    "GoldRelation",
    "find_split_files",
    "read_ann",
    "read_split",
    "to_articles",
]

log = logging.getLogger(__name__)

Fragments = tuple[tuple[int, int], ...]
"""A possibly discontinuous span: ``((start, end), ...)`` in text order."""

_ANNOTATION_LINE = re.compile(r"^[A-Z#*]\d*\t")
_ROLE_SUFFIX = re.compile(r"\d+$")
_ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldRelation:
    """One gold attribution relation; empty fragments mean the role is absent."""

    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class GoldDocument:
    """One article with its gold relations (from the first annotator file)."""

    stem: str
    text: str
    relations: tuple[GoldRelation, ...]
    ann_path: Path
    span_count: int = 0
    text_mismatches: int = 0
    without_content: int = 0


@dataclass
class _Span:
    """A T line being read: its fragments, the text seen so far and where it was."""

    label: str
    fragments: Fragments
    text: str
    line: int

    def expected_length(self) -> int:
        """Length of the T text when complete: fragments joined by one space."""
        return sum(end - start for start, end in self.fragments) + len(self.fragments) - 1


@dataclass
class _AnnFile:
    """Spans and relation lines collected from one ``.ann`` file."""

    path: Path
    spans: dict[str, _Span] = field(default_factory=dict)
    events: list[tuple[int, list[str]]] = field(default_factory=list)
    open_span: _Span | None = None


def find_split_files(split_dir: Path) -> list[tuple[Path, Path]]:
    """Return ``(text file, first annotation file)`` pairs of a split, sorted by stem.

    Texts without any annotation file are skipped (with a log message).

    Raises:
        EvaluationError: If ``split_dir`` lacks ``text/`` or ``attributions/``.
    """
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise EvaluationError(f"{split_dir}: not a PolNeAR split, {folder.name}/ is missing")
    pairs = []
    for text_path in sorted(text_dir.glob("*.txt")):
        candidates = sorted(ann_dir.glob(f"{_glob_escape(text_path.stem)}_*.ann"))
        if candidates:
            pairs.append((text_path, candidates[0]))
        else:
            log.warning("%s: no annotation file, skipped", text_path)
    return pairs


def _glob_escape(name: str) -> str:
    """Escape glob metacharacters in a file name part."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def read_split(split_dir: str | Path, limit: int | None = None) -> list[GoldDocument]:
    """Read the gold of a PolNeAR split folder, sorted by text stem.

    Args:
        split_dir: Folder holding ``text/`` and ``attributions/``.
        limit: Read only the first ``limit`` texts (by name).

    Raises:
        EvaluationError: If the folder is not a split or an annotation file is malformed.
    """
    pairs = find_split_files(Path(split_dir))
    if limit is not None:
        pairs = pairs[:limit]
    return [read_document(text_path, ann_path) for text_path, ann_path in pairs]


def read_document(text_path: Path, ann_path: Path) -> GoldDocument:
    """Read one article text and its annotation file into a :class:`GoldDocument`."""
    return read_ann(_read(ann_path), _read(text_path), ann_path, stem=text_path.stem)


def _read(path: Path) -> str:
    """Return a file's characters exactly: UTF-8, no newline translation."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path}: not UTF-8 ({exc.reason})") from exc
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror})") from exc


def read_ann(ann_text: str, text: str, ann_path: Path, stem: str) -> GoldDocument:
    """Parse the content of a ``.ann`` file against its article text.

    Args:
        ann_text: The annotation file's content.
        text: The article text the offsets point into.
        ann_path: Where ``ann_text`` came from (for messages).
        stem: The text file's stem, used as the document id.

    Raises:
        EvaluationError: On a malformed line, naming the file and line number.
    """
    ann = _AnnFile(ann_path)
    for number, line in enumerate(ann_text.split("\n"), start=1):
        _read_line(ann, line.removesuffix("\r"), number)
    for span in ann.spans.values():
        _check_offsets(ann, span, len(text))
    mismatches = sum(1 for span in ann.spans.values() if not _text_matches(span, text))
    if mismatches:
        log.info("%s: %d span text(s) differ from the article text", ann_path, mismatches)
    relations = [_relation(ann, number, args) for number, args in ann.events]
    kept = tuple(relation for relation in relations if relation.content)
    return GoldDocument(
        stem, text, kept, ann_path, len(ann.spans), mismatches, len(relations) - len(kept)
    )


def _read_line(ann: _AnnFile, line: str, number: int) -> None:
    """Dispatch one line: a T span, an E relation, a continuation or an ignored line."""
    if not _ANNOTATION_LINE.match(line):
        _continue_span(ann, line, number)
        return
    ann.open_span = None
    if line.startswith("T"):
        span = _parse_span(ann, line, number)
        ann.spans[line.split("\t", 1)[0]] = span
        ann.open_span = span if len(span.text) < span.expected_length() else None
    elif line.startswith("E"):
        ann.events.append((number, _event_args(ann, line, number)))


def _continue_span(ann: _AnnFile, line: str, number: int) -> None:
    """Append a line to a span text that contains newlines; ignore blank lines elsewhere."""
    span = ann.open_span
    if span is None:
        if line.strip():
            _fail(ann, number, f"unexpected line {line[:40]!r}")
        return
    span.text += "\n" + line
    if len(span.text) >= span.expected_length():
        ann.open_span = None


def _parse_span(ann: _AnnFile, line: str, number: int) -> _Span:
    """Parse ``T1<TAB>Label 1 5;7 9<TAB>text``."""
    parts = line.split("\t", 2)
    if len(parts) < 2 or " " not in parts[1]:
        _fail(ann, number, "a T line needs 'ID<TAB>Label START END[;START END]<TAB>text'")
    label, _, offsets = parts[1].partition(" ")
    return _Span(
        label, _parse_fragments(ann, offsets, number), parts[2] if len(parts) > 2 else "", number
    )


def _parse_fragments(ann: _AnnFile, offsets: str, number: int) -> Fragments:
    """Parse ``10 20;25 30`` into ``((10, 20), (25, 30))``."""
    fragments = []
    for chunk in offsets.split(";"):
        pieces = chunk.split()
        if len(pieces) != 2 or not all(piece.isdigit() for piece in pieces):
            _fail(ann, number, f"bad offsets {offsets!r}")
        start, end = int(pieces[0]), int(pieces[1])
        if end < start:
            _fail(ann, number, f"fragment ends before it starts: {chunk!r}")
        fragments.append((start, end))
    return tuple(fragments)


def _event_args(ann: _AnnFile, line: str, number: int) -> list[str]:
    """Return the ``Role:Tn`` arguments of an E line (the trigger first)."""
    parts = line.split("\t")
    args = parts[1].split() if len(parts) > 1 else []
    if not args or not all(re.fullmatch(r"[\w-]+:[TE]\d+", arg) for arg in args):
        _fail(ann, number, "an E line needs 'ID<TAB>Type:Tn Role:Tn ...'")
    return args


def _relation(ann: _AnnFile, number: int, args: list[str]) -> GoldRelation:
    """Build a relation from an E line's role arguments (the trigger is skipped)."""
    roles: dict[str, list[tuple[int, int]]] = {role: [] for role in _ROLES}
    for arg in args[1:]:
        role, _, ref = arg.partition(":")
        if ref not in ann.spans:
            _fail(ann, number, f"{role} refers to {ref}, which is not defined")
        role = _ROLE_SUFFIX.sub("", role)
        if role in roles:
            roles[role].extend(ann.spans[ref].fragments)
        else:
            log.debug("%s:%d: role %s ignored", ann.path, number, role)
    source, cue, content = (tuple(sorted(roles[role])) for role in _ROLES)
    return GoldRelation(source, cue, content)


def _check_offsets(ann: _AnnFile, span: _Span, length: int) -> None:
    """Fail when a span points beyond the end of the article text."""
    if any(end > length for _, end in span.fragments):
        _fail(ann, span.line, f"offsets beyond the text end ({length} characters)")


def _text_matches(span: _Span, text: str) -> bool:
    """Return whether a T line's text equals its fragments of the article joined by spaces."""
    return span.text == " ".join(text[start:end] for start, end in span.fragments)


def _fail(ann: _AnnFile, number: int, cause: str) -> NoReturn:
    """Raise the error for a malformed line of ``ann``."""
    raise EvaluationError(f"{ann.path}:{number}: {cause}")


def to_articles(documents: Sequence[GoldDocument]) -> Iterator[Article]:
    """Yield one :class:`Article` per gold document (id = text stem)."""
    for document in documents:
        yield Article(id=document.stem, text=document.text, source=str(document.ann_path))
