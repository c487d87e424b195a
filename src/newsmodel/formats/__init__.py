"""Archive formats in: Reuters-21578 and TREC SGML, NITF, NewsML-G2, ninjs and plain text.

Readers stream: one story at a time, memory bounded however large the file.
Markup that no reader takes (an HTML page) is never read as prose.

>>> from newsmodel.formats import read_stories, story_record
>>> sgml = b'<REUTERS NEWID="7"><TEXT><TITLE>OIL RISES</TITLE><DATELINE>LONDON, March 3 -</DATELINE>'
>>> sgml += b"<BODY>Oil rose.\\n Reuter\\n&#3;</BODY></TEXT></REUTERS>"
>>> story, = read_stories(sgml, source="reut2-000.sgm")
>>> story.source, story.article.headline, story.article.paragraphs, story.article.trailers
('reut2-000.sgm#NEWID=7', 'OIL RISES', ('Oil rose.',), ('Reuter',))
"""

from ._input import HEAD_BYTES, MAX_STORY_BYTES
from ._records import story_record
from ._table import FORMAT_TABLE, Format, FormatName, Split
from .reader import MARKUP_HINT, READERS, SPLIT_FORMATS, read_part, read_stories, split_stories
from .sniff import FORMATS, detect_format
from .story import Part, Story, StoryError

__all__ = [
    "FORMATS",
    "FORMAT_TABLE",
    "HEAD_BYTES",
    "MARKUP_HINT",
    "MAX_STORY_BYTES",
    "READERS",
    "SPLIT_FORMATS",
    "Format",
    "FormatName",
    "Part",
    "Split",
    "Story",
    "StoryError",
    "detect_format",
    "read_part",
    "read_stories",
    "split_stories",
    "story_record",
]
