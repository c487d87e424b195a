"""Stage 1: quotation marks paired into spans, and the narration around them."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel.quotes import marks
from newsmodel.quotes.marks import read_marks
from newsmodel.quotes.spans import MASK, is_mask, mask_quotes, read_spans

# (paragraphs, the quoted words of each span as (paragraph, text, continues))
SPANS: list[tuple[tuple[str, ...], list[tuple[int, str, bool]]]] = [
    (('"The plan works," she said.',), [(0, "The plan works,", False)]),
    (("\u201cThe plan works,\u201d she said.",), [(0, "The plan works,", False)]),
    (("``The plan works,'' she said.",), [(0, "The plan works,", False)]),
    (("''The plan works,'' she said.",), [(0, "The plan works,", False)]),  # doubled apostrophes at both ends
    (("He said ''fine'' and left.",), [(0, "fine", False)]),
    (("\u201cThe plan works,\u2019\u2019 she said.",), [(0, "The plan works,", False)]),  # two right singles close
    (("The players\u2019 \u201cplan\u201d works.",), [(0, "plan", False)]),  # a plural's apostrophe stays one
    (("He said: '''Nein' is my answer.''",), [(0, "'Nein' is my answer.", False)]),  # single inside double
    (("\u201cIt is fine,\u201c said Ann Lee.",), [(0, "It is fine,", False)]),  # a curly mark the wrong way round
    (
        ("\u201cShe called it \u201cfolly\u201d in May,\u201d he said.",),
        [(0, "She called it \u201cfolly\u201d in May,", False)],  # a quotation inside a quotation
    ),
    (
        ("\u201cWe start in Asia.", "\u201cThen we go west.\u201d"),
        [(0, "We start in Asia.", False), (1, "Then we go west.", True)],
    ),
    (
        ('"We start in Asia. "Then we go west." Shares rose.',),  # paragraphs run together
        [(0, "We start in Asia.", False), (0, "Then we go west.", True)],
    ),
    (('"We will win, she said.',), [(0, "We will win,", False)]),  # a closing mark lost before an attribution
    (('"We will win. Ann Lee said so on Monday.',), [(0, "We will win.", False)]),  # lost before narration
    (("\"The crop looks good,' Ann Lee said.",), [(0, "The crop looks good,", False)]),  # a single mark typed
    (
        ("\"The crop looks good,' Ann Lee said. \"Rain came early.\"",),  # ... with the next quotation after it
        [(0, "The crop looks good,", False), (0, "Rain came early.", False)],
    ),
    (
        # more than an attribution stands before the next mark
        ("\"Prices rose, they said, and sales held up well in May. \"We expect more.\"",),
        [(0, "Prices rose, they said, and sales held up well in May.", False), (0, "We expect more.", True)],
    ),
    (
        ("\"If the bank says 'no,' Acme says 'yes,' we win.",),  # the single mark closes its own opener
        [(0, "If the bank says 'no,' Acme says 'yes,' we win.", False)],
    ),
    (('He said "we will win and left.',), [(0, "we will win and left.", False)]),
    (("Stray\u201d closing marks\u201d are skipped.",), []),
    (('" "',), []),  # nothing between the marks
    (('<tweet id="672" author="@lee">"We won," she wrote.</tweet>',), [(0, "We won,", False)]),  # attributes
    (('Shares fell <5% and "rates rose" >2%.',), [(0, "rates rose", False)]),  # angle brackets, no tag
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPANS)
def test_marks_pair_into_spans(paragraphs: tuple[str, ...], expected: list[tuple[int, str, bool]]) -> None:
    spans = read_spans(paragraphs)
    assert [(s.paragraph, paragraphs[s.paragraph][s.start : s.end], s.continues) for s in spans] == expected


def test_a_mark_facing_the_wrong_way_after_a_word_closes() -> None:
    roles = [role for *_, role in read_marks("\u201cfine,\u201c said Lee and \u201dyes\u201d")]
    assert roles == ["open", "close", "open", "close"]


def test_the_narration_masks_each_quotation_and_keeps_its_last_stop_or_comma() -> None:
    paragraphs = ('"We won." Lee smiled. "Yes," she said.',)
    narration = mask_quotes(paragraphs, read_spans(paragraphs))[0]
    assert narration.endswith(", she said.")
    assert " Lee smiled. " in narration
    words = narration.split()
    assert is_mask(words[0])
    assert words[0].endswith(".")


def test_quotations_side_by_side_stay_apart_in_the_narration() -> None:
    paragraphs = ('"a""b" c',)
    narration = mask_quotes(paragraphs, read_spans(paragraphs))[0]
    assert narration[0] == MASK
    assert narration[3] != MASK


_MARKS = st.sampled_from(['"', "\u201c", "\u201d", "``", "''", "'", " ", "a", "B", ".", ",", "\n", ":"])


@given(st.lists(st.lists(_MARKS, max_size=40).map("".join), max_size=5))
@example(["''a'' ''b''"])
@example(["\u201ca \u201cb\u201d c\u201d"])
def test_spans_are_in_order_inside_their_paragraph_and_trimmed(paragraphs: list[str]) -> None:
    spans = read_spans(paragraphs)
    last = (-1, -1)
    for span in spans:
        text = paragraphs[span.paragraph]
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()
        assert (span.paragraph, span.start) >= last
        last = (span.paragraph, span.end)
    masked = mask_quotes(paragraphs, spans)
    assert [len(m) for m in masked] == [len(p) for p in paragraphs]


@given(st.text(alphabet="ab '`\"\u201c\u201d\u201e.", max_size=30))
def test_the_prefilter_before_the_mark_pattern_turns_no_mark_away(text: str) -> None:
    if marks._MARK.search(text):
        assert any(mark in text for mark in marks._MARK_STRINGS)
    assert [m[:3] for m in read_marks(text)] == [
        (m.start(), m.end(), m.group()) for m in marks._MARK.finditer(text) if m.group() != "'''"
    ] or "'''" in text
