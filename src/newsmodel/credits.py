"""Closing credits: who reported, wrote and edited the story, and where.

>>> reporting, editing = parse_credits("(Reporting by A Bell in Paris, C Dunn and E Fry in Berlin; Editing by G Hay)")
>>> [(person.name, person.location) for person in reporting.contributors]
[('A Bell', 'Paris'), ('C Dunn', 'Berlin'), ('E Fry', 'Berlin')]
>>> format_credits(parse_credits("(Reported by X Yu, editing by Z Zhu)"))
'(Reporting by X Yu; Editing by Z Zhu)'
"""

from __future__ import annotations

import regex

from ._brackets import block_start
from ._names import NAME_SEPARATOR, join_names, looks_like_name, squash
from .errors import ParseError
from .lexicon.places import REGIONS
from .lexicon.roles import ROLE_PHRASES, ROLE_SLUGS
from .models import Contributor, Credit

__all__ = ["format_credits", "match_credits", "parse_credits", "role_slug"]

# Where one role ends and the next begins inside a credit block.
_SEGMENT_BREAK = regex.compile(
    r"""
    [ ]*+;[ ]*+                                      # Reporting by A; Editing by B
    | [ ]*+[.,)][ ]*+(?=(?:(?!by[ ])\p{L}++[ ]){0,4}+[Bb]y[ ])  # Reporting by A. Editing by B / , editing by B
    | [ ]*+\.[ ]++(?=\p{Lu}[\p{L} \-]{0,30}+:)          # ... Hamilton. Reuters Messaging: ...
    | [ ]++(?=(?:Reuters[ ][Mm]essaging|E-?mail|e-mail|Tel(?:ephone)?|Phone|Fax)\b)  # ... Reuters messaging rm://
    | (?<!\b(?:[Aa]dditional|[Ff]urther|[Ww]ith))
      [ ]++(?=\p{Lu}\p{Ll}++(?:[ ](?!by[ ])\p{Ll}++){0,3}+[ ]by[ ])  # Marcel Michelson Editing by ...
    | (?<=\p{Ll})(?=\p{Lu}\p{Ll}++[ ](?:(?!by[ ])\p{Ll}++[ ]){0,3}+by[ ])  # NaiduEditing by B
    """,
    regex.VERBOSE,
)
# One role: "Additional reporting by A in Paris and B".
_ROLE = regex.compile(
    r"""
    [ ]*+(?:[Ww]ith[ ])?                                      # (With additional reporting by ...)
    (?P<role>\p{L}[\p{L}\-]*+(?:[ ][\p{L}\-]++){0,5}?)       # Additional reporting
    [ ]++[Bb][Yy][ :]++                                       # by
    (?P<names>.++)                                            # A in Paris and B
    """,
    regex.VERBOSE | regex.DOTALL,
)
# "Associated Press writer Jan M. Olsen in Copenhagen contributed to this report."
_CONTRIBUTED = regex.compile(
    r"""
    [ ]*+(?:(?:The[ ])?(?:Associated[ ]Press|AP|Reuters|AFP|Bloomberg)[ ](?:\p{Ll}++[ ]){0,3}+)?  # AP writer
    (?P<names>\p{Lu}.{0,300}?)
    [ ](?:also[ ])?contributed(?:[ ]to[ ]this[ ](?:report|story|article))?[ ]*+\.?[ ]*+$
    """,
    regex.VERBOSE | regex.DOTALL,
)
# "--With assistance from Naomi Nix."
_ASSISTANCE = regex.compile(
    r"[ ]*+-{0,2}+[ ]*+With[ ]assistance[ ]from[ ]++(?P<names>.{1,400}?)[ ]*+\.?[ ]*+$",
    regex.IGNORECASE | regex.DOTALL,
)
_IN_PLACE = regex.compile(r"^(?P<name>.+?)[ ]++in[ ]++(?P<place>\p{Lu}.*+)$", regex.DOTALL)
_FINAL_STOP = regex.compile(r"(?<!\b\p{L}|\.\p{L})\.$")  # "Naomi Nix." but not "D.C." or "B."
_AFFILIATION = regex.compile(r"[ ]++(?:of|from|at)[ ]++\p{Lu}.*+$", regex.DOTALL)  # Rob Cox of Breakingviews
_KNOWN_WORDS = ("reporting", "writing", "editing", "additional", "compiled", "compiling")


