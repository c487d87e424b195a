"""Whole articles: wire copy to :class:`~newsmodel.models.Article` and back.

>>> article = parse_article("By Ann Lee\\nPARIS (Reuters) - Prices rose.\\n(Editing by Bo Ku)")
>>> article.byline.authors[0].name, article.dateline.locations, article.paragraphs
('Ann Lee', ('PARIS',), ('Prices rose.',))
>>> parse_article(format_article(article)) == article
True
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from ._arguments import require_text
from .apparatus import bare_note, classify, format_note, peel_blocks, split_apparatus, summary_point
from .byline import format_byline, match_byline
from .credits import format_credits, match_credits
from .dateline import format_dateline, match_dateline
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
_HEADLINE_WORDS = 30
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_WORD_START = regex.compile(r"(?<=\s)\S")
# A headline ends in no sentence's punctuation and opens with a capital or a digit.
_HEADLINE_RUN = regex.compile(r"[\p{Lu}\p{N}\"“‘'].*+(?<![.!?,;:])")
# Punctuation glued before a dateline's place: "****LONDON, March 5 - ..." (no bracket or quote mark).
_GLUED_PUNCTUATION = regex.compile(r"[ ]*+[\p{P}\p{S}--[(\[{\"“‘'«„]]++(?=\S)", regex.VERSION1)


def _caption(paragraph: str) -> bool:
    kind = classify(paragraph)
    return kind is not None and isinstance(kind[1], Note) and kind[1].kind == "caption"


def _reads_as_headline(line: str) -> bool:
    """A headline: short, not bracketed, not a point of a list."""
    return not line.startswith(("(", "[", "*", "•")) and len(line.split()) <= _HEADLINE_WORDS


def _headed_dateline(paragraph: str) -> tuple[str, tuple[Dateline, int]] | None:
    """A headline run into the dateline below it, as hard-wrapped copy joins them.

    "Acme slides NEW YORK (Reuters) - Shares fell." gives the headline "Acme
    slides" and the dateline, whose places are in capitals (a title-case place
    there is most often a sentence's words: "... the Lisbon Conference, May 2 -").
    """
    for word in _WORD_START.finditer(paragraph, 0, _HEADLINE_MAX):
        headline = paragraph[: word.start()].strip()
        if _HEADLINE_RUN.fullmatch(headline) is None or not _reads_as_headline(headline):
            continue
        dated = match_dateline(paragraph, word.start())
        if dated is None:
            continue
        if dated[0].locations and all(place.split(",")[0].isupper() for place in dated[0].locations):
            return headline, dated
    return None


class _Reader:
    """One pass over the paragraphs of one article."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
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

    def header(self) -> list[str]:
        """Take notes, headline, byline and dateline off the top; the body is left.

        Notes, captions, summary points and lines of punctuation do not count
        against the reach: a dateline below any number of them is found.
        """
        held: list[int] = []
        rest = self.paragraphs
        reach = _HEADER_REACH
        index = 0
        captioned = False
        while index < min(len(rest), reach, _HEADER_LIMIT):
            paragraph = rest[index]
            index += 1
            if not _HAS_WORD.search(paragraph):
                self.stray.append(paragraph)
                reach += 1
                continue
            kind = classify(paragraph)
            if kind is not None and isinstance(kind[1], Note):
                self._found.append((index - 1, 0, kind[1]))
                captioned = kind[1].kind == "caption"
                reach += 1
                continue
            if self.byline is None and self.dateline is None:
                # "Written by", "Analysis by": a byline where they open the story, a credit lower down
                bylined = match_byline(paragraph, first=self._opens_story_at(held))
                if bylined is not None:
                    self.byline, glued = bylined
                    if glued is None:
                        continue
                    self.dateline = glued[0]
                    return self._body(held, paragraph[glued[1] :], index)
            dated = self._dateline(paragraph)
            if dated is None and not held and self.byline is None:
                headed = _headed_dateline(paragraph)
                if headed is not None:
                    self.headline, dated = headed
            if dated is not None:
                self.dateline = dated[0]
                return self._body(held, paragraph[dated[1] :], index)
            if self.byline is None and (self._summary(index - 1, paragraph) or captioned):
                if not self._tentative or self._tentative[-1][0] != index - 1:  # a caption's text, below its marker
                    self._tentative.append((index - 1, 0, Note(kind="caption", text=paragraph)))
                captioned = False
                reach += 1
                continue
            note = bare_note(paragraph) if not held and self.byline is None else None
            if note is not None and index < len(rest) and self._opens_story(rest[index]):
                self._found.append((index - 1, 0, note))
                continue
            if len(paragraph) > _HEADLINE_MAX or self.byline is not None:
                return self._undated(held, index - 1)
            held.append(index - 1)
        return self._undated(held, index)

    def _opens_story_at(self, held: list[int]) -> bool:
        """Whether the paragraph being read opens the story: first, or below a headline only.

        A paragraph below story text ("Shares fell.") opens no story: there
        "Reporting by" opens a credit.
        """
        if not held:
            return True
        above = self.paragraphs[held[0]]
        return len(held) == 1 and _reads_as_headline(above) and not above.endswith(".")

    def _dateline(self, paragraph: str) -> tuple[Dateline, int] | None:
        """The dateline opening ``paragraph``; punctuation glued before it is kept as a stray line."""
        dated = match_dateline(paragraph)
        glued = _GLUED_PUNCTUATION.match(paragraph) if dated is None else None
        if glued is not None:
            dated = match_dateline(paragraph, glued.end())
            if dated is not None:
                self.stray.append(glued.group().strip())
        return dated

    def _summary(self, index: int, paragraph: str) -> bool:
        """A summary point, with any note glued to its end ("* Futures up (Adds comment)")."""
        point = summary_point(paragraph)
        if point is None:
            return False
        text, blocks = peel_blocks(point.text) if point.text.endswith(")") else (point.text, [])
        notes = [classify(block) for block in blocks]
        if blocks and text.strip() and all(n is not None and isinstance(n[1], Note) for n in notes):
            point = Note(kind="summary", text=text.strip())
            self._tentative.extend((index, 1 + n, k[1]) for n, k in enumerate(notes) if k and isinstance(k[1], Note))
        self._tentative.append((index, 0, point))
        return True

    @staticmethod
    def _opens_story(paragraph: str) -> bool:
        """Whether a paragraph opens the story proper: a byline or a dateline."""
        return match_byline(paragraph) is not None or match_dateline(paragraph) is not None

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
            if piece and not _HAS_WORD.search(piece):
                self.stray.append(piece)
            elif piece:
                kept.append(piece)
        return kept

    def tail(self, body: list[str]) -> list[str]:
        """Take credits and apparatus off the end of the body."""
        found_tail: list[tuple[str, object]] = []
        while body:
            pieces = split_apparatus(body[-1])
            closing = classify(pieces[-1]) if pieces else None
            if len(pieces) > 1 and closing is not None:
                body[-1:] = self._worded(pieces)
                continue
            last = body[-1]
            # bracketed blocks glued to the end are parted from it in one pass
            rest, blocks = peel_blocks(last)
            split = len(blocks) > 1 or bool(rest.strip() and blocks)
            if split and "/" in blocks[-1] and _caption(last):  # a caption keeps its credit: "... (AP Photo/Ann Lee)"
                split = False
            if split and (classify(blocks[-1]) is not None or match_credits(blocks[-1]) is not None):
                body[-1:] = self._worded([rest, *blocks])
                continue
            kind = closing if len(pieces) == 1 else classify(last)
            # a contact or trailer line that holds credits is read as credits
            credited = match_credits(last) if kind is None or kind[0] in ("contact", "trailer") else None
            if credited is None:
                if kind is None:
                    break
                found_tail.append(kind)
                body.pop()
                continue
            start, credits, contacts = credited
            found_tail.append(("credits", (credits, contacts)))
            before = self._worded([last[:start]])
            body[-1:] = before
        for label, value in reversed(found_tail):
            if label == "note" and isinstance(value, Note):
                self.tail_notes.append(value)
            elif label == "keywords" and isinstance(value, tuple):
                self.keywords.extend(value)
            elif label == "contact" and isinstance(value, str):
                self.contacts.append(value)
            elif label == "trailer" and isinstance(value, str):
                self.trailers.append(value)
            elif label == "credits" and isinstance(value, tuple):
                self.credits.extend(value[0])
                self.contacts.extend(value[1])
        return body


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


