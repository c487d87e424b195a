"""Words that mark an organisation, and the descriptions that stand for one."""

from __future__ import annotations

from typing import Final

__all__ = ["ORGANISATION_NOUNS", "ORGANISATION_SUFFIXES", "PRONOUNS"]

#: "the company said", "the ministry said": nouns that stand for a named body.
ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "company", "firm", "group", "bank", "ministry", "department", "agency",
        "government", "statement", "spokesman", "spokeswoman", "spokesperson",
        "carrier", "airline", "automaker", "retailer", "insurer", "lender", "maker",
        "producer", "regulator", "court", "commission", "council", "union",
        "organisation", "organization", "party", "team", "club", "university",
        "network", "board", "exchange", "operator", "developer", "manufacturer",
        "fund", "office", "administration", "service", "association", "institute",
        "army", "military", "police", "embassy", "report", "filing", "startup", "app",
    }
)

#: Words that end an organisation's name ("Medtronic Inc", "Glitnir Securities").
ORGANISATION_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag",
        "sa", "nv", "n.v.", "se", "group", "holdings", "bank", "securities", "partners",
        "capital", "corporation", "company", "association", "ministry", "agency",
    }
)

#: Personal pronouns that stand for a speaker named earlier.
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "we", "i"})
