"""newsmodel: news wire copy to typed, immutable objects and back.

>>> from newsmodel import parse_article, to_json
>>> article = parse_article("LONDON, Nov 14 (Reuters) - Shares rose.")
>>> article.dateline.date.month, article.paragraphs
(11, ('Shares rose.',))

The names below are imported on first use (PEP 562), so ``import newsmodel``
costs little and a program pays only for the parts it uses: the parsers,
the archive formats, ninjs, the JSON Schema.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import format_article, parse_article
    from .byline import format_byline, parse_byline
    from .credits import format_credits, parse_credits
    from .dateline import format_dateline, parse_dateline
    from .errors import ParseError, ValidationError
    from .formats import Story, StoryError, detect_format, read_stories, story_record
    from .lexicon import Lexicon
    from .models import (
        Article,
        Byline,
        Contributor,
        Credit,
        Dateline,
        DatelineDate,
        Note,
        Person,
        Quote,
    )
    from .ninjs import from_ninjs, to_ninjs
    from .quotes import find_quotes
    from .schema import json_schema, record_schema
    from .serialization import (
        configure_converter,
        converter,
        from_dict,
        from_json,
        make_converter,
        to_dict,
        to_json,
    )

__version__ = "0.2.0"

#: The module each public name is imported from, on first use.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("format_article", "parse_article"), "article"),
    **dict.fromkeys(("format_byline", "parse_byline"), "byline"),
    **dict.fromkeys(("format_credits", "parse_credits"), "credits"),
    **dict.fromkeys(("format_dateline", "parse_dateline"), "dateline"),
    **dict.fromkeys(("ParseError", "ValidationError"), "errors"),
    **dict.fromkeys(("Story", "StoryError", "detect_format", "read_stories", "story_record"), "formats"),
    **dict.fromkeys(
        ("Article", "Byline", "Contributor", "Credit", "Dateline", "DatelineDate", "Note", "Person", "Quote"),
        "models",
    ),
    "Lexicon": "lexicon",
    **dict.fromkeys(("from_ninjs", "to_ninjs"), "ninjs"),
    "find_quotes": "quotes",
    **dict.fromkeys(("json_schema", "record_schema"), "schema"),
    **dict.fromkeys(
        ("configure_converter", "converter", "from_dict", "from_json", "make_converter", "to_dict", "to_json"),
        "serialization",
    ),
}

__all__ = [
    "Article",
    "Byline",
    "Contributor",
    "Credit",
    "Dateline",
    "DatelineDate",
    "Lexicon",
    "Note",
    "ParseError",
    "Person",
    "Quote",
    "Story",
    "StoryError",
    "ValidationError",
    "__version__",
    "configure_converter",
    "converter",
    "detect_format",
    "find_quotes",
    "format_article",
    "format_byline",
    "format_credits",
    "format_dateline",
    "from_dict",
    "from_json",
    "from_ninjs",
    "json_schema",
    "make_converter",
    "parse_article",
    "parse_byline",
    "parse_credits",
    "parse_dateline",
    "read_stories",
    "record_schema",
    "story_record",
    "to_dict",
    "to_json",
    "to_ninjs",
]


if not TYPE_CHECKING:  # type checkers read the imports above, and see no catch-all

    def __getattr__(name: str) -> object:
        """A public name, imported from its module on first use and kept."""
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{home}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
