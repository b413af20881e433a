"""graph_builder: Chinese city-newspaper pages to a named-entity knowledge graph."""

__version__ = "0.1.0"
