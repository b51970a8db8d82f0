"""kg: evidence-backed knowledge graphs from Chinese local-government news.

>>> import kg
>>> graph = kg.build(["seeds"])  # doctest: +SKIP
>>> kg.write_exports(graph, "exports")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.api import load
from kg.errors import ExportError, InputError, KgError, QueryError
from kg.export import export as write_exports
from kg.model import ENTITY_TYPES, RELATION_TYPES, Entity, Evidence, KnowledgeGraph, Mention, Post, Relation
from kg.pipeline import build, extract_text

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Entity",
    "Evidence",
    "ExportError",
    "InputError",
    "KgError",
    "KnowledgeGraph",
    "Mention",
    "Post",
    "QueryError",
    "Relation",
    "__version__",
    "build",
    "extract_text",
    "load",
    "write_exports",
]
