"""Archive formats in: each reader on real samples and on hand-made files, streaming,
never taking markup for prose, and safe against hostile XML and SGML."""

from __future__ import annotations

import io
import json
import pickle
import re
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import Byline, Dateline, Note, Person, parse_article, to_ninjs
from newsmodel.bulk import ERROR_TYPES, parse_bytes
from newsmodel.formats import (
    FORMATS,
    SPLIT_FORMATS,
    Part,
    Story,
    StoryError,
    detect_format,
    read_part,
    read_stories,
    split_stories,
    story_record,
)
from tests.corpus import corpus_root, manifest

DATA = Path(__file__).resolve().parent / "data"
G2 = DATA / "newsml-g2"
BOUND_SECONDS = 30.0  # far above what a linear read takes; only runaway behaviour breaks it
MEGABYTE = 1_000_000


def reuters(newid: int, body: str = "Oil rose.", title: str = "OIL RISES") -> bytes:
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="{newid + 5000}" NEWID="{newid}">\n'
        f"<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TOPICS><D>crude</D><D>ship</D></TOPICS>\n"
        f"<PLACES><D>usa</D></PLACES>\n<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
        f"<UNKNOWN> &#5;&#5;&#5;F\n&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>\n"
        f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n<AUTHOR>    By Ann Lee, Reuters</AUTHOR>\n"
        f"<DATELINE>    HOUSTON, Feb 26 - </DATELINE><BODY>{body}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    ).encode()


REUTERS_FILE = b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + reuters(1) + reuters(2, "Gold &amp; silver fell.", "GOLD")

TREC_FILE = b"""<DOC>
<DOCNO> AP890101-0001 </DOCNO>
<FILEID>AP-NR-01-01-89 2358EST</FILEID>
<HEAD>$adv 05</HEAD>
<HEAD>For Release PMs Thursday Jan 5</HEAD>
<HEAD>Eds: SUBS 3rd graf to CORRECT date</HEAD>
<HEAD>Prices Rise &amp; Bonds Fall</HEAD>
<BYLINE>By ANN LEE</BYLINE>
<BYLINE>AP Business Writer</BYLINE>
<DATELINE>NEW YORK (AP) </DATELINE>
<TEXT>
   Prices rose on Monday, the
report said.
   ``We are pleased,'' said Bo Ku, the chairman.
</TEXT>
<NOTE>EDITOR'S NOTE </NOTE>
<TEXT>
   Ann Lee covers markets for The Associated Press.
</TEXT>
</DOC>
<DOC>
<DOCNO> AP890101-0002 </DOCNO>
<HEAD>In Brief</HEAD>
<DATELINE>PARIS (AP) </DATELINE>
<TEXT>
   Bread cost more.
</TEXT>
<NOTE>____</NOTE>
<NOTE>Wine Costs Less</NOTE>
<DATELINE>ROME (AP) </DATELINE>
<TEXT>
   Wine cost less.
</TEXT>
</DOC>
"""

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <head><title>Prices</title><docdata><doc-id id-string="abc-123"/><date.issue norm="20240101T000000Z"/>
    <key-list><keyword key="markets"/></key-list></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>Prices rise</hl1><hl2>Bonds fall</hl2></hedline>
      <byline>By Ann Lee, <byttl>Staff Writer</byttl></byline>
      <dateline><location>LONDON</location>, Jan 1 (Reuters)</dateline>
    </body.head>
    <body.content>
      <p>Prices rose on <em>Monday</em>.</p>
      <block><p>\xe2\x80\x9cWe are pleased,\xe2\x80\x9d said Bo Ku.</p></block>
    </body.content>
    <body.end><tagline>(Editing by Ed Fry)</tagline></body.end>
  </body>
