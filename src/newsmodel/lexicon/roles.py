"""Credit roles: the phrase before "by" in a credit line, and its slug."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["ROLE_PHRASES", "ROLE_SLUGS"]

#: Phrase forms (lower-case, as printed before "by") that mean a known role.
ROLE_SLUGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "reporting": "reporting",
        "reported": "reporting",
        "reporting and writing": "reporting_and_writing",
        "additional reporting": "additional_reporting",
        "additonal reporting": "additional_reporting",
        "additional reporing": "additional_reporting",
        "additional reportng": "additional_reporting",
        "addtional reporting": "additional_reporting",
        "writing": "writing",
        "written": "writing",
        "editing": "editing",
        "edited": "editing",
        "compiled": "compiling",
        "compiling": "compiling",
        "graphics": "graphics",
        "polling": "polling",
        "fact checking": "fact_checking",
        "fact-checking": "fact_checking",
        "contributed": "contributing",
        "contributing": "contributing",
        "with assistance from": "assistance",
        "assistance": "assistance",
    }
)

#: How each known slug is written back (``format_credits``).
ROLE_PHRASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "reporting": "Reporting",
        "additional_reporting": "Additional reporting",
        "writing": "Writing",
        "editing": "Editing",
        "compiling": "Compiled",
        "fact_checking": "Fact checking",
    }
)
