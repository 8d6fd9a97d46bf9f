"""newsgraph.evaluation."""
