"""ninjs out and in: valid against IPTC's 3.1 schema, and back to the same article."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from newsmodel import (
    Article,
    Byline,
    Contributor,
    Credit,
    Dateline,
    DatelineDate,
    Note,
    Person,
    Quote,
    format_article,
    from_ninjs,
    parse_article,
    to_ninjs,
)
from tests.corpus import texts
from tests.strategies import NOTES, articles

DATA = Path(__file__).resolve().parent / "data" / "ninjs"
VALIDATOR_3 = Draft202012Validator(json.loads((DATA / "ninjs-schema_3.1.json").read_text(encoding="utf-8")))
VALIDATOR_2 = Draft202012Validator(json.loads((DATA / "ninjs-schema_2.2.json").read_text(encoding="utf-8")))

STORY = (
    "UPDATE 1-Stocks rise\n\n(Adds analyst comment)\n\nBy Ann Lee and Bo Ku, Reuters\n\n"
    "LONDON, Nov 14 (Reuters) - Shares rose.\n\n\u201cWe are pleased,\u201d said Cy Dunn.\n\n"
    "(Reporting by Ann Lee in London; Editing by Ed Fry)\n\n"
    "((ann.lee@thomsonreuters.com; +44 20 7542 1234))\n\nKeywords: MARKETS STOCKS\n\n"
    "(c) Copyright Thomson Reuters 2024.\n\nnN23357340\n"
)


def load(name: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return value


def assert_valid(item: dict[str, Any]) -> None:
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in VALIDATOR_3.iter_errors(item)]
    assert not errors, errors


def test_every_field_has_its_place() -> None:
    article = parse_article(STORY)
    item = to_ninjs(article, uri="urn:example:story", language="en")
    assert_valid(item)
    assert item["headlines"] == [{"role": "main", "value": "UPDATE 1-Stocks rise"}]
    assert item["by"] == "Ann Lee and Bo Ku, Reuters"
    assert item["located"] == "LONDON"
    assert item["places"] == [{"name": "LONDON", "rel": "located"}]
    assert item["people"] == [
        {"name": "Ann Lee", "rel": "author"},
        {"name": "Bo Ku", "rel": "author"},
        {"name": "Ann Lee", "rel": "reporting", "contactInfo": [{"address": {"locality": "London"}}]},
        {"name": "Ed Fry", "rel": "editing"},
    ]
    assert item["infoSources"] == [{"name": "Reuters", "role": "agency"}]
    assert item["edNote"] == "(Adds analyst comment)"
    assert item["descriptions"] == [
        {"role": "note:editors_note", "value": "Adds analyst comment"},
        {"role": "contact", "value": "((ann.lee@thomsonreuters.com; +44 20 7542 1234))"},
    ]
    assert item["slugline"] == "MARKETS STOCKS"
    assert item["copyrightNotice"] == "(c) Copyright Thomson Reuters 2024."
    assert item["bodies"][0]["value"].split("\n\n") == [
        "LONDON, Nov 14 (Reuters) - Shares rose.",
        "\u201cWe are pleased,\u201d said Cy Dunn.",
        "(Reporting by Ann Lee in London; Editing by Ed Fry)",
        "(c) Copyright Thomson Reuters 2024.",
        "nN23357340",
    ]
    assert from_ninjs(item) == article


# Captions around an editor's note, as a photo's caption and credit stand around its text.
NOTES_OF_EVERY_KIND = (NOTES[3], *NOTES[:3], *NOTES[4:], Note(kind="caption", text="Credit Ann Lee/Getty Images"))


def test_notes_keep_their_kind_and_order() -> None:
    """Each note is a description whose role names its kind; edNote prints the notes
    addressed to the editors, as the wire prints them, and not those published with the story."""
    article = Article(notes=NOTES_OF_EVERY_KIND, dateline=Dateline(locations=("OSLO",)), paragraphs=("Prices rose.",))
    item = to_ninjs(article)
    assert_valid(item)
    assert [entry["role"] for entry in item["descriptions"]] == [f"note:{note.kind}" for note in NOTES_OF_EVERY_KIND]
    assert item["edNote"].splitlines() == [
        "(Adds analyst comment, closing stock activity)",
        "(Please be advised that paragraph 4 contains strong language)",
        "(This story was refiled to fix a typo in paragraph 3)",
        "(Corrects spelling of company name in paragraph 2)",
    ]
    assert from_ninjs(item) == article
    published_only = to_ninjs(attrs.evolve(article, notes=NOTES_OF_EVERY_KIND[:1]))
    assert "edNote" not in published_only
    assert from_ninjs(published_only).notes == NOTES_OF_EVERY_KIND[:1]


def test_an_ed_note_line_that_prints_no_described_note_is_a_note_of_its_own() -> None:
    item = {
        "uri": "urn:example:n",
        "edNote": "(Refiles to fix a typo)\nEmbargoed until 1200 GMT",
        "descriptions": [
            {"role": "note:refile", "value": "Refiles to fix a typo"},
            {"role": "abstract", "value": "Prices rose again."},
            {"role": "note:", "value": "a role without a kind"},
            {"role": "note:footnote", "value": "a kind newsmodel has not"},
            {"role": "note:caption", "value": "  "},
        ],
        "bodies": [{"contentType": "text/plain", "value": "Prices rose."}],
    }
    assert from_ninjs(item).notes == (
        Note(kind="refile", text="Refiles to fix a typo"),
        Note(kind="editors_note", text="Embargoed until 1200 GMT"),
    )


def test_the_default_uri_is_made_from_the_content() -> None:
    article = parse_article(STORY)
    assert to_ninjs(article)["uri"] == to_ninjs(parse_article(STORY))["uri"]
    assert to_ninjs(article)["uri"].startswith("urn:uuid:")
    assert to_ninjs(article)["uri"] != to_ninjs(parse_article("PARIS (Reuters) - Prices fell."))["uri"]


def test_the_year_completes_the_dateline_and_no_date_is_made_up() -> None:
    article = Article(
        dateline=Dateline(locations=("LONDON",), date=DatelineDate(month=11, day=14), agency="Reuters"),
        paragraphs=("Shares rose.",),
    )
    plain = to_ninjs(article)
    assert "contentCreated" not in plain
    assert plain["bodies"][0]["value"] == "LONDON, Nov 14 (Reuters) - Shares rose."
    dated = to_ninjs(article, year=2024)
    assert dated["bodies"][0]["value"] == "LONDON, Nov 14, 2024 (Reuters) - Shares rose."
    back = from_ninjs(dated).dateline
    assert back is not None
    assert back.date == DatelineDate(month=11, day=14, year=2024)
    created = datetime(2024, 11, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    item = to_ninjs(article, created=created)
    assert item["contentCreated"] == "2024-11-14T09:30:00-05:00"
    assert_valid(item)


def test_a_printed_year_is_kept_and_an_impossible_day_or_a_naive_time_refused() -> None:
    printed = Article(dateline=Dateline(locations=("LONDON",), date=DatelineDate(month=2, day=29, year=2024)))
    assert to_ninjs(printed, year=1999)["bodies"][0]["value"] == "LONDON, Feb 29, 2024 -"
    leap_day = Article(dateline=Dateline(locations=("LONDON",), date=DatelineDate(month=2, day=29)))
    with pytest.raises(ValueError, match="not a day of 2023"):
        to_ninjs(leap_day, year=2023)
    with pytest.raises(ValueError, match="time zone"):
        to_ninjs(leap_day, created=datetime(2024, 2, 29, 12, 0))


def test_an_empty_article_is_a_valid_item() -> None:
    item = to_ninjs(Article())
    assert_valid(item)
    assert set(item) == {"uri", "type", "standard"}
    assert from_ninjs(item) == Article()


@given(articles(), st.one_of(st.none(), st.integers(1980, 2030)))
def test_generated_articles_are_valid_ninjs_and_come_back(article: Article, year: int | None) -> None:
    item = to_ninjs(article, year=year)
    assert_valid(item)
    expected = article
    dateline = article.dateline
    if year is not None and dateline is not None and dateline.date is not None and dateline.date.year is None:
        date = DatelineDate(month=dateline.date.month, day=dateline.date.day, year=year)
        expected = attrs.evolve(article, dateline=attrs.evolve(dateline, date=date))
    assert from_ninjs(json.loads(json.dumps(item))) == expected


def test_corpus_articles_are_valid_ninjs_and_come_back() -> None:
    """Every corpus article validates; each comes back whole wherever wire copy itself
    round-trips (parse_article(format_article(a)) == a): ninjs loses nothing more."""
    kept = total = 0
    for _id, text in texts():
        article = parse_article(text)
        item = to_ninjs(article, language="en")
        assert_valid(item)
        total += 1
        if parse_article(format_article(article)) == article:
            assert from_ninjs(json.loads(json.dumps(item))) == article, _id
            kept += 1
    assert kept >= total - 10


def test_iptc_examples_import_and_their_body_text_parses() -> None:
    simple = from_ninjs(load("004_simple_text_article.json"))
    complex_ = from_ninjs(load("005_complex_text_article.json"))
    for article in (simple, complex_):
        assert article.headline == "Captain of wrecked cruise ship on trial in Italy"
        assert article.dateline == Dateline(locations=("GROSSETO, Italy",), agency="AP")
        # the XHTML body keeps the four paragraphs that the plain-text body runs together
        assert len(article.paragraphs) == 4
        assert article.paragraphs[0].startswith("The trial of the captain")
        assert article.paragraphs[-1].endswith("Schettino has denied wrongdoing.")
    assert complex_.trailers == ("Copyright 2013 The News Agency, www.tna.org - all rights reserved.",)


def test_iptc_examples_give_the_byline_of_by() -> None:
    article = from_ninjs(load("004_simple_text_article.json"))
    assert article.byline == Byline(authors=(Person(name="Paulo Santalucia"), Person(name="Frances d'Emilio")))


def test_a_ninjs_2_item_with_lower_case_properties() -> None:
    item = {
        "uri": "urn:example:two",
        "type": "text",
        "versioncreated": "2020-01-02T03:04:05Z",
        "headlines": [{"role": "main", "value": "Prices rise"}],
        "by": "By Ann Lee",
        "located": "Oslo",
        "ednote": "Embargoed until 1200 GMT",
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Prices rose.\n\nBonds fell."}],
    }
    assert not list(VALIDATOR_2.iter_errors(item))
    article = from_ninjs(item)
    assert article.headline == "Prices rise"
    assert article.byline == Byline(authors=(Person(name="Ann Lee"),))
    assert article.dateline == Dateline(locations=("Oslo",))
    assert article.paragraphs == ("Prices rose.", "Bonds fell.")
    assert article.notes == (Note(kind="editors_note", text="Embargoed until 1200 GMT"),)


def test_an_xhtml_body_and_authors_from_people() -> None:
    item = {
        "uri": "urn:example:x",
        "people": [{"name": "Ann Lee", "rel": "author"}, {"name": "Vladimir Putin", "rel": "about"}],
        "bodies": [
            {
                "contentType": "application/xhtml+xml",
                "value": "<p>PARIS (AFP) &#8212; Prices <em>rose</em>&nbsp;again.</p><p>Bonds fell.</p>"
                "<p>(Editing by Bo Ku)</p>",
            }
        ],
    }
    article = from_ninjs(item)
    assert article.byline == Byline(authors=(Person(name="Ann Lee"),))
    assert article.dateline == Dateline(locations=("PARIS",), agency="AFP")
    assert article.paragraphs == ("Prices rose again.", "Bonds fell.")
    assert article.credits == (Credit(role="editing", contributors=(Contributor(name="Bo Ku"),)),)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ([], "JSON object"),
        ({"uri": "urn:example:p", "type": "picture"}, "'picture' item"),
    ],
)
def test_what_is_no_text_item_is_refused(item: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        from_ninjs(item)


def test_every_model_field_is_in_the_mapping_table() -> None:
    """A field added to the model must be mapped, or listed as what ninjs cannot hold."""
    table = (Path(__file__).resolve().parents[1] / "docs" / "ninjs.md").read_text(encoding="utf-8")
    first_column = " ".join(line.split("|")[1] for line in table.splitlines() if line.startswith("| "))
    for model in (Article, Byline, Person, Dateline, DatelineDate, Credit, Contributor, Note, Quote):
        for field in attrs.fields(model):
            spelled = (f"{model.__name__}.{field.name}", f"{model.__name__}.*", f".{field.name}`")
            assert any(form in first_column for form in spelled), f"{model.__name__}.{field.name}"


_NINJS_KEYS = ["uri", "type", "by", "located", "edNote", "ednote", "slugline", "copyrightNotice", "headlines",
               "bodies", "people", "descriptions", "contentType", "value", "role", "rel", "name"]
_TEXT = st.one_of(st.text(max_size=40), st.sampled_from(["main", "author", "contact", "text/html", "<p>x</p>"]))
_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), _TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_NINJS_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(_NINJS_KEYS), _JSON, max_size=8))
def test_from_ninjs_reads_any_object_or_refuses_it_with_value_error(item: dict[str, Any]) -> None:
    try:
        article = from_ninjs(item)
    except ValueError:
        return
    assert isinstance(article, Article)
