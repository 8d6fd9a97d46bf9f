"""Format query results (column names and rows) as a text table, CSV or JSON.

Used for both SPARQL and Cypher results, so values may be plain Python (str, int, float,
bool, date, None, lists, dicts, as the Neo4j helpers return them) or rdflib terms. Output is
deterministic: the same rows always give the same text. In JSON, dates are ISO strings, IRIs
strings, and typed literals their Python value; in the table and CSV, lists and maps are
compact JSON.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from rdflib import BNode, Literal, URIRef

from newsgraph.errors import ConfigurationError

__all__ = ["FORMATS", "format_rows"]

FORMATS = ("table", "csv", "json")


def _json_value(value: Any) -> Any:
    """Return ``value`` as something ``json.dumps`` writes faithfully."""
    if isinstance(value, Literal):
        python = value.toPython()
        return _json_value(python) if not isinstance(python, Literal) else str(value)
    if isinstance(value, BNode):
        return f"_:{value}"
    if isinstance(value, (URIRef, str)):
        return str(value)
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)


def _cell(value: Any) -> str:
    """Return the text of one table or CSV cell."""
    plain = _json_value(value)
    if plain is None:
        return ""
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    # A raw line break inside a cell would break the one-row-per-line layout.
    cells = [[_cell(v).replace("\r", "\\r").replace("\n", "\\n") for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
        *("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells),
    ]
    return "\n".join(line.rstrip() for line in lines)


def _csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return buffer.getvalue().rstrip("\n")


def _json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    objects = [{c: _json_value(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=2)


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Return the rows as text in ``fmt`` (``table``, ``csv`` or ``json``), no final newline.

    Raises:
        ConfigurationError: If ``fmt`` is not one of :data:`FORMATS`.

    Example:
        >>> print(format_rows(["name", "day"], [["Trump", date(2025, 8, 4)]], "table"))
        name   day
        -----  ----------
        Trump  2025-08-04
        >>> print(format_rows(["n"], [[["a", "b"]]], "csv"))
        n
        "[""a"", ""b""]"
    """
    formatters = {"table": _table, "csv": _csv, "json": _json}
    if fmt not in formatters:
        raise ConfigurationError(f"unknown output format {fmt!r}; expected one of {FORMATS}")
    return formatters[fmt](columns, rows)
