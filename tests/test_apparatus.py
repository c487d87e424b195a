"""The wire apparatus and paragraph shapes of real copy, one table each."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Note, apparatus, credits, paragraphs, parse_article
from newsmodel.apparatus import classify, format_note
from newsmodel.paragraphs import split_paragraphs

# (line as the wire prints it, what it is, its value)
APPARATUS: list[tuple[str, str, object]] = [
    ("(Adds analyst comment, closing stock activity)", "note",
     Note(kind="editors_note", text="Adds analyst comment, closing stock activity")),
    ("(Recasts; adds details, byline)", "note", Note(kind="editors_note", text="Recasts; adds details, byline")),
    ("(This story was refiled to fix a typo in paragraph 3)", "note",
     Note(kind="refile", text="This story was refiled to fix a typo in paragraph 3")),
    ("(Corrects spelling of company name in paragraph 2)", "note",
     Note(kind="correction", text="Corrects spelling of company name in paragraph 2")),
    ("(Updates with company comments beginning in ninth paragraph.)", "note",
     Note(kind="editors_note", text="Updates with company comments beginning in ninth paragraph.")),
    ("EDITOR'S NOTE: This story contains language some readers may find offensive.", "note",
     Note(kind="editors_note", text="EDITOR'S NOTE: This story contains language some readers may find offensive.")),
    ("Keywords: RETAIL WALMART EXPANSION", "keywords", ("RETAIL", "WALMART", "EXPANSION")),
    ("Reuters Messaging: ann.lee.reuters.com@reuters.net", "contact",
     "Reuters Messaging: ann.lee.reuters.com@reuters.net"),
    ("+44 20 7542 1234", "contact", "+44 20 7542 1234"),
    ("To contact the reporter on this story: Greg Stohr in Washington at gstohr@bloomberg.net", "contact",
     "To contact the reporter on this story: Greg Stohr in Washington at gstohr@bloomberg.net"),
    ("(C) Reuters 2006. All rights reserved.", "trailer", "(C) Reuters 2006. All rights reserved."),
    ("©2019 Bloomberg L.P.", "trailer", "©2019 Bloomberg L.P."),
    ("Copyright 2019 The Associated Press. All rights reserved.", "trailer",
     "Copyright 2019 The Associated Press. All rights reserved."),
    ("nN23357340", "trailer", "nN23357340"),
    ("Reuter", "trailer", "Reuter"),
    ("___", "trailer", "___"),
    ("Follow Rachel D'Oro at https://twitter.com/rdoro", "trailer", "Follow Rachel D'Oro at https://twitter.com/rdoro"),
    ("More AP NBA: https://apnews.com/tag/NBAbasketball", "trailer", "More AP NBA: https://apnews.com/tag/NBAbasketball"),
    ("($1 = 0.7888 euro)", "trailer", "($1 = 0.7888 euro)"),
    ("((Multimedia versions of Reuters Top News are now available for: * 3000 Xtra))", "trailer",
     "((Multimedia versions of Reuters Top News are now available for: * 3000 Xtra))"),
    ("(refiles to fix a typo in the headline)", "note",
     Note(kind="refile", text="refiles to fix a typo in the headline")),
    ("(Adds analyst comment in paragraph 5", "note",
     Note(kind="editors_note", text="Adds analyst comment in paragraph 5")),
    ("(PLEASE BE ADVISED that this story contains graphic language)", "note",
     Note(kind="advisory", text="PLEASE BE ADVISED that this story contains graphic language")),
    ("(For a live blog on European markets, click here)", "note",
     Note(kind="live_blog", text="For a live blog on European markets, click here")),
    ("(In March 3 story, corrects name of chief executive)", "note",
     Note(kind="correction", text="In March 3 story, corrects name of chief executive")),
    ("FILE PHOTO - A sign stands outside a bank in Lisbon", "note",
     Note(kind="caption", text="FILE PHOTO - A sign stands outside a bank in Lisbon")),
    ("1 / 3", "note", Note(kind="caption", text="1 / 3")),
    ("This version corrects the spelling of the town to Tuva.", "note",
     Note(kind="correction", text="This version corrects the spelling of the town to Tuva.")),
    ("Credit Ann Lee/Getty Images", "note", Note(kind="caption", text="Credit Ann Lee/Getty Images")),
    ("A worker walks past a bank in Lisbon, March 3, 2021. REUTERS/Ann Lee", "note",
     Note(kind="caption", text="A worker walks past a bank in Lisbon, March 3, 2021. REUTERS/Ann Lee")),
    ("In this March 3, 2021 photo, a worker walks past a bank. (AP Photo/Ann Lee)", "note",
     Note(kind="caption", text="In this March 3, 2021 photo, a worker walks past a bank. (AP Photo/Ann Lee)")),
    ("Tel: 212 555 0142", "contact", "Tel: 212 555 0142"),
    ("e-mail ann.lee@example.com", "contact", "e-mail ann.lee@example.com"),
    ("1-212-555-0142", "contact", "1-212-555-0142"),
    ("For Related News, Double Click on one of these codes: ( E ) ( M )", "trailer",
     "For Related News, Double Click on one of these codes: ( E ) ( M )"),
    ("Find more election coverage at https://example.com/elections", "trailer",
     "Find more election coverage at https://example.com/elections"),
    ('Listen to the "Ask the Experts" podcast: https://example.com/podcast', "trailer",
     'Listen to the "Ask the Experts" podcast: https://example.com/podcast'),
    ("View original content:https://example.com/news/acme-dividend.html", "trailer",
     "View original content:https://example.com/news/acme-dividend.html"),
    ("+ 1 212 555 0142", "contact", "+ 1 212 555 0142"),
    ("Keywords: OIL PRICES the minister said it would be a long wait.", "story", None),
    ("Fax 212 555 0143", "contact", "Fax 212 555 0143"),
    ("Twitter: @annlee", "contact", "Twitter: @annlee"),
    ("Email: desk.oslo.reuters.com", "contact", "Email: desk.oslo.reuters.com"),
    ("Shares rose 3 percent on Tuesday.", "story", None),
    ("Tel Aviv shares fell 2 percent.", "story", None),
    ("Mobile phone sales rose.", "story", None),
    ("Email marketing firms said demand held up.", "story", None),
    ("(The company did not comment.)", "story", None),
]


@pytest.mark.parametrize(("line", "kind", "value"), APPARATUS)
def test_apparatus_lines_are_recognised(line: str, kind: str, value: object) -> None:
    found = classify(line)
    assert found == ((kind, value) if kind != "story" else None)


@pytest.mark.parametrize(("line", "kind", "value"), [case for case in APPARATUS if case[1] != "story"])
def test_apparatus_never_stays_in_the_body(line: str, kind: str, value: object) -> None:
    article = parse_article(f"LONDON (Reuters) - Shares rose.\n{line}\n")
    assert article.paragraphs == ("Shares rose.",)
    kept = {"note": article.notes, "keywords": (article.keywords,), "contact": article.contacts,
            "trailer": article.trailers}[kind]
    assert value in kept


@pytest.mark.parametrize("note", [case[2] for case in APPARATUS if case[1] == "note" and "NOTE" not in str(case[2])])
def test_notes_format_back(note: object) -> None:
    assert isinstance(note, Note)
    assert classify(format_note(note)) == ("note", note)


# (copy, paragraphs)
PARAGRAPHS: list[tuple[str, list[str]]] = [
    ("One paragraph.\nTwo paragraphs.\n", ["One paragraph.", "Two paragraphs."]),
    ("One paragraph.\n\nTwo paragraphs.\n", ["One paragraph.", "Two paragraphs."]),
    (
        "The first paragraph of this story is wrapped at a fixed\n"
        "width of about sixty characters, as old wire copy was,\n"
        "and ends here.\n\n"
        "The second one is wrapped the same way by the wire's old\n"
        "terminals, and ends here too.\n",
        [
            "The first paragraph of this story is wrapped at a fixed width of about sixty characters, "
            "as old wire copy was, and ends here.",
            "The second one is wrapped the same way by the wire's old terminals, and ends here too.",
        ],
    ),
    (
        "    NEW YORK, March 23 - Prices rose\nsharply today.\n    Traders were calm.\n",
        ["NEW YORK, March 23 - Prices rose sharply today.", "Traders were calm."],
    ),
    (
        "Sales rose.  Profit fell.      Shares were flat.",
        ["Sales rose.", "Profit fell.", "Shares were flat."],
    ),
    ('He said "we grew.  We hired," and left.', ['He said "we grew.  We hired," and left.'.replace("  ", " ")]),
    # a quotation closed on a comma ends no sentence: the attribution after the spaces is its own
    ('Sales rose.  "It is a good year,"  Ann Lee said.', ["Sales rose.", '"It is a good year," Ann Lee said.']),
    ("  By Ann Lee\n  LONDON (Reuters) - Shares rose.\n", ["By Ann Lee", "LONDON (Reuters) - Shares rose."]),
]


@pytest.mark.parametrize(("copy", "paragraphs"), PARAGRAPHS)
def test_paragraph_shapes(copy: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(copy) == paragraphs


# The prefilters before the glue and run-together patterns only skip work:
# they never turn away a paragraph that the pattern would accept.
_APPARATUS_TEXT = st.text(
    alphabet=st.sampled_from([*"abnCTtcMmEePpFf +@()0123456789.:-©AZ", "\u0660", "é", "ſ", "\t"]), max_size=40
)
_APPARATUS_PIECES = st.sampled_from(
    ["", "Keywords: A", "))x", " nL1N12345", "(C) Reuters", "Copyright 2020", "For Related News", ".  The",
     " (Updates prices)", "EDS: x", "This story corrects x", "1 / 5", " Photo", "FILE PHOTO -", "Credit A/B", "((x))",
     " --With assistance from ", "WITH ASSISTANCE FROM ", "A contributed.", "Ann Lee contributed to this report.",
     "Ann Lee in Paris", "Rob Cox of Breakingviews", "Ann  at  IFR"]
)


@given(_APPARATUS_PIECES, _APPARATUS_TEXT, _APPARATUS_PIECES)
def test_prefilters_never_turn_away_apparatus(before: str, text: str, after: str) -> None:
    line = before + text + after
    if apparatus._GLUE_HINT.search(line):
        assert apparatus._may_be_glued(line)
    if paragraphs._RUN_TOGETHER.search(line):
        assert "  " in line or "\t" in line
    opening = line.lstrip(" ")[:1]
    if apparatus._NOTE.match(line):
        assert opening in apparatus._NOTE_OPENINGS
    if apparatus._CAPTION.match(line):
        assert opening in apparatus._CAPTION_OPENINGS or opening.isdigit() or not opening.isascii()
    if apparatus._KEYWORDS.match(line):
        assert ":" in line
    if apparatus._WIRE_MESSAGE.match(line):
        assert line.lstrip(" ").startswith("((")
    for _, pattern, may_match in credits._SENTENCES:
        if pattern.match(line):
            assert may_match(line)
    if credits._IN_PLACE.match(line):
        assert " in " in line
    if credits._AFFILIATION.search(line):
        assert any(word in line for word in credits._AFFILIATION_WORDS)
