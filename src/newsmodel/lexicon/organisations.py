"""Words that mark an organisation, and the descriptions that stand for one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._words import words

__all__ = [
    "APPOSED_NOUNS",
    "BUSINESS_MODIFIERS",
    "BUSINESS_NOUNS",
    "COMPANY_FORMS",
    "GOVERNMENT_WORDS",
    "LEGAL_TEXT_HEADS",
    "ORGANISATION_HEADS",
    "ORGANISATION_NOUNS",
    "ORGANISATION_WORDS",
    "PAIR_NOUNS",
    "PLACE_HEADS",
    "PRONOUNS",
    "PUBLIC_MODIFIERS",
    "PUBLIC_NOUNS",
]


#: Descriptions of a business ("the company said"): they stand for a firm, not an office of state.
BUSINESS_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "company", "firm", "carrier", "airline", "automaker", "carmaker", "retailer", "insurer",
        "lender", "maker", "producer", "manufacturer", "developer", "operator", "startup",
        "bank", "group", "app", "chain", "brand", "miner", "supplier", "conglomerate",
        "planemaker", "chipmaker", "drugmaker", "steelmaker", "toymaker", "phonemaker", "refiner",
        "exporter", "importer", "brewer", "broadcaster", "distributor", "utility",
        "giant", "shipper", "builder", "processor", "provider", "fund",
    }
)

#: Words before a public body's noun that make it a business's ("the rating agency").
BUSINESS_MODIFIERS: Final[frozenset[str]] = frozenset({"rating", "ratings", "credit", "advertising", "travel"})

#: Words before a noun of business that make the body a public one ("the central
#: bank", "the state-run lender"): it stands for no company.
PUBLIC_MODIFIERS: Final[frozenset[str]] = frozenset({"central", "state-run", "state-owned", "federal"})

#: The legal forms that close a company's name, as printed ("Acme Inc", "Acme Holdings
#: Plc", "Acme AG"): a capitalised word after one starts another name ("Acme Inc Model S").
COMPANY_FORMS: Final[frozenset[str]] = words(
    "Inc Inc. Corp Corp. Co Co. Cos Ltd Ltd. Plc PLC plc LLC LP LLP AG SA S.A. NV N.V. BV SpA GmbH "
    "Pcl PCL Bhd Tbk Oyj ASA"
)

#: The last words of the names of laws and legal texts ("the Fifth Amendment", "the
#: Clean Air Act"): such a name is what someone cites, never who speaks.
LEGAL_TEXT_HEADS: Final[frozenset[str]] = words("Amendment Act Constitution Treaty Clause Statute Code Doctrine")

#: Descriptions of a public body ("the ministry said"): they stand for an office of state.
PUBLIC_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "agency", "government", "commission", "regulator", "court",
        "police", "army", "military", "office", "embassy", "administration", "council",
        "authorities", "prosecutor", "prosecutors", "state", "watchdog",
    }
)

#: "the company said", "the ministry said": nouns that stand for a named body,
#: a business, a public body, or either.
ORGANISATION_NOUNS: Final[frozenset[str]] = BUSINESS_NOUNS | PUBLIC_NOUNS | words(
    "union organisation organization party team club university network board exchange fund "
    "service association institute"
)

#: Plural descriptions of the two parties a story named together ("Acme and Beta
#: agreed to merge ... the companies said"), by the kind of party they stand for.
PAIR_NOUNS: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        words("companies firms banks groups carriers airlines automakers carmakers lenders insurers retailers"),
        "organisation",
    ),
    **dict.fromkeys(words("men women two pair couple brothers sisters duo"), "person"),
}

#: Nouns that make the name set after them an organisation's ("research firm
#: Strategy Analytics", "the lender Barclays", "consultancy Capital Economics"):
#: the descriptions that never stand for one person.
APPOSED_NOUNS: Final[frozenset[str]] = words(
    "company firm airline automaker carmaker retailer insurer lender bank group chain brand conglomerate "
    "startup ministry department agency commission regulator watchdog embassy council union organisation "
    "organization association institute university club exchange network consultancy brokerage"
)

#: Words of the names of public bodies ("National Transportation Safety Board").
GOVERNMENT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "board", "agency", "department", "ministry", "commission", "office", "administration",
        "council", "court", "house", "government", "bureau", "authority", "police", "army",
        "committee", "parliament", "senate", "congress", "fed", "reserve", "nations", "union",
        "prosecutor", "prosecutors", "regulator", "embassy", "mission", "kremlin", "pentagon",
    }
)


#: Capitalised words that make a name an organisation's ("Justice Department",
#: "United Nations", "CMC Markets"), compared lower-case.
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "department", "ministry", "office", "agency", "commission", "council", "union",
        "nations", "states", "house", "court", "bank", "group", "markets", "capital",
        "securities", "laboratory", "laboratories", "institute", "university", "association",
        "party", "army", "police", "board", "fund", "funds", "exchange", "company",
        "corporation", "systems", "technologies", "partners", "research", "management",
        "foundation", "committee", "reserve", "treasury", "kingdom", "republic", "government",
        "administration", "authority", "services", "service", "network", "networks", "media",
        "news", "times", "post", "journal", "airlines", "airways", "motors", "energy",
        "pharmaceuticals", "holdings", "international", "industries", "insurance", "trust",
        "league", "federation", "organization", "organisation", "coalition", "center",
        "centre", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc",
        "ag", "sa", "financial", "investments", "advisors", "advisers", "economics", "global",
        "communications", "software", "labs", "studios", "entertainment", "pictures",
        "records", "brands", "foods", "stores", "bancorp", "mission", "embassy", "senate",
        "congress", "parliament", "cabinet", "pentagon", "kremlin", "secretariat",
        "prosecutors", "prosecutor's", "prosecutors'", "fed", "ecb", "imf", "opec",
        "force", "forces", "navy", "corps", "guard",
    }
)

#: The last words of the names of places built or laid out ("O'Hare International
#: Airport", "Union Station"): such a name may read as an organisation's, but no
#: "company" or "group" stands for it. Compared lower-case.
PLACE_HEADS: Final[frozenset[str]] = frozenset(
    {"airport", "station", "stadium", "arena", "terminal", "bridge", "square", "park", "port", "harbour",
     "harbor", "airfield", "base", "mall", "plaza", "field", "speedway"}
)

#: Personal pronouns that stand for a speaker named earlier.
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "we", "i"})

#: Capitalised words after which "of", "for" or "on" (and "the") go on with one
#: name ("Bank of America", "Secretary of State", "People for the Ethical
#: Treatment of Animals"), compared as printed.
ORGANISATION_HEADS: Final[frozenset[str]] = words(
    """Academy Agency Alliance Association Authority Bank Board Bureau Center Centre Chamber Church
    Citizens City Coalition College Commission Committee Conference Congress Corps Council County
    Court Daughters Department Federation Forum Foundation Friends Fund Government Governor
    Governors House Institute Kingdom Knights League Library Minister Ministry Museum Office Order
    Organisation Organization Party People President Republic School Secretary Senate Society Sons
    State States Students Union University Veterans Women Workers Americans Chancellor Director
    Chairman Speaker Archbishop Bishop Mayor Leader"""
)
