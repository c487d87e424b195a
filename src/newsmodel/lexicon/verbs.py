"""Cue words: the verbs and phrases that tie quoted words to a speaker.

Each verb is listed in every form that attributes a quotation: present
("says"), plural and bare ("say": "analysts say", "they say"), past
("said"); participles ("saying") are a set of their own, since their
subject is their sentence's. Each verb is one row (:class:`~newsmodel.lexicon.rows.Verb`)
for each of its roles; the sets of forms the parsers use are drawn from the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple

from .rows import Verb, VerbKind, words

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
    "VERBS",
    "CueSets",
    "cue_sets",
    "forms_of",
]


# A row as written below: lemma, forms, inverted forms, participles, noun forms.
_Row = tuple[str, str, str, str, str]


def _rows(kind: VerbKind, *rows: _Row) -> tuple[Verb, ...]:
    return tuple(
        Verb(
            lemma=lemma,
            kind=kind,
            forms=words(forms),
            inverted=_inverting(lemma, forms, inverted or _pasts(kind, lemma, forms)),
            participles=words(participles),
            nouns=words(nouns),
        )
        for lemma, forms, inverted, participles, nouns in rows
    )


#: The kinds of verb whose past stands before its subject where no form is given:
#: a verb of saying or of the manner of speaking ("...," vowed Lee, "...," gasped Lee).
_INVERTING_KINDS: Final = frozenset({"reporting", "adjacent"})

#: Verbs of those kinds that take a hearer or an object before their quotation, so that
#: the name after them is no subject ("...," told Reuters; "...," quoted Lee as saying).
_OBJECT_FIRST: Final = words(
    "tell inform assure notify remind press quote cite speak email text convey specify forewarn underline "
    "underscore estimate tout summarize summarise acclaim rebuke scold lash lecture preach relay divulge attest "
    "point advise recommend"
)


def _pasts(kind: VerbKind, lemma: str, forms: str) -> str:
    """The past forms of a verb that stand before its subject by its kind, where the
    row gives none: "vowed" of "vow vows vowed"."""
    if kind not in _INVERTING_KINDS or lemma in _OBJECT_FIRST:
        return ""
    return " ".join(form for form in forms.split() if form != lemma and not form.endswith("s"))


def _inverting(lemma: str, forms: str, inverted: str) -> frozenset[str]:
    """The forms a verb stands in before its subject ("...," said Lee): those
    given, and where a form inverts, its present for one speaker as well
    ("...," agreed Lee / agrees Lee)."""
    given = words(inverted)
    if not given:
        return given
    return given | {form for form in forms.split() if form.endswith("s") and form != lemma}


def _verb(lemma: str, forms: str, *, inverted: str = "", participles: str = "", nouns: str = "") -> _Row:
    return lemma, forms, inverted, participles, nouns


# Verbs of saying ("said", "told", "says"), from the communication classes of VerbNet (say 37.7,
# tell 37.2, advise 37.9, complain 37.8, inquire 37.1.2, promise 37.13, beg 58.2) and PARC's reporting verbs.
_REPORTING: Final = _rows(
    "reporting",
    _verb("say", "say says said", inverted="said says", participles="saying"),
    _verb("tell", "tell tells told", participles="telling"),
    _verb("add", "add adds added", inverted="added adds", participles="adding"),
    _verb("ask", "ask asks asked", inverted="asked asks", participles="asking"),
    _verb("state", "state states stated", inverted="stated states", participles="stating", nouns="state states"),
    _verb("write", "write writes wrote", inverted="writes wrote", participles="writing"),
    _verb("note", "note notes noted", inverted="noted notes", participles="noting", nouns="note notes"),
    _verb("explain", "explain explains explained", inverted="explained explains", participles="explaining"),
    _verb("argue", "argue argues argued", inverted="argued argues", participles="arguing"),
    _verb("insist", "insist insists insisted", inverted="insisted insists", participles="insisting"),
    _verb("warn", "warn warns warned", inverted="warned warns", participles="warning"),
    _verb("declare", "declare declares declared", inverted="declared declares", participles="declaring"),
    _verb("continue", "continue continues continued", inverted="continued continues"),
    _verb("recall", "recall recalls recalled", inverted="recalled recalls", participles="recalling"),
    _verb("acknowledge", "acknowledge acknowledges acknowledged", inverted="acknowledged", participles="acknowledging"),
    _verb("admit", "admit admits admitted", inverted="admits admitted", participles="admitting"),
    _verb("counter", "counter counters countered", inverted="countered", participles="countering"),
    _verb("conclude", "conclude concludes concluded", inverted="concluded concludes", participles="concluding"),
    _verb("reply", "reply replies replied", inverted="replied replies", participles="replying", nouns="replies reply"),
    _verb("respond", "respond responds responded", inverted="responded", participles="responding"),
    _verb("urge", "urge urges urged", inverted="urged", participles="urging"),
    _verb("comment", "comment comments commented", inverted="commented", nouns="comment comments"),
    _verb("remark", "remark remarks remarked", inverted="remarked", participles="remarking", nouns="remark remarks"),
    _verb("announce", "announce announces announced", inverted="announced", participles="announcing"),
    _verb("tweet", "tweet tweets tweeted", inverted="tweeted", participles="tweeting", nouns="tweet tweets"),
    _verb("post", "post posts posted", inverted="posted", participles="posting", nouns="post posts"),
    _verb("predict", "predict predicts predicted", inverted="predicted", participles="predicting"),
    _verb("caution", "caution cautions cautioned", inverted="cautioned", participles="cautioning"),
    _verb("stress", "stress stresses stressed", inverted="stressed", participles="stressing"),
    _verb("emphasize", "emphasize emphasizes emphasized", inverted="emphasized", participles="emphasizing"),
    _verb("emphasise", "emphasise emphasises emphasised", inverted="emphasised", participles="emphasising"),
    _verb("observe", "observe observes observed", inverted="observed", participles="observing"),
    _verb("suggest", "suggest suggests suggested", inverted="suggested suggests", participles="suggesting"),
    _verb("concede", "concede concedes conceded", inverted="conceded", participles="conceding"),
    _verb("complain", "complain complains complained", inverted="complained", participles="complaining"),
    _verb("quip", "quip quips quipped", inverted="quipped", participles="quipping"),
    _verb("joke", "joke jokes joked", inverted="joked", participles="joking"),
    _verb("testify", "testify testifies testified", inverted="testified", participles="testifying"),
    _verb("claim", "claim claims claimed", participles="claiming", nouns="claim claims"),
    _verb("report", "report reports reported", nouns="report reports"),
    _verb("reiterate", "reiterate reiterates reiterated", inverted="reiterated", participles="reiterating"),
    _verb("confirm", "confirm confirms confirmed", inverted="confirmed", participles="confirming"),
    _verb("exclaim", "exclaim exclaims exclaimed", inverted="exclaimed"),
    _verb("wonder", "wonder wonders wondered", inverted="wondered", participles="wondering"),
    _verb("muse", "muse muses mused", inverted="mused", participles="musing"),
    _verb("boast", "boast boasts boasted", inverted="boasted", participles="boasting"),
    _verb("vow", "vow vows vowed", participles="vowing"),
    _verb("pledge", "pledge pledges pledged", participles="pledging"),
    _verb("promise", "promise promises promised", participles="promising"),
    _verb("maintain", "maintain maintains maintained", inverted="maintained", participles="maintaining"),
    _verb("contend", "contend contends contended", inverted="contended", participles="contending"),
    _verb("estimate", "estimate estimates estimated", nouns="estimate estimates"),
    _verb("shout", "shout shouts shouted", inverted="shouted", participles="shouting"),
    _verb("scream", "scream screams screamed", inverted="screamed", participles="screaming"),
    _verb("yell", "yell yells yelled", inverted="yelled", participles="yelling"),
    _verb("chant", "chant chants chanted", inverted="chanted"),
    _verb("whisper", "whisper whispers whispered", inverted="whispered", participles="whispering"),
    _verb("sing", "sang"),
    _verb("read", "reads"),
    _verb("recount", "recount recounts recounted", inverted="recounted recounts", participles="recounting"),
    _verb("quote", "quoted"),
    _verb("answer", "answer answers answered", inverted="answered", nouns="answer answers"),
    _verb("retort", "retort retorts retorted", inverted="retorted", participles="retorting", nouns="retort retorts"),
    _verb("tout", "tout touts touted"),
    _verb("assert", "assert asserts asserted", inverted="asserted", participles="asserting"),
    _verb("allege", "allege alleges alleged", participles="alleging"),
    _verb("reveal", "reveal reveals revealed", participles="revealing"),
    _verb("disclose", "disclose discloses disclosed", participles="disclosing"),
    _verb("mention", "mention mentions mentioned"),
    _verb("underline", "underline underlines underlined"),
    _verb("underscore", "underscore underscores underscored"),
    _verb("recommend", "recommend recommends recommended"),
    _verb("advise", "advise advises advised"),
    _verb("point", "pointed"),
    _verb("agree", "agree agrees agreed", inverted="agreed"),
    _verb("proclaim", "proclaim proclaims proclaimed", inverted="proclaimed", participles="proclaiming"),
    _verb("interject", "interject interjects interjected", inverted="interjected", participles="interjecting"),
    _verb("lament", "lament laments lamented", inverted="lamented", participles="lamenting"),
    _verb("concur", "concur concurs concurred", inverted="concurred"),
    _verb("rebut", "rebut rebuts rebutted"),
    _verb("reason", "reason reasons reasoned", inverted="reasoned", participles="reasoning"),
    _verb("speculate", "speculate speculates speculated", inverted="speculated", participles="speculating"),
    _verb("sigh", "sigh sighs sighed", inverted="sighed"),
    _verb("inform", "inform informs informed"),
    _verb("assure", "assure assures assured"),
    _verb("text", "texted", participles="texting"),
    _verb("email", "emailed", participles="emailing"),
    _verb("elaborate", "elaborate elaborates elaborated", inverted="elaborated"),
    _verb("scoff", "scoff scoffs scoffed", inverted="scoffed", participles="scoffing"),
    _verb("snap", "snapped", inverted="snapped"),
    _verb("sneer", "sneer sneers sneered", inverted="sneered"),
    _verb("gush", "gush gushes gushed", inverted="gushed", participles="gushing"),
    _verb("marvel", "marvelled marveled", inverted="marveled marvelled"),
    _verb("cry", "cried", inverted="cried"),
    _verb("laugh", "laugh laughs laughed", inverted="laughed"),
    _verb("chuckle", "chuckle chuckles chuckled", inverted="chuckled"),
    _verb("grumble", "grumble grumbles grumbled", inverted="grumbled", participles="grumbling"),
    _verb("fume", "fumed", inverted="fumed"),
    _verb("growl", "growl growls growled", inverted="growled"),
    _verb("intone", "intone intones intoned", inverted="intoned"),
    _verb("demand", "demanded", inverted="demanded", participles="demanding"),
    _verb("beg", "begged beg begs", inverted="begged", participles="begging"),
    _verb("brag", "brag brags bragged", inverted="bragged", participles="bragging"),
    _verb("gloat", "gloat gloats gloated", inverted="gloated"),
    _verb("protest", "protested", inverted="protested"),
    _verb("ponder", "ponder ponders pondered", inverted="pondered"),
    _verb("crack", "cracked", inverted="cracked"),
    _verb("opine", "opine opines opined", inverted="opined"),
    _verb("summarize", "summarize summarizes summarized"),
    _verb("summarise", "summarise summarises summarised"),
    _verb("clarify", "clarify clarifies clarified"),
    _verb("deadpan", "deadpan deadpans deadpanned", inverted="deadpanned"),
    _verb("press", "pressed"),
    _verb("interrupt", "interrupted", inverted="interrupted"),
    _verb("speak", "speak speaks spoke"),
    _verb("confess", "confess confesses confessed", inverted="confessed", participles="confessing"),
    _verb("repeat", "repeat repeats repeated", inverted="repeated"),
    _verb("surmise", "surmise surmises surmised", inverted="surmised"),
    _verb("exhort", "exhort exhorts exhorted"),
    _verb("remember", "remembered", inverted="remembered"),
    _verb("affirm", "affirm affirms affirmed", inverted="affirmed", participles="affirming"),
    _verb("aver", "aver avers averred", inverted="averred"),
    _verb("avow", "avow avows avowed", inverted="avowed"),
    _verb("attest", "attest attests attested"),
    _verb("divulge", "divulge divulges divulged"),
    _verb("confide", "confide confides confided", inverted="confided"),
    _verb("volunteer", "volunteered", inverted="volunteered"),
    _verb("relay", "relay relays relayed"),
    _verb("preach", "preach preaches preached"),
    _verb("lecture", "lectured"),
    _verb("swear", "swear swears swore", inverted="swore"),
    _verb("implore", "implore implores implored", inverted="implored", participles="imploring"),
    _verb("plead", "plead pleads pleaded pled", inverted="pleaded", participles="pleading"),
    _verb("entreat", "entreat entreats entreated"),
    _verb("beseech", "beseech beseeches beseeched besought"),
    _verb("reassure", "reassure reassures reassured", inverted="reassured", participles="reassuring"),
    _verb("remind", "remind reminds reminded", participles="reminding"),
    _verb("notify", "notify notifies notified"),
    _verb("hint", "hinted", inverted="hinted", participles="hinting"),
    _verb("inquire", "inquire inquires inquired", inverted="inquired"),
    _verb("enquire", "enquire enquires enquired", inverted="enquired"),
    _verb("query", "queried", inverted="queried"),
    _verb("object", "objected", inverted="objected", participles="objecting"),
    _verb("grouse", "grouse grouses groused", inverted="groused"),
    _verb("gripe", "gripe gripes griped", participles="griping"),
    _verb("rejoin", "rejoin rejoins rejoined"),
    _verb("reckon", "reckon reckons reckoned"),
    _verb("articulate", "articulate articulates articulated"),
    _verb("convey", "convey conveys conveyed"),
    _verb("specify", "specify specifies specified"),
    _verb("forewarn", "forewarn forewarns forewarned"),
    _verb("chat", "chatted"),
    _verb("gossip", "gossiped"),
    _verb("banter", "bantered"),
    _verb("profess", "profess professes professed"),
    _verb("acclaim", "acclaim acclaims acclaimed"),
    _verb("reaffirm", "reaffirm reaffirms reaffirmed", participles="reaffirming"),
    _verb("propose", "propose proposes proposed"),
    _verb("restate", "restate restates restated"),
    _verb("rebuke", "rebuke rebukes rebuked"),
    _verb("scold", "scold scolds scolded"),
    _verb("lash", "lash lashes lashed"),
    _verb("quiz", "quiz quizzes quizzed"),
)

# Verbs of the manner of speaking (VerbNet 37.3) and verbs of saying with other senses as well
# ("prices snapped back", "police charged him"): cues only beside their quotation.
_ADJACENT: Final = _rows(
    "adjacent",
    _verb("bark", "bark barks barked"),
    _verb("bawl", "bawl bawls bawled"),
    _verb("bellow", "bellow bellows bellowed"),
    _verb("boom", "boomed"),
    _verb("cackle", "cackle cackles cackled"),
    _verb("croak", "croak croaks croaked"),
    _verb("croon", "croon croons crooned"),
    _verb("crow", "crowed"),
    _verb("cry", "cries"),
    _verb("drawl", "drawl drawls drawled"),
    _verb("gasp", "gasp gasps gasped"),
    _verb("groan", "groan groans groaned", inverted="groaned"),
    _verb("grunt", "grunt grunts grunted"),
    _verb("hiss", "hiss hisses hissed"),
    _verb("holler", "holler hollers hollered"),
    _verb("howl", "howl howls howled"),
    _verb("moan", "moans moaned"),
    _verb("mumble", "mumble mumbles mumbled", inverted="mumbled"),
    _verb("murmur", "murmur murmurs murmured", inverted="murmured"),
    _verb("mutter", "mutter mutters muttered", inverted="muttered"),
    _verb("purr", "purr purrs purred"),
    _verb("rasp", "rasp rasps rasped"),
    _verb("roar", "roar roars roared"),
    _verb("screech", "screech screeches screeched"),
    _verb("shriek", "shriek shrieks shrieked"),
    _verb("sing", "sings"),
    _verb("snap", "snaps"),
    _verb("snarl", "snarl snarls snarled"),
    _verb("snort", "snort snorts snorted"),
    _verb("splutter", "splutter splutters spluttered"),
    _verb("sputter", "sputter sputters sputtered"),
    _verb("stammer", "stammer stammers stammered"),
    _verb("stutter", "stutter stutters stuttered"),
    _verb("thunder", "thunder thunders thundered"),
    _verb("wail", "wail wails wailed"),
    _verb("whimper", "whimper whimpers whimpered"),
    _verb("whine", "whine whines whined"),
    _verb("yelp", "yelp yelps yelped"),
    _verb("sob", "sobbed"),
    _verb("rage", "raged"),
    _verb("fume", "fumes"),
    _verb("crack", "cracks"),
    _verb("charge", "charged", inverted="charged"),
    _verb("enthuse", "enthuse enthuses enthused"),
    _verb("rave", "raved"),
    _verb("rant", "ranted"),
    _verb("huff", "huffed"),
    _verb("offer", "offered", inverted="offered"),
    _verb("tease", "teased"),
    _verb("react", "reacted"),
    _verb("fret", "fret frets fretted", participles="fretting"),
    _verb("sniff", "sniffed"),
)

# Verbs that label words or judge them without a speech act of their own ("dismissed as").
_DESCRIBING: Final = _rows(
    "describing",
    _verb("call", "call calls called", participles="calling", nouns="call calls"),
    _verb("describe", "describe describes described", participles="describing"),
    _verb("dismiss", "dismiss dismisses dismissed", participles="dismissing"),
    _verb("term", "term terms termed", participles="terming", nouns="term terms"),
    _verb("label", "label labels labelled labeled", participles="labeling labelling"),
    _verb("brand", "brand brands branded", participles="branding"),
    _verb("characterize", "characterize characterizes characterized characterised", participles="characterizing"),
    _verb("denounce", "denounce denounces denounced", participles="denouncing"),
    _verb("hail", "hail hails hailed", participles="hailing"),
    _verb("herald", "herald heralds heralded", participles="heralding"),
    _verb("praise", "praise praises praised", participles="praising"),
    _verb("criticise", "criticise criticises criticised", participles="criticising"),
    _verb("criticize", "criticize criticizes criticized", participles="criticizing"),
    _verb("slam", "slam slams slammed"),
    _verb("reject", "reject rejects rejected"),
    _verb("welcome", "welcome welcomes welcomed"),
    _verb("condemn", "condemn condemns condemned"),
    _verb("deem", "deem deems deemed"),
    _verb("refer", "refer refers referred"),
    _verb("dub", "dub dubs dubbed", participles="dubbing"),
    _verb("commend", "commend commends commended"),
    _verb("laud", "laud lauds lauded"),
    _verb("deny", "deny denies denied", participles="denying"),
    _verb("accuse", "accuse accuses accused", participles="accusing"),
    _verb("blame", "blame blames blamed", participles="blaming"),
    _verb("forecast", "forecast forecasts", nouns="forecast forecasts"),
    _verb("project", "project projects projected"),
    _verb("decry", "decry decries decried"),
    _verb("blast", "blast blasts blasted", participles="blasting"),
    _verb("mock", "mock mocks mocked", participles="mocking"),
    _verb("attack", "attack attacks attacked", nouns="attack attacks"),
    _verb("defend", "defend defends defended", participles="defending"),
    _verb("thank", "thank thanks thanked"),
    _verb("chide", "chide chides chided"),
    _verb("ridicule", "ridicule ridicules ridiculed"),
    # the rest of VerbNet's characterize (29.2) and judgment (33) verbs that take a quoted label
    _verb("portray", "portray portrays portrayed", participles="portraying"),
    _verb("depict", "depict depicts depicted", participles="depicting"),
    _verb("cast", "casts", participles="casting"),
    _verb("paint", "paints painted", participles="painting"),
    _verb("deride", "deride derides derided", participles="deriding"),
    _verb("lambaste", "lambaste lambastes lambasted", participles="lambasting"),
    _verb("extol", "extol extols extolled", participles="extolling"),
    _verb("castigate", "castigate castigates castigated"),
    _verb("excoriate", "excoriate excoriates excoriated"),
    _verb("chastise", "chastise chastises chastised"),
    _verb("reproach", "reproach reproaches reproached"),
    _verb("reprimand", "reprimand reprimands reprimanded"),
    _verb("censure", "censure censures censured"),
    _verb("upbraid", "upbraid upbraids upbraided"),
    _verb("berate", "berate berates berated", participles="berating"),
    _verb("belittle", "belittle belittles belittled", participles="belittling"),
    _verb("disparage", "disparage disparages disparaged", participles="disparaging"),
    _verb("lampoon", "lampoon lampoons lampooned"),
    _verb("pillory", "pillory pillories pilloried"),
    _verb("vilify", "vilify vilifies vilified"),
    _verb("demonize", "demonize demonizes demonized demonise demonises demonised", participles="demonizing"),
    _verb("malign", "malign maligns maligned"),
)

# Verbs of thinking, wanting and judging ("Lee believes the plan is "a mistake"").
_COGNITION: Final = _rows(
    "cognition",
    _verb("believe", "believe believes believed"),
    _verb("think", "think thinks thought"),
    _verb("feel", "feel feels felt"),
    _verb("hope", "hope hopes hoped"),
    _verb("want", "want wants wanted"),
    _verb("expect", "expect expects expected"),
    _verb("fear", "fear fears feared"),
    _verb("consider", "consider considers considered"),
    _verb("see", "see sees saw"),
    _verb("view", "view views viewed"),
    _verb("regard", "regard regards regarded"),
    _verb("doubt", "doubt doubts doubted"),
)

# Verbs of speaking that introduce no words of their own ("Lee spoke to reporters").
_INTRANSITIVE: Final = _rows(
    "intransitive",
    _verb("speak", "speak speaks spoke"),
)

# Verbs whose object is the speaker where "as" and a participle follow it ("quoted Ann Lee as saying").
_QUOTING: Final = _rows(
    "quoting",
    _verb("quote", "quote quotes quoted quoting", nouns="quote quotes"),
    _verb("cite", "cite cites cited citing", participles="citing"),
)

# Verbs of refusing: a verb of saying after them and "to" is no speech ("declined to comment").
_REFUSING: Final = _rows(
    "refusing",
    _verb("decline", "decline declines declined refuse refuses refused"),
)

# Verbs of asking: in the passive their subject is the one who answers ("Cole was asked about it").
_ASKING: Final = _rows(
    "asking",
    _verb("ask", "asked"),
    _verb("press", "pressed"),
    _verb("question", "questioned", participles="questioning"),
    _verb("quiz", "quizzed"),
)

#: Every verb of saying, one row for each of its roles.
VERBS: Final[tuple[Verb, ...]] = (
    *_REPORTING,
    *_ADJACENT,
    *_DESCRIBING,
    *_COGNITION,
    *_INTRANSITIVE,
    *_QUOTING,
    *_REFUSING,
    *_ASKING,
)


def forms_of(verbs: Iterable[Verb], kind: VerbKind) -> frozenset[str]:
    """Every form of the verbs of one role.

    >>> sorted(forms_of(VERBS, "refusing"))
    ['decline', 'declined', 'declines', 'refuse', 'refused', 'refuses']
    """
    return frozenset(form for verb in verbs if verb.kind == kind for form in verb.forms)


#: Verbs of saying, in the forms that attribute a quotation ("said", "told", "says").
REPORTING_VERBS: Final[frozenset[str]] = forms_of(VERBS, "reporting")

#: Verbs of the manner of speaking and verbs of saying that have other senses
#: as well: cues only beside their quotation ("...," Lee mumbled / Lee
#: snapped: "..."), never for a quotation elsewhere in their sentence.
ADJACENT_VERBS: Final[frozenset[str]] = forms_of(VERBS, "adjacent")

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
DESCRIBING_VERBS: Final[frozenset[str]] = forms_of(VERBS, "describing")

#: Verbs of thinking, wanting and judging: a cue only for a short quotation
#: inside their own sentence ("Lee believes the plan is "a mistake"").
COGNITION_VERBS: Final[frozenset[str]] = forms_of(VERBS, "cognition")

#: Reporting verbs that stand before their subject ("..., said Ann Lee").
#: Verbs that take an object ("told Reuters", "asked him") are not among them;
#: verbs of the manner of speaking are ("...," snapped the mayor).
INVERTED_VERBS: Final[frozenset[str]] = frozenset(form for verb in VERBS for form in verb.inverted)

#: Participles that carry the subject of their sentence ("..., saying ...").
PARTICIPLES: Final[frozenset[str]] = frozenset(form for verb in VERBS for form in verb.participles)

#: Cue words that are as often nouns ("a Twitter comment", "a Reuters
#: report", "state director"): a noun where "a" or "an" stands before them and
#: their modifiers, or a title or a role follows them.
NOUN_FORMS: Final[frozenset[str]] = frozenset(form for verb in VERBS for form in verb.nouns)

#: Verbs of speaking that introduce no words of their own ("Lee spoke to
#: reporters"): a cue in a main clause only, never in "after Lee spoke".
INTRANSITIVE_VERBS: Final[frozenset[str]] = forms_of(VERBS, "intransitive")

#: Verbs whose object is the speaker where "as" and a participle follow it
#: ("the paper quoted Ann Lee as saying", "citing an aide as saying").
QUOTING_VERBS: Final[frozenset[str]] = forms_of(VERBS, "quoting")

#: Verbs of refusing: a verb of saying after them and "to" is no speech
#: ("declined to comment", "refused to elaborate").
REFUSING_VERBS: Final[frozenset[str]] = forms_of(VERBS, "refusing")

#: Verbs of asking: in the passive their subject is the one who answers
#: ("Cole was asked about it. "Why not?" she said").
ASKING_VERBS: Final[frozenset[str]] = forms_of(VERBS, "asking")

class CueSets(NamedTuple):
    """The cues drawn together from the sets of single roles (:func:`cue_sets`);
    never raises.

    >>> isinstance(cue_sets(reporting=frozenset({"said"}), adjacent=frozenset(), describing=frozenset(),
    ...                     cognition=frozenset(), quoting=frozenset(), participles=frozenset()), CueSets)
    True
    """

    speech: frozenset[str]  # the cues of speech a quotation's own attribution may hold
    beside: frozenset[str]  # the cues that attribute only the quotation beside them
    single: frozenset[str]  # the words that are cues on their own
    words: frozenset[str]  # every word that may open a speech event


def cue_sets(
    *,
    reporting: frozenset[str],
    adjacent: frozenset[str],
    describing: frozenset[str],
    cognition: frozenset[str],
    quoting: frozenset[str],
    participles: frozenset[str],
) -> CueSets:
    """The cues of a set of verbs of saying, however they were gathered (the
    package's below, or a user lexicon's for the quote finder). Never raises.

    >>> cues = cue_sets(reporting=frozenset({"said"}), adjacent=frozenset(), describing=frozenset(),
    ...                 cognition=frozenset(), quoting=frozenset(), participles=frozenset())
    >>> sorted(cues.single), "shot back" in cues.beside, "shot" in cues.words
    (['according', 'said'], True, True)
    """
    single = reporting | describing | cognition | participles | quoting | adjacent | frozenset({"according"})
    return CueSets(
        speech=reporting | describing | quoting,
        beside=adjacent | frozenset(f"{verb} {particle}" for verb, particle in PHRASAL_VERBS),
        single=single,
        words=single | frozenset(verb for verb, _ in PHRASAL_VERBS),
    )


_CUES: Final = cue_sets(
    reporting=REPORTING_VERBS,
    adjacent=ADJACENT_VERBS,
    describing=DESCRIBING_VERBS,
    cognition=COGNITION_VERBS,
    quoting=QUOTING_VERBS,
    participles=PARTICIPLES,
)

#: The cues of speech a quotation's own attribution may hold: saying,
#: describing and quoting verbs (a quoting verb makes an event only with its speaker).
SPEECH_VERBS: Final[frozenset[str]] = _CUES.speech

#: The cues that attribute only the quotation beside them: verbs of the manner
#: of speaking, and phrasal verbs of saying as an event names them ("shot back").
BESIDE_CUES: Final[frozenset[str]] = _CUES.beside

#: The words that are cues on their own: the verbs above, and "according" (to).
SINGLE_CUES: Final[frozenset[str]] = _CUES.single

#: Every word that may open a speech event: the single cues and the first
#: words of the phrasal verbs.
CUE_WORDS: Final[frozenset[str]] = _CUES.words
