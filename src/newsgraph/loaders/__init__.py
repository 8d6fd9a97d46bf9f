"""newsgraph.loaders."""
