"""newsgraph.graph."""