</nitf>
"""


def stories(data: bytes, source: str, **options: Any) -> list[Story]:
    return list(read_stories(data, source=source, **options))


def the_story(data: bytes, source: str, **options: Any) -> Story:
    (story,) = stories(data, source, **options)
    return story


# --- format detection: one table, content first ----------------------------------------

DETECTION = [
    (b"PARIS (Reuters) - Prices rose.", None, "text"),
    (b"  \n<MIRTONE INTERNATIONAL INC> 1ST QTR NET\nShr 10 cts", None, "text"),
    (b"<5 pct of the shares changed hands", "a.html", "text"),
    (b"[Reuters] Prices rose", None, "text"),
    (b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1">', None, "reuters21578"),
    (b'<REUTERS TOPICS="NO" NEWID="1">', "x.txt", "reuters21578"),
    (b"<DOC>\n<DOCNO> AP890101-0001 </DOCNO>", None, "trec"),
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment -->\n<nitf>', None, "nitf"),
    (b'<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">', None, "newsml-g2"),
    (b'<g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/">', None, "newsml-g2"),
    (b'{"uri": "urn:x", "type": "text"}', None, "ninjs"),
    (b'[{"uri": "urn:x"}]', None, "ninjs"),
    (b"<!DOCTYPE html>\n<html><head><title>x</title></head>", None, "markup"),
    (b"<p>Shares rose.</p>", None, "markup"),
    (b"Some junk\n<html><body>page</body></html>", None, "markup"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', None, "markup"),
    (b'<?xml version="1.0"?>\n<!--' + b"x" * 70_000, "story.nitf", "nitf"),
]


@pytest.mark.parametrize(("head", "name", "expected"), DETECTION)
def test_detect_format(head: bytes, name: str | None, expected: str) -> None:
    assert detect_format(head, name) == expected


def test_every_detected_format_has_a_name_in_formats() -> None:
    assert {expected for _, _, expected in DETECTION} == set(FORMATS)


# --- Reuters-21578 ----------------------------------------------------------------------


def test_reuters_stories_with_their_metadata() -> None:
    first, second = stories(REUTERS_FILE, "reut2-000.sgm")
    assert first.source == "reut2-000.sgm#NEWID=1"
    assert second.source == "reut2-000.sgm#NEWID=2"
    assert first.format == "reuters21578"
    article = first.article
    assert article is not None
    assert article.headline == "OIL RISES"
    assert article.byline == Byline(authors=(Person(name="Ann Lee"),), agency="Reuters")
    assert article.dateline is not None
    assert article.dateline.locations == ("HOUSTON",)
    assert article.paragraphs == ("Oil rose.",)
    assert article.trailers == ("Reuter",)  # the 1987 sign-off; the &#3; end mark is gone
    assert first.metadata["topics"] == ("crude", "ship")
    assert first.metadata["places"] == ("usa",)
    assert first.metadata["people"] == ()
    assert first.metadata["date"] == "26-FEB-1987 15:01:01.79"
    assert first.metadata["attributes"]["NEWID"] == "1"
    assert first.metadata["text_type"] == "NORM"
    assert second.article is not None
    assert second.article.paragraphs == ("Gold & silver fell.",)


def test_reuters_brief_and_unprocessed_stories() -> None:
    brief = b'<REUTERS NEWID="3"><TEXT TYPE="BRIEF">&#2;\n<TITLE>U.S. PRICES RISE</TITLE>\n&#3;</TEXT></REUTERS>'
    unprocessed = (
        b'<REUTERS NEWID="4"><TEXT TYPE="UNPROC">&#2;\nMEETINGS - APRIL 3\n Burlington\n Reuter\n&#3;</TEXT></REUTERS>'
    )
    short, raw = stories(brief + unprocessed, "r.sgm")
    assert short.article is not None
    assert short.article.headline == "U.S. PRICES RISE"
    assert short.article.paragraphs == ()
    assert raw.article is not None
    assert raw.metadata["text_type"] == "UNPROC"
    assert raw.article.paragraphs == ("MEETINGS - APRIL 3", "Burlington")
    assert raw.article.trailers == ("Reuter",)


def test_reuters_faults_stay_with_their_story() -> None:
    latin = reuters(5, "Caf\u00e9 prices rose.").replace(b"\xc3\xa9", b"\xe9")
    unclosed = reuters(6).replace(b"</REUTERS>", b"")
    data = reuters(4) + latin + unclosed + reuters(7) + reuters(8).replace(b"</REUTERS>\n", b"")
    results = stories(data, "r.sgm")
    assert [s.source for s in results] == [f"r.sgm#NEWID={n}" for n in (4, 5, 6, 7, 8)]
    assert [s.error.type if s.error else None for s in results] == [None, "decode", "format", None, "format"]
    assert "no </REUTERS> before the next <REUTERS>" in str(results[2].error)
    assert "ends inside" in str(results[4].error)
    fixed = stories(latin, "r.sgm", encoding="latin-1")[0].article
    assert fixed is not None
    assert fixed.paragraphs == ("Caf\u00e9 prices rose.",)


def test_a_story_over_the_limit_is_refused_and_the_next_one_read() -> None:
    long_one = reuters(9, "Oil rose. " * 2000)
    results = stories(reuters(8) + long_one + reuters(10), "r.sgm", max_story_bytes=10_000)
    assert [s.error.type if s.error else None for s in results] == [None, "too-large", None]
    assert results[1].source == "r.sgm#NEWID=9"
    assert "longer than 10,000 bytes" in str(results[1].error)


@pytest.mark.parametrize(
    ("data", "format_"),
    [
        (b"PARIS (Reuters) - " + b"Prices rose. " * 10_000, "text"),
        (b"<DOC><DOCNO>X-1</DOCNO><TEXT>" + b"Prices rose. " * 10_000 + b"</TEXT></DOC>", "trec"),
        (b"<nitf><body><body.content><p>" + b"Prices rose. " * 10_000 + b"</p></body.content></body></nitf>", "nitf"),
        (b'[{"uri": "urn:a", "body_text": "' + b"Prices rose. " * 10_000 + b'"}]', "ninjs"),
    ],
    ids=["text", "trec", "nitf", "ninjs"],
)
def test_every_reader_gives_too_large_past_its_cap(data: bytes, format_: str) -> None:
    story = stories(data, "x", format=format_, max_story_bytes=500)[0]
    assert story.error is not None
    assert story.error.type == "too-large"
    assert "500 bytes" in story.error.message


def test_reuters_streams_one_story_at_a_time() -> None:
    class Counting(io.BytesIO):
        served = 0

        def read(self, size: int | None = -1) -> bytes:
            piece = super().read(size)
            self.served += len(piece)
            return piece

    stream = Counting(b"".join(reuters(n) for n in range(1, 3001)))  # about 2 MB
    found = read_stories(stream, source="big.sgm")
    first = next(found)
    assert first.source == "big.sgm#NEWID=1"
    assert stream.served <= 200_000  # the head and a chunk, not the file
    assert sum(1 for _ in found) == 2999


def test_memory_stays_flat_on_a_large_file() -> None:
    """Reading ten times the stories needs no more memory than reading a tenth of them."""

    def peak(count: int) -> int:
        data = io.BytesIO(b"".join(reuters(n, "Oil rose. " * 50) for n in range(count)))
        tracemalloc.start()
        try:
            for story in read_stories(data, source="big.sgm"):
                assert story.article is not None
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(50), peak(500)
    assert large < 2 * small + MEGABYTE


# --- TREC -------------------------------------------------------------------------------


def test_trec_stories_fields_and_parts() -> None:
    first, brief, second_brief = stories(TREC_FILE, "ap890101")
    assert first.source == "ap890101#DOCNO=AP890101-0001"
    article = first.article
    assert article is not None
    assert article.headline == "Prices Rise & Bonds Fall"
    assert article.byline == Byline(authors=(Person(name="ANN LEE", title="AP Business Writer"),))
    assert article.dateline == Dateline(locations=("NEW YORK",), agency="AP")
    assert article.paragraphs == (
        "Prices rose on Monday, the report said.",
        "``We are pleased,'' said Bo Ku, the chairman.",
    )
    assert [quote.speaker for quote in article.quotes] == ["Bo Ku"]
    assert [note.kind for note in article.notes] == ["correction", "editors_note"]
    assert article.notes[1] == Note(
        kind="editors_note", text="EDITOR'S NOTE: Ann Lee covers markets for The Associated Press."
    )
    assert first.metadata["heads"][0] == "$adv 05"
    assert first.metadata["fileid"] == "AP-NR-01-01-89 2358EST"
    assert (first.metadata["part"], first.metadata["parts"]) == (1, 1)
    assert brief.source == "ap890101#DOCNO=AP890101-0002"
    assert second_brief.source == "ap890101#DOCNO=AP890101-0002&part=2"
    assert brief.article is not None
    assert second_brief.article is not None
    assert (brief.article.headline, brief.article.paragraphs) == ("In Brief", ("Bread cost more.",))
    assert second_brief.article.headline == "Wine Costs Less"
    assert second_brief.article.dateline == Dateline(locations=("ROME",), agency="AP")
    assert second_brief.metadata["parts"] == 2


def test_trec_paragraph_elements_and_an_empty_doc() -> None:
    data = b"<DOC><DOCNO>LA010189-0001</DOCNO><HEADLINE><P>Rain</P></HEADLINE>"
    data += b"<TEXT><P>It rained.</P><P>A lot.</P></TEXT></DOC>"
    data += b"<DOC><DOCNO>LA010189-0002</DOCNO></DOC>"
    rain, empty = stories(data, "la010189")
    assert rain.article is not None
    assert (rain.article.headline, rain.article.paragraphs) == ("Rain", ("It rained.", "A lot."))
    assert empty.error == StoryError(type="input", message="the <DOC> holds no text")


# --- the corpus's raw SGML: the acceptance test ------------------------------------------


def test_corpus_sgml_gives_the_stories_with_the_text_and_fields_of_the_markup() -> None:
    """Each raw .sgm/.sgml file gives its stories; the one the manifest names has the
    paragraphs of the matching .txt, and the title, byline and dateline of the markup."""
    root = corpus_root()
    checked = 0
    for entry in manifest():
        raw = entry.get("raw_file", "")
        if not raw.endswith((".sgm", ".sgml")):
            continue
        assert root is not None
        name = Path(raw).name
        data = (root / raw).read_bytes()
        found = stories(data, name)
        assert found, name
        assert all(story.article is not None for story in found), name
        story_id = re.search(r"\[(.*)\]", entry["source_path"]).group(1)  # type: ignore[union-attr]
        expected_source = f"{name}#{story_id}" if story_id.startswith("NEWID=") else f"{name}#DOCNO={story_id}"
        assert found[0].source == expected_source
        article = found[0].article
        assert article is not None
        text = (root / entry["file"]).read_text(encoding="utf-8")
        assert article.paragraphs == parse_article(text).paragraphs, name
        heads = found[0].metadata.get("heads", [found[0].metadata.get("title")])
        assert article.headline in heads or (article.headline is None and not heads[0]), name
        if "byline" in entry:  # "By CHET CURRIER / AP Business Writer"
            assert article.byline is not None, name
            names = [author.name for author in article.byline.authors]
            assert names == [entry["byline"].split(" / ")[0].removeprefix("By ")]
        if "dateline_field" in entry and article.dateline is None:  # a dateline the parser does not read
            assert found[0].metadata["dateline"] == entry["dateline_field"].strip()
        elif "dateline_field" in entry:
            assert article.dateline is not None
            printed = entry["dateline_field"].upper()
            assert all(place.upper() in printed for place in article.dateline.locations), name
        checked += 1
    assert checked == 57


def test_corpus_html_is_markup_and_corpus_text_is_text() -> None:
    root = corpus_root()
    kinds: dict[str, set[str]] = {}
    for entry in manifest():
        assert root is not None
        for key in ("file", "raw_file"):
            if key in entry:
                path = root / entry[key]
                kinds.setdefault(path.suffix, set()).add(detect_format(path.read_bytes()[:65536], path.name))
    assert kinds == {".txt": {"text"}, ".src": {"text"}, ".html": {"markup"}, ".sgm": {"reuters21578"},
                     ".sgml": {"trec"}}


# --- markup -----------------------------------------------------------------------------


def test_markup_is_one_error_and_never_prose() -> None:
    page = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>Prices rose.</p></body></html>"
    story = the_story(page, "page.html")
    assert story.error is not None
    assert story.error.type == "markup"
    assert "extract" in story.error.message
    assert story_record(story) == {"source": "page.html", "error": {"type": "markup", "message": story.error.message}}
    forced = the_story(b'<?xml version="1.0"?><rss><channel/></rss>', "feed.xml", format="nitf")
    assert forced.error is not None
    assert forced.error.type == "markup"


@pytest.mark.parametrize("format_", ["reuters21578", "trec", "ninjs", "newsml-g2"])
def test_an_archive_without_a_story_still_gives_a_record(format_: str) -> None:
    message = b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet/></newsMessage>'
    empty = message if format_ == "newsml-g2" else b"[]"
    story = the_story(empty, "empty", format=format_)
    assert story.error == StoryError(type="input", message=f"no story: a {format_} input without one")


def test_an_unknown_format_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        stories(b"text", "a.txt", format="docx")


# --- NITF and NewsML-G2 -----------------------------------------------------------------


def test_nitf_document() -> None:
    story = the_story(NITF, "a.xml")
    assert story.source == "a.xml#doc-id=abc-123"
    article = story.article
    assert article is not None
    assert article.headline == "Prices rise"
    assert article.byline == Byline(authors=(Person(name="Ann Lee", title="Staff Writer"),))
    assert article.dateline is not None
    assert (article.dateline.locations, article.dateline.agency) == (("LONDON",), "Reuters")
    assert article.paragraphs == ("Prices rose on Monday.", "\u201cWe are pleased,\u201d said Bo Ku.")
    assert [credit.role for credit in article.credits] == ["editing"]
    assert story.metadata["hl2"] == ("Bonds fall",)
    assert story.metadata["keywords"] == ("markets",)
    assert story.metadata["date_issue"] == "20240101T000000Z"


def test_iptc_news_item_with_nitf_inline() -> None:
    story = the_story((G2 / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes(), "item.xml")
    assert story.source == "item.xml#guid=urn:newsml:acmenews.com:20161121:US-FINANCE-FED"
    article = story.article
    assert article is not None
    assert article.headline == 'Fed to halt QE to avert "bubble"'
    assert article.byline == Byline(authors=(Person(name="Meredith Jameson", title="Staff Reporter"),))
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith("Ugiating ea feugait")
    assert story.metadata["item_class"] == "ninat:text"
    assert story.metadata["located"] == "New York, NY"
    assert story.metadata["copyright_notice"] == "Copyright 2017-18 Acme News and Media LLC"
    assert story.metadata["subjects"] == ("medtop:04000000", "medtop:20000350", "medtop:20000379")


def test_iptc_news_item_without_text_and_a_video_item() -> None:
    item = the_story((G2 / "LISTING_1_A_NewsML-G2_News_Item.xml").read_bytes(), "item.xml")
    assert item.article is not None
    assert item.article.headline == 'Fed to halt QE to avert "bubble"'
    assert item.article.paragraphs == ()
    assert item.article.dateline == Dateline(locations=("Berlin",))
    assert item.article.notes[0].text.startswith("Note to editors: STRICTLY EMBARGOED.")
    video = the_story((G2 / "ap_metadata_example.xml").read_bytes(), "video.xml")
    assert video.error == StoryError(type="input", message="a ninat:video item holds no story text")
    assert video.source == "video.xml#guid=tag:example.com,2008:407624"


def test_iptc_nitf_fragment() -> None:
    """IPTC's listing 25 is a contentSet fragment: XML that no reader takes; its <nitf> reads."""
    fragment = (G2 / "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml").read_bytes()
    assert detect_format(fragment) == "markup"
    nitf = fragment[fragment.index(b"<nitf") : fragment.index(b"</nitf>") + len(b"</nitf>")]
    story = the_story(nitf, "fragment.xml")
    assert story.article is not None
    assert story.article.headline == "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m."
    assert story.article.byline is None  # a byline of a title alone names nobody
    assert story.metadata["bylines"] == ("",)
    assert story.metadata["abstract"].startswith("A pair of teams")
    assert len(story.article.paragraphs) == 1


