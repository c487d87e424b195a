"""The words of an attribution's source: who or what a phrase like "a Tesla
spokesperson", "the company", "one trader" or "the filing" stands for."""

from __future__ import annotations

from typing import Final

from ._words import words

__all__ = [
    "ANONYMOUS_NOUNS",
    "AUTHORING_PARTICIPLES",
    "AUXILIARIES",
    "BODY_NOUNS",
    "CLAUSE_WORDS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "OWNER_PREPOSITIONS",
    "PERSON_NOUNS",
    "PHRASE_BREAKS",
    "SPOKESPERSON_NOUNS",
    "UNNAMED_DETERMINERS",
]



#: Words that may stand between a subject and its verb of saying ("has also said").
AUXILIARIES: Final[frozenset[str]] = words(
    "has had have was is were are would will could should might may did does do also later then "
    "once previously recently earlier again further still already never often repeatedly publicly "
    "privately separately subsequently initially first last"
)

#: Determiners that open a description ("the company", "a spokesman").
DETERMINERS: Final[frozenset[str]] = words("the a an its their his her our one some several two three")

#: Determiners of a source the story does not name ("a dealer", "one trader", "some analysts").
UNNAMED_DETERMINERS: Final[frozenset[str]] = words(
    "a an one some several two three four five many most other another few numerous various"
)

#: Nouns for the people who speak for an organisation ("a Tesla spokesperson",
#: "a White House official"): with the organisation named, it is the speaker.
SPOKESPERSON_NOUNS: Final[frozenset[str]] = words(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative "
    "representatives aide aides official officials executive executives statement"
)

#: Nouns for the body through which a named party speaks ("the Lee campaign",
#: "the Acme board", "the Obama administration"): with the party named, it is the speaker.
BODY_NOUNS: Final[frozenset[str]] = words(
    "campaign camp team staff administration government office website family board management "
    "leadership lawyers attorneys counsel representatives aides allies organization organisation"
)

#: Nouns for sources the story keeps anonymous, whoever they work for ("one
#: Treasury source", "people familiar with the matter").
ANONYMOUS_NOUNS: Final[frozenset[str]] = words(
    "source sources person people insider insiders someone somebody dealer dealers trader traders"
)

#: Nouns for people, named or not ("the official", "one trader", "analysts").
PERSON_NOUNS: Final[frozenset[str]] = SPOKESPERSON_NOUNS | words(
    "analyst analysts trader traders economist economists dealer dealers investor investors "
    "strategist strategists banker bankers lawyer lawyers attorney attorneys person people "
    "resident residents witness witnesses expert experts observer observers diplomat diplomats "
    "insider insiders critic critics supporter supporters voter voters worker workers employee "
    "employees manager managers director directors member members leader leaders minister "
    "ministers officer officers adviser advisers advisor advisors consultant consultants "
    "researcher researchers scientist scientists doctor doctors teacher teachers student students "
    "activist activists protester protesters lawmaker lawmakers legislator legislators senator "
    "senators man woman men women president chairman chairwoman chair founder owner chief "
    "candidate nominee governor mayor general commander judge prosecutor prosecutors professor "
    "coach player players fan fans friend friends colleague colleagues partner partners victim "
    "victims authorities mother father son daughter wife husband brother sister family relative relatives "
    "neighbour neighbor neighbours neighbors veteran veterans pilot pilots driver drivers farmer "
    "farmers owner owners customer customers user users client clients participant participants "
    "actor actress actors host anchor commentator commentators columnist columnists writer writers "
    "author authors pollster pollsters donor donors organizer organizers organiser organisers "
    "operative operatives strategist surrogate surrogates campaigner campaigners delegate delegates "
    "economist chairwoman chairperson ceo executive cfo analyst historian historians professor "
    "professors lawyer attorney counsel prosecutor sheriff detective officer officers agent agents "
    "nurse nurses physician physicians expert researcher editor editors reporter reporters journalist "
    "journalists producer producers publisher publishers trustee trustees regulator regulators"
)

#: Participles that make a party the author of a document ("a filing made by X",
#: "a memo written by X"), not those that only say who saw it ("reviewed by").
AUTHORING_PARTICIPLES: Final[frozenset[str]] = words(
    "filed issued released written signed sent published posted authored prepared submitted drafted "
    "made produced commissioned conducted"
)

#: Documents that can be a source in a party's name ("a statement from the ministry said").
DOCUMENT_NOUNS: Final[frozenset[str]] = words(
    "statement statements report reports complaint complaints memo memos memorandum website "
    "filing filings letter letters release lawsuit suit ruling note notes document documents "
    "survey poll study tweet tweets post posts email emails notice announcement decision order "
    "indictment affidavit judgment transcript minutes summary guidance prospectus blog editorial "
    "column article story headline video ad advertisement message messages petition motion brief "
    "opinion verdict proposal plan bill resolution communique communiqué newsletter analysis page"
)

#: Prepositions that tie a document or a spokesperson to its owner ("a statement from X").
OWNER_PREPOSITIONS: Final[frozenset[str]] = words("from by of for at with")

#: Words that open a clause: a subject is not looked for across them.
CLAUSE_WORDS: Final[frozenset[str]] = words(
    "that which who whom whose because while but if when where although though as after before "
    "since until unless so and or"
)

#: Words that end a source read to the right of its verb ("said Ann Lee in a
#: statement", "said on Monday", "said it would").
PHRASE_BREAKS: Final[frozenset[str]] = CLAUSE_WORDS | AUXILIARIES | words(
    "in on at to for from with by of about after before during into over under via per than "
    "late early last this next on monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday tonight not"
)
