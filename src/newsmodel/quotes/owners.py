"""Part of stage 4 (:mod:`newsmodel.quotes.sources`): the name a description or a
document belongs to: after it ("a spokesman for Tesla", "economists at Acme", "a
court document filed by Acme"), else a possessive or a name inside it ("Tesla's
spokesman", "a Tesla spokesperson", "Acme's Model S owner's manual").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("A spokesman for Acme Corp said so.",))
>>> owner_of(narration, read_entities(narration), 1, 0, 8).name
'Acme Corp'
"""

from __future__ import annotations

from ..lexicon.sources import AUTHORING_PARTICIPLES, OWNER_PREPOSITIONS
from .entities import Discourse
from .mentions import Mention
from .tokens import Narration
from .words import POSSESSIVE_ENDINGS

__all__ = ["owner_of"]

_OWNER_REACH = 6  # words after a description's preposition where its owner's name ends


def owner_of(narration: Narration, discourse: Discourse, head: int, lo: int, hi: int) -> Mention | None:
    """The name a description belongs to: after it ("a spokesman for Tesla",
    "economists at Acme"), else a possessive or a name inside it ("Tesla's
    spokesman", "a Tesla spokesperson") that is not a place ("China economists")."""
    words = narration.words
    after = head + 1
    if after + 1 < hi and words[after] in AUTHORING_PARTICIPLES and words[after + 1] == "by":
        after += 1  # "a court document filed by state attorney Ann Lee"; "an affidavit by Ann Lee" has its author
    if after + 1 < hi and words[after] in OWNER_PREPOSITIONS:
        following = after + 1 + (words[after + 1] == "the")
        for index in range(following, min(hi, following + _OWNER_REACH)):
            if words[index] == "by" and words[index - 1] not in AUTHORING_PARTICIPLES:
                break  # "a copy of the memo seen by Reuters": who saw it did not write it
            mention = discourse.ending.get(index) or discourse.starting.get(index)  # "by Trooper James J. Henry Jr."
            if mention is not None:
                return mention
    inner = None  # the name nearest the head, unless a possessive before it owns the phrase
    for index in range(head - 1, lo - 1, -1):
        mention = discourse.ending.get(index)
        if mention is None or mention.kind == "group":
            continue  # "the British company": a people describes, it owns nothing
        if (mention.kind != "place" or mention.possessive) and words[index + 1] != ",":
            if inner is None:  # not "Dayton" in "the Dayton, Ohio-based company": a place
                inner = mention
                if not any(w.endswith(POSSESSIVE_ENDINGS) for w in words[index + 1 : head]):
                    return mention  # "Jordan's official Petra news agency": Petra names the agency
            elif mention.possessive:  # "Acme's Model S owner's manual": Acme's, not the car's
                return mention
    return inner
