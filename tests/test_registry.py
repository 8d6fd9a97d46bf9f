"""The plug-in registries: lazy loading, unknown names, built-ins resolve."""

from __future__ import annotations

import sys

import pytest

from newsgraph.errors import UnknownPluginError
from newsgraph.registry import Registry, exporters, loaders


def test_unknown_name_lists_what_is_available() -> None:
    with pytest.raises(
        UnknownPluginError, match=r"Unknown exporter 'turtel'\. Available: .*turtle"
    ):
        exporters.get("turtel")


@pytest.mark.parametrize("name", exporters.names())
def test_every_exporter_resolves(name: str) -> None:
    assert callable(exporters.get(name))


def test_text_loader_resolves() -> None:
    assert loaders.get("text").__name__ == "read_text_article"


def test_targets_import_only_when_asked() -> None:
    registry: Registry[object] = Registry("thing", "newsgraph.test-things")
    registry.register("colorsys", "colorsys:rgb_to_hsv")
    sys.modules.pop("colorsys", None)
    assert "colorsys" not in sys.modules
    assert registry.get("COLORSYS")(1, 0, 0) == (0.0, 1.0, 1)
    assert registry.names() == ["colorsys"]
