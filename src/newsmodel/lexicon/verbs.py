"""Cue words: the verbs and phrases that tie quoted words to a speaker.

Each verb is listed in every form that attributes a quotation: present
("says"), plural and bare ("say": "analysts say", "they say"), past
("said"); participles ("saying") are a set of their own, since their
subject is their sentence's.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADJACENT_VERBS",
    "ASKING_VERBS",
    "BESIDE_CUES",
    "COGNITION_VERBS",
    "CUE_WORDS",
    "DESCRIBING_VERBS",
    "INTRANSITIVE_VERBS",
    "INVERTED_VERBS",
    "NOUN_FORMS",
    "PARTICIPLES",
    "PHRASAL_VERBS",
    "QUOTING_VERBS",
    "REFUSING_VERBS",
    "REPORTING_VERBS",
    "SINGLE_CUES",
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
    # the rest of the communication classes of VerbNet (say 37.7, tell 37.2, advise 37.9, complain 37.8,
    # inquire 37.1.2, promise 37.13, beg 58.2) and of PARC's reporting verbs, in every attributing form
    "affirm affirms affirmed", "aver avers averred", "avow avows avowed", "attest attests attested",
    "divulge divulges divulged", "confide confides confided", "volunteered",
    "relay relays relayed", "preach preaches preached", "lectured",
    "swear swears swore", "implore implores implored", "plead pleads pleaded pled", "beg begs",
    "entreat entreats entreated", "beseech beseeches beseeched besought", "reassure reassures reassured",
    "remind reminds reminded", "notify notifies notified", "hinted", "inquire inquires inquired",
    "enquire enquires enquired", "queried", "objected", "grouse grouses groused",
    "gripe gripes griped", "retort", "rejoin rejoins rejoined", "reckon reckons reckoned",
    "stressed",
    "articulate articulates articulated", "convey conveys conveyed", "specify specifies specified",
    "clarify", "caution", "assert", "forewarn forewarns forewarned",
    "chatted", "gossiped", "bantered",
    "profess professes professed", "acclaim acclaims acclaimed", "reaffirm reaffirms reaffirmed",
    "propose proposes proposed", "restate restates restated", "rebuke rebukes rebuked", "scold scolds scolded",
    "lash lashes lashed",
    "quiz quizzes quizzed",
)

#: Verbs of the manner of speaking (VerbNet 37.3) and verbs of saying that
#: have other senses as well ("prices snapped back", "police charged him"):
#: cues only beside their quotation ("...," Lee mumbled / Lee snapped: "..."),
#: never for a quotation elsewhere in their sentence.
ADJACENT_VERBS: Final[frozenset[str]] = _forms(
    "bark barks barked", "bawl bawls bawled", "bellow bellows bellowed", "boomed",
    "cackle cackles cackled", "croak croaks croaked", "croon croons crooned", "crowed",
    "cries", "drawl drawls drawled", "gasp gasps gasped", "groan groans groaned", "grunt grunts grunted",
    "hiss hisses hissed", "holler hollers hollered", "howl howls howled", "moans moaned",
    "mumble mumbles mumbled", "murmur murmurs murmured", "mutter mutters muttered", "purr purrs purred",
    "rasp rasps rasped", "roar roars roared", "screech screeches screeched", "shriek shrieks shrieked",
    "sings", "snaps", "snarl snarls snarled", "snort snorts snorted", "splutter splutters spluttered",
    "sputter sputters sputtered", "stammer stammers stammered", "stutter stutters stuttered",
    "thunder thunders thundered", "wail wails wailed", "whimper whimpers whimpered", "whine whines whined",
    "yelp yelps yelped", "sobbed", "raged", "fumes", "cracks", "charged",
    "enthuse enthuses enthused", "raved", "ranted", "huffed",
    "offered", "teased",
)

#: Verbs of saying that take a particle, as the two words they are printed in
#: ("Lee shot back", "Lee pointed out"): the first word is a cue only with the second.
PHRASAL_VERBS: Final[frozenset[tuple[str, str]]] = frozenset(
    (verb, particle)
    for row in (
        "shoot shoots shot : back", "fire fires fired : back", "hits : back", "went : on",
        "chime chimes chimed : in", "pipe pipes piped : up", "cry cries cried : out", "blurt blurts blurted : out",
        "speaks spoke : up out", "calls called : out", "points pointed : out",
        "sounds sounded : off", "spells spelled spelt : out", "throws threw : in", "put puts : it",
    )
    for verbs_, particles in [row.split(" : ")]
    for verb in verbs_.split()
    for particle in particles.split()
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
#: Verbs that take an object ("told Reuters", "asked him") are not among them;
#: verbs of the manner of speaking are ("...," snapped the mayor).
INVERTED_VERBS: Final[frozenset[str]] = _forms(
    "said says added adds wrote writes noted notes explained explains continued continues declared",
    "declares stated states recalled recalls remarked commented replied replies responded insisted",
    "insists argued argues observed concluded concludes countered quipped joked cautioned predicted",
    "conceded confirmed tweeted posted exclaimed mused reiterated acknowledged asked asks warned warns",
    "recounted recounts suggested suggests",
    # past and present forms of the other verbs of saying that print before their subject ("..., admitted Lee")
    "admitted admits agreed announced answered boasted complained explained laughed retorted shouted sighed",
    "whispered yelled urged scoffed snapped cracked reasoned offered affirmed pleaded implored reassured",
    "confided volunteered protested demanded begged interjected elaborated opined lamented",
    "mumbled muttered murmured groaned charged",
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
    "emailing testifying boasting bragging cautioning dubbing", "imploring pleading begging reassuring reminding",
    "hinting affirming reaffirming lamenting confessing conceding retorting",
)

#: Cue words that are as often nouns ("a Twitter comment", "a Reuters
#: report", "state director"): a noun where "a" or "an" stands before them and
#: their modifiers, or a title or a role follows them.
NOUN_FORMS: Final[frozenset[str]] = _forms(
    "comment comments report reports post posts tweet tweets note notes claim claims estimate estimates "
    "forecast forecasts answer answers remark remarks reply replies quote quotes state states attack attacks "
    "retort retorts term terms call calls"
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

#: The cues that attribute only the quotation beside them: verbs of the manner
#: of speaking, and phrasal verbs of saying as an event names them ("shot back").
BESIDE_CUES: Final[frozenset[str]] = ADJACENT_VERBS | frozenset(
    f"{verb} {particle}" for verb, particle in PHRASAL_VERBS
)

#: Verbs of refusing: a verb of saying after them and "to" is no speech
#: ("declined to comment", "refused to elaborate").
REFUSING_VERBS: Final[frozenset[str]] = _forms("decline declines declined refuse refuses refused")

#: Verbs of asking: in the passive their subject is the one who answers
#: ("Cole was asked about it. "Why not?" she said").
ASKING_VERBS: Final[frozenset[str]] = _forms("asked pressed questioned quizzed")

#: The words that are cues on their own: the verbs above, and "according" (to).
SINGLE_CUES: Final[frozenset[str]] = (
    REPORTING_VERBS
    | DESCRIBING_VERBS
    | COGNITION_VERBS
    | PARTICIPLES
    | QUOTING_VERBS
    | ADJACENT_VERBS
    | frozenset({"according"})
)

#: Every word that may open a speech event: the single cues and the first
#: words of the phrasal verbs.
CUE_WORDS: Final[frozenset[str]] = SINGLE_CUES | frozenset(verb for verb, _ in PHRASAL_VERBS)
