"""TREC/TIPSTER SGML: ``<DOC>`` elements, as the AP, WSJ and other TREC newswire files hold them.

A ``<DOC>`` is named by its ``<DOCNO>``. Its text is ``<TEXT>`` (``<P>``
elements part paragraphs); ``<HEAD>`` (or ``<HL>``, ``<HEADLINE>``) gives
the headline, ``<BYLINE>`` the byline (AP splits it over two elements: the
name and the title), ``<DATELINE>`` the dateline. An AP "in brief" DOC
holds several stories, each opened by its own ``<DATELINE>``; they come
out one by one (``#DOCNO=...&part=2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs
from attrs import define, field

from ..apparatus import classify
from ..article import parse_article
from ..lexicon import Lexicon
from ..models import Article, Note
from ._fields import byline_field, dateline_field
from ._head import Head
from ._input import Options
from ._sgml import children, cut_parts, decode_entities, read_element, squash
from .story import Part, Story, StoryError

__all__ = ["FORMAT", "HEAD_ELEMENTS", "read_trec", "read_trec_part", "sniff_trec", "split_trec"]

FORMAT: Final = "trec"
#: The headline elements of the TREC collections (AP, WSJ/ZIFF, FT and LA Times).
HEAD_ELEMENTS: Final = frozenset({"HEAD", "HL", "HEADLINE"})

_DOCNO = re.compile(rb"<DOCNO>\s{0,100}([^<\s]{1,200})\s{0,100}</DOCNO>", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"</?P(?:\s[^<>]{0,200})?>", re.IGNORECASE)
# Lines of a wire's apparatus that stand where a headline does, never a headline:
_ADVISORY = re.compile(
    r"""\s*(?:
      \$                                  # $adv 05: the code of an advance
    | For\s+Release\b                     # For Release PMs Thursday Jan 5
    | End\s+Adv\b                         # End Adv PMs Thursday Jan 5
    | (?:Eds?|Editors?)\s*:               # Eds: SUBS 3rd graf ...
    | EDITOR'?S\s+NOTE\b                  # EDITOR'S NOTE
    | With\s+(?:AM|PM|BC)-                # With PM-Brazil-Ecologist: the story it goes with
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def sniff_trec(head: Head) -> bool:
    """Whether ``head`` opens a TREC file: a ``<DOC>`` root element that holds
    a ``<DOCNO>``. Raises nothing.

    >>> sniff_trec(Head.of(b"<DOC>\\n<DOCNO> AP890101-0001 </DOCNO>"))
    True
    """
    return head.root == "doc" and "<docno>" in head.text.lower()


@define
class _Part:
    """One story of a DOC, as its elements come."""

    heads: list[str] = field(factory=list)
    bylines: list[str] = field(factory=list)
    dateline: str = ""
    notes: list[str] = field(factory=list)
    texts: list[str] = field(factory=list)
    labelled: list[Note] = field(factory=list)


def _parts(content: str) -> tuple[dict[str, Any], list[_Part]]:
    """The DOC's own fields, and its stories: a byline, dateline or headline after a
    story's text opens the next story; notes between them go with the next one."""
    fields: dict[str, Any] = {}
    parts = [_Part()]
    pending: list[str] = []  # notes after a story's text, not yet placed
    for element in children(content):
        name, current = element.name, parts[-1]
        opens = name in HEAD_ELEMENTS or name in ("BYLINE", "DATELINE")
        if opens and current.texts:
            parts.append(_Part(notes=pending))
            current, pending = parts[-1], []
        if name in HEAD_ELEMENTS:
            current.heads.append(squash(element.content))
        elif name == "BYLINE":
            current.bylines.append(squash(element.content))
        elif name == "DATELINE":
            current.dateline = squash(element.content)
        elif name == "NOTE":
            (pending if current.texts else current.notes).append(squash(element.content))
        elif name == "TEXT":
            text = decode_entities(_PARAGRAPH_TAG.sub("\n\n", element.content))
            label = " ".join(pending)
            found = classify(f"{label}: {' '.join(text.split())}") if label else None
            if found is not None and isinstance(found[1], Note):  # EDITOR'S NOTE, then its text
                current.labelled.append(found[1])
            else:
                current.texts.append(text)
            current.notes += pending
            pending = []
        else:
            fields.setdefault(name.lower(), squash(element.content))
    parts[-1].notes += pending
    return fields, [part for part in parts if any(text.strip() for text in part.texts) or any(part.heads)]


def _headline(part: _Part) -> str | None:
    """The first headline element that is no apparatus; else the first such note."""
    for candidates in (part.heads, part.notes):
        for line in candidates:
            if any(c.isalpha() for c in line) and _ADVISORY.match(line) is None:
                return line
    return None


def _article(part: _Part, lexicon: Lexicon | None) -> Article:
    text = "\n\n".join(part.texts)
    article = parse_article(text, lexicon=lexicon) if text.strip() else Article()
    head_notes = [found[1] for found in map(classify, part.heads) if found is not None and isinstance(found[1], Note)]
    return attrs.evolve(
        article,
        headline=_headline(part) or article.headline,
        byline=byline_field(", ".join(part.bylines)) or article.byline,
        dateline=dateline_field(part.dateline) or article.dateline,
        notes=tuple(head_notes) + tuple(part.labelled) + article.notes,
    )


def _stories(element: str, base: str, lexicon: Lexicon | None = None) -> Iterator[Story]:
    fields, parts = _parts(element)
    if not parts:
        yield Story(source=base, format=FORMAT, metadata=fields,
                    error=StoryError(type="input", message="the <DOC> holds no text"))
    for number, part in enumerate(parts, 1):
        metadata = {
            **fields,
            "heads": part.heads,
            "bylines": part.bylines,
            "dateline": part.dateline,
            "notes": part.notes,
            "part": number,
            "parts": len(parts),
        }
        story_source = base if number == 1 else f"{base}&part={number}"
        yield Story(source=story_source, format=FORMAT, article=_article(part, lexicon), metadata=metadata)


def split_trec(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Part]:
    """Each ``<DOC>`` of a TREC file, cut out and named by its DOCNO, not read."""

    def source_of(data: bytes, index: int) -> str:
        docno = _DOCNO.search(data)
        return f"{source}#DOCNO={docno.group(1).decode('latin-1')}" if docno else f"{source}#{index}"

    return cut_parts(pieces, element="DOC", format_=FORMAT, max_bytes=options.max_story_bytes, source_of=source_of)


def read_trec_part(part: Part, options: Options) -> Iterator[Story]:
    """The stories of one ``<DOC>`` cut by :func:`split_trec`."""

    def stories_of(text: str, base: str) -> Iterator[Story]:
        inner = children(text)
        return _stories(inner[0].content if inner else text, base, options.lexicon)

    return read_element(part, options, stories_of)


def read_trec(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """Each story of each ``<DOC>`` of a TREC file."""
    for part in split_trec(pieces, source=source, options=options):
        yield from read_trec_part(part, options)
