"""Resolve mentions to what they stand for: names to canonical people, pronouns to the person
they refer to, "the paper" to the outlet named before it.

People: every capitalised run that looks like a personal name (a known given name, a title or
honorific before it, or a speaker's name) is a candidate; a surname or "Mr. X" joins the fullest
name that ends with it. Pronouns take the nearest earlier person whose gender agrees.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from app.extract.lexicon import Lexicon
from app.extract.mentions import (
    POST_NOMINALS,
    described_after,
    extend_title_back,
    is_name_word,
    name_after_field,
    nickname_after,
    portfolio_joiner,
)
from app.extract.model import Span
from app.extract.tokens import Token


@dataclass(frozen=True, slots=True)
class OutletMention:
    """An outlet named in the text, or referred to as "the paper"."""

    start: int
    end: int
    name: str
    reference: bool = False  # "the paper": resolved to the outlet named before it


@dataclass(slots=True, eq=False)
class Person:
    """One person across the article."""

    name: str
    gender: str | None  # "m", "f" or unknown
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    age: str | None = None  # "Beatriz Monteiro, 38," → "38"
    roles: set[str] = field(default_factory=set)  # every title's head: "Rep. X, the chairman"
    body: bool = False  # an organisation named like a person ("Twitter said"): no "he" or "she"


_Trie = dict[str, "_Trie"]  # a letter and what may follow it; "" marks a word's end


def _alternation(words: Iterable[str]) -> str:
    """Return a regular expression that matches any of ``words``, longest first, built as a
    trie ("The (?:Hill|Hindu)") so that a thousand aliases are tried letter by letter, not one
    by one."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        arms = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + branch(trie) + ")"


@cache
def _outlet_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    # "TOI-3127 b" is a planet, not The Times of India: no hyphenated word continues an alias
    return re.compile(r"(?<![\w-])" + _alternation(aliases) + r"(?!\w|-\w)")


@cache
def _credit_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = _alternation(aliases)
    return re.compile(rf"(?:\btold |\baccording to )({ordered})\b|\(({ordered})\)")


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# relations, with the gender of whom they name: "her son, Cody,", "Her husband laughed."
KIN_GENDER = {
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "father": "m",
    "mother": "f",
    "brother": "m",
    "sister": "f",
}
# the gender of whom "his" and "her" stand for
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_OWNERS = frozenset({*POSSESSIVE_GENDER, "their"})
# Irish and Scottish particles, written with a capital: "Ó Súilleabháin", "Ní Bhriain"
_GAELIC = frozenset({"ó", "ní", "nic", "mac", "mc", "ua", "uí"})
_QUOTE_CHARS = frozenset("\"“”'‘’`")
_LEVELS = frozenset({"state", "city", "county", "federal"})  # "state Sen.", "county Judge"
_SHORT_NAME = 3  # letters a shortened given name keeps: "Greg", "Ken", "Tom"
_OLDEST = 120  # an age after a name, "X, 27,", is below this
_FIELD_WORDS = 4  # words of the field after "head of": "head of global economics"
_BODY_WORDS = 3  # words of a body named before a title: "Liberal Democrat", "Plaid Cymru"
# a capitalised name credited as a source: "told the Metro Ledger", "according to Kompas TV"
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM))?")  # a US station: "KQED", "WNYC-FM"
_PROGRAMMES = frozenset({"show", "podcast", "program", "programme"})  # may hold a host's name
_CREDIT = re.compile(
    r"\b(?:told|according to|in an interview with|speaking to|interview with"
    r"|(?:said|says|saying|speaking|appearing) on)"
    r" (?:the )?((?:[A-Z][\w’'&.-]*)(?: [A-Z][\w’'&.-]*){0,3})(?![\w’'-])"
)
# the capitalised word right before an alias, a space between
_PREVIOUS_WORD = re.compile(r"\b([A-Z][a-z]+) \Z")
# the capitalised words right after an alias, on the same line
_NEXT_RUN = re.compile(r"[ \t]+((?:[A-Z][\w’'.-]*[ \t]*){1,5})")
# nouns that stand for an outlet after "told": "told the agency", not "the agency said"
_TOLD_REFERENCE = re.compile(
    r"\btold (the (?:agency|site|website|station|outlet|programme|show))\b"
)


@cache
def _reference_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b[Tt]he " + _alternation(nouns) + r"(?!\w)")


def find_outlets(text: str, lexicon: Lexicon) -> list[OutletMention]:
    """Return the outlets named in ``text`` and the references ("the paper") to them."""
    named = [
        OutletMention(m.start(), m.end(), lexicon.outlets[m.group()])
        for m in _outlet_pattern(tuple(lexicon.outlets)).finditer(text)
        if not _inside_name(text, m.end(), lexicon)
        and not _after_given_name(text, m.start(), lexicon)
    ]
    if lexicon.credited_outlets:
        for m in _credit_pattern(tuple(lexicon.credited_outlets)).finditer(text):
            group = 1 if m.group(1) is not None else 2
            name = lexicon.credited_outlets[m.group(group)]
            named.append(OutletMention(m.start(group), m.end(group), name))
        named.sort(key=lambda m: m.start)
    named = _credited_mastheads(text, named, lexicon)
    if not named:
        return []
    starts = [m.start for m in named]
    found = list(named)
    references = [m.span() for m in _reference_pattern(tuple(lexicon.outlet_nouns)).finditer(text)]
    # "told the agency" / "told the site": told, the listener can only be the outlet
    references += [m.span(1) for m in _TOLD_REFERENCE.finditer(text)]
    for start, end in sorted(set(references)):
        before = bisect.bisect_right(starts, start) - 1
        if before >= 0 and named[before].end <= start:
            found.append(OutletMention(start, end, named[before].name, True))
    taken = {(m.start, m.end) for m in found}
    for m in _SHORT_MASTHEAD.finditer(text):
        # "according to the Post" after "The Washington Post": the masthead's last word
        before = bisect.bisect_right(starts, m.start()) - 1
        earlier = {o.name for o in named[: before + 1] if o.end <= m.start()}
        owners = [n for n in earlier if n.split()[-1] == m.group(1)]
        overlaps = any(a < m.end() and m.start() < b for a, b in taken)
        if len(owners) == 1 and not overlaps:
            found.append(OutletMention(m.start(), m.end(), owners[0], True))
    return sorted(found, key=lambda m: m.start)


