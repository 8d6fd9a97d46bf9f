"""The offline HTML view of the graph: ``newsgraph.viz.html.write_html(G, path)``."""
