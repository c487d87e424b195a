"""Strict JSON in, the same JSON out whichever JSON library writes it, and the converters."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Dateline,
    DatelineDate,
    Note,
    Quote,
    ValidationError,
    converter,
    from_dict,
    from_json,
    make_converter,
    parse_article,
    to_dict,
    to_json,
)
from newsmodel import serialization as ser
from tests.corpus import articles as corpus_articles
from tests.strategies import articles

QUOTE = {"text": "Hi", "paragraph": 0, "start": 0, "end": 2}


def quoted(**changes: Any) -> dict[str, Any]:
    """An article of one paragraph, "Hi there", with one quote changed as given."""
    return {"paragraphs": ["Hi there"], "quotes": [{**QUOTE, **changes}]}


def credit(**changes: Any) -> dict[str, Any]:
    return {"credits": [{"role": "editing", "contributors": [{"name": "Ann Lee"}], **changes}]}


def dated(**date: Any) -> dict[str, Any]:
    return {"dateline": {"date": date}}


# (document, the path of the fault, words of the message, whether the JSON Schema can say it too)
BAD_DOCUMENTS: dict[str, tuple[Any, str, str, bool]] = {
    # a string where a sequence is expected
    "paragraphs as a string": ({"paragraphs": "Hello"}, "paragraphs", "an array of non-blank strings", True),
    "keywords as a string": ({"keywords": "RETAIL"}, "keywords", "an array", True),
    "locations as a string": ({"dateline": {"locations": "LONDON"}}, "dateline.locations", "an array", True),
    "authors as a string": ({"byline": {"authors": "Ann Lee"}}, "byline.authors", "an array of Person", True),
    "contributors as an object": (
        {"credits": [{"role": "editing", "contributors": {"name": "A"}}]},
        "credits[0].contributors",
        "an array of Contributor",
        True,
    ),
    # strings for booleans and numbers; floats and booleans for integers
    "continues as a string": (quoted(continues="false"), "quotes[0].continues", "a boolean, got 'false'", True),
    "continues as a number": (quoted(continues=0), "quotes[0].continues", "a boolean", True),
    "start as a string": (quoted(start="0"), "quotes[0].start", "an integer >= 0, got '0'", True),
    "start as a float": (quoted(start=107.9), "quotes[0].start", "an integer", True),
    "start as a float with no fraction": (quoted(start=0.0), "quotes[0].start", "an integer", False),
    "month as a boolean": (dated(month=True, day=3), "dateline.date.month", "True", True),
    "year as a string": (dated(month=1, day=3, year="2024"), "dateline.date.year", "an integer", True),
    "name as a number": ({"byline": {"authors": [{"name": 7}]}}, "byline.authors[0].name", "a non-blank string", True),
    "headline as an array": ({"headline": ["Stocks rise"]}, "headline", "a non-blank string", True),
    # missing required keys, unknown keys
    "a quote without text": (
        {"paragraphs": ["Hi"], "quotes": [{"paragraph": 0, "start": 0, "end": 2}]},
        "quotes[0].text",
        "the key is missing",
        True,
    ),
    "a date without a day": (dated(month=1), "dateline.date.day", "the key is missing", True),
    "a credit without contributors": ({"credits": [{"role": "editing"}]}, "credits[0].contributors", "missing", True),
    "an unknown key at the top": ({"body": ["Hi"]}, "body", "unknown key", True),
    "an unknown key inside": (
        {"byline": {"authors": [{"name": "A", "age": 3}]}},
        "byline.authors[0].age",
        "unknown key",
        True,
    ),
    "an unknown key beside every known one": (credit(extra=1), "credits[0].extra", "unknown key", True),
    # unknown values of closed sets, slugs
    "an unknown note kind": ({"notes": [{"kind": "memo", "text": "Hi"}]}, "notes[0].kind", "'editors_note'", True),
    "a role with a space": (credit(role="additional reporting"), "credits[0].role", "matching", True),
    "a role in capitals": (credit(role="Editing"), "credits[0].role", "a lower-case slug", False),
    "a blank role": (credit(role=""), "credits[0].role", "matching", True),
    # blank names and texts
    "an empty quote text": (
        {"paragraphs": ["Hi"], "quotes": [{"text": "", "paragraph": 0, "start": 0, "end": 0}]},
        "quotes[0].text",
        "a non-blank string, got ''",
        True,
    ),
    "a blank author": ({"byline": {"authors": [{"name": "  "}]}}, "byline.authors[0].name", "non-blank", True),
    "a blank note text": ({"notes": [{"kind": "refile", "text": "\n"}]}, "notes[0].text", "non-blank", True),
    "a blank contributor": (credit(contributors=[{"name": ""}]), "credits[0].contributors[0].name", "non-blank", True),
    "a blank paragraph": ({"paragraphs": ["Hi", " "]}, "paragraphs[1]", "non-blank", True),
    "a blank place": ({"dateline": {"locations": ["LONDON", ""]}}, "dateline.locations[1]", "non-blank", True),
    "a blank agency": ({"dateline": {"agency": " "}}, "dateline.agency", "non-blank", True),
    "no credit contributors": (credit(contributors=[]), "credits[0].contributors", "at least 1", True),
    # out-of-range offsets and dates
    "a negative start": (quoted(start=-5, end=-3), "quotes[0].start", "an integer >= 0, got -5", True),
    "a quote past its paragraph": (quoted(start=7, end=9), "quotes[0].end", "at most 8", False),
    "a quote that is not its text": (quoted(start=3, end=5), "quotes[0].start", "the offset of the quote", False),
    "a quote's end before its start": (quoted(start=2, end=0), "quotes[0].end", "start + the length of text", False),
    "a quote in no paragraph": (quoted(paragraph=4), "quotes[0].paragraph", "below 1", False),
    "a thirteenth month": (dated(month=13, day=1), "dateline.date.month", "<= 12", True),
    "a day zero": (dated(month=1, day=0), "dateline.date.day", ">= 1", True),
    "February 30": (dated(month=2, day=30), "dateline.date.day", "1 to 29", False),
    "February 29 of a common year": (
        {"dateline": {"date": {"month": 2, "day": 29, "year": 2023}}},
        "dateline.date.day",
        "1 to 28",
        False,
    ),
    "a year zero": (dated(month=1, day=1, year=0), "dateline.date.year", ">= 1", True),
    # wrong shapes
    "an empty dateline": ({"dateline": {}}, "dateline", "a location, a date or an agency", False),
    "an array for the article": ([], "", "an object (Article)", True),
    "a string for the article": ("Hello", "", "an object (Article)", True),
    "null for the article": (None, "", "an object (Article)", True),
    "a string for a byline": ({"byline": "Ann Lee"}, "byline", "an object (Byline)", True),
    "a number for a quote": ({"quotes": [1]}, "quotes[0]", "an object (Quote)", True),
    "null in the quotes": ({"paragraphs": ["Hi"], "quotes": [QUOTE, None]}, "quotes[1]", "an object (Quote)", True),
    "nested arrays for paragraphs": ({"paragraphs": [[[["Hi"]]]]}, "paragraphs[0]", "non-blank string", True),
    "a deep object for a name": (
        {"byline": {"authors": [{"name": {"name": {"name": "A"}}}]}},
        "byline.authors[0].name",
        "non-blank string",
        True,
    ),
}


@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
def test_bad_documents_are_refused_with_their_path(name: str) -> None:
    document, path, words, _ = BAD_DOCUMENTS[name]
    with pytest.raises(ValidationError) as caught:
        from_dict(document)
    assert caught.value.path == path
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}: expected " if path else "expected ")


READERS = [ser._read_stdlib, ser._read_orjson]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
def test_bad_json_texts_are_refused_alike_by_both_readers(name: str, read: Callable[[str, type], Any]) -> None:
    document, path, _, _ = BAD_DOCUMENTS[name]
    with pytest.raises(ValidationError) as caught:
        read(json.dumps(document), Article)
    assert caught.value.path == path


TEXTS_THAT_ARE_NO_ARTICLE: dict[str, tuple[str | bytes, str]] = {
    "not JSON": ("nope", "expected JSON text"),
    "truncated": ('{"paragraphs": ["Hi"', "expected JSON text"),
    "nested far too deep": ("[" * 200_000 + "]" * 200_000, "nested less deeply"),
    "an object nested far too deep": ('{"a":' * 200_000 + "1" + "}" * 200_000, "nested less deeply"),
    "bytes that are no UTF-8": (b'{"headline": "\xff"}', "expected JSON text"),
}


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("name", list(TEXTS_THAT_ARE_NO_ARTICLE))
def test_text_that_is_no_json_raises_validation_error(name: str, read: Callable[[str | bytes, type], Any]) -> None:
    text, words = TEXTS_THAT_ARE_NO_ARTICLE[name]
    with pytest.raises(ValidationError, match=words):
        read(text, Article)


def test_from_json_raises_validation_error_for_bad_text() -> None:
    with pytest.raises(ValidationError, match="nested less deeply"):
        from_json("[" * 200_000)
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(quoted(start="0")))
    assert caught.value.location == ("quotes", 0, "start")
    assert isinstance(caught.value, ValueError)


def test_a_wrong_type_of_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        from_json(12)  # type: ignore[call-overload]


def test_messages_stay_short_whatever_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict({"headline": ["x" * 10_000] * 10_000})
    assert len(str(caught.value)) < 200


def test_the_models_refuse_what_the_reader_refuses() -> None:
    with pytest.raises(ValidationError, match="paragraph: expected an integer >= 0, got True"):
        Quote(text="Hi", paragraph=True, start=0, end=2)
    with pytest.raises(ValidationError, match=r"^kind: expected one of"):
        Note(kind="memo", text="Hi")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^paragraphs: expected a tuple of non-blank strings, got \['Hi'\]"):
        Article(paragraphs=["Hi"])  # type: ignore[arg-type]
    assert DatelineDate(month=2, day=29, year=2024).day == 29


def test_defaults_fill_in_for_absent_keys() -> None:
    assert from_dict({}) == Article()
    assert from_dict({"agency": "AP"}, Dateline) == Dateline(agency="AP")
    assert from_dict(quoted()).quotes[0].continues is False


def test_tuples_are_taken_where_lists_are() -> None:
    document = {"paragraphs": ("Hi there",), "quotes": (QUOTE,)}
    assert from_dict(document) == from_dict(quoted())


# -- round trips and mutations --------------------------------------------------------------


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    assert from_dict(to_dict(article)) == article


def _standard_json(obj: object) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


@given(articles())
def test_both_json_libraries_write_the_same_text_and_read_it_back(article: Article) -> None:
    text = _standard_json(article)
    assert ser._to_json_stdlib(article) == text
    assert ser._to_json_orjson(article) == text
    assert ser._read_orjson(text, Article) == ser._read_stdlib(text, Article) == article


@settings(max_examples=300)
@given(st.text(min_size=1).filter(lambda text: not text.isspace()))
@example("\x7f DEL, escaped only by the ASCII escaping")
@example("\ud800 a lone surrogate")
@example("\u2028\u2029\x00\x1f\"\\/ \U0001f600 caf\u00e9")
def test_every_writer_writes_any_text_as_the_standard_library(text: str) -> None:
    article = Article(headline=text, paragraphs=(text, "Hi"), notes=(Note(kind="refile", text=text),),
                      dateline=Dateline(locations=(text,), date=DatelineDate(month=1, day=2, year=2**70)))
    assert ser._to_json_stdlib(article) == ser._to_json_orjson(article) == _standard_json(article)


@settings(max_examples=300)
@given(st.text())
@example("\ud800 a lone surrogate")
@example("\u2028\u2029\x7f\x00\x1f\"\\/ \U0001f600")
def test_both_json_libraries_write_any_text_alike(text: str) -> None:
    data = {"paragraphs": [text], "n": 2**70, "m": -(2**63)}
    assert ser._dumps_orjson(data) == ser._dumps_stdlib(data)


_JSON_PIECES = st.sampled_from(['{"dateline":', '{"date":', '"month":', '"day":', '"year":', '"agency":', '"AP"',
                                "1", "2", "20000000000000000000", "-1", "1.0", "1e400", "NaN", "true", "null", "[", "]",
                                "{", "}", ",", ":", '"\\ud800"', '"x"', " "])


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=40), st.lists(_JSON_PIECES, max_size=30).map("".join)))
@example('{"agency": "AP", "agency": 2}')
@example('{"agency": "\\ud800"}')
@example('{"date": {"month": 1, "day": 1, "year": 20000000000000000000}}')
@example('{"date": {"month": 1, "day": 1, "year": 1e400}}')
@example("\ufeff{}")
def test_both_json_libraries_read_any_text_alike(text: str) -> None:
    results = []
    for read in READERS:
        try:
            results.append(("value", repr(read(text, Dateline))))
        except ValidationError as error:
            results.append(("error", str(error)))
    assert results[0] == results[1]


def test_integers_beyond_64_bits_are_read_as_integers() -> None:
    text = '{"agency": "AP", "date": {"month": 1, "day": 1, "year": 20000000000000000000}}'
    for read in READERS:
        assert read(text, Dateline).date == DatelineDate(month=1, day=1, year=20_000_000_000_000_000_000)


def _nodes(value: Any, here: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield here, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*here, index))


def _replaced(document: Any, where: tuple[str | int, ...], new: Any) -> Any:
    if not where:
        return new
    document = copy.deepcopy(document)
    parent = document
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = new
    return document


def _other_types(value: Any) -> list[Any]:
    """Values of JSON types other than ``value``'s (never null: null is a valid optional value)."""
    if isinstance(value, bool):
        return [str(value).lower(), int(value), [value], {}]
    if isinstance(value, int):
        return [str(value), value + 0.5, float(value), True, [value], {}]
    if isinstance(value, str):
        return [7, 1.5, False, [value], {"text": value}]
    if isinstance(value, list):
        return ["x", 0, True, {}]
    return ["x", 0, False, []]


