"""The wire apparatus around a story: notes, contacts, keywords and trailers.

>>> classify("(Adds analyst comment, closing stock activity)")
('note', Note(kind='editors_note', text='Adds analyst comment, closing stock activity'))
>>> classify("Keywords: RETAIL WALMART EXPANSION")
('keywords', ('RETAIL', 'WALMART', 'EXPANSION'))
"""

from __future__ import annotations

import regex

from ._brackets import block_start
from .models import Note

__all__ = ["bare_note", "classify", "format_note", "peel_blocks", "split_apparatus"]

# "(Adds analyst comment ...)", "(Recasts; adds details, byline)",
# "(This story was refiled to ...)", "(Corrects spelling ...)", "EDITOR'S NOTE: ..."
_NOTE = regex.compile(
    r"""
    [ ]*+\(++[ ]*+
    (?P<text>
      (?:(?:UPDATE|Updates?|Updating|Adds|Add|Adding|Recasts?|Recasting|Rewrites?|Refiles?|Repeats?
          |Corrects?|Correcting|Fixes|Changes|Inserts?|Removes?|Deletes?|Clarifies|Clarifying
          |Writethru|Releads?|New|Editor'?s[ ]note|Eds?|ATTENTION|Rpt|Wraps|Moves)\b
      |This[ ](?:story|article|version|item)\b|An[ ]earlier[ ]version\b|Story[ ]refiled\b|In[ ]a[ ]story\b)
      [^()]{0,600}+(?:\([^()]{0,100}+\)[^()]{0,300}+){0,3}+
    )
    [ ]*+\)++[ ]*+$
    |[ ]*+(?P<plain>(?:EDITOR'?S[ ]NOTE|Editor'?s[ ]note|EDS|Eds)[ ]*+:[ ]*+.{1,800}+)$
    """,
    regex.VERBOSE | regex.DOTALL,
)
_CONTACT = regex.compile(
    r"""
    [\w.+\-]++@[\w\-]++\.[\w.\-]++                  # an e-mail address
    | Reuters[ ]Messaging                             # the Reuters messaging line
    | \+\d{1,3}[ \-]?\(?\d[\d \-()]{6,}+             # a phone number
    | ^[ ]*+To[ ]contact[ ]the[ ]\w++               # Bloomberg's contact lines
    | ^[ ]*+(?:Contact|Media[ ]contact|Investor[ ]contact)s?[ ]*+:
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_KEYWORDS = regex.compile(r"[ ]*+Keywords?[ ]*+:[ ]*+(?P<words>.*+)$", regex.IGNORECASE | regex.DOTALL)
_TRAILER = regex.compile(
    r"""
    [ ]*+(?:
      (?:\([cC]\)|©|Copyright\b|COPYRIGHT\b)                                   # (C) Reuters 2006, ©2019 Bloomberg L.P.
      | All[ ]rights[ ]reserved                                  # ... and its fragments
      | Republication[ ]or[ ]redistribution
      | Reuters[ ]and[ ]the[ ]Reuters[ ]sphere
      | This[ ]material[ ]may[ ]not[ ]be[ ]published
      | n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$                      # a story id: nN23357340
      | REUTERS?[ ]*+$ | Reuters?[ ]*+$                          # 1987 sign-off
      | _{2,}+[ ]*+$ | [-=*]{3,}+[ ]*+$                          # ___ separators
      | (?:https?://|www\.)\S++[ ]*+$                           # a bare link
      | More[ ]AP[ ][^:]{1,60}:[ ]                              # More AP NBA: https://...
      | [^.:]{1,60}[ ]on[ ](?:Twitter|X|Instagram|Facebook):[ ]    # Andrew Dampf on Twitter: ...
      | Information[ ]from:[ ]                                  # AP member credit
      | SOURCE[ ]\p{Lu}                                         # SOURCE Triumph Group (PR Newswire)
      | Subscribe[ ]now\b | Read[ ]more:
      | Follow[ ].{1,120}?(?:[ ]on[ ](?:Twitter|X|Instagram|Facebook|Bluesky|Threads)\b|[ ]at[ ]https?://|[ ]@\w)
      | \(?For[ ]more[ ].{1,120}?(?:coverage|visit|go[ ]to|see|click)\b
      | (?:Read|See)[ ]more[ ](?:at|on)\b
      | Our[ ]Standards:
      | Source[ ]text\b | Source[ ]link\b
      | \[\s*ID:[^\]]*\]
      | \([ ]*+(?:\$|€|£|¥)[ ]?1[ ]?=                            # ($1=.7888 Euro)
    )
    """,
    regex.VERBOSE | regex.DOTALL,
)
_CONTACT_MAX = 400  # a longer paragraph that holds an address is story text
_CONTACT_START = 80  # and so is one whose address comes after a sentence or two

# A message to wire subscribers in double brackets: "((Multimedia versions of ...))"
_WIRE_MESSAGE = regex.compile(r"[ ]*+\(\([^()]*+(?:\([^()]*+\)[^()]*+)*+\)\)[ ]*+$")

# Where apparatus is glued into one run of text: before "Keywords:", a
# copyright sign, "((" and a story id stuck to a sentence.
_GLUE = regex.compile(
    r"""
    (?<=\S)[ ]*+(?=Keywords?:[ ])
    | [ ]*+(?=\(C\)[ ]\p{Lu}|©[ ]?\d|Copyright[ ]\d)
    | (?<=[.)])(?=n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$)
    | (?<=\)\))[ ]*+(?=\S)
    """,
    regex.VERBOSE,
)


_GLUE_HINT = regex.compile(r"Keywords?:|\(C\)|©|Copyright|\)\)|n[A-Z]{1,3}\d{5,}+[A-Z0-9]*+[ ]*+$")


def _note_kind(text: str) -> str:
    lowered = text.casefold()
    if "refile" in lowered or "repeats" in lowered or "repeat " in lowered:
        return "refile"
    if "correct" in lowered or "earlier version" in lowered:
        return "correction"
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


def classify(
    paragraph: str,
) -> tuple[str, Note] | tuple[str, tuple[str, ...]] | tuple[str, str] | None:
    """Which piece of wire apparatus ``paragraph`` is, and its value.

    Returns ``("note", Note)``, ``("keywords", words)``, ``("contact", line)``,
    ``("trailer", line)`` or ``None`` for story text.
    """
    note = _NOTE.match(paragraph)
    if note is not None:
        text = " ".join((note["text"] or note["plain"]).split())
        return "note", Note(kind=_note_kind(text), text=text)
    keywords = _KEYWORDS.match(paragraph)
    if keywords is not None and keywords["words"].strip():
        return "keywords", tuple(keywords["words"].split())
    if len(paragraph) <= _CONTACT_MAX and _CONTACT.search(paragraph, 0, _CONTACT_START):
        return "contact", paragraph
    if _TRAILER.match(paragraph) or _WIRE_MESSAGE.match(paragraph):
        return "trailer", paragraph
    return None


def split_apparatus(paragraph: str) -> list[str]:
    """Part a run of apparatus glued together: "...)) Keywords: X (C) Reuters"."""
    if _GLUE_HINT.search(paragraph) is None:  # most paragraphs: no need to split
        return [paragraph.strip()] if paragraph.strip() else []
    return [p.strip() for p in _GLUE.split(paragraph) if p.strip()]


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


def format_note(note: Note) -> str:
    """A note as wire copy prints it: in brackets."""
    return f"({note.text})"
