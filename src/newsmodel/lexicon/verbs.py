"""Cue words: the verbs and phrases that tie quoted words to a speaker.

Each verb is listed in every form that attributes a quotation: present
("says"), plural and bare ("say": "analysts say", "they say"), past
("said"); participles ("saying") are a set of their own, since their
subject is their sentence's.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "COGNITION_VERBS",
    "CUE_WORDS",
    "DESCRIBING_VERBS",
    "INTRANSITIVE_VERBS",
    "INVERTED_VERBS",
    "NOUN_FORMS",
    "PARTICIPLES",
    "QUOTING_VERBS",
    "REPORTING_VERBS",
    "SPEECH_VERBS",
]


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


#: Verbs of saying, in the forms that attribute a quotation ("said", "told", "says").
REPORTING_VERBS: Final[frozenset[str]] = _forms(
    "say says said", "tell tells told", "add adds added", "ask asks asked", "state states stated",
    "write writes wrote", "note notes noted", "explain explains explained", "argue argues argued",
    "insist insists insisted", "warn warns warned", "declare declares declared",
    "continue continues continued", "recall recalls recalled", "acknowledge acknowledges acknowledged",
    "admit admits admitted", "counter counters countered", "conclude concludes concluded",
    "reply replies replied", "respond responds responded", "urge urges urged",
    "comment comments commented", "remark remarks remarked", "announce announces announced",
    "tweet tweets tweeted", "post posts posted", "predict predicts predicted",
    "caution cautions cautioned", "stress stresses stressed", "emphasize emphasizes emphasized",
    "emphasise emphasises emphasised", "observe observes observed", "suggest suggests suggested",
    "concede concedes conceded", "complain complains complained", "quip quips quipped",
    "joke jokes joked", "testify testifies testified", "claim claims claimed",
    "report reports reported", "reiterate reiterates reiterated", "confirm confirms confirmed",
    "exclaim exclaims exclaimed", "wonder wonders wondered", "muse muses mused",
    "boast boasts boasted", "vow vows vowed", "pledge pledges pledged", "promise promises promised",
    "maintain maintains maintained", "contend contends contended", "estimate estimates estimated",
    "shout shouts shouted", "scream screams screamed", "yell yells yelled", "chant chants chanted",
    "whisper whispers whispered", "sang", "reads", "recount recounts recounted", "quoted",
    "answer answers answered", "retort retorts retorted", "tout touts touted", "assert asserts asserted",
    "allege alleges alleged", "reveal reveals revealed", "disclose discloses disclosed",
    "mention mentions mentioned", "underline underlines underlined", "underscore underscores underscored",
    "recommend recommends recommended", "advise advises advised", "pointed", "agree agrees agreed",
    "proclaim proclaims proclaimed", "announce", "interject interjects interjected",
    "lament laments lamented", "concur concurs concurred", "rebut rebuts rebutted",
    "reason reasons reasoned", "speculate speculates speculated", "explain", "sigh sighs sighed",
    "inform informs informed", "assure assures assured", "texted", "emailed", "elaborate elaborates elaborated",
    "scoff scoffs scoffed", "snapped", "sneer sneers sneered", "gush gushes gushed", "marvelled marveled",
    "cried", "laugh laughs laughed", "chuckle chuckles chuckled", "grumble grumbles grumbled", "fumed",
    "growl growls growled", "intone intones intoned", "demanded", "begged", "brag brags bragged",
    "gloat gloats gloated", "protested", "ponder ponders pondered", "cracked", "opine opines opined",
    "summarize summarizes summarized", "summarise summarises summarised", "clarify clarifies clarified",
    "deadpan deadpans deadpanned", "pressed", "interrupted", "speak speaks spoke", "confess confesses confessed",
    "repeat repeats repeated", "surmise surmises surmised", "exhort exhorts exhorted", "remembered",
)

#: Verbs that label words or judge them without a speech act of their own
#: ("dismissed as", "called it", "denied"): cues for quoted words inside their sentence.
DESCRIBING_VERBS: Final[frozenset[str]] = _forms(
    "call calls called", "describe describes described", "dismiss dismisses dismissed",
    "term terms termed", "label labels labelled labeled", "brand brands branded",
    "characterize characterizes characterized characterised", "denounce denounces denounced",
    "hail hails hailed", "praise praises praised", "criticise criticises criticised",
    "criticize criticizes criticized", "slam slams slammed", "reject rejects rejected",
    "welcome welcomes welcomed", "condemn condemns condemned", "deem deems deemed",
    "refer refers referred", "dub dubs dubbed", "commend commends commended", "laud lauds lauded",
    "deny denies denied", "accuse accuses accused", "blame blames blamed", "forecast forecasts",
    "project projects projected", "decry decries decried", "blast blasts blasted",
    "mock mocks mocked", "attack attacks attacked", "defend defends defended",
    "thank thanks thanked", "chide chides chided", "ridicule ridicules ridiculed",
)

#: Verbs of thinking, wanting and judging: a cue only for a short quotation
#: inside their own sentence ("Lee believes the plan is "a mistake"").
COGNITION_VERBS: Final[frozenset[str]] = _forms(
    "believe believes believed", "think thinks thought", "feel feels felt", "hope hopes hoped",
    "want wants wanted", "expect expects expected", "fear fears feared", "consider considers considered",
    "see sees saw", "view views viewed", "regard regards regarded", "doubt doubts doubted",
)

#: Reporting verbs that stand before their subject ("..., said Ann Lee").
#: Verbs that take an object ("told Reuters", "asked him") are not among them.
INVERTED_VERBS: Final[frozenset[str]] = _forms(
    "said says added adds wrote writes noted notes explained explains continued continues declared",
    "declares stated states recalled recalls remarked commented replied replies responded insisted",
    "insists argued argues observed concluded concludes countered quipped joked cautioned predicted",
    "conceded confirmed tweeted posted exclaimed mused reiterated acknowledged asked asks warned warns",
    "recounted recounts suggested suggests",
)

#: Participles that carry the subject of their sentence ("..., saying ...").
PARTICIPLES: Final[frozenset[str]] = _forms(
    "saying adding describing calling noting warning telling arguing explaining insisting stressing",
    "urging writing dismissing terming labelling labeling branding declaring vowing pledging",
    "promising claiming citing asking concluding acknowledging admitting complaining predicting",
    "insisting tweeting posting suggesting recalling responding replying stating announcing asserting",
    "alleging conceding contending maintaining emphasizing emphasising observing joking quipping",
    "remarking reiterating confirming countering characterizing denouncing praising criticizing",
    "criticising blasting mocking accusing blaming denying defending questioning wondering texting",
    "emailing testifying boasting bragging cautioning dubbing",
)

#: Cue words that are as often nouns ("a Twitter comment", "a Reuters
#: report", "state director"): a noun where "a" or "an" stands before them and
#: their modifiers, or a title or a role follows them.
NOUN_FORMS: Final[frozenset[str]] = _forms(
    "comment comments report reports post posts tweet tweets note notes claim claims estimate estimates "
    "forecast forecasts answer answers remark remarks reply replies quote quotes state states"
)

#: Verbs of speaking that introduce no words of their own ("Lee spoke to
#: reporters"): a cue in a main clause only, never in "after Lee spoke".
INTRANSITIVE_VERBS: Final[frozenset[str]] = _forms("speak speaks spoke")

#: Verbs whose object is the speaker where "as" and a participle follow it
#: ("the paper quoted Ann Lee as saying", "citing an aide as saying").
QUOTING_VERBS: Final[frozenset[str]] = _forms("quote quotes quoted quoting cite cites cited citing")

#: The cues of speech a quotation's own attribution may hold: saying,
#: describing and quoting verbs (a quoting verb makes an event only with its speaker).
SPEECH_VERBS: Final[frozenset[str]] = REPORTING_VERBS | DESCRIBING_VERBS | QUOTING_VERBS

#: Every word that may open a speech event: the verbs above, and "according" (to).
CUE_WORDS: Final[frozenset[str]] = (
    REPORTING_VERBS | DESCRIBING_VERBS | COGNITION_VERBS | PARTICIPLES | QUOTING_VERBS | frozenset({"according"})
)