@given(articles(), st.data())
def test_a_wrong_type_anywhere_is_refused_with_its_path(article: Article, data: st.DataObject) -> None:
    document = to_dict(article)
    where, value = data.draw(st.sampled_from([(w, v) for w, v in _nodes(document) if v is not None]))
    mutated = _replaced(document, where, data.draw(st.sampled_from(_other_types(value))))
    with pytest.raises(ValidationError) as caught:
        from_dict(mutated)
    assert caught.value.location == where


@given(articles(), st.data())
def test_an_unknown_key_anywhere_is_refused_with_its_path(article: Article, data: st.DataObject) -> None:
    document = to_dict(article)
    where, _ = data.draw(st.sampled_from([(w, v) for w, v in _nodes(document) if isinstance(v, dict)]))
    mutated = _replaced(document, (*where, "surprise"), 1)
    with pytest.raises(ValidationError) as caught:
        from_dict(mutated)
    assert caught.value.location == (*where, "surprise")


def test_corpus_round_trips_with_either_json_library() -> None:
    for name, article in corpus_articles():
        text = _standard_json(article)
        assert ser._to_json_orjson(article) == text, name
        assert ser._to_json_stdlib(article) == text, name
        assert to_json(article) == text
        assert ser._read_stdlib(text, Article) == article
        assert ser._read_orjson(text.encode("utf-8"), Article) == article


