"""commitment-kg: who leads what by when, read from Chinese government documents.

>>> import kg
>>> # with kg.open_graph("./.kg") as g:
>>> #     g.ingest(["examples/"]); g.query("leader_commitments", name="张伟")
"""
from .api import KnowledgeGraph, open_graph
from .errors import InputError, KGError, QueryError, SchemaError, StoreUnavailable

__version__ = "0.1.0"
__all__ = ["open_graph", "KnowledgeGraph", "KGError", "InputError", "SchemaError", "QueryError",
           "StoreUnavailable"]
