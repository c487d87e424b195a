"""Which format an input is in, from its first bytes (and, to break a tie, its name).

Each row of :data:`~newsmodel.formats.FORMAT_TABLE` is asked in turn.

>>> detect_format(b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\\n<REUTERS TOPICS="NO" NEWID="1">')
'reuters21578'
>>> detect_format(b"<DOC>\\n<DOCNO> AP890101-0001 </DOCNO>")
'trec'
>>> detect_format(b"<!DOCTYPE html><html><head><title>News</title></head>")
'markup'
>>> detect_format(b"<MIRTONE INTERNATIONAL INC> 1ST QTR DEC 31 NET")
'text'
"""

from __future__ import annotations

from typing import Final

from ._head import WIDE_ENCODINGS, Head
from ._table import FORMAT_TABLE, FormatName

__all__ = ["FORMATS", "WIDE_ENCODINGS", "detect_format"]

#: Every format name, in the order :func:`detect_format` tries them.
FORMATS: Final[tuple[FormatName, ...]] = tuple(row.name for row in FORMAT_TABLE)


def detect_format(head: bytes, name: str | None = None) -> FormatName:
    """The format of an input that starts with ``head`` (its first 64 KiB are enough).

    One of :data:`FORMATS`: ``"reuters21578"`` and ``"trec"`` by their SGML
    elements, ``"nitf"`` and ``"newsml-g2"`` by the root element of their XML,
    ``"ninjs"`` for JSON, ``"markup"`` for HTML and any other markup with end
    tags (never prose), and ``"text"`` for the rest: the first row of
    :data:`~newsmodel.formats.FORMAT_TABLE` whose ``sniff`` says yes.
    ``name`` (a file name) decides only where the head opens markup but
    shows no element yet: a row claims it by its extensions. Raises nothing.
    """
    found = Head.of(head, name)
    for row in FORMAT_TABLE:
        if row.sniff(found) or (found.undecided and found.named(row.extensions)):
            return row.name
    return FORMAT_TABLE[-1].name  # unreachable: the last row, text, takes every input
