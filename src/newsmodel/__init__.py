"""newsmodel: news wire copy to typed, immutable objects and back.

>>> from newsmodel import parse_article, to_json
>>> article = parse_article("LONDON, Nov 14 (Reuters) - Shares rose.")
>>> article.dateline.date.month, article.paragraphs
(11, ('Shares rose.',))
"""

from .article import format_article, parse_article
from .byline import format_byline, parse_byline
from .credits import format_credits, parse_credits
from .dateline import format_dateline, parse_dateline
from .errors import ParseError, ValidationError
from .formats import Story, StoryError, detect_format, read_stories, story_record
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

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Contributor",
    "Credit",
    "Dateline",
    "DatelineDate",
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