def _credited_mastheads(
    text: str, named: list[OutletMention], lexicon: Lexicon
) -> list[OutletMention]:
    """Add the outlets the lexicon does not know where a newsroom credits them: "told the
    Metro Ledger", "in an interview with Kompas TV" (a name ending in a masthead word)."""
    found = list(named)
    for match in _CREDIT.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.endswith(".") and name[-3:-2] != ".":
            name, end = name[:-1], end - 1  # "told the Metro Ledger." ends a sentence, not "U.S."
        words = name.split()
        station = len(words) == 1 and _CALL_SIGN.fullmatch(words[0]) is not None  # "told KQED"
        if not station and (words[-1].lower() not in lexicon.masthead_words or len(words) == 1):
            continue  # "according to the Post" alone refers back: see _SHORT_MASTHEAD
        programme = words[-1].lower() in _PROGRAMMES  # "the Hugh Hewitt Show"
        if not programme and (
            words[0].lower() in lexicon.first_names or words[0].lower() in lexicon.honorifics
        ):
            continue  # "told Jon Star": a person
        if any(m.start < end and start < m.end for m in named):
            continue  # a known outlet, or part of one
        found.append(OutletMention(start, end, name))
    return sorted(found, key=lambda m: m.start)


def _after_given_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """Tell whether an alias is a surname after a given name: "Dolores Quint" is no outlet."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).lower() in lexicon.first_names


def _inside_name(text: str, end: int, lexicon: Lexicon) -> bool:
    """Tell whether an outlet's alias runs on into a longer name: "AFP Commissioner X" (the
    Australian Federal Police), "The Independent Petroleum Marketers Association"."""
    match = _NEXT_RUN.match(text, end)
    if match is None:
        return False
    words = match.group(1).split()
    if words[0].lower().rstrip(".") in lexicon.title_heads:
        return True  # "AFP Commissioner Graham Whitcombe"
    return any(w.lower() in lexicon.organization_words for w in words)


# roles held in the service of a body, so that a capitalised word before them names the body
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})  # speak for a body
_SERVING_ROLES = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "official",
        "staffer",
        "strategist",
        "operative",
        "lawyer",
        "attorney",
        "economist",
        "analyst",
    }
)
_COMPANY_ROLES = frozenset({"ceo", "cfo", "coo", "cto"})  # "Parcelon CEO": the company
_FAMILY = frozenset(
    {
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "widow",
        "widower",
        "cousin",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "niece",
        "nephew",
        "stepson",
        "stepdaughter",
    }
)  # "mother" and "father" stay: "Mother Teresa", "Father Michael" are titles
_PAST = frozenset({"former", "ex", "retired", "late", "onetime", "then"})
_SHORT_MASTHEAD = re.compile(
    r"\b[Tt]he ([A-Z][a-z]+)\b(?! [A-Z])"
)  # "the Post", not "the Post Office"
_PARTY_STEM = 8  # letters a party's words share: "democrat", "republic"
_NAME_LIKE_PARTIES = frozenset({"green", "reform", "congress"})


def strip_honorific(words: list[str], lexicon: Lexicon) -> list[str]:
    """Drop leading honorifics: ["Mr.", "Trump"] → ["Trump"]; ["Tan", "Sri", "Yap", …]."""
    while len(words) > 1:
        pair = f"{words[0]} {words[1]}".lower().rstrip(".")
        if len(words) > 2 and pair in lexicon.honorifics:
            words = words[2:]
        elif words[0].lower().rstrip(".") in lexicon.honorifics:
            words = words[1:]
        else:
            break
    return words


def _is_party_word(word: str, lexicon: Lexicon) -> bool:
    """Tell whether a capitalised word names a party: "Democrat", "Labour" (not "Green", also a
    surname and a given name)."""
    lowered = word.lower()
    return word[:1].isupper() and lowered in lexicon.parties and lowered not in _NAME_LIKE_PARTIES


_FEMININE_TITLE = re.compile(
    r"(?:woman|women)\b|\b(?:queen|princess|(?:grand)?mother|sister|wife|widow|daughter"
    r"|aunt|niece|girlfriend|fiancée)\b"
    # "-ess" roles by name: "Congress MLA", "business owner" and "press aide" are no women
    r"|\b(?:act|waitr|host|duch|count|baron|empr|heir|steward|headmistr|mistr|priest|seamstr"
    r"|godd|abb|poet|songstr)ess(?:es)?\b"
)
_MASCULINE_TITLE = re.compile(
    r"(?:\bman|\bmen)\b|\b(?:king|prince|(?:grand)?father|brother|husband|widower|(?:grand)?son"
    r"|uncle|nephew|boyfriend|fiancé)\b"
)


def gender_of(words: list[str], title: str | None, lexicon: Lexicon) -> str | None:
    """Guess a person's gender from an honorific, a given name or a gendered title."""
    if words:
        first = words[0].lower().rstrip(".")
        if first in {"mr", "sir", "lord", "herr", "señor"}:
            return "m"
        if first in {"mrs", "ms", "miss", "dame", "lady", "frau", "señora", "mme"}:
            return "f"
        for word in strip_honorific(words, lexicon)[:1]:
            gender = lexicon.first_names.get(word.lower())
            if gender:
                return gender
    if title:
        lowered = title.lower()
        if _FEMININE_TITLE.search(lowered):
            return "f"
        if _MASCULINE_TITLE.search(lowered):
            return "m"
    return None


