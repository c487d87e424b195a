"""The wire apparatus around a story: notes, contacts, keywords and trailers.

>>> classify("(Adds analyst comment, closing stock activity)")
NoteLine(tag='note', note=Note(kind='editors_note', text='Adds analyst comment, closing stock activity'))
>>> classify("Keywords: RETAIL WALMART EXPANSION").words
('RETAIL', 'WALMART', 'EXPANSION')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final, Literal, NamedTuple, TypeGuard

import attrs
import regex

from ._brackets import block_start
from ._contacts import MAIL_LABEL, PHONE_LABEL, phrases
from .lexicon import Agency, Lexicon
from .models import NOTE_KINDS, Note, NoteKind

__all__ = [
    "Apparatus",
    "ApparatusTag",
    "ContactLine",
    "KeywordsLine",
    "NoteLine",
    "TrailerLine",
    "bare_note",
    "classify",
    "classify_note",
    "format_note",
    "is_note_kind",
    "peel_blocks",
    "split_apparatus",
    "summary_point",
]

#: The tags of the pieces of apparatus :func:`classify` tells apart.
ApparatusTag = Literal["note", "keywords", "contact", "trailer"]


class NoteLine(NamedTuple):
    """An editor's note or a caption: ``NoteLine("note", Note(kind="refile", text="..."))``."""

    tag: Literal["note"]
    note: Note


class KeywordsLine(NamedTuple):
    """A keywords line, its words: ``KeywordsLine("keywords", ("RETAIL", "WALMART"))``."""

    tag: Literal["keywords"]
    words: tuple[str, ...]


class ContactLine(NamedTuple):
    """A reporter's contact line, as printed: ``ContactLine("contact", "Tel: +1 646 223 6180")``."""

    tag: Literal["contact"]
    line: str


class TrailerLine(NamedTuple):
    """A copyright, sign-off, link or separator line: ``TrailerLine("trailer", "(c) Reuters 2006")``."""

    tag: Literal["trailer"]
    line: str


#: What :func:`classify` finds: one typed value per kind of apparatus, each
#: still a ``(tag, value)`` pair, so ``classify(line)[1]`` is the value.
Apparatus = NoteLine | KeywordsLine | ContactLine | TrailerLine

# "(Adds analyst comment ...)", "(Recasts; adds details, byline)", "(refiles to add ...)",
# "(This story was refiled to ...)", "(Please be advised that ...)", "EDITOR'S NOTE: ...";
# the closing bracket may be lost where the note ends its line.
_NOTE = regex.compile(
    r"""
    [ ]*+\(++[ ]*+
    (?P<text>
      (?:(?i:UPDATE|Updates?|Updating|Adds|Add|Adding|Recasts?|Recasting|Rewrites?|Refiles?|Refiled|Repeats?
          |Corrects?|Correcting|Correction|Fixes|Changes|Inserts?|Removes?|Deletes?|Clarifies|Clarifying
          |Writethru|Releads?|New|Editor'?s[ ]note|Eds?|ATTENTION|Rpt|Wraps|Moves|Advisory
          |Please[ ]be[ ]advised|Note[ ]to[ ]editors?|For[ ](?:a[ ])?live[ ](?:blog|coverage|updates))\b
      |This[ ](?:story|article|version|item)\b|An[ ]earlier[ ]version\b|Story[ ]refiled\b
      |In[ ][^,()\n]{0,40}?\b(?:story|article|item|report)\b)          # In Sept. 14 story, corrects ...
      [^()]{0,600}+(?:\([^()]{0,100}+\)[^()]{0,300}+){0,3}+
    )
    [ ]*+(?:\)++[ ]*+)?$
    |[ ]*+(?P<plain>(?:EDITOR'?S[ ]NOTE|Editor'?s[ ]note|EDS|Eds)[ ]*+:[ ]*+.{1,800}+
      |This[ ](?:version|story|article)[ ](?:corrects|has[ ]been[ ](?:corrected|refiled|updated)  # AP's line
        |was[ ](?:corrected|refiled|updated))\b[^\n]{1,400}+)$
    """,
    regex.VERBOSE | regex.DOTALL,
)
# What every match of _NOTE opens with, spaces aside: a bracket, "EDITOR'S NOTE", "Eds", "This".
_NOTE_OPENINGS = frozenset("(ET")
# Photo captions above a story: a gallery counter ("1 / 5"), "FILE PHOTO - ...",
# "In this photo ..." or a photo credit ("Credit Ann Lee/Getty Images").
_CAPTION = regex.compile(
    r"""
    [ ]*+(?:
      \d{1,3}[ ]?/[ ]?\d{1,3}[ ]*+$                                   # 1 / 5
      | (?:Photos?|Images?|Video|Gallery)[ ]*+$                          # Photo
      | FILE[ ]PHOTO\b | File[ ]photo\b                                 # FILE PHOTO - The logo ...
      | (?:FILE[ ]-[ ])?In[ ]this[ ](?:[\p{L}\d,.]++[ ]){0,6}?(?:photo|image|picture|frame[ ]grab)\b
      | (?:Photo[ ])?Credits?:?[ ]\p{Lu}[^\n/]{0,120}+/                  # Credit Ann Lee/Getty Images
    )
    """,
    regex.VERBOSE,
)
# What every match of _CAPTION opens with, spaces aside, tested first: a digit, or one of these.
_CAPTION_OPENINGS = frozenset("PIVGFC")
_CREDIT_REACH = 100  # a photo credit stands in the last characters of its caption
# A short line of promotion that ends in a link: "Find more coverage at https://...".
_PROMO = regex.compile(r"[^\n]{1,160}?[ ](?:at|on|to|visit|see)?:?[ ]*+(?:https?://|www\.)\S++[ ]*+$")
_PROMO_MAX = 200


