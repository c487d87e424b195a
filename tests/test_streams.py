"""Reading in bounded memory: lines with a cap, JSON documents in sequence, formatted copy's separator."""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import format_article, parse_article
from newsmodel.bulk._reading import Line, ReadFailure, read_all, read_lines
from newsmodel.cli._documents import BadDocument, Document, iter_documents

pieces = st.lists(st.sampled_from([b"a", b"bc", b"\n", b"\r", b" ", b"\xff", b"{}"]), max_size=40).map(b"".join)


def _lines_of(data: bytes, max_bytes: int, chunk_size: int) -> list[Line]:
    with tempfile.TemporaryFile() as file:
        file.write(data)
        file.flush()
        file.seek(0)
        return list(read_lines(file.fileno(), max_bytes=max_bytes, regular=True, chunk_size=chunk_size))


@given(pieces, st.integers(1, 8), st.integers(1, 7))
@example(b"abc\nde", 2, 1)
@example(b"abcdef\n", 3, 2)
def test_lines_are_split_at_newlines_and_capped(data: bytes, max_bytes: int, chunk_size: int) -> None:
    expected = data.split(b"\n")
    if expected[-1] == b"":
        expected.pop()
    lines = _lines_of(data, max_bytes, chunk_size)
    assert [line.size for line in lines] == [len(e) for e in expected]
    assert [line.data for line in lines] == [e if len(e) <= max_bytes else None for e in expected]


@given(pieces, st.integers(1, 60))
def test_read_all_stops_one_byte_past_the_cap(data: bytes, max_bytes: int) -> None:
    read, write = os.pipe()
    try:
        os.write(write, data)
        os.close(write)
        if len(data) <= max_bytes:
            assert read_all(read, regular=False, max_bytes=max_bytes) == data
        else:
            with pytest.raises(ReadFailure) as failure:
                read_all(read, regular=False, max_bytes=max_bytes)
            assert failure.value.type == "too-large"
            assert os.read(read, 100) == data[max_bytes + 1 :]  # no more was read than the cap and a byte
    finally:
        os.close(read)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)
documents = st.lists(st.dictionaries(st.text(max_size=4), json_values, max_size=4) | st.lists(json_values), max_size=6)


def _documents(text: str) -> list[Document | BadDocument]:
    return list(iter_documents(Line(line, len(line)) for line in text.encode().split(b"\n")))


@given(documents, st.sampled_from([None, 1, 2, 4]))
def test_documents_in_sequence_read_back(values: list[Any], indent: int | None) -> None:
    text = "\n".join(json.dumps(value, indent=indent) for value in values) + "\n"
    found = _documents(text)
    assert [d.value for d in found if isinstance(d, Document)] == values
    assert not [d for d in found if isinstance(d, BadDocument)]


@given(documents, st.integers(0, 6), st.sampled_from(["{oops}", "not json", "[1,", "}", '{"a": "b']))
def test_a_bad_line_costs_one_document_and_names_its_line(values: list[Any], where: int, bad: str) -> None:
    lines = [json.dumps(value) for value in values]
    where = min(where, len(lines))
    lines.insert(where, bad)
    found = _documents("\n".join(lines))
    assert [d.value for d in found if isinstance(d, Document)] == values
    assert [d.line for d in found if isinstance(d, BadDocument)] == [where + 1]


@given(st.text(alphabet=st.sampled_from(list('ab AB.,()"-\n\f\r\t\v\x1c\x1d\x1e\x85\u2028\u2029')), max_size=80))
@example("PARIS (Reuters) - A.\f\n\n(Editing by Bo\fKu)\n\fCopyright 2020\f Reuters")
def test_formatted_copy_never_holds_the_separator(text: str) -> None:
    assert "\f" not in format_article(parse_article(text))
