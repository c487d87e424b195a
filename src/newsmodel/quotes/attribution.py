"""The attribution sieves: each finds a quotation's source by one pattern.

Every rule takes the story, the attributions so far and a quotation's
index, and returns the quotation's attribution where its pattern holds.
Their order, highest precision first, is :data:`newsmodel.quotes.SIEVES`.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from ..lexicon.verbs import COGNITION_VERBS, DESCRIBING_VERBS, PARTICIPLES, REPORTING_VERBS
from .events import Event, Source
from .resolve import Attribution, Story
from .spans import is_mask

__all__ = [
    "according_to",
    "colon",
    "continuation",
    "continuation_back",
    "conversation",
    "heading",
    "leading",
    "previous_speech",
    "sentence_cue",
    "sentence_subject_cue",
    "split",
    "term",
    "title",
    "trailing",
]

_DASHES = frozenset({",", "--", "—", "–", "-"})
_JOINS = frozenset({",", ":", "--", "—", "–", "-", ";"})
_STOPS = frozenset({".", "?", "!"})
_SPEECH = REPORTING_VERBS | DESCRIBING_VERBS
_IN_SENTENCE = _SPEECH | PARTICIPLES
_TRAIL_REACH = 16  # tokens from a quotation to the verb of its trailing attribution
_LEAD_REACH = 14  # tokens from the verb of a leading attribution to its quotation
_CLAUSE_REACH = 8  # tokens of an attribution's close ("said on Monday in Paris")
_INTRODUCERS = frozenset({":", "--", "—", "–"})
_ENDS = _STOPS | _JOINS
_PHRASE_ENDS = _ENDS | {"that"}
_ADDRESSEES = frozenset({"reporters", "journalists", "lawmakers", "investors", "analysts", "supporters"})
_ADVERBIAL = frozenset({"in", "on", "at", "about", "of", "during", "after", "before", "to", "from", "with", "by",
                        "via", "late", "earlier", "later", "when", "while", "as", "outside", "inside", "through"})
_PARTIAL_WORDS = 12  # the most words of a quotation read as partial
_TERM_WORDS = 2  # the most words of a quotation that may as well be a term
_SPEECH_REACH = 300  # tokens back from a quotation standing alone to the speech it goes on


def _made(event: Event, found_by: str, through: int = -1) -> Attribution:
    return Attribution(source=event.source, cue=event.verb, found_by=found_by, through=through)


def _clause_end(story: Story, start: int, end: int) -> int:
    """The last token of an attribution's clause, before a comma, a quotation or a stop."""
    words = story.narration.words
    index = start
    while index + 1 < end and index + 1 - start <= _CLAUSE_REACH:
        following = words[index + 1]
        if following in _JOINS or following in _STOPS or is_mask(following):
            break
        index += 1
    return index


def _paragraph_end(story: Story, token: int) -> int:
    narration = story.narration
    return narration.paragraph_first[narration.paragraph_of(token) + 1]


_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "on", "in", "for", "to", "at", "&", "with", "by"})


_TERM_MARKERS = frozenset({"so-called", "titled", "entitled", "term", "word", "phrase", "slogan", "motto",
                           "hashtag", "headline", "label", "nickname", "banner"})
_PASSIVE_NAMING = frozenset({"dubbed", "nicknamed", "called", "named", "known", "branded", "labelled", "labeled"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "also", "widely", "often", "sometimes"})


