"""The rows of the lexicon: one verb of saying, one agency with its house style.

A row is keyed by its name and its language, so that the words of another
language can be added as rows of their own.

>>> Verb(lemma="say", kind="reporting", forms=frozenset({"say", "says", "said"})).key
('say', 'reporting', 'en')
>>> Agency(key="acme", names=frozenset({"acme"}), sign_offs=("ACME",)).sign_offs
('ACME',)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal, get_args

from attrs import field, frozen
from attrs.validators import in_

__all__ = ["VERB_KINDS", "Agency", "Verb", "VerbKind"]

#: The role a verb plays in tying quoted words to a speaker:
#:
#: - ``reporting``: saying ("said", "told", "says")
#: - ``adjacent``: the manner of speaking, or saying with other senses ("mumbled",
#:   "charged"): a cue only beside its quotation
#: - ``describing``: labelling or judging words ("dismissed as", "called it")
#: - ``cognition``: thinking, wanting, judging ("believes"): a cue for a short
#:   quotation in its own sentence
#: - ``intransitive``: speaking without words of its own ("Lee spoke to reporters")
#: - ``quoting``: its object is the speaker before "as" and a participle ("quoted Lee as saying")
#: - ``refusing``: a verb of saying after it is no speech ("declined to comment")
#: - ``asking``: in the passive its subject is the one who answers ("Cole was asked")
VerbKind = Literal["reporting", "adjacent", "describing", "cognition", "intransitive", "quoting", "refusing", "asking"]
#: The roles, as a set: ``VERB_KINDS`` holds every value of :data:`VerbKind`.
VERB_KINDS: Final[frozenset[str]] = frozenset(get_args(VerbKind))


def words(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space."""
    return frozenset(text.split())


def _set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)


def _tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Verb:
    """One verb in one role, with every form the role takes.

    ``forms`` are the forms that play the role ("say says said");
    ``inverted`` those that stand before their subject ("..., said Lee");
    ``participles`` those that carry their sentence's subject ("..., saying");
    ``nouns`` the forms that are as often nouns ("a Twitter comment").
    A verb with two roles ("ask": saying, and asking in the passive) has a
    row for each.
    """

    lemma: str
    kind: VerbKind = field(validator=in_(VERB_KINDS))
    forms: frozenset[str] = field(converter=_set)
    inverted: frozenset[str] = field(default=frozenset(), converter=_set)
    participles: frozenset[str] = field(default=frozenset(), converter=_set)
    nouns: frozenset[str] = field(default=frozenset(), converter=_set)
    language: str = "en"

    @property
    def key(self) -> tuple[str, str, str]:
        """What tells this row from the others: lemma, role and language."""
        return self.lemma, self.kind, self.language


@frozen(kw_only=True)
class Agency:
    """A news agency and its house style, each form as printed.

    ``names``: how datelines, bylines and credits name it, lower-case
    ("reuters", "the associated press"); ``photo_credits``: what stands before
    the photographer's name in a caption's credit ("REUTERS" in
    "REUTERS/Ann Lee", "AP Photo"); ``sign_offs``: the line alone that ends its
    copy ("REUTERS"); ``messaging``: the label of its reporters' messaging
    addresses ("Reuters Messaging"); ``copyright``: the opening words of its
    copyright and republication lines ("Republication or redistribution");
    ``link_lines``: the opening of a line of links by topic ("More AP" in
    "More AP NBA: https://..."); ``contact_lines``: the opening of its contact
    lines ("To contact the" in "To contact the reporter on this story: ...").
    """

    key: str
    names: frozenset[str] = field(converter=_set)
    photo_credits: tuple[str, ...] = field(default=(), converter=_tuple)
    sign_offs: tuple[str, ...] = field(default=(), converter=_tuple)
    messaging: tuple[str, ...] = field(default=(), converter=_tuple)
    copyright: tuple[str, ...] = field(default=(), converter=_tuple)
    link_lines: tuple[str, ...] = field(default=(), converter=_tuple)
    contact_lines: tuple[str, ...] = field(default=(), converter=_tuple)
    language: str = "en"