def test_indented_json_is_the_standard_library_s() -> None:
    article = parse_article("LONDON (Reuters) - Shares rose.")
    assert to_json(article, indent=2) == json.dumps(to_dict(article), ensure_ascii=False, indent=2)


# -- converters -----------------------------------------------------------------------------


def test_the_library_converter_is_read_only_and_pickles_as_itself() -> None:
    with pytest.raises(TypeError, match="read-only"):
        converter.register_structure_hook(int, lambda value, _: value)
    with pytest.raises(TypeError, match="read-only"):
        converter.register_unstructure_hook_factory(lambda _: False, lambda _: str)
    assert pickle.loads(pickle.dumps(converter)) is converter
    assert converter.unstructure(Dateline(agency="AP")) == {"locations": [], "date": None, "agency": "AP"}


#: Each of cattrs' ways of registering a hook, with arguments it accepts.
REGISTERS: dict[str, tuple[Any, ...]] = {
    "register_structure_hook": (int, lambda value, _: value),
    "register_unstructure_hook": (int, str),
    "register_structure_hook_func": (lambda _: False, lambda value, _: value),
    "register_unstructure_hook_func": (lambda _: False, str),
    "register_structure_hook_factory": (lambda _: False, lambda _: lambda value, _type: value),
    "register_unstructure_hook_factory": (lambda _: False, lambda _: str),
}