def _is_caption(paragraph: str, style: _HouseStyle) -> bool:
    opening = paragraph.lstrip(" ")[:1]
    if (opening in _CAPTION_OPENINGS or opening.isdigit() or not opening.isascii()) and _CAPTION.match(paragraph):
        return True
    ending = paragraph[-_CREDIT_REACH:]
    return "/" in ending and style.photo_credit.search(ending) is not None


_CONTACT_MAX = 400  # a longer paragraph that holds an address is story text
_CONTACT_START = 80  # and so is one whose address comes after a sentence or two
# Contact details anywhere near the start of a line (each {name} is filled from the agencies' rows) ...
_CONTACT_DETAILS = r"""
    [\w.+\-]++@[\w\-]++\.[\w.\-]++                  # an e-mail address
    | (?:{messaging})                                 # an agency's messaging line: Reuters Messaging
    | \+[ ]?\d{1,3}[ \-]?\(?\d[\d \-()]{6,}+        # a phone number
"""
# ... or a contact line by its opening.
_CONTACT_LINE = rf"""
    [ ]*+(?:
      (?:{{contact_lines}})[ ]\w++                    # an agency's contact lines: To contact the reporter
      | (?:Contact|Media[ ]contact|Investor[ ]contact)s?[ ]*+:
      | {PHONE_LABEL} | {MAIL_LABEL}                  # Tel: 312 408-8787, e-mail ann@..., not Tel Aviv
      | Twitter[ ]*+:[ ]*+@\w                         # Twitter: @annlee
      | \+?\(?\d{{1,4}}\)?[ \-.]\d{{3}}[ \-.]\d{{3,4}}\b[\d \-.]{{0,12}}+[ ;,)]*+$  # a phone alone: 1-313-967-1902
    )
"""


def _labelled(head: str, labels: tuple[str, ...]) -> bool:
    """Whether ``head`` holds one of the (folded) messaging labels."""
    folded = head.casefold()
    return any(label in folded for label in labels)


def _is_contact(paragraph: str, style: _HouseStyle) -> bool:
    """A contact line: details in its first characters, or a contact line's opening."""
    head = paragraph[:_CONTACT_START]
    if ("@" in head or "+" in head or _labelled(head, style.messaging)) and style.contact_details.search(head):
        return True
    return style.contact_line.match(head) is not None


