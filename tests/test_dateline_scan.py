"""One pass of the dateline pattern over a paragraph reads as :func:`match_dateline` at every place.

The article reader asks for a paragraph's dateline at its start, after punctuation glued
there and at the words where a headline or a byline may end; it matches the paragraph
against the pattern once for all of them. :func:`match_dateline` reads within a window of
300 characters from where it starts, the pass within one window from its last place: the
texts here put a match's end, and a closing bracket, at the end of the narrower window.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.dateline import _scan_datelines, match_dateline
from newsmodel.lexicon import Lexicon

_STOP = 200


def _window_edges(lead: int) -> list[str]:
    """Places that run to the end of the window from the ``lead``-th word, one word further each time."""
    texts = []
    head = "Acme " * lead
    for run in (262, 266, 270, 274, 290, 296, 300):
        # a place that runs to the window's end; a short reading hides behind the long one
        texts.append(head + "A" * run + ", \u2014 March 5, 2020 (Reuters) - Apple fell.")
        texts.append(head + "A" * run + ", \u2014 March 5, 2020 (Reuters)" + " " * 6 + "Apple fell.")
        texts.append(head + "A" * run + " (Reuters)  Apple fell.")
        texts.append(head + "A" * run + " - " + " " * 40 + "Apple fell.")
    return texts


def _reads_alike(text: str, places: list[int]) -> None:
    lexicon = Lexicon.default()
    scan = _scan_datelines(text, stop=_STOP, lexicon=lexicon)
    for pos in places:
        assert scan(pos) == match_dateline(text, pos, lexicon=lexicon), (text, pos)


@pytest.mark.parametrize("lead", range(12))
def test_the_pass_reads_as_match_dateline_at_the_end_of_its_window(lead: int) -> None:
    for text in _window_edges(lead):
        _reads_alike(text, list(range(min(len(text), _STOP + 1))))


def test_the_pass_reads_as_match_dateline_past_its_stop_and_inside_words() -> None:
    text = "*" * 250 + "LONDON (Reuters) - Prices rose."
    _reads_alike(text, [0, 250, 3, 251, 1])
    assert _scan_datelines(text, stop=_STOP)(250) == match_dateline(text, 250)
    assert _scan_datelines("xLONDON (Reuters) - Prices rose.", stop=_STOP)(1) is not None


_PIECES = [
    "A" * 60,
    "ABC ",
    "NEW YORK",
    "Springfield",
    "omaha",
    ", ",
    "/",
    " - ",
    " -- ",
    "\u2014",
    " ",
    "   ",
    "(Reuters)",
    " (AP) ",
    "Reuters)",
    "AAP",
    "March 5",
    ", 2020",
    "Nov. 14",
    "2 March",
    '"',
    ")",
    "(",
    "Apple",
    "said ",
    ":",
    "/TASS/.",
    " / ACCESSWIRE / ",
    "_",
    "Ill.",
    "\n",
    "***",
    ",,",
    "x",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.data())
def test_the_pass_reads_as_match_dateline_at_every_place(text: str, data: st.DataObject) -> None:
    places = data.draw(st.permutations(range(min(len(text), _STOP + 1))))
    _reads_alike(text, list(places))
