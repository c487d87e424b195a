"""Stage 2, tokens: one pass over the narration that every later stage reads.

The narration (the text outside the quotations) is cut into words, punctuation
and quotation placeholders; reporting verbs are looked up in a set, capitalised
runs ("Sen. A. B. Last", "Johnson & Johnson", "Bill de Blasio") and sentence
bounds are read off the tokens. No later stage scans the text again.

>>> narration = read_tokens(("\\x00\\x00\\x00, said Sen. Ann Lee. Shares rose.",), 1)
>>> narration.words
('\\x00\\x00\\x00', ',', 'said', 'Sen', '.', 'Ann', 'Lee', '.', 'Shares', 'rose', '.')
>>> [narration.words[i] for i in narration.verbs], narration.runs, narration.sentence_first
(['said'], ((3, 7), (8, 9)), (0, 8))
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count, repeat
from operator import gt, itemgetter

from attrs import frozen

from ..lexicon.organisations import ORGANISATION_HEADS
from ..lexicon.sources import TIME_WORDS
from ..lexicon.titles import HYPHENED_PARTICLES, NAME_PARTICLES
from .spans import is_mask
from .vocabulary import DEFAULT, Vocabulary
from .words import is_abbreviation, is_particled

__all__ = ["QUOTE_REACH", "SENTENCE_REACH", "STOPS", "Narration", "read_tokens"]

#: The most tokens a sentence reaches either side of a word it is asked about.
SENTENCE_REACH = 120

#: The paragraphs before a quotation's own where its speaker may be named.
QUOTE_REACH = 2

# The standard library's ``re`` (faster here than ``regex``), so no possessive quantifiers (Python 3.11+ only): the
# pattern stays linear without them, as each repetition begins with a character the one before it cannot take. Every
# token opens with a character that is no white space, which the pattern takes first (and the branches then read
# behind them), so that a search skips the spaces between tokens without trying each branch at each.
_TOKEN = re.compile(
    r"""
    \S(?:
      (?<=[^\W_])\w*(?:['’\-&]\w+|\.(?![A-Z][a-z])\w+)*  # a word: "U.S", "O'Neill", "AT&T", "co-founder",
                                        # "3.5", but "said.Trump" (a space lost after a stop) is two
        (?:(?<=s)['’](?=[ ][A-Z])|)    # a plural's possessive before a name, "Partners' Ann" (a branch: "?" costs more)
    | (?<=\x00)\x00* | (?<=\x01)\x01*   # a quotation, masked
    | (?<=-)-                           # a dash typed as two hyphens
    | (?<=[^\w\s\x00\x01])              # one mark of punctuation
    )
    """,
    re.VERBOSE,
)
_POSSESSIVE_BEFORE_NAME = re.compile(r"s['’][ ][A-Z]")  # what that possessive needs: the space it looks past
#: The marks that may end a sentence.
STOPS = frozenset({".", "?", "!"})
_LAST_MASK = "\x02"  # the masks are the two characters below it
_RUN_LINKS = frozenset({"&"})
_NAME_PREPOSITIONS = frozenset({"of", "for", "on"})
_HEADS = ORGANISATION_HEADS
_FIRST = itemgetter(0)


@frozen(kw_only=True)
class Narration:
    """The tokens of a story's narration, and what later stages read off them.

    ``words[i]`` is in paragraph ``paragraph_of(i)``; ``paragraph_first[p]``
    is the first token of paragraph ``p`` (one entry more than there are
    paragraphs); ``sentence_first`` holds the first token of each sentence;
    ``quotes[k]`` is the placeholder token of quotation ``k``; ``verbs`` the
    tokens that are cue words (verbs of saying, describing and thinking,
    participles, "according"); ``runs`` the capitalised runs as ``(first,
    past_last)`` token ranges; ``vocabulary`` the words every later stage reads by.
    """

    texts: tuple[str, ...]
    words: tuple[str, ...]
    paragraph_first: tuple[int, ...]
    sentence_first: tuple[int, ...]
    quotes: tuple[int, ...]
    verbs: tuple[int, ...]
    runs: tuple[tuple[int, int], ...]
    near: tuple[bool, ...]  # for each paragraph, whether a quotation stands in it or in the two after it
    vocabulary: Vocabulary = DEFAULT

    def paragraph_of(self, token: int) -> int:
        """The paragraph that holds ``token``."""
        return bisect_right(self.paragraph_first, token) - 1

    def sentence_of(self, token: int) -> tuple[int, int]:
        """The sentence that holds ``token``, as a ``(first, past_last)`` range.

        A sentence reaches at most :data:`SENTENCE_REACH` tokens either side of
        ``token``, so that text without full stops costs no more than prose.
        """
        index = bisect_right(self.sentence_first, token) - 1
        end = self.sentence_first[index + 1] if index + 1 < len(self.sentence_first) else len(self.words)
        return max(self.sentence_first[index], token - SENTENCE_REACH), min(end, token + SENTENCE_REACH + 1)

    def near_quote(self, token: int) -> bool:
        """Whether ``token`` stands within reach of a quotation: in its paragraph or
        in the :data:`QUOTE_REACH` paragraphs before it, where its speaker may be named."""
        paragraph = self.paragraph_of(token)
        return 0 <= paragraph < len(self.near) and self.near[paragraph]

    def is_quote(self, token: int) -> bool:
        """Whether ``token`` stands for a quotation."""
        return 0 <= token < len(self.words) and is_mask(self.words[token])


@lru_cache(maxsize=8)
def _cues_and_stops(vocabulary: Vocabulary) -> frozenset[str]:
    return vocabulary.cue_tokens | STOPS  # the tokens looked for, in one pass


def _tokens(text: str) -> list[str]:
    """A paragraph's tokens, word by word between spaces where no possessive looks past one ("Partners' Ann")."""
    if ("s'" in text or "s’" in text) and _POSSESSIVE_BEFORE_NAME.search(text):
        return _TOKEN.findall(text)
    tokens: list[str] = []
    for word in text.split():
        if word.isalnum():  # most words: a token as it stands, with no pattern run
            tokens.append(word)
        elif word[:-1].isalnum() and word[-1] != "_":  # "said,": no word runs on to a mark at its end
            tokens += (word[:-1], word[-1])
        else:
            tokens += _TOKEN.findall(word)
    return tokens


def _sentence_opens(words: list[str], stops: list[int], paragraph_starts: set[int]) -> list[int]:
    """The tokens that open a sentence: each paragraph's first, and the token after a stop (of the
    tokens ``stops``) followed by a capital, a quotation or a bracket (not the stop of an abbreviation
    or an initial, "Sen. Lee", "A. B. Last")."""
    opens = set(paragraph_starts)
    last = len(words) - 1
    for index in stops:
        if index == last or index + 1 in paragraph_starts:
            continue
        following = words[index + 1]
        if not (following[0].isupper() or is_mask(following) or following == "("):
            continue
        if words[index] == "." and index not in paragraph_starts and is_abbreviation(words[index - 1]):
            continue
        opens.add(index + 1)
    return sorted(o for o in opens if o <= last) or [0]


def _runs(words: list[str], paragraph_starts: set[int], particled: bool) -> list[tuple[int, int]]:
    """Capitalised runs: capitals joined by an abbreviation's full stop, "&", a
    particle, or "of" in an organisation's name ("Bank of America", "People for
    the Ethical Treatment of Animals"); never across paragraphs."""
    runs: list[tuple[int, int]] = []
    first = last = -2
    named = False  # whether the run holds the head word of an organisation's name
    for index in _capitalised(words, particled):
        if first >= 0 and index not in paragraph_starts and (
            index == last + 1
            or (index == last + 2 and _links(words[last], words[last + 1]))
            or (index - last in (2, 3) and (named or words[last] in _HEADS) and _of_link(words, last, index))
        ):
            if index == last + 1 and words[last] in ORGANISATION_HEADS:
                named = False  # "Mayor Ann Lee (of Lakeside)": a title over a name, no organisation's head
            last = index
            named = named or words[index] in ORGANISATION_HEADS
            continue
        if first >= 0:
            runs.append((first, last + 1))
        first = last = index
        named = words[index] in ORGANISATION_HEADS
    if first >= 0:
        runs.append((first, last + 1))
    return runs


def _capitalised(words: list[str], particled: bool) -> list[int]:
    """The indexes of the words that open with a capital, and where the text may
    hold one (``particled``), of the names behind a particle ("al-Hakim")."""
    capitals = list(compress(count(), map(str.isupper, map(_FIRST, words))))
    if not particled:
        return capitals
    behind = [i for i, word in enumerate(words) if "-" in word[1:5] and is_particled(word)]
    return sorted(capitals + behind) if behind else capitals


# what a text holds where a name behind a particle may stand in it: the particle
# as a word of its own after a space ("global-" holds no " al-")
_PARTICLE_KEYS = tuple(f" {particle}-" for particle in sorted(HYPHENED_PARTICLES))


def _of_link(words: list[str], last: int, index: int) -> bool:
    """Whether the words between two capitals are "of", "for" or "on" (and "the")."""
    if words[last + 1] not in _NAME_PREPOSITIONS or words[index].lower() in TIME_WORDS:
        return False  # but "Acme Corp on Monday": a day is no part of a name
    return index - last == 2 or words[last + 2] == "the"


def _links(previous: str, between: str) -> bool:
    """Whether one token between two capitalised words keeps them in one run."""
    if between == ".":
        return is_abbreviation(previous)
    return between in _RUN_LINKS or between in NAME_PARTICLES


def read_tokens(texts: Sequence[str], quotations: int = 0, vocabulary: Vocabulary = DEFAULT) -> Narration:
    """The tokens of ``texts`` (masked narration, one string per paragraph) that hold the
    placeholders of ``quotations`` quotations, in order; the cue words are ``vocabulary``'s."""
    words: list[str] = []
    paragraph_first: list[int] = []
    masks: list[int] = []  # the placeholders' tokens
    for text in texts:
        first = len(words)
        paragraph_first.append(first)
        tokens = _tokens(text)
        if "\x00" in text or "\x01" in text:  # a paragraph with a quotation, whose placeholders
            masks += compress(count(first), map(gt, repeat(_LAST_MASK), tokens))  # sort below the last mask
        words += tokens
    paragraph_first.append(len(words))
    paragraph_starts = {first for first in paragraph_first[:-1] if first < len(words)}
    sought = list(compress(count(), map(_cues_and_stops(vocabulary).__contains__, words)))  # a loop in C
    verbs = [index for index in sought if words[index] in vocabulary.cue_tokens]
    joined = " " + " ".join(texts)
    particled = any(key in joined for key in _PARTICLE_KEYS)
    quotes = [masks[min(k, len(masks) - 1)] for k in range(quotations)] if masks else []
    near = [not quotes] * len(texts)  # without quotations, every paragraph is asked about
    paragraph, marked = 0, -1
    for quote in quotes:
        while paragraph_first[paragraph + 1] <= quote:
            paragraph += 1
        if paragraph == marked:
            continue  # a quotation of a paragraph marked already
        marked, first = paragraph, max(0, paragraph - QUOTE_REACH)
        near[first : paragraph + 1] = [True] * (paragraph + 1 - first)
    return Narration(
        texts=tuple(texts),
        words=tuple(words),
        paragraph_first=tuple(paragraph_first),
        sentence_first=tuple(_sentence_opens(words, [i for i in sought if words[i] in STOPS], paragraph_starts)),
        quotes=tuple(quotes),
        verbs=tuple(verbs),
        runs=tuple(_runs(words, paragraph_starts, particled)),
        near=tuple(near),
        vocabulary=vocabulary,
    )
