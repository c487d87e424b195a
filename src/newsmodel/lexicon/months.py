"""Month names and the abbreviations wire copy uses for them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "MONTH_NAMES"]

#: The months' names in full, lower-case, January first.
MONTH_NAMES: Final[tuple[str, ...]] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

#: House style for formatting (Reuters abbreviates all but March-July).
MONTH_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "Jan", "Feb", "March", "April", "May", "June",
    "July", "Aug", "Sept", "Oct", "Nov", "Dec",
)


def _forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for number, name in enumerate(MONTH_NAMES, start=1):
        forms[name] = number
        forms[name[:3]] = number
    forms["sept"] = 9
    forms["june"] = 6
    forms["july"] = 7
    return forms


#: Every month form (lower-case, without a trailing dot) to its number.
MONTHS: Final[Mapping[str, int]] = MappingProxyType(_forms())
