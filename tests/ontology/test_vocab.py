"""``V`` gives the ontology's terms and refuses typos."""

from __future__ import annotations

import pytest

from newsgraph.errors import UnknownTermError
from newsgraph.ontology import NKG, V


def test_known_terms_resolve() -> None:
    assert V.Person == NKG.Person
    assert V["requestedAction"] == NKG.requestedAction
    assert V.goldstein == NKG.goldstein


@pytest.mark.parametrize("name", ["Persn", "actorCode", "label", "Concept"])
def test_unknown_terms_raise(name: str) -> None:
    with pytest.raises(UnknownTermError, match=f"nkg:{name}"):
        getattr(V, name)


def test_unknown_term_is_an_attribute_error_for_hasattr() -> None:
    assert not hasattr(V, "Apeal")
