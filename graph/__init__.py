"""Graph stores (embedded networkx + SQLite, Neo4j), exports and the explorer."""
