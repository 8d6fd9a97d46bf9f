"""The offline HTML view of the graph: ``viz.html.write_html(G, path)`` (styling in ``viz.style``)."""
