"""Forms of attribution, written from the language rather than from any article:
each row is a short story in our own words and the speaker of each quotation.

The rows say only who speaks, not which sieve found it, so that they hold
whatever the order of the sieves.
"""

from __future__ import annotations

import pytest

from newsmodel.quotes import find_quotes

Row = tuple[tuple[str, ...], list[str | None]]

#: Verbs of saying from the communication classes (VerbNet 37, PARC), in every
#: attributing form; verbs of the manner of speaking and phrasal verbs beside their quotation.
VERBS: list[Row] = [
    (('"Please come home," Marta Oyelaran implored.',), ["Marta Oyelaran"]),
    (('"That is a disgrace," Lindqvist charged.',), ["Lindqvist"]),
    (('"Nothing has changed," Ruiz reassured investors.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz affirms.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz avers.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz hinted.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz reckoned.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz mumbled.',), ["Ruiz"]),
    (('"No comment," muttered Tom Reyes.',), ["Tom Reyes"]),
    (('"I never agreed to that," Oyelaran blurted out.',), ["Oyelaran"]),
    (('"We are not leaving," Oyelaran shot back.',), ["Oyelaran"]),
    (('"And another thing," Oyelaran went on.',), ["Oyelaran"]),
    (('"Me too," Cole chimed in.',), ["Cole"]),
    (("Ruiz snapped: \"Sit down.\"",), ["Ruiz"]),
    (('Ruiz pleaded with voters: "Stay home."',), ["Ruiz"]),
]

#: What is no attribution: a verb of manner away from its quotation, a verb of
#: saying in the passive, a particle verb without its particle.
NOT_ATTRIBUTION: list[Row] = [
    (('"It is over," the trader said. Prices snapped back on Monday and Ruiz smiled.',), [None]),
    (('Ruiz groaned and Northwind called the bid "far too low."',), ["Northwind"]),
    (('"We did nothing wrong." Ruiz was charged with fraud on Monday.',), [None]),
    (('"The deal is off," Cole said. "We will sue." Ruiz was told to leave.',), ["Cole", "Cole"]),
    (('Cole said that once the Senate goes on recess, "I intend to campaign."',), ["Cole"]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), VERBS + NOT_ATTRIBUTION)
def test_each_form_gives_its_speakers(paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == speakers
