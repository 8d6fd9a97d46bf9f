"""Reading articles from files into :class:`~newsgraph.model.Article` objects.

Loaders import without spaCy; the language analysis that maps an article onto the ontology
lives in :mod:`newsgraph.loaders.mapping`.
"""

from __future__ import annotations

from newsgraph.loaders.text import iter_article_files, load_paths, read_text_article

__all__ = ["iter_article_files", "load_paths", "read_text_article"]
