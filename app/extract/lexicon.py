"""Load the engine's word lists from ``app/extract/data/``, once, and check them.

Each file opens with a header of ``#`` lines saying what belongs in it and what must not. Blank
lines and ``#`` lines are skipped. A malformed line stops loading with the file and line number,
so a bad lexicon fails at start-up, never in the middle of a request.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType


class LexiconError(ValueError):
    """A lexicon file is malformed."""


@dataclass(frozen=True, slots=True)
class Pronoun:
    """What a personal pronoun can refer to."""

    gender: str  # "m", "f", "n" (it) or "x" (they, either)
    plural: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the engine uses; keys are lower case unless said otherwise."""

    verbs: Mapping[str, str]  # inflected reporting verb -> lemma ("said" -> "say")
    outlets: Mapping[str, str]  # alias as written (case kept) -> canonical outlet name
    credited_outlets: Mapping[str, str]  # "PTI": an outlet only in "told PTI" or "(PTI)"
    outlet_nouns: frozenset[str]  # "paper", "newspaper": "the paper" refers to an outlet
    masthead_words: frozenset[str]  # "ledger", "tv": "told the Metro Ledger" names an outlet
    titles: frozenset[str]  # roles: "president", "spokesman", "senior commander"
    title_heads: frozenset[str]  # last word of every title: "commander", "chief"
    # heads that end a title only after "of": "secretary of state", "chief of staff"
    field_heads: frozenset[str]
    title_words: frozenset[str]  # every word of every title: "spy", "chief", "prime"
    title_modifiers: frozenset[str]  # "former", "deputy", "acting"
    epithet_nouns: frozenset[str]  # "billionaire": "the billionaire" is the person just named
    honorifics: frozenset[str]  # "mr", "dr" (no final dot)
    pronouns: Mapping[str, Pronoun]  # subject pronouns that can speak: "he", "she", "they"
    group_nouns: frozenset[str]  # "officials", "sources", "analysts"
    organization_words: frozenset[str]  # "ministry", "campaign", "police"
    parties: frozenset[str]  # "labour", "republican": a party named before a title
    party_roles: frozenset[str]  # "nominee", "leader": "Republican nominee" keeps its party
    nationalities: frozenset[str]  # "dutch", "saudi": left out of "Dutch Finance Minister"
    regions: frozenset[str]  # "ohio", "new south wales": "In Columbus, Ohio, …"
    portfolio_fields: frozenset[str]  # "finance", "defense": stay in "Finance Minister"
    team_roles: frozenset[str]  # "head coach", "striker": "Bears | safety" names the team
    work_fields: frozenset[str]  # "portfolio", "marketing": "Portfolio manager" stays whole
    document_nouns: frozenset[str]  # "report", "statement", "email": sources that are texts
    reporting_nouns: frozenset[str]  # "claim", "warning": "X's claim that …"
    name_particles: frozenset[str]  # "bin", "al", "van", "de"
    non_names: frozenset[str]  # capitalised words that are never names: "the", "monday"
    first_names: Mapping[str, str]  # given name -> "m" or "f"
    nicknames: Mapping[str, frozenset[str]]  # "tony" -> {"anthony", "antonio"}
    abbreviations: frozenset[str]  # "sen", "gov": their dot ends no sentence
    speech_adverbs: frozenset[str]  # "also", "later", "has": between speaker and verb
    determiners: frozenset[str]  # "the", "a", "two": open a speaker's noun phrase
    title_abbreviations: Mapping[str, str]  # "sen." -> "senator"
    # "congresswoman" -> {"representative", …}: the titles a description's noun stands for
    title_synonyms: Mapping[str, frozenset[str]]
    clause_verbs: Mapping[str, str]  # belief and evidence verbs: "believes" -> "believe"
    verb_frames: Mapping[str, frozenset[str]]  # lemma -> {"bare", "to", "wh", "listener", …}
    finite_verbs: frozenset[str]  # "was", "would", "said": a finite clause is under way
    phrasal_verbs: Mapping[str, str]  # inflected verb of a two-word cue -> its particle
    role_verbs: Mapping[str, str]  # "chairs" -> "chair": "X, who chairs Y," ("" gives no role)

    def frames(self, word: str) -> frozenset[str]:
        """Return the frames of the reporting verb ``word`` in any form: "told" → tell's."""
        return self.verb_frames.get(self.verbs.get(word.lower(), ""), frozenset())


def _lines(name: str) -> Iterator[tuple[int, str]]:
    path = resources.files("app.extract") / "data" / name
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def _words(name: str, *, lower: bool = True) -> frozenset[str]:
    words = set()
    for number, line in _lines(name):
        if "\t" in line:
            raise LexiconError(f"{name}:{number}: one entry a line, no tabs: {line!r}")
        words.add(line.lower() if lower else line)
    return frozenset(words)


def _columns(name: str, count: int) -> Iterator[tuple[int, list[str]]]:
    for number, line in _lines(name):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != count or not all(cells):
            raise LexiconError(f"{name}:{number}: expected {count} tab-separated columns: {line!r}")
        yield number, cells


def _verbs(name: str = "reporting_verbs.tsv") -> Mapping[str, str]:
    forms: dict[str, str] = {}
    for _, (lemma, inflected) in _columns(name, 2):
        for form in [lemma.lower(), *inflected.lower().split()]:
            forms.setdefault(form, lemma.lower())
    return MappingProxyType(forms)


