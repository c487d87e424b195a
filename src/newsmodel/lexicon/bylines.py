"""The furniture of a byline around its names: openers, wire tails, link text and stamps."""

from __future__ import annotations

from typing import Final

__all__ = ["BYLINE_CONJUNCTIONS", "BYLINE_LINK_WORDS", "BYLINE_OPENERS", "BYLINE_STAMP_LABELS", "BYLINE_WIRE_TAILS"]

#: Phrases that open a byline ("By", "Analysis by", "As told to", "Author:"), lower-case.
BYLINE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "by", "analysis by", "words by", "interview by", "interviews by", "written by",
        "reporting by", "reported by", "story by", "text by", "report by", "review by",
        "commentary by", "opinion by", "column by", "profile by", "feature by",
        "as told to", "posted by", "author:", "authors:", "byline:", "writer:", "reporter:",
        "von", "par", "por", "door", "av",  # German, French, Spanish, Dutch, Scandinavian "by"
    }
)

#: What follows the names where wire copy was merged in ("Ann Lee with agencies",
#: "Staff and wire reports"), lower-case.
BYLINE_WIRE_TAILS: Final[frozenset[str]] = frozenset(
    {
        "agencies", "news agencies", "wires", "wire", "wire services", "wire service",
        "wire reports", "agency reports", "news services", "agency", "wire copy",
    }
)

#: The link text of a reporter's page that a scraper leaves after a name
#: ("Ann Lee Twitter", "Ann Lee Email"), lower-case.
BYLINE_LINK_WORDS: Final[frozenset[str]] = frozenset(
    {
        "twitter", "email", "e-mail", "mail", "instagram", "facebook", "linkedin", "threads",
        "bluesky", "mastodon", "tiktok", "bio", "follow", "on", "contact", "profile", "rss",
    }
)

#: The labels before a time printed after a byline ("Updated", "Published:"), lower-case.
BYLINE_STAMP_LABELS: Final[frozenset[str]] = frozenset(
    {"updated", "published", "posted", "last", "modified", "first", "on", "at", "ago", "read", "edt", "est",
     "et", "bst", "gmt", "utc", "cet", "pdt", "pst", "cst", "cdt", "ist", "aest", "sgt", "hkt"}
)

#: "and" between writers in other languages ("Ann Lee und Bo Ku"), lower-case;
#: not "y" or "e", which stand inside names ("Ortega y Gasset").
BYLINE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"und", "et", "og", "och", "en"})
