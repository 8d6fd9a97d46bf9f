"""newsgraph.viz."""
