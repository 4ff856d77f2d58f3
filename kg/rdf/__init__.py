"""Linked data, one module per step:

- :mod:`kg.rdf.mapping`: the graph on standard vocabularies (W3C ORG, FOAF,
  OWL-Time, PROV-O, Web Annotation, schema.org) and our ``ckg:`` ontology
  (``kg.ttl`` beside it), streamed one subject at a time;
- :mod:`kg.rdf.writers`: Turtle, N-Triples, JSON-LD and RDF/XML writers that stream;
- :mod:`kg.rdf.sparql`: SPARQL over the graph, nothing fetched unless ``federated``;
- :mod:`kg.rdf.shacl`: reading RDF files and checking them against ``shapes.ttl``.

The names most callers need are here: ``from kg import rdf; rdf.sparql(graph, "SELECT …")``.
"""
from __future__ import annotations

from .mapping import (CKG, CKGS, DEFAULT_BASE, FOAF, ONTOLOGY, ORG, PREFIXES, REL_PREDICATE, SCHEMA_DIR,
                      STATUS_LABELS, Lit, blocks, bind_prefixes, check_base, node_iri, to_rdflib, triples)
from .sparql import sparql

__all__ = ["CKG", "CKGS", "DEFAULT_BASE", "FOAF", "ONTOLOGY", "ORG", "PREFIXES", "REL_PREDICATE", "SCHEMA_DIR",
           "STATUS_LABELS", "Lit", "blocks", "bind_prefixes", "check_base", "node_iri", "sparql", "to_rdflib",
           "triples"]
