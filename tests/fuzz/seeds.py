"""The seed corpus: the inputs in ``tests/fuzz/corpus`` (past crashes among them)
and the sample files of ``tests/data``, each given to every target.

>>> seeds = list(seed_inputs())
>>> len(seeds) % len(TARGETS), all(seed[0] < len(TARGETS) for seed in seeds)
(0, True)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tests.fuzz.targets import TARGETS

__all__ = ["CORPUS", "seed_files", "seed_inputs"]

#: The committed seeds: one input a file, raw (no target byte).
CORPUS = Path(__file__).parent / "corpus"
_DATA = Path(__file__).parent.parent / "data"


def seed_files() -> list[Path]:
    """The seed files, in a stable order."""
    samples = sorted(p for p in _DATA.rglob("*") if p.suffix in (".xml", ".json") and "schema" not in p.name)
    return sorted(CORPUS.iterdir()) + samples


def seed_inputs() -> Iterator[bytes]:
    """Each seed as an input of each target: the target's byte, then the seed."""
    for path in seed_files():
        data = path.read_bytes()
        for index in range(len(TARGETS)):
            yield bytes([index]) + data
