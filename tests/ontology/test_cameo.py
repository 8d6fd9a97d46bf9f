"""The CAMEO codebook: the table matches CAMEO.md, the lookups work, cameo.ttl is generated."""

from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from newsgraph.errors import UnknownTermError
from newsgraph.ontology import CAMEO, NKG
from newsgraph.ontology.cameo import (
    CODES,
    SCHEME,
    cameo_graph,
    generate_turtle,
    goldstein,
    is_appeal,
    is_statement,
    known_codes,
    label,
)

#: Literal values from /work/shared/design/CAMEO.md (GDELT Goldstein column).
CAMEO_MD_GOLDSTEIN = {
    "01": 0.0,
    "010": 0.0,
    "011": -0.1,
    "012": -0.4,
    "013": 0.4,
    "016": -2.0,
    "018": 3.4,
    "019": 3.4,
    "02": 3.0,
    "020": 3.0,
    "021": 3.4,
    "0214": 3.4,
    "022": 3.2,
    "0234": 3.4,
    "024": -0.3,
    "0244": -0.3,
    "025": -0.3,
    "0253": -0.3,
    "0256": -0.3,
    "026": 4.0,
    "028": 4.0,
}
_DESIGN = Path(os.environ.get("NEWSGRAPH_DESIGN", Path(__file__).parents[3] / "shared/design"))
_ROW = re.compile(r"^\| `(\d+)` \| (?:&nbsp;)*([^|]+?) \|[^|]*\| ([+-]\d+\.\d) \| (\d) \|$")


@pytest.mark.parametrize(("code", "value"), CAMEO_MD_GOLDSTEIN.items())
def test_goldstein_matches_cameo_md(code: str, value: float) -> None:
    assert goldstein(code) == value


def _cameo_md_rows() -> list[tuple[str, str, float, int]]:
    source = _DESIGN / "CAMEO.md"
    if not source.is_file():
        pytest.skip(f"{source} not found (set NEWSGRAPH_DESIGN)")
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if match := _ROW.match(line):
            code, text, value, quad = match.groups()
            rows.append((code, text, float(value), int(quad)))
    return rows


def test_table_has_every_01_and_02_code_of_cameo_md_exactly() -> None:
    rows = _cameo_md_rows()
    assert len(rows) == 39
    ours = {(c.code, c.label, c.goldstein, c.quad_class) for c in CODES}
    assert set(rows) <= ours
    assert {c.code for c in CODES if c.code[:2] in ("01", "02")} == {r[0] for r in rows}


def test_lookups() -> None:
    assert label("0256") == "Appeal for de-escalation of military engagement"
    assert label("0871") == "Declare truce, ceasefire"
    assert goldstein("130") == -4.4
    assert known_codes()[0] == "01"
    assert "0841" in known_codes()


@pytest.mark.parametrize("lookup", [label, goldstein])
def test_unknown_code_raises(lookup: object) -> None:
    with pytest.raises(UnknownTermError, match="'0999'"):
        lookup("0999")  # type: ignore[operator]


def test_root_membership() -> None:
    assert [is_appeal(c) for c in ("02", "020", "0256", "010", "1020", "")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert [is_statement(c) for c in ("01", "019", "02", "0101x")] == [True, True, False, False]


def test_table_is_a_tree_with_valid_quads() -> None:
    codes = set(known_codes())
    assert len(codes) == len(CODES)
    for row in CODES:
        assert row.parent is None or row.parent in codes, row.code
        assert row.quad_class in (1, 2, 3, 4)
        assert -10.0 <= row.goldstein <= 10.0
    assert {r.quad_class for r in CODES if r.code[:2] in ("01", "02", "03", "04")} == {1}


def test_concepts_in_the_graph() -> None:
    graph = cameo_graph()
    concept = CAMEO["0256"]
    assert set(graph.objects(concept, RDF.type)) == {NKG.CameoEventType, SKOS.Concept}
    assert graph.value(concept, SKOS.notation) == Literal("0256")
    assert graph.value(concept, NKG.goldstein) == Literal(-0.3, datatype=XSD.double)
    assert graph.value(concept, NKG.quadClass) == Literal(1, datatype=XSD.integer)
    assert graph.value(concept, SKOS.broader) == CAMEO["025"]
    assert graph.value(concept, SKOS.inScheme) == SCHEME
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in graph
    roots = set(graph.subjects(SKOS.topConceptOf, SCHEME))
    assert roots == {CAMEO[c] for c in ("01", "02", "03", "04", "08", "10", "13")}


def test_shipped_cameo_ttl_is_the_generated_one() -> None:
    shipped = files("newsgraph.ontology").joinpath("cameo.ttl").read_text(encoding="utf-8")
    assert shipped == generate_turtle(), "run: python -m newsgraph.ontology.cameo"
