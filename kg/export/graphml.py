"""``graph.graphml`` for Gephi, yEd and networkx (scalar attributes only)."""

from __future__ import annotations

import io
import os

import networkx as nx

from kg.export.atomic import write_text
from kg.graph import to_networkx
from kg.model import KnowledgeGraph


def generate(kg: KnowledgeGraph) -> str:
    graph = to_networkx(kg)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue().decode("utf-8")


def write(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> None:
    write_text(path, generate(kg))
