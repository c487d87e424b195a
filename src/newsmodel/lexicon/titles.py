"""Words that mark a job title rather than a name, in bylines and before speakers."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "ABBREVIATED_TITLES",
    "BYLINE_JOB_NOUNS",
    "BYLINE_TITLE_QUALIFIERS",
    "BYLINE_TITLE_WORDS",
    "HYPHENED_PARTICLES",
    "NAME_PARTICLES",
    "SPEAKER_TITLE_WORDS",
]

#: The nouns that end a newsroom job ("Sports Reporter", "Technology
#: Correspondent", "Freelance sports writer"): no personal name ends in one.
BYLINE_JOB_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "reporter", "reporters", "columnist", "columnists", "contributor", "contributors",
        "commentator", "commentators", "critic", "critics", "photographer", "photographers",
        "journalist", "journalists", "desk", "analyst", "analysts", "producer", "producers",
        "videographer", "videojournalist", "blogger", "presenter", "researcher", "stringer",
        "staffer", "staffers", "chief", "editor-at-large", "editor-in-chief", "reviewer",
        "sub-editor", "subeditor", "newscaster",
    }
)

#: The words that stand before a job's noun in a newsroom title ("Senior Political
#: Correspondent", "Media editor", "AP Economics Writer", "Our Foreign Staff"): desks,
#: beats, ranks and the words around them, compared lower-case.
BYLINE_TITLE_QUALIFIERS: Final[frozenset[str]] = frozenset(
    {
        # ranks and kinds of job
        "senior", "chief", "deputy", "associate", "assistant", "managing", "executive",
        "contributing", "staff", "special", "freelance", "principal", "lead", "junior",
        "acting", "interim", "general", "group", "digital", "online", "web", "multimedia",
        "investigative", "investigations", "data", "visual", "video", "audio", "news",
        "bureau", "desk", "night", "weekend", "our", "your", "at-large", "roving", "resident",
        "guest", "regular", "graduate", "trainee", "community", "correspondent", "features",
        "feature", "opinion", "comment", "leader", "leaders", "content", "copy", "picture",
        "photo", "breaking", "live", "social", "media", "global", "national", "international",
        "foreign", "home", "local", "regional", "city", "state", "metro", "world", "diplomatic",
        "political", "politics", "parliamentary", "legal", "crime", "courts", "security",
        "defence", "defense", "economics", "economic", "economy", "business", "finance",
        "financial", "markets", "market", "money", "personal", "consumer", "industry", "retail",
        "property", "housing", "energy", "climate", "environment", "environmental", "science",
        "scientific", "health", "medical", "technology", "tech", "education", "transport",
        "travel", "food", "drink", "wine", "restaurant", "fashion", "style", "beauty", "lifestyle",
        "arts", "art", "culture", "cultural", "entertainment", "music", "film", "movie", "tv",
        "television", "books", "literary", "theatre", "theater", "dance", "sport", "sports",
        "football", "soccer", "cricket", "rugby", "golf", "tennis", "racing", "motoring",
        "baseball", "basketball", "hockey", "boxing", "athletics", "olympics", "agriculture",
        "farming", "rural", "religion", "religious", "weather", "royal", "society",
        "affairs", "current", "public", "policy", "investment", "banking", "employment",
        "work", "workplace", "careers", "family", "parenting", "relationships", "gaming",
        "games", "asia", "europe", "africa", "america", "americas", "latin", "middle", "east",
        "west", "north", "south", "pacific", "eu", "us", "u.s.", "uk", "white", "house",
        "capitol", "hill", "washington", "westminster", "brussels", "ap", "afp", "cnn", "bbc",
        "upi", "reuters", "bloomberg", "nbc", "abc", "cbs", "fox", "of",
    }
)

#: A byline segment after a comma holding one of these words is a title ("AP Economics
#: Writer", "Special to The Times").
BYLINE_TITLE_WORDS: Final[frozenset[str]] = BYLINE_JOB_NOUNS | frozenset(
    {"staff", "bureau", "chief", "special", "senior", "medical", "economics"}
)

#: Lower-case words that may stand inside a personal name ("Ludwig van Beethoven").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
        "den", "ter", "la", "le", "al", "el", "bin", "binti", "ibn", "y", "e", "st.", "af",
    }
)

#: Particles printed joined to the name after them by a hyphen ("al-Hakim",
#: "el-Sisi"): the Arabic article as wire copy transliterates it.
HYPHENED_PARTICLES: Final[frozenset[str]] = frozenset({"al", "el"})

#: Words of a title or description that may precede a speaker's name
#: ("Chief Financial Officer Tom Schoewe", "Sen. Ann Lee"), compared lower-case.
SPEAKER_TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "chief", "executive", "financial", "operating", "officer", "president", "vice",
        "chairman", "chairwoman", "chair", "director", "managing", "minister", "prime",
        "foreign", "finance", "defense", "defence", "secretary", "state", "general",
        "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor",
        "dr.", "mr.", "mrs.", "ms.", "miss", "prof.", "professor", "judge", "justice",
        "attorney", "commissioner", "spokesman", "spokeswoman", "spokesperson",
        "analyst", "economist", "strategist", "head", "senior", "deputy", "assistant",
        "lt.", "col.", "gen.", "sgt.", "capt.", "adm.", "cmdr.", "maj.", "king", "queen",
        "prince", "princess", "pope", "sheikh", "ceo", "cfo", "coo", "cto", "vp", "u.s.",
        "former", "acting", "interim", "leader", "speaker", "founder", "co-founder",
        "manager", "partner", "coach", "lawyer", "ambassador", "envoy", "chancellor",
        "premier", "trader", "broker", "sir",
        "lord", "lady", "dame", "rev.", "reverend", "father", "bishop", "archbishop",
        "cardinal", "rabbi", "imam", "ayatollah", "detective", "inspector",
        "superintendent", "sheriff", "chief-executive", "treasurer", "secretary-general",
        "nominee", "candidate", "hopeful", "owner", "publisher", "editor", "author",
        "actor", "actress", "singer", "star", "forward", "guard", "quarterback",
        "pitcher", "striker", "midfielder", "defender", "goalkeeper",
        # offices of state, law, the armed forces, learning and business, by kind rather than by any story
        "administrator", "commander", "counsel", "adviser", "advisor", "aide", "official", "lawmaker",
        "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "councilor", "legislator",
        "assemblyman", "assemblywoman", "alderman", "magistrate", "prosecutor", "solicitor", "ombudsman",
        "auditor", "comptroller", "controller", "trustee", "supervisor", "coordinator", "marshal", "captain",
        "lieutenant", "colonel", "admiral", "sergeant", "provost", "rector", "researcher", "scientist",
        "engineer", "consultant", "negotiator", "mediator", "mp", "mep", "closer", "catcher", "goalie",
    }
)

#: What an abbreviated title is called when a story refers back to its holder
#: ("Sen. Ann Lee ... the senator said"), keyed lower-case.
ABBREVIATED_TITLES: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "sen.": frozenset({"senator"}),
        "rep.": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
        "gov.": frozenset({"governor"}),
        "lt.": frozenset({"lieutenant"}),
        "gen.": frozenset({"general"}),
        "col.": frozenset({"colonel"}),
        "capt.": frozenset({"captain"}),
        "maj.": frozenset({"major"}),
        "sgt.": frozenset({"sergeant"}),
        "adm.": frozenset({"admiral"}),
        "cmdr.": frozenset({"commander"}),
        "prof.": frozenset({"professor"}),
        "supt.": frozenset({"superintendent"}),
        "sec.": frozenset({"secretary"}),
        "pres.": frozenset({"president"}),
        "amb.": frozenset({"ambassador"}),
        "insp.": frozenset({"inspector"}),
        "det.": frozenset({"detective"}),
        "rev.": frozenset({"reverend", "pastor", "minister"}),
    }
)
