"""newsgraph: turn news articles into a knowledge graph of who said what and who asked whom.

Public entry points are re-exported here; see the README for a tour.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
