"""The JSON Schemas: derived from every model field, and every article and record validates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from newsmodel import Article, json_schema, models, record_schema, to_dict
from newsmodel.bulk import ERROR_TYPES, error_record, parse_bytes, parse_file, parse_text
from newsmodel.cli import main
from newsmodel.formats import read_stories, story_record
from tests.corpus import articles as corpus_articles
from tests.corpus import corpus_root, manifest
from tests.strategies import articles
from tests.test_json import BAD_DOCUMENTS

jsonschema = pytest.importorskip("jsonschema")

ARTICLE = jsonschema.Draft202012Validator(json_schema())
RECORD = jsonschema.Draft202012Validator(record_schema())


def _errors(validator: Any, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(document)]


def test_the_schemas_are_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.Draft202012Validator.check_schema(record_schema())
    assert json.loads(json.dumps(json_schema())) == json_schema()


def test_every_field_of_every_model_has_a_schema() -> None:
    definitions = json_schema()["$defs"]
    model_classes = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
    assert sorted(definitions) == sorted(cls.__name__ for cls in model_classes)
    for cls in model_classes:
        properties = definitions[cls.__name__]["properties"]
        assert list(properties) == [field.name for field in attrs.fields(cls)], cls.__name__
        for name, schema in properties.items():
            assert {"type", "$ref", "anyOf"} & set(schema), f"{cls.__name__}.{name}: {schema}"


def test_a_field_the_schema_cannot_express_fails_loudly() -> None:
    @attrs.frozen
    class Odd:
        weights: dict[str, float]

    with pytest.raises(TypeError, match=r"Odd\.weights: no JSON Schema"):
        json_schema(Odd)


def test_a_model_of_its_own_has_a_schema_of_its_own() -> None:
    schema = json_schema(models.DatelineDate)
    assert schema["$ref"] == "#/$defs/DatelineDate"
    assert sorted(schema["$defs"]) == ["DatelineDate"]
    assert schema["$defs"]["DatelineDate"]["properties"]["month"] == {"type": "integer", "minimum": 1, "maximum": 12}


@given(articles())
def test_every_article_validates(article: Article) -> None:
    assert _errors(ARTICLE, to_dict(article)) == []


def test_every_corpus_article_validates() -> None:
    for name, article in corpus_articles():
        assert _errors(ARTICLE, to_dict(article)) == [], name


@pytest.mark.parametrize("name", [name for name, row in BAD_DOCUMENTS.items() if row[3]])
def test_the_schema_refuses_what_the_reader_refuses(name: str) -> None:
    document, path, _, _ = BAD_DOCUMENTS[name]
    errors = list(ARTICLE.iter_errors(document))
    assert errors, name
    found = []
    while errors:
        error = errors.pop()
        found.append(([str(step) for step in error.absolute_path], error.message))
        errors.extend(error.context or ())
    steps = path.replace("[", ".").replace("]", "").split(".") if path else []
    # a missing or unknown key is reported at its object, with its name in the message
    assert any(at == steps or (at == steps[:-1] and repr(steps[-1]) in message) for at, message in found), found


SGML = (
    b'<REUTERS NEWID="7"><DATE>26-FEB-1987</DATE><TOPICS><D>crude</D></TOPICS><TEXT><TITLE>OIL RISES</TITLE>'
    b"<BODY>Oil rose.\n Reuter\n&#3;</BODY></TEXT></REUTERS><REUTERS NEWID=\"8\"><TEXT></TEXT></REUTERS>"
)


def test_records_of_every_kind_validate(tmp_path: Path) -> None:
    story = "LONDON, Nov 14 (Reuters) - Shares rose.\n(Editing by Bo Ku)\n"
    records = [
        parse_text(story, source="a.txt"),
        parse_text(story, source="in.jsonl:1", fields={"id": 7, "lang": "en"}),
        parse_bytes(b"\x00\x01", source="in.jsonl:2", fields={"source": "wire"}),
        parse_bytes(b"caf\xe9", source="b.txt"),
        parse_bytes(b"\x00\x01", source="c.bin"),
        parse_file(tmp_path / "missing.txt"),
        *(error_record("x", kind, "message") for kind in sorted(ERROR_TYPES)),
        error_record("x.sgm#NEWID=1", "format", "message", fields={"id": 1}, metadata={"NEWID": "1"}),
        *(story_record(story) for story in read_stories(SGML, source="reut2-000.sgm")),
        *(story_record(story) for story in read_stories(b"<html><p>Hi</p></html>", source="page.html")),
    ]
    for record in records:
        assert _errors(RECORD, record) == [], record


def test_records_of_the_command_line_tool_validate(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": "PARIS (Reuters) - Prices rose."}),
        json.dumps({"id": 2, "body": "no text field"}),
        "not json",
        json.dumps([1, 2]),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["parse", "--jsonl", str(source), "-o", str(out), "--jobs", "1", "--no-progress", "--quiet"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert status == 1
    assert len(records) == len(lines)
    assert {record.get("error", {}).get("type") for record in records} >= {None, "field", "json"}
    for record in records:
        assert _errors(RECORD, record) == [], record


def test_a_record_has_an_article_or_an_error_and_a_known_error_type() -> None:
    article = to_dict(Article(paragraphs=("Hi",)))
    assert _errors(RECORD, {"source": "a", "article": article, "error": {"type": "read", "message": "m"}})
    assert _errors(RECORD, {"source": "a"})
    assert _errors(RECORD, {"article": article})
    assert _errors(RECORD, {"source": "a", "error": {"type": "no such type", "message": "m"}})
    assert _errors(RECORD, {"source": "a", "article": article, "metadata": {"NEWID": "1"}, "fields": {"id": 3}}) == []
    assert _errors(RECORD, {"source": "a", "article": article, "id": 3})  # carried fields live under "fields"
    assert _errors(RECORD, {"source": "a", "article": article, "fields": [3]})


def test_corpus_files_give_records_that_validate() -> None:
    root = corpus_root()
    for entry in manifest()[:40]:
        assert root is not None
        assert _errors(RECORD, parse_file(root / entry["file"])) == [], entry["id"]