def term(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A term in quotation marks: after "so-called", "the term", "titled", or a
    passive naming ("was dubbed", "known as"); nobody's speech."""
    narration = story.narration
    words = narration.words
    quote = narration.quotes[index]
    lo, _ = narration.sentence_of(quote)
    before = words[quote - 1] if quote > lo else ""
    if before == "as" and quote - 2 >= lo and words[quote - 2] in _PASSIVE_NAMING:
        before, quote = words[quote - 2], quote - 1
    if before in _TERM_MARKERS or (before in _PASSIVE_NAMING and quote - 2 >= lo and words[quote - 2] in _BE):
        return Attribution(source=Source(first=-1, last=-1, kind="term"), found_by="term")
    return None


def title(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A title or a name in quotation marks ("Good Morning America", a new "Gold"
    service): every word capitalised and no sentence's punctuation at its end.
    The quotation is nobody's speech: it is claimed with no source to name."""
    quoted = story.quoted(index)
    words = quoted.split()
    if len(quoted) <= 3 and not any(c.islower() for c in quoted):
        return Attribution(source=Source(first=-1, last=-1, kind="title"), found_by="title")  # a rating, "A"
    if not words or len(words) > 8 or words[-1][-1:] in ",?!:;":
        return None
    if words[-1][-1:] == "." and len(words) > 1 and words[-1].count(".") == 1:
        return None  # "We won." is a sentence; "E.T." and "Sled Dogs" are titles
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words):
        return None
    if len(words) == 1 and words[0].count(".") < 2:
        return None  # "Remain", "Absolutely.": a word may be a title or a reply
    return Attribution(source=Source(first=-1, last=-1, kind="title"), found_by="title")


def _heading_start(story: Story, quote: int) -> int:
    """Where the words in capitals before a quotation begin, after its sentence's
    start or the quotation before it, or -1 where a lower-case word stands between."""
    narration = story.narration
    words = narration.words
    floor = narration.sentence_of(quote)[0]
    index = quote - 1
    while index >= floor and not narration.is_quote(index):
        if any(c.islower() for c in words[index]):
            return index + 1 if words[index + 1] == ":" and index + 2 < quote else -1  # "... investors: ANN LEE"
        index -= 1
    return index + 1


def heading(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A speaker's heading in capitals over a quotation: "ANN LEE, ECONOMIST, ACME,
    NEW YORK: "..."", "ANN LEE: "..."", "LEE ON RATES:": the name before the first
    comma or "ON", after any label ("COMMENTS:") before it."""
    narration = story.narration
    words = narration.words
    quote = narration.quotes[index]
    start = _heading_start(story, quote)
    if start < 0 or start >= quote:
        return None
    block = list(words[start:quote])
    while ":" in block[:-1]:
        cut = block.index(":") + 1
        block, start = block[cut:], start + cut
    name = []
    for word in block:
        if word in (",", ":", "ON"):
            break
        name.append(word)
    following = block[len(name)] if len(name) < len(block) else ""
    if not following or not 1 <= len(name) <= 4 or not all(w[:1].isalpha() or w == "." for w in name):
        return None  # a heading names its speaker before a comma, a colon or "ON"
    if following == ":" and len(block) > len(name) + 1:
        return None
    source = Source(first=start, last=start + len(name), kind="name", name=" ".join(name).replace(" .", "."))
    return Attribution(source=source, found_by="heading")


def trailing(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," said Ann Lee / "...," Ann Lee said / "...," Lee, an analyst at X, said / "...," she told Reuters.

    After a quotation that ends its sentence, the words that follow count as
    its attribution only where they say no more ("We won." Lee said.), not
    where they open a sentence of their own ("We won." Lee said on Monday
    that ...); and a quotation after a colon is left to its leading attribution.
    """
    narration = story.narration
    words = narration.words
    quote = narration.quotes[index]
    end = _paragraph_end(story, quote)
    token = quote + 1
    ended = token < end and words[token] in _STOPS
    if ended:
        if quote > 0 and words[quote - 1] == ":":
            return None
        token += 1  # "We will win." Ann Lee said.
    while token < end and words[token] in _DASHES and token - quote <= 2:
        token += 1
    event = story.event_at.get(token)
    if event is not None and event.inverted and event.verb in _SPEECH:
        through = _clause_end(story, max(token, event.source.last - 1), end)
        bare = not ended or _says_no_more(story, event.source.last - 1)
        return _made(event, "trailing", through) if bare else None
    for event in story.events_between(token, min(end, token + _TRAIL_REACH)):
        if not event.inverted and event.source.first == token and event.verb in _SPEECH:
            through = _clause_end(story, event.cue, end)
            bare = not ended or _says_no_more(story, event.cue)
            return _made(event, "trailing", through) if bare else None
        break
    return None


def _says_no_more(story: Story, last: int) -> bool:
    """Whether an attribution whose verb or source ends at token ``last`` says no
    more than who spoke: it ends at a stop, a comma or a quotation, or goes on
    with a phrase of time, place or manner ("Lee said on Monday", "Lee said
    about the plan") or the one spoken to ("Lee told Reuters"), not with a
    clause of its own ("Lee said the company would ...")."""
    words = story.narration.words
    following = last + 1
    if following < len(words) and (words[following][:1].isupper() or words[following] in _ADDRESSEES):
        following += 1  # "told Reuters", "told reporters"
    if following < len(words) and words[following] in _ADVERBIAL:
        while following - last <= _CLAUSE_REACH and following < len(words) and words[following] not in _PHRASE_ENDS:
            following += 1  # "on Monday", "in a follow-up statement"
    return following >= len(words) or words[following] in _ENDS or is_mask(words[following])


def leading(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said: "..." / Lee told reporters, "..." / In a statement, the ministry said: "..."."""
    narration = story.narration
    words = narration.words
    quote = narration.quotes[index]
    lo, _ = narration.sentence_of(quote)
    if quote - 1 < lo or words[quote - 1] not in (":", ","):
        return None
    for event in reversed(story.events_between(max(lo, quote - _LEAD_REACH), quote)):
        between = words[event.cue + 1 : quote]
        if any(is_mask(w) for w in between) or event.verb not in REPORTING_VERBS:
            return None
        return _made(event, "leading")
    return None


def split(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"We will win," Ann Lee said, "and we will grow.": the second part shares the attribution."""
    if index == 0:
        return None
    previous = found[index - 1]
    quote = story.narration.quotes[index]
    if previous.source is None or previous.found_by != "trailing" or previous.through < 0:
        return None
    between = story.narration.words[previous.through + 1 : quote]
    if all(w in _JOINS for w in between) and previous.through < quote:
        return evolve(previous, found_by="split", speaker=None, rule=None)
    return None


def according_to(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," according to Ann Lee / According to the ministry, prices "will fall"."""
    narration = story.narration
    lo, hi = narration.sentence_of(narration.quotes[index])
    for event in story.events_between(lo, hi):
        if event.verb == "according to":
            return _made(event, "according-to")
    return None


def sentence_cue(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said the plan was "a disaster" / the ministry dismissed it as "absurd"."""
    narration = story.narration
    quote = narration.quotes[index]
    lo, hi = narration.sentence_of(quote)
    for event in reversed(story.events_between(lo, quote)):
        if event.verb in _IN_SENTENCE:
            return _made(event, "sentence-cue")
    for event in story.events_between(quote + 1, hi):
        if event.verb in _SPEECH:
            return _made(event, "sentence-cue")
    return None


def _quote_between(story: Story, first: int, last: int) -> bool:
    return any(is_mask(w) for w in story.narration.words[first + 1 : last])


def continuation(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A quotation that goes on from the paragraph before shares its source."""
    if index == 0 or not story.spans[index].continues or found[index - 1].source is None:
        return None
    return evolve(found[index - 1], found_by="continuation", through=-1, speaker=None, rule=None)


def continuation_back(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A quotation whose next paragraph goes on its words shares that paragraph's source."""
    if index + 1 >= len(found) or not story.spans[index + 1].continues or found[index + 1].source is None:
        return None
    return evolve(found[index + 1], found_by="continuation", through=-1, speaker=None, rule=None)


def _stands_alone(story: Story, index: int) -> bool:
    """Whether a quotation's sentence holds no narration of its own."""
    narration = story.narration
    lo, hi = narration.sentence_of(narration.quotes[index])
    return not any(w[:1].isalnum() for w in narration.words[lo:hi])


def previous_speech(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said the deal was fair. "We are happy." — a quotation standing alone takes
    the last speech event before it, in its paragraph or the one before, since the last quotation."""
    if not _stands_alone(story, index):
        return None
    narration = story.narration
    quote = narration.quotes[index]
    floor = narration.paragraph_first[max(0, narration.paragraph_of(quote) - 1)]
    floor = max(floor, quote - _SPEECH_REACH)
    if index > 0:
        floor = max(floor, narration.quotes[index - 1] + 1)
    for event in reversed(story.events_between(floor, quote)):
        if (event.verb in REPORTING_VERBS or event.verb in PARTICIPLES) and event.source.kind != "unnamed":
            return _made(event, "previous-speech")
    return None


def conversation(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," Ann Lee said. "..." — a quotation standing alone after a quotation of its
    paragraph or the one before, with no other speech between, shares its source."""
    if index == 0 or found[index - 1].source is None or not _stands_alone(story, index):
        return None
    narration = story.narration
    quote, previous = narration.quotes[index], narration.quotes[index - 1]
    if narration.paragraph_of(previous) < narration.paragraph_of(quote) - 1:
        return None
    return evolve(found[index - 1], found_by="conversation", through=-1, speaker=None, rule=None)


def sentence_subject_cue(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee believes the plan is "a mistake" / Acme requires users to keep their
    hands on the wheel "at all times": a short quotation inside a sentence whose
    named subject thinks, judges or acts with the quoted words."""
    narration = story.narration
    quote = narration.quotes[index]
    lo, _ = narration.sentence_of(quote)
    if quote == lo or not _TERM_WORDS < len(story.quoted(index).split()) <= _PARTIAL_WORDS:
        return None  # one or two words are as often a term as anybody's words
    subject = story.subject_at(lo)
    if subject is None or subject.kind not in ("name", "pronoun") or subject.last > quote:
        return None
    cues = [e for e in story.events_between(lo, quote) if e.verb in COGNITION_VERBS]
    return Attribution(source=subject, cue=cues[-1].verb if cues else None, found_by="sentence-subject")


def colon(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee made her case: "..." / Rep. Ann Lee (D-Calif.): "..." / Lee's letter ends -- "...":
    a quotation after a colon or a dash is the words of its sentence's subject."""
    narration = story.narration
    words = narration.words
    quote = narration.quotes[index]
    lo, _ = narration.sentence_of(quote)
    if quote - 1 <= lo or words[quote - 1] not in _INTRODUCERS:
        return None
    subject = story.subject_at(lo)
    if subject is None or subject.kind in ("unnamed", "title", "term") or subject.last > quote:
        return None
    named = story.discourse.ending.get(subject.last - 1) if subject.kind == "name" else None
    if named is not None and named.kind == "opener":
        return None  # "Keywords:", "Update:": a label, not a speaker
    return Attribution(source=subject, cue=None, found_by="colon")
