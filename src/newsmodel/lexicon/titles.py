"""Words that mark a job title rather than a name, in bylines and before speakers."""

from __future__ import annotations

from typing import Final

__all__ = ["BYLINE_JOB_NOUNS", "BYLINE_TITLE_WORDS", "NAME_PARTICLES", "SPEAKER_TITLE_WORDS"]

#: A byline segment holding one of these words is a title ("AP Economics Writer").
BYLINE_TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "reporter", "reporters", "columnist", "columnists", "staff", "contributor",
        "bureau", "chief", "producer", "analyst", "commentator", "critic",
        "photographer", "journalist", "special", "senior", "medical", "economics",
    }
)

#: The nouns that end a job named in place of a person ("By Sports Reporter",
#: "By Technology Correspondent"): no personal name ends in one.
BYLINE_JOB_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "reporter", "reporters", "columnist", "columnists", "contributor", "contributors",
        "commentator", "critic", "photographer", "journalist", "journalists", "desk",
    }
)

#: Lower-case words that may stand inside a personal name ("Ludwig van Beethoven").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
        "den", "ter", "la", "le", "al", "el", "bin", "binti", "ibn", "y", "e", "st.", "af",
    }
)

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
        "prince", "princess", "pope", "sheikh", "ceo", "cfo", "coo", "cto", "u.s.",
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
