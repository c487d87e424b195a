"""The lexicon's rows, and the sets of words drawn from them.

``data/lexicon-sets.json`` holds the sets as they stood before verbs and
agencies became rows, and the words added since: the rows must give them back
word for word.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsmodel import apparatus, format_article, parse_article
from newsmodel.lexicon import Agency, Lexicon, Verb, agencies, verbs
from newsmodel.models import Byline, Dateline, Person

SETS = json.loads((Path(__file__).parent / "data" / "lexicon-sets.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_rows_give_the_sets_they_replace(name: str) -> None:
    module = verbs if name in verbs.__all__ else agencies
    # BYLINE_OUTLETS is now the default lexicon's byline_outlets
    value = Lexicon.default().byline_outlets if name == "BYLINE_OUTLETS" else getattr(module, name)
    words = sorted(" ".join(pair) for pair in value) if name == "PHRASAL_VERBS" else sorted(value)
    assert words == SETS[name]


def test_a_verb_is_one_row_for_each_role() -> None:
    keys = [verb.key for verb in verbs.VERBS]
    assert len(keys) == len(set(keys))
    ask = {verb.kind: verb for verb in verbs.VERBS if verb.lemma == "ask"}
    assert set(ask) == {"reporting", "asking"}
    assert "asked" in ask["reporting"].inverted
    assert "asking" in ask["reporting"].participles


def test_an_agency_is_one_row_with_its_house_style() -> None:
    keys = [row.key for row in agencies.AGENCY_ROWS]
    assert len(keys) == len(set(keys))
    reuters = next(row for row in agencies.AGENCY_ROWS if row.key == "reuters")
    assert "reuter" in reuters.names
    assert reuters.messaging == ("Reuters Messaging",)
    assert "REUTERS" in reuters.photo_credits


# -- a lexicon a user extends --------------------------------------------------------------------

ZEPHYR = Agency(
    key="zephyr",
    names={"zephyr", "zephyr wire"},
    photo_credits=("ZEPHYR",),
    sign_offs=("ZEPHYR",),
    messaging=("Zephyr Chat",),
    copyright=("Zephyr Wire content may not be reproduced",),
)
ZEPHYR_STORY = """A harbour pilot boards a tanker off Bergen, Norway, May 2. ZEPHYR/Ann Lee

OSLO (Zephyr Wire) - Freight rates rose on Monday.

Brokers said demand held up.

Zephyr Chat: ann.lee.zephyr.net

Zephyr Wire content may not be reproduced without permission.

