"""The input formats, one row each: the one table that sniffing, reading,
splitting and the command line's ``--from`` derive from.

A new input format costs its module (its ``sniff_*`` and ``read_*``, and a
splitter where its files hold many stories) and one row of
:data:`FORMAT_TABLE`, its name added to :data:`FormatName`.

>>> [row.name for row in FORMAT_TABLE if row.split is not None]
['reuters21578', 'trec', 'ninjs']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final, Literal

import attrs

from . import markup, newsml_g2, ninjs, nitf, reuters21578, text, trec
from ._head import Head
from ._input import Options
from .story import Part, Story

__all__ = ["FORMAT_TABLE", "Format", "FormatName", "Split", "forced_format"]

#: The name of an input format, as ``--from`` and :func:`~newsmodel.formats.detect_format` give it.
FormatName = Literal["reuters21578", "trec", "nitf", "newsml-g2", "ninjs", "markup", "text"]

Reader = Callable[..., Iterator[Story]]
Splitter = Callable[..., Iterator[Part]]
PartReader = Callable[[Part, Options], Iterator[Story]]


@attrs.frozen
class Split:
    """How the files of a format that holds many stories are cut into parts
    (``cut``, cheap), and how one part is read (``read``). Raises nothing.

    >>> split = next(row.split for row in FORMAT_TABLE if row.name == "ninjs")
    >>> isinstance(split, Split), split.cut is ninjs.split_ninjs
    (True, True)
    """

    cut: Splitter
    read: PartReader


@attrs.frozen
class Format:
    """An input format: its ``name``, its ``title`` as people write it, how to
    ``sniff`` it from an input's :class:`~newsmodel.formats._head.Head`, how
    to ``read`` its stories, how to ``split`` its files into stories where
    they hold many, the ``extensions`` whose names it claims where the head
    shows no element yet, the ``globs`` of its files that folders give by
    default, and whether ``--from`` may force it (``forcible``). Raises
    nothing.

    >>> row = next(row for row in FORMAT_TABLE if row.name == "trec")
    >>> isinstance(row, Format), row.title, row.extensions, row.split is not None
    (True, 'TREC', ('.sgml',), True)
    """

    name: FormatName
    title: str
    sniff: Callable[[Head], bool]
    read: Reader
    split: Split | None = None
    extensions: tuple[str, ...] = ()
    globs: tuple[str, ...] = ()
    forcible: bool = True


#: Every input format, in the order :func:`~newsmodel.formats.detect_format`
#: asks them: the first whose ``sniff`` says yes is the input's.
FORMAT_TABLE: Final[tuple[Format, ...]] = (
    Format(
        reuters21578.FORMAT, "Reuters-21578", reuters21578.sniff_reuters21578, reuters21578.read_reuters21578,
        Split(reuters21578.split_reuters21578, reuters21578.read_reuters21578_part),
        extensions=(".sgm",), globs=("*.sgm",),
    ),
    Format(
        trec.FORMAT, "TREC", trec.sniff_trec, trec.read_trec, Split(trec.split_trec, trec.read_trec_part),
        extensions=(".sgml",), globs=("*.sgml",),
    ),
    Format(nitf.FORMAT, "NITF", nitf.sniff_nitf, nitf.read_nitf, extensions=(".nitf",), globs=("*.nitf", "*.xml")),
    Format(newsml_g2.FORMAT, "NewsML-G2", newsml_g2.sniff_newsml_g2, newsml_g2.read_newsml_g2, globs=("*.xml",)),
    Format(
        ninjs.FORMAT, "ninjs", ninjs.sniff_ninjs, ninjs.read_ninjs, Split(ninjs.split_ninjs, ninjs.read_ninjs_part),
        extensions=(".json", ".jsonl", ".ninjs"), globs=("*.ninjs",),
    ),
    Format(
        markup.FORMAT, "HTML or other markup", markup.sniff_markup, markup.read_markup,
        extensions=(".html", ".htm", ".xhtml", ".xml"), forcible=False,
    ),
    Format(text.FORMAT, "plain text", text.sniff_text, text.read_text, globs=("*.txt",)),
)


def forced_format(name: str) -> FormatName:
    """The format ``name`` forces a reader to (as ``parse --from`` does):
    ``ValueError`` where no row that may be forced has that name.

    >>> forced_format("trec")
    'trec'
    """
    row = next((row for row in FORMAT_TABLE if row.forcible and row.name == name), None)
    if row is None:
        names = ", ".join(row.name for row in FORMAT_TABLE if row.forcible)
        raise ValueError(f"unknown format {name!r}: one of {names}")
    return row.name
