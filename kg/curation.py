"""User corrections, re-applied on every build (``kg build --curation curation.yaml``).

```yaml
merge:              # canonical name: [other names of the same thing]
  河南时事通医疗大数据有限公司: [时事通, 时事通公司]
never_merge:        # names kg would merge that are different things
  - [沪华国庆学校, 二七区沪华国庆学校]
split_by_file:      # a name that stands for different people in different files
  - 王强
drop:               # names (or ids such as organization/社区) that are not entities
  - 社区日间照料中心
types:              # name: the right type
  赛奥斯博: company
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import ENTITY_TYPES

SECTIONS = ("merge", "never_merge", "split_by_file", "drop", "types")


@dataclass(frozen=True)
class Curation:
    merge: dict[str, str] = field(default_factory=dict)  # other name -> canonical name
    never_merge: frozenset[frozenset[str]] = frozenset()
    split_by_file: frozenset[str] = frozenset()
    drop: frozenset[str] = frozenset()
    types: dict[str, str] = field(default_factory=dict)

    def dropped(self, type_: str, name: str) -> bool:
        return name in self.drop or f"{type_}/{name}" in self.drop

    def apart(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.never_merge


def _fail(path: Path, message: str) -> InputError:
    return InputError(f"{path}: {message}")


def _strings(value: Any, path: Path, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(path, f"'{where}' must be a list of names")
    return value


def load_curation(path: str | Path) -> Curation:
    """Read and check a curation file; every problem names the file and the entry."""
    target = Path(path)
    try:
        data = yaml.safe_load(target.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise _fail(target, f"cannot be read ({exc.strerror})") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _fail(target, f"is not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise _fail(target, "must be a mapping with sections " + ", ".join(SECTIONS))
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise _fail(target, f"unknown section '{unknown[0]}' (known: {', '.join(SECTIONS)})")
    merge: dict[str, str] = {}
    for canonical, others in (data.get("merge") or {}).items():
        for other in _strings(others, target, f"merge: {canonical}"):
            merge[other] = str(canonical)
    pairs = set()
    for pair in data.get("never_merge") or []:
        names = _strings(pair, target, "never_merge")
        if len(names) != 2:
            raise _fail(target, f"never_merge entry {pair} must name exactly two things")
        pairs.add(frozenset(names))
    types: dict[str, str] = {}
    for name, type_ in (data.get("types") or {}).items():
        if type_ not in ENTITY_TYPES:
            raise _fail(target, f"types: '{name}' has type '{type_}', not one of {', '.join(ENTITY_TYPES)}")
        types[str(name)] = type_
    return Curation(
        merge=merge,
        never_merge=frozenset(pairs),
        split_by_file=frozenset(_strings(data.get("split_by_file") or [], target, "split_by_file")),
        drop=frozenset(_strings(data.get("drop") or [], target, "drop")),
        types=types,
    )
