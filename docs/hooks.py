"""MkDocs hooks: docstrings written for doctest and Sphinx read well in Markdown too.

- A run of doctest lines (``>>>``, ``...`` and the output up to a blank line)
  becomes a fenced ``pycon`` block, where Markdown would read ``>>>`` as
  nested quotes.
- A Sphinx role (``:class:`Article```, ``:func:`~x.y```) becomes plain code
  (``Article``, ``y``).

It applies to the pages and to the docstrings that mkdocstrings renders.
Markdown is imported only when MkDocs runs, so that pytest can collect this
file without the ``docs`` extra.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj):`(?:~[\w.]*\.)?([^`]+)`")


def fence_doctests(lines: list[str]) -> list[str]:
    """``lines`` with each run of doctest lines outside a fence put in a ``pycon`` fence.

    >>> fence_doctests(["Text.", ">>> 1 + 1", "2", "", "See :class:`~newsmodel.Article`."])
    ['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'See `Article`.']
    """
    out: list[str] = []
    fenced = in_example = False
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith("```") and not in_example:
            fenced = not fenced
        elif not fenced and not in_example and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out += ["", f"{indent}```pycon"]
            in_example = True
        elif in_example and not stripped:
            out += [f"{indent}```", ""]
            in_example = False
            continue
        out.append(line if fenced or in_example else _ROLE.sub(r"`\1`", line))
    if in_example:
        out.append(f"{indent}```")
    return out


def on_config(config: Any) -> Any:
    from markdown.extensions import Extension
    from markdown.preprocessors import Preprocessor

    class DoctestBlocks(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            return fence_doctests(lines)

    class DoctestExtension(Extension):
        def extendMarkdown(self, md: Any) -> None:
            md.preprocessors.register(DoctestBlocks(md), "newsmodel_doctests", 40)

    config.markdown_extensions.append(DoctestExtension())
    return config


on_config.mkdocs_priority = 100  # type: ignore[attr-defined]  # before mkdocstrings reads the extensions
