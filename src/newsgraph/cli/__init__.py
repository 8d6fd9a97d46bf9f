"""The ``newsgraph`` command line: a thin click layer over the library.

Each command parses its options, calls one library function and formats the result. The
group and the helpers the commands share live in :mod:`~newsgraph.cli.app`; each area adds
its commands from a module of its own (:mod:`~newsgraph.cli.graph` for the store,
:mod:`~newsgraph.cli.queries`, :mod:`~newsgraph.cli.neo4j`, :mod:`~newsgraph.cli.evaluation`).
A new command goes in the module of its area, or in a new module imported below. Heavy
imports (spaCy, rdflib, neo4j) happen inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

# Importing a command module adds its commands to the group.
from newsgraph.cli import evaluation, graph, neo4j, queries  # noqa: F401
from newsgraph.cli.app import main

__all__ = ["main"]