def test_a_news_message_streams_its_items() -> None:
    item = (G2 / "LISTING_2_NewsML-G2_Text_Document.xml").read_text(encoding="utf-8")
    item = item[item.index("<newsItem") :]
    items = "".join(item.replace("US-FINANCE-FED", f"STORY-{n}") for n in range(3))
    message = (
        '<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/>'
        f'<itemSet>{items}<packageItem guid="urn:p" xmlns="http://iptc.org/std/nar/2006-10-01/"/></itemSet>'
        "</newsMessage>"
    )
    results = stories(message.encode(), "message.xml")
    assert [s.source.rsplit(":", 1)[-1] for s in results] == ["STORY-0", "STORY-1", "STORY-2", "p"]
    assert all(s.article is not None for s in results[:3])
    assert results[3].error == StoryError(type="input", message="a packageItem item holds no story text")


def test_xhtml_and_plain_text_inline() -> None:
    ns = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'
    xhtml = (
        f'<newsItem {ns} guid="urn:a"><contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>'
        "<body><p>PARIS (Reuters) - Prices rose.</p><p>Bonds fell.</p></body></html>"
        "</inlineXML></contentSet></newsItem>"
    )
    plain = (
        f'<newsItem {ns} guid="urn:b"><contentMeta><dateline>ROME (AP)</dateline></contentMeta>'
        '<contentSet><inlineData contenttype="text/plain">Wine cost less.\n\nBread more.</inlineData>'
        "</contentSet></newsItem>"
    )
    first = the_story(xhtml.encode(), "x.xml").article
    second = the_story(plain.encode(), "p.xml").article
    assert first is not None
    assert second is not None
    assert first.paragraphs == ("Prices rose.", "Bonds fell.")
    assert first.dateline == Dateline(locations=("PARIS",), agency="Reuters")
    assert second.paragraphs == ("Wine cost less.", "Bread more.")
    assert second.dateline == Dateline(locations=("ROME",), agency="AP")


