"""Coverage-guided fuzzing with atheris (``pip install atheris``)::

    python -m tests.fuzz WORKDIR [--keep-going] [libFuzzer options]

``WORKDIR`` receives the working corpus (seeded from ``tests/fuzz/corpus``
and ``tests/data`` on the first run) and any crash files; the libFuzzer
options follow, for instance ``-max_total_time=3600 -timeout=20
-rss_limit_mb=2048``. A crash file is an input whose first byte picks the
target (see ``tests/fuzz/targets.py``): add it to ``tests/fuzz/corpus``
without that byte once fixed. With ``--keep-going`` an exception does not
stop the run: each distinct one (by type and place) is written once to
``WORKDIR/crashes`` as ``exc-HASH`` (the input) and ``exc-HASH.txt`` (the
traceback), and fuzzing goes on; timeouts and memory over the limit still
stop libFuzzer, so run it in a loop for hours.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _keep_going(run: Callable[[bytes], None], crashes: Path) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        try:
            run(data)
        except Exception as exc:  # every fault is recorded, and the run goes on
            frames = traceback.extract_tb(exc.__traceback__)
            where = [(frame.filename.rsplit("/", 1)[-1], frame.name) for frame in frames[-3:]]
            key = hashlib.sha1(repr((type(exc).__name__, where)).encode()).hexdigest()[:12]
            path = crashes / f"exc-{key}"
            if not path.exists():
                path.write_bytes(data)
                path.with_suffix(".txt").write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    return target


def main(argv: list[str]) -> None:
    """Seed the working corpus and fuzz every target until libFuzzer stops."""
    fuzzer: Any = importlib.import_module("atheris")
    if len(argv) < 2 or argv[1].startswith("-"):
        sys.exit(__doc__)
    keep_going = "--keep-going" in argv
    argv = [arg for arg in argv if arg != "--keep-going"]
    work = Path(argv[1])
    corpus, crashes = work / "corpus", work / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(exist_ok=True)
    with fuzzer.instrument_imports(include=["newsmodel"]):
        from tests.fuzz.seeds import seed_inputs
        from tests.fuzz.targets import run
    if not any(corpus.iterdir()):
        for number, seed in enumerate(seed_inputs()):
            (corpus / f"seed-{number:04d}").write_bytes(seed)
    args = [argv[0], *argv[2:], f"-artifact_prefix={crashes}/", str(corpus)]
    fuzzer.Setup(args, _keep_going(run, crashes) if keep_going else run)
    fuzzer.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
