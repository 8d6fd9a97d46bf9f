"""newsgraph.seeds."""
