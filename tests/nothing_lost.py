"""The nothing-lost check: every word of wire copy lands in some field of its Article.

The fields are read back through ``format_article``, so that the fixed wire
furniture it writes ("By", "Reporting by", "(Reuters)", the dash) counts as
kept. Furniture that the model keeps in a normal form is compared in that
form: a month as its number (misspelt too), a role as its slug ("Reported" and "reporing"
are "reporting"), a day without its leading zero or ordinal ending ("2nd"), a list's "and", the
"with" before a role, the "at" or "from" before an outlet, the labels
"Keywords:" and "contributed to this report/story".
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from newsmodel import Article, format_article
from newsmodel.credits import role_slug
from newsmodel.dateline import month_number

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]++")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")  # "NaiduEditing": two words glued
_FURNITURE = regex.compile(
    r"""(?i)
    (?<![\p{L}\p{N}])Keywords?[ ]*+:                                  # the keywords label
    | \b(?:also[ ])?contributed[ ]to[ ]this[ ](?:report|story|article)\b  # AP's credit sentence
    | \bwith(?=[ ]++(?:additional|further|reporting|writing|editing)\b)  # (With additional reporting by
    | &(?:mdash|ndash|\#(?:151|150|821[123]|x9[67]|x201[345]));        # a dash as an HTML entity
    | \band\b | &                                                      # a list's last separator
    """,
    regex.VERBOSE,
)
_SAME = {"at": "of", "from": "of"}
_ORDINAL = regex.compile(r"(\d{1,2})(?:st|nd|rd|th)")  # "Ann Lee at IFR" is written back "Ann Lee of IFR"


@functools.lru_cache(maxsize=65536)
def _canonical(word: str) -> str:
    folded = word.casefold()
    if folded.isdecimal():
        return str(int(folded))
    ordinal = _ORDINAL.fullmatch(folded)
    if ordinal is not None:  # "2nd" in a date is written back "2"
        return str(int(ordinal[1]))
    if folded in _SAME:
        return _SAME[folded]
    month = month_number(folded)
    if month is not None:  # "Apri" and "Macrh" are written back as months
        return f"month {month}"
    return role_slug(folded)  # "Reported", "reporing" and "Reporting" are one role word


def tokens(text: str, *, wordless_lines_only: bool) -> Counter[str]:
    """Words, and the chunks of lines that hold no word (a punctuation line counts)."""
    words = _FURNITURE.sub(" ", _CAMEL.sub(" ", text))
    found: Counter[str] = Counter(_canonical(w) for w in _WORD.findall(words))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as the parser reads lines
    for line in lines if wordless_lines_only else [text]:
        for chunk in line.split():
            if not _WORD.search(chunk) and (not wordless_lines_only or not _WORD.search(line)):
                found[chunk] += 1
    return found


def lost_words(text: str, article: Article) -> Counter[str]:
    """The words (and punctuation lines) of ``text`` that no field of ``article`` holds."""
    kept = tokens(format_article(article), wordless_lines_only=False)
    return tokens(text.replace("\ufeff", ""), wordless_lines_only=True) - kept
