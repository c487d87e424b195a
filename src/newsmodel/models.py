"""The article model: frozen, slotted, keyword-only attrs classes.

This module is pure data. Parsing lives in the concept modules
(:mod:`newsmodel.byline`, :mod:`newsmodel.dateline`, ...), JSON in
:mod:`newsmodel.serialization`.

>>> Dateline(locations=("SEOUL",), agency="Reuters")
Dateline(locations=('SEOUL',), date=None, agency='Reuters')
"""

from __future__ import annotations

import calendar
from typing import Any, Final, Literal, get_args

from attrs import field, frozen
from attrs.validators import and_, deep_iterable, ge, in_, instance_of, le, matches_re, min_len, optional

from ._codegen import fuse_validators
from ._shapes import not_blank
from .errors import ValidationError

__all__ = [
    "NOTE_KINDS",
    "Article",
    "Byline",
    "Contributor",
    "Credit",
    "Dateline",
    "DatelineDate",
    "Note",
    "NoteKind",
    "Person",
    "Quote",
]

#: The kinds of :class:`Note`, as a type: a misspelt kind is an error to a type checker.
NoteKind = Literal["editors_note", "refile", "correction", "advisory", "live_blog", "caption", "summary"]
#: The kinds of :class:`Note`: a closed set.
NOTE_KINDS: Final[frozenset[str]] = frozenset(get_args(NoteKind))

_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


_non_empty = not_blank


def _tuple_of(kind: type, *, at_least: int = 0) -> Any:
    element: Any = and_(*_text) if kind is str else instance_of(kind)
    return deep_iterable(element, and_(instance_of(tuple), min_len(at_least)) if at_least else instance_of(tuple))


_text = [instance_of(str), _non_empty]


@frozen(kw_only=True, field_transformer=fuse_validators)
class Person:
    """A named person, as printed: ``Person(name="JOSH BOAK", title="AP Economics Writer")``.

    ``location`` is the place a byline gives for this person ("By Ann Lee
    in Paris and Bo Ku in Rome").
    """

    name: str = field(validator=_text)
    title: str | None = field(default=None, validator=optional(_text))
    location: str | None = field(default=None, validator=optional(_text))


@frozen(kw_only=True, field_transformer=fuse_validators)
class Byline:
    """Who wrote the story.

    ``agency`` holds an outlet named in place of, or after, the people
    ("By Reuters Staff" has no authors and agency ``"Reuters"``; "By Ann Lee
    for The Gazette"); ``title`` a job named in place of any person ("By
    Sports Reporter"); ``opener`` the words that open the byline where they
    are not "By" ("Written by", "Analysis by", "As told to"), as printed.
    """

    authors: tuple[Person, ...] = field(default=(), validator=_tuple_of(Person))
    agency: str | None = field(default=None, validator=optional(_text))
    title: str | None = field(default=None, validator=optional(_text))
    opener: str | None = field(default=None, validator=optional(_text))


@frozen(kw_only=True, field_transformer=fuse_validators)
class DatelineDate:
    """The month and day a dateline carries, and the year where printed."""

    month: int = field(validator=[instance_of(int), ge(1), le(12)])
    day: int = field(validator=[instance_of(int), ge(1), le(31)])
    year: int | None = field(default=None, validator=optional([instance_of(int), ge(1)]))

    def __attrs_post_init__(self) -> None:
        last = _MAX_DAY[self.month]
        if self.year is not None and self.month == 2:
            last = 29 if calendar.isleap(self.year) else 28
        if self.day > last:
            raise ValidationError.expected(f"a day of month {self.month} (1 to {last})", self.day, "day")


@frozen(kw_only=True, field_transformer=fuse_validators)
class Dateline:
    """Where and when a story was filed, and by which agency.

    ``locations`` keeps each place as printed: "KYIV/MOSCOW" gives two,
    "PORTLAND, Ore." one. A dateline may carry no place ("(Reuters) -").
    """

    locations: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    date: DatelineDate | None = field(default=None, validator=optional(instance_of(DatelineDate)))
    agency: str | None = field(default=None, validator=optional(_text))

    def __attrs_post_init__(self) -> None:
        if not (self.locations or self.date or self.agency):
            raise ValidationError("expected a location, a date or an agency, got none")


@frozen(kw_only=True, field_transformer=fuse_validators)
class Contributor:
    """One person (or desk) in a credit line, with the place given for them.

    ``affiliation`` is the outlet or unit printed with the name ("Rob Cox of
    Breakingviews", "Ann Lee at IFR", "Associated Press writer Jan Olsen").
    """

    name: str = field(validator=_text)
    location: str | None = field(default=None, validator=optional(_text))
    affiliation: str | None = field(default=None, validator=optional(_text))


