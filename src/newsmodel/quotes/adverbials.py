"""Part of stage 4 (:mod:`newsmodel.quotes.events`): what may stand between a
subject and its verb of saying, a phrase of time ("Lee last month declared") or a
short phrase with a preposition ("Lee in a speech called").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("Ann Lee in a speech called it a disgrace.",))
>>> narration.words[subject_end(narration, read_entities(narration), 5, 0)]
'Lee'
"""

from __future__ import annotations

from ..lexicon.sources import PHRASE_BREAKS, TIME_PHRASE_WORDS, TIME_WORDS
from .entities import Discourse
from .tokens import Narration

__all__ = ["subject_end"]

_TIME_REACH = 4  # tokens of a phrase of time between a subject and its verb
_PHRASE_REACH = 5  # tokens of a phrase with a preposition there: "in her first speech"
_PREPOSITIONS = frozenset({"in", "at", "during", "through", "via"})
# what a clause's subject may follow: "..., Lee in a speech called", "when Lee in a speech called"
_CLAUSE_OPENERS = frozenset({",", ";", "when", "that", "and", "but", "while", "because", "if", "although", "though"})


def subject_end(narration: Narration, discourse: Discourse, index: int, lo: int) -> int:
    """The last token of the name that a phrase of time or with a preposition ending at
    token ``index`` follows ("Lee at the time", "Lee last month", "Lee in a speech"),
    else ``index``."""
    words = narration.words
    dated = words[index].isdigit() and index - 1 > lo and words[index - 1].lower() in TIME_WORDS  # "on April 1"
    if dated or words[index].lower() in TIME_WORDS:
        start = index - 1 if dated else index
        while start - 1 >= lo and index - start < _TIME_REACH and words[start - 1].lower() in TIME_PHRASE_WORDS:
            start -= 1
        named = (start - 1) in discourse.ending or words[start - 1] == ")"  # "Acme (ACME) on Monday said"
        return start - 1 if start - 1 >= lo and start <= index and named else index
    if not words[index].islower() or index in discourse.ending or words[index] in PHRASE_BREAKS:
        return index
    for start in range(index - 1, max(lo, index - _PHRASE_REACH) - 1, -1):
        word = words[start]
        if word in _PREPOSITIONS:
            name = discourse.ending.get(start - 1)
            if name is None or name.kind not in ("person", "organisation"):
                return index
            opens = name.first == lo or words[name.first - 1] in _CLAUSE_OPENERS
            return start - 1 if opens else index  # not "Lee told CNN in an interview when asked"
        if not word.islower():
            return index  # "Lee, in turn, said"; "Acme in Ohio said"
    return index
