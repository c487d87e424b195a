"""News agencies and wires, as they stand in datelines, bylines and trailers.

An agency is one row (:class:`~newsmodel.lexicon.rows.Agency`): its names
and its house style, from which the patterns of captions, contact lines,
trailers and credits are built. Adding an agency is adding a row here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .rows import Agency

__all__ = [
    "AGENCIES",
    "AGENCY_ROWS",
    "OUTLET_NOUNS",
    "STAFF_OUTLETS",
    "WIRE_SERVICES",
    "agency_names",
]



def _agency(
    key: str,
    names: str | None = None,
    *,
    photo_credits: tuple[str, ...] = (),
    sign_offs: tuple[str, ...] = (),
    messaging: tuple[str, ...] = (),
    copyright: tuple[str, ...] = (),
    link_lines: tuple[str, ...] = (),
    contact_lines: tuple[str, ...] = (),
) -> Agency:
    """A row: its names comma-separated, lower-case (the key alone where none are given)."""
    listed = [key] if names is None else [name.strip() for name in names.split(",") if name.strip()]
    return Agency(
        key=key,
        names=frozenset(listed),
        photo_credits=photo_credits,
        sign_offs=sign_offs,
        messaging=messaging,
        copyright=copyright,
        link_lines=link_lines,
        contact_lines=contact_lines,
    )


#: The agencies, one row each: the names datelines, bylines and credits print
#: (compared case-insensitively) and the house style of its copy. Datelines
#: that print two agencies ("Kyodo-Jiji") are rows of their own.
AGENCY_ROWS: Final[tuple[Agency, ...]] = (
    _agency(
        "reuters",
        "reuters, reuter, reuters/ifr, ifr, reuters breakingviews, breakingviews, "
        "thomson reuters foundation, reuters health",
        photo_credits=("REUTERS", "Reuters"),
        sign_offs=("REUTERS", "REUTER", "Reuters", "Reuter"),  # the 1987 wire's last line
        messaging=("Reuters Messaging",),
        copyright=("Reuters and the Reuters sphere", "Republication or redistribution", "Our Standards:"),
    ),
    _agency(
        "ap",
        "ap, the associated press, associated press, ap photo",
        photo_credits=("AP Photo",),
        copyright=("This material may not be published",),
        link_lines=("More AP",),  # More AP NBA: https://...
    ),
    _agency("afp", "afp, agence france-presse", photo_credits=("AFP",)),
    _agency("bloomberg", "bloomberg, bloomberg news", contact_lines=("To contact the",)),
    _agency("getty images", "", photo_credits=("Getty Images",)),  # a photo agency: no dateline names it
    _agency("dow jones", "dow jones, dow jones newswires"),
    _agency("upi", "upi, united press international"),
    _agency("xinhua", "xinhua, xinhua news agency"),
    _agency("kyodo", "kyodo, kyodo news"),
    _agency("jiji", "jiji, jiji press"),
    _agency("yonhap", "yonhap, yonhap news agency"),
    _agency("tass", "tass, itar-tass, tass news agency"),
    _agency("ria", "ria, ria novosti"),
    _agency("pti", "pti, press trust of india"),
    _agency("aap", "aap, australian associated press"),
    _agency("anadolu", "anadolu, anadolu agency, aa"),
    _agency("cp", "cp, the canadian press, canadian press"),
    _agency("cnn", "cnn, cnn business"),
    *(
        _agency(key)
        for key in (
            "interfax", "dpa", "ansa", "efe", "ani", "cnbc", "bbc", "marketwatch", "mt newswires", "variety",
            "the hollywood reporter", "deadline", "bernama", "ians", "sputnik", "nzpa", "apa", "anp", "belga",
            "pap", "mti", "ctk", "hina", "bta", "ana", "irna", "mena", "wam", "spa", "qna", "kuna", "petra",
            "sana", "antara", "vna", "europa press", "lusa", "agencia brasil", "notimex", "telam", "nhk",
            # two agencies in one dateline
            "ap-dow jones", "efe-dpa", "kyodo-jiji", "xinhua-afp", "afp-jiji",
        )
    ),
)


def agency_names(rows: Iterable[Agency]) -> frozenset[str]:
    """Every name of the agencies of ``rows``, lower-case."""
    return frozenset(name for row in rows for name in row.names)


#: Agencies printed in a dateline's parentheses, compared case-insensitively.
AGENCIES: Final[frozenset[str]] = agency_names(AGENCY_ROWS)

#: Press-release wires, printed without parentheses ("--(BUSINESS WIRE)--",
#: "/ ACCESSWIRE /", "/PRNewswire/").
WIRE_SERVICES: Final[frozenset[str]] = frozenset(
    {
        "business wire", "businesswire", "pr newswire", "prnewswire", "prnewswire-firstcall",
        "prnewswire-usnewswire", "globe newswire", "globenewswire", "accesswire",
        "marketwire", "marketwired", "newsfile", "ein presswire", "canada newswire",
        "cnw", "newswire", "prweb",
    }
)

#: The outlets that may follow or replace the names in a byline, but for the
#: agencies' names ("By Reuters Staff", "By Staff Reports"); with them, the
#: outlets a lexicon's bylines know (:attr:`~newsmodel.lexicon.Lexicon.byline_outlets`).
STAFF_OUTLETS: Final[frozenset[str]] = frozenset(
    {"reuters staff", "staff", "the associated press staff", "afp staff", "bloomberg staff", "staff reports",
     "staff report", "news services", "wire services"}
)

#: The last words of an outlet's name ("Fox News", "Hill Gazette", "Yahoo Finance"),
#: which end no personal name (not "Post", "Daily" or "Ledger", which do); a byline
#: segment ending in one is an outlet.
OUTLET_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "news", "newspaper", "newspapers", "press", "journal", "gazette", "herald", "tribune",
        "magazine", "media", "network", "radio", "tv", "television", "online", "weekly",
        "telegraph", "chronicle", "observer", "newswire", "newswires", "insider", "today",
        "examiner", "inquirer", "courier", "dispatch", "bulletin", "register", "sentinel",
        "enquirer", "monitor", "finance", "business", "times", "review", "digest",
        "broadcasting", "newsroom", "channel", "report", "reports", "sport", "sports", "wire",
    }
)
