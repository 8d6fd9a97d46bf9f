"""Extraction: from parsed articles to :class:`~newsgraph.model.Extraction` objects.

:func:`extract` streams articles through ``nlp.pipe`` in batches and applies the rules of
:mod:`~newsgraph.loaders.mapping.statements`, :mod:`~newsgraph.loaders.mapping.appeals` and
:mod:`~newsgraph.loaders.mapping.actors` to each parsed document. With ``n_process > 1`` whole
articles are spread over worker processes, each with its own pipeline, so the rules run in
parallel too (spaCy's own ``n_process`` would parallelise only the parse).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.appeals import AppealFinder
from newsgraph.loaders.mapping.colon import colon_statements
from newsgraph.loaders.mapping.composition import find_memberships, find_roles
from newsgraph.loaders.mapping.gazetteer import load_gazetteer
from newsgraph.loaders.mapping.pipeline import load_pipeline
from newsgraph.loaders.mapping.reported import ReportedSpeechFinder
from newsgraph.loaders.mapping.sentences import span_of
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef, Article, Extraction, Span, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_doc"]

EXTRACTOR_VERSION = "newsgraph-rules/0.1"
_COMMA_CLOSE = ",\u201d\"'\u2019"
_ATTRIBUTION_GAP_WORDS = 3  # ',” the senator' between a quotation and its cue
_CHUNK = 16  # articles per task: small enough to keep every worker busy to the end


def extract_doc(doc: Doc, article: Article) -> Extraction:
    """Apply every extraction rule to one parsed article."""
    cast = Cast(doc, load_gazetteer(), text=article.text)
    statements = StatementFinder(doc, cast, cast.quotes)
    roles = find_roles(doc, cast, statements)
    cast.roles_by_holder = {r.holder: r.role for r in roles}
    colon = colon_statements(statements)
    reported_all = ReportedSpeechFinder(statements).find()
    quotes = _cut_at_other_cues(statements.direct(), reported_all)
    direct = _without_overlaps(_not_inside(quotes, reported_all, cast.text), colon)
    outer = _outer_sources(reported_all, direct)
    rest = [s for s in reported_all if _reported_quote(s, direct) is None]
    reported = _without_overlaps(rest, colon + direct) + outer
    appeals, medium_members = AppealFinder(doc, cast, statements).find()
    memberships = medium_members + find_memberships(doc, cast, statements, medium_members)
    return Extraction(
        article=article,
        entities=cast.entities(),
        roles=tuple(roles),
        memberships=tuple(memberships),
        statements=tuple(sorted(colon + direct + reported, key=lambda s: s.content[0])),
        appeals=tuple(appeals),
        sentences=tuple(span_of(s) for s in cast.sentences.spans),
    )


def _cut_at_other_cues(quotes: list[Statement], others: list[Statement]) -> list[Statement]:
    """End each quotation's statement before an uncued continuation that another cue precedes.

    In '"A," Lee told the crowd, adding that the port would close. "B."' B goes on from
    "adding" as much as from "told", so it is not taken as Lee's continuation of A.
    """
    return [_cut_before_other_cues(quote, others) for quote in quotes]


def _cut_before_other_cues(quote: Statement, others: list[Statement]) -> Statement:
    kept = [quote.content[0]]
    for fragment in quote.content[1:]:
        if any(_cue_between(other, kept[-1], fragment, quote) for other in others):
            break
        kept.append(fragment)
    return quote if len(kept) == len(quote.content) else replace(quote, content=tuple(kept))


def _cue_between(other: Statement, before: Span, after: Span, quote: Statement) -> bool:
    """Return whether ``other``'s cue (not ``quote``'s) lies between two quoted fragments."""
    cue = other.cue
    return cue is not None and cue != quote.cue and before.end <= cue.start < after.start


def _not_inside(quotes: list[Statement], clauses: list[Statement], text: str) -> list[Statement]:
    """Drop partial quotes that lie inside a reported clause: the clause states them.

    When the quotation's own (first) part lies in a reported clause, the statement goes, and
    what was merged into it with it: the cue it was given was the nearest speech verb, not
    the clause's ('Lee said the mayor represents "harbour values," stating that ...'). A
    quotation without a cue of its own that was taken as the continuation of an earlier
    quotation loses that fragment when it lies in a reported clause ("'...,' Graham said. He
    says he will tell the 'bigots' ..."). A quotation whose own attribution lies inside an
    "according to" clause ('"...," X said, according to Y') is X's and stays; Y becomes its
    outer source (see _outer_sources). Nor is a quotation whose clause's cue follows it
    ('In her speech, Lee declared: "...," she said'): the clause is the quotation.
    """
    kept = []
    for quote in quotes:
        inside = [_in_clause(c, quote, clauses, text) for c in quote.content]
        if inside[0]:
            continue
        outside = tuple(c for c, within in zip(quote.content, inside, strict=True) if not within)
        kept.append(quote if len(outside) == len(inside) else replace(quote, content=outside))
    return kept


def _in_clause(fragment: Span, quote: Statement, clauses: list[Statement], text: str) -> bool:
    return any(
        span.start <= fragment.start and fragment.end <= span.end + 2
        for st in clauses
        if not (st.provenance.rule == "statement.according-to" and _holds_cue(st, quote))
        and not _attributed_right_after(fragment, st, text)
        for span in st.content
    )


def _attributed_right_after(fragment: Span, clause: Statement, text: str) -> bool:
    """Return whether ``clause``'s cue follows the quoted ``fragment`` closely ('," she said')."""
    if clause.cue is None or clause.cue.start < fragment.end:
        return False
    gap = text[fragment.end : clause.cue.start]
    return gap.lstrip()[:1] in _COMMA_CLOSE and len(gap.split()) <= _ATTRIBUTION_GAP_WORDS


def _holds_cue(outer: Statement, quote: Statement) -> bool:
    """Return whether ``quote`` was attributed by a cue inside ``outer``'s clause."""
    cue, clause = quote.cue, outer.content[0]
    return cue is not None and clause.start <= cue.start and cue.end <= clause.end


def _outer_sources(reported: list[Statement], direct: list[Statement]) -> list[Statement]:
    """Return the "according to Y" statements around a quotation's attribution, widened.

    In '"...," O'Malley said, according to the Las Vegas Sun' the paper reports what
    O'Malley said: both are sources of the quotation, the paper the outer one, so the
    paper's statement takes the quoted words as well as "O'Malley said".
    """
    widened = []
    for outer in reported:
        quote = _reported_quote(outer, direct)
        if quote is None:
            continue
        if not _holds_content(outer, quote):
            outer = replace(outer, content=_union(*quote.content, *outer.content))
        widened.append(outer)
    return widened


def _union(*spans: Span) -> tuple[Span, ...]:
    """Return ``spans`` sorted, overlapping ones merged into one."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            span = Span(last.start, max(last.end, span.end))
        merged.append(span)
    return tuple(merged)


def _reported_quote(outer: Statement, direct: list[Statement]) -> Statement | None:
    """Return the quotation whose cue an "according to" statement's clause holds."""
    if outer.provenance.rule != "statement.according-to" or outer.speaker is None:
        return None
    for quote in direct:
        other = quote.speaker is not None and not _same_speaker(quote.speaker, outer.speaker)
        if other and _holds_cue(outer, quote):
            return quote
    return None


def _same_speaker(one: ActorRef, other: ActorRef) -> bool:
    """Return whether two speakers are one: the same entity, or, both naming none ("a
    letter", "one message"), the same words."""
    if one.key is None and other.key is None:
        return one.span == other.span
    return one.key == other.key


def _holds_content(outer: Statement, quote: Statement) -> bool:
    clause = outer.content[0]
    return all(clause.start <= c.start and c.end <= clause.end + 2 for c in quote.content)


def _without_overlaps(candidates: list[Statement], kept: list[Statement]) -> list[Statement]:
    """Drop candidates whose content overlaps a statement already kept (first rule wins)."""
    taken = [span for st in kept for span in st.content]
    result = []
    for statement in candidates:
        if not any(c.overlaps(t) for c in statement.content for t in taken):
            result.append(statement)
            taken.extend(statement.content)
    return result


def _extract_serial(
    articles: Iterable[Article], nlp: Language, batch_size: int
) -> Iterator[Extraction]:
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article)


def _warm_worker(model: str | None) -> None:
    """Load the pipeline when a worker starts, so every worker loads it at the same time."""
    load_pipeline(model)


def _worker_chunk(articles: list[Article], model: str | None, batch_size: int) -> list[Extraction]:
    return list(_extract_serial(articles, load_pipeline(model), batch_size))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    model: str | None = None,
) -> Iterator[Extraction]:
    """Extract statements, appeals and actors from ``articles``, in input order.

    Args:
        articles: Articles to analyse (consumed lazily).
        nlp: A loaded pipeline (single process only); default :func:`load_pipeline`.
        batch_size: Documents per ``nlp.pipe`` batch.
        n_process: Worker processes; each loads its own pipeline.
        model: Pipeline name for the workers (default from ``NEWSGRAPH_MODEL``).
    """
    if n_process <= 1:
        yield from _extract_serial(articles, nlp or load_pipeline(model), batch_size)
        return
    with ProcessPoolExecutor(n_process, initializer=_warm_worker, initargs=(model,)) as pool:
        futures = [
            pool.submit(_worker_chunk, chunk, model, batch_size)
            for chunk in _chunks(articles, _CHUNK)
        ]
        for future in futures:
            yield from future.result()
