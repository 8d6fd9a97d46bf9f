"""spaCy-based mapping of articles onto the ontology (imports spaCy; loaders do not)."""
