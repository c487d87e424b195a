"""News agencies and wires, as they stand in datelines, bylines and trailers."""

from __future__ import annotations

from typing import Final

__all__ = ["AGENCIES", "BYLINE_OUTLETS", "OUTLET_NOUNS", "WIRE_SERVICES"]

#: Agencies printed in a dateline's parentheses, compared case-insensitively.
AGENCIES: Final[frozenset[str]] = frozenset(
    {
        "reuters", "reuter", "reuters/ifr", "ifr", "reuters breakingviews", "breakingviews",
        "ap", "the associated press", "associated press", "afp", "agence france-presse",
        "bloomberg", "bloomberg news", "dow jones", "upi", "xinhua", "kyodo", "yonhap",
        "tass", "itar-tass", "interfax", "dpa", "ansa", "efe", "pti", "ani", "cnn",
        "cnbc", "bbc", "marketwatch", "mt newswires", "thomson reuters foundation",
        "reuters health", "variety", "the hollywood reporter", "deadline",
        "aap", "australian associated press", "cnn business", "kyodo news", "jiji", "jiji press",
        "yonhap news agency", "xinhua news agency", "anadolu", "anadolu agency", "aa", "bernama",
        "ians", "press trust of india", "united press international", "ria", "ria novosti",
        "sputnik", "tass news agency", "ap-dow jones", "cp", "the canadian press", "canadian press",
        "nzpa", "efe-dpa", "apa", "anp", "belga", "pap", "mti", "ctk", "hina", "bta", "ana", "irna",
        "mena", "wam", "spa", "qna", "kuna", "petra", "sana", "antara", "vna", "kyodo-jiji",
        "europa press", "lusa", "agencia brasil", "notimex", "telam", "xinhua-afp", "afp-jiji",
        "nhk", "ap photo", "dow jones newswires",
    }
)

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

#: Outlets that may follow or replace the names in a byline
#: ("By JOSH BOAK, Associated Press", "By Reuters Staff").
BYLINE_OUTLETS: Final[frozenset[str]] = AGENCIES | frozenset(
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
