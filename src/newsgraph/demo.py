"""The demo: the whole pipeline on the bundled sample, into one output folder.

Used by ``newsgraph demo`` (the README's first command): build a store from the sample,
export Turtle, draw the HTML view, validate with SHACL and show who appealed to whom.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

from newsgraph.graph.rdf import write_store
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.graph.validate import validate
from newsgraph.pipeline import build_paths
from newsgraph.queries.sparql import prefixed

__all__ = ["APPEALS_QUERY", "run_demo", "sample_paths"]

#: Who appealed to whom, with the CAMEO code: the question the demo answers.
APPEALS_QUERY = """
SELECT ?speaker ?addressee ?target ?code ?action WHERE {
  ?appeal a nkg:Appeal ; nkg:eventType/skos:notation ?code ;
          nkg:requestedAction/rdfs:label ?action .
  OPTIONAL { ?appeal nkg:speaker/rdfs:label ?speaker }
  OPTIONAL { ?appeal nkg:addressee/rdfs:label ?addressee }
  OPTIONAL { ?appeal nkg:target/rdfs:label ?target }
} ORDER BY ?speaker ?code ?action
"""


def sample_paths() -> list[Path]:
    """Return the paths of the bundled sample articles, sorted."""
    seeds = files("newsgraph.seeds")
    return sorted(Path(str(p)) for p in seeds.iterdir() if p.name.endswith(".txt"))


def run_demo(out: str | Path) -> Iterator[str]:
    """Run the demo into ``out``; yield the lines to show the user."""
    out = Path(out)
    with KnowledgeGraph(out / "store") as kg:
        report = build_paths(sample_paths(), kg)
        yield (
            f"Built {len(report.articles)} sample article(s): "
            f"{report.statements} statements, {report.appeals} appeals."
        )
        write_store(kg, out / "graph.ttl")
        yield f"Turtle:     {out / 'graph.ttl'}"
        yield from _html(kg, out / "graph.html")
        conforms = validate(kg.union(include_reference=False)).conforms
        verdict = "conforms" if conforms else "DOES NOT CONFORM (run newsgraph validate)"
        yield f"SHACL:      {verdict}"
        yield "Who appealed to whom:"
        for speaker, addressee, target, code, action in kg.select(prefixed(APPEALS_QUERY))[1]:
            against = f" (against {target})" if target else ""
            yield f"  {speaker or '?'} -> {addressee or 'anyone'}{against} [CAMEO {code}]: {action}"


def _html(kg: KnowledgeGraph, path: Path) -> Iterator[str]:
    from newsgraph.graph.project import to_property_graph
    from newsgraph.viz.html import write_html

    write_html(to_property_graph(kg.union()), path)
    yield f"HTML view:  {path}"
