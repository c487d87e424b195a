"""The sieve of a name set after a quotation with no verb of its own.

Market reports print a quoted comment, then who made it, with no verb:
""Shares will fall," Ann Lee, an analyst at Acme." The name must be a
person's, followed by a role that ends the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase
from ..tokens import STOPS
from ..words import is_role_word

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_ROLE_REACH = 16  # tokens of the role after the name, to the sentence's stop


def verbless(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," Ann Lee, an analyst at Acme. -- a person named after a quotation and a
    comma, with a role and no verb after the name, to the end of the sentence."""
    narration = evidence.narration
    words = narration.words
    token = narration.quotes[index] + 1
    if token + 1 >= len(words) or words[token] != ",":
        return None
    person = evidence.discourse.starting.get(token + 1)
    if person is None or person.kind != "person" or person.last >= len(words) or words[person.last] != ",":
        return None
    _, hi = evidence.sentences[index]
    role = words[person.last + 1 : min(hi, person.last + 1 + _ROLE_REACH)]
    if not role or role[-1] not in STOPS or evidence.events_between(person.last, hi):
        return None  # the sentence goes on to a verb of its own
    if not any(is_role_word(w, narration.vocabulary.roles) for w in role):
        return None
    source = SourcePhrase(first=person.first, last=person.last, kind="name", name=person.name)
    return Attribution(source=source)