def _edit_distance_at_most_two(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 2


def role_slug(phrase: str) -> str:
    """The slug of a role phrase: ``"Additional reporing"`` gives ``"additional_reporting"``.

    Known phrases map through the role lexicon; a misspelt known word is
    corrected; any other phrase keeps its own slug.
    """
    words = phrase.casefold().replace("-", " ").split()
    fixed = []
    for word in words:
        if len(word) >= 6 and word not in _KNOWN_WORDS:
            word = next((k for k in _KNOWN_WORDS if _edit_distance_at_most_two(word, k)), word)
        fixed.append(word)
    key = " ".join(fixed)
    return ROLE_SLUGS.get(key, "_".join(fixed))


def _contributors(names_text: str) -> list[Contributor] | None:
    """Names with places: a trailing "in X" applies to the names since the last place.

    A region after a place ("in Albany, New York") belongs to that place.
    """
    groups: list[tuple[list[str], str | None]] = []
    pending: list[str] = []
    for raw in NAME_SEPARATOR.split(_FINAL_STOP.sub("", squash(names_text))):
        item = raw.strip()
        if not item:
            continue
        if item in REGIONS and not pending and groups and groups[-1][1] is not None:
            names, place = groups[-1]
            groups[-1] = (names, f"{place}, {item}")
            continue
        placed = _IN_PLACE.match(item)
        name = _AFFILIATION.sub("", placed["name"] if placed else item).strip()
        if not looks_like_name(name):
            return None
        pending.append(name)
        if placed is not None:
            groups.append((pending, placed["place"].strip()))
            pending = []
    if pending:
        groups.append((pending, None))
    return [Contributor(name=name, location=place) for names, place in groups for name in names]


def _read_block(body: str) -> tuple[list[Credit], list[str]] | None:
    """Credits and the other segments (contact details) of one credit block."""
    credits: list[Credit] = []
    others: list[str] = []
    for segment in _SEGMENT_BREAK.split(squash(body)):  # squashed: no long runs of spaces
        segment = segment.strip()
        if not segment:
            continue
        found = _ROLE.match(segment)
        people = _contributors(found["names"]) if found else None
        if found is None or not people:
            more = _contributors(segment) if credits and not others else None
            if more:  # "...; Andrew Hay in Santa Fe; Writing by ...": the same role goes on
                last = credits[-1]
                credits[-1] = Credit(role=last.role, contributors=last.contributors + tuple(more))
            else:
                others.append(segment)
            continue
        credits.append(Credit(role=role_slug(found["role"]), contributors=tuple(people)))
    return (credits, others) if credits else None


def _read_sentence(text: str) -> Credit | None:
    """AP's "X contributed to this report." and Bloomberg's "With assistance from X"."""
    found = _ASSISTANCE.match(text)
    role = "assistance"
    if found is None:
        found = _CONTRIBUTED.match(text)
        role = "contributing"
    if found is None:
        return None
    people = _contributors(found["names"])
    return Credit(role=role, contributors=tuple(people)) if people else None


def match_credits(paragraph: str) -> tuple[int, tuple[Credit, ...], tuple[str, ...]] | None:
    """Find the credits that close ``paragraph``.

    Returns where they start (text before it is the story's own, as when a
    credit line is glued to the last sentence), the credits, and the
    contact details that stood in the same brackets; ``None`` where the
    paragraph does not end in credits.

    >>> start, credits, contacts = match_credits("Shares rose.(Reporting by Ann Lee; Editing by Bo Ku)")
    >>> start, [c.role for c in credits], contacts
    (12, ['reporting', 'editing'], ())
    """
    text = paragraph.rstrip()
    if text.endswith(")"):
        start = block_start(text, len(text))
        if start == -1:
            # an unbalanced block: the last "(" that opens a credit phrase
            start = text.rfind("(")
        if start >= 0:
            while start > 0 and text[start - 1] == "(":
                start -= 1
            body = text[start:].strip("() ")
            block = _read_block(body) if _ROLE.match(body) else None
            if block is not None:
                return start, tuple(block[0]), tuple(block[1])
    sentence = _read_sentence(text)
    if sentence is not None:
        return 0, (sentence,), ()
    return None


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Read a credit block that is the whole of ``text`` (strict).

    Accepts "(Reporting by ...; Editing by ...)" with or without brackets,
    AP's "... contributed to this report." and Bloomberg's "With assistance
    from ...". Raises :class:`ParseError` otherwise.
    """
    stripped = text.strip()
    if not stripped:
        raise ParseError("no credits here", source=text, span=(0, len(text)))
    if not stripped.startswith("("):
        sentence = _read_sentence(stripped)
        if sentence is not None:
            return (sentence,)
    body = stripped.strip("()")
    block = _read_block(body)
    if block is None:
        raise ParseError("expected '<Role> by <names>'", source=text, span=(0, len(text)))
    credits, others = block
    if others:
        at = text.find(others[0][:20])
        raise ParseError(
            "not a credit", source=text, span=(at, at + len(others[0])) if at >= 0 else (0, len(text))
        )
    return tuple(credits)


def _phrase(role: str) -> str:
    return ROLE_PHRASES.get(role, role.replace("_", " ").capitalize())


def _format_people(people: tuple[Contributor, ...]) -> str:
    groups: list[tuple[list[str], str | None]] = []
    for person in people:
        if groups and groups[-1][1] == person.location:
            groups[-1][0].append(person.name)
        else:
            groups.append(([person.name], person.location))
    parts = [join_names(names) + (f" in {place}" if place else "") for names, place in groups]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def format_credits(credits: tuple[Credit, ...]) -> str:
    """Write credits in Reuters style: ``(Reporting by A in Paris; Editing by B and C)``.

    Names without a place go after the placed ones of their role, as wire
    copy prints them.
    """
    roles = [f"{_phrase(c.role)} by {_format_people(c.contributors)}" for c in credits]
    return "(" + "; ".join(roles) + ")"
