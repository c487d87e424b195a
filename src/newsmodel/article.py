"""Whole articles: wire copy to :class:`~newsmodel.models.Article` and back.

>>> article = parse_article("By Ann Lee\\nPARIS (Reuters) - Prices rose.\\n(Editing by Bo Ku)")
>>> article.byline.authors[0].name, article.dateline.locations, article.paragraphs
('Ann Lee', ('PARIS',), ('Prices rose.',))
>>> parse_article(format_article(article)) == article
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal

import attrs
import regex

from ._arguments import require_text
from .apparatus import (
    Apparatus,
    ContactLine,
    KeywordsLine,
    NoteLine,
    TrailerLine,
    bare_note,
    classify,
    classify_note,
    format_note,
    peel_blocks,
    split_apparatus,
    summary_point,
)
from .byline import _MAX_BYLINE, format_byline, match_byline
from .credits import format_credits, match_credits
from .dateline import _scan_datelines, format_dateline
from .lexicon import Lexicon
from .models import Article, Byline, Credit, Dateline, Note, Quote
from .paragraphs import split_paragraphs
from .quotes import check_tier, find_quotes

__all__ = ["MAX_QUOTES", "QUOTE_WINDOW", "format_article", "parse_article"]

#: Quotations are looked for in windows of about this many characters: a story
#: (a few thousand characters, rarely 20,000) is read whole, and a longer text
#: costs the memory of one window at a time, not of its whole length.
QUOTE_WINDOW: Final = 1 << 15
#: The most quotations an article holds (a story holds dozens): past them the
#: text is not looked at for more, so that a text dense with quotation marks
#: ('"a "a "a ...') costs memory in proportion to the cap, not to its length.
MAX_QUOTES: Final = 10_000

_HEADER_REACH = 6  # story paragraphs searched for the byline and dateline
_HEADER_LIMIT = 40  # paragraphs searched in all, notes and captions included
_HEADLINE_MAX = 200
# The furthest a reader looks for a dateline in a paragraph: after a headline or a byline run into it.
_DATED_REACH = max(_HEADLINE_MAX, _MAX_BYLINE)
_HEADLINE_WORDS = 30
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_WORD_START = regex.compile(r"(?<=\s)\S")
# A headline ends in no sentence's punctuation and opens with a capital or a digit.
_HEADLINE_RUN = regex.compile(r"[\p{Lu}\p{N}\"“‘'].*+(?<![.!?,;:])")
# Punctuation glued before a dateline's place: "****LONDON, March 5 - ..." (no bracket or quote mark).
_GLUED_PUNCTUATION = regex.compile(r"[ ]*+[\p{P}\p{S}--[(\[{\"“‘'«„]]++(?=\S)", regex.VERSION1)


def _caption(paragraph: str, lexicon: Lexicon) -> bool:
    note = classify_note(paragraph, lexicon)
    return note is not None and note.kind == "caption"


def _reads_as_headline(line: str) -> bool:
    """A headline: short, not bracketed, not a point of a list."""
    return not line.startswith(("(", "[", "*", "•")) and len(line.split()) <= _HEADLINE_WORDS


# -- the header: one typed reading of each paragraph, one action per (state, reading) --------

#: Where the header reader stands: nothing kept back yet, some text held back
#: (a headline, perhaps), or a byline found.
_State = Literal["open", "held", "bylined"]


@attrs.frozen
class _Blank:
    """A line with no word ("****"): a stray line."""

    text: str


@attrs.frozen
class _Marked:
    """An editor's note or a caption, marked as such."""

    note: Note


@attrs.frozen
class _Bylined:
    """A byline, and the dateline glued after it with the offset where the body starts."""

    byline: Byline
    glued: tuple[Dateline, int] | None


@attrs.frozen
class _Dated:
    """A dateline: where the body starts, the headline run into it, the punctuation glued before it."""

    dateline: Dateline
    end: int
    headline: str | None = None
    glue: str | None = None


@attrs.frozen
class _Points:
    """Summary points or a caption's text: notes that hold where a dateline or byline follows."""

    notes: tuple[tuple[int, Note], ...]  # (order within the paragraph, note)


