"""Stage 1, spans: the quotation marks paired, and the narration around them.

Marks of every style pair up: curly (“...”), straight ("..."), old wire
copy's (``...''), and doubled apostrophes at both ends (''...''). A
quotation that runs over paragraphs repeats its opening mark at each one
and closes only at the last; a closing mark lost before an attribution
(``"We will win, he said.``) or before a sentence of narration ends the
quotation there. The narration is each paragraph with its quotations
masked out, so that later stages read only the words outside them.

>>> spans = read_spans(('"We will win," she said.',))
>>> [(s.paragraph, s.start, s.end) for s in spans]
[(0, 1, 13)]
>>> mask_quotes(('"We will win," she said.',), spans)[0]
'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00, she said.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .marks import OPENERS, SENTENCE_PUNCTUATION, MarkRole, read_marks
from .vocabulary import DEFAULT, Vocabulary

__all__ = ["MASK", "QuoteSpan", "mask_quotes", "read_spans"]

#: Stands in the narration for each character of a quotation and its marks
#: (quotations side by side are masked in turn with ``MASK`` and the next
#: character, so that each stays a word of its own).
MASK = "\x00"
_MASKS = (MASK, "\x01")


def is_mask(word: str) -> bool:
    """Whether a word of the narration stands for a quotation."""
    return word[:1] in _MASKS

_CARRY_ON = ("“", '"', "`", "„", "''")
_ATTRIBUTION_WORDS = 6  # at most, between a lost closing mark and the next opening one
_LOST_CLOSE_REACH = 300  # characters of an open quotation searched for where it ends
_SENTENCE_END = re.compile(r"(?<=[a-z\d)])[.!?][ ]+(?=[A-Z])")
_CLAUSE_END = re.compile(r",['’]?[ ]+(?=\S)")  # a single mark typed for the lost double one: ",' she said"
_WORD = re.compile(r"[\w’'\-]+(?:\.\w+)*")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


class QuoteSpan(NamedTuple):
    """One quotation's words in one paragraph.

    ``start``/``end`` slice the quoted words (trimmed) out of the paragraph;
    ``opened`` is the offset of the opening mark and ``closed`` the offset
    just past the closing mark, ``-1`` where the quotation has no such mark
    in this paragraph (it goes on from, or into, another paragraph, or its
    closing mark was lost). ``continues`` is true where the quotation goes on
    the words of a quotation in an earlier paragraph.
    """

    paragraph: int
    start: int
    end: int
    opened: int
    closed: int
    continues: bool = False

    @property
    def left(self) -> int:
        """Where the quotation begins in the paragraph, its mark included."""
        return self.opened if self.opened >= 0 else self.start

    @property
    def right(self) -> int:
        """Where the narration after the quotation begins."""
        return self.closed if self.closed >= 0 else self.end


def _reads_as_attribution(words: list[str], vocabulary: Vocabulary) -> bool:
    """Whether the words after a comma inside an open quotation are an
    attribution: "he said", "said Ann Lee", "Ann Lee said", "the ministry said"."""
    if not words:
        return False
    if words[0].casefold() in vocabulary.inverted:
        return len(words) > 1 and words[1][:1].isupper()
    if words[0].casefold() in _PRONOUNS:
        return len(words) > 1 and words[1] in vocabulary.reporting
    for index, word in enumerate(words[1:5], start=1):
        if word in vocabulary.reporting:
            return all(w[:1].isupper() or w in ("the", "a", "an") for w in words[:index])
    return False


def _lost_close(text: str, start: int, vocabulary: Vocabulary, limit: int = -1) -> int:
    """Where a quotation whose closing mark was lost most likely ends.

    Before an attribution after a comma ("We will win, she said."), or
    before the first sentence inside it that reads as narration ("... in
    future. Marchionne had said on Friday ..."); else at ``limit`` (the
    paragraph's end by default).
    """
    limit = len(text) if limit < 0 else limit
    stop = min(limit, start + _LOST_CLOSE_REACH)
    ends = [(m.start() + 1, m.end(), False) for m in _SENTENCE_END.finditer(text, start, stop)]
    ends += [(m.start() + 1, m.end(), True) for m in _CLAUSE_END.finditer(text, start, stop)
             if m.end() - m.start() == 2 or not _opens_single(text, start, m.start())]
    for end, after, comma in sorted(ends):
        words = _WORD.findall(text, after, min(len(text), after + 80))[:6]
        if (comma and _reads_as_attribution(words, vocabulary)) or (
            not comma and _opens_narration(words, vocabulary.reporting)
        ):
            return end
    return limit


def _opens_single(text: str, start: int, end: int) -> bool:
    """Whether a single quotation mark opens between ``start`` and ``end``
    ("says 'no,' Lee says": the mark after the comma closes that one)."""
    return "‘" in text[start:end] or " '" in text[start:end]


def _opens_narration(words: list[str], reporting: frozenset[str]) -> bool:
    """Whether a sentence opens with a named subject and a verb of saying (of ``reporting``)."""
    if not words or not words[0][:1].isupper() or words[0].casefold() in _PRONOUNS:
        return False
    return any(w in reporting for w in words[1:5])


def _paragraph_spans(text: str, index: int, carried: bool, vocabulary: Vocabulary) -> tuple[list[QuoteSpan], bool]:
    """The quotations of one paragraph, and whether the last one stays open."""
    spans: list[QuoteSpan] = []
    open_at = mark_at = -1
    continues = False
    nested = 0
    marks = read_marks(text)
    role: MarkRole
    for position, (start, end, token, role) in enumerate(marks):
        if open_at < 0:
            if role == "close":
                continue  # a stray closing mark
            open_at, mark_at = end, start
            continues = carried and not text[:start].strip()
            continue
        inside = text[open_at:start].rstrip()
        if role == "open" and not inside.strip():
            open_at, mark_at = end, start  # a doubled opening mark
            continue
        if nested:
            nested -= role != "open"
            continue
        if token == "“" and inside[-1:] not in SENTENCE_PUNCTUATION and _closes_twice(marks, position):
            nested = 1  # “... “inner” ...”: a quotation inside a quotation
            continue
        if role == "open" and (token in OPENERS or inside[-1:] in SENTENCE_PUNCTUATION):
            # the closing mark was left off: before an attribution, else where the next quotation starts
            cut = _lost_close(text, open_at, vocabulary, open_at + len(inside))
            if len(text[cut:start].split()) > _ATTRIBUTION_WORDS:
                cut = open_at + len(inside)  # more than an attribution stands before the next quotation
            spans.append(QuoteSpan(paragraph=index, start=open_at, end=cut, opened=mark_at, closed=cut,
                                   continues=continues))
            open_at, mark_at, continues = end, start, cut == open_at + len(inside)
            continue
        first = open_at + len(inside) - len(inside.lstrip())  # the words trimmed here: most need no second look
        # the commonest span, built from its fields in one call rather than through NamedTuple's __new__
        spans.append(tuple.__new__(QuoteSpan, (index, first, open_at + len(inside), mark_at, end, continues)))
        open_at, continues = -1, False
    if open_at < 0:
        return spans, False
    spans.append(QuoteSpan(paragraph=index, start=open_at, end=len(text), opened=mark_at, closed=-1,
                           continues=continues))
    return spans, True


def _closes_twice(marks: list[tuple[int, int, str, MarkRole]], position: int) -> bool:
    """Whether the two marks after ``position`` both close (“a “b” c”)."""
    following = [m[3] for m in marks[position + 1 : position + 3]]
    return following == ["close", "close"]


def _trimmed(span: QuoteSpan, text: str) -> QuoteSpan | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    if start == span.start and end == span.end:
        return span
    return QuoteSpan(paragraph=span.paragraph, start=start, end=end, opened=span.opened, closed=span.closed,
                     continues=span.continues)


def read_spans(paragraphs: Sequence[str], vocabulary: Vocabulary = DEFAULT) -> tuple[QuoteSpan, ...]:
    """Every quotation of ``paragraphs``, in order, one span per paragraph it covers.

    A quotation left open at a paragraph's end carries on into the next one
    only where that paragraph opens with a quotation mark; one whose closing
    mark was lost ends before an attribution by ``vocabulary``'s verbs.
    """
    spans: list[QuoteSpan] = []
    carried = False
    for index, text in enumerate(paragraphs):
        found, still_open = _paragraph_spans(text, index, carried, vocabulary)
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        carried = still_open and following.startswith(_CARRY_ON)
        if still_open and not carried and found:
            last = found[-1]
            end = _lost_close(text, last.start, vocabulary)
            if end < len(text):
                found[-1] = QuoteSpan(paragraph=index, start=last.start, end=end, opened=last.opened,
                                      closed=end, continues=last.continues)
        spans.extend(s for s in (_trimmed(f, text) for f in found) if s is not None)
    return tuple(spans)


def mask_quotes(paragraphs: Sequence[str], spans: Sequence[QuoteSpan]) -> tuple[str, ...]:
    """Each paragraph with its quotations (marks included) masked by :data:`MASK`.

    The punctuation a quotation ends with is the narration's too (a sentence
    ended with it, a clause goes on after its comma): its last character is
    left as the stop or comma it held.
    """
    cuts: list[list[QuoteSpan]] = [[] for _ in paragraphs]
    for span in spans:
        cuts[span.paragraph].append(span)
    masked = []
    for text, own in zip(paragraphs, cuts, strict=True):
        pieces, at = [], 0
        for turn, span in enumerate(own):
            mask = _MASKS[turn % 2]
            start, end = span.left, span.closed if span.closed >= 0 else len(text)
            if start < at:
                continue
            pieces.append(text[at:start])
            inner = text[start:end].rstrip("\"”'’ ")
            stop = inner[-1] if inner.endswith((".", "?", "!", ",", ";", ":")) and end > start + 1 else mask
            pieces.append(mask * (end - start - 1) + stop)
            at = end
        pieces.append(text[at:])
        masked.append("".join(pieces))
    return tuple(masked)
