"""A lexicon a user can extend: the agencies, verbs and titles the parsers read by.

>>> from newsmodel.lexicon import Agency, Lexicon
>>> acme = Agency(key="acme", names={"acme"}, sign_offs=("ACME",))
>>> lexicon = Lexicon.default().with_agencies(acme)
>>> "acme" in lexicon.agency_names, "acme" in Lexicon.default().agency_names
(True, False)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

from attrs import evolve, field, fields, frozen

from .agencies import AGENCY_ROWS, STAFF_OUTLETS, agency_names
from .rows import VERB_KINDS, Agency, Verb, VerbKind
from .titles import BYLINE_JOB_NOUNS, SPEAKER_TITLE_WORDS
from .verbs import VERBS

__all__ = ["Lexicon"]

def _rows_by_key(rows: Iterable[Any]) -> dict[Any, Any]:
    return {(row.key, row.language) if isinstance(row, Agency) else row.key: row for row in rows}


def _merged(old: tuple[Any, ...], new: Iterable[Any]) -> tuple[Any, ...]:
    """``old`` with each row of ``new`` in place of the row of its key, or after them."""
    merged = _rows_by_key(old)
    merged.update(_rows_by_key(new))
    return tuple(merged.values())


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.casefold() for word in words)


def _agencies(rows: Iterable[Agency]) -> tuple[Agency, ...]:
    return tuple(rows)


def _verbs(rows: Iterable[Verb]) -> tuple[Verb, ...]:
    return tuple(rows)


@frozen(kw_only=True, cache_hash=True, repr=False)
class Lexicon:
    """The words the parsers read by, frozen: pass one to :func:`~newsmodel.parse_article`.

    ``agencies``: one :class:`~newsmodel.lexicon.rows.Agency` row each, names
    and house style; ``verbs``: one :class:`~newsmodel.lexicon.rows.Verb` row
    for each role of each verb of saying; ``job_titles``: the nouns that end
    a newsroom job in a byline ("Sports Reporter"); ``speaker_titles``: the
    words of a speaker's title ("Finance Minister Ann Lee"). All compared
    lower-case. A lexicon is hashable and picklable, so that the patterns built
    from it are built once per lexicon, and a worker process gets it by value.
    ``Lexicon.default()`` is the package's own; the ``with_*`` methods give a
    new lexicon and leave this one as it is.
    """

    agencies: tuple[Agency, ...] = field(converter=_agencies)
    verbs: tuple[Verb, ...] = field(converter=_verbs)
    job_titles: frozenset[str] = field(converter=_lower)
    speaker_titles: frozenset[str] = field(converter=_lower)
    #: Every name of the agencies, lower-case.
    agency_names: frozenset[str] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "agency_names", agency_names(self.agencies))

    def __repr__(self) -> str:
        """A count of the rows and words, not the words themselves: ``Lexicon(64 agencies, ...)``."""
        return (
            f"Lexicon({len(self.agencies)} agencies, {len(self.verbs)} verbs, "
            f"{len(self.job_titles)} job titles, {len(self.speaker_titles)} speaker titles)"
        )

    @classmethod
    def default(cls) -> Lexicon:
        """The package's lexicon: the one the parsers use where none is given."""
        return _DEFAULT

    @property
    def byline_outlets(self) -> frozenset[str]:
        """The outlets that may follow or replace the names in a byline: the agencies,
        and "Staff", "Reuters Staff" ... ("By JOSH BOAK, Associated Press", "By Reuters Staff")."""
        return self.agency_names | STAFF_OUTLETS

    def forms(self, kind: VerbKind) -> frozenset[str]:
        """Every form of the verbs of one role: ``forms("reporting")`` holds "said"."""
        return frozenset(form for verb in self.verbs if verb.kind == kind for form in verb.forms)

    @property
    def inverted_verbs(self) -> frozenset[str]:
        """The forms that stand before their subject ("..., said Ann Lee")."""
        return frozenset(form for verb in self.verbs for form in verb.inverted)

    @property
    def participles(self) -> frozenset[str]:
        """The participles that carry their sentence's subject ("..., saying ...")."""
        return frozenset(form for verb in self.verbs for form in verb.participles)

    @property
    def noun_forms(self) -> frozenset[str]:
        """The forms that are as often nouns ("a Twitter comment")."""
        return frozenset(form for verb in self.verbs for form in verb.nouns)

    def with_agencies(self, *agencies: Agency) -> Lexicon:
        """This lexicon with ``agencies`` added; a row of the key of one it has takes its place."""
        return evolve(self, agencies=_merged(self.agencies, agencies))

    def with_verbs(self, *verbs: Verb) -> Lexicon:
        """This lexicon with ``verbs`` added; a row of the same lemma, role and language takes its place."""
        return evolve(self, verbs=_merged(self.verbs, verbs))

    def with_titles(self, *titles: str) -> Lexicon:
        """This lexicon with ``titles`` added as job titles of bylines and speakers' titles ("harbourmaster")."""
        return evolve(
            self,
            job_titles=self.job_titles | _lower(titles),
            speaker_titles=self.speaker_titles | _lower(titles),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, base: Lexicon | None = None) -> Lexicon:
        """The lexicon ``base`` (the default) extended by ``data``:
        ``{"agencies": [{"key": ..., "names": [...], "sign_offs": [...]}], "verbs":
        [{"lemma": ..., "kind": ..., "forms": [...]}], "titles": [...]}``.

        Raises ``ValueError`` for a key or a field it does not know.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a lexicon is a table of 'agencies', 'verbs' and 'titles', got {type(data).__name__}")
        unknown = set(data) - {"agencies", "verbs", "titles"}
        if unknown:
            raise ValueError(f"unknown lexicon keys: {', '.join(sorted(unknown))} (known: agencies, verbs, titles)")
        lexicon = base or cls.default()
        agencies = [_row(Agency, entry, "agencies") for entry in _entries(data, "agencies")]
        for entry in _entries(data, "verbs"):
            if entry.get("kind") not in VERB_KINDS:
                known = ", ".join(sorted(VERB_KINDS))
                raise ValueError(f"verbs: unknown kind {entry.get('kind')!r} (known: {known})")
        verbs = [_row(Verb, entry, "verbs") for entry in _entries(data, "verbs")]
        titles = data.get("titles", [])
        if not isinstance(titles, list) or not all(isinstance(title, str) for title in titles):
            raise ValueError("titles: expected a list of strings")
        return lexicon.with_agencies(*agencies).with_verbs(*verbs).with_titles(*titles)

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """The default lexicon extended by a JSON file, or a TOML file (``.toml``, Python 3.11+);
        the file's form is :meth:`from_dict`'s."""
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        data: Any
        if path.suffix.casefold() != ".toml":
            data = json.loads(text)
        elif sys.version_info >= (3, 11):
            import tomllib

            data = tomllib.loads(text)
        else:
            raise ValueError(f"{path}: reading TOML needs Python 3.11 or later; write the lexicon as JSON")
        return cls.from_dict(data)


def _entries(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(entry, Mapping) for entry in entries):
        raise ValueError(f"{key}: expected a list of tables")
    return entries


def _row(kind: type[Any], entry: Mapping[str, Any], key: str) -> Any:
    known = {attribute.name for attribute in fields(kind)}
    unknown = set(entry) - known
    if unknown:
        raise ValueError(f"{key}: unknown fields {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
    for name, value in entry.items():
        if name not in ("key", "lemma", "kind", "language") and (
            not isinstance(value, list) or not all(isinstance(item, str) for item in value)
        ):
            raise ValueError(f"{key}: {name} is a list of strings, got {value!r}")
    try:
        return kind(**entry)
    except TypeError as error:  # a field missing
        raise ValueError(f"{key}: {error}") from None


_DEFAULT: Final = Lexicon(
    agencies=AGENCY_ROWS,
    verbs=VERBS,
    job_titles=BYLINE_JOB_NOUNS,
    speaker_titles=SPEAKER_TITLE_WORDS,
)
