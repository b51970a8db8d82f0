from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kg.model import KnowledgeGraph

# Bounded by default (CI); `pytest --hypothesis-profile=long` for a thorough run.
settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "gold"
EXPORTS = ROOT / "exports"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the committed exports/ from a fresh build")


@pytest.fixture(scope="session")
def seed_graph() -> KnowledgeGraph:
    from kg.pipeline import build

    return build([str(SEEDS)])


@pytest.fixture(scope="session")
def seed_exports(tmp_path_factory: pytest.TempPathFactory, seed_graph: KnowledgeGraph) -> Path:
    from kg.export import export

    folder = tmp_path_factory.mktemp("exports")
    export(seed_graph, folder)
    return folder


@pytest.fixture(scope="session")
def probe_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Turtle export of the probe pages (tests/fixtures/probe), which state agreements
    and posts held before; the seeds state none."""
    from kg.export import export
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("probe-exports")
    export(build([str(ROOT / "tests" / "fixtures" / "probe" / "pages")]), folder, formats=("turtle",))
    return folder


# queries about what only the probe pages state
PROBE_QUERIES = frozenset({"agreements", "former_posts"})


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
