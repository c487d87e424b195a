"""The sieves of speakers' headings: a name in capitals over a quotation, and
the block of quotations under it.

ANN LEE, ECONOMIST, ACME, NEW YORK: "..." / ANN LEE AT ACME: (a paragraph of
its own) / "..." / On rates: / "...".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase
from .discourse import lead_in, stands_alone

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_HEADING_BREAKS = frozenset({",", ":", "ON", "AT"})  # ANN LEE, ECONOMIST / LEE ON RATES / ANN LEE AT ACME


def _heading_start(evidence: Evidence, index: int, quote: int) -> int:
    """Where the words in capitals before a quotation (or its lead-in, at ``quote``)
    begin, after its sentence's start or the quotation before it, or -1 where a
    lower-case word stands between. A quotation that opens its paragraph reads the
    paragraph before, where that one ends with a colon ("ANN LEE AT ACME:" over it)."""
    narration = evidence.narration
    words = narration.words
    floor = min(evidence.sentences[index][0], quote)
    paragraph = narration.paragraph_of(quote)
    if quote == narration.paragraph_first[paragraph] and paragraph > 0 and words[quote - 1] == ":":
        floor = narration.paragraph_first[paragraph - 1]
    at = quote - 1
    while at >= floor and not narration.is_quote(at):
        if any(c.islower() for c in words[at]):
            return at + 1 if words[at + 1] == ":" and at + 2 < quote else -1  # "... investors: ANN LEE"
        at -= 1
    return at + 1


def heading(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A speaker's heading in capitals over a quotation: "ANN LEE, ECONOMIST, ACME,
    NEW YORK: "..."", "ANN LEE: "..."", "LEE ON RATES:", "ANN LEE AT ACME:" (also as a
    paragraph of its own over the quotation's): the name before the first comma,
    "ON" or "AT", after any label ("COMMENTS:") before it."""
    narration = evidence.narration
    words = narration.words
    quote = lead_in(evidence, index)
    start = _heading_start(evidence, index, quote)
    if start < 0 or start >= quote:
        return None
    block = list(words[start:quote])
    while ":" in block[:-1]:
        cut = block.index(":") + 1
        block, start = block[cut:], start + cut
    name = []
    for word in block:
        if word in _HEADING_BREAKS:
            break
        name.append(word)
    following = block[len(name)] if len(name) < len(block) else ""
    if "/" in name:  # "Keywords: MARKETS/REAX ANN LEE, ...": a slug's words run into the name
        slug = len(name) - name[::-1].index("/")
        name, start = name[slug + 1 :], start + slug + 1
    titled = narration.vocabulary.titled
    while len(name) > 2 and name[-1].casefold() in titled:
        name.pop()  # "MARK LEE PRESIDENT, ACME:": a title set after the name with no comma
    if not following or not 1 <= len(name) <= 4 or not all(w[:1].isalpha() or w == "." for w in name):
        return None  # a heading names its speaker before a comma, a colon, "ON" or "AT"
    if start < narration.paragraph_first[narration.paragraph_of(quote)] and following == ":" and len(name) == 1:
        return None  # "COMMENTS:" alone over a quotation's paragraph is a label, not a speaker
    if following == ":" and len(block) > len(name) + 1:
        return None
    source = SourcePhrase(first=start, last=start + len(name), kind="name", name=" ".join(name).replace(" .", "."))
    return Attribution(source=source)


_BLOCK_PARAGRAPHS = 3  # paragraphs a speaker's block may reach past its heading's quotation
_CHAIN_REACH = 24  # quotations looked back at for the heading a block's source came from
_PASSED_ON = frozenset({"heading", "speaker-block", "conversation", "continuation"})


def speaker_block(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """ANN LEE, ECONOMIST: / "..." / On rates: / "..." -- a quotation that opens its
    paragraph and stands alone, in the block under a speaker's heading (lead-ins
    and narration between, but no other speech), shares the heading's source."""
    if index == 0 or not _under_heading(found, index - 1):
        return None
    narration = evidence.narration
    previous, quote, lead = narration.quotes[index - 1], narration.quotes[index], lead_in(evidence, index)
    if lead == quote and not stands_alone(evidence, index):
        return None
    paragraph = narration.paragraph_of(quote)
    opens = narration.paragraph_first[paragraph]
    if lead == quote and quote != opens:
        return None  # a quotation in a paragraph's narration has an attribution of its own
    if lead < quote and lead != opens and previous < opens:
        return None  # a lead-in opens its paragraph, or follows the block's quotation in it
    if paragraph - narration.paragraph_of(previous) > _BLOCK_PARAGRAPHS:
        return None
    if any(e.source.kind != "pronoun" for e in evidence.events_between(previous + 1, quote)):
        return None  # someone else speaks between ("she spoke about jobs" goes on the block)
    return found[index - 1]._replace(through=-1)


def _under_heading(found: Sequence[Attribution], index: int) -> bool:
    """Whether quotation ``index`` has the source of a heading, found there or passed
    on to it through the quotations that went on from it."""
    source = found[index].source
    for earlier in range(index, max(-1, index - _CHAIN_REACH), -1):
        if found[earlier].source != source or found[earlier].found_by not in _PASSED_ON:
            return False
        if found[earlier].found_by in ("heading", "speaker-block"):
            return True
    return False
