"""Direct quotations in a story's body, and who said them.

>>> [(q.text, q.speaker, q.cue) for q in find_quotes(('"It is fine," said analyst Debbie Wang.',))]
[('It is fine,', 'Debbie Wang', 'said')]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .lexicon.organisations import ORGANISATION_NOUNS, PRONOUNS
from .lexicon.titles import NAME_PARTICLES, SPEAKER_TITLE_WORDS
from .lexicon.verbs import DESCRIBING_VERBS, PARTICIPLES, REPORTING_VERBS
from .models import Quote

__all__ = ["find_quotes"]

_MARK = regex.compile(r"``|''|[\"“”„]")
_OPENERS = frozenset({"“", "``", "„"})
_CLOSERS = frozenset({"”", "''"})

_VERBS = "|".join(sorted(REPORTING_VERBS | DESCRIBING_VERBS, key=len, reverse=True))
_SPEECH = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_NAME_WORD = rf"(?<![\p{{L}}\p{{M}}'’.\-])(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+|(?:{_PARTICLE})(?=[ ]\p{{Lu}}))"

# After the closing mark: ', said Morningstar analyst Debbie Wang.'
_VERB_THEN_SPEAKER = regex.compile(
    rf"""
    [ ,]*+(?:--[ ]|—[ ]?)?                          # , or a dash
    (?P<cue>{_SPEECH})\b[ ]++                         # said
    (?P<np>(?!(?:on|in|at|last|this|late|early|earlier|later|during|after|before|when|while|of|to|in|that|about)\b)
       [^,;:!?“”"()]{{1,120}}+)                       # Morningstar analyst Debbie Wang
    """,
    regex.VERBOSE,
)
# After the closing mark: ', Tawfiq said.', ' he told Reuters.'
_SPEAKER_THEN_VERB = regex.compile(
    rf"""
    [ ,]*+(?:--[ ]|—[ ]?)?
    (?P<np>[^,;:!?“”"()]{{1,100}}?)                    # Chief Financial Officer Tom Schoewe
    (?:,[^,;:!?“”"()]{{1,100}}?,)?                     # , an analyst at X,
    [ ]++(?:also[ ]|later[ ]|then[ ]|has[ ]|had[ ]|would[ ]|will[ ]){{0,2}}+
    (?P<cue>{_SPEECH})\b
    """,
    regex.VERBOSE,
)
# Before the opening mark, in the same sentence: 'Yoon said: ', 'the Kremlin dismissed as '.
_SPEAKER_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'’.\-])
    (?P<np>(?:(?:the|a|an|The|A|An)[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,4}}+
       |\b(?:he|she|they|it|we|He|She|They|It|We)
       |\b(?:the|The)[ ]\p{{Ll}}++)                  # Name, pronoun or "the company"
    [ ]++(?:also[ ]|has[ ]|had[ ]|have[ ]|was[ ]|is[ ]){{0,2}}+
    (?P<cue>{_VERBS})\b
    """,
    regex.VERBOSE,
)
_ACCORDING = regex.compile(rf"according[ ]to[ ]++(?P<np>(?:the[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,4}}+)")
_PARTICIPLE = regex.compile(r"\b(?:" + "|".join(sorted(PARTICIPLES)) + r")\b")
_SENTENCE_END = regex.compile(
    r"(?<![A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|No|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Prof|U\.S|\p{Lu}))"
    r"[.!?][ ]++(?=[\p{Lu}“\"(])"
)
_CAPITAL_RUN = regex.compile(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,5}}+")
_LEADING_DETERMINER = regex.compile(r"^(?:the|a|an|The|A|An)[ ]")
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "the", "a", "an", "but", "and", "in", "on",
        "it", "this", "that", "he", "she", "they", "we", "i", "there", "while", "as",
    }
)


@attrs.define
class _Span:
    paragraph: int
    start: int
    end: int
    continues: bool
    opened: int  # where the opening mark stands (-1: none in this paragraph)
    closed: int  # just past the closing mark (-1: runs to the paragraph's end)


def _spans(paragraphs: Sequence[str]) -> list[_Span]:
    """Every quoted span; a quotation left open at a paragraph's end carries on
    in the next paragraph only where that one opens with a quotation mark."""
    spans: list[_Span] = []
    carried = False
    for index, text in enumerate(paragraphs):
        open_at = -1
        mark_at = -1
        continues = False
        for mark in _MARK.finditer(text):
            token = mark.group()
            if open_at < 0:
                if token in _CLOSERS:
                    continue  # a stray closing mark
                open_at, mark_at = mark.end(), mark.start()
                continues = carried and not text[: mark.start()].strip()
                continue
            if token in _OPENERS and not text[open_at : mark.start()].strip():
                open_at, mark_at = mark.end(), mark.start()  # a doubled opening mark
                continue
            spans.append(_Span(index, open_at, mark.start(), continues, mark_at, mark.end()))
            open_at = -1
            continues = False
        carried = False
        if open_at >= 0:
            spans.append(_Span(index, open_at, len(text), continues, mark_at, -1))
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            carried = following.lstrip()[:1] in ("“", '"', "`", "„")
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


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from the last sentence end before
    ``start`` to the first one after ``end``."""
    left = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = found.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    right = after.start() + 1 if after else len(text)
    return left, right


class _Resolver:
    """Turns the words around a quotation into a speaker's name."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        self.last_organisation: str | None = None

    def full_name(self, name: str, paragraph: int, limit: int) -> str:
        """"Wang" as the article introduced it: "Debbie Wang"."""
        if " " in name:
            return name
        for index in range(paragraph, -1, -1):
            text = self.paragraphs[index]
            if index == paragraph:
                text = text[:limit]
            runs = [r.group() for r in _CAPITAL_RUN.finditer(text)]
            for run in reversed(runs):
                words = _strip_titles(run.rstrip(".,")).split()
                if len(words) >= 2 and words[-1] == name:
                    return " ".join(words)
        return name

    def speaker(self, np: str, paragraph: int, limit: int) -> str | None:
        np = np.strip().rstrip(".")
        head = np.split()[0].casefold() if np.split() else ""
        if head in PRONOUNS and len(np.split()) <= 2:
            if head in ("he", "she", "i"):
                return self.last_person
            return self.last_organisation or self.last_speaker
        runs = [r.group() for r in _CAPITAL_RUN.finditer(np)]
        runs = [r for r in runs if r.split()[0].casefold() not in _NOT_NAMES or len(r.split()) > 1]
        if runs:
            name = _strip_titles(_LEADING_DETERMINER.sub("", runs[-1]))
            if not name or name.split()[0].casefold() in _NOT_NAMES:
                return None
            return self.full_name(name, paragraph, limit)
        words = np.casefold().split()
        if len(words) >= 2 and words[0] == "the" and words[-1] in ORGANISATION_NOUNS:
            return self.last_organisation
        return None

    def remember(self, speaker: str) -> None:
        self.last_speaker = speaker
        if len(speaker.split()) >= 2 and not _looks_like_organisation(speaker):
            self.last_person = speaker
        else:
            self.last_organisation = speaker


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].casefold() in SPEAKER_TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _looks_like_organisation(name: str) -> bool:
    last = name.split()[-1].casefold()
    return last in ("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "plc", "group")


def _attribute(span: _Span, resolver: _Resolver) -> tuple[str | None, str | None]:
    text = resolver.paragraphs[span.paragraph]
    opened = span.opened if span.opened >= 0 else span.start
    closed = span.closed if span.closed >= 0 else len(text)
    left, right = _sentence_bounds(text, opened, span.end)
    after = text[closed:right]
    next_mark = _MARK.search(after)
    if next_mark is not None:
        after = after[: next_mark.start()]
    for pattern in (_VERB_THEN_SPEAKER, _SPEAKER_THEN_VERB):
        found = pattern.match(after)
        if found is not None:
            speaker = resolver.speaker(found["np"], span.paragraph, closed + found.start("np"))
            return speaker, found["cue"]
    before = text[left:opened]
    marks = list(_MARK.finditer(before))
    if marks:
        before = before[marks[-1].end() :]
    matches = list(_SPEAKER_BEFORE.finditer(before))
    if matches:
        found = matches[-1]
        speaker = resolver.speaker(found["np"], span.paragraph, opened)
        if speaker is None and found["np"].casefold() in PRONOUNS:
            speaker = _subject(text, left, span.paragraph, opened, resolver)
        return speaker, found["cue"]
    according = _ACCORDING.search(text, left, right)
    if according is not None:
        return resolver.speaker(according["np"], span.paragraph, opened), "according to"
    participle = _PARTICIPLE.search(before)
    if participle is not None:
        subject = _subject(text, left, span.paragraph, opened, resolver)
        if subject is not None:
            return subject, participle.group()
    return None, None


def _subject(text: str, left: int, paragraph: int, limit: int, resolver: _Resolver) -> str | None:
    """The name that opens the sentence starting at ``left``, if one does."""
    subject = _CAPITAL_RUN.match(text, left)
    if subject is None:
        return None
    return resolver.speaker(subject.group(), paragraph, limit)


def _is_speech(text: str, span: _Span) -> bool:
    """Whether quoted words read as speech, not a term: a sentence of several words."""
    quoted = text[span.start : span.end]
    return quoted[:1].isupper() and len(quoted.split()) >= 3


def find_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Every quotation in ``paragraphs``, in order, with its speaker where known.

    A quotation that runs over several paragraphs gives one ``Quote`` per
    paragraph, the later ones with ``continues=True``, all with one speaker.
    """
    spans = _spans(paragraphs)
    resolver = _Resolver(paragraphs)
    found: list[tuple[_Span, str | None, str | None]] = []
    for span in spans:
        speaker, cue = _attribute(span, resolver)
        text = paragraphs[span.paragraph]
        whole = span.opened <= 0 and (span.closed < 0 or not text[span.closed :].strip())
        if speaker is None and found and (span.continues or whole or _is_speech(text, span)):
            previous = found[-1]
            if previous[1] is not None and previous[0].paragraph >= span.paragraph - 1:
                speaker, cue = previous[1], previous[2]
        if speaker is not None:
            resolver.remember(speaker)
        found.append((span, speaker, cue))
    # a quotation over several paragraphs has one speaker: spread it back
    for index in range(len(found) - 1, 0, -1):
        span, speaker, cue = found[index]
        previous = found[index - 1]
        if span.continues and speaker is not None and previous[1] is None:
            found[index - 1] = (previous[0], speaker, cue)
    return tuple(
        Quote(
            text=paragraphs[s.paragraph][s.start : s.end],
            speaker=speaker,
            cue=cue,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            continues=s.continues,
        )
        for s, speaker, cue in found
    )
