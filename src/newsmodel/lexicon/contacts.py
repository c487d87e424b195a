"""Words that label a reporter's contact details in wire copy."""

from __future__ import annotations

from typing import Final

__all__ = ["CONTACT_LABELS", "MAIL_LABELS", "PHONE_LABELS"]

#: Lower-case words that label a messaging address, an e-mail address or a phone
#: number ("Reuters Messaging: ...", "email ...", "Fax ..."). A credited name never
#: holds one, so that "(Reporting by Ann Lee; Reuters Messaging)" credits Ann Lee alone.
CONTACT_LABELS: Final[frozenset[str]] = frozenset(
    {"messaging", "email", "e-mail", "telephone", "phone", "fax", "twitter", "contact", "contacts"}
)

#: Labels printed before a phone number ("Tel: +1 646 ...", "Fax 212 ..."). Each is a
#: label only before its number: "Tel Aviv" and "Mobile, Ala." are places.
PHONE_LABELS: Final[frozenset[str]] = frozenset({"tel", "telephone", "phone", "fax", "mobile"})

#: Labels printed before an e-mail address ("e-mail ann@example.com", "email Ann.Lee.reuters.com"),
#: a label only before an address: "Email marketing firms said ..." is story text.
MAIL_LABELS: Final[frozenset[str]] = frozenset({"email", "e-mail"})