def _quotes(paragraphs: tuple[str, ...], min_tier: int | None) -> tuple[Quote, ...]:
    """The article's quotations: :func:`find_quotes` over the whole body, or
    over windows of :data:`QUOTE_WINDOW` characters where the body is longer;
    at most :data:`MAX_QUOTES`."""
    if sum(map(len, paragraphs)) <= QUOTE_WINDOW:
        return find_quotes(paragraphs, min_tier=min_tier)[:MAX_QUOTES]
    found: list[Quote] = []
    for window in _windows(paragraphs, QUOTE_WINDOW):
        for quote in find_quotes(tuple(text for _, _, text in window), min_tier=min_tier):
            index, offset, _ = window[quote.paragraph]
            found.append(attrs.evolve(quote, paragraph=index, start=quote.start + offset, end=quote.end + offset))
            if len(found) == MAX_QUOTES:
                return tuple(found)
    return tuple(found)


def parse_article(text: str, *, min_tier: int | None = None) -> Article:
    """Read wire copy into an :class:`Article` (lenient: never raises on any text).

    Whatever cannot be read as byline, dateline, credits or apparatus stays
    in ``paragraphs``; quotes are found in those paragraphs. ``min_tier``
    keeps only the speakers of the sieves of that tier or a surer one (1 to
    3; ``ValueError`` for another), the others given as ``None``. Anything
    but a ``str`` is a ``TypeError`` that says what to pass instead (for a
    path, ``path.read_text(encoding="utf-8")``).
    """
    require_text(text, "parse_article")
    if min_tier is not None:
        check_tier(min_tier)
    try:
        reader = _Reader(split_paragraphs(text))
        body = reader.tail(reader.header())
        paragraphs = tuple(body)
        return Article(
            headline=reader.headline,
            byline=reader.byline,
            dateline=reader.dateline,
            paragraphs=paragraphs,
            quotes=_quotes(paragraphs, min_tier),
            credits=tuple(reader.credits),
            notes=tuple(reader.notes + reader.tail_notes),
            contacts=tuple(reader.contacts),
            keywords=tuple(reader.keywords),
            trailers=tuple(reader.trailers),
            stray=tuple(reader.stray),
        )
    except (ValueError, IndexError):  # a value the model refused: keep the text
        return Article(paragraphs=tuple(split_paragraphs(text)))


def format_article(article: Article, *, dash: str = "-") -> str:
    """Write an article as Reuters wire copy, one paragraph to a block.

    The inverse of :func:`parse_article`: ``parse_article(format_article(a))
    == a`` for every article that the parser can produce.
    """
    blocks: list[str] = []
    if article.headline is not None:
        blocks.append(article.headline)
    blocks.extend(format_note(note) for note in article.notes)
    blocks.extend(article.stray)
    if article.byline is not None:
        blocks.append(format_byline(article.byline))
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
