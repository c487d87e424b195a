"""Credit roles: the phrase before "by" in a credit line, and its slug."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["CONTRIBUTOR_JOBS", "DESK_NOUNS", "ROLE_PHRASES", "ROLE_SLUGS", "ROLE_WORDS"]

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

#: The words a role phrase is made of ("Additional writing and editing by"):
#: a phrase of other words before "by" is a sentence, not a credit.
ROLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "reporting", "reported", "additional", "further", "writing", "written", "editing",
        "edited", "compiled", "compiling", "graphics", "graphic", "polling", "fact", "checking",
        "fact-checking", "contributed", "contributing", "assistance", "analysis", "research",
        "researched", "photography", "photos", "photo", "pictures", "video", "design", "designed",
        "production", "produced", "translation", "translated", "data", "visuals", "illustration",
        "illustrations", "interviews", "story", "text", "sub-editing", "subediting", "and",
        "prepared", "coordination", "coordinated", "layout",
    }
)

#: The last word of a desk or group credited as a contributor ("the Shanghai
#: newsroom", "Reuters Fed reporting team", "Reuters reporters").
DESK_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "newsroom", "newsrooms", "desk", "desks", "newsdesk", "team", "teams", "bureau",
        "bureaus", "staff", "unit", "units", "reporters", "correspondents", "service",
        "services", "staffers", "journalists",
    }
)

#: The job word that ends a credited person's outlet and job, printed before the
#: name ("Associated Press writer Jan Olsen", "AP Basketball Writer Doug Feinberg").
CONTRIBUTOR_JOBS: Final[frozenset[str]] = frozenset(
    {
        "writer", "writers", "reporter", "reporters", "researcher", "researchers",
        "correspondent", "correspondents", "photographer", "photographers", "editor",
        "editors", "producer", "producers", "columnist", "columnists", "journalist",
        "journalists", "videographer", "videojournalist", "staffer", "staffers",
    }
)
