"""Direct quotations in a story's body, and who said them.

Quotation marks are paired first (curly, straight and old wire marks, over
paragraphs where a quotation runs on). Speakers are then read off the
narration, the text outside the quotation marks: the attribution next to
the quote (``"...," said X``, ``"...," X said``, ``X said: "..."``), the
speech events of the story (``X told reporters``) for pronouns, and the
organisations it names for "the company said".

>>> [(q.text, q.speaker, q.cue) for q in find_quotes(('"It is fine," said analyst Debbie Wang.',))]
[('It is fine,', 'Debbie Wang', 'said')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from .lexicon.common import NOT_NAMES as _NOT_NAMES
from .lexicon.organisations import (
    BUSINESS_NOUNS,
    GOVERNMENT_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PRONOUNS,
    PUBLIC_NOUNS,
)
from .lexicon.places import DEMONYMS, REGIONS
from .lexicon.titles import NAME_PARTICLES, SPEAKER_TITLE_WORDS
from .lexicon.verbs import DESCRIBING_VERBS, INVERTED_VERBS, PARTICIPLES, REPORTING_VERBS
from .models import Quote

__all__ = ["find_quotes"]

_MARK = regex.compile(r"``|''|[\"“”„]")
_OPENERS = frozenset({"“", "``", "„"})
_CLOSERS = frozenset({"”", "''"})
_MASK = "\x00"  # stands in the narration for quoted words

_PREPOSITIONS = "of|from|at|in|on|with|for|to|by|as|about|into|over|after|before|during|and|but|or"
_FUNCTION_WORDS = "of|from|at|in|on|with|for|to|and|or|the|a|an|who|which|that|as|by|but"
_SPEECH = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_INVERTED = "|".join(sorted(INVERTED_VERBS, key=len, reverse=True))
_ANY_VERB = "|".join(sorted(REPORTING_VERBS | DESCRIBING_VERBS, key=len, reverse=True))
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# A word of a name: "Ann", "O'Neill", "U.S.", "B.", "Jr."; a full stop ends a
# name word only after an initial or an abbreviation, so that a run of
# capitals never crosses a sentence's end ("... said Allen. Sanford Bragg").
_ABBREVIATION = r"(?:\p{Lu}|U\.S|U\.K|U\.N|Jr|Sr|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Mt|Ft|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Prof)"
_NAME_WORD = (
    rf"(?<![\p{{L}}\p{{M}}'’.\-&])"
    rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-&]*+(?:\.\p{{L}}[\p{{L}}\p{{M}}'’\-&]*+)*+(?:\.(?<=\b{_ABBREVIATION}\.))?"
    rf"|(?:{_PARTICLE})(?=[ ]\p{{Lu}}))"
)
_NAME_RUN = rf"{_NAME_WORD}(?:[ ](?:&[ ])?{_NAME_WORD}){{0,5}}+"  # "Ann Lee", "J.K. Lasser & Co"
_CAPITAL_RUN = regex.compile(_NAME_RUN)
_AUX = (
    r"(?:(?:also|later|then|has|had|have|was|is|would|will|once|previously|recently|earlier|again"
    r"|\p{Ll}{3,}ly|\p{Ll}{3,}ed[ ]and)[ ]){0,2}+"  # "has also", "specifically", "laughed and"
)
_PRONOUN = r"\b(?:he|she|they|it|we|He|She|They|It|We)\b"
# A speaker's phrase: a name, a pronoun, or a description ("the company", "a
# Tesla spokesperson", "Morningstar analyst Debbie Wang"); no quoted words.
_NP = r"(?:(?!\b(?:as|that|which|because|while|but|if|when|where)\b)[^,;:!?\x00()]){1,90}?"

# After the closing mark: ', said Morningstar analyst Debbie Wang.'
_AFTER_VERB_FIRST = regex.compile(
    rf"""
    [ ,]*+(?:--[ ]?|—[ ]?|-[ ])?
    (?P<cue>{_INVERTED})\b[ ]++
    (?!(?:on|in|at|last|this|late|early|earlier|later|during|after|before|when|while|of|to|that|about|it|there)\b)
    (?P<np>[^,;:!?\x00()]{{1,120}}+)
    (?:,[ ]*+(?P<appositive>{_NAME_RUN}))?
    """,
    regex.VERBOSE,
)
# After the closing mark: ', Tawfiq said.', ', Wang, an analyst at X, said'
_AFTER_NP_FIRST = regex.compile(
    rf"""
    [ ,]*+(?:--[ ]?|—[ ]?|-[ ])?
    (?!(?:{_PREPOSITIONS})\b)
    (?P<np>{_NP})
    (?:,[^,;:!?\x00()]{{1,100}}?,?)?
    [ ]++{_AUX}
    (?P<cue>{_ANY_VERB})\b
    """,
    regex.VERBOSE,
)
# Anywhere in the narration: 'Yoon said', 'the Kremlin dismissed', 'Beaver, interviewed on TV, said'
_SUBJECT_VERB = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’.\-])                        # at the start of a word
    (?P<np>(?:(?:the|a|an|The|A|An)[ ](?:[\p{{Ll}}\-]++[ ]){{0,2}}+)?{_NAME_RUN}(?:[’'][s])?
         (?:[ ](?!(?:{_ANY_VERB}|{_FUNCTION_WORDS})\b|\p{{Ll}}{{2,20}}ed\b)[\p{{Ll}}\-]++){{0,2}}+  # House official
         (?:[ ](?:of|from|at|in|to)[ ](?:the[ ])?(?:[\p{{Ll}}\-]++[ ]){{0,3}}+{_NAME_RUN})?  # Ann Lee of Flight Weekly
       |{_PRONOUN}
       |\b(?:the|The|a|A)[ ](?:[\p{{Ll}}\-]++[ ]){{0,2}}+\p{{Ll}}++(?:[ ]of[ ]{_NAME_RUN})?)  # the ministry of X
    (?:,[ ]*+(?P<appositive>[^,;:!?\x00()]{{1,100}}?),)?
    ,?[ ]++{_AUX}
    (?P<cue>{_ANY_VERB})\b
    """,
    regex.VERBOSE,
)
_VERB_SUBJECT = regex.compile(
    rf"""
    \b(?P<cue>{_INVERTED})[ ]++
    (?!(?:{_PREPOSITIONS})\b)
    (?P<np>(?:(?:the|a|an)[ ])?
      (?:(?!(?:{_PREPOSITIONS})\b)[\p{{Ll}}’'\-]++[ ]){{0,3}}+{_NAME_RUN})  # said analyst Jim Harvey
    (?=[ ]*+(?:[,.;:!?\x00)]|$|(?:in|on|at|of|from|for|who|after|before|when|during|told)\b))
    """,
    regex.VERBOSE,
)
_SPEECH_VERB = regex.compile(rf"\b(?:{_SPEECH})\b")
_EVENT_WINDOW = 200  # characters before a verb where its subject may stand
# Where a subject may begin: a capital that opens a run of capitals, a pronoun or an article.
_SUBJECT_START = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-&])(?<!\p{Lu}[\p{L}'’.\-&]*+[ ])(?:\p{Lu}|(?:he|she|it|they|we|the|a|an)\b)"
)
_SUBJECT_APPOSITIVE = regex.compile(rf"(?P<np>[^,;:\x00]{{1,80}}),[ ](?P<name>{_NAME_RUN}),")
_TITLED_NAME = regex.compile(
    r"(?:(?:" + "|".join(sorted(t for t in SPEAKER_TITLE_WORDS if t.isalpha())) + rf")[ ]){{1,4}}+{_NAME_RUN}"
)
_ATTRIBUTION_ENDS = regex.compile(
    r"[ ]*+(?:[.,;:!?\x00]|$|(?:in|on|at|to|of|from|by|during|after|before|when|with|via|late|earlier)\b)"
)
_QUOTED_AS = regex.compile(rf"\bquoted[ ](?P<np>(?:the[ ])?{_NAME_RUN})[ ]as[ ]saying\b")
_ACCORDING = regex.compile(rf"\baccording[ ]to[ ]++(?P<np>(?:the[ ])?{_NAME_RUN})")
_PARTICIPLE = regex.compile(r"\b(?:" + "|".join(sorted(PARTICIPLES)) + r")\b")
_NAMED_PARTICIPLE = regex.compile(
    rf"(?P<np>{_NAME_RUN})[ ]++(?P<cue>" + "|".join(sorted(PARTICIPLES)) + r")\b"
)
_VERB_AFTER = regex.compile(rf"[ ]*+(?:{_ANY_VERB})\b")
# "ROBERT JAKOBSEN, JYSKE, COPENHAGEN, DENMARK "I'm ..." in reaction round-ups
_CAPS_HEADER = regex.compile(
    r"(?P<np>\p{Lu}[\p{Lu}'’.\-]++(?:[ ]\p{Lu}[\p{Lu}'’.\-]*+){1,3}+)(?:,[ ][\p{Lu}\d&.,'’/\- ]{1,150}?)?:?[ ]*+$"
)
_SENTENCE_END = regex.compile(
    r"(?<![A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|No|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Prof|U\.S|\p{L}))"
    r"[.!?][ ]++(?=[\p{Lu}\x00(])"
)
_POSSESSIVE = regex.compile(r"[’']s\b")
_PREPOSITION = regex.compile(r"[ ](?:of|from|at|with|for|in|on)[ ]")
_LEADING_DETERMINER = regex.compile(r"^(?:the|a|an|The|A|An)[ ]")
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
_SENTENCE_REACH = 300  # characters a sentence may reach either side of a quotation
_REACH = 600  # characters back that a pronoun may reach to a speaker
_FAR_REACH = 20_000  # and that "the company" may reach
_ORGANISATION_LOOKBACK = 400  # mentions counted to find the story's main organisation
_RECALL_LIMIT = 64  # entries looked at, so that recall stays constant-time


@attrs.define
class _Span:
    paragraph: int
    start: int
    end: int
    continues: bool
    opened: int  # where the opening mark stands (-1: none in this paragraph)
    closed: int  # just past the closing mark (-1: runs to the paragraph's end)


_OPENING_CONTEXT = frozenset(" \t\n([{—–-/")
_CLOSING_CONTEXT = frozenset(" \t\n.,;:!?)]}—–-'’…")
_SENTENCE_PUNCTUATION = frozenset(".?!:;,—-")


def _role(text: str, start: int, end: int, token: str) -> str:
    """Whether a mark opens or closes a quotation, from the mark and what stands
    around it: ``"open"``, ``"close"`` or ``"either"``."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opener_like = before in _OPENING_CONTEXT and after not in " \t\n"
    closer_like = before not in " \t\n" and after in _CLOSING_CONTEXT
    if token in _OPENERS:
        return "open"
    if token in _CLOSERS:
        return "open" if opener_like and not closer_like and start > 0 and before in " \t\n" else "close"
    if opener_like and not closer_like:
        return "open"
    if closer_like and not opener_like:
        return "close"
    return "either"


def _lost_close(text: str, start: int) -> int:
    """Where a quotation whose closing mark was lost most likely ends: before
    the first sentence inside it that reads as narration ("... in future.
    Marchionne had said on Friday ..."), else at the paragraph's end."""
    for boundary in _SENTENCE_END.finditer(text, start, min(len(text), start + _SENTENCE_REACH)):
        narration = _SUBJECT_VERB.match(text, boundary.end(), min(len(text), boundary.end() + 120))
        if narration is not None and narration["np"].split()[0].casefold() not in PRONOUNS:
            end: int = boundary.start() + 1
            return end
    return len(text)


def _spans(paragraphs: Sequence[str]) -> list[_Span]:
    """Every quoted span; a quotation left open at a paragraph's end carries on
    in the next paragraph only where that one opens with a quotation mark.

    Inside an open quotation, an opening mark after a sentence's end starts
    the next quoted paragraph of a run that a scraper flattened onto one line.
    """
    spans: list[_Span] = []
    carried = False
    for index, text in enumerate(paragraphs):
        open_at = -1
        mark_at = -1
        continues = False
        for mark in _MARK.finditer(text):
            token = mark.group()
            role = _role(text, mark.start(), mark.end(), token)
            if open_at < 0:
                if role == "close":
                    continue  # a stray closing mark
                open_at, mark_at = mark.end(), mark.start()
                continues = carried and not text[: mark.start()].strip()
                continue
            inside = text[open_at : mark.start()].rstrip()
            if role == "open" and not inside.strip():
                open_at, mark_at = mark.end(), mark.start()  # a doubled opening mark
                continue
            if role == "open" and (token in _OPENERS or inside[-1:] in _SENTENCE_PUNCTUATION):
                # the closing mark was left off: the next quoted paragraph starts here
                end = open_at + len(inside)
                spans.append(_Span(index, open_at, end, continues, mark_at, end))
                open_at, mark_at = mark.end(), mark.start()
                continues = True
                continue
            spans.append(_Span(index, open_at, mark.start(), continues, mark_at, mark.end()))
            open_at = -1
            continues = False
        carried = False
        if open_at >= 0:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            carried = following.lstrip()[:1] in ("“", '"', "`", "„")
            end = len(text) if carried else _lost_close(text, open_at)
            spans.append(_Span(index, open_at, end, continues, mark_at, -1 if end == len(text) else end))
    trimmed = []
    for span in spans:
        text = paragraphs[span.paragraph]
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            span.start, span.end = start, end
            trimmed.append(span)
    return trimmed


def _masked(paragraphs: Sequence[str], spans: list[_Span]) -> list[str]:
    """Each paragraph with its quoted words (and their marks) masked out."""
    ranges: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for span in spans:
        start = span.opened if span.opened >= 0 else 0
        end = span.closed if span.closed >= 0 else len(paragraphs[span.paragraph])
        ranges[span.paragraph].append((start, end))
    masked = []
    for text, cuts in zip(paragraphs, ranges, strict=True):
        pieces, at = [], 0
        for start, end in cuts:
            if start < at:
                continue
            pieces.append(text[at:start])
            # a quote that ends a sentence ends the narration's sentence too
            inner = text[start:end].rstrip("\"”'’ ")
            stop = "." if inner.endswith(".") and end > start + 1 else _MASK
            pieces.append(_MASK * (end - start - 1) + stop)
            at = end
        pieces.append(text[at:])
        masked.append("".join(pieces))
    return masked


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` (masked narration) around ``[start, end)``.

    A sentence reaches at most ``_SENTENCE_REACH`` characters either side,
    so that text without full stops costs no more than text with them.
    """
    left = max(0, start - _SENTENCE_REACH)
    # the last sentence end before ``start``, looked for in growing windows; one
    # character past ``start``, so that the look-ahead sees what opens the sentence
    reach = 40
    while True:
        lo = max(0, start - reach)
        ends = [found.end() for found in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1))]
        if ends:
            left = min(ends[-1], start)
            break
        if lo <= max(0, start - _SENTENCE_REACH):
            break
        reach *= 2
    right = min(len(text), end + _SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, right)
    if after is not None:
        right = after.start() + 1
    return left, right


_LOCATIVES = frozenset({"in", "at", "from", "to", "near", "of", "across", "outside", "inside"})


def _strip_titles(name: str) -> str:
    """"Los Angeles Mayor Eric Garcetti" gives "Eric Garcetti"."""
    words = name.split()
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word.casefold() in SPEAKER_TITLE_WORDS:
            last_title = index
    return " ".join(words[last_title + 1 :])


_TITLE_NOUNS = SPEAKER_TITLE_WORDS | frozenset(
    {"coach", "reporter", "writer", "researcher", "executive", "officer", "chairman", "founder", "owner", "player"}
)


def _public(name: str) -> bool:
    """Whether a name is a country's, a region's or a public body's."""
    return (
        name in REGIONS
        or f"{name}." in REGIONS
        or any(w.casefold() in GOVERNMENT_WORDS for w in name.split())
    )


def _personal(words: list[str]) -> bool:
    """Whether a name's words are a person's rather than an organisation's."""
    if len(words) < 2 or words[0] == "The":
        return False
    return not any(w.casefold().strip(".,") in ORGANISATION_WORDS for w in words)


def _clean(name: str) -> str:
    """A capital run as a name: no leading function words, headings, "-based"
    places or determiners, and no possessive "'s" at its end."""
    words = name.split()
    based = [i for i, w in enumerate(words[:-1]) if w.endswith("-based")]
    if based:
        words = words[based[-1] + 1 :]  # "New York-based Nasdaq"
    while len(words) > 1 and words[0].casefold() in _NOT_NAMES:
        words.pop(0)  # "Among Denard Span", "But Lue"
    capitals = 0
    while capitals < len(words) - 1 and len(words[capitals]) > 1 and words[capitals].isupper():
        capitals += 1
    heading = capitals >= 2 or (capitals == 1 and len(words[0]) > 4)
    if heading and not words[capitals].isupper():
        words = words[capitals:]  # a heading run into a sentence: "TRANS-ATLANTIC RACE Nasdaq"
        while len(words) > 1 and words[0].casefold() in _NOT_NAMES:
            words.pop(0)
    for index, word in enumerate(words[:-2]):
        owned = words[index + 1 :]
        if word.endswith(("'s", "’s")) and _personal(owned):
            words = owned  # "Citigroup Inc's Vikram Pandit": the person
            break
    name = _LEADING_DETERMINER.sub("", " ".join(words))
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "’s")) else name
    return name.strip(" .,'’")


def _is_name(run: str) -> bool:
    words = run.split()
    return bool(words) and words[0].casefold().strip(".") not in _NOT_NAMES


@attrs.define
class _Who:
    """A resolved speaker, and whether it is a person or an organisation."""

    name: str
    person: bool
    known: bool = False  # a person the story shows as one: titled, or named by surname alone


class _Resolver:
    """Turns the words of an attribution into a speaker, with the story's memory."""

    def __init__(self, narration: Sequence[str]) -> None:
        self.narration = narration
        self.base: list[int] = []  # where each paragraph starts, counting all before it
        total = 0
        for text in narration:
            self.base.append(total)
            total += len(text) + 1
        self.people: dict[str, str] = {}  # surname -> full name, as introduced
        self.titled: set[str] = set()
        self.solo: set[str] = set()
        self.proper: set[str] = set()  # words capitalised inside a sentence
        self._events: list[tuple[int, _Who]] | None = None  # (position, who) of "X said", in order
        self.quoted: list[tuple[int, _Who]] = []  # (position, who) of each quotation's speaker
        self.mentions: list[tuple[int, _Who]] = []
        runs: list[tuple[int, bool, str]] = []
        for index, text in enumerate(narration):
            for run in _CAPITAL_RUN.finditer(text):
                if run.group().casefold() in _NOT_NAMES:
                    continue  # "The", "But", "He": most runs are one such word
                start = run.start()
                before = text[max(0, start - 24) : start].split()
                previous = before[-1].casefold().rstrip(",") if before else ""
                if previous in _LOCATIVES:
                    continue  # "in San Francisco": a place
                cleaned = _clean(run.group())
                name = _strip_titles(cleaned)
                words = cleaned.split()
                if len(words) == 1:
                    self.solo.add(words[0])
                subject = start == 0 or text[max(0, start - 2) : start].strip() in (".", "")
                if not subject and text[start - 2 : start - 1] not in ".!?\x00":
                    self.proper.update(words)
                if previous in _TITLE_NOUNS or name != cleaned:
                    self.titled.add(name)
                runs.append((self.base[index] + start, subject, name))
        for position, subject, name in runs:
            self._mention(position, name, subject=subject)

    def _mention(self, position: int, name: str, *, subject: bool) -> None:
        words = name.split()
        if not _is_name(name):
            return
        if len(words) == 1 and words[0] in self.people:
            self.mentions.append((position, self.named(name)))  # "Foerster", after "Chris Foerster"
            return
        if name in REGIONS:
            self.mentions.append((position, _Who(name, False)))  # a country may speak
            return
        if not _personal(words) or _POSSESSIVE.search(name):
            if len(words) == 1 and words[0] in DEMONYMS:
                return
            if not subject or len(words) > 1 or words[0] in self.proper:
                self.mentions.append((position, _Who(_POSSESSIVE.sub("", name), False)))
            return
        if len(words) <= 4 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
            self.people.setdefault(words[-1], name)
            self.mentions.append((position, self.named(name)))

    def who(self, np: str, paragraph: int, offset: int) -> _Who | None:
        """The speaker an attribution phrase names, or stands for."""
        np = np.strip().rstrip(".,")
        words = np.split()
        if not words:
            return None
        head = words[0].casefold()
        if head in PRONOUNS and len(words) <= 2:
            return self.recall(paragraph, offset, person=head in _PERSON_PRONOUNS)
        cut = _PREPOSITION.search(np)
        if cut is not None:
            before = [r.group() for r in _CAPITAL_RUN.finditer(np, 0, cut.start())]
            if before and len(_strip_titles(_clean(before[-1])).split()) >= 2:
                np = np[: cut.start()]  # "Sen. Richard Shelby of Alabama"
        possessive = _POSSESSIVE.search(np)
        if possessive is not None:
            # "GLG's Legg", "Moody's analyst Peter Nerby": the person, not the firm;
            # "Iran's permanent mission": Iran
            rest = np[possessive.end() :].lstrip()
            np = rest if rest[:1].isupper() or _TITLED_NAME.match(rest) else np[: possessive.start()]
        found = [r for r in _CAPITAL_RUN.finditer(np) if _is_name(_clean(r.group()))]
        for run in found:
            if np.startswith(" and ", run.end()):  # "Mark Wall and Gilles Moec said": the first
                found = found[: found.index(run) + 1]
                break
        runs = [r.group() for r in found]
        if runs:
            name = _strip_titles(_clean(runs[-1]))
            if name.casefold() in SPEAKER_TITLE_WORDS:
                return None  # a title alone: "Energy Minister"
            if not name or not _is_name(name) or name.endswith("-based"):
                return None  # "California-based": no name
            return self.named(name)
        if words[-1].casefold() in ORGANISATION_NOUNS and head in ("the", "its", "their", "a", "an"):
            # "the company said": the organisation the story is about, the one it names most
            noun = words[-1].casefold()
            public = True if noun in PUBLIC_NOUNS else False if noun in BUSINESS_NOUNS else None
            return self.main_organisation(paragraph, offset, public=public) or self.recall(
                paragraph, offset, person=False, far=True
            )
        return None

    def main_organisation(self, paragraph: int, offset: int, *, public: bool | None) -> _Who | None:
        """The organisation named most often before ``offset`` (the latest on a tie):
        a firm for "the company" (``public=False``), a public body or a country for
        "the ministry" (``public=True``), either for "the spokeswoman"."""
        position = self.base[paragraph] + offset
        end = bisect.bisect_left(self.mentions, position, key=lambda entry: entry[0])
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        for where, who in self.mentions[max(0, end - _ORGANISATION_LOOKBACK) : end]:
            if who.person or who.name in DEMONYMS:
                continue  # "German carmaker Daimler": no organisation
            if public is None or public == _public(who.name):
                counts[who.name] = counts.get(who.name, 0) + 1
                latest[who.name] = where
        if not counts:
            return None
        name = max(counts, key=lambda n: (counts[n], latest[n]))
        return _Who(name, False)

    def named(self, name: str) -> _Who:
        words = name.split()
        if len(words) == 1 and words[0] in self.people:
            return _Who(self.people[words[0]], True, True)
        person = _personal(words)
        known = person and (words[-1] in self.solo or name in self.titled)
        return _Who(name, person, known)

    def recall(self, paragraph: int, offset: int, *, person: bool, far: bool = False) -> _Who | None:
        """The latest speaker (or, failing that, mention) that a pronoun can stand for.

        The last speaker within reach wins; failing one, the last mention of a
        person the story shows to be one (titled, or named by surname alone),
        then of any name that looks like a person's."""
        position = self.base[paragraph] + offset
        speakers = (self.events(), self.quoted)
        tiers: tuple[tuple[tuple[list[tuple[int, _Who]], ...], int, bool], ...]
        if far:
            tiers = ((speakers, _FAR_REACH, False), ((self.mentions,), _FAR_REACH, False))
        else:
            tiers = (
                (speakers, _REACH, False),
                ((self.mentions,), _REACH * 2, person),
                ((self.mentions,), _REACH * 2, False),
            )
        for tables, reach, known_only in tiers:
            for where, who in _latest_first(tables, position):
                if where < position - reach:
                    break
                if who.person == person and (who.known or not known_only):
                    return who
        return None

    def last_event(self, paragraph: int, offset: int, after: tuple[int, int] | None = None) -> _Who | None:
        """Who spoke last, in this paragraph or the one before (and after the
        quotation ``after``): the speaker of a quotation that stands alone
        after an indirect attribution."""
        position = self.base[paragraph] + offset
        floor = self.base[max(0, paragraph - 1)]
        if after is not None:
            floor = max(floor, self.base[after[0]] + after[1])
        for where, who in _latest_first((self.events(), self.quoted), position):
            return who if where >= floor else None
        return None

    def events(self) -> list[tuple[int, _Who]]:
        """The speech events of the narration, found the first time they are needed."""
        if self._events is None:
            self._events = []  # seen as empty by any lookup made while they are found
            events: list[tuple[int, _Who]] = []
            _speech_events(self, events)
            self._events = events
        return self._events

    def said(self, paragraph: int, offset: int, who: _Who) -> None:
        """A quotation's speaker; quotations come in order, so the list stays sorted."""
        self.quoted.append((self.base[paragraph] + offset, who))


def _latest_first(tables: Sequence[list[tuple[int, _Who]]], position: int) -> list[tuple[int, _Who]]:
    """The entries of sorted ``tables`` before ``position``, latest first, a bounded number."""
    found: list[tuple[int, _Who]] = []
    for table in tables:
        end = bisect.bisect_left(table, position, key=lambda entry: entry[0])
        found.extend(table[max(0, end - _RECALL_LIMIT) : end])
    found.sort(key=lambda entry: entry[0], reverse=True)
    return found[:_RECALL_LIMIT]


def _speech_events(resolver: _Resolver, events: list[tuple[int, _Who]]) -> None:
    """Who speaks where in the narration ("Tass reported", "said Ann Lee"), into ``events``."""
    for index, text in enumerate(resolver.narration):
        done = 0
        for verb in _SPEECH_VERB.finditer(text):  # look only around the verbs of speech
            matches = [_VERB_SUBJECT.match(text, verb.start())]
            for start in _SUBJECT_START.finditer(text, max(done, verb.start() - _EVENT_WINDOW), verb.start()):
                found = _SUBJECT_VERB.match(text, start.start(), verb.end())
                if found is not None and found.end() == verb.end():
                    matches.append(found)
                    break
            done = verb.end()
            for found in matches:
                if found is None:
                    continue
                np = found["np"]
                if np.split()[0].casefold() in PRONOUNS or found["cue"] not in REPORTING_VERBS:
                    continue
                who = resolver.who(np, index, found.start())
                if who is not None:
                    events.append((resolver.base[index] + found.start(), who))
    events.sort(key=lambda event: event[0])


def _attribute(
    span: _Span, narration: str, resolver: _Resolver, *, asks: bool = False
) -> tuple[_Who | None, str | None]:
    """The speaker of one quotation, read off the narration of its sentence.

    Every pattern runs on the paragraph's narration between bounds, so that
    the offsets it gives are the paragraph's own.
    """
    opened = span.opened if span.opened >= 0 else span.start
    closed = span.closed if span.closed >= 0 else len(narration)
    left, right = _sentence_bounds(narration, opened, max(opened, closed - 1))
    stop = narration.find(_MASK, closed, right)
    after_end = right if stop < 0 else stop  # the narration after the quote, to the next quote
    index = span.paragraph
    found = _AFTER_VERB_FIRST.match(narration, closed, after_end)
    if found is not None:
        who = resolver.who(found["np"], index, closed)
        if found["appositive"] and (who is None or not who.person):
            who = resolver.who(found["appositive"], index, closed) or who
        if who is not None:
            return who, found["cue"]
    found = _AFTER_NP_FIRST.match(narration, closed, after_end)
    if found is not None and (not asks or _ATTRIBUTION_ENDS.match(narration, found.end())):
        # after "?" or "!", a new sentence may open with "Misri had earlier said the ...":
        # the words count as attribution only where the sentence ends with them
        who = resolver.who(found["np"], index, closed)
        if who is not None:
            return who, found["cue"]
    before = narration[left:opened]
    header = _CAPS_HEADER.search(narration, left, opened)
    if header is not None and narration[left : header.start()].rstrip()[-1:] in ("", ".", ":", "!", "?", _MASK):
        return _Who(header["np"], True), None
    quoted_as = _QUOTED_AS.search(narration, closed, after_end)
    if quoted_as is not None:
        who = resolver.who(quoted_as["np"], index, closed)
        if who is not None:
            return who, "quoted"
    participle = _NAMED_PARTICIPLE.search(narration, max(left, opened - 120), opened)
    if participle is not None:  # "with Chief Executive Clara Furse saying it ..."
        who = resolver.who(participle["np"], index, participle.start())
        if who is not None:
            return who, participle["cue"]
    matches = list(_SUBJECT_VERB.finditer(narration, left, opened))
    if matches:
        last = matches[-1]
        who = _subject_verb(last, narration, left, index, resolver)
        if who is not None:
            return who, last["cue"]
    later_forms = (_VERB_SUBJECT, _SUBJECT_VERB)
    for later in (form.search(narration, closed, after_end) for form in later_forms):
        if later is not None:
            who = (
                resolver.who(later["np"], index, closed)
                if later.re is _VERB_SUBJECT
                else _subject_verb(later, narration, left, index, resolver)
            )
            if who is not None:
                return who, later["cue"]
    according = _ACCORDING.search(narration, left, right)
    if according is not None:
        who = resolver.who(according["np"], index, according.start())
        if who is not None:
            return who, "according to"
    verb_after = _VERB_AFTER.match(narration, closed, after_end)
    if verb_after is not None and before.strip():
        runs = list(_CAPITAL_RUN.finditer(narration, left, opened))
        if runs and runs[-1].end() >= left + len(before.rstrip()):
            who = resolver.who(runs[-1].group(), index, runs[-1].start())
            if who is not None:
                return who, verb_after.group().strip()
    participle = _PARTICIPLE.search(narration, left, opened)
    if participle is not None:
        who = _subject(narration, left, index, resolver)
        if who is not None:
            return who, participle.group()
    return None, None


def _subject_verb(
    found: regex.Match[str], narration: str, left: int, paragraph: int, resolver: _Resolver
) -> _Who | None:
    """The speaker of a "NAME said" match: a pronoun stands for its sentence's
    subject when one opens the sentence; a title stands for the name beside it."""
    pronoun = found["np"].split()[0].casefold() in PRONOUNS
    who = _subject(narration, left, paragraph, resolver) if pronoun and found.start() > left else None
    if who is None:
        who = resolver.who(found["np"], paragraph, found.start())
    if found["appositive"] and (who is None or not who.person):
        who = resolver.who(found["appositive"], paragraph, found.start()) or who
    return who


def _subject(narration: str, left: int, paragraph: int, resolver: _Resolver) -> _Who | None:
    """The name that opens the sentence starting at ``left``, if one does."""
    appositive = _SUBJECT_APPOSITIVE.match(narration, left)
    if appositive is not None:  # "Google's vice president, Danielle Brown, sent ..."
        who = resolver.who(appositive["np"], paragraph, left)
        if who is None or not who.person:
            return resolver.who(appositive["name"], paragraph, left) or who
        return who
    subject = _CAPITAL_RUN.match(narration, left)
    if subject is not None and subject.group().split()[0].casefold() not in _NOT_NAMES:
        return resolver.who(subject.group(), paragraph, left)
    comma = narration.find(", ", left, left + 60)  # "In a post on X, Rubio commended ..."
    if comma < 0:
        return None
    subject = _CAPITAL_RUN.match(narration, comma + 2)
    return resolver.who(subject.group(), paragraph, comma + 2) if subject is not None else None


def _stands_alone(narration: str, span: _Span) -> bool:
    """Whether the quote's sentence holds no narration of its own."""
    opened = span.opened if span.opened >= 0 else span.start
    closed = span.closed if span.closed >= 0 else len(narration)
    left, right = _sentence_bounds(narration, opened, max(opened, closed - 1))
    rest = (narration[left:opened] + narration[closed:right]).replace(_MASK, "")
    return not any(c.isalpha() for c in rest)


def _is_speech(text: str, span: _Span) -> bool:
    """Whether quoted words read as speech, not a term: a sentence of several words."""
    quoted = text[span.start : span.end]
    return quoted[:1].isupper() and len(quoted.split()) >= 3


def _carried_over(
    span: _Span, found: list[tuple[_Span, _Who | None, str | None]], paragraphs: Sequence[str],
    narration: Sequence[str], resolver: _Resolver,
) -> tuple[_Who | None, str | None]:
    """The speaker of a quotation with no attribution of its own.

    In order: the speaker of an indirect attribution since the previous
    quotation ("Toriumi said Delta was wiser. "There is no question ...""),
    the previous quotation's speaker where this one goes on its words, and
    the last speaker of the paragraph for a quotation standing alone.
    """
    alone = _stands_alone(narration[span.paragraph], span)
    if found:
        previous, previous_who, previous_cue = found[-1]
        if alone:
            sentence_end = _sentence_bounds(narration[previous.paragraph], previous.start, previous.end)[1]
            event = resolver.last_event(span.paragraph, span.start, after=(previous.paragraph, sentence_end))
            if event is not None:
                return event, None
        near = previous.paragraph >= span.paragraph - 1
        same = previous.paragraph == span.paragraph
        if previous_who is not None and (
            (near and (span.continues or alone)) or (same and _is_speech(paragraphs[span.paragraph], span))
        ):
            return previous_who, previous_cue
    if alone:
        return resolver.last_event(span.paragraph, span.start), None
    return None, None


def find_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Every quotation in ``paragraphs``, in order, with its speaker where known.

    A quotation that runs over several paragraphs gives one ``Quote`` per
    paragraph, the later ones with ``continues=True``, all with one speaker.
    """
    spans = _spans(paragraphs)
    if not spans:
        return ()
    narration = _masked(paragraphs, spans)
    resolver = _Resolver(narration)
    found: list[tuple[_Span, _Who | None, str | None]] = []
    for span in spans:
        asks = paragraphs[span.paragraph][span.end - 1] in "?!"  # the quote asks or exclaims
        who, cue = _attribute(span, narration[span.paragraph], resolver, asks=asks)
        if who is None:
            who, cue = _carried_over(span, found, paragraphs, narration, resolver)
        if who is not None:
            resolver.said(span.paragraph, span.start, who)
        found.append((span, who, cue))
    # a quotation over several paragraphs has one speaker: spread it back
    for index in range(len(found) - 1, 0, -1):
        span, who, cue = found[index]
        if span.continues and who is not None and found[index - 1][1] is None:
            found[index - 1] = (found[index - 1][0], who, cue)
    return tuple(
        Quote(
            text=paragraphs[s.paragraph][s.start : s.end],
            speaker=who.name if who is not None else None,
            cue=cue,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            continues=s.continues,
        )
        for s, who, cue in found
    )
