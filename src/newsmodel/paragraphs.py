"""Paragraphs: wire copy's text back into one string per paragraph.

Real copy comes in three shapes, often mixed: one paragraph a line;
hard-wrapped lines with blank lines or indented first lines between
paragraphs; and paragraphs a scraper ran together with runs of spaces.

>>> split_paragraphs("    One line\\nwrapped.\\n    Two.\\n")
['One line wrapped.', 'Two.']
"""

from __future__ import annotations

import re
import sys

import regex

__all__ = ["split_paragraphs"]

_WRAP_WIDTH = 100
_FULL_LINE = 50  # a hard-wrapped line is filled to near the wrap width
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", ")", ":")
_INDENT = regex.compile(r"[ \t]{2,}+\S")
_INDENTS = ("  ", " \t", "\t ", "\t\t")  # what every line _INDENT matches opens with
_BYLINE_LINE = regex.compile(r"[ \t]*+[Bb][Yy][ \t]++\S.{0,60}+$")
_BYS = ("By", "BY", "by", "bY")  # what every line _BYLINE_LINE matches opens with, spaces aside
# A run of two or more spaces after a sentence's end, before a new sentence:
# "...diabetes.  The Emergency Response Systems business...". The sentence's last mark
# and the spaces are found by the standard library's re, which finds them faster;
# what follows them is then tested (_OPENS_SENTENCE).
_RUN_TOGETHER = re.compile(r"[.!?\"”'’):][ \t]{2,}")
_GOES_ON = frozenset({',"', ",”", ",'", ",’"})  # a comma and a closing mark: the sentence goes on
_OPENS_SENTENCE = regex.compile(r"[\"“(‘'`\p{Lu}\p{N}]")
_QUOTE_MARKS = regex.compile(r"[\"“”]|``|''")
# Every white space character (as str.split() sees them) to a space.
_TO_SPACE = {code: " " for code in range(sys.maxunicode + 1) if chr(code).isspace() and code != 0x20}
# White space that squashing changes: two in a row, one other than a space, one at either end
# (the standard library's \s is str.isspace(), as str.split() has it).
_UNSQUASHED = re.compile(r"\s\s|[^\S ]|\A\s|\s\Z")


def _is_wrapped(lines: list[str]) -> bool:
    """Whether newlines inside a block are soft (the copy is hard-wrapped)."""
    texts = [line for line in lines if line.strip()]
    if len(texts) < 3:
        return False
    median = sorted(len(line) for line in texts)[len(texts) // 2]
    full_lines = sum(1 for line in texts if _FULL_LINE <= len(line.strip()) <= _WRAP_WIDTH)
    open_ended = sum(1 for line in texts if not line.rstrip().endswith(_SENTENCE_ENDS))
    return median <= _WRAP_WIDTH and full_lines * 2 >= len(texts) and open_ended * 3 >= len(texts)


def _is_indented(line: str) -> bool:
    """Whether a line opens with two spaces or tabs or more before a word (the test of its
    start first, as most lines open with neither and a pattern's match costs more)."""
    return line.startswith(_INDENTS) and _INDENT.match(line) is not None


def _is_byline(line: str) -> bool:
    """Whether a line is a short byline, "By Ann Lee" (the test of its start first)."""
    return line.lstrip(" \t").startswith(_BYS) and _BYLINE_LINE.match(line) is not None


def _indent_marks_paragraphs(lines: list[str]) -> bool:
    """Old wire copy: indented first lines, continuation lines flush left."""
    indented = continued = 0
    previous = ""
    for line in lines:
        if _is_indented(line):
            indented += 1
        elif line.strip() and previous.strip():
            continued += 1
        previous = line
    return indented >= 2 and continued >= 1


def _split_run_together(paragraph: str) -> list[str]:
    """Split at runs of spaces after a sentence, never inside an open quotation."""
    if "  " not in paragraph and "\t" not in paragraph:  # most paragraphs: no run of spaces
        return [paragraph]
    pieces: list[str] = []
    start = counted = marks = 0
    for run in _RUN_TOGETHER.finditer(paragraph):
        gap, end = run.start() + 1, run.end()  # the spaces, after the mark
        if _OPENS_SENTENCE.match(paragraph, end) is None or paragraph[run.start() - 1 : gap] in _GOES_ON:
            continue  # ""It is over,"  Lee said.": a quotation closed on a comma ends no sentence
        marks += sum(1 for _ in _QUOTE_MARKS.finditer(paragraph, counted, gap))
        counted = end
        opens_quote = paragraph[end : end + 1] in "\"“`"
        if marks % 2 == 0 or opens_quote:
            pieces.append(paragraph[start:gap])
            start = end
            marks = 0
    pieces.append(paragraph[start:])
    return pieces


def _squash(text: str) -> str:
    """White space collapsed, as ``" ".join(text.split())`` but without a string per word.

    >>> _squash("  a\t b \u00a0 c ")
    'a b c'
    """
    if text.isprintable():  # every white space but the space is unprintable: spaces alone to squash
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text  # squashed already (most lines): no copy
    elif _UNSQUASHED.search(text) is None:
        return text  # squashed, with an unprintable character that is no white space
    else:
        text = text.translate(_TO_SPACE)
    while "  " in text:  # each pass halves every run of spaces
        text = text.replace("  ", " ")
    return text.strip()


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, each with its white space collapsed.

    Blank lines always part paragraphs. In hard-wrapped copy a line break
    is a space unless the next line is indented or a short byline; in
    other copy every line is a paragraph. Paragraphs run together on one
    line with runs of spaces are parted again.
    """
    text = text.replace("\ufeff", "")  # a byte-order mark left by an editor or a file
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    indented = _indent_marks_paragraphs(lines)
    wrapped = indented or _is_wrapped(lines)
    paragraphs: list[str] = []
    block: list[str] = []  # the lines of the paragraph being read; each is added once it ends

    def end_block() -> None:
        if block:
            for piece in _split_run_together(" ".join(block)):
                squashed = _squash(piece)
                if squashed:
                    paragraphs.append(squashed)
            block.clear()

    for line in lines:
        if not line.strip():
            end_block()
            continue
        starts_new = (
            not wrapped
            or (indented and _is_indented(line))
            or _is_byline(line)
        )
        if starts_new:
            end_block()
        block.append(line)
        if wrapped and _is_byline(line):
            end_block()
    end_block()
    return paragraphs