def _outlets() -> Mapping[str, str]:
    aliases: dict[str, str] = {}
    for number, (canonical, alias_cell) in _columns("outlets.tsv", 2):
        names = [canonical, *(a.strip() for a in alias_cell.split("|") if a.strip() != "-")]
        for alias in names:
            if not alias:
                raise LexiconError(f"outlets.tsv:{number}: empty alias")
            owner = aliases.setdefault(alias, canonical)
            if owner != canonical:
                raise LexiconError(f"outlets.tsv:{number}: alias {alias!r} already names {owner!r}")
            if alias.startswith("The "):
                aliases.setdefault("the " + alias[4:], canonical)
                aliases.setdefault(alias[4:], canonical)
    return MappingProxyType(aliases)


def _credited_outlets(outlets: Mapping[str, str]) -> Mapping[str, str]:
    table: dict[str, str] = {}
    canonical = set(outlets.values())
    for number, (alias, name) in _columns("credited_outlets.tsv", 2):
        if name not in canonical:
            raise LexiconError(f"credited_outlets.tsv:{number}: {name!r} is not in outlets.tsv")
        if alias in outlets:
            raise LexiconError(f"credited_outlets.tsv:{number}: {alias!r} is in outlets.tsv")
        table[alias] = name
    return MappingProxyType(table)


def _phrasal_verbs() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for _, (lemma, inflected, particle) in _columns("phrasal_verbs.tsv", 3):
        for form in [lemma.lower(), *inflected.lower().split()]:
            table[form] = particle.lower()
    return MappingProxyType(table)


_FRAMES = frozenset({"bare", "finite", "to", "wh", "listener", "quote"})


def _verb_frames() -> Mapping[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for number, (lemma, cell) in _columns("verb_frames.tsv", 2):
        frames = frozenset(cell.split())
        if not frames <= _FRAMES:
            raise LexiconError(f"verb_frames.tsv:{number}: unknown frame in {sorted(frames)}")
        table[lemma.lower()] = frames
    return MappingProxyType(table)


def _pronouns() -> Mapping[str, Pronoun]:
    table: dict[str, Pronoun] = {}
    for number, (word, gender, number_cell) in _columns("pronouns.tsv", 3):
        if gender not in {"m", "f", "n", "x"} or number_cell not in {"singular", "plural"}:
            raise LexiconError(f"pronouns.tsv:{number}: bad gender or number in {word!r}")
        table[word.lower()] = Pronoun(gender, number_cell == "plural")
    return MappingProxyType(table)


def _first_names() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for number, (name, gender) in _columns("first_names.tsv", 2):
        if gender not in {"m", "f"}:
            raise LexiconError(f"first_names.tsv:{number}: gender must be m or f: {gender!r}")
        table[name.lower()] = gender
    return MappingProxyType(table)


@cache
def load() -> Lexicon:
    """Return the lexicon, read and checked on first use."""
    titles = _words("titles.txt")
    outlets = _outlets()
    return Lexicon(
        verbs=_verbs(),
        outlets=outlets,
        credited_outlets=_credited_outlets(outlets),
        outlet_nouns=_words("outlet_nouns.txt"),
        masthead_words=_words("masthead_words.txt"),
        titles=titles,
        title_heads=frozenset(title.split()[-1] for title in titles),
        field_heads=frozenset(t.split()[-1] for t in titles if " of " in t)
        - frozenset(t.split()[-1] for t in titles if " of " not in t),
        title_words=frozenset(word for title in titles for word in title.split())
        - {"of", "for", "the", "and", "to", "in", "on", "at"},
        title_modifiers=_words("title_modifiers.txt"),
        epithet_nouns=_words("epithet_nouns.txt"),
        honorifics=frozenset(w.rstrip(".") for w in _words("honorifics.txt")),
        pronouns=_pronouns(),
        group_nouns=_words("group_nouns.txt"),
        organization_words=_words("organization_words.txt"),
        parties=_words("parties.txt"),
        party_roles=_words("party_roles.txt"),
        nationalities=_words("nationalities.txt"),
        regions=_words("regions.txt"),
        portfolio_fields=_words("portfolio_fields.txt"),
        team_roles=_words("team_roles.txt"),
        work_fields=_words("work_fields.txt"),
        document_nouns=_words("document_nouns.txt"),
        reporting_nouns=_words("reporting_nouns.txt"),
        name_particles=_words("name_particles.txt"),
        non_names=_words("non_names.txt"),
        first_names=_first_names(),
        nicknames=MappingProxyType(
            {
                short.lower(): frozenset(full.lower().split())
                for _, (short, full) in _columns("nicknames.tsv", 2)
            }
        ),
        abbreviations=_words("abbreviations.txt"),
        speech_adverbs=_words("speech_adverbs.txt"),
        determiners=_words("determiners.txt"),
        clause_verbs=_verbs("clause_verbs.tsv"),
        verb_frames=_verb_frames(),
        finite_verbs=_words("finite_verbs.txt"),
        phrasal_verbs=_phrasal_verbs(),
        role_verbs=MappingProxyType(
            {
                verb.lower(): "" if role == "-" else role
                for _, (verb, role) in _columns("role_verbs.tsv", 2)
            }
        ),
        title_synonyms=MappingProxyType(
            {
                noun.lower(): frozenset(heads.lower().split())
                for _, (noun, heads) in _columns("title_synonyms.tsv", 2)
            }
        ),
        title_abbreviations=MappingProxyType(
            {
                short.lower(): full.lower()
                for _, (short, full) in _columns("title_abbreviations.tsv", 2)
            }
        ),
    )
