"""Closing credits: who reported, wrote and edited the story, and where.

>>> reporting, editing = parse_credits("(Reporting by A Bell in Paris, C Dunn and E Fry in Berlin; Editing by G Hay)")
>>> [(person.name, person.location) for person in reporting.contributors]
[('A Bell', 'Paris'), ('C Dunn', 'Berlin'), ('E Fry', 'Berlin')]
>>> format_credits(parse_credits("(Reported by X Yu, editing by Z Zhu)"))
'(Reporting by X Yu; Editing by Z Zhu)'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Final, Literal

import attrs
import regex

from ._brackets import block_start
from ._contacts import MAIL_LABEL, PHONE_LABEL
from ._names import join_names, looks_like_name, squash
from ._spelling import within_edits
from .errors import ParseError
from .lexicon import Lexicon
from .lexicon.contacts import CONTACT_LABELS
from .lexicon.places import REGIONS
from .lexicon.roles import CONTRIBUTOR_JOBS, DESK_NOUNS, ROLE_PHRASES, ROLE_SLUGS, ROLE_WORDS
from .models import Contributor, Credit

__all__ = ["format_credits", "match_credits", "parse_credits", "role_slug"]

# Where one role ends and the next begins inside a credit block.
# ({messaging}: the agencies' messaging labels, as printed or with later words in lower case.)
_SEGMENT_BREAK = rf"""
    [ ]*+;[ ]*+                                      # Reporting by A; Editing by B
    | [ ]*+[.,)][ ]*+(?=(?:(?!by[ ])\p{{L}}++[ ]){{0,4}}+[Bb]y[ ])  # Reporting by A. Editing by B / , editing by B
    | [ ]*+\.[ ]++(?=\p{{Lu}}[\p{{L}} \-]{{0,30}}+:)          # ... Hamilton. Reuters Messaging: ...
    | [ ]++(?=(?:{{messaging}})\b|{PHONE_LABEL}|{MAIL_LABEL})  # ... Reuters messaging rm://, ... Tel: +1 ...
    | (?<!\b(?:[Aa]dditional|[Ff]urther|[Ww]ith))
      [ ]++(?=\p{{Lu}}\p{{Ll}}++(?:[ ](?!by[ ])\p{{Ll}}++){{0,3}}+[ ]by[ ])  # Marcel Michelson Editing by ...
    | (?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}}++[ ](?:(?!by[ ])\p{{Ll}}++[ ]){{0,3}}+by[ ])  # NaiduEditing by B
