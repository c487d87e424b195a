"""The data the parsers need, kept apart from the algorithms.

Each module holds immutable, typed tables: agencies, months, credit roles,
reporting verbs and the words that mark titles and organisations. Verbs and
agencies are rows (:mod:`newsmodel.lexicon.rows`); a :class:`Lexicon` holds
the rows the parsers read by, and a user extends it without editing the
package:

>>> from newsmodel.lexicon import Lexicon
>>> Lexicon.default().with_titles("harbourmaster").job_titles >= Lexicon.default().job_titles
True
"""

from ._lexicon import Lexicon
from .rows import Agency, Verb, VerbKind

__all__ = ["Agency", "Lexicon", "Verb", "VerbKind"]
