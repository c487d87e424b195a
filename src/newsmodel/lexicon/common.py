"""Common words that stand capitalised at a sentence's start but are no names."""

from __future__ import annotations

from typing import Final

__all__ = ["LINKING_ADVERBS", "NOT_NAMES"]

#: Lower-case forms of words that open a sentence or a capital run without
#: being part of a name ("The", "But Lue", "Among Denard Span", "Nov").
NOT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "the", "a", "an", "but", "and", "in", "on", "at",
        "it", "this", "that", "he", "she", "they", "we", "i", "there", "while", "as", "if",
        "when", "after", "before", "last", "earlier", "later", "so", "yet", "still", "also",
        "his", "her", "their", "its", "our", "my", "one", "some", "many", "most", "both",
        "among", "for", "with", "from", "by", "to", "of", "like", "unlike", "despite", "until",
        "since", "during", "asked", "although", "though", "because", "meanwhile", "however",
        "now", "then", "here", "what", "who", "why", "how", "where", "instead", "even",
        "should", "would", "could", "will", "can", "might", "must", "did", "does",
        "do", "is", "are", "was", "were", "has", "have", "had", "not", "no", "every", "each",
        "all", "any", "these", "those", "such", "only", "just", "thus", "yes", "oh", "well",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "neither", "either", "against", "toward", "towards", "amid", "whether", "unless", "whose", "which",
        "whom", "another", "several", "perhaps", "maybe",
    }
)

#: Adverbs that link a sentence to the one before ("Likewise, ...", "Still, ..."):
#: capitalised at a sentence's start, they open a phrase, never a subject.
LINKING_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "likewise", "moreover", "however", "meanwhile", "still", "yet", "also", "instead",
        "nevertheless", "nonetheless", "furthermore", "additionally", "similarly", "separately",
        "overall", "indeed", "besides", "otherwise", "thus", "hence", "therefore", "consequently",
        "accordingly", "finally", "first", "second", "third", "lastly", "later", "earlier", "now",
        "then", "today", "yesterday", "again", "altogether", "anyway", "regardless", "conversely",
    }
)
