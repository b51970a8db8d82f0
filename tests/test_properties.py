"""Property tests over the whole pipeline on messy pages.

Pages are stitched from real seed sentences and noise: random Unicode, control
characters, zero-width and full-width spaces, lines of punctuation, long runs of one
character, broken lines. Whatever comes in: no exception escapes, mentions point at
their characters, evidence points into the original file, labels are non-empty, and
the same input gives the same output.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st

from kg.export.rdf import ntriples_lines
from kg.layout import repair
from kg.lexicon import load_lexicon
from kg.model import Document
from kg.pipeline import assemble, process_document
from kg.text import is_cjk

from .conftest import SEEDS


@lru_cache(maxsize=1)
def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


noise = st.one_of(
    st.text(min_size=0, max_size=40),
    st.sampled_from(
        ["\u200b", "\u3000", "\ufeff", "\x00", "\x1b[0m", "。。。。", "，，、、；", "亲" * 200, "-" * 80, "\r", "\t"]
    ),
    st.text(alphabet="，。、；：“”（）《》！？,.;:()!? ", min_size=1, max_size=30),
)
line = st.one_of(st.integers(min_value=0, max_value=10_000).map(lambda i: _seed_lines()[i % len(_seed_lines())]), noise)


def _ocr_fixed(text: str) -> str:
    for wrong, right in load_lexicon().ocr_fixes.items():
        text = text.replace(wrong, right)
    return text


def _break(text: str, cut: int) -> str:
    """Break a line somewhere inside, as a print layout does."""
    return text if len(text) < 4 else text[: cut % len(text)] + "\n" + text[cut % len(text) :]


page = st.lists(st.tuples(line, st.integers(0, 100), st.booleans()), min_size=1, max_size=12).map(
    lambda items: "\n".join(_break(text, cut) if broken else text for text, cut, broken in items)
)


@given(page)
def test_pipeline_invariants(text: str) -> None:
    doc = Document("p.txt", text, "utf-8")
    first = process_document(doc)
    clean = repair(doc)
    for mention in first.parts.mentions:
        assert clean.text[mention.start : mention.end] == mention.text
        assert mention.text.strip()
    graph = assemble([first])
    for entity in graph.entities.values():
        assert entity.name.strip()
    for relation in graph.relations:
        assert relation.evidence
        for evidence in relation.evidence:
            if evidence.article < 0:
                continue
            assert 0 <= evidence.start <= evidence.end <= len(text)
            source = _ocr_fixed(text[evidence.start : evidence.end])  # 录人 is read 录入, in place
            assert [c for c in source if is_cjk(c)][:20] == [c for c in evidence.sentence if is_cjk(c)][:20]
    again = assemble([process_document(doc)])
    assert ntriples_lines(again) == ntriples_lines(graph)