@attrs.frozen
class _BareNote:
    """A note without brackets, over a paragraph that opens the story."""

    note: Note


@attrs.frozen
class _Text:
    """Any other text: a headline, or the story where no dateline comes."""

    long: bool


_Reading = _Blank | _Marked | _Bylined | _Dated | _Points | _BareNote | _Text


@attrs.frozen
class _Credited:
    """Credits that close the story, and the contact details printed with them."""

    credits: tuple[Credit, ...]
    contacts: tuple[str, ...]


# Lines of apparatus that may hold credits: "(Reporting by Ann Lee; ann.lee@example.com)".
_CREDITED_LINES: Final = (ContactLine, TrailerLine)


class _Datelines:
    """:func:`match_dateline` over the header's paragraphs, each paragraph matched against
    the dateline pattern once, in one pass, however many readers ask at however many places:
    at its start, after punctuation glued there, at the words where a headline or a byline
    may end."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._scans: dict[str, Callable[[int], tuple[Dateline, int] | None]] = {}

    def __call__(self, text: str, pos: int = 0) -> tuple[Dateline, int] | None:
        scan = self._scans.get(text)
        if scan is None:
            scan = self._scans[text] = _scan_datelines(text, stop=_DATED_REACH, lexicon=self._lexicon)
        return scan(pos)


class _Reader:
    """One pass over the paragraphs of one article."""

    def __init__(self, paragraphs: list[str], lexicon: Lexicon) -> None:
        self.paragraphs = paragraphs
        self.lexicon = lexicon
        self.headline: str | None = None
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.notes: list[Note] = []
        self.tail_notes: list[Note] = []
        self.credits: list[Credit] = []
        self.contacts: list[str] = []
        self.keywords: list[str] = []
        self.trailers: list[str] = []
        self.stray: list[str] = []
        # notes above the story, by position; those of summary points and of
        # unmarked captions hold only where a dateline or byline follows them
        self._found: list[tuple[int, int, Note]] = []
        self._tentative: list[tuple[int, int, Note]] = []
        self._held: list[int] = []  # paragraphs above the story kept back: a headline, or body
        self._reach = _HEADER_REACH
        self._captioned = False  # the paragraph before was a caption's marker
        self._dated = _Datelines(lexicon)
        # the apparatus and the credits read off a text: a block parted from the last paragraph is asked
        # about again alone
        self._classified: dict[str, Apparatus | None] = {}
        self._credited: dict[str, tuple[int, tuple[Credit, ...], tuple[str, ...]] | None] = {}

    @property
    def _state(self) -> _State:
        if self.byline is not None:
            return "bylined"
        return "held" if self._held else "open"

    def header(self) -> list[str]:
        """Take notes, headline, byline and dateline off the top; the body is left.

        Notes, captions, summary points and lines of punctuation do not count
        against the reach: a dateline below any number of them is found.
        Each paragraph is read once, by the readers its state allows, in
        order (:data:`_READERS`); the reading and the state choose the action
        (:data:`_ACTIONS`), which gives the body once the header ends.
        """
        index = 0
        while index < min(len(self.paragraphs), self._reach, _HEADER_LIMIT):
            state = self._state
            reading = self._read(state, index)
            index += 1
            body = _ACTIONS[state, type(reading)](self, reading, index)
            if body is not None:
                return body
        return self._undated(self._held, index)

    def _read(self, state: _State, index: int) -> _Reading:
        paragraph = self.paragraphs[index]
        for reader in _READERS[state]:
            reading = reader(self, index, paragraph)
            if reading is not None:
                return reading
        return _Text(long=len(paragraph) > _HEADLINE_MAX)

    # -- readers: each gives its reading of the paragraph, or None ----------------------------

    def _read_blank(self, index: int, paragraph: str) -> _Blank | None:
        # most paragraphs open with a letter or a digit: no pattern needed to find a word
        return None if paragraph[:1].isalnum() or _HAS_WORD.search(paragraph) else _Blank(paragraph)

    def _read_marked(self, index: int, paragraph: str) -> _Marked | None:
        note = classify_note(paragraph, self.lexicon)
        return None if note is None else _Marked(note)

    def _read_byline(self, index: int, paragraph: str) -> _Bylined | None:
        # "Written by", "Analysis by": a byline where they open the story, a credit lower down
        first = self._opens_story_at(self._held)
        found = match_byline(paragraph, first=first, dated=self._dated, lexicon=self.lexicon)
        return None if found is None else _Bylined(*found)

    def _read_dateline(self, index: int, paragraph: str) -> _Dated | None:
        """The dateline opening ``paragraph``; punctuation glued before it is kept as a stray line."""
        dated = self._dated(paragraph)
        if dated is not None:
            return _Dated(*dated)
        glued = _GLUED_PUNCTUATION.match(paragraph)
        dated = self._dated(paragraph, glued.end()) if glued is not None else None
        if glued is None or dated is None:
            return None
        return _Dated(*dated, glue=glued.group().strip())

    def _read_headed(self, index: int, paragraph: str) -> _Dated | None:
        """A headline run into the dateline below it, as hard-wrapped copy joins them.

        "Acme slides NEW YORK (Reuters) - Shares fell." gives the headline "Acme
        slides" and the dateline, whose places are in capitals (a title-case place
        there is most often a sentence's words: "... the Lisbon Conference, May 2 -").
        """
        for word in _WORD_START.finditer(paragraph, 0, _HEADLINE_MAX):
            opening = word.group()
            if opening.islower() or (opening.isascii() and not opening.isalpha() and opening != ","):
                continue  # no place opens there in capitals: a place opens with a letter, the dateline's with it
            headline = paragraph[: word.start()].strip()
            if _HEADLINE_RUN.fullmatch(headline) is None or not _reads_as_headline(headline):
                continue
            dated = self._dated(paragraph, word.start())
            if dated is None:
                continue
            if dated[0].locations and all(place.split(",")[0].isupper() for place in dated[0].locations):
                return _Dated(*dated, headline=headline)
        return None

    def _read_points(self, index: int, paragraph: str) -> _Points | None:
        """Summary points, with any note glued to the end ("* Futures up (Adds comment)"),
        or the text below a caption's marker."""
        point = summary_point(paragraph)
        if point is None:
            return _Points(((0, Note(kind="caption", text=paragraph)),)) if self._captioned else None
        text, blocks = peel_blocks(point.text) if point.text.endswith(")") else (point.text, [])
        notes = [classify_note(block, self.lexicon) for block in blocks]
        if not (blocks and text.strip() and all(notes)):
            return _Points(((0, point),))
        glued = tuple((1 + n, note) for n, note in enumerate(notes) if note is not None)
        return _Points((*glued, (0, Note(kind="summary", text=text.strip()))))

    def _read_bare_note(self, index: int, paragraph: str) -> _BareNote | None:
        note = bare_note(paragraph)
        if note is None or index + 1 >= len(self.paragraphs) or not self._opens_story(self.paragraphs[index + 1]):
            return None
        return _BareNote(note)

    # -- actions: each takes its reading; the body where the header ends, or None --------------

    def _on_blank(self, reading: _Blank, after: int) -> list[str] | None:
        self.stray.append(reading.text)
        self._reach += 1
        return None

    def _on_marked(self, reading: _Marked, after: int) -> list[str] | None:
        self._found.append((after - 1, 0, reading.note))
        self._captioned = reading.note.kind == "caption"
        self._reach += 1
        return None

    def _on_byline(self, reading: _Bylined, after: int) -> list[str] | None:
        self.byline = reading.byline
        if reading.glued is None:
            return None
        self.dateline, start = reading.glued
        return self._body(self._held, self.paragraphs[after - 1][start:], after)

    def _on_dateline(self, reading: _Dated, after: int) -> list[str] | None:
        if reading.glue is not None:
            self.stray.append(reading.glue)
        if reading.headline is not None:
            self.headline = reading.headline
        self.dateline = reading.dateline
        return self._body(self._held, self.paragraphs[after - 1][reading.end :], after)

    def _on_points(self, reading: _Points, after: int) -> list[str] | None:
        self._tentative.extend((after - 1, order, note) for order, note in reading.notes)
        self._captioned = False
        self._reach += 1
        return None

    def _on_bare_note(self, reading: _BareNote, after: int) -> list[str] | None:
        self._found.append((after - 1, 0, reading.note))
        return None

    def _on_text(self, reading: _Text, after: int) -> list[str] | None:
        if reading.long:
            return self._undated(self._held, after - 1)
        self._held.append(after - 1)
        return None

    def _on_text_below_byline(self, reading: _Text, after: int) -> list[str] | None:
        return self._undated(self._held, after - 1)

    def _opens_story_at(self, held: list[int]) -> bool:
        """Whether the paragraph being read opens the story: first, or below a headline only.

        A paragraph below story text ("Shares fell.") opens no story: there
        "Reporting by" opens a credit.
        """
        if not held:
            return True
        above = self.paragraphs[held[0]]
        return len(held) == 1 and _reads_as_headline(above) and not above.endswith(".")

    def _opens_story(self, paragraph: str) -> bool:
        """Whether a paragraph opens the story proper: a byline or a dateline."""
        bylined = match_byline(paragraph, dated=self._dated, lexicon=self.lexicon)
        return bylined is not None or self._dated(paragraph) is not None

    def _commit_notes(self, *, confirmed: bool) -> set[int]:
        """Keep the header's notes in the order they stood; the positions of the lines they took."""
        found = self._found + (self._tentative if confirmed else [])
        self.notes = [note for _, _, note in sorted(found, key=lambda item: (item[0], item[1]))]
        return {position for position, _, _ in found}

    def _undated(self, held: list[int], stop: int) -> list[str]:
        """No dateline: what was held back is body, but for a headline over a byline."""
        taken = self._commit_notes(confirmed=self.byline is not None)
        if self.byline is not None and held and _reads_as_headline(self.paragraphs[held[0]]):
            self.headline = self.paragraphs[held.pop(0)]
        kept = sorted(set(held) | ({p for p, _, _ in self._tentative} - taken))
        return [self.paragraphs[i] for i in kept] + self.paragraphs[stop:]

    def _body(self, held: list[int], first: str, after: int) -> list[str]:
        self._commit_notes(confirmed=True)
        if held and len(self.paragraphs[held[-1]]) <= _HEADLINE_MAX and _reads_as_headline(self.paragraphs[held[-1]]):
            self.headline = self.paragraphs[held.pop()]
        first = first.strip()
        return [self.paragraphs[i] for i in held] + ([first] if first else []) + self.paragraphs[after:]

    def _worded(self, pieces: list[str]) -> list[str]:
        """The pieces of a paragraph parted from its apparatus that hold a word;
        punctuation left alone ("--" before "(Adds detail)") is a stray line,
        as it is above the story, so that the article reads back the same."""
        kept = []
        for piece in (piece.strip() for piece in pieces):
            if piece and not piece[:1].isalnum() and not _HAS_WORD.search(piece):  # opens with a word, most
                self.stray.append(piece)
            elif piece:
                kept.append(piece)
        return kept

    def _apparatus(self, text: str) -> Apparatus | None:
        """:func:`classify` of ``text``, read once however often the tail asks."""
        if text not in self._classified:
            self._classified[text] = classify(text, self.lexicon)
        return self._classified[text]

    def _credits(self, text: str) -> tuple[int, tuple[Credit, ...], tuple[str, ...]] | None:
        """:func:`match_credits` of ``text``, read once however often the tail asks."""
        if text not in self._credited:
            self._credited[text] = match_credits(text, self.lexicon)
        return self._credited[text]

    def tail(self, body: list[str]) -> list[str]:
        """Take credits and apparatus off the end of the body."""
        found_tail: list[Apparatus | _Credited] = []
        while body:
            pieces = split_apparatus(body[-1])
            closing = self._apparatus(pieces[-1]) if pieces else None
            if len(pieces) > 1 and closing is not None:
                body[-1:] = self._worded(pieces)
                continue
            last = body[-1]
            # bracketed blocks glued to the end are parted from it in one pass
            rest, blocks = peel_blocks(last)
            split = len(blocks) > 1 or bool(rest.strip() and blocks)
            # a caption keeps its credit: "... (AP Photo/Ann Lee)"
            if split and "/" in blocks[-1] and _caption(last, self.lexicon):
                split = False
            if split and (
                self._apparatus(blocks[-1]) is not None or self._credits(blocks[-1]) is not None
            ):
                body[-1:] = self._worded([rest, *blocks])
                continue
            found = closing if len(pieces) == 1 else self._apparatus(last)
            # a contact or trailer line that holds credits is read as credits
            lined = found is None or isinstance(found, _CREDITED_LINES)
            credited = self._credits(last) if lined else None
            if credited is None:
                if found is None:
                    break
                found_tail.append(found)
                body.pop()
                continue
            start, credits, contacts = credited
            found_tail.append(_Credited(credits, contacts))
            before = self._worded([last[:start]])
            body[-1:] = before
        for piece in reversed(found_tail):
            match piece:
                case NoteLine(note=note):
                    self.tail_notes.append(note)
                case KeywordsLine(words=words):
                    self.keywords.extend(words)
                case ContactLine(line=line):
                    self.contacts.append(line)
                case TrailerLine(line=line):
                    self.trailers.append(line)
                case _Credited(credits=credits, contacts=contacts):
                    self.credits.extend(credits)
                    self.contacts.extend(contacts)
        return body


