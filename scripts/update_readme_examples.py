"""Refresh the query examples in README.md with the real output on exports/graph.ttl.

README blocks of the form

    ```
    $ kg query queries/NAME.rq
    ...output...
    ```

are rewritten; tests/test_query.py checks that they match.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kg.query import format_result, query

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```\n\$ kg query (queries/\S+\.rq)\n(.*?)```", re.S)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    graph = ROOT / "exports" / "graph.ttl"

    def refresh(match: re.Match[str]) -> str:
        output = format_result(query(str(ROOT / match.group(1)), graph))
        return f"```\n$ kg query {match.group(1)}\n{output}```"

    readme.write_text(BLOCK.sub(refresh, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
