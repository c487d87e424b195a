"""Bytes to text, one way for every input: a byte-order mark, the encoding, then the NUL check.

The command line tool, :mod:`newsmodel.bulk` and the archive readers of
:mod:`newsmodel.formats` all decode here, so that the same bytes give the
same text, or the same error, whichever way they come in.

>>> decode_text("LONDON (Reuters) - Up.".encode("utf-16"))
'LONDON (Reuters) - Up.'
>>> try:
...     decode_text(b"caf\\xe9")
... except NotText as failure:
...     print(failure.type, "|", failure.message)
decode | not utf-8: byte 0xe9 at offset 3; use --encoding (e.g. latin-1) or --errors replace
"""

from __future__ import annotations

import codecs
from typing import Final

from ._errors import ErrorType

__all__ = ["NotText", "decode_message", "decode_text"]

# Byte-order marks, longest first, and the codec that reads past each.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UNICODE: Final = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
# Encodings whose text of ASCII holds NUL bytes: a NUL byte says nothing about them.
_WIDE: Final = ("utf-16", "utf-32")
#: How far into undecodable bytes a NUL byte is looked for, to tell binary data from a wrong encoding.
_SNIFF: Final = 8192


class NotText(ValueError):
    """Bytes that are no text: ``type`` is the error record's type (``"decode"``
    or ``"binary"``), ``message`` says why and what to try."""

    def __init__(self, error_type: ErrorType, message: str) -> None:
        super().__init__(error_type, message)
        self.type = error_type
        self.message = message


def _codec(data: bytes, encoding: str) -> str:
    """The codec that reads ``data`` declared as ``encoding``: a byte-order
    mark decides between the Unicode encodings, and is read past.

    >>> _codec(codecs.BOM_UTF16_BE + b"\\x00A", "utf-8"), _codec(b"A", "utf-16"), _codec(b"A", "latin-1")
    ('utf-16', 'utf-16', 'latin-1')
    """
    try:
        declared = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if declared in _UNICODE:
        for mark, codec in _BOMS:
            if data.startswith(mark):
                return codec
    return encoding


def decode_message(exc: UnicodeDecodeError, encoding: str) -> str:
    """Why bytes are not text in ``encoding``, and what to try.

    >>> try:
    ...     b"caf\\xe9".decode("utf-8")
    ... except UnicodeDecodeError as exc:
    ...     print(decode_message(exc, "utf-8"))
    not utf-8: byte 0xe9 at offset 3; use --encoding (e.g. latin-1) or --errors replace
    """
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"not {encoding}: byte 0x{bad} at offset {exc.start}; use --encoding (e.g. latin-1) or --errors replace"


def decode_text(data: bytes, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The text of ``data``, decoded as ``encoding``/``errors`` say (a
    byte-order mark wins among the Unicode encodings, UTF-16 and UTF-32
    included); :class:`NotText` for bytes that do not decode and for text
    that holds NUL characters. NUL is looked for after decoding, so that
    UTF-16 and UTF-32 text is text; bytes that do not decode and hold a NUL
    byte near their start are binary rather than a wrong encoding.
    """
    codec = _codec(data, encoding)
    try:
        text = data.decode(codec, errors)
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:_SNIFF] and not codecs.lookup(codec).name.startswith(_WIDE):
            raise _binary() from None
        raise NotText("decode", decode_message(exc, encoding)) from None
    except LookupError as exc:
        raise NotText("decode", str(exc)) from None
    if "\x00" in text:
        raise _binary()
    return text


def _binary() -> NotText:
    return NotText("binary", "the input holds NUL bytes: not text")