"""
# One role: "Additional reporting by A in Paris and B".
_ROLE = regex.compile(
    r"""
    [ ]*+(?:[Ww]ith[ ]++)?                                   # (With additional reporting by ...)
    (?P<role>\p{L}[\p{L}\-]*+(?:[ ][\p{L}\-]++){0,5}?)       # Additional reporting
    [ ]++[Bb][Yy][ :]++                                       # by
    (?P<names>.++)                                            # A in Paris and B
    """,
    regex.VERBOSE | regex.DOTALL,
)
# A role printed without "by": "With additional reporting Lilla Zuill".
_BARE_ROLE = regex.compile(
    r"""
    [ ]*+(?:[Ww]ith[ ]++)?
    (?P<role>\p{L}[\p{Ll}\-]*+(?:[ ]\p{Ll}[\p{Ll}\-]*+){0,3}+)  # additional reporting
    [ ]++(?P<names>\p{Lu}.*+)                                 # Lilla Zuill
    """,
    regex.VERBOSE | regex.DOTALL,
)
_BARE_ROLE_WORDS = frozenset({"reporting", "writing", "editing", "compiled", "compiling"})
_ROLE_HINT = regex.compile(r"(?i)\bby\b|reporting|editing|writing")
_JOBS = "|".join(sorted(CONTRIBUTOR_JOBS))
_DESKS = "|".join(sorted(DESK_NOUNS))
# "Associated Press writer Jan M. Olsen in Copenhagen contributed to this report."
_CONTRIBUTED = regex.compile(
    rf"""
    [ ]*+(?:(?P<affiliation>(?:The[ ])?(?:\p{{Lu}}[\p{{L}}.&'’\-]*+[ ]){{0,4}}(?i:{_JOBS})\b)[ ]++)?
    (?P<names>\p{{Lu}}.{{0,300}}?)                            # Jan M. Olsen in Copenhagen
    [ ](?:also[ ])?contributed(?:[ ]to[ ]this[ ](?:report|story|article))?[ ]*+\.?[ ]*+$
    """,
    regex.VERBOSE | regex.DOTALL,
)
# "--With assistance from Naomi Nix."
_ASSISTANCE = regex.compile(
    r"[ ]*+-{0,2}+[ ]*+With[ ]assistance[ ]from[ ]++(?P<names>.{1,400}?)[ ]*+\.?[ ]*+$",
    regex.IGNORECASE | regex.DOTALL,
)
# The roles credited in a sentence of their own: Bloomberg's and AP's, tried in this order, each
# only where a text holds what every match of its pattern does (most texts are story text): a
# "With" after any spaces and dashes (in either case, as the pattern reads it), the verb.
_SentenceRole = Literal["assistance", "contributing"]
_SENTENCES: Final[tuple[tuple[_SentenceRole, regex.Pattern[str], Callable[[str], bool]], ...]] = (
    ("assistance", _ASSISTANCE, lambda text: text.lstrip(" -")[:1] in ("W", "w")),
    ("contributing", _CONTRIBUTED, lambda text: "contributed" in text),
)
# "A, B and C", "A/B", but not the slash of an outlet: "Ann Lee at IFR/LPC".
_SEPARATOR = regex.compile(
    r"[ ]*+(?:,[ ]*+(?:and[ ]++)?|(?<=[ ])and[ ]++|&[ ]*+|(?<![ ](?:at|of|from)[ ][^ ,;/]{1,40})/[ ]*+)"
)
_IN_PLACE = regex.compile(r"^(?P<name>.+?)[ ]++in[ ]++(?P<place>\p{Lu}.*+)$", regex.DOTALL)
_FINAL_STOP = regex.compile(r"(?<!\b\p{L}|\.\p{L})\.$")  # "Naomi Nix." but not "D.C." or "B."
# "Rob Cox of Breakingviews", "Ann Lee at IFR"
_AFFILIATION = regex.compile(r"[ ]++(?:of|from|at)[ ]++(?P<affiliation>\p{Lu}.*+)$", regex.DOTALL)
_AFFILIATION_WORDS = (" of ", " from ", " at ")  # one of which every match of _AFFILIATION holds
# A desk or group credited as one contributor: "the Shanghai newsroom", "Reuters Fed reporting team".
_DESK = regex.compile(
    rf"(?:[Tt]he[ ])?(?:\p{{Lu}}[\p{{L}}.'’&\-]*+[ ]){{0,4}}+(?:\p{{Ll}}[\p{{Ll}}\-]*+[ ]){{0,2}}+"
    rf"(?i:{_DESKS})"
)
# A group that takes a list of places: "Reuters reporters in Washington, Brussels and Tokyo".
_GROUP = regex.compile(r"(?i:reporters|correspondents|bureaus|staff|staffers|journalists|newsrooms)$")
# Where contact details start after the names: "Ann Lee in Paris, +33 1 49 49 52 26, ann@example.com".
_CONTACT_TAIL = rf"""
    [ ]*+[,;][ ]*+
    (?=(?i:{{messaging}})\b|{PHONE_LABEL}|{MAIL_LABEL}                # Reuters Messaging, Tel: ..., e-mail ...
      |\+?[ ]?\(?\d[\d \-().]{{5,30}}                                   # +1 312 408 8730, + 1 646 552 9780
      |(?<![\w.+\-])[\w.+\-]++@)                                        # ann@example.com
"""
# Contact details or their label: a digit, "@", ":" or a word such as "Messaging" or "email".
_CONTACT_WORDS = "|".join(sorted(CONTACT_LABELS, key=len, reverse=True))
_CONTACT_OR_LABEL = regex.compile(rf"[\d@:]|(?<![\p{{L}}\-])(?i:{_CONTACT_WORDS})(?![\p{{L}}\-])")
_KNOWN_WORDS = ("reporting", "writing", "editing", "additional", "compiled", "compiling")


def _label(phrase: str) -> str:
    """A messaging label as printed, each later word's first letter in either case: ``Reuters\\ [Mm]essaging``."""
    first, *rest = phrase.split()
    later = (
        f"[{regex.escape(word[0].upper())}{regex.escape(word[0].lower())}]{regex.escape(word[1:])}" for word in rest
    )
    return r"\ ".join([regex.escape(first), *later])


@attrs.frozen
class _Style:
    """The patterns and names of credits built from a lexicon's agencies."""

    segment_break: regex.Pattern[str]
    contact_tail: regex.Pattern[str]
    agencies: frozenset[str]


@functools.lru_cache(maxsize=32)
def _style(lexicon: Lexicon) -> _Style:
    """The credit patterns of ``lexicon``, built once for each lexicon."""
    labels = sorted({_label(label) for row in lexicon.agencies for label in row.messaging}, key=len, reverse=True)
    messaging = "|".join(labels) or "(?!)"
    return _Style(
        segment_break=regex.compile(_SEGMENT_BREAK.replace("{messaging}", messaging), regex.VERBOSE),
        contact_tail=regex.compile(_CONTACT_TAIL.replace("{messaging}", messaging), regex.VERBOSE),
        agencies=lexicon.agency_names,
    )


@functools.lru_cache(maxsize=1024)
def _role_words(phrase: str) -> tuple[str, ...]:
    """The words of a role phrase, a misspelt known word corrected."""
    fixed = []
    for word in phrase.casefold().replace("-", " ").split():
        if len(word) >= 6 and word not in _KNOWN_WORDS and word not in ROLE_WORDS:
            word = next((k for k in _KNOWN_WORDS if within_edits(word, k, 2)), word)
        fixed.append(word)
    return tuple(fixed)


def role_slug(phrase: str) -> str:
    """The slug of a role phrase: ``"Additional reporing"`` gives ``"additional_reporting"``.

    Known phrases map through the role lexicon; a misspelt known word is
    corrected; any other phrase keeps its own slug.
    """
    fixed = _role_words(phrase)
    return ROLE_SLUGS.get(" ".join(fixed), "_".join(fixed))


def _is_role(phrase: str, *, bare: bool = False) -> bool:
    """Whether ``phrase`` names a role: credit words only ("Additional writing and editing")."""
    words = _role_words(phrase)
    if not words or not all(word in ROLE_WORDS for word in words):
        return False
    return not bare or any(word in _BARE_ROLE_WORDS for word in words)


def _is_contact(text: str) -> bool:
    """Contact details, or their label: "+1 646 ...", "ann@example.com", "Reuters Messaging"."""
    return _CONTACT_OR_LABEL.search(text) is not None


def _looks_like_contributor(name: str) -> bool:
    """A person or a desk, never a contact's label or address ("Reuters Messaging")."""
    return (looks_like_name(name) or _DESK.fullmatch(name) is not None) and not _is_contact(name)


def _contributors(names_text: str, style: _Style) -> tuple[list[Contributor], str] | None:
    """Names with places and outlets, and the contact details printed after them.

    A trailing "in X" applies to the names since the last place; a region
    after a place ("in Albany, New York") belongs to that place; an outlet
    after a name ("Rob Cox, Breakingviews" or "Rob Cox of Breakingviews") is
    that person's affiliation.
    """
    text = squash(names_text)
    contact = style.contact_tail.search(text)
    leftover = ""
    if contact is not None:
        text, leftover = text[: contact.start()], text[contact.end() :]
    items = [item.strip() for item in _SEPARATOR.split(_FINAL_STOP.sub("", text))]
    items = [item for item in items if item]
    groups: list[tuple[list[list[str | None]], str | None]] = []
    pending: list[list[str | None]] = []
    for position, item in enumerate(items):
        if item in REGIONS and not pending and groups and groups[-1][1] is not None:
            names, place = groups[-1]
            groups[-1] = (names, f"{place}, {item}")
            continue
        last = pending[-1] if pending else (groups[-1][0][-1] if groups else None)
        if last is not None and last[1] is None and item.casefold() in style.agencies:
            last[1] = item
            continue
        # each pattern only where the words it needs stand in the item (most items are a name alone)
        placed = _IN_PLACE.match(item) if " in " in item else None
        name: str = placed["name"] if placed else item
        affiliation = _AFFILIATION.search(name) if any(word in name for word in _AFFILIATION_WORDS) else None
        if affiliation is not None:
            name = name[: affiliation.start()]
        name = name.strip()
        if not _looks_like_contributor(name):
            if (pending or groups) and _is_contact(item):  # "Ann Lee, + 1 646 ...", "Ann Lee, Reuters Messaging"
                leftover = ", ".join([*items[position:], leftover] if leftover else items[position:])
                break
            return None
        pending.append([name, affiliation["affiliation"].strip() if affiliation else None])
        if placed is not None:
            place = placed["place"].strip()
            if _GROUP.search(name) and not pending[:-1]:
                groups.append((pending, join_names([place, *items[position + 1 :]])))
                pending = []
                break
            groups.append((pending, place))
            pending = []
    if pending:
        groups.append((pending, None))
    people = [
        Contributor(name=str(name), location=place, affiliation=affiliation)
        for names, place in groups
        for name, affiliation in names
    ]
    return people, leftover.strip()


def _read_role(segment: str, style: _Style) -> tuple[Credit, str] | None:
    """One role of a credit block, and any contact details printed after its names."""
    found = _ROLE.match(segment)
    if found is None or not _is_role(found["role"]):
        found = _BARE_ROLE.match(segment)
        if found is None or not _is_role(found["role"], bare=True):
            return None
    read = _contributors(found["names"], style)
    if read is None or not read[0]:
        return None
    return Credit(role=role_slug(found["role"]), contributors=tuple(read[0])), read[1]


def _read_block(body: str, style: _Style) -> tuple[list[Credit], list[str]] | None:
    """Credits and the other segments (contact details) of one credit block."""
    credits: list[Credit] = []
    others: list[str] = []
    for segment in style.segment_break.split(squash(body)):  # squashed: no long runs of spaces
        segment = segment.strip()
        if not segment:
            continue
        read = _read_role(segment, style)
        if read is None:
            more = _contributors(segment, style) if credits and not others else None
            if more is not None and more[0]:  # "...; Andrew Hay in Santa Fe; Writing by ...": the role goes on
                last = credits[-1]
                credits[-1] = Credit(role=last.role, contributors=last.contributors + tuple(more[0]))
                segment = more[1]
            if segment:
                others.append(segment)
            continue
        credits.append(read[0])
        if read[1]:
            others.append(read[1])
    return (credits, others) if credits else None


def _sentence_of(text: str) -> tuple[_SentenceRole, regex.Match[str]] | None:
    """The role of the credit sentence ``text`` is, and its match: the first of :data:`_SENTENCES` that fits."""
    for role, pattern, may_match in _SENTENCES:
        found = pattern.match(text) if may_match(text) else None
        if found is not None:
            return role, found
    return None


def _read_sentence(text: str, style: _Style) -> Credit | None:
    """AP's "X contributed to this report." and Bloomberg's "With assistance from X"."""
    sentence = _sentence_of(text)
    if sentence is None:
        return None
    role, found = sentence
    read = _contributors(found["names"], style)
    if read is None or not read[0] or read[1]:
        return None
    people = read[0]
    prefix = found.groupdict().get("affiliation")
    if prefix is not None:
        if people[0].affiliation is not None:
            return None
        people[0] = Contributor(name=people[0].name, location=people[0].location, affiliation=prefix)
    return Credit(role=role, contributors=tuple(people))


def match_credits(
    paragraph: str, lexicon: Lexicon | None = None
) -> tuple[int, tuple[Credit, ...], tuple[str, ...]] | None:
    """Find the credits that close ``paragraph``.

    Returns where they start (text before it is the story's own, as when a
    credit line is glued to the last sentence), the credits, and the
    contact details that stood in the same brackets; ``None`` where the
    paragraph does not end in credits. The agencies and their messaging
    labels are ``lexicon``'s (the default lexicon's where none is given).

    >>> start, credits, contacts = match_credits("Shares rose.(Reporting by Ann Lee; Editing by Bo Ku)")
    >>> start, [c.role for c in credits], contacts
    (12, ['reporting', 'editing'], ())
    """
    style = _style(lexicon or Lexicon.default())
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
            block = _read_block(body, style) if _ROLE_HINT.search(body) else None
            if block is not None:
                return start, tuple(block[0]), tuple(block[1])
    sentence = _read_sentence(text, style)
    if sentence is not None:
        return 0, (sentence,), ()
    return None


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Read credit blocks that are the whole of ``text`` (strict), one block a line.

    Accepts "(Reporting by ...; Editing by ...)" with or without brackets,
    AP's "... contributed to this report." and Bloomberg's "With assistance
    from ...". Raises :class:`ParseError` otherwise.
    """
    credits: list[Credit] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        credits.extend(_parse_line(text, line.strip(), offset, _style(Lexicon.default())))
        offset += len(line)
    if not credits:
        raise ParseError("no credits here", source=text, span=(0, len(text)))
    return tuple(credits)


def _parse_line(text: str, line: str, offset: int, style: _Style) -> tuple[Credit, ...]:
    if not line:
        return ()
    if not line.startswith("("):
        sentence = _read_sentence(line, style)
        if sentence is not None:
            return (sentence,)
    block = _read_block(line.strip("()"), style)
    at = text.find(line, offset)
    if block is None:
        raise ParseError("expected '<Role> by <names>'", source=text, span=(at, at + len(line)))
    credits, others = block
    if others:
        at = text.find(others[0][:20], offset)
        raise ParseError(
            "not a credit", source=text, span=(at, at + len(others[0])) if at >= 0 else (0, len(text))
        )
    return tuple(credits)


def _phrase(role: str) -> str:
    return ROLE_PHRASES.get(role, role.replace("_", " ").capitalize())


def _format_people(people: tuple[Contributor, ...], *, prefixed: bool = False) -> str:
    """``A of X in Paris and B``; with ``prefixed``, the first affiliation stands before the name."""
    groups: list[tuple[list[str], str | None]] = []
    for index, person in enumerate(people):
        name = person.name
        if person.affiliation is not None:
            name = f"{person.affiliation} {name}" if prefixed and index == 0 else f"{name} of {person.affiliation}"
        if groups and groups[-1][1] == person.location:
            groups[-1][0].append(name)
        else:
            groups.append(([name], person.location))
    parts = [join_names(names) + (f" in {place}" if place else "") for names, place in groups]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _assisted(credit: Credit) -> str:
    return f"--With assistance from {_format_people(credit.contributors)}."


def _contributed(credit: Credit) -> str:
    first = credit.contributors[0].affiliation
    prefixed = first is not None and first.split()[-1].casefold() in CONTRIBUTOR_JOBS
    return f"{_format_people(credit.contributors, prefixed=prefixed)} contributed to this report."


# The roles credited in a sentence of their own, and how each is written.
_SENTENCE_WRITERS: Final[Mapping[str, Callable[[Credit], str]]] = {
    "assistance": _assisted,
    "contributing": _contributed,
}


def format_credits(credits: tuple[Credit, ...]) -> str:
    """Write credits as the wire prints them: ``(Reporting by A in Paris; Editing by B and C)``.

    Names without a place go after the placed ones of their role, as wire
    copy prints them. AP's and Bloomberg's roles are written as their own
    sentences ("X contributed to this report.", "--With assistance from X."),
    each on a line of its own, in the order of ``credits``.
    """
    blocks: list[str] = []
    run: list[str] = []
    for credit in credits:
        writer = _SENTENCE_WRITERS.get(credit.role)
        if writer is not None:
            if run:
                blocks.append("(" + "; ".join(run) + ")")
                run = []
            blocks.append(writer(credit))
        else:
            run.append(f"{_phrase(credit.role)} by {_format_people(credit.contributors)}")
    if run:
        blocks.append("(" + "; ".join(run) + ")")
    return "\n\n".join(blocks)