_KEYWORDS = regex.compile(r"[ ]*+Keywords?[ ]*+:[ ]*+(?P<words>.*+)$", regex.IGNORECASE | regex.DOTALL)
# Story text after a slug: five lower-case words in a row ("Experts say it would be a long shot").
_STORY_TEXT = regex.compile(r"(?:\p{Ll}[\p{Ll}'’\-]*+[ ]++){4}\p{Ll}")
_TRAILER = r"""
    [ ]*+(?:
      (?:\([cC]\)|©|Copyright\b|COPYRIGHT\b)                                   # (C) Reuters 2006, ©2019 Bloomberg L.P.
      | All[ ]rights[ ]reserved                                  # ... and its fragments
      | (?:{copyright})                                       # an agency's: Republication or redistribution ...
      | n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$                      # a story id: nN23357340
      | (?:{sign_offs})[ ]*+$                                  # an agency's sign-off: REUTERS
      | _{2,}+[ ]*+$ | [-=*]{3,}+[ ]*+$                          # ___ separators
      | (?:https?://|www\.)\S++[ ]*+$                           # a bare link
      | For[ ]Rel(?:ated|evant)[ ]\p{Lu}                        # For Related News, Double Click on ...
      | (?:{link_lines})[ ][^:]{1,60}:[ ]                      # an agency's links: More AP NBA: https://...
      | [^.:]{1,60}[ ]on[ ](?:Twitter|X|Instagram|Facebook):[ ]    # Andrew Dampf on Twitter: ...
      | Information[ ]from:[ ]                                  # AP member credit
      | SOURCE[ ]\p{Lu}                                         # SOURCE Triumph Group (PR Newswire)
      | Subscribe[ ]now\b | Read[ ]more:
      | Follow[ ].{1,120}?(?:[ ]on[ ](?:Twitter|X|Instagram|Facebook|Bluesky|Threads)\b|[ ]at[ ]https?://|[ ]@\w)
      | \(?For[ ]more[ ].{1,120}?(?:coverage|visit|go[ ]to|see|click)\b
      | (?:Read|See)[ ]more[ ](?:at|on)\b
      | Source[ ]text\b | Source[ ]link\b | View[ ]original[ ]content\b
      | \[\s*ID:[^\]]*\]
      | \([ ]*+(?:\$|€|£|¥)[ ]?1[ ]?=                            # ($1=.7888 Euro)
    )
"""

# A caption that ends in its photo credit: "... REUTERS/Ann Lee/File Photo", "(AP Photo/Ann Lee)".
_PHOTO_CREDIT = r"(?:{photo_credits})/[ ]?\p{Lu}[\p{L}\p{M} .'’\-/]{0,60}+\)?[ ]*+$"


@attrs.frozen
class _HouseStyle:
    """The patterns of apparatus built from a lexicon's agencies."""

    photo_credit: regex.Pattern[str]
    contact_details: regex.Pattern[str]
    contact_line: regex.Pattern[str]
    trailer: regex.Pattern[str]
    messaging: tuple[str, ...]  # the messaging labels, folded: a cheap test before the pattern


def _filled(template: str, agencies: Iterable[Agency]) -> str:
    rows = tuple(agencies)
    for name in ("photo_credits", "sign_offs", "messaging", "copyright", "link_lines", "contact_lines"):
        template = template.replace(f"{{{name}}}", phrases(form for row in rows for form in getattr(row, name)))
    return template


@functools.lru_cache(maxsize=32)
def _house_style(lexicon: Lexicon) -> _HouseStyle:
    """The apparatus patterns of ``lexicon``, built once for each lexicon."""
    agencies = lexicon.agencies
    return _HouseStyle(
        photo_credit=regex.compile(_filled(_PHOTO_CREDIT, agencies)),
        contact_details=regex.compile(_filled(_CONTACT_DETAILS, agencies), regex.VERBOSE | regex.IGNORECASE),
        contact_line=regex.compile(_filled(_CONTACT_LINE, agencies), regex.VERBOSE | regex.IGNORECASE),
        trailer=regex.compile(_filled(_TRAILER, agencies), regex.VERBOSE | regex.DOTALL),
        messaging=tuple(sorted({label.casefold() for row in agencies for label in row.messaging})),
    )


_DEFAULT_STYLE: Final = _house_style(Lexicon.default())  # built on import, as the patterns were before rows

