#!/usr/bin/env python3
"""Each sieve's speakers, right / given, on the two development sets, with a tier for each.

    python benchmarks/sieve_table.py                    # the scorers in ../shared/eval
    python benchmarks/sieve_table.py --eval PATH        # or in PATH
    python benchmarks/sieve_table.py --min-tier 2       # the speakers parse --min-tier 2 keeps

The sets are the annotated wire copy of gold-dev (``gold-dev.jsonl`` and
the corpus beside it) and PolNeAR's training split (``polnear/train.jsonl``);
quotations are paired with the annotation by the scorers' own matching,
imported from their files. A speaker is counted under the sieve that named
it, or, where ``name`` did (a name the text gives, spelled out in full),
under the sieve that found it. *Given* counts the found quotations whose
speaker is annotated (on gold-dev, also those annotated as nobody's speech,
which count as wrong), and *right* those of them whose speaker matches.

The tier a sieve's precision suggests is the lowest reached on a set where
it gave at least ``--least`` speakers: 1 for 0.95 or more, 2 for 0.85 or
more, 3 below, or where neither set gave enough to tell. The last rows give
the found quotations with an annotated speaker that no sieve named.

Where the scorers are absent, it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from _tables import table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsmodel import Article, parse_article  # noqa: E402
from newsmodel.models import Quote  # noqa: E402
from newsmodel.quotes import SIEVES  # noqa: E402

BARS = ((1, 0.95), (2, 0.85))  # (tier, the least precision for it)

#: One set's outcome per quotation with a speaker given: (the sieve counted, right).
Outcomes = list[tuple[str, bool]]


def credited(quote: Quote) -> str:
    """The sieve a speaker counts under: the naming sieve, unless it only spelled out a name."""
    return (quote.found_by or "?") if quote.named_by == "name" else (quote.named_by or "?")


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def gold_dev(score: ModuleType, parse: Callable[[str], Article]) -> tuple[Outcomes, int, int]:
    """Outcomes on gold-dev, paired as its scorer pairs them (by the quotation's words);
    and the found quotations with an annotated speaker, and those given none."""
    outcomes: Outcomes = []
    found = missing = 0
    for gold in _lines(score.HERE / "gold-dev.jsonl"):
        text = (score.CORPUS / f"{gold['id']}.txt").read_text(encoding="utf-8")
        pool = [(score.norm_quote(q.text), q) for q in parse(text).quotes]
        for annotated in gold.get("quotes", []):
            words, speaker = score.norm_quote(annotated["text"]), annotated.get("speaker")
            hit = next((pair for pair in pool if pair[0] == words), None)
            if hit is None:
                continue
            pool.remove(hit)
            quote = hit[1]
            if speaker:
                found += 1
                missing += quote.speaker is None
            if quote.speaker is not None:
                outcomes.append((credited(quote), bool(speaker) and score.speaker_matches(speaker, quote.speaker)))
    return outcomes, found, missing


def polnear(score: ModuleType, parse: Callable[[str], Article]) -> tuple[Outcomes, int, int]:
    """Outcomes on PolNeAR train, paired as its scorer pairs them (by overlapping offsets)."""
    outcomes: Outcomes = []
    found = missing = 0
    for gold in _lines(score.HERE / "polnear" / "train.jsonl"):
        predicted, _ = score.predicted_spans(gold["text"], parse(gold["text"]))
        annotated = gold.get("quotes", [])
        for gold_index, pred_index in score.match(annotated, predicted).items():
            speaker, quote = annotated[gold_index].get("speaker"), predicted[pred_index][2]
            if not speaker:
                continue  # the annotation names only the party printed in the attribution
            found += 1
            missing += quote.speaker is None
            if quote.speaker is not None:
                outcomes.append((credited(quote), score.speaker_matches(speaker, quote.speaker)))
    return outcomes, found, missing


def suggest(shares: list[tuple[int, int]], least: int) -> int:
    """The tier of the lowest precision among the sets that gave ``least`` speakers or more."""
    counted = [right / given for right, given in shares if given >= least]
    if not counted:
        return 3
    return next((tier for tier, bar in BARS if min(counted) >= bar), 3)


def _cell(right: int, given: int) -> str:
    return f"{right} / {given} ({right / given:.3f})" if given else "–"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="the folder of score.py and score_polnear.py (default: ../shared/eval)")
    parser.add_argument("--min-tier", type=int, default=None, help="count only the speakers this tier keeps")
    parser.add_argument("--least", type=int, default=5, help="speakers a set must give to weigh (default: 5)")
    args = parser.parse_args()
    paths = [args.eval / "score.py", args.eval / "score_polnear.py"]
    if not all(path.is_file() for path in paths):
        print(f"no scorers in {args.eval}: nothing to measure")
        return 0
    parse = partial(parse_article, min_tier=args.min_tier)
    sets = [gold_dev(_module(paths[0]), parse), polnear(_module(paths[1]), parse)]
    counts = [(Counter(s for s, _ in outcomes), Counter(s for s, ok in outcomes if ok)) for outcomes, _, _ in sets]
    rows = []
    for sieve in SIEVES:
        shares = [(right[sieve.id], given[sieve.id]) for given, right in counts]
        if sieve.id == "name":
            continue  # its speakers count under the sieve that found them
        rows.append([f"`{sieve.id}`", sieve.tier, *(_cell(*share) for share in shares), suggest(shares, args.least)])
    totals = [(len([ok for _, ok in outcomes if ok]), len(outcomes)) for outcomes, _, _ in sets]
    rows.append(["all", "", *(_cell(*total) for total in totals), ""])
    rows.append(["no speaker given", "", *(f"{m} / {f} ({m / f:.3f})" if f else "–" for _, f, m in sets), ""])
    title = "speakers right / given" + (f", tier {args.min_tier} and surer" if args.min_tier else "")
    table(title, ["sieve", "tier", "gold-dev", "PolNeAR train", "suggested tier"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