@pytest.mark.parametrize("name", sorted(REGISTERS))
def test_every_way_of_registering_a_hook_is_refused_when_shared_and_stops_pickling_otherwise(name: str) -> None:
    with pytest.raises(TypeError, match="read-only"):
        getattr(converter, name)(*REGISTERS[name])
    conv = make_converter()
    getattr(conv, name)(*REGISTERS[name])
    with pytest.raises(pickle.PicklingError, match="build it there"):
        pickle.dumps(conv)


def test_make_converter_passes_options_through_and_pickles_with_them() -> None:
    lenient = make_converter(forbid_extra_keys=False)
    assert lenient.structure({"agency": "AP", "extra": 1}, Dateline) == Dateline(agency="AP")
    with pytest.raises(ValidationError):
        lenient.structure({"agency": 1}, Dateline)
    terse = make_converter(omit_if_default=True)
    assert terse.unstructure(Dateline(agency="AP")) == {"agency": "AP"}
    assert terse.structure(terse.unstructure(Dateline(agency="AP")), Dateline) == Dateline(agency="AP")
    again = pickle.loads(pickle.dumps(terse))
    assert again.omit_if_default
    assert again is not terse
    assert again.unstructure(Dateline(agency="AP")) == {"agency": "AP"}


def test_a_converter_with_hooks_of_its_own_refuses_to_pickle_rather_than_lose_them() -> None:
    conv = make_converter()
    conv.register_unstructure_hook(Note, lambda note: note.text)
    assert conv.unstructure(Article(notes=(Note(kind="refile", text="Hi"),)))["notes"] == ["Hi"]
    with pytest.raises(pickle.PicklingError, match="build it there"):
        pickle.dumps(conv)
    with pytest.raises(pickle.PicklingError):
        pickle.dumps(make_converter().copy())


def test_a_hook_of_your_own_is_used_inside_the_article() -> None:
    conv = make_converter()
    conv.register_structure_hook(Note, lambda value, _: Note(kind="editors_note", text=value))
    article = conv.structure({"notes": ["Adds detail"]}, Article)
    assert article.notes == (Note(kind="editors_note", text="Adds detail"),)
    with pytest.raises(ValidationError) as caught:
        conv.structure({"notes": ["Adds detail", " "]}, Article)
    assert caught.value.path == "notes[1].text"


def test_from_json_is_typed_for_mypy(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    module = tmp_path / "use_newsmodel.py"
    module.write_text(
        textwrap.dedent(
            """
            from newsmodel import Dateline, from_dict, from_json

            s = '{"paragraphs": ["Shares rose."]}'
            art = from_json(s)
            art.byline
            reveal_type(art)
            reveal_type(from_json(s, Dateline))
            reveal_type(from_dict({}))
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file=", str(module)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    revealed = [line.split("Revealed type is ")[1] for line in result.stdout.splitlines() if "Revealed type" in line]
    assert revealed == ['"newsmodel.models.Article"', '"newsmodel.models.Dateline"', '"newsmodel.models.Article"']