# A message to wire subscribers in double brackets: "((Multimedia versions of ...))"
_WIRE_MESSAGE = regex.compile(r"[ ]*+\(\([^()]*+(?:\([^()]*+\)[^()]*+)*+\)\)[ ]*+$")

# Where apparatus is glued into one run of text: before "Keywords:", a
# copyright sign, "((" and a story id stuck to a sentence.
_GLUE = regex.compile(
    r"""
    (?=[ (©CFKn]|(?<=\)\)))  # what every branch opens with, tested first (a search tries each branch at fewer places)
    (?:
      (?<=\S)(?<![\p{L}\p{N}])[ ]*+(?=Keywords?:[ ])
    | [ ]*+(?=\(C\)[ ]\p{Lu}|©[ ]?\d|Copyright[ ]\d|For[ ]Rel(?:ated|evant)[ ]\p{Lu})
    | (?<=[.)])(?=n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$)
    | (?<=\)\))[ ]*+(?=\S)
    )
    """,
    regex.VERBOSE,
)


_GLUE_WINDOW = 4000  # characters at the end of a paragraph where glued apparatus may start
_GLUE_HINT = regex.compile(r"Keywords?:|\(C\)|©|Copyright|For[ ]Rel|\)\)|n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$")
# What the hint needs, tested first (most paragraphs hold none): one of these
# strings, or a capital or a digit last (a story id).
_GLUE_WORDS = ("Keyword", "(C)", "©", "Copyright", "For Rel", "))")


def _may_be_glued(window: str) -> bool:
    last = window.rstrip(" ")[-1:]
    return last.isdigit() or "A" <= last <= "Z" or any(word in window for word in _GLUE_WORDS)


# The kind of a note by its words, the first row that fits: (kind, openings, words anywhere), lower-case.
_NOTE_KINDS: Final[tuple[tuple[NoteKind, tuple[str, ...], tuple[str, ...]], ...]] = (
    ("live_blog", ("for a live", "for live"), ()),
    ("advisory", ("please be advised", "advisory", "note to editor"), ()),
    ("refile", (), ("refile", "repeats", "repeat ")),
    ("correction", (), ("correct", "earlier version")),
)


def is_note_kind(word: str) -> TypeGuard[NoteKind]:
    """Whether ``word`` names a kind of :class:`Note` (``"refile"``, ``"caption"``, ...).

    >>> is_note_kind("refile"), is_note_kind("refiled")
    (True, False)
    """
    return word in NOTE_KINDS


def _note_kind(text: str) -> NoteKind:
    lowered = text.casefold()
    for kind, openings, words in _NOTE_KINDS:
        if lowered.startswith(openings) or any(word in lowered for word in words):
            return kind
    return "editors_note"


# A note printed without brackets above the byline: "Corrects name of ... in paragraph 8".
_BARE_NOTE = regex.compile(
    r"[ ]*+(?:Corrects|Correcting|Refiles|Refiled|Repeats|Recasts|Adds|Updates|Changes|Fixes|Clarifies)"
    r"[ ][^\n]{1,800}+$"
)


def bare_note(paragraph: str) -> Note | None:
    """A note without its brackets, as some feeds print it at the top of a story."""
    if _BARE_NOTE.match(paragraph) is None:
        return None
    text = " ".join(paragraph.split())
    return Note(kind=_note_kind(text), text=text)


def classify(paragraph: str, lexicon: Lexicon | None = None) -> Apparatus | None:
    """Which piece of wire apparatus ``paragraph`` is, and its value.

    Returns a :class:`NoteLine`, :class:`KeywordsLine`, :class:`ContactLine`,
    :class:`TrailerLine`, or ``None`` for story text. The agencies' house
    style (photo credits, sign-offs, copyright lines ...) is ``lexicon``'s
    (the default lexicon's where none is given).
    """
    style = _DEFAULT_STYLE if lexicon is None else _house_style(lexicon)
    # each pattern is matched only where a paragraph may match it (most are story text): what every
    # match opens with, spaces aside, or, for the keywords, holds
    note = _NOTE.match(paragraph) if paragraph.lstrip(" ")[:1] in _NOTE_OPENINGS else None
    if note is not None:
        text = " ".join((note["text"] or note["plain"]).split())
        return NoteLine("note", Note(kind=_note_kind(text), text=text))
    if _is_caption(paragraph, style):
        return NoteLine("note", Note(kind="caption", text=" ".join(paragraph.split())))
    keywords = _KEYWORDS.match(paragraph) if ":" in paragraph else None
    if keywords is not None and keywords["words"].strip() and _STORY_TEXT.search(keywords["words"]) is None:
        return KeywordsLine("keywords", tuple(keywords["words"].split()))
    if len(paragraph) <= _CONTACT_MAX and _is_contact(paragraph, style):
        return ContactLine("contact", paragraph)
    if style.trailer.match(paragraph) or (paragraph.lstrip(" ").startswith("((") and _WIRE_MESSAGE.match(paragraph)):
        return TrailerLine("trailer", paragraph)
    if len(paragraph) <= _PROMO_MAX and ("http" in paragraph or "www." in paragraph) and _PROMO.match(paragraph):
        return TrailerLine("trailer", paragraph)
    return None


