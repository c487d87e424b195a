#!/usr/bin/env python3
"""The models' structure hook: newsmodel's generated one next to cattrs' own, on the same data.

    python benchmarks/structure_hooks.py [CORPUS_DIR] [--runs 7]

Every *.txt of CORPUS_DIR (default: shared/corpus/articles beside the
repository) is parsed, written as plain data (to_dict) and read back with
each hook, interleaved, the fastest of --runs passes counting:

  newsmodel     the library's converter: a hook generated per model class
                (newsmodel._codegen.structure_hook), strict JSON types,
                errors located as ``quotes[3].start``.
  cattrs, detailed validation
                cattrs' make_dict_structure_fn on every model class, with
                detailed validation, forbid_extra_keys, and str/int/bool
                passed through as they are (the models' own check then
                refuses a wrong type): the cheapest cattrs can be while as
                strict on values. Its errors are cattrs' exception groups.
  cattrs, no detailed validation
                the same without detailed validation, for reference.

A second table reads a handful of broken objects with each and prints the
first line of what each raises.
"""

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import attrs  # noqa: E402
from _tables import table  # noqa: E402
from bench import best_of  # noqa: E402  (the timer of the other benchmarks)
from cattrs import Converter  # noqa: E402
from cattrs.gen import make_dict_structure_fn  # noqa: E402

from newsmodel import Article, converter, models, parse_article, to_dict  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus" / "articles"


def cattrs_converter(detailed: bool) -> Converter:
    """A cattrs converter whose model hooks are cattrs' own generated ones."""
    conv = Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for scalar in (str, int, bool):
        conv.register_structure_hook(scalar, lambda value, _type: value)
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and attrs.has(cls):
            conv.register_structure_hook(cls, make_dict_structure_fn(cls, conv))
    return conv


def read_all(structure: Callable[[Any, type], Any], data: list[Any]) -> list[Any]:
    return [structure(each, Article) for each in data]


def first_line(structure: Callable[[Any, type], Any], data: Any) -> str:
    try:
        structure(data, Article)
    except Exception as error:  # what each raises is the point
        return f"{type(error).__name__}: {str(error).splitlines()[0]}"[:100]
    return "(accepted)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = [to_dict(parse_article(p.read_text(encoding="utf-8"))) for p in sorted(args.corpus.rglob("*.txt"))]
    hooks = {
        "newsmodel": converter.structure,
        "cattrs, detailed validation": cattrs_converter(True).structure,
        "cattrs, no detailed validation": cattrs_converter(False).structure,
    }
    articles = [converter.structure(d, Article) for d in data]
    for name, structure in hooks.items():  # the same articles from each
        assert [structure(d, Article) for d in data] == articles, name
    seconds = dict.fromkeys(hooks, float("inf"))
    for _ in range(args.runs):  # interleaved, so that the machine's load touches each alike
        for name, structure in hooks.items():
            seconds[name] = min(seconds[name], best_of(1, partial(read_all, structure, data)))
    ours = seconds["newsmodel"]
    rows = [[name, f"{len(data) / s:,.0f}", f"{s / len(data) * 1e6:.1f}", f"{s / ours:.2f}"]
            for name, s in seconds.items()]
    table(f"structure: {len(data)} articles' plain data to Article, fastest of {args.runs}",
          ["hook", "articles/s", "µs / article", "time / newsmodel's"], rows)
    broken = [
        ("quotes[0].start a string", {"quotes": [{"text": "Hi", "paragraph": 0, "start": "0", "end": 2}],
                                      "paragraphs": ["Hi"]}),
        ("a blank paragraph", {"paragraphs": ["Shares rose.", " "]}),
        ("an unknown key", {"paragraph": ["Shares rose."]}),
        ("dateline.date.month 13", {"dateline": {"date": {"month": 13, "day": 1}}}),
    ]
    rows = [[what, name, first_line(structure, value)] for what, value in broken for name, structure in hooks.items()]
    table("errors: the first line of what each raises", ["input", "hook", "raises"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
