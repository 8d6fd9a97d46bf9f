"""Named plug-ins, imported only when first used.

A :class:`Registry` maps a lowercase name to ``"module:attr"``; :meth:`Registry.get` imports
the target on first use, so ``newsgraph --help`` never imports spaCy, rdflib or neo4j.
Third-party packages add entries through the entry-point group of the registry
(``newsgraph.loaders``, ``newsgraph.exporters``), loaded once, lazily.

Two registries ship: :data:`loaders` (``path -> Iterator[Article]``) and :data:`exporters`
(``(KnowledgeGraph, path) -> object``, one per ``newsgraph export --format``).
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from newsgraph.errors import UnknownPluginError

__all__ = ["Registry", "exporters", "loaders"]

T = TypeVar("T")


class Registry(Generic[T]):
    """A lazy name -> object registry backed by ``"module:attr"`` targets and entry points.

    Args:
        kind: What the entries are, for messages ("exporter").
        group: Entry-point group that third-party packages register under.

    Example:
        >>> reg: Registry[Any] = Registry("thing", "newsgraph.test-things")
        >>> reg.register("json", "json:dumps")
        >>> reg.get("json")({"a": 1})
        '{"a": 1}'
    """

    def __init__(self, kind: str, group: str) -> None:
        self.kind = kind
        self.group = group
        self._targets: dict[str, str] = {}
        self._loaded: dict[str, T] = {}
        self._plugins_loaded = False

    def register(self, name: str, target: str) -> None:
        """Register ``target`` (``"module:attr"``) under ``name`` (lowercase)."""
        self._targets[name.lower()] = target
        self._loaded.pop(name.lower(), None)

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        for entry in entry_points(group=self.group):
            self._targets.setdefault(entry.name.lower(), entry.value)

    def names(self) -> list[str]:
        """Return the registered names, sorted (built-ins and plug-ins)."""
        self._load_plugins()
        return sorted(self._targets)

    def get(self, name: str) -> T:
        """Return the object registered under ``name``, importing it on first use.

        Raises:
            UnknownPluginError: If nothing is registered under ``name``; the message lists
                what is.
        """
        key = name.lower()
        if key not in self._loaded:
            self._load_plugins()
            if key not in self._targets:
                raise UnknownPluginError(
                    f"Unknown {self.kind} {name!r}. Available: {', '.join(self.names())}."
                )
            module_name, _, attr = self._targets[key].partition(":")
            self._loaded[key] = getattr(importlib.import_module(module_name), attr)
        return self._loaded[key]


loaders: Registry[Any] = Registry("loader", "newsgraph.loaders")
exporters: Registry[Any] = Registry("exporter", "newsgraph.exporters")

# Built-ins, in one block.
loaders.register("text", "newsgraph.loaders.text:read_text_article")
for _fmt in ("turtle", "nt", "jsonld", "trig"):
    exporters.register(_fmt, f"newsgraph.exporters:export_{_fmt}")
exporters.register("cypher", "newsgraph.graph.cypher_script:export_cypher_script")