def classify_note(paragraph: str, lexicon: Lexicon | None = None) -> Note | None:
    """The note or caption ``paragraph`` is, or ``None`` (any other apparatus, or story text)."""
    found = classify(paragraph, lexicon)
    return found.note if isinstance(found, NoteLine) else None


def split_apparatus(paragraph: str) -> list[str]:
    """Part a run of apparatus glued together: "...)) Keywords: X (C) Reuters".

    Only the end of a paragraph is searched for a place to part it: the
    apparatus that closes a story is short.
    """
    window = max(0, len(paragraph) - _GLUE_WINDOW)
    if not _may_be_glued(paragraph[window:]) or _GLUE_HINT.search(paragraph, window) is None:  # most paragraphs
        return [paragraph.strip()] if paragraph.strip() else []
    # Every place to part the paragraph lies at or after the first hint, less the
    # spaces before it: the glue pattern is tried only from there.
    hint = _GLUE_HINT.search(paragraph)
    start = hint.start() if hint is not None else 0
    while start > 0 and paragraph[start - 1] == " ":
        start -= 1
    pieces: list[str] = []
    last = 0
    for glue in _GLUE.finditer(paragraph, start):
        pieces.append(paragraph[last : glue.start()])
        last = glue.end()
    pieces.append(paragraph[last:])
    return [p.strip() for p in pieces if p.strip()]


def peel_blocks(paragraph: str) -> tuple[str, list[str]]:
    """Bracketed blocks at the end of ``paragraph``, and the text before them.

    A run of brackets counts as one ("((...))", "(...))"), as wire copy
    doubles them freely.

    >>> peel_blocks("Shares rose. (Editing by Bo Ku) (bo.ku@example.com))")
    ('Shares rose.', ['(Editing by Bo Ku)', '(bo.ku@example.com))'])
    """
    blocks: list[str] = []
    end = len(paragraph.rstrip())
    while end > 0 and paragraph[end - 1] == ")":
        start = block_start(paragraph, end)
        if start < 0:
            break
        blocks.append(paragraph[start:end])
        end = start
        while end > 0 and paragraph[end - 1].isspace():
            end -= 1
    return paragraph[:end], blocks[::-1]


def format_note(note: Note, lexicon: Lexicon | None = None) -> str:
    """A note as wire copy prints it: in brackets; a caption as it stands, a summary point after a bullet
    (so that ``lexicon``'s :func:`classify` reads it back)."""
    if note.kind == "caption":
        return note.text
    if note.kind == "summary":
        return f"* {note.text}"
    bracketed = f"({note.text})"
    if classify_note(bracketed, lexicon) != note and classify_note(note.text, lexicon) == note:
        return note.text  # "EDITOR'S NOTE: a (b" reads back bare; in brackets it would gain a ")"
    return bracketed


# A summary point above the dateline: "* Boeing gains on 737 MAX orders".
_BULLET = regex.compile(r"[ ]*+[*•·▪■►-][ ]++(?P<text>\S.*+)$", regex.DOTALL)


def summary_point(paragraph: str) -> Note | None:
    """A bulleted summary point, as stories print them above the dateline."""
    found = _BULLET.match(paragraph)
    if found is None:
        return None
    return Note(kind="summary", text=" ".join(found["text"].split()))