def test_broken_xml_is_a_format_error() -> None:
    story = the_story(NITF.replace(b"</nitf>", b""), "a.xml")
    assert story.error is not None
    assert story.error.type == "format"
    assert "not well-formed XML" in story.error.message


# --- hostile XML and SGML ---------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [
 <!ENTITY lol "lol">
""" + b"".join(
    f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n'.encode() for n in range(1, 10)
) + b"""]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>
"""


def refused(data: bytes, source: str) -> tuple[Story, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        story = the_story(data, source)
        return story, time.perf_counter() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("root", ["nitf", "newsItem"])
def test_billion_laughs_is_refused_in_bounded_time_and_memory(root: str) -> None:
    data = BILLION_LAUGHS.replace(b"nitf", root.encode())
    story, seconds, peak = refused(data, "laughs.xml")
    assert story.error is not None
    assert story.error.type == "format"
    assert "declares entities" in story.error.message
    assert seconds < BOUND_SECONDS
    assert peak < 10 * MEGABYTE  # the expansion would take gigabytes


def test_external_entities_are_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">', encoding="utf-8")
    body = "<nitf><body><body.content><p>A &leak; B</p></body.content></body></nitf>"
    general = f'<!DOCTYPE nitf [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>{body}'
    parameter = f'<!DOCTYPE nitf [<!ENTITY % ext SYSTEM "{dtd.as_uri()}"> %ext;]>{body}'
    external_dtd = f'<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">{body}'
    for document in (general, parameter):
        story, seconds, _ = refused(document.encode(), "x.xml")
        assert story.error is not None
        assert story.error.type == "format"
        assert seconds < BOUND_SECONDS
    story, _, _ = refused(external_dtd.encode(), "x.xml")  # the DTD is never fetched
    assert "TOP SECRET" not in json.dumps(story_record(story))
    assert story.article is not None
    assert story.article.paragraphs == ("A B",)


def test_deep_nesting_and_size_are_bounded() -> None:
    deep = b"<nitf>" + b"<p>" * 100_000 + b"</p>" * 100_000 + b"</nitf>"
    story = the_story(deep, "deep.xml")
    assert story.error is not None
    assert "nested deeper" in story.error.message
    big = b"<nitf><body><body.content><p>" + b"word " * 400_000 + b"</p></body.content></body></nitf>"
    story = the_story(big, "big.xml", max_story_bytes=100_000)
    assert story.error is not None
    assert "without a complete story" in story.error.message


SGML_HOSTILE = {
    "unclosed tags in a DOC": lambda: b"<DOC><DOCNO>X</DOCNO>" + b"<TEXT>" * (MEGABYTE // 6) + b"</DOC>",
    "start tags without a close": lambda: b"<DOC " * (MEGABYTE // 25),  # a story each: fewer
    "unclosed REUTERS elements": lambda: b"<REUTERS NEWID=1>" * (MEGABYTE // 85),
    "entity-like runs": lambda: b'<REUTERS NEWID="1"><TEXT><BODY>' + b"&#" * (MEGABYTE // 2) + b"</BODY></TEXT>",
    "stray angle brackets": lambda: b'<REUTERS NEWID="1"><TEXT><BODY>' + b"<A " * (MEGABYTE // 3) + b"</BODY></TEXT>",
}


@pytest.mark.parametrize("family", list(SGML_HOSTILE))
def test_hostile_sgml_is_read_in_linear_time(family: str) -> None:
    data = SGML_HOSTILE[family]()
    started = time.perf_counter()
    for format_ in ("reuters21578", "trec"):
        for story in read_stories(data, source="x", format=format_):
            assert story.article is not None or story.error is not None
    assert time.perf_counter() - started < BOUND_SECONDS


HTML_HOSTILE = {
    "unclosed comments": lambda: "<!--" * (MEGABYTE // 4),
    "paragraph tags": lambda: "<p>" * (MEGABYTE // 10),
    "unclosed tags": lambda: "<p a=b " * (MEGABYTE // 7),  # the text is then prose for the parser
    "ampersands": lambda: "&#" * (MEGABYTE // 2),
    "declarations": lambda: "<![CDATA[" * (MEGABYTE // 9),
}


@pytest.mark.parametrize("family", list(HTML_HOSTILE))
def test_hostile_markup_bodies_are_read_in_linear_time(family: str) -> None:
    item = {"uri": "urn:x", "bodies": [{"contentType": "text/html", "value": HTML_HOSTILE[family]()}]}
    started = time.perf_counter()
    story = the_story(json.dumps(item).encode(), "x.json")
    assert story.article is not None or (story.error is not None and story.error.type == "input")  # markup, no text
    assert time.perf_counter() - started < BOUND_SECONDS


# --- ninjs files --------------------------------------------------------------------------


def test_ninjs_files_one_item_an_array_and_json_lines() -> None:
    items = [to_ninjs(parse_article(f"PARIS (Reuters) - Story {n}."), uri=f"urn:example:{n}") for n in range(3)]
    one = the_story(json.dumps(items[0]).encode(), "one.json")
    assert one.source == "one.json#uri=urn:example:0"
    assert one.metadata["uri"] == "urn:example:0"
    array = stories(json.dumps(items, indent=2).encode(), "all.json")
    lines = stories("\n".join(json.dumps(item) for item in items).encode(), "all.jsonl")
    for found in (array, lines):
        assert [story.article.paragraphs for story in found if story.article] == [(f"Story {n}.",) for n in range(3)]
    example = the_story((DATA / "ninjs" / "004_simple_text_article.json").read_bytes(), "004.json")
    assert example.article is not None
    assert example.article.headline == "Captain of wrecked cruise ship on trial in Italy"


def test_ninjs_file_faults() -> None:
    broken = stories(b'[{"uri": "urn:a"}, {"uri": ', "b.json")
    assert [s.error.type if s.error else None for s in broken] == ["input", "json"]  # no body: no story
    not_items = stories(b'[1, {"type": "picture"}]', "c.json", format="ninjs")
    assert [s.error.type for s in not_items if s.error] == ["format", "format"]
    deep = the_story(b"[" * 100_000, "e.json")
    assert deep.error == StoryError(type="json", message="not JSON: arrays or objects nested too deep at item 1")
    unclosed = stories(b'[{"uri": "urn:a"}', "d.json")
    assert unclosed[-1].error is not None
    assert "not closed" in unclosed[-1].error.message


def test_a_large_ninjs_array_streams() -> None:
    item = json.dumps(to_ninjs(parse_article("PARIS (Reuters) - " + "Prices rose. " * 200)))
    data = ("[" + ",\n".join([item] * 400) + "]").encode()
    found = stories(data, "big.json", max_story_bytes=50_000)
    assert len(found) == 400
    assert all(story.article is not None for story in found)


# --- text and records ---------------------------------------------------------------------


def test_text_is_one_story_as_before() -> None:
    story = the_story(b"PARIS (Reuters) - Prices rose.", "a.txt")
    assert story.source == "a.txt"
    assert story.article == parse_article("PARIS (Reuters) - Prices rose.")
    assert the_story(b"\x89PNG\r\n\x1a\n\x00\x00", "b.txt").error == StoryError(
        type="binary", message="the input holds NUL bytes: not text"
    )
    assert the_story(b"  \n", "c.txt").error == StoryError(type="input", message="no text")
    assert the_story(b"x" * 2000, "d.txt", max_story_bytes=1000).error is not None


_TEXT_PIECES = [b"PARIS (Reuters) - Up.", b"\xff", b"\xfe", b"\x00", b"\xe9", b"\xef\xbb\xbf", b" ", b"\n"]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=12).map(b"".join),
       st.sampled_from(["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-32", "cp1252", "nosuchcodec"]),
       st.sampled_from(["strict", "replace", "surrogateescape"]))
@example(("A\x00B").encode("utf-16"), "utf-16", "strict")
@example(b"\xff\xfeP\x00", "utf-8", "strict")
def test_the_text_reader_decodes_as_bulk_does(data: bytes, encoding: str, errors: str) -> None:
    """One decoding path: the same bytes give the same text, or the same error, both ways."""
    if not data.strip(b" \n"):
        return  # white space alone: an article in bulk, no story for the reader
    record = parse_bytes(data, source="a.txt", encoding=encoding, errors=errors)
    story = the_story(data, "a.txt", format="text", encoding=encoding, errors=errors)
    if "error" in record:
        assert story.error == StoryError(**record["error"])
    elif story.error is None:
        assert story_record(story)["article"] == record["article"]
    else:  # text of white space once decoded (a byte-order mark alone)
        assert story.error.type == "input"


def test_records_are_json_and_of_the_bulk_shape() -> None:
    story = stories(REUTERS_FILE, "r.sgm")[0]
    record = story_record(story)
    assert set(record) == {"source", "article", "metadata"}
    assert record["metadata"]["topics"] == ["crude", "ship"]
    assert json.loads(json.dumps(record)) == record
    undecoded = story_record(stories(reuters(4).replace(b"Oil", b"\xffOil"), "r.sgm")[0])
    assert set(undecoded) == {"source", "error"}
    empty = story_record(stories(b"<DOC><DOCNO>X-1</DOCNO><FILEID>F</FILEID></DOC>", "t")[0])
    assert empty == {"source": "t#DOCNO=X-1", "metadata": {"docno": "X-1", "fileid": "F"},
                     "error": {"type": "input", "message": "the <DOC> holds no text"}}
    assert {undecoded["error"]["type"], empty["error"]["type"]} <= ERROR_TYPES


def test_records_with_fields_and_ninjs_in_place_of_the_article() -> None:
    story = stories(REUTERS_FILE, "r.sgm")[0]
    record = story_record(story, fields={"batch": 3}, to="ninjs")
    assert list(record) == ["source", "fields", "metadata", "ninjs"]
    assert record["ninjs"] == to_ninjs(story.article)  # type: ignore[arg-type]
    plain = story_record(the_story(b"PARIS (Reuters) - Prices rose.", "a.txt"))
    assert list(plain) == ["source", "article"]  # a plain text gives no metadata
    item = to_ninjs(parse_article("PARIS (Reuters) - Prices rose."), uri="urn:example:kept")
    again = story_record(the_story(json.dumps(item).encode(), "i.json"), to="ninjs")
    assert again["ninjs"]["uri"] == "urn:example:kept"
    with pytest.raises(ValueError, match="unknown article format"):
        story_record(story, to="xml")


def test_a_story_is_immutable_and_pickles() -> None:
    story = stories(REUTERS_FILE, "r.sgm")[0]
    assert pickle.loads(pickle.dumps(story)) == story
    with pytest.raises(TypeError):
        story.metadata["topics"] = ()  # type: ignore[index]
    with pytest.raises(ValueError, match="either an article or an error"):
        Story(source="x", format="text")
    with pytest.raises(ValueError, match="type"):
        StoryError(type="oops", message="x")  # type: ignore[arg-type]


_PIECES = [
    b"<REUTERS NEWID=\"1\">", b"</REUTERS>", b"<TEXT>", b"</TEXT>", b"<BODY>", b"</BODY>", b"<DOC>", b"</DOC>",
    b"<DOCNO>X</DOCNO>", b"<DATELINE>", b"</DATELINE>", b"<nitf>", b"</nitf>", b"<p>", b"</p>", b"<!--", b"-->",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&amp;", b"&#3;", b"&a;", b'{"uri": ', b"[", b"]", b"{", b"}", b'"', b",",
    b"LONDON (Reuters) - ", b"Prices rose. ", b"\xff", b"\x00", b"\n", b" ",
]


@settings(max_examples=200)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.binary(max_size=8)), max_size=40).map(b"".join),
       st.sampled_from([None, *FORMATS]))
def test_any_bytes_give_stories_and_never_raise(data: bytes, format_: str | None) -> None:
    found = stories(data, "x", format=format_, max_story_bytes=200)
    assert found
    for story in found:
        assert (story.article is None) != (story.error is None)
        assert json.loads(json.dumps(story_record(story))) is not None


@settings(max_examples=200)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.binary(max_size=8)), max_size=40).map(b"".join),
       st.sampled_from(SPLIT_FORMATS))
def test_parts_read_one_by_one_give_the_stories_of_the_file(data: bytes, format_: str) -> None:
    """Cutting in one process and reading the parts in others gives what reading the file gives."""
    parts = list(split_stories(data, source="x", format=format_, max_story_bytes=200))
    assert parts
    moved = [pickle.loads(pickle.dumps(part)) for part in parts]  # as a worker process gets them
    assert moved == parts
    read = [story for part in moved for story in read_part(part)]
    assert read == stories(data, "x", format=format_, max_story_bytes=200)


def test_cutting_reads_no_story_and_unknown_formats_are_refused() -> None:
    data = b"".join(reuters(n) for n in range(1, 4)) + reuters(4).replace(b"</REUTERS>", b"")
    parts = list(split_stories(io.BytesIO(data), source="r.sgm", format="reuters21578"))
    assert [(part.source, part.error.type if part.error else None) for part in parts] == [
        ("r.sgm#NEWID=1", None), ("r.sgm#NEWID=2", None), ("r.sgm#NEWID=3", None), ("r.sgm#NEWID=4", "format")]
    assert parts[0].data == reuters(1).rstrip(b"\n")
    with pytest.raises(ValueError, match="not cut into parts"):
        next(split_stories(b"x", source="a.txt", format="text"))
    with pytest.raises(ValueError, match="not cut into parts"):
        read_part(Part(source="a.txt", format="nitf", data=b"<nitf/>"))
