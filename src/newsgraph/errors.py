"""The newsgraph exception tree: every error the library raises derives from one root.

::

    NewsgraphError
     ├── ConfigurationError            bad setting, missing optional dependency
     ├── LoaderError                   an input file could not be read
     │    └── ArticleParseError        ... or its content is malformed (``source``, ``line``)
     ├── ExtractionError               the language pipeline failed or is unsuitable
     ├── OntologyError                 the ontology or a mapping is inconsistent
     │    └── UnknownTermError         a term that the ontology does not define
     ├── StoreError                    the embedded store could not be opened or written
     ├── WriterError                   an export or a database write failed
     │    └── Neo4jWriteError          ... against Neo4j
     ├── QueryError                    a SPARQL or Cypher query failed
     │    └── QueryNotFoundError       no named query by that name
     ├── ValidationError               SHACL input could not be validated
     ├── EvaluationError               gold data is missing or malformed
     └── UnknownPluginError            no plugin registered under that name

The CLI turns any :class:`NewsgraphError` into a one-line message and exit code 1.
"""

from __future__ import annotations

__all__ = [
    "ArticleParseError",
    "ConfigurationError",
    "EvaluationError",
    "ExtractionError",
    "LoaderError",
    "Neo4jWriteError",
    "NewsgraphError",
    "OntologyError",
    "QueryError",
    "QueryNotFoundError",
    "StoreError",
    "UnknownPluginError",
    "UnknownTermError",
    "ValidationError",
    "WriterError",
]


class NewsgraphError(Exception):
    """Root of every error newsgraph raises on purpose."""


class ConfigurationError(NewsgraphError):
    """A setting is invalid or an optional dependency is missing."""


class LoaderError(NewsgraphError):
    """An input could not be read (missing, unreadable, undecodable)."""


class ArticleParseError(LoaderError):
    """An input was read but its content is malformed.

    Args:
        message: What is wrong.
        source: The file (or other source) it came from.
        line: The 1-based line where the problem is, when known.
    """

    def __init__(self, message: str, source: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line


class ExtractionError(NewsgraphError):
    """The language pipeline failed or lacks a component extraction needs."""


class OntologyError(NewsgraphError):
    """The ontology, its shapes or the mapping table are inconsistent."""


class UnknownTermError(OntologyError, AttributeError):
    """A vocabulary term that the ontology does not define."""


class StoreError(NewsgraphError):
    """The embedded store could not be opened, read or written."""


class WriterError(NewsgraphError):
    """An export or a write to an external database failed."""


class Neo4jWriteError(WriterError):
    """A write to (or read from) Neo4j failed."""


class QueryError(NewsgraphError):
    """A SPARQL or Cypher query could not be parsed or run."""


class QueryNotFoundError(QueryError, LookupError):
    """There is no named query with the requested name."""


class ValidationError(NewsgraphError):
    """SHACL validation could not run on the given data."""


class EvaluationError(NewsgraphError):
    """Gold data for evaluation is missing or malformed."""


class UnknownPluginError(NewsgraphError, LookupError):
    """No plugin is registered under the requested name."""
