"""Contact details in wire copy: the labels printed before a number or an address.

>>> bool(regex.match(PHONE_LABEL, "Tel: +1 646 223 6180")), bool(regex.match(PHONE_LABEL, "Tel Aviv"))
(True, False)
>>> bool(regex.match(MAIL_LABEL, "email Ann.Lee.reuters.com")), bool(regex.match(MAIL_LABEL, "Email marketing"))
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from .lexicon.contacts import MAIL_LABELS, PHONE_LABELS

__all__ = ["MAIL_LABEL", "PHONE_LABEL", "phrases"]


def phrases(forms: Iterable[str]) -> str:
    """An alternation of phrases as printed, longest first; one that matches nothing where there are none.

    >>> print(phrases(["AP Photo", "AFP"]), phrases([]))
    AP\\ Photo|AFP (?!)
    """
    listed = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(regex.escape(form) for form in listed) if listed else "(?!)"


#: A phone label before its number: "Tel: +1 646 ...", "Fax 212 ...", "Telephone (0)20 ...".
PHONE_LABEL: Final = rf"(?i:{phrases(PHONE_LABELS)})\b[ .:]*+(?=[+(]?[ ]?\d)"
#: An e-mail label before an address: "e-mail ann@example.com", "Email: ann.lee.reuters.com".
MAIL_LABEL: Final = rf"(?i:{phrases(MAIL_LABELS)})\b[ .:]*+(?=\S{{0,80}}?[@.]\w)"