# The readers each state allows, in the order they are asked; the first reading wins
# (any paragraph left is text).
_READERS: Final[Mapping[_State, tuple[Callable[[_Reader, int, str], _Reading | None], ...]]] = {
    "open": (
        _Reader._read_blank,
        _Reader._read_marked,
        _Reader._read_byline,
        _Reader._read_dateline,
        _Reader._read_headed,
        _Reader._read_points,
        _Reader._read_bare_note,
    ),
    "held": (
        _Reader._read_blank,
        _Reader._read_marked,
        _Reader._read_byline,
        _Reader._read_dateline,
        _Reader._read_points,
    ),
    "bylined": (_Reader._read_blank, _Reader._read_marked, _Reader._read_dateline),
}

# What each reading does in each state (a state's readers give no other reading).
_ACTIONS: Final[Mapping[tuple[_State, type], Callable[[_Reader, Any, int], list[str] | None]]] = {
    **{
        (state, kind): action
        for state in ("open", "held", "bylined")
        for kind, action in (
            (_Blank, _Reader._on_blank),
            (_Marked, _Reader._on_marked),
            (_Dated, _Reader._on_dateline),
        )
    },
    **{
        (state, kind): action
        for state in ("open", "held")
        for kind, action in (
            (_Bylined, _Reader._on_byline),
            (_Points, _Reader._on_points),
            (_Text, _Reader._on_text),
        )
    },
    ("open", _BareNote): _Reader._on_bare_note,
    ("bylined", _Text): _Reader._on_text_below_byline,
}


