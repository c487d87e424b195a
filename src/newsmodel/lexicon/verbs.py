"""Reporting verbs: the cue words that tie quoted words to a speaker."""

from __future__ import annotations

from typing import Final

__all__ = ["DESCRIBING_VERBS", "INVERTED_VERBS", "PARTICIPLES", "REPORTING_VERBS"]

#: Verbs of saying, in the forms that attribute a quotation ("said", "told").
REPORTING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks",
        "stated", "states", "wrote", "writes", "noted", "notes", "explained", "explains",
        "argued", "argues", "insisted", "insists", "warned", "warns", "declared",
        "continued", "recalled", "recalls", "acknowledged", "admitted", "admits",
        "countered", "concluded", "replied", "replies", "responded", "urged", "urges",
        "commented", "remarked", "announced", "announces", "tweeted", "posted",
        "predicted", "predicts", "cautioned", "stressed", "stresses", "emphasized",
        "emphasised", "observed", "suggested", "suggests", "conceded", "complained",
        "quipped", "joked", "pointed", "testified", "claimed", "claims", "reported",
        "reiterated", "confirmed", "exclaimed", "wondered", "mused", "boasted",
        "vowed", "pledged", "promised", "promises", "maintained", "maintains",
        "contended", "contends", "estimated", "forecast",
        "believes", "thinks", "thought", "felt", "shouted",
        "screamed", "sang", "chanted", "read", "reads", "tweets", "posts", "recounted",
        "note", "warn", "argue", "add", "write", "tell", "explain", "insist", "predict",
        "quoted", "answered", "answers", "retorted", "touted", "touts",
    }
)

#: Reporting verbs that stand before their subject ("..., said Ann Lee").
#: Verbs that take an object ("told Reuters", "asked him") are not among them.
INVERTED_VERBS: Final[frozenset[str]] = frozenset(
    {
        "said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained",
        "explains", "continued", "declared", "stated", "recalled", "remarked", "commented",
        "replied", "responded", "insisted", "argued", "argues", "observed", "concluded",
        "countered", "quipped", "joked", "cautioned", "predicted", "conceded", "confirmed",
        "tweeted", "posted", "exclaimed", "mused", "reiterated", "acknowledged",
    }
)

#: Verbs that label words without a speech act ("dismissed as", "called it").
DESCRIBING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "called", "calls", "call", "described", "describes", "dismissed", "dismisses",
        "termed", "terms", "labelled", "labeled", "branded", "characterized",
        "characterised", "denounced", "hailed", "praised", "criticised", "criticized",
        "slammed", "rejected", "welcomed", "condemned", "deemed", "referred", "refers", "dubbed",
        "asserted", "asserts", "commended", "lauded", "argued",
        "denied", "denies", "accused", "blamed", "forecast", "forecasts", "projected",
    }
)

#: Participles that carry the subject of their sentence ("..., saying ...").
PARTICIPLES: Final[frozenset[str]] = frozenset(
    {
        "saying", "adding", "describing", "calling", "noting", "warning", "telling",
        "arguing", "explaining", "insisting", "stressing", "urging", "writing",
        "dismissing", "terming", "labelling", "labeling", "branding", "declaring",
        "vowing", "pledging", "promising", "claiming", "citing", "asking",
    }
)
