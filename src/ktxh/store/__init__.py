"""The store: catalog, org units, periods, documents and observations with their provenance."""