@frozen(kw_only=True, field_transformer=fuse_validators)
class Credit:
    """One role of the closing credits: ``Credit(role="editing", contributors=(...))``.

    ``role`` is a lower-case slug of the role phrase ("Additional reporting
    by" gives ``additional_reporting``); unknown phrases keep their slug.
    """

    role: str = field(validator=[instance_of(str), matches_re(r"[^\s_]+(?:_[^\s_]+)*")])
    contributors: tuple[Contributor, ...] = field(validator=_tuple_of(Contributor, at_least=1))

    def __attrs_post_init__(self) -> None:
        if self.role != self.role.lower():
            raise ValidationError.expected("a lower-case slug", self.role, "role")


@frozen(kw_only=True, field_transformer=fuse_validators)
class Quote:
    """Words in double quotation marks, and who said them.

    ``paragraph`` indexes ``Article.paragraphs`` and ``start``/``end`` slice
    that paragraph to ``text``. ``continues`` is true where the quote goes on
    the words of a quote in an earlier paragraph (a quotation that runs over
    several paragraphs gives one ``Quote`` per paragraph). ``found_by`` is
    the id of the sieve that found the phrase of its speaker (``None`` where
    none did) and ``named_by`` the id of the sieve that turned that phrase
    into ``speaker`` (``None`` where none did), so that a user can keep only
    the speakers of the sieves they trust.
    """

    text: str = field(validator=_text)
    speaker: str | None = field(default=None, validator=optional(_text))
    cue: str | None = field(default=None, validator=optional(_text))
    found_by: str | None = field(default=None, validator=optional(_text))
    named_by: str | None = field(default=None, validator=optional(_text))
    paragraph: int = field(validator=[instance_of(int), ge(0)])
    start: int = field(validator=[instance_of(int), ge(0)])
    end: int = field(validator=[instance_of(int), ge(0)])
    continues: bool = field(default=False, validator=instance_of(bool))

    def __attrs_post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            wanted = f"start + the length of text ({self.start + len(self.text)})"
            raise ValidationError.expected(wanted, self.end, "end")


@frozen(kw_only=True, field_transformer=fuse_validators)
class Note:
    """An editor's, refile or correction note: ``Note(kind="refile", text="...")``.

    ``kind`` is ``"editors_note"``, ``"refile"``, ``"correction"``,
    ``"advisory"``, ``"live_blog"``, ``"caption"`` (a photo caption above the
    story) or ``"summary"`` (a summary point above the dateline); ``text`` is
    the note without its brackets or bullet.
    """

    kind: NoteKind = field(validator=[instance_of(str), in_(NOTE_KINDS)])
    text: str = field(validator=_text)


@frozen(kw_only=True, field_transformer=fuse_validators)
class Article:
    """A parsed story: the body and everything the wire put around it.

    ``paragraphs`` is the body alone: no byline, dateline, credits or wire
    apparatus. The apparatus is kept in its own fields: ``notes`` (editor's,
    refile and correction notes), ``contacts`` (reporter contact and
    messaging lines), ``keywords`` and ``trailers`` (copyright and
    republication lines, story ids, sign-offs, separators and follow lines).
    ``stray`` keeps the lines that fit no other field (a line of punctuation
    above the dateline), so that no text of the copy is lost.
    """

    headline: str | None = field(default=None, validator=optional(_text))
    byline: Byline | None = field(default=None, validator=optional(instance_of(Byline)))
    dateline: Dateline | None = field(default=None, validator=optional(instance_of(Dateline)))
    paragraphs: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    quotes: tuple[Quote, ...] = field(default=(), validator=_tuple_of(Quote))
    credits: tuple[Credit, ...] = field(default=(), validator=_tuple_of(Credit))
    notes: tuple[Note, ...] = field(default=(), validator=_tuple_of(Note))
    contacts: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    keywords: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    trailers: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    stray: tuple[str, ...] = field(default=(), validator=_tuple_of(str))

    def __attrs_post_init__(self) -> None:
        for index, quote in enumerate(self.quotes):
            if quote.paragraph >= len(self.paragraphs):
                wanted = f"a paragraph index below {len(self.paragraphs)}"
                raise ValidationError.expected(wanted, quote.paragraph, "quotes", index, "paragraph")
            paragraph = self.paragraphs[quote.paragraph]
            if quote.end > len(paragraph):
                wanted = f"an offset within paragraph {quote.paragraph} (at most {len(paragraph)})"
                raise ValidationError.expected(wanted, quote.end, "quotes", index, "end")
            if paragraph[quote.start : quote.end] != quote.text:
                wanted = f"the offset of the quote's text in paragraph {quote.paragraph}"
                raise ValidationError.expected(wanted, quote.start, "quotes", index, "start")