ZEPHYR
"""


def test_a_made_up_agency_with_its_house_style_is_read_through_a_user_lexicon() -> None:
    default = Lexicon.default()
    before = parse_article(ZEPHYR_STORY)
    lexicon = default.with_agencies(ZEPHYR)
    article = parse_article(ZEPHYR_STORY, lexicon=lexicon)
    assert article.dateline == Dateline(locations=("OSLO",), agency="Zephyr Wire")
    assert article.paragraphs == ("Freight rates rose on Monday.", "Brokers said demand held up.")
    assert article.notes[0].kind == "caption"
    assert article.contacts == ("Zephyr Chat: ann.lee.zephyr.net",)
    assert article.trailers == ("Zephyr Wire content may not be reproduced without permission.", "ZEPHYR")
    # the default lexicon knows no such agency, and is as it was
    assert before.paragraphs[-1] == "ZEPHYR"
    assert before.trailers == ()
    assert Lexicon.default() is default
    assert "zephyr" not in default.agency_names
    assert parse_article(ZEPHYR_STORY) == before


def test_a_lexicon_is_frozen_hashable_and_picklable() -> None:
    lexicon = Lexicon.default().with_agencies(ZEPHYR).with_titles("Harbourmaster")
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy == lexicon
    assert hash(copy) == hash(lexicon)
    assert copy.agency_names == lexicon.agency_names
    agencies = len(Lexicon.default().agencies) + 1
    assert repr(lexicon) == f"Lexicon({agencies} agencies, 292 verbs, 41 job titles, 173 speaker titles)"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lexicon.agencies = ()  # type: ignore[misc]


def test_patterns_are_built_once_for_each_lexicon() -> None:
    lexicon = Lexicon.default().with_agencies(ZEPHYR)
    first = apparatus._house_style(lexicon)
    assert apparatus._house_style(Lexicon.default().with_agencies(ZEPHYR)) is first  # an equal lexicon
    assert apparatus._house_style(Lexicon.default()) is not first


def test_a_row_of_the_same_key_takes_the_place_of_the_old_one() -> None:
    quiet = Agency(key="reuters", names={"reuters"})
    lexicon = Lexicon.default().with_agencies(quiet)
    assert len(lexicon.agencies) == len(Lexicon.default().agencies)
    assert "reuter" not in lexicon.agency_names
    assert apparatus.classify("REUTERS", lexicon) is None
    assert apparatus.classify("REUTERS") == ("trailer", "REUTERS")
    chirp = Verb(lemma="chirp", kind="adjacent", forms={"chirp", "chirps", "chirped"}, inverted={"chirped"})
    with_chirp = Lexicon.default().with_verbs(chirp)
    assert "chirped" in with_chirp.forms("adjacent")
    assert "chirped" not in Lexicon.default().forms("adjacent")
    assert Lexicon.default().forms("reporting") == verbs.REPORTING_VERBS
    assert Lexicon.default().inverted_verbs == verbs.INVERTED_VERBS
    assert Lexicon.default().participles == verbs.PARTICIPLES
    assert Lexicon.default().noun_forms == verbs.NOUN_FORMS
    with pytest.raises(ValueError, match="'kind' must be in"):
        Verb(lemma="chirp", kind="chirping", forms={"chirped"})  # type: ignore[arg-type]


def test_a_title_a_user_adds_is_read_in_a_byline() -> None:
    text = "By Ann Lee, Harbourmaster\n\nOSLO (Reuters) - Rates rose.\n"
    assert parse_article(text).byline == Byline(authors=(Person(name="Ann Lee"),), agency="Harbourmaster")
    lexicon = Lexicon.default().with_titles("Harbourmaster")
    byline = parse_article(text, lexicon=lexicon).byline
    assert byline == Byline(authors=(Person(name="Ann Lee", title="Harbourmaster"),))


LEXICON_JSON = {
    "agencies": [
        {
            "key": "zephyr",
            "names": ["zephyr", "zephyr wire"],
            "sign_offs": ["ZEPHYR"],
            "copyright": ["Zephyr Wire content may not be reproduced"],
        }
    ],
    "verbs": [{"lemma": "chirp", "kind": "adjacent", "forms": ["chirp", "chirped"]}],
    "titles": ["harbourmaster"],
}


def test_a_lexicon_is_read_from_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(LEXICON_JSON), encoding="utf-8")
    lexicon = Lexicon.from_file(path)
    assert "zephyr wire" in lexicon.agency_names
    assert "chirped" in lexicon.forms("adjacent")
    assert "harbourmaster" in lexicon.job_titles
    assert parse_article(ZEPHYR_STORY, lexicon=lexicon).trailers[-1] == "ZEPHYR"


def test_a_lexicon_is_read_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text(
        'titles = ["harbourmaster"]\n\n[[agencies]]\nkey = "zephyr"\nnames = ["zephyr wire"]\nsign_offs = ["ZEPHYR"]\n',
        encoding="utf-8",
    )
    if sys.version_info < (3, 11):
        with pytest.raises(ValueError, match=r"TOML needs Python 3\.11"):
            Lexicon.from_file(path)
        return
    lexicon = Lexicon.from_file(path)
    assert "zephyr wire" in lexicon.agency_names
    assert "harbourmaster" in lexicon.job_titles


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"agency": []}, "unknown lexicon keys: agency"),
        ({"agencies": [{"key": "x", "names": ["x"], "slogan": ["y"]}]}, "agencies: unknown fields slogan"),
        ({"agencies": [{"key": "x", "names": "x"}]}, "agencies: names is a list of strings"),
        ({"verbs": [{"lemma": "chirp", "kind": "tweeting", "forms": ["chirp"]}]}, "verbs: unknown kind 'tweeting'"),
        ({"verbs": [{"lemma": "chirp", "kind": "adjacent"}]}, "verbs: .*forms"),
        ({"titles": "harbourmaster"}, "titles: expected a list of strings"),
        (["agencies"], "a lexicon is a table"),
    ],
)
def test_a_lexicon_file_that_does_not_fit_says_why(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Lexicon.from_dict(data)


def _pattern_forms(phrase: str) -> set[str]:
    """How a phrase would stand in a pattern: "Reuters[ ]Messaging", "REUTERS|", "|AFP)"."""
    forms = {phrase.replace(" ", "[ ]"), phrase.replace(" ", r"\ ")} if " " in phrase else set()
    return forms | {f"{phrase}|", f"|{phrase})", f"(?:{phrase}"}


def test_an_agency_s_house_style_is_written_in_its_row_alone() -> None:
    source = Path(apparatus.__file__).parent
    code = {
        path.relative_to(source).as_posix(): path.read_text(encoding="utf-8")
        for path in source.rglob("*.py")
        if "lexicon" not in path.parts
    }
    fields = ("photo_credits", "sign_offs", "messaging", "copyright", "link_lines", "contact_lines")
    phrases = {phrase for row in agencies.AGENCY_ROWS for name in fields for phrase in getattr(row, name)}
    assert "Reuters Messaging" in phrases
    found = [(path, form) for path, text in code.items() for p in phrases for form in _pattern_forms(p) if form in text]
    assert found == []


def test_an_article_read_with_a_lexicon_is_written_back_with_it() -> None:
    lexicon = Lexicon.default().with_agencies(ZEPHYR).with_titles("Harbourmaster")
    text = "By Ann Lee, Harbourmaster, Zephyr\n\n" + ZEPHYR_STORY
    article = parse_article(text, lexicon=lexicon)
    assert article.byline == Byline(authors=(Person(name="Ann Lee", title="Harbourmaster"),), agency="Zephyr")
    assert parse_article(format_article(article, lexicon=lexicon), lexicon=lexicon) == article