def split_body(title: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """Split the body named before a title: "Labour MP" → ("Labour", "MP").

    The body is an acronym ("UN Secretary-General"), a party ("Republican Sen.") or a seat of
    government known by its place ("Downing Street spokesperson"); other words before a title
    name its field and stay in it ("Transport commissioner", "Finance Minister").
    """
    words = title.split()
    if len(words) < 2 or all(w.isupper() for w in words):
        return None, title  # one word, or a text all in capitals
    served = _served_body(words, lexicon) or _team_body(words, lexicon)
    if served is not None:
        return served
    seat = " ".join(words[1:-1])
    if (
        len(words) > 2
        and _is_party_word(words[0], lexicon)
        and _is_title_word(words[-1], lexicon)
        and (seat.lower() in lexicon.regions or seat.islower())
        and not party_role(words[:1], words[1:], lexicon)
    ):
        return words[0], " ".join(words[1:])  # "Republican | Tennessee Sen.": party, then title
    if title.lower() in lexicon.titles:
        return None, title  # "TV chef", "PR executive": a set title, its first word a field
    if words[0].lower() in lexicon.nationalities and words[1][:1].isupper():
        return split_body(" ".join(words[1:]), lexicon)  # "Dutch | Finance Minister"
    for lead in range(1, min(len(words) - 1, _BODY_WORDS + 1) + 1):
        body, role = words[:lead], words[lead:]
        if not _is_title_word(role[-1], lexicon):
            continue
        if len(body) == 1 and body[0].lower() in lexicon.work_fields:
            continue  # "TV meteorologist": a field of work, not a body
        if " ".join([body[-1], *role]).lower() in lexicon.titles:
            continue  # "U.S. | District Judge": the body's last word belongs to the title
        if not body[-1][:1].isupper() or not role[0][:1].isalnum():
            continue  # "Bank of | Japan Governor": a body's name ends in a name word
        # "Bank of Japan | Governor", "EU | Trade Commissioner": a body that names itself
        acronym = len(body) == 1 and _is_acronym(body[0])
        institution = acronym or _is_institution(body, lexicon)
        fields = all(_is_title_word(w, lexicon) or w.islower() for w in role[:-1])
        if not fields and not (institution and all(w[:1].isupper() for w in role)):
            continue  # "Sinn Féin | housing spokesman", "QDIA | board member"
        if institution or _is_body(body, lexicon) or _is_named_body(body, role, lexicon):
            if party_role(body, role, lexicon):
                return " ".join(body), title  # "Republican nominee": a role of the party
            return " ".join(body), " ".join(role)
    return None, title


def party_role(body: list[str], role: list[str], lexicon: Lexicon) -> bool:
    """Tell whether a title is a role its party confers: "GOP | frontrunner", "Democratic |
    leader" (not "Republican | Sen.")."""
    return role[-1].lower() in lexicon.party_roles and all(
        _is_party_word(word, lexicon) or _is_acronym(word) for word in body
    )  # an acronym is a party's too: "GOP frontrunner", "BJP leader"


def _served_body(words: list[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "senior Democratic aide", "Treasury spokesperson", "Parcelon CEO": a named body
    (an organisation word, a party, an acronym, or a company before a CEO) before a role that
    serves it, rather than holds a portfolio, is the affiliation."""
    lead = 0
    while lead < len(words) - 2 and words[lead].lower() in lexicon.title_modifiers:
        lead += 1  # "senior | Democratic aide"
    body, role = words[lead:-1], words[-1]
    serving = role.lower() in _SERVING_ROLES or role.lower() in _COMPANY_ROLES
    if not body or len(body) > _BODY_WORDS or not serving:
        return None
    if not all(w[:1].isupper() for w in body) or (len(body[0]) == 1):
        return None
    lowered = [w.lower() for w in body]
    if lowered[0] in lexicon.nationalities and len(body) == 1:
        return None  # "Chinese official": where from, not whom for
    if any(w in lexicon.title_modifiers or w in lexicon.title_heads for w in lowered):
        return None  # "Deputy spokesman", "Chief strategist": part of the role
    if f"{lowered[-1]} {role.lower()}" in lexicon.titles:
        return None  # "Assistant District Attorney": a set title
    phrase = " ".join(lowered)
    fields = all(w in lexicon.portfolio_fields or w in lexicon.nationalities for w in lowered)
    named = (
        phrase in lexicon.organization_words
        or phrase in lexicon.parties
        or (len(body) == 1 and sum(c.isupper() for c in body[0]) > 1)  # "TfGM", "CalMac"
        or role.lower() in _COMPANY_ROLES
        or (role.lower() in SPOKESPEOPLE and not fields)  # "Ergon Energy spokesperson"
    )
    if not named:
        return None  # "Retail analyst", "Environment spokesperson": a field, not a body
    return " ".join(body), " ".join([*words[:lead], role])


def _team_body(words: list[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "Newcastle head coach", "Bears safety", "Ridgeback Chief Executive": a capitalised
    name before a role in a team or company is the team or company."""
    for lead in range(1, min(len(words) - 1, _BODY_WORDS) + 1):
        body, role = words[:lead], words[lead:]
        if " ".join(role).lower() not in lexicon.team_roles:
            continue  # "Bears safety", "Ridgeback Chief Executive"
        lowered = [w.lower() for w in body]
        if not all(w[:1].isupper() and not _is_common(w, lexicon) for w in body):
            return None  # "Portfolio manager", "Assistant coach", "Dutch striker"
        if len(body) == 1 and lowered[0] in lexicon.organization_words:
            return None  # "Club captain"
        return " ".join(body), " ".join(role)
    return None


def _is_common(word: str, lexicon: Lexicon) -> bool:
    """Tell whether a word is a role's or a description's rather than a name's: "Assistant",
    "Dutch", "Portfolio"."""
    lowered = word.lower()
    return any(
        lowered in words
        for words in (
            lexicon.title_modifiers,
            lexicon.title_words,
            lexicon.portfolio_fields,
            lexicon.nationalities,
            lexicon.non_names,
            lexicon.work_fields,
            lexicon.parties,
        )
    )


def _is_institution(words: list[str], lexicon: Lexicon) -> bool:
    """Tell whether capitalised words name an institution: "Bank of Japan", "European
    Commission" — two words or more, one of them an organisation word."""
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and any(w.lower() in lexicon.organization_words for w in words)
        and not any(w.lower() in lexicon.portfolio_fields for w in words)  # "Health Ministry"
    )


def _is_body(words: list[str], lexicon: Lexicon) -> bool:
    """Tell whether words name a body by themselves: "UN", "Labour", "Downing Street"."""
    if not all(w[:1].isupper() for w in words):
        return False  # "union leader": a field in lower case, not a named body
    phrase = " ".join(words).lower()
    acronym = len(words) == 1 and _is_acronym(words[0])
    return (
        acronym
        or phrase in lexicon.parties
        or (" " in phrase and phrase in lexicon.organization_words)
    )


def _is_named_body(body: list[str], role: list[str], lexicon: Lexicon) -> bool:
    """Tell whether a proper name of two words or more comes before a lower-case title:
    "Northfield Rovers manager", "Halden Bank chief economist" (not "Finance Minister")."""
    return (
        len(body) >= 2
        and all(w[:1].isupper() and not _is_title_word(w, lexicon) for w in body)
        and all(w.islower() or (w.isupper() and len(w) > 1) for w in role)  # "… | CEO"
        and not any(w.lower() in lexicon.portfolio_fields for w in body)  # "Gauteng Health MEC"
    )


def _is_title_word(word: str, lexicon: Lexicon) -> bool:
    lowered = word.lower()
    return (
        lowered in lexicon.title_heads
        or lowered in lexicon.title_modifiers
        or lowered in lexicon.title_abbreviations
        or lowered.rstrip(".") in lexicon.title_heads
    )


class People:
    """The people of one article, and the mentions that name them, in text order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._by_key: dict[str, Person] = {}  # "hillary clinton" (first and last word)
        self._by_surname: dict[str, Person] = {}  # the latest person with each surname
        self._modifiers: set[int] = set()  # where a surname modifies a noun: "the Lindqvist corner"
        self._family: dict[str, list[Person]] = {}  # everyone with each surname, in order
        self._by_word: dict[str, Person] = {}  # the first person with each other word of a name
        self._by_part: dict[str, Person] = {}  # the first two and last two words of long names
        self._positions: list[int] = []  # start of every named mention, in order
        self._ends: list[int] = []  # the end of each of those mentions
        self._texts: list[str] = []  # the words of each of those mentions
        self._people: list[Person] = []  # the person of each of those mentions
        self._quoted: list[tuple[int, int]] = []  # the quoted passages, in order
        self._quoted_starts: list[int] = []
        self._paragraph_starts: list[int] = []

    def add(
        self,
        span: Span,
        *,
        title: str | None = None,
        affiliation: str | None = None,
        name: str | None = None,
    ) -> Person:
        """Record a name mention and return the person it names.

        ``name`` is the full name when the mention shortens it: "Hiroshi" in "Hiroshi and Keiko
        Tanaka" names Hiroshi Tanaka.
        """
        # a quoted nickname is no part of the canonical name: Theodore "Ted" Nakamura
        raw = [
            w
            for w in (name or span.text).split()
            if w[:1] not in _QUOTE_CHARS
            and w.strip(".,").replace(".", "").lower() not in POST_NOMINALS
        ] or [name or span.text]  # no nickname and no "SC", "QC" or "SAN" in the canonical name
        words = strip_honorific(raw, self._lexicon)
        if len(words) > 2 and _is_party_word(words[0], self._lexicon):
            # "Democrat Dianne Feinstein", "Republican Mitt Romney": the party is no part of
            # the name but the person's affiliation
            affiliation = affiliation or words[0]
            words = words[1:]
        core = words
        if len(words) > 2 and words[-1].lower().strip(".,") in _NAME_SUFFIXES:
            core = words[:-1]  # "Otis Beckwith Jr.": the surname is Beckwith
        particled = False
        while len(core) > 1 and (
            core[0].lower() in self._lexicon.name_particles or core[0].lower() in _GAELIC
        ):
            core = core[1:]  # "Van Rensburg", "van der Merwe": a surname with its particles
            particled = True  # "Mr Mac Giolla Bhríde": all of it is the surname
        surname = core[-1].lower()
        if len(core) > 1 and not particled:
            key = f"{core[0].lower()} {surname}"
            person = self._by_key.get(key)
            if person is None and len(core) == 2:
                # "Gutiérrez Salcedo" after "Mariana Gutiérrez Salcedo" (two surnames), "Ahmad
                # Faizal" after "Ahmad Faizal bin Mohd Yusof" (the given names)
                pair = " ".join(w.lower() for w in core)
                person = self._by_part.get(pair)
            if person is None:
                person = self._short_given_name(core)  # "Greg McAllister" after "Gregory …"
            if person is None:
                person = Person(" ".join(words), None)
            self._by_key.setdefault(key, person)  # the short and the full form find one person
            if len(core) > 2 and core[0].lower() in self._lexicon.first_names:
                lowered = [w.lower() for w in core]
                self._by_part.setdefault(" ".join(lowered[-2:]), person)
                self._by_part.setdefault(" ".join(lowered[:2]), person)
            elif len(words) > len(person.name.split()) or self._formal(words, person.name):
                person.name = " ".join(words)
            for word in words[:-1]:
                self._by_word.setdefault(word.lower(), person)
        else:
            # "Okafor" → the latest person with that surname; "Zhang" (family name first),
            # "Ribas" (first of two surnames) → the person with that word in their name
            found = (
                self._named_before(surname, span.start)
                or self._by_surname.get(surname)
                or self._by_word.get(surname)
            )
            honored = gender_of(raw, None, self._lexicon) if len(raw) > 1 else None
            kin = [
                p
                for p in self._family.get(surname, [])
                if honored
                and p.mentions
                and p.mentions[0].start < span.start
                and p.gender in (None, honored)
            ]
            if len(kin) > 1:
                # "Mr. Pemberton" in an obituary that also names his father, Lucius Pemberton:
                # the one the article speaks of most; but "Her sister, Leila, … ''…,'' Ms.
                # Haddad said": the one just named in the same paragraph
                latest = max(kin, key=lambda p: p.mentions[-1].start)
                here = self._paragraph(span.start)
                if self._paragraph(latest.mentions[-1].start) == here:
                    found = latest
                else:  # on a tie, the one named first: a relative comes in through them
                    found = max(kin, key=lambda p: (len(p.mentions), -p.mentions[0].start))
            if found is not None and honored and found.gender not in (None, honored):
                # "Mrs. Whitcombe" after "Harlan Whitcombe" and "Deborah Whitcombe": the one
                # whose gender the honorific gives
                # with none of that gender, someone new: "Mrs. Hollister" after "Wade Hollister"
                found = next(
                    (p for p in reversed(self._family.get(surname, [])) if p.gender == honored),
                    None,
                )
            if found is None:
                found = Person(" ".join(words) if particled else words[0], None)  # "Mr. X" → "X"
            person = found
        prefix, joined, bare = surname.partition("-")
        aliases = [bare] if joined and bare and prefix in self._lexicon.name_particles else []
        for key in [surname, *aliases]:  # "Mr. Khatib" after "Ahmad al-Khatib"
            self._by_surname[key] = person
            family = self._family.setdefault(key, [])
            if person not in family:
                family.append(person)
        if person.gender is None and (len(words) > 1 or len(raw) > 1 or title):
            # a surname alone says nothing of gender: "Rhys" is also a given name
            person.gender = gender_of(raw, title, self._lexicon)
        self.describe(person, title, affiliation)
        self._record(person, span)
        return person

    def _record(self, person: Person, span: Span) -> None:
        """Record ``span`` as a mention of ``person``, in text order."""
        person.mentions.append(span)
        index = bisect.bisect_right(self._positions, span.start)
        self._positions.insert(index, span.start)
        self._ends.insert(index, span.end)
        self._texts.insert(index, span.text)
        self._people.insert(index, person)

    def describe(self, person: Person, title: str | None, affiliation: str | None) -> None:
        """Give a person the title and affiliation a mention states, where none is known.

        Kinship is no title ("Her husband, Dale Morrow", "a father of three"): it gives a
        gender, not a role.
        """
        if title is not None and _FAMILY & set(title.lower().replace("-", " ").split()):
            title = None
        if title and not _PAST.intersection(title.lower().split()):
            person.roles.add(self._head_of(title))  # "the secretary" is no former secretary
        person.title = person.title or title
        person.affiliation = person.affiliation or affiliation
        if person.title and person.affiliation:
            # "Goldman Sachs chief economist" with "Goldman Sachs": the title is "chief economist"
            lead = person.affiliation + " "
            kept = party_role(lead.split(), person.title.split(), self._lexicon)
            if person.title.startswith(lead) and len(person.title) > len(lead) and not kept:
                person.title = person.title[len(lead) :]
        elif person.title:
            body, role = split_body(person.title, self._lexicon)
            person.title = role  # "Dutch Finance Minister" → "Finance Minister"
            if body is not None:
                person.affiliation = body

    def _formal(self, words: list[str], name: str) -> bool:
        """Tell whether ``words`` give the formal given name of ``name``'s short one, in as many
        words: "Thomas Garrity" for "Tom Garrity", "Christopher Lane" for "Chris Lane"."""
        known = name.split()
        if len(words) != len(known) or words[0] == known[0]:
            return False
        given, short = words[0].lower(), known[0].lower()
        return given in self._lexicon.nicknames.get(short, ()) or (
            given.startswith(short) and len(given) > len(short)
        )

    def _short_given_name(self, core: list[str]) -> Person | None:
        """Return the person of that surname whose given name this one shortens or lengthens:
        "Greg McAllister" and "Gregory T. McAllister Jr.", "Chris" and "Christopher"."""
        given = core[0].lower()
        nicknames = self._lexicon.nicknames
        for person in reversed(self._family.get(core[-1].lower(), [])):
            other = person.name.split()[0].lower()
            if other == given:
                continue
            prefix = min(len(other), len(given)) >= _SHORT_NAME and (
                other.startswith(given) or given.startswith(other)
            )
            # "Tony Tavares" and "Anthony Tavares", "Tom" and "Thomas"
            short = other in nicknames.get(given, ()) or given in nicknames.get(other, ())
            if prefix or short:
                return person
        return None

    def _head_of(self, title: str) -> str:
        words = title.lower().split()
        joiner = next((i for i, w in enumerate(words) if i > 0 and w in {"for", "of"}), None)
        if joiner is not None:
            words = words[:joiner]  # "Commissioner for the Environment": a commissioner
        return self._lexicon.title_abbreviations.get(words[-1], words[-1])

    def _before(self, position: int, reach: int, limit: int) -> Iterator[Person]:
        """Yield the people named before ``position``, nearest first, within ``reach`` chars."""
        index = bisect.bisect_left(self._positions, position) - 1
        stop = max(-1, index - limit)
        while index > stop and position - self._positions[index] <= reach:
            yield self._people[index]
            index -= 1

    def described(
        self, position: int, head: str, *, reach: int = 3000, gender: str = "x"
    ) -> Person | None:
        """Return the latest person before ``position`` whose title ends in ``head``, or in a
        title ``head`` stands for ("the congresswoman" → "Rep. X"), of ``gender`` if given."""
        heads = self._lexicon.title_synonyms.get(head, frozenset()) | {head}
        titled = (
            p
            for p in self._before(position, reach, 80)
            if ((p.title and self._head_of(p.title) in heads) or heads & p.roles)
            and (gender == "x" or p.gender in (None, gender))
        )
        return next(titled, None)

    def named_as(self, words: str, position: int) -> Person | None:
        """Return the person "Mr. Metcalf" or "Harlan Metcalf" names at ``position``: the
        latest of that surname introduced before it, whose name the words end."""
        written = words.split()
        lexicon = self._lexicon
        parts = [  # "Sen. Warren": the name without its title
            w
            for w in strip_honorific(written, lexicon)
            if w.lower() not in lexicon.titles and w.lower() not in lexicon.title_abbreviations
        ]
        if len(written) < 2 or not parts or not all(p[:1].isupper() for p in parts):
            return None  # a bare "Ford" may be the company
        person = self._named_before(parts[-1].lower(), position)
        if person is None or not set(parts) <= set(person.name.split()):
            return None  # "Air Selangor" is no "Sungai Selangor"
        return person

    def _named_before(self, surname: str, position: int) -> Person | None:
        """Return the person of that surname introduced last before ``position``."""
        family = self._family.get(surname, [])
        before = [p for p in family if p.mentions and p.mentions[0].start < position]
        return max(before, key=lambda p: p.mentions[0].start) if before else None

    def link_surname(self, span: Span, *, modifier: bool = False) -> Person | None:
        """Record a surname-only mention as the latest person of that surname named before it;
        a ``modifier`` ("the Lindqvist corner") speaks of the family, not one of them."""
        person = self._named_before(span.text.lower(), span.start)
        if person is None:
            return None
        self._record(person, span)
        if modifier:
            self._modifiers.add(span.start)
        return person

    def named_between(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """Return the names from ``start`` to ``end``: where each starts and ends, and whose."""
        first = bisect.bisect_left(self._positions, start)
        last = bisect.bisect_left(self._positions, end)
        return list(
            zip(
                self._positions[first:last],
                self._ends[first:last],
                self._people[first:last],
                strict=True,
            )
        )

    def last_mention(self, person: Person, position: int, *, reach: int = 3000) -> int:
        """Return where ``person`` was last named before ``position``, within ``reach``
        characters (-1 if not)."""
        index = bisect.bisect_left(self._positions, position) - 1
        while index >= 0 and position - self._positions[index] <= reach:
            if self._people[index] is person:
                return self._positions[index]
            index -= 1
        return -1

    def knows(self, word: str, position: int) -> bool:
        """Tell whether a one-word name belongs to a person named before ``position``."""
        lowered = word.lower()
        if self._named_before(lowered, position) is not None:
            return True
        person = self._by_word.get(lowered)
        return person is not None and person.mentions[0].start < position

    def has_surname(self, word: str) -> bool:
        """Tell whether someone named so far has the surname ``word`` (in lower case)."""
        return word in self._by_surname

    def named_before(
        self, position: int, *, skip: Callable[[Span], bool] | None = None
    ) -> Span | None:
        """Return the last mention of a person before ``position``, passing over the mentions
        ``skip`` rejects."""
        index = bisect.bisect_left(self._positions, position) - 1
        while index >= 0:
            start = self._positions[index]
            person = self._people[index]
            span = next((m for m in person.mentions if m.start == start), person.mentions[-1])
            if skip is None or not skip(span):
                return span
            index -= 1
        return None

    def paragraphs(self, starts: list[int]) -> None:
        """Record where each paragraph starts: relatives are told apart within one."""
        self._paragraph_starts = sorted(starts)

    def _paragraph(self, position: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, position)

    def quoted(self, spans: list[tuple[int, int]]) -> None:
        """Record the quoted passages: a name inside one is spoken of, not a speaker."""
        self._quoted = sorted(spans)
        self._quoted_starts = [start for start, _ in self._quoted]

    def is_quoted(self, position: int) -> bool:
        """Tell whether ``position`` lies inside a quoted passage."""
        at = bisect.bisect_right(self._quoted_starts, position) - 1
        return at >= 0 and position < self._quoted[at][1]

    def aged(self, position: int, age: str, *, reach: int = 3000) -> Person | None:
        """Return the latest person before ``position`` given that age ("the 38-year-old")."""
        return next((p for p in self._before(position, reach, 80) if p.age == age), None)

    def antecedent(self, position: int, gender: str, *, reach: int = 3000) -> Person | None:
        """Return the nearest person named before ``position`` whose gender agrees.

        Names inside quotations are passed over: in “…Nathan Deal,” he added, "he" is the
        speaker, not the man he speaks of.
        """
        index = bisect.bisect_left(self._positions, position) - 1
        stop = max(-1, index - 50)
        while index > stop and position - self._positions[index] <= reach:
            person = self._people[index]
            at = self._positions[index]
            if not self.is_quoted(at) and not (person.body and gender != "x"):
                if gender == "x" or person.gender in (None, gender):
                    return person
                relative = self._relative_of(person, index, gender)
                if relative is not None:
                    return relative
            index -= 1
        return None

    def _relative_of(self, person: Person, index: int, gender: str) -> Person | None:
        """Return the one of ``gender`` who shares the surname ``person`` is mentioned by
        alone in mention ``index``: "Sheriff Villarreal" after "Rosa Villarreal succeeded her
        father, Armando Villarreal" is Rosa to "she"."""
        position, words = self._positions[index], self._texts[index].strip()
        if " " in words or position in self._modifiers:
            return None
        return self._kin(words.lower(), person, gender, position)

    def _kin(self, surname: str, person: Person, gender: str, position: int) -> Person | None:
        """Return the latest introduced before ``position`` of the people of ``surname`` and
        ``gender`` other than ``person``."""
        kin = [
            p
            for p in self._family.get(surname, [])
            if p is not person and p.gender == gender and p.mentions[0].start < position
        ]
        return max(kin, key=lambda p: p.mentions[0].start) if kin else None

    def by_seniority(
        self, surname: str, position: int, *, elder: bool, gender: str = "x"
    ) -> Person | None:
        """Return the elder or the younger of the people of ``surname`` (and ``gender``) named
        before ``position`` whose ages the article gives: "the elder Mr. Brenner"."""
        aged = [
            p
            for p in self._family.get(surname.lower(), [])
            if p.age is not None
            and p.age.isdigit()
            and p.mentions[0].start < position
            and (gender == "x" or p.gender in (None, gender))
        ]
        if len(aged) < 2:
            return None
        pick = max if elder else min
        return pick(aged, key=lambda p: int(p.age or 0))

    def surname_of(self, person: Person) -> str | None:
        """Return the surname ``person`` is known by, in lower case."""
        words = [w for w in person.name.split() if w.lower().rstrip(".") not in _NAME_SUFFIXES]
        if len(words) < 2:
            words = [m.text.split()[-1] for m in person.mentions[:1]]
        return words[-1].lower() if words else None

    def kin_of(self, person: Person, gender: str, position: int) -> Person | None:
        """Return the person of ``gender`` named before ``position`` who shares ``person``'s
        surname: "Her husband" after "Mrs. Hollister" and "Wade T. Hollister"."""
        surname = self.surname_of(person)
        return self._kin(surname, person, gender, position) if surname else None

    def party_member(self, position: int, party: str, *, reach: int = 3000) -> Person | None:
        """Return the nearest person named before ``position`` whose affiliation is ``party``:
        "the Michigan Democrat" is the Democrat named before, not the host who interviewed her."""
        stem = party.lower()[:_PARTY_STEM]  # "Democrat", "Democratic" and "Democrats" agree
        index = bisect.bisect_left(self._positions, position) - 1
        stop = max(-1, index - 50)
        while index > stop and position - self._positions[index] <= reach:
            person = self._people[index]
            affiliation = (person.affiliation or "").lower()
            if affiliation.startswith(stem) and not self.is_quoted(self._positions[index]):
                return person
            index -= 1
        return None

    def salient(self, position: int, *, reach: int = 3000) -> Person | None:
        """Return the person named most often in the ``reach`` characters before ``position``
        (the nearer one on a tie): whom "the billionaire" or "the front-runner" stands for."""
        counts: dict[int, int] = {}
        found: dict[int, Person] = {}
        index = bisect.bisect_left(self._positions, position) - 1
        stop = max(-1, index - 200)
        while index > stop and position - self._positions[index] <= reach:
            if not self.is_quoted(self._positions[index]):
                person = self._people[index]
                counts[id(person)] = counts.get(id(person), 0) + 1
                found.setdefault(id(person), person)  # the nearest reading comes first
            index -= 1
        if not counts:
            return None
        best = max(counts.values())
        return next(p for key, p in found.items() if counts[key] == best)


def name_candidates(
    source: str, tokens: list[Token], lexicon: Lexicon, *, wrapped: bool = False
) -> list[tuple[int, int, int | None]]:
    """Return (first, last, title) token indexes of capitalised runs that look like names.

    A run counts when it starts with a known given name or an honorific, follows a title, or is
    followed by one: "Hillary Clinton", "Mr. Trump", "Health Minister Thandiwe Mokoena",
    "police chief Jo Ruiz", "Zhang Weiming, a spokesman for …".
    ``title`` is the first token of the title before the name, or None.
    """
    found: list[tuple[int, int, int | None]] = []
    surnames: frozenset[str] | None = None  # read once, when a portfolio first needs it
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not (token.is_word and token.is_capitalized):
            index += 1
            continue
        last = index
        while last + 1 < len(tokens) and not tokens[last].text.endswith(("’s", "'s")):
            following = tokens[last + 1]  # "The Charlotte Ledger’s | Ben Whitacre": the owner ends
            gap = source[tokens[last].end : following.start]
            if gap.count("\n") > (1 if wrapped else 0):
                # "… If He's The Nominee ¶ Ohio Gov. X": a paragraph ends every name (hard-wrapped
                # copy breaks lines inside names too)
                break
            if following.is_word and (
                is_name_word(lexicon, following)
                or (
                    following.lower in lexicon.name_particles
                    and _particles_then_name(tokens, last + 1, lexicon)
                )
            ):
                last += 1
                continue
            nicknamed = nickname_after(tokens, last + 1, len(tokens), lexicon)
            if nicknamed is None:
                break
            last = nicknamed  # Sen. Theodore "Ted" Nakamura
        first = index
        while first <= last and tokens[first].lower.rstrip(".") in lexicon.non_names:
            first += 1
        for position in range(first + 1, last):
            ahead = tokens[position - 1].lower.rstrip(".")
            titled = ahead in lexicon.honorifics or ahead in lexicon.title_words
            if tokens[position].lower.rstrip(".") in lexicon.honorifics and not titled:
                first = position  # “Blaming | Mr. Whitcomb …”: an honorific opens the name
        article = any(t.lower == "the" for t in tokens[index:first]) or (
            index > 0 and tokens[index - 1].lower == "the"
        )  # "The New | York Times", "the | Washington Post": a name, not a person's
        portfolio = article and _title_field_before(tokens, first, last, lexicon) is not None
        honorific = first <= last and tokens[first].lower.rstrip(".") in lexicon.honorifics
        if article and first <= last and not honorific and not portfolio:
            index = last + 1
            continue  # "The Charlotte Ledger", "the Washington Post": a name, not a person's
        title: int | None = None
        for position in range(first, last):
            word = tokens[position].lower
            if (
                word in lexicon.title_heads
                or word.rstrip(".") in lexicon.title_heads
                or word.split("-of-")[0] in lexicon.title_heads  # "Mum-of-three Kerry Ashworth"
            ):
                title = first if title is None else title
                first = position + 1
        if title is None:
            field = _title_field_before(tokens, first, last, lexicon)
            if field is not None:
                title, first = field
        if title is None:
            title = _lowercase_title_before(tokens, index, lexicon)
        elif (
            title >= 2
            and tokens[title - 1].lower in {"of", "for"}
            and (tokens[title - 2].lower.rstrip(".") in lexicon.title_heads)
            and not (title >= 3 and tokens[title - 3].lower in {"the", "a", "an"})
        ):
            # "Secretary of State …", but not "the chairman of | Tennessee Gov. X’s campaign":
            # a description of someone else
            title = extend_title_back(tokens, title - 2, 0, lexicon)
        if title is not None and title == index:
            if surnames is None:
                surnames = _surnames(tokens, lexicon)
            title = _portfolio_back(tokens, title, lexicon, surnames)
        if title is not None and title > 0 and tokens[title - 1].text in _LEVELS:
            title -= 1  # "state | Sen. Harriet Lindqvist", "Democratic state Sen."
            if title > 0 and tokens[title - 1].lower in lexicon.parties:
                title -= 1
        while (
            title is not None
            and title > 0
            and tokens[title - 1].text.islower()
            and tokens[title - 1].lower in lexicon.title_modifiers
        ):
            title -= 1  # "former | Phoenix Mayor Dana Whitfield"
        body = tokens[last].lower in lexicon.organization_words or (
            tokens[last].lower in lexicon.outlet_nouns  # "Georgia Immigrant Families Network"
        )
        if first <= last and not body:
            lead = tokens[first].lower.rstrip(".")  # "State Department" names no person
            if (
                (lead in lexicon.first_names and last > first)
                or (lead in lexicon.honorifics and last > first)
                or _middle_initial(tokens, first, last)
                or (
                    title is not None
                    and lead not in lexicon.non_names
                    and not (first == last and _is_acronym(tokens[first].text))  # "Billionaire GOP"
                    and not (first == last and _title_follows(tokens, last, lexicon))
                )
                or (last > first and _titled_after(source, tokens, last, lexicon))
                or (last > first and _titled_before(tokens, first, last, lexicon))
            ):
                found.append((first, last, title))
        index = last + 1
    return found


def _title_follows(tokens: list[Token], last: int, lexicon: Lexicon) -> bool:
    """Tell whether a lower-case title head follows token ``last``: "State Opposition | leader
    X" is a title, not a person named "Opposition"."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        following is not None
        and following.text.islower()
        and _is_title_word(following.text, lexicon)
    )


def _is_acronym(word: str) -> bool:
    """Tell whether a word is an acronym: "GOP", "NFL" (a body, not a person's name)."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _middle_initial(tokens: list[Token], first: int, last: int) -> bool:
    """Tell whether a run is a given name, middle initials and a surname: "Kendrick L.
    Baptiste" names a person though "Kendrick" is no given name the lexicon knows."""
    if last - first < 2 or len(tokens[first].text) < 3 or len(tokens[last].text) < 2:
        return False
    middle = tokens[first + 1 : last]
    return all(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in middle)


def _titled_before(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    """Tell whether a title set off by a comma comes right before the name: "The First
    Minister, | Catriona Dunleavy |,"."""
    if first < 2 or tokens[first - 1].text != "," or last + 1 >= len(tokens):
        return False
    if tokens[last + 1].text not in {",", "."} or last - first > 2:
        return False
    return tokens[first - 2].lower.rstrip(".") in lexicon.title_heads


def _titled_after(source: str, tokens: list[Token], last: int, lexicon: Lexicon) -> bool:
    """Tell whether a person's title follows the name ending at ``last``: ", a spokesman …"."""
    if last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].lower == "who":
        return True  # "Gwenaëlle Le Floch, who heads …": only a person is "who"
    aged = (
        last + 3 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].text.isdigit()
        and 0 < int(tokens[last + 2].text) < _OLDEST
        and tokens[last + 3].text in {",", "."}
    )
    if aged:
        return True  # "Yesenia Flores Paredes, 27, who fled …": only a person has an age
    title, _ = described_after(source, tokens, last, min(len(tokens), last + 30), lexicon)
    if title is None:
        return False
    words = title.lower().split()
    if words[-1] in lexicon.title_heads:
        return True
    # "X, head of global economics at the firm,": a head before a short field
    role, _, field = title.lower().partition(" of ")
    short = 0 < len(field.split()) <= _FIELD_WORDS and not any(c in field for c in '"“”‘’')
    return short and role.split()[-1] in lexicon.title_heads


def _portfolio_back(
    tokens: list[Token], title: int, lexicon: Lexicon, surnames: frozenset[str]
) -> int:
    """Return where a portfolio of several fields starts before a title run: "Domestic Trade
    and Cost of | Living Minister", "Health and Family Welfare | Minister"."""
    while title >= 2 and tokens[title - 1].lower in {"and", "&", "of"}:
        back = title - 2
        if not (tokens[back].is_capitalized and tokens[back].is_word):
            break
        while back - 1 >= 0 and tokens[back - 1].is_capitalized and tokens[back - 1].is_word:
            back -= 1
        words = tokens[back : title - 1]
        if any(t.lower in lexicon.first_names or t.lower in lexicon.non_names for t in words):
            break  # "Mary Jones and | Finance Minister X": a person, not a field
        if tokens[title - 1].lower != "of" and words[-1].text in surnames:
            break  # "Jones and Finance Minister X" after "Sen. Tom Jones"
        title = back
    return title


def _surnames(tokens: list[Token], lexicon: Lexicon) -> frozenset[str]:
    """Return the words the text writes after a given name or an honorific: surnames."""
    return frozenset(
        tokens[index].text
        for index in range(1, len(tokens))
        if tokens[index - 1].lower.rstrip(".") in lexicon.first_names
        or tokens[index - 1].lower.rstrip(".") in lexicon.honorifics
    )


def _particles_then_name(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Tell whether the particles from ``index`` lead to a capitalised name: "van der | Merwe"."""
    while index < len(tokens) and tokens[index].lower in lexicon.name_particles:
        index += 1
    return index < len(tokens) and tokens[index].is_capitalized


def _title_field_before(
    tokens: list[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """Split "Minister of State for | Manpower Zulkifli bin Osman": the run after a title's
    "for" or "of" holds the end of the title, then the name from its first known given name
    (or, with none known, from its second word when it has three or more).

    Returns the first token of the title and of the name.
    """
    joiner = portfolio_joiner(tokens, first, 0)
    if joiner is None:
        return None
    head = tokens[joiner - 1]
    if not head.is_capitalized or head.lower.rstrip(".") not in lexicon.title_heads:
        return None
    given = name_after_field(tokens, first, last, lexicon)
    if given is None:
        return None
    start = extend_title_back(tokens, joiner - 1, 0, lexicon)
    if start >= 2 and tokens[start - 1].lower in {"of", "for"}:
        start = extend_title_back(tokens, start - 2, 0, lexicon)  # "Minister | of State for …"
    return start, given


def _lowercase_title_before(tokens: list[Token], index: int, lexicon: Lexicon) -> int | None:
    """Return where a lower-case title right before a name starts: "police chief Jo Ruiz",
    "His wife, Georgia McCandless," / "The environment minister, Rupert Ashdown,"."""
    head = index - 1
    comma = head >= 1 and tokens[head].text == ","
    if comma:
        head -= 1
    kin = (
        comma
        and head >= 1
        and tokens[head].lower in KIN_GENDER
        and tokens[head - 1].lower in _OWNERS
    )
    if kin:
        return head  # "came with her son, Cody,": "son" is no title word (the surname Son)
    if head < 0 or tokens[head].lower not in lexicon.title_heads:
        return None
    if not tokens[head].text.islower():
        return None
    start = extend_title_back(tokens, head, 0, lexicon)
    owner = start > 0 and tokens[start - 1].lower.endswith(("’s", "'s"))  # "Castleton's captain,"
    if comma and not owner and (start == 0 or tokens[start - 1].lower not in lexicon.determiners):
        return None  # "X, partner, Nordhavn Ventures": a body after a title, not a name
    return start
