"""Bylines and datelines given as fields of markup, read with the library's strict parsers."""

from __future__ import annotations

import re

from ..byline import parse_byline
from ..dateline import parse_dateline
from ..errors import ParseError
from ..models import Byline, Dateline

__all__ = ["byline_field", "dateline_field"]

_BY = re.compile(r"\s*by[\s:]", re.IGNORECASE)
_DASH = re.compile(r"(?:-|--|—|–|_)\s*$")


def byline_field(text: str) -> Byline | None:
    """A byline given in a field of its own ("By CHET CURRIER, AP Business Writer",
    or the names alone); None where the byline parser does not read it."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        return parse_byline(text if _BY.match(text) else f"By {text}")
    except ParseError:
        return None


def dateline_field(text: str) -> Dateline | None:
    """A dateline given in a field of its own, where it often lacks the dash that ends
    it in running copy ("MYRTLE BEACH, S.C. (AP)"); None where the parser does not read it."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        return parse_dateline(text if _DASH.search(text) else f"{text} -")
    except ParseError:
        return None