def _pieces(paragraphs: Sequence[str], size: int) -> Iterator[tuple[int, int, str]]:
    """Each paragraph as ``(index, offset, text)``; one longer than ``size`` in
    pieces of at most ``size`` characters, each cut after a space where one is near."""
    for index, paragraph in enumerate(paragraphs):
        start = 0
        while len(paragraph) - start > size:
            space = paragraph.rfind(" ", start + size // 2, start + size)
            cut = space + 1 if space >= 0 else start + size
            yield index, start, paragraph[start:cut]
            start = cut
        yield index, start, paragraph[start:]


def _windows(paragraphs: Sequence[str], size: int) -> Iterator[list[tuple[int, int, str]]]:
    """The pieces of the paragraphs in runs of about ``size`` characters."""
    window: list[tuple[int, int, str]] = []
    length = 0
    for piece in _pieces(paragraphs, size):
        if window and length + len(piece[2]) > size:
            yield window
            window, length = [], 0
        window.append(piece)
        length += len(piece[2])
    if window:
        yield window


def _quotes(paragraphs: tuple[str, ...], min_tier: int | None, lexicon: Lexicon) -> tuple[Quote, ...]:
    """The article's quotations: :func:`find_quotes` over the whole body, or
    over windows of :data:`QUOTE_WINDOW` characters where the body is longer;
    at most :data:`MAX_QUOTES`."""
    if sum(map(len, paragraphs)) <= QUOTE_WINDOW:
        return find_quotes(paragraphs, min_tier=min_tier, lexicon=lexicon)[:MAX_QUOTES]
    found: list[Quote] = []
    for window in _windows(paragraphs, QUOTE_WINDOW):
        for quote in find_quotes(tuple(text for _, _, text in window), min_tier=min_tier, lexicon=lexicon):
            index, offset, _ = window[quote.paragraph]
            found.append(attrs.evolve(quote, paragraph=index, start=quote.start + offset, end=quote.end + offset))
            if len(found) == MAX_QUOTES:
                return tuple(found)
    return tuple(found)


def parse_article(text: str, *, min_tier: int | None = None, lexicon: Lexicon | None = None) -> Article:
    """Read wire copy into an :class:`Article` (lenient: never raises on any text).

    Whatever cannot be read as byline, dateline, credits or apparatus stays
    in ``paragraphs``; quotes are found in those paragraphs. ``min_tier``
    keeps only the speakers of the sieves of that tier or a surer one (1 to
    3; ``ValueError`` for another), the others given as ``None``. Anything
    but a ``str`` is a ``TypeError`` that says what to pass instead (for a
    path, ``path.read_text(encoding="utf-8")``). ``lexicon`` gives the
    agencies (names and house style), job titles, verbs of saying and speakers' titles to read by
    (:meth:`Lexicon.default() <newsmodel.lexicon.Lexicon.default>` where none is given).
    """
    require_text(text, "parse_article")
    if min_tier is not None:
        check_tier(min_tier)
    try:
        lexicon = lexicon or Lexicon.default()
        reader = _Reader(split_paragraphs(text), lexicon)
        body = reader.tail(reader.header())
        paragraphs = tuple(body)
        return Article(
            headline=reader.headline,
            byline=reader.byline,
            dateline=reader.dateline,
            paragraphs=paragraphs,
            quotes=_quotes(paragraphs, min_tier, lexicon),
            credits=tuple(reader.credits),
            notes=tuple(reader.notes + reader.tail_notes),
            contacts=tuple(reader.contacts),
            keywords=tuple(reader.keywords),
            trailers=tuple(reader.trailers),
            stray=tuple(reader.stray),
        )
    except (ValueError, IndexError):  # a value the model refused: keep the text
        return Article(paragraphs=tuple(split_paragraphs(text)))


def format_article(article: Article, *, dash: str = "-", lexicon: Lexicon | None = None) -> str:
    """Write an article as Reuters wire copy, one paragraph to a block.

    The inverse of :func:`parse_article`: ``parse_article(format_article(a))
    == a`` for every article that the parser can produce; with a
    ``lexicon``, ``parse_article(format_article(a, lexicon=lexicon), lexicon=lexicon) == a``.
    """
    blocks: list[str] = []
    if article.headline is not None:
        blocks.append(article.headline)
    blocks.extend(format_note(note, lexicon) for note in article.notes)
    blocks.extend(article.stray)
    if article.byline is not None:
        blocks.append(format_byline(article.byline, lexicon=lexicon))
    paragraphs = list(article.paragraphs)
    if article.dateline is not None:
        lead = format_dateline(article.dateline, dash=dash)
        if paragraphs:
            lead = f"{lead} {paragraphs.pop(0)}"
        blocks.append(lead)
    blocks.extend(paragraphs)
    if article.credits:
        blocks.append(format_credits(article.credits))
    blocks.extend(article.contacts)
    if article.keywords:
        blocks.append("Keywords: " + " ".join(article.keywords))
    blocks.extend(article.trailers)
    return "\n\n".join(blocks) + "\n"
