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
    "FILING_VERBS",
    "IRREGULAR_PASTS",
    "LEGAL_FILINGS",
    "OWNER_PREPOSITIONS",
    "PASSIVE_AUXILIARIES",
    "PERSON_DESCRIPTIONS",
    "PERSON_NOUNS",
    "PHRASE_BREAKS",
    "REFLEXIVES",
    "SPEECH_NOUNS",
    "SPOKESPERSON_NOUNS",
    "TIME_PHRASE_WORDS",
    "TIME_WORDS",
    "UNNAMED_DETERMINERS",
]



#: Words that may stand between a subject and its verb of saying ("has also said").
#: Words that end a phrase of time ("at the time", "last month", "on Monday morning").
TIME_WORDS: Final[frozenset[str]] = words(
    "time moment day week month year night morning afternoon evening weekend decade ago earlier later "
    "yesterday today tonight monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december jan feb aug sept oct nov dec"
)

#: The words a phrase of time may hold before its last ("at the same time", "earlier this week").
TIME_PHRASE_WORDS: Final[frozenset[str]] = TIME_WORDS | words(
    "at on in during last this next late early the a that same"
)

#: Nouns of an act of speech: their possessor is its speaker ("Lee's claim that
#: "...", "Lee's "47 percent" remark").
SPEECH_NOUNS: Final[frozenset[str]] = words(
    "assertion assertions claim claims promise promises comment comments remark remarks call calls pledge pledges "
    "vow vows warning warnings description descriptions charge charges accusation accusations insistence "
    "argument arguments suggestion suggestions declaration declarations quip quips words retort reply answer "
    "response criticism praise admission denial boast threat threats prediction predictions verdict message "
    "advice reaction explanation assessment"
)

#: The forms of "be" that make a verb after them passive ("was charged", "had been told").
PASSIVE_AUXILIARIES: Final[frozenset[str]] = words("is are was were be been being")

AUXILIARIES: Final[frozenset[str]] = words(
    "has had have was is were are would will could should might may did does do also later then "
    "once previously recently earlier again further still already never often repeatedly publicly "
    "privately separately subsequently initially first last only just since ever even"
)

#: Reflexive pronouns that stand after a subject for emphasis ("Lee herself said"),
#: between it and its verb.
REFLEXIVES: Final[frozenset[str]] = words("himself herself itself themselves")

#: Determiners of a source the story does not name ("a dealer", "one trader", "some analysts").
UNNAMED_DETERMINERS: Final[frozenset[str]] = words(
    "a an one some several two three four five many most other another few numerous various"
)

#: Determiners that open a description ("the company", "a spokesman").
DETERMINERS: Final[frozenset[str]] = UNNAMED_DETERMINERS | words("the its their his her our")

#: Nouns for the people who speak for an organisation ("a Tesla spokesperson",
#: "a White House official"): with the organisation named, it is the speaker.
SPOKESPERSON_NOUNS: Final[frozenset[str]] = words(
    "aide aides executive executives official officials representative representatives spokesman "
    "spokesmen spokespeople spokesperson spokeswoman spokeswomen"
)

#: Nouns for the body through which a named party speaks ("the Lee campaign",
#: "the Acme board", "the Obama administration"): with the party named, it is the speaker.
BODY_NOUNS: Final[frozenset[str]] = words(
    "campaign camp team staff administration government office website family board management "
    "leadership allies organization organisation mission delegation embassy consulate"
)

#: Nouns for sources the story keeps anonymous, whoever they work for ("one
#: Treasury source", "people familiar with the matter").
ANONYMOUS_NOUNS: Final[frozenset[str]] = words(
    "source sources person people insider insiders someone somebody dealer dealers trader traders"
)

#: Nouns that describe one person by what they are or do, which a story uses for
#: the person it speaks of ("the tycoon said", "the billionaire told reporters").
PERSON_DESCRIPTIONS: Final[frozenset[str]] = words(
    "tycoon billionaire millionaire businessman businesswoman magnate mogul entrepreneur financier "
    "philanthropist industrialist oligarch heiress actor actress singer rapper musician comedian "
    "lawmaker legislator politician dissident activist republican democrat front-runner frontrunner nominee"
)

#: Nouns for people, named or not ("the official", "one trader", "analysts").
PERSON_NOUNS: Final[frozenset[str]] = SPOKESPERSON_NOUNS | ANONYMOUS_NOUNS | words(
    "activist activists actor actors actress adviser advisers advisor advisors advocate advocates agent agents analyst "
    "analysts anchor attorney attorneys author authors banker bankers bondholder bondholders "
    "brother campaigner campaigners citizen citizens consumer consumers creditor creditors defender defenders "
    "detractor detractors opponent opponents proponent proponents shareholder shareholders skeptic skeptics "
    "sceptic sceptics stockholder stockholders "
    "candidate ceo cfo chair chairman chairperson chairwoman chief client clients coach colleague "
    "colleagues columnist columnists commander commentator commentators consultant consultants "
    "counsel critic critics customer customers daughter delegate delegates detective diplomat "
    "diplomats director directors doctor doctors donor donors driver drivers economist economists "
    "editor editors employee employees executive expert experts fan fans farmer farmers father "
    "founder friend friends general governor historian historians host husband investor investors "
    "journalist journalists judge lawmaker lawmakers lawyer lawyers leader leaders legislator "
    "legislators man manager managers mayor member members men minister ministers mother neighbor "
    "neighbors neighbour neighbours nominee nurse nurses observer observers officer officers "
    "operative operatives organiser organisers organizer organizers owner owners participant "
    "participants partner partners physician physicians pilot pilots player players pollster "
    "pollsters president professor professors protester protesters publisher publishers relative "
    "relatives reporter reporters researcher researchers resident residents scientist scientists "
    "senator senators sheriff sister son strategist strategists student students supporter supporters "
    "surrogate surrogates teacher teachers trustee trustees user users veteran veterans victim "
    "victims voter voters wife witness witnesses woman women worker workers writer writers"
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
    "opinion verdict proposal plan bill resolution communique communiqué newsletter analysis page copy "
    "manual handbook brochure booklet pamphlet leaflet playbook "
    "copies card cards"
)

#: The papers a party files in a court, one kind of document whichever word the
#: story uses for it next ("a lawsuit filed by Acme ... the complaint reads").
LEGAL_FILINGS: Final[frozenset[str]] = words(
    "lawsuit lawsuits suit suits complaint complaints filing filings petition petitions motion motions"
)

#: The verbs of filing a paper: its subject, or the name after "by", is its author.
FILING_VERBS: Final[frozenset[str]] = words("filed lodged brought submitted")

#: Prepositions that tie a document or a spokesperson to its owner ("a statement from X").
OWNER_PREPOSITIONS: Final[frozenset[str]] = words("from by of for at with")

#: Verbs' past forms that do not end in "-ed" and are no nouns: a word that ends in
#: "-ed" or is one of these ends the noun phrase before it ("Acme hired Ann Lee").
IRREGULAR_PASTS: Final[frozenset[str]] = words(
    "met told took made gave sent won lost led paid sold bought brought chose fought held kept left sought "
    "spent taught threw wrote drew grew knew flew rose fell struck began became swore"
)

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
