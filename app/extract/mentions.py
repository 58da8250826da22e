"""Read the noun phrase naming a speaker next to a reporting verb, with title and affiliation.

``speaker_before`` reads leftwards from a verb ("former spy chief, Rahmatullah Nabil | told"),
``speaker_after`` rightwards ("said | John Smith, a spokesman for the Red Cross"). Both look at a
bounded number of tokens, so each call costs a constant.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from app.extract.lexicon import Lexicon
from app.extract.model import SpeakerKind
from app.extract.tokens import Token

_REACH = 12  # tokens a noun phrase may span
_APPOSITIVE_REACH = 24  # tokens an appositive between commas may span
_TITLE_FIELD_WORDS = 2  # plain words that may name a title's field: "Coastguard commander"
_TITLE_LEAD_AFTER = 3  # lower-case title words between a body and a name: "Acme chief economist"
_DESCRIPTION_REACH = 8  # tokens of a description after a verb: "said one New Hampshire Democrat"
_POSSESSIVE = frozenset({"’s", "'s", "’", "'"})
_PREPOSITIONS = frozenset({"of", "for", "at", "with", "to", "in", "from", "on"})
_CONNECTORS = frozenset({"and", "&"})
# titles whose portfolio follows "for" or "of" without an article: "Minister for Housing"
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "state"})
# roles held towards a person, whose owner is that person and no body: "Kimathi’s colleague"
_RELATIONS = frozenset(
    {
        "colleague",
        "friend",
        "rival",
        "opponent",
        "ally",
        "wife",
        "husband",
        "partner",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "widow",
        "widower",
        "cousin",
        "teammate",
        "neighbour",
        "neighbor",
        "barrister",
        "lawyer",
        "attorney",
        "solicitor",
        "agent",
        "student",
        "former student",
    }
)
# endings of occupations written before a given name: "Landscaper", "Pastor", "Florist"
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "R.K.", "P.": a name may open with them
_ROLE_ENDINGS = ("er", "or", "ist", "ian")
# nouns ending in -ly, which is no adverb: "the rally", "a reply"
_LY_NOUNS = frozenset({"rally", "reply", "supply", "monopoly", "anomaly", "bully", "assembly"})
_SUBORDINATE_OPENERS = frozenset(
    {"when", "where", "while", "because", "if", "after", "before", "since", "though", "although"}
)
_OTHER_PREPOSITIONS = frozenset(
    {"under", "by", "against", "about", "after", "before", "over", "into", "through", "behind"}
    | {"beside", "near", "without", "within", "among", "between", "during", "since", "until"}
)
_CONTESTS = frozenset({"seat", "race", "nomination", "election", "presidency", "primary"})
_ROLE_ENDS = frozenset(
    {"at", "for", "with", "in", "from", "until", "before", "since", "and", "when"}
)
_SEAT_VERBS = frozenset({"represents", "represented"})
_APPROXIMATORS = frozenset({"about", "around", "nearly", "roughly", "almost", "approximately"})
_PARTS = frozenset({"one", "two", "three", "some", "several", "many", "most", "all", "each"})
# relative pronouns that open a clause about a noun: "a nurse | who …", "a passage | that …"
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_RELATIVES = RELATIVE_PRONOUNS | {"where", "when"}
# words that never sit inside a speaker's noun phrase: "his list by …" is no speaker
_FUNCTION_WORDS = frozenset(
    {
        "by",
        "that",
        "which",
        "who",
        "whom",
        "as",
        "than",
        "or",
        "but",
        "nor",
        "if",
        "when",
        "while",
        "because",
        "so",
        "then",
        "there",
        "here",
        "not",
        "also",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "during",
        "without",
        "through",
        "against",
        "between",
        "among",
        "across",
        "around",
        "up",
        "down",
        "out",
        "off",
        "time",
        "being",
    }
)
_POSSESSIVE_DETERMINERS = frozenset(
    {"that", "this", "these", "those", "his", "her", "their", "its", "our"}
)
# generic nouns for places, which a possessive names no body by: "the city’s director"
_PLACES = frozenset({"city", "town", "village", "county", "state", "country", "province", "nation"})
# participles of getting hold of a text, whose agent is no speaker: "a memo obtained by X"
_OBTAINED = frozenset({"obtained", "seen", "reviewed", "viewed", "acquired", "leaked"})
_GENERIC_MARK = "the "  # an affiliation that is only "the union": its name is found later
# a social-media account, which speaks for its owner: "her Twitter account posted"
_FEEDS = frozenset({"account", "feed", "page", "handle", "channel"})
_FEED_MODIFIERS = frozenset({"official", "verified", "personal", "campaign"})
# platforms and their modifiers between an owner and a feed: "her official Twitter account"
_FEED_WORDS = _FEED_MODIFIERS | frozenset(
    {"twitter", "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "weibo"}
    | {"linkedin", "threads", "truth", "social", "snapchat", "bluesky", "substack"}
)
# platforms whose companies speak for themselves right before a verb: "Twitter said"
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit"})
# possessive pronouns and the subject pronouns they stand for: "His statement" → he
SUBJECT_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
# determiners that stand alone for people: "Another tweeted", "Others said"
_STANDALONE = frozenset({"another", "one", "others", "some", "many", "several", "both", "most"})
# "the two wrote": people named before, counted
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_TITLE_WORDS = 10  # tokens a quoted title of a work may run to inside a description
# small words a title of a work keeps in lower case: “The Art of the Deal”
_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "for", "with"})
# the party and state after an American legislator's name: "R-Texas", "D-Calif", "I-Vt"
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "ODM", "ANC": a body's short name in brackets
_BRACKET_REACH = 4  # tokens of a seat after a party in brackets: "(PN-Sungai Tua)"
_PARTY_TAG = re.compile(r"([RDI])-[A-Z][A-Za-z]*")
_PARTY_LETTERS = {"R": "Republican", "D": "Democrat", "I": "Independent"}
# letters after a name that are no part of it: "Tomasz Wiśniewski SC", "Jo Okafor, Ph.D.,"
POST_NOMINALS = frozenset(
    {"sc", "qc", "kc", "san", "obe", "mbe", "cbe", "kbe", "phd", "md", "mba", "dphil", "esq"}
    | {"td", "mp", "msp", "mla", "mep"}  # "Deirdre Nic Giolla Phádraig TD", "Jo Cox MP"
)
_NOT = ("n't", "n’t")
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "am", "will", "would", "has", "have", "had", "can", "could"}
    | {"should", "may", "might", "must", "does", "did", "do"}
)
_AGE_WORD = re.compile(r"\d+-year-old")
_PARTY_MEMBERS = frozenset({"democrat", "republican", "democrats", "republicans", "independent"})
# a place, not an organisation, follows these: "a date farmer in Al Ain"
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near"})
# titles held for a place, so that "of <place>" after the name is their seat, not a body
_SEAT_HOLDERS = frozenset(
    {
        "sen.",
        "senator",
        "rep.",
        "representative",
        "del.",
        "delegate",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "legislator",
        "lawmaker",
        "mp",
        "mla",
        "msp",
        "mep",
        "td",
    }
)
_AGE_LEADS = frozenset({"now", "aged", "age"})  # "X, now 73," gives an age, not a role
# verb forms that are mostly plural nouns inside names: "United States", "Affairs Reports"
_NOUN_FORMS = frozenset({"states", "reports", "notes", "posts", "answers", "comments"})
_CONTRACTIONS = ("’ve", "'ve", "’re", "'re", "’ll", "'ll", "’m", "'m", "’d", "'d")
_REGION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")  # "S.C.", "Calif." after a place
# common nouns for a body written between "the" and its name: "of the group Clean Rivers Now"
_BODY_KINDS = frozenset(
    {"group", "organization", "organisation", "charity", "nonprofit", "firm", "company", "union"}
)
_BE = frozenset({"be", "been", "being", "is", "was", "are", "were"})
_PLACE_OPENERS = frozenset({"New"})  # a non-name that opens places: "of New Orleans"
# words that end an organisation's name inside a descriptor: "Banco Meridional in São Paulo"
_AFFILIATION_STOPS = frozenset(
    {"in", "near", "who", "which", "that", "since", "until", "where", "when", "during", ","}
)
# words that end an anonymous source's description: "one person with knowledge of …",
# "a user from Hanover", "a person close to …", "one official who spoke on condition …"
_SOURCE_QUALIFIERS = frozenset(
    {"with", "from", "who", "close", "familiar", "involved", "knowledgeable"}
)
# prepositions that open a phrase after a speaker's head: "a staffer in the room said"; "of" and
# "for" are left out, they belong to titles ("the head of the FBI", "a spokesman for X")
_POSTMODIFIER_PREPOSITIONS = frozenset(
    {"in", "at", "with", "to", "from", "on", "near", "across", "throughout", "around"}
)
_POSTMODIFIER_REACH = 12  # tokens from a verb back to the head of a post-modified speaker
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "–", "“", "”", '"', "''", "``"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker's noun phrase: where its head is, what it is, and what describes it."""

    start: int  # offsets of the head: the name, the pronoun or the noun phrase
    end: int
    kind: SpeakerKind
    pronoun: bool = False
    name: bool = False  # the head is a proper name
    title: str | None = None
    affiliation: str | None = None
    # the relative pronoun that stands for it as the cue's subject: "Mike Lee, | who | declared"
    via: tuple[int, int] | None = None


def _is_run_head(lexicon: Lexicon, token: Token) -> bool:
    """Tell whether a word inside a capitalised run is a title's head: "Finance Minister", but
    not "Lakeshore State" ("state" ends a title only after "of")."""
    return token.lower in lexicon.title_heads and token.lower not in lexicon.field_heads


def is_relation(title: str) -> bool:
    """Tell whether a title names a personal relation: "husband", "the victim's mother"."""
    return title.split()[-1].lower() in _RELATIONS


def _is_title(lexicon: Lexicon, token: Token) -> bool:
    return (
        token.lower in lexicon.title_heads
        or token.lower.rstrip(".") in lexicon.title_heads
        or token.lower.split("-of-")[0] in lexicon.title_heads  # "Mum-of-three", "father-of-two"
    )


def is_name_word(lexicon: Lexicon, token: Token) -> bool:
    """Tell whether a token can be part of a name: "Nabil", "J.", "al-Tayeb"."""
    if not token.is_word:
        return False
    if len(token.text) == 2 and token.text[0].isupper() and token.text[1] == ".":
        return True  # an initial: "Cornelius A. Whitlock"
    if token.lower.endswith(_CONTRACTIONS):
        return False  # "You’ve", "We’re": a pronoun and its verb
    lemma = lexicon.verbs.get(token.lower)
    noun = lemma in lexicon.document_nouns or token.lower in _NOUN_FORMS
    if lemma is not None and lemma != token.lower and token.lower.endswith("s") and not noun:
        return False  # "Victor Brandt | Vows …", "Smith | Slams …": a headline's verb
    if not token.is_capitalized:
        # al-Tayeb, bin-Salman: a lower-case particle joined to a capitalised name
        prefix, _, rest = token.text.partition("-")
        return bool(rest) and rest[0].isupper() and prefix.lower() in lexicon.name_particles
    return token.lower.rstrip(".") not in lexicon.non_names


_is_name_word = is_name_word


_NICK_OPEN = frozenset({'"', "“", "''", "``", "‘", "'"})
_NICK_CLOSE = frozenset({'"', "”", "''", "’", "'"})


def nickname_after(tokens: list[Token], index: int, ceiling: int, lexicon: Lexicon) -> int | None:
    """Return the name word after a quoted nickname at ``index``: Theodore | "Ted" | Nakamura."""
    if index + 3 >= ceiling or tokens[index].text not in _NICK_OPEN:
        return None
    nickname, closing, after = tokens[index + 1], tokens[index + 2], tokens[index + 3]
    if not (nickname.is_capitalized and nickname.is_word) or closing.text not in _NICK_CLOSE:
        return None
    return index + 3 if is_name_word(lexicon, after) else None


def _is_org_tail(lexicon: Lexicon, token: Token) -> bool:
    """Tell whether a capitalised organisation word ends a name: "Judicial | Watch"."""
    return token.is_capitalized and token.lower in lexicon.organization_words


def _is_adverb(lexicon: Lexicon, token: Token) -> bool:
    word = token.lower
    if word in lexicon.speech_adverbs:
        return True
    return (
        word.endswith("ly")
        and token.text.islower()
        and len(word) > 4
        and word not in _LY_NOUNS
        # "her family said", "a Trump ally said", "the assembly said": nouns, not adverbs
        and word not in lexicon.group_nouns
        and word not in lexicon.title_heads
        and word not in lexicon.organization_words
    )


def _head_kind(lexicon: Lexicon, words: list[Token]) -> SpeakerKind:
    head = words[-1].lower
    if head in lexicon.organization_words or head in lexicon.document_nouns:
        return SpeakerKind.ORGANIZATION
    if head in lexicon.group_nouns or (head.endswith("s") and head[:-1] in lexicon.titles):
        return SpeakerKind.GROUP
    return SpeakerKind.PERSON


def _text(source: str, tokens: list[Token], first: int, last: int) -> str:
    return source[tokens[first].start : tokens[last].end]


def split_descriptor(
    source: str, tokens: list[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Split a descriptor into a role and an organisation.

    "a spokesman for the Red Cross" → ("spokesman", "Red Cross");
    "the Taliban’s senior commander" → ("senior commander", "Taliban").
    """
    while first <= last and tokens[first].lower in lexicon.determiners:
        first += 1
    if first <= last and tokens[first].lower in _PREPOSITIONS:
        return None, None  # "Kerry, from Stockport,": where the person is from, no role
    if first < last and _party_of_place(tokens, first):
        return None, tokens[first].text  # "Republican of West Virginia": the party
    if first <= last and tokens[first].lower in _RELATIVES:
        return None, None  # "X, who voted for the closures,": a clause, not a description
    if first <= last and _is_participle(tokens[first]) and not _is_title(lexicon, tokens[first]):
        return None, None  # "X, speaking to Breitbart News on Wednesday,": an aside, no role
    opener = tokens[first] if first <= last else None
    if (
        opener is not None
        and opener.text.islower()
        and opener.lower.endswith("ed")
        and opener.lower not in lexicon.title_modifiers
        and opener.lower not in lexicon.title_words
    ):
        return None, None  # "Mr. Scarola, seated at the defense table,": an aside, no role
    if first < last and _AGE_WORD.fullmatch(tokens[first].lower):
        first += 1  # "a 31-year-old former engineer": the age is no part of the role
    for index in range(first + 1, last + 1):
        word = tokens[index]
        if word.lower in _RELATIVES:
            last = index - 1  # "an engineer | who immigrated decades ago": the clause is no role
            break
        passive = (
            word.text.islower()
            and word.lower.endswith("ed")
            and index < last
            and tokens[index + 1].lower == "by"
        )
        if passive:
            last = index - 1  # "a circuit judge | backed by conservatives"
            break
        if word.text.islower() and word.lower.endswith("ing") and not _is_head(lexicon, word):
            role_follows = index < last and _is_head(lexicon, tokens[index + 1])
            if word.lower not in lexicon.title_modifiers and not role_follows:
                last = index - 1  # "a retired colonel | running as an independent"
                break  # but "chief nursing officer", "running mate" are roles
    if first > last:
        return None, None
    if tokens[first].lower in _PARTY_MEMBERS and (
        first == last or tokens[first + 1].lower in _PLACE_PREPOSITIONS
    ):
        return None, tokens[first].text  # "a Republican", "a Democrat from Ohio": the party
    if tokens[last].lower in _PARTY_MEMBERS and all(t.is_capitalized for t in tokens[first:last]):
        return None, tokens[last].text  # "an Atlanta Democrat": the party, not a role
    for index in range(first, last):
        if tokens[index].lower in _PREPOSITIONS:
            break  # "architect of Obama’s campaign": the preposition splits first
        if tokens[index + 1].text in _POSSESSIVE or tokens[index].text.endswith(("’s", "'s")):
            split_token = tokens[index + 1].text in _POSSESSIVE
            role_start = index + 2 if split_token else index + 1
            owner = _text(source, tokens, first, index)
            if not split_token:
                owner = owner[:-2]
            if not any(t.is_capitalized for t in tokens[first : index + 1]):
                # "the union’s secretary general": the body named before, found later; "the
                # party's finance spokeswoman" with no party named stays without one
                owner = generic_owner(tokens, first, index, lexicon) or ""
            if any(t.lower in _RELATIONS for t in tokens[role_start : last + 1]):
                owner = ""  # "Kimathi’s colleague", "Marriner’s chief rival in Iowa": a person's
            if role_start <= last:
                role, body = split_descriptor(source, tokens, role_start, last, lexicon)
                if role is None or body is not None:
                    role = _text(source, tokens, role_start, last)  # "… director for Africa"
                # "the nation's top official | for nearly two decades": the role is trimmed
                return role, owner or None
            break
    for index in range(first + 1, last):
        token = tokens[index]
        field = tokens[index + 1]
        if token.lower == "in" and field.text.islower() and field.lower not in lexicon.determiners:
            continue  # "a lecturer in social policy": a field, not a place
        if token.lower in _PLACE_PREPOSITIONS:
            return _text(source, tokens, first, index - 1), None  # "a farmer in Al Ain"
        if token.lower == "on" and index + 1 <= last and tokens[index + 1].lower in SUBJECT_OF:
            return _text(source, tokens, first, index - 1), None  # "a nurse | on her way to …"
        if token.lower not in _PREPOSITIONS:
            continue
        joined = " ".join(t.lower for t in tokens[first : index + 2])
        if joined in lexicon.titles:
            continue  # "chief of staff", "secretary of state"
        field = tokens[index + 1]
        if token.lower == "of" and field.text.islower() and field.lower not in lexicon.determiners:
            continue  # "professor of constitutional law | at Yale": a field, not a body
        employer = next(
            (
                j
                for j in range(index + 2, last)
                if tokens[j].lower == "at"
                and (
                    tokens[j + 1].is_capitalized
                    or (
                        tokens[j + 1].lower == "the"
                        and j + 2 <= last
                        and tokens[j + 2].is_capitalized
                    )
                )
            ),
            None,
        )
        lead = index + 2 if field.lower in lexicon.determiners else index + 1
        if (
            token.lower in {"of", "for"}
            and employer is not None
            and tokens[lead].lower not in lexicon.organization_words
        ):
            # "head of Asia equity capital markets | at Harbourview Securities", "Assistant
            # Undersecretary for Public Health Policy | at the Ministry of Health"
            continue
        if tokens[index - 1].lower in _SEAT_HOLDERS and token.lower in {"for", "of"}:
            return _text(source, tokens, first, index - 1), None  # "MP for Wolds": a seat
        portfolio = tokens[index - 1].lower.rstrip(".") in _PORTFOLIO_HOLDERS
        if field.lower == "the" and index + 2 <= last:
            field = tokens[index + 2]  # "Commissioner for the Environment"
        named_body = tokens[last].lower in lexicon.organization_words and field.is_capitalized
        if portfolio and token.lower in {"for", "of"} and field.is_capitalized and not named_body:
            return _text(source, tokens, first, last), None  # "Minister for Housing": one title
        org_first = index + 1
        if org_first <= last and tokens[org_first].lower in {"a", "an"}:
            role = _text(source, tokens, first, index - 1)
            called = next(
                (
                    j + 1
                    for j in range(org_first + 1, last)
                    if tokens[j].lower in {"called", "named"} and tokens[j + 1].is_capitalized
                ),
                None,
            )
            if called is None:
                return role, None  # "a server at a steakhouse": no body is named
            return role, _text(source, tokens, called, last)  # "with a group called X"
        while org_first <= last and tokens[org_first].lower in lexicon.determiners:
            org_first += 1
        if org_first > last:
            return _text(source, tokens, first, last), None  # "a mother of two": one role
        org_last = org_first
        while org_last + 1 <= last and tokens[org_last + 1].lower not in _AFFILIATION_STOPS:
            second_role = org_last + 2 <= last and tokens[org_last + 2].text.islower()
            if tokens[org_last + 1].lower == "and" and second_role:
                break  # "professor at Yale | and author of …": a second role follows
            org_last += 1
        if not any(t.is_capitalized for t in tokens[org_first : org_last + 1]):
            if token.lower == "of":  # "a veteran of three presidential campaigns": one role
                return _text(source, tokens, first, org_last), None
            return _text(source, tokens, first, index - 1), None  # "a doctor | at one of …"
        role = _text(source, tokens, first, index - 1)
        if tokens[org_last].lower in _CONTESTS:
            return role, None  # "candidate for the state’s open Senate seat": no body served
        org = None
        if org_first <= last:
            org_first = _named_part(tokens, org_first, org_last, lexicon)
            org_first, org_last = _body_bounds(tokens, org_first, org_last)
            org = _text(source, tokens, org_first, org_last)
        return role, org
    return _text(source, tokens, first, last), None


def _body_bounds(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Trim a body's name: "Abu Dhabi-based | Gulf Policy Forum", "… Centre | (PVMBG)"."""
    based = next((i for i in range(first, last) if tokens[i].lower.endswith("-based")), None)
    if based is not None:
        first = based + 1
    if last - 2 > first and tokens[last].text == ")" and tokens[last - 2].text == "(":
        last -= 3  # the acronym in brackets after the full name
    return first, last


def _named_part(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int:
    """Return where the name starts in "the Italian newspaper Corriere della Sera".

    A name that ends the phrase after a plain lower-case noun is the organisation; a phrase
    with no such noun ("the Ministry of Foreign Affairs") is kept whole.
    """
    joiners = _PREPOSITIONS | _CONNECTORS | lexicon.name_particles | lexicon.determiners
    for index in range(last, first, -1):
        word = tokens[index - 1]
        if word.text.islower() and word.is_word and word.lower not in joiners:
            return index if tokens[index].is_capitalized else first
        if not (word.is_capitalized or word.lower in joiners):
            return first
    return first


def _place_opener(tokens: list[Token], index: int, floor: int) -> bool:
    """Tell whether "New" at ``index`` opens a place's name after a preposition: "of | New |
    Orleans", "from | New | Delhi" (a sentence's "New figures show" opens none)."""
    return (
        tokens[index].text in _PLACE_OPENERS
        and index - 1 >= floor
        and tokens[index - 1].lower in _PLACE_PREPOSITIONS | {"of"}
    )


def _name_run_back(tokens: list[Token], index: int, floor: int, lexicon: Lexicon) -> int:
    """Return the first token of the capitalised name ending at ``index``.

    Particles join the name when a name word stands before them: "Graciela de la Fuente".
    """
    first = index
    while first - 1 >= floor and index - first < _REACH:
        if _is_name_word(lexicon, tokens[first - 1]):
            first -= 1
            continue
        if _place_opener(tokens, first - 1, floor):
            first -= 1  # "of | New | Orleans"
            continue
        if _plural_owner_before(tokens, first, floor, lexicon):
            first -= 2  # "Supporters’ | Trust", "Teachers’ | Union of Ireland"
            continue
        joined = (
            first - 2 >= floor
            and tokens[first - 1].lower in {"and", "&"}
            and tokens[index].lower in lexicon.organization_words
            and _is_name_word(lexicon, tokens[first - 2])
        )
        if joined:
            first -= 2  # "U.S. Immigration | and | Customs Enforcement"
            continue
        nicknamed = first - 4 >= floor and nickname_after(tokens, first - 3, first + 1, lexicon)
        if nicknamed == first and _is_name_word(lexicon, tokens[first - 4]):
            first -= 4  # Randall "Randy" | Quist
            continue
        back = first - 1
        while back >= floor and first - back <= 3 and tokens[back].lower in lexicon.name_particles:
            back -= 1
        if back < first - 1 and back >= floor and _is_name_word(lexicon, tokens[back]):
            first = back
        elif back < first - 1 and (back < floor or not tokens[back].is_word):
            first = back + 1  # "“…,” | van der Merwe said": a surname that opens with particles
            break
        else:
            break
    return first


def plural_possessive(tokens: list[Token], mark: int) -> bool:
    """Tell whether token ``mark`` is the apostrophe of a capitalised plural possessive:
    "Supporters’", "Workers'" (the name of a body runs on through it)."""
    if mark < 1 or tokens[mark].text not in {"’", "'"}:
        return False
    owner = tokens[mark - 1]
    return owner.is_capitalized and owner.text.endswith("s") and tokens[mark].start == owner.end


def _plural_owner_before(tokens: list[Token], first: int, floor: int, lexicon: Lexicon) -> bool:
    """Tell whether a plural possessive inside an organisation's name ends before ``first``:
    "The Northfield United Supporters’ | Trust"."""
    if first - 2 < floor:
        return False
    return plural_possessive(tokens, first - 1) and _is_org_tail(lexicon, tokens[first])


def _split_title(
    source: str, tokens: list[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, str | None]:
    """Split "Finance Minister Aisha Bello" into where the name starts and the title."""
    if tokens[first].lower.rstrip(".") in lexicon.honorifics:
        return first, None
    title_end = -1
    for index in range(first, last):
        if _is_title(lexicon, tokens[index]):
            title_end = index
    lead = tokens[first].lower
    occupation = lead.endswith(_ROLE_ENDINGS) and lead not in lexicon.first_names
    if title_end < 0 and last - first >= 2 and occupation and lead not in lexicon.non_names:
        title_end = first  # "Landscaper Rogelio Fuentes": an unlisted occupation
    if title_end < 0:
        return first, None
    return title_end + 1, _text(source, tokens, first, title_end)


def extend_title_back(tokens: list[Token], head: int, floor: int, lexicon: Lexicon) -> int:
    """Return where a title ending at token ``head`` starts.

    Title words and modifiers join it ("former spy chief"), and so do up to two plain words
    that name a field or a body ("mines minister", "Coastguard commander", "Trump adviser").
    """
    start = head
    loose = 0
    while start - 1 >= floor and head - start < 6:
        word = tokens[start - 1]
        if word.lower in _OTHER_PREPOSITIONS and f"{word.lower} {tokens[start].lower}" not in (
            lexicon.titles
        ):
            break  # "drafted under | Acting Comptroller X", but "Under Secretary X"
        if word.lower in lexicon.title_words or word.lower in lexicon.title_modifiers:
            start -= 1
        elif loose < _TITLE_FIELD_WORDS and _field_word(word, lexicon):
            before = tokens[start - 2].lower if start - 2 >= floor else ""
            verb = before in lexicon.finite_verbs and before not in lexicon.verbs
            if word.text.islower() and (verb or before.endswith(_NOT)):
                break  # "doesn’t | surprise | Republican pollster X": a verb, not a field
            if word.text.islower() and word.lower.endswith("ed"):
                break  # "the Leafs | acquired | defenceman X": a verb in the past
            start -= 1
            loose += 1
        else:
            break
    return start


def _field_word(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a word can name the field of a title: "mines", "Coastguard", "Trump"."""
    word = token.lower
    return (
        token.is_word
        and not token.text[0].isdigit()
        and word not in lexicon.determiners
        and word not in lexicon.verbs
        and word not in lexicon.pronouns
        and word not in lexicon.non_names
        and word not in lexicon.finite_verbs
        and word not in _PREPOSITIONS
        and word not in _OTHER_PREPOSITIONS  # "drafted under | Acting Comptroller X"
        and word not in _FUNCTION_WORDS
        and word not in _CONNECTORS
        and not word.endswith(("’s", "'s", "ly"))
    )


def _title_before(
    source: str, tokens: list[Token], first: int, floor: int, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Read the title and affiliation written before a name.

    "former spy chief, X" / "the Taliban’s senior commander, X" / "Volta Motors’ chief
    executive, X" / "a spokesman for the Red Cross, X".
    """
    comma = first - 1 >= floor and tokens[first - 1].text == ","
    index = first - 2 if comma else first - 1
    if index < floor:
        return None, None
    if _is_title(lexicon, tokens[index]):
        start = extend_title_back(tokens, index, floor, lexicon)
        role, _ = split_descriptor(source, tokens, start, index, lexicon)
        owner = _possessive_owner(source, tokens, start - 1, floor, lexicon)
        if owner is None and start - 2 >= floor:
            owner = generic_owner(tokens, start - 1, start - 1, lexicon)  # "the union’s X,"
        return role, owner
    if not comma:
        return None, None
    start = index
    while (
        start - 1 >= floor
        and index - start < _APPOSITIVE_REACH
        and tokens[start - 1].text not in _BOUNDARIES
    ):
        start -= 1
    lead = start
    while lead <= index and tokens[lead].lower in lexicon.determiners:
        lead += 1
    if lead <= index and (
        tokens[lead].lower in lexicon.title_words or tokens[lead].lower in lexicon.title_modifiers
    ):
        return split_descriptor(source, tokens, start, index, lexicon)
    return None, None


def generic_body(affiliation: str | None) -> str | None:
    """Return the organisation word of an affiliation that only says "the union", "the
    company": the name comes from the article (see ``generic_owner``)."""
    if affiliation is None or not affiliation.startswith(_GENERIC_MARK):
        return None
    return affiliation[len(_GENERIC_MARK) :]


def generic_owner(tokens: list[Token], first: int, index: int, lexicon: Lexicon) -> str | None:
    """Read "the company’s" at ``first``..``index`` as an owner the article names elsewhere:
    "the union’s secretary general", "the group’s president" (not "his party’s")."""
    token = tokens[index]
    word = token.lower[:-2] if token.lower.endswith(("’s", "'s")) else None
    if index == first + 1 and tokens[index].text in _POSSESSIVE:
        word, token = tokens[first].lower, tokens[first]
        index = first
    if word is None or index != first or first < 1 or tokens[first - 1].lower != "the":
        return None
    if word not in lexicon.organization_words or word in _PLACES or not token.text.islower():
        return None  # "the city’s director of development": a place, not a named body
    return _GENERIC_MARK + word


def _possessive_owner(
    source: str, tokens: list[Token], index: int, floor: int, lexicon: Lexicon
) -> str | None:
    """Return the owner named by a possessive ending at token ``index``: "Kestrel Bank’s"."""
    if index < floor:
        return None
    token = tokens[index]
    if (
        token.text in _POSSESSIVE
        and index - 1 >= floor
        and _is_name_word(lexicon, tokens[index - 1])
    ):
        owner_first = _name_run_back(tokens, index - 1, floor, lexicon)
        return _text(source, tokens, owner_first, index - 1)
    if token.text.endswith(("’s", "'s")) and _is_name_word(lexicon, token):
        owner_first = _name_run_back(tokens, index, floor, lexicon)
        return _text(source, tokens, owner_first, index)[:-2]
    return None


def _skip_parenthesis_back(tokens: list[Token], index: int, floor: int) -> int:
    if tokens[index].text != ")":
        return index
    for back in range(index - 1, max(floor, index - 8) - 1, -1):
        if tokens[back].text == "(":
            return back - 1
    return index


def _before_adverbs(tokens: list[Token], cue: int, floor: int, lexicon: Lexicon) -> int:
    """Return the last token before ``cue`` that is no adverb: "Smith | also | said"; past
    "can be heard" too: "a reporter | can be heard | asking"."""
    index = cue - 1
    while index >= floor and _is_adverb(lexicon, tokens[index]):
        if tokens[index].is_capitalized and _is_name_word(lexicon, tokens[index]):
            break  # "“…” Will wrote": the columnist George Will, not the auxiliary
        index -= 1
    if index - 1 >= floor and tokens[index].lower == "heard" and tokens[index - 1].lower in _BE:
        return _before_adverbs(tokens, index - 1, floor, lexicon)
    return index


def speaker_before(
    source: str, tokens: list[Token], cue: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read the speaker that ends right before the token ``cue``, not before token ``floor``."""
    index = _before_adverbs(tokens, cue, floor, lexicon)
    if index < floor:
        return None
    index = _skip_parenthesis_back(tokens, index, floor)
    if index < floor:
        return None
    if _closes_title(tokens, index, floor):
        # "X, author of “The Long Road,” put it": the description ends inside the title's marks
        return _appositive_subject(source, tokens, index - 1, floor, lexicon, titled=True)
    token = tokens[index]
    if token.text == ",":
        subject = _appositive_subject(source, tokens, index, floor, lexicon)
        return None if subject is not None and obtained_by(tokens, subject) else subject
    platform = token.is_capitalized and token.lower in _PLATFORMS and index + 1 == cue
    if platform and (index == floor or not is_name_word(lexicon, tokens[index - 1])):
        # "“…,” Twitter said in a statement": the company, though its name opens no person's
        return Mention(token.start, token.end, SpeakerKind.ORGANIZATION, name=True)
    portfolio = _portfolio_role_back(source, tokens, index, floor, lexicon)
    if portfolio is not None:
        return portfolio
    mention = _noun_phrase_back(source, tokens, index, floor, lexicon)
    if mention is not None and obtained_by(tokens, mention):
        return None  # "a memo obtained by the Tennessean | warned": the paper did not warn
    group = _group_of(source, tokens, mention, floor, lexicon) if mention is not None else None
    if group is not None:
        return group  # "Residents of | a small East Coast settlement said"
    if mention is None or _after_preposition(tokens, mention):
        start = index if mention is None else _first_token(tokens, mention)
        if tokens[start].is_word:
            head = _postmodified_head(source, tokens, start, floor, lexicon)
            if head is not None:
                return head
        bare = mention is not None and not (mention.name or mention.pronoun)
        if bare and tokens[start].text.islower() and tokens[start].lower not in lexicon.determiners:
            return None  # "especially in | caucus states": a noun after a preposition, no subject
    return mention


def _portfolio_role_back(
    source: str, tokens: list[Token], index: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read "the former secretary of state | said": a lower-case portfolio after "of" or "for"
    ends the title, so the role before it speaks."""
    field = tokens[index]
    if not field.text.islower() or field.lower not in lexicon.portfolio_fields:
        return None
    joiner = index - 1
    if joiner - 1 < floor or tokens[joiner].lower not in {"of", "for"}:
        return None
    if not _is_title(lexicon, tokens[joiner - 1]):
        return None
    role = _noun_phrase_back(source, tokens, joiner - 1, floor, lexicon)
    if role is None or role.name or role.pronoun or role.title is None:
        return None
    title = f"{role.title} {source[tokens[joiner].start : field.end]}"
    return Mention(role.start, role.end, role.kind, title=title, affiliation=role.affiliation)


def relative_antecedent(
    source: str, tokens: list[Token], cue: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read the person "who" before token ``cue`` stands for: "Charlie Sykes, who | lamented"."""
    who = _before_adverbs(tokens, cue, floor, lexicon)
    if who - 1 < floor or tokens[who].lower != "who":
        return None
    if tokens[who - 1].text == ",":
        last = who - 2
    elif tokens[who - 1].is_capitalized and _is_name_word(lexicon, tokens[who - 1]):
        last = who - 1  # "this tweet from Rikkie Wells | who tweeted": a name needs no comma
    else:
        return None
    if last < floor:
        return None
    last = _skip_parenthesis_back(tokens, last, floor)
    if last < floor:
        return None
    mention = _noun_phrase_back(source, tokens, last, floor, lexicon)
    if mention is None or mention.pronoun:
        return None
    before = _first_token(tokens, mention) - 1
    while before > floor and tokens[before].lower in lexicon.determiners:
        before -= 1
    if before >= floor and tokens[before].lower in {"of", "for", "and", "&"}:
        return None  # "the head of the Red Cross, who …": the head, not the body, is meant
    if not (mention.name or mention.kind is not SpeakerKind.PERSON or mention.title):
        return None
    return replace(mention, via=(tokens[who].start, tokens[who].end))


def _first_token(tokens: list[Token], mention: Mention) -> int:
    return bisect.bisect_left(tokens, mention.start, key=lambda token: token.start)


def _group_of(
    source: str, tokens: list[Token], mention: Mention, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Return the group a place or body after "of" belongs to: "Residents | of | a small
    settlement said" → "Residents" (not the settlement)."""
    if mention.name or mention.pronoun:
        return None
    index = _first_token(tokens, mention) - 1
    if index - 1 < floor or tokens[index].lower != "of":
        return None
    head = tokens[index - 1]
    if head.lower not in lexicon.group_nouns:
        return None
    return _noun_phrase_back(source, tokens, index - 1, floor, lexicon)


def obtained_by(tokens: list[Token], mention: Mention) -> bool:
    """Tell whether a noun phrase is the agent of a participle of getting hold of a text:
    "obtained by | the Tennessean", "seen by | Reuters"."""
    index = _first_token(tokens, mention) - 1
    if index >= 1 and tokens[index].lower == "the":
        index -= 1
    return index >= 1 and tokens[index].lower == "by" and tokens[index - 1].lower in _OBTAINED


def _after_preposition(tokens: list[Token], mention: Mention) -> bool:
    """Tell whether a noun phrase is the object of a preposition: "a staffer in | the room"."""
    index = _first_token(tokens, mention) - 1
    if index >= 1 and tokens[index].lower == "the":
        index -= 1  # "a source close to | the | Home Secretary"
    return index >= 0 and tokens[index].lower in _POSTMODIFIER_PREPOSITIONS


def _is_participle(token: Token) -> bool:
    """Tell whether a word is a present participle: "speaking", "writing"."""
    word = token.lower
    return token.text.islower() and word.endswith("ing") and word not in _FUNCTION_WORDS


def _is_past_verb(tokens: list[Token], index: int, ceiling: int) -> bool:
    """Tell whether a lower-case "-ed" word after a description's head is its verb, with an
    object after it: "The senator | ended the speech", not "a woman | named Jane Doe"."""
    word = tokens[index]
    if not (word.text.islower() and word.lower.endswith("ed") and word.is_word):
        return False
    after = tokens[index + 1] if index + 1 < ceiling else None
    return after is not None and after.lower in {"the", "a", "an", "his", "her", "its", "their"}


def _postmodified_head(
    source: str, tokens: list[Token], start: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read a speaker whose post-modifier stands between it and the verb.

    "Another source familiar with Cruz’s thinking | said", "a White House official who spoke
    anonymously | said", "a staffer in the room | wondered", "a source speaking to Fox News | said".
    The head is read as any speaker is: a name, a known noun, or "a/the …" noun phrase.
    """
    for back in range(start - 1, max(floor, start - _POSTMODIFIER_REACH) - 1, -1):
        word = tokens[back]
        if not word.is_word:
            return None  # a post-modifier runs on words only
        opens = (
            word.lower in _POSTMODIFIER_PREPOSITIONS
            or word.lower in _SOURCE_QUALIFIERS
            or _is_participle(word)
        )
        if not opens or back - 1 < floor:
            continue
        previous = tokens[back - 1]
        if previous.lower in _SOURCE_QUALIFIERS and back - 2 >= floor:
            back -= 1  # "familiar | with": the head stands before the qualifier
            previous = tokens[back - 1]
        if not previous.is_word or previous.text.endswith(("’s", "'s")):
            continue  # "Cruz’s | thinking": an owner, not the speaker
        head = _noun_phrase_back(source, tokens, back - 1, floor, lexicon)
        if head is not None and not head.pronoun and not _after_preposition(tokens, head):
            return head
    return None


def _main_verb(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a word is a finite main verb ("held", "took"), not an auxiliary."""
    word = token.lower
    return word in lexicon.finite_verbs and word not in _AUXILIARIES and not word.endswith("n't")


def _share_back(tokens: list[Token], index: int, floor: int) -> int | None:
    """Return where a share of those polled starts if one ends at ``index``: "74 percent",
    "42%", "61 per cent"."""
    word = tokens[index].lower
    number = index - 1
    if word == "cent" and number - 1 >= floor and tokens[number].lower == "per":
        number -= 1
    elif word not in {"percent", "%"}:
        return None
    if number < floor or not tokens[number].text.replace(".", "", 1).isdigit():
        return None
    return number


def is_writer(tokens: list[Token], index: int, floor: int, lexicon: Lexicon) -> bool:
    """Tell whether token ``index`` is the writer's "I" outside quotation marks (“…,” I said),
    not a regnal numeral ("King Charles I said")."""
    if tokens[index].text != "I":
        return False
    return index == floor or not _is_name_word(lexicon, tokens[index - 1])


def _feed_owner(tokens: list[Token], head: int, floor: int, lexicon: Lexicon) -> Mention | None:
    """Read the owner of a social-media account as the speaker: "her Twitter account posted",
    "Ivanka Trump’s official Instagram page wrote"."""
    index = head - 1
    while index >= floor and head - index <= 3 and tokens[index].lower in _FEED_WORDS:
        index -= 1
    if index == head - 1 or index < floor or tokens[head - 1].lower in _FEED_MODIFIERS:
        return None  # no platform named: "her account of events"
    owner = tokens[index]
    pronoun = SUBJECT_OF.get(owner.lower)
    if pronoun is not None:
        return Mention(owner.start, owner.end, SpeakerKind.PERSON, pronoun=True)
    if owner.text.endswith(("’s", "'s")) and _is_name_word(lexicon, owner):
        first = _name_run_back(tokens, index, floor, lexicon)
        return Mention(tokens[first].start, owner.end - 2, SpeakerKind.PERSON, name=True)
    body = owner.text[:-2].lower()
    article = index - 1 >= floor and tokens[index - 1].lower in lexicon.determiners
    if owner.text.endswith(("’s", "'s")) and article and body in lexicon.organization_words:
        start = tokens[index - 1].start  # "the campaign’s Twitter account"
        return Mention(start, owner.end - 2, SpeakerKind.ORGANIZATION)
    return None


def _noun_phrase_back(
    source: str, tokens: list[Token], index: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    token = tokens[index]
    if token.lower in lexicon.pronouns:
        return Mention(token.start, token.end, SpeakerKind.PERSON, pronoun=True)
    if is_writer(tokens, index, floor, lexicon):
        return Mention(token.start, token.end, SpeakerKind.PERSON)  # "“…,” I said."
    if token.lower in _FEEDS:
        owner = _feed_owner(tokens, index, floor, lexicon)
        if owner is not None:
            return owner
    if token.lower in {"someone", "somebody"}:
        return Mention(token.start, token.end, SpeakerKind.PERSON)  # "someone in the audience"
    if token.lower in _STANDALONE and (index == floor or not tokens[index - 1].is_word):
        kind = SpeakerKind.PERSON if token.lower in {"another", "one"} else SpeakerKind.GROUP
        return Mention(token.start, token.end, kind)  # "Another tweeted, “…”"
    if token.lower in _NUMBER_WORDS and index - 1 >= floor and tokens[index - 1].lower == "the":
        return Mention(tokens[index - 1].start, token.end, SpeakerKind.GROUP)  # "the two wrote"
    partitive = (
        token.lower in {"them", "those", "us"}
        and index - 2 >= floor
        and tokens[index - 1].lower == "of"
        and tokens[index - 2].lower in _PARTS
    )
    if partitive:  # "“…,” one of them said"
        kind = SpeakerKind.PERSON if tokens[index - 2].lower == "one" else SpeakerKind.GROUP
        return Mention(tokens[index - 2].start, token.end, kind)
    share = _share_back(tokens, index, floor)
    if share is not None:
        return Mention(tokens[share].start, token.end, SpeakerKind.GROUP)  # "74 percent said"
    org_tail = (
        _is_org_tail(lexicon, token)
        and index - 1 >= floor
        and _is_name_word(lexicon, tokens[index - 1])
    )
    if _is_name_word(lexicon, token) or org_tail:
        first = _name_run_back(tokens, index, floor, lexicon)
        # "Jane Mbeki of the Red Cross", "a spokesman for the Commission", "Bank of America"
        joined = (
            _member_of(source, tokens, first, index, floor, lexicon)
            or _role_for(source, tokens, first, index, floor, lexicon)
            or _body_of(source, tokens, first, index, floor, lexicon)
        )
        if joined is not None:
            return joined
        titled = _title_with_field(source, tokens, first, index, floor, lexicon)
        if titled is not None:
            return titled
        article = tokens[index - 1] if index - 1 >= floor else None
        described = article is not None and article.lower in lexicon.determiners
        if first == index and article is not None and described and _is_title(lexicon, token):
            return Mention(article.start, token.end, SpeakerKind.PERSON, title=token.text)
        member = token.lower in lexicon.parties or token.lower in lexicon.nationalities
        if article is not None and article.lower in {"a", "an"} and first == index and member:
            # "Thibodeaux, | a Republican |, said": a description, not a name
            party = token.text if token.lower in lexicon.parties else None
            return Mention(article.start, token.end, SpeakerKind.PERSON, affiliation=party)
        if token.lower in lexicon.organization_words:
            name_first, title = first, None  # "the State Department": no title in a body's name
        else:
            name_first, title = _split_title(source, tokens, first, index, lexicon)
        affiliation = None
        if title is None:
            title, affiliation = _title_before(source, tokens, first, floor, lexicon)
        else:
            extra = first
            while extra - 1 >= floor and extra - first > -4:
                previous = tokens[extra - 1]
                if previous.lower in lexicon.title_modifiers or previous.lower in (
                    lexicon.organization_words
                ):
                    extra -= 1
                else:
                    break
            if extra < first:
                title = _text(source, tokens, extra, name_first - 1)
        if name_first > index:
            # the run is all title: "the President said"
            return Mention(tokens[first].start, token.end, SpeakerKind.PERSON, title=title)
        if (
            first < index
            and _is_title(lexicon, token)
            and first - 1 >= floor
            and tokens[first - 1].lower == "the"
        ):
            # "the Donegal TD said": a description of someone named before, not a name
            described_title = _text(source, tokens, first, index)
            return Mention(
                tokens[first - 1].start, token.end, SpeakerKind.PERSON, title=described_title
            )
        kind = SpeakerKind.PERSON
        if token.lower in lexicon.organization_words or token.lower in lexicon.group_nouns:
            kind = _head_kind(lexicon, [token])
        if kind is SpeakerKind.ORGANIZATION:
            # "National Disaster Risk Reduction and Management Council": "and" inside the name
            while (
                name_first - 2 >= floor
                and tokens[name_first - 1].lower in _CONNECTORS
                and _is_name_word(lexicon, tokens[name_first - 2])
            ):
                name_first = _name_run_back(tokens, name_first - 2, floor, lexicon)
            while name_first < index and tokens[name_first].lower in lexicon.non_names:
                name_first += 1
        return Mention(
            tokens[name_first].start,
            token.end,
            kind,
            name=kind is SpeakerKind.PERSON,
            title=title,
            affiliation=affiliation,
        )
    if not token.is_word or not token.text.islower():
        return None
    counted = token.lower in _NUMBER_WORDS or token.text.isdigit()
    if counted and index - 2 >= floor and tokens[index - 1].lower == "of":
        # "the mother | of two |": the head stands before "of"
        owner = _noun_phrase_back(source, tokens, index - 2, floor, lexicon)
        if owner is not None and not owner.name and not owner.pronoun:
            return Mention(owner.start, token.end, owner.kind, title=owner.title)
    # a common noun phrase: "a spokesman", "police officials", "the Kremlin's spokesman"
    first = index
    while first - 1 >= floor and index - first < 6:
        previous = tokens[first - 1]
        if previous.lower in lexicon.determiners:
            first -= 1
            break
        if (
            previous.is_word
            and previous.lower not in lexicon.verbs
            and not _main_verb(previous, lexicon)  # "the venue held | signs"
            and previous.lower not in lexicon.finite_verbs  # "The prosecutor was | blunt"
            and previous.lower not in (_PREPOSITIONS | _CONNECTORS)
            and previous.lower != "as"  # "as my old editor used to say"
            and previous.lower not in _SUBORDINATE_OPENERS  # "Cruz was defiant when | reporters"
            and previous.lower not in lexicon.pronouns
        ) or previous.text in _POSSESSIVE:
            first -= 1
        else:
            break
    body_first = first + 1 if tokens[first].lower == "the" else first
    if token.lower in lexicon.organization_words and body_first <= index:
        served = _role_for(source, tokens, body_first, index, floor, lexicon)
        if served is not None:
            return served  # "a spokesman for the ministry | said": the spokesman speaks
    words = tokens[first : index + 1]
    head = token.lower
    known = (
        head in lexicon.titles
        or head in lexicon.group_nouns
        or head in lexicon.organization_words
        or head in lexicon.document_nouns
        or head in lexicon.outlet_nouns
        or (head.endswith("s") and head[:-1] in lexicon.titles)
    )
    if not known:
        known = _plain_noun_phrase(tokens, first, index, lexicon)
    if not known:
        return None
    title, affiliation = (None, None)
    if _head_kind(lexicon, words) is SpeakerKind.PERSON:
        title, affiliation = split_descriptor(source, tokens, first, index, lexicon)
    return Mention(
        tokens[first].start,
        token.end,
        _head_kind(lexicon, words),
        title=title,
        affiliation=affiliation,
    )


def _inside_phrase(tokens: list[Token], mention: Mention, floor: int, lexicon: Lexicon) -> bool:
    """Tell whether a name ends a longer phrase: "director of the National Institute"."""
    index = bisect.bisect_left(tokens, mention.start, key=lambda token: token.start) - 1
    if index < floor:
        return False
    word = tokens[index].lower
    if word in _PREPOSITIONS or word in _FUNCTION_WORDS or word in {"the", "and", "&", "like"}:
        return True
    # "a columnist for the Italian newspaper | Corriere della Sera": a name a noun introduces
    nouns = lexicon.outlet_nouns | lexicon.organization_words
    return tokens[index].text.islower() and word in nouns


def portfolio_joiner(tokens: list[Token], first: int, floor: int) -> int | None:
    """Return the "for" or "of" that a portfolio's capitalised run starting at ``first``
    follows, back over "and" and "the": "Minister of Industry and Trade …", "Commissioner for
    the Environment …", "for Sustainability and the Environment …"; None if there is none."""
    joiner = first - 1
    if (
        joiner - 3 >= floor
        and tokens[joiner].lower == "the"
        and tokens[joiner - 1].lower in {"and", "&"}
    ):
        joiner -= 1  # "for Sustainability and | the | Environment Lim Wei Jie"
    while (
        joiner - 2 >= floor
        and tokens[joiner].lower in {"and", "&"}
        and tokens[joiner - 1].is_capitalized
    ):
        joiner -= 1  # "Minister of Industry and | Trade Nguyễn Văn Tuấn": back to the "of"
        while joiner - 1 >= floor and tokens[joiner].is_capitalized and tokens[joiner].is_word:
            joiner -= 1
    if joiner - 1 >= floor and tokens[joiner].lower == "the":
        joiner -= 1  # "Commissioner for | the | Environment …"
    if joiner - 1 < floor or tokens[joiner].lower not in {"for", "of"}:
        return None
    return joiner


def _title_with_field(
    source: str, tokens: list[Token], first: int, last: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Minister for Information Faisal Bukhari": a title whose field runs into the name.

    The capitalised run after "for"/"of" holds the end of the title and then the name, which
    starts at the first known given name (or honorific) in it; with none known, a run of three
    words or more is read as a one-word field and the name ("Housing | Darragh Ó Súilleabháin").
    """
    joiner = portfolio_joiner(tokens, first, floor)
    if joiner is None:
        return None
    if tokens[last].lower in lexicon.organization_words:
        return None  # "chairman of the Colombo Tea Traders’ Association": a body, no name
    if not tokens[joiner - 1].is_capitalized or not _is_title(lexicon, tokens[joiner - 1]):
        return None
    start = next(
        (
            i
            for i in range(first + 1, last + 1)
            if tokens[i].lower.rstrip(".") in lexicon.honorifics
        ),
        None,
    )
    if start is None:
        start = name_after_field(tokens, first, last, lexicon)
    if start is None:
        return None
    honorific = tokens[start].lower.rstrip(".") in lexicon.honorifics
    title_first = extend_title_back(tokens, joiner - 1, floor, lexicon)
    if title_first - 2 >= floor and tokens[title_first - 1].lower in {"of", "for"}:
        # "Union Minister | of State for Home Affairs"
        title_first = extend_title_back(tokens, title_first - 2, floor, lexicon)
    name_first = start + 1 if honorific and start < last else start
    return Mention(
        tokens[name_first].start,
        tokens[last].end,
        SpeakerKind.PERSON,
        name=True,
        title=_text(source, tokens, title_first, start - 1),
    )


def name_after_field(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int | None:
    """Return where the name starts in the run after a title's "for" or "of", which holds the
    end of the portfolio and then the name: "Manpower | Zulkifli bin Osman", "Home Affairs |
    R.K. Baruah", "Infrastructure Services | Thabiso Modise".

    The name starts at the first known given name, else at initials, else after the words that
    name fields and bodies; a run of three words or more with none of these is read as a
    one-word field and the name ("Housing | Darragh Ó Súilleabháin").
    """
    for index in range(first + 1, last + 1):
        given = tokens[index].lower.rstrip(".") in lexicon.first_names
        if given and tokens[index - 1].lower not in lexicon.name_particles:  # "bin Osman"
            return index
    for index in range(first + 1, last):
        if _INITIALS.fullmatch(tokens[index].text):
            return index
    fields = lexicon.portfolio_fields | lexicon.organization_words
    for index in range(first + 1, last):
        if tokens[index].lower not in fields:
            return index
    return first + 1 if last - first >= 2 else None


def _body_of(
    source: str, tokens: list[Token], first: int, last: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Bank of America", "Ministry of Defence", "Alliance for Kivu Renewal" backwards:
    an organisation's name whose head comes before "of" or "for"."""
    while (
        first - 2 >= floor
        and tokens[first - 1].lower in _CONNECTORS
        and _is_name_word(lexicon, tokens[first - 2])
    ):
        first = _name_run_back(tokens, first - 2, floor, lexicon)  # "Disease Control and …"
    joiner = first - 1
    if joiner - 1 < floor or tokens[joiner].lower not in {"of", "for"}:
        return None
    if any(_is_title(lexicon, t) for t in tokens[first:last]):
        return None  # "Bank of | Japan Governor Kazuhiro Tanabe": a titled person, not a body
    head = joiner - 1
    word = tokens[head].lower
    organisation = word in lexicon.organization_words or (
        word.endswith("s") and word[:-1] in lexicon.organization_words  # "Centers for …"
    )
    if not (tokens[head].is_capitalized and organisation):
        return None
    start = _name_run_back(tokens, head, floor, lexicon)
    while start < head and tokens[start].lower in lexicon.non_names:
        start += 1
    before = start - 1
    while before >= floor and before >= start - 3 and tokens[before].text.islower():
        if tokens[before].lower in _PREPOSITIONS or tokens[before].lower == "by":
            # "a spokesman for the Ministry of Health": the spokesman; "a report by the
            # progressive Center for …": the report, read elsewhere
            return _role_for(source, tokens, start, last, floor, lexicon)
        before -= 1
    return Mention(tokens[start].start, tokens[last].end, SpeakerKind.ORGANIZATION)


def _role_for(
    source: str, tokens: list[Token], first: int, last: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read "a spokesman for the European Commission" or "an aide to Sen. X" backwards: the
    role speaks, not the body or the person it serves."""
    joiner = first - 1
    if joiner >= floor and tokens[joiner].lower == "the":
        joiner -= 1
    if joiner - 1 < floor or tokens[joiner].lower not in {"for", "of", "at", "with", "to"}:
        return None
    head = joiner - 1
    opening = head == floor or not tokens[head - 1].is_word  # "Analysts at Morgan Stanley said"
    lowered = tokens[head].text.islower() or (opening and tokens[head].is_capitalized)
    if not (lowered and _is_head(lexicon, tokens[head])):
        return None
    start = extend_title_back(tokens, head, floor, lexicon)
    if start - 1 >= floor and tokens[start - 1].lower in lexicon.determiners:
        start -= 1
    elif start == head and not tokens[head].lower.endswith("s"):
        return None  # "… spokesman for X" with no article: a title inside a longer phrase
    role, _ = split_descriptor(source, tokens, start, head, lexicon)
    kind = _head_kind(lexicon, [tokens[head]])
    return Mention(
        tokens[start].start,
        tokens[head].end,
        kind,
        title=role,
        affiliation=_text(
            source, tokens, joiner + 1 if tokens[joiner + 1].lower != "the" else joiner + 2, last
        ),
    )


def _member_of(
    source: str, tokens: list[Token], first: int, last: int, floor: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Aoife Brennan of the Irish Consumers’ Council" backwards from the organisation."""
    acronym = first == last and tokens[last].text.isupper() and len(tokens[last].text) > 1
    joiner = first - 1
    kind_noun = (
        joiner - 1 >= floor
        and tokens[joiner].lower in _BODY_KINDS
        and tokens[joiner - 1].lower == "the"
    )
    if kind_noun:
        joiner -= 1  # "Imogen Falstaff of the | group | Clean Rivers Now"
    if joiner >= floor and tokens[joiner].lower == "the":
        joiner -= 1
    while joiner - 1 >= floor and tokens[joiner].text in _POSSESSIVE:
        joiner = _name_run_back(tokens, joiner - 1, floor, lexicon) - 1
        first = joiner + 1
        if joiner >= floor and tokens[joiner].lower == "the":
            joiner -= 1
    if joiner - 1 < floor or tokens[joiner].lower not in {"of", "from", "at"}:
        return None
    if not _is_name_word(lexicon, tokens[joiner - 1]):
        return None
    person = _noun_phrase_back(source, tokens, joiner - 1, floor, lexicon)
    if person is None or not person.name:
        return None
    if _is_title(lexicon, tokens[joiner - 1]):
        # "X, Director-General of the RTA, said", "Michigan Secretary of State X": a title
        return None
    # "Sophie Marchand of the CGT", "Jane Mbeki of the Red Cross", "analyst Dev Chaudhuri of
    # Morningstar": an organisation word, an acronym, "the" or a title marks a body after "of"
    seat = person.title is not None and person.title.split()[-1].lower() in _SEAT_HOLDERS
    body = (
        acronym
        or kind_noun
        or tokens[last].lower in lexicon.organization_words
        or tokens[first - 1].lower == "the"
        or (person.title is not None and not seat)  # "Sen. X of Ohio": a seat, not a body
    )
    person_first = _first_token(tokens, person)
    given = tokens[person_first].lower.rstrip(".")
    full_name = joiner - 1 > person_first and tokens[joiner - 1].lower not in (
        lexicon.organization_words
    )
    if not (body or full_name or given in lexicon.first_names or given in lexicon.honorifics):
        return None  # "the Bank of America": no person stands before "of"
    org_first = first
    while tokens[org_first].lower == "the":
        org_first += 1
    return Mention(
        person.start,
        person.end,
        person.kind,
        name=True,
        title=person.title,
        affiliation=_text(source, tokens, org_first, last) if body else None,
    )


def _plain_noun_phrase(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    """Tell whether "the statement", "one user", "a young woman" can name a speaker.

    The phrase opens with an article or a number word and holds only plain lower-case words.
    """
    stop = _PREPOSITIONS | _CONNECTORS | _FUNCTION_WORDS | lexicon.determiners
    head = tokens[last].lower
    return (
        tokens[first].lower in lexicon.determiners
        and tokens[first].lower not in _POSSESSIVE_DETERMINERS
        and first < last
        and head.replace("-", "").isalnum()
        and head not in lexicon.verbs
        and head not in stop
        and not head.endswith("ly")
        and all(
            t.is_word and t.lower not in stop and t.lower not in lexicon.verbs
            for t in tokens[first + 1 : last + 1]
        )
        and tokens[last].text.islower()  # "the former Love Villa contestant": capitals inside
    )


def _closes_title(tokens: list[Token], index: int, floor: int) -> bool:
    """Tell whether token ``index`` closes a quoted title that ends in a comma: “The Long Road,”.

    The words between the marks are few and capitalised, small words aside.
    """
    if tokens[index].text not in _NICK_CLOSE or index - 2 < floor or tokens[index - 1].text != ",":
        return False
    for opening in range(index - 2, max(floor, index - _TITLE_WORDS) - 1, -1):
        if tokens[opening].text in _NICK_OPEN:
            words = [t for t in tokens[opening + 1 : index - 1] if t.is_word]
            return bool(words) and all(
                t.is_capitalized or (t.lower in _TITLE_SMALL_WORDS and i > 0)
                for i, t in enumerate(words)
            )
    return False


def _appositive_subject(
    source: str,
    tokens: list[Token],
    comma: int,
    floor: int,
    lexicon: Lexicon,
    *,
    titled: bool = False,
) -> Mention | None:
    """Read "X, a spokesman for Y," or "the Taliban’s commander, X," ending at a comma.

    ``titled``: the comma closes a quoted title ("author of “Y,”"), which names no speaker.
    """
    if (
        not titled
        and comma - 2 >= floor
        and tokens[comma - 2].text == ","
        and tokens[comma - 1].lower in lexicon.speech_adverbs
    ):
        # "The Chinese Embassy in Washington, meanwhile, said": an adverb set off by commas
        return speaker_before(source, tokens, comma - 2, floor, lexicon)
    if comma - 1 >= floor and not titled:
        last = _skip_parenthesis_back(tokens, comma - 1, floor)
        named = _noun_phrase_back(source, tokens, last, floor, lexicon) if last >= floor else None
        proper = named is not None and (
            named.name or _opens_apposition(source, tokens, named, floor)
        )
        if named is not None and _party_of_place(tokens, _first_token(tokens, named)):
            proper = False  # "Senator X, Republican of West Virginia, said": a description
        if named is not None and named.name and _is_title(lexicon, tokens[last]):
            proper = False  # "Dr. X, Chief Medical Officer, added": a title, not a name
        lone_party = named is not None and _first_token(tokens, named) == last
        if lone_party and tokens[last].lower in _PARTY_MEMBERS:
            proper = False  # "Sen. X, the panel’s top Democrat, called it": a description
        if named is not None and _in_relative_clause(tokens, _first_token(tokens, named), floor):
            proper = False  # "Krishnan, who has covered the company since its 2015 IPO, wrote"
        if named is not None and proper and not _inside_phrase(tokens, named, floor, lexicon):
            return named  # "Jane Doe, said" / "Gov. John Kasich (R-Ohio), said" / "Acme Inc., said"
    for opening in range(comma - 1, max(floor, comma - _APPOSITIVE_REACH) - 1, -1):
        if tokens[opening].text != ",":
            continue
        head_end = _skip_parenthesis_back(tokens, opening - 1, floor) if opening > floor else -1
        head = (
            _noun_phrase_back(source, tokens, head_end, floor, lexicon)
            if head_end >= floor
            else None
        )
        if head is not None and _party_of_place(tokens, _first_token(tokens, head)):
            continue  # "Senator X, Republican of Ohio, who co-wrote it,": the name is further back
        aged_before = head is None and head_end - 1 >= floor and tokens[head_end - 1].text == ","
        if aged_before and tokens[head_end].text.isdigit():
            continue  # "Kerry Ashworth, 41, whose sons …, said": the age, the name before it
        opener = tokens[opening + 1]
        participle = opener.text.islower() and opener.lower.endswith(("ing", "ed"))
        if participle and head is not None and not head.name:
            last_word = tokens[_skip_parenthesis_back(tokens, opening - 1, floor)]
            if not (_is_head(lexicon, last_word) or last_word.lower in _STANDALONE):
                head = None  # "The sound system, cycling through …, added": no speaker
        relative = opener.lower in {"who", "whose"} or participle
        if relative and head_end >= floor and (head is None or _after_preposition(tokens, head)):
            # "One employee at the branch, who asked not to be named, said": the head before
            # the post-modifier
            start = head_end if head is None else _first_token(tokens, head)
            modified = _postmodified_head(source, tokens, start, floor, lexicon)
            if modified is not None and not modified.name:
                return modified
        if relative and head is not None and not head.pronoun and not head.name:
            # "an intelligence source, who was not authorized to speak, told" / "Others,
            # reacting to the delay, shouted"
            return head
        aged = all(
            not t.is_word or t.text.isdigit() or t.lower in _AGE_LEADS
            for t in tokens[opening + 1 : comma]
        )  # "Karen Whitlock, 46,", "Jory Pengelly, now 73,"
        if aged and head is not None and not head.pronoun:
            return head  # "Karen Whitlock, 46, said" / "the former contestant, 29, told"
        described_from = opening + 1
        if described_from + 1 < comma and tokens[described_from].text.isdigit():
            described_from += 2  # "Kerry Ashworth, 41, whose sons …,": past the age
        inner = (
            _inner_appositive(tokens, head)
            if head is not None
            else _role_chunk_before(tokens, opening, floor)
        )
        if inner:
            # "J.J. Goldberg, editor of The Forward, a newspaper for …, wrote": the second
            # appositive describes the first one's organisation; the speaker is further back
            return _appositive_subject(source, tokens, opening, floor, lexicon)
        described_person = (
            head is not None
            and not head.name
            and not head.pronoun
            and head.kind is SpeakerKind.PERSON
            and head.title is not None
            and (opener.lower in {"a", "an"} or opener.lower in _ADJUNCT_OPENERS)
        )
        if described_person:
            # "A spokesman for Acme, a maker of widgets, said", "The governor, in an interview,
            # said"
            return head
        if head is None or not head.name:
            return None
        title, affiliation = split_descriptor(source, tokens, described_from, comma - 1, lexicon)
        return _described(head, title, affiliation)
    return None


# prepositions that open an adjunct set off by commas after a subject: "X, in a statement,"
_ADJUNCT_OPENERS = frozenset({"in", "on", "during", "at", "after", "speaking"})


def _in_relative_clause(tokens: list[Token], index: int, floor: int) -> bool:
    """Tell whether the words from the last comma before ``index`` open a relative clause."""
    for back in range(index - 1, max(floor, index - _REACH) - 1, -1):
        if tokens[back].text == ",":
            return back + 1 < index and tokens[back + 1].lower in {"who", "whose", "which"}
    return False


def _role_chunk_before(tokens: list[Token], opening: int, floor: int) -> bool:
    """Tell whether the words before the comma ``opening`` are a role after a comma of their
    own: "X, | editor of The Forward | , a newspaper …"."""
    for index in range(opening - 1, max(floor, opening - _REACH) - 1, -1):
        if tokens[index].text == ",":
            lead = tokens[index + 1] if index + 1 < opening else None
            return (
                lead is not None
                and lead.text.islower()
                and lead.is_word
                and any(t.lower in {"of", "for", "at"} for t in tokens[index + 2 : opening])
            )
    return False


def _inner_appositive(tokens: list[Token], mention: Mention) -> bool:
    """Tell whether a noun phrase before an appositive is itself described by one: the body in
    a role ("editor of | The Forward") or a role after a comma ("X, | chief executive of Acme")."""
    index = _first_token(tokens, mention) - 1
    if index >= 1 and tokens[index].lower == "the":
        index -= 1
    if index < 1:
        return False
    if tokens[index].text == ",":
        return not mention.name and mention.title is not None
    return tokens[index].lower in {"of", "for", "at"} and tokens[index - 1].is_word


def _party_of_place(tokens: list[Token], first: int) -> bool:
    """Tell whether "Republican of West Virginia", "Democrat of Ohio" starts at ``first``."""
    return (
        first + 1 < len(tokens)
        and tokens[first].lower in _PARTY_MEMBERS
        and tokens[first + 1].lower == "of"
    )


def _opens_apposition(source: str, tokens: list[Token], named: Mention, floor: int) -> bool:
    """Tell whether a named organisation stands alone after a comma: "…, Andes Cobre SAC, said"."""
    if named.kind is not SpeakerKind.ORGANIZATION or not source[named.start].isupper():
        return False
    before = _first_token(tokens, named) - 1
    return before < floor or tokens[before].text in {",", "(", ":"}


def _name_run_forward(tokens: list[Token], index: int, ceiling: int, lexicon: Lexicon) -> int:
    """Return the last token of the capitalised name starting at ``index``."""
    last = index
    while last + 1 < ceiling and last - index < _REACH:
        if tokens[last].text.endswith(("’s", "'s")):
            break  # "the BJP's | State unit chief": the owner ends the name
        if _is_name_word(lexicon, tokens[last + 1]) or _is_org_tail(lexicon, tokens[last + 1]):
            last += 1
            continue
        if last + 2 < ceiling and _plural_owner_before(tokens, last + 2, index, lexicon):
            last += 2  # "the Farmers’ | Union"
            continue
        nicknamed = nickname_after(tokens, last + 1, ceiling, lexicon)
        if nicknamed is not None:
            last = nicknamed  # Randall "Randy" Quist
            continue
        ahead = last + 1
        while (
            ahead < ceiling and ahead - last <= 3 and tokens[ahead].lower in lexicon.name_particles
        ):
            ahead += 1
        if ahead > last + 1 and ahead < ceiling and _is_name_word(lexicon, tokens[ahead]):
            last = ahead
        else:
            break
    return last


def _organization_run_forward(
    tokens: list[Token], last: int, ceiling: int, lexicon: Lexicon
) -> int:
    """Return the last token of an organisation's name that runs on past ``last`` through "of"
    and "for": "the Ministry | of Health", "the University | of Lagos"."""
    while (
        last + 2 < ceiling
        and tokens[last + 1].lower in {"of", "for"}
        and _is_name_word(lexicon, tokens[last + 2])
    ):
        last = _name_run_forward(tokens, last + 2, ceiling, lexicon)
    return last


def is_speaker_noun(lexicon: Lexicon, token: Token) -> bool:
    """Tell whether a word heads a speaker's noun phrase: "spokesman", "campaign", "letter"."""
    return _is_head(lexicon, token)


def _is_head(lexicon: Lexicon, token: Token) -> bool:
    word = token.lower
    return (
        word in lexicon.title_heads
        or word in lexicon.group_nouns
        or word in lexicon.organization_words
        or word in lexicon.document_nouns
        or word in lexicon.outlet_nouns
        or (word.endswith("s") and word[:-1] in lexicon.title_heads)
    )


def speaker_after(
    source: str, tokens: list[Token], cue: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read the speaker that starts right after the token ``cue``, before token ``ceiling``.

    "said | Jane Doe, a spokeswoman for …" / "said | guitarist Joris van der Berg" /
    "said | the store manager, Carlos Ibáñez" / "said | a spokesman".
    """
    index = cue + 1
    while (
        index < ceiling
        and _is_adverb(lexicon, tokens[index])
        and tokens[index].lower not in ("has", "had", "was", "is")
        and not (tokens[index].is_capitalized and _is_name_word(lexicon, tokens[index]))
    ):
        index += 1  # "said | recently …"; but "Will Estrada" is a name
    if index + 1 < ceiling and tokens[index].lower in _APPROXIMATORS:
        counted = tokens[index + 1]
        if counted.text[:1].isdigit() or counted.lower in lexicon.determiners:
            index += 1  # "about | two dozen supporters held signs and chanted"
    if index >= ceiling:
        return None
    token = tokens[index]
    if token.lower in lexicon.pronouns:
        return Mention(token.start, token.end, SpeakerKind.PERSON, pronoun=True)
    if is_writer(tokens, index, 0, lexicon):
        return Mention(token.start, token.end, SpeakerKind.PERSON)  # "“…,” said I."
    alone = index + 1 >= ceiling or tokens[index + 1].text in {".", ",", ";", "!", "?"}
    if token.lower in {"one", "another"} and alone:
        return Mention(token.start, token.end, SpeakerKind.PERSON)  # "“…,” tweeted another."
    partitive = (
        token.lower in _PARTS
        and index + 2 < ceiling
        and tokens[index + 1].lower == "of"
        and tokens[index + 2].lower in {"them", "those", "us"}
    )
    if partitive:  # "One of them, a retired nurse, raised a megaphone and said:"
        kind = SpeakerKind.PERSON if token.lower == "one" else SpeakerKind.GROUP
        return Mention(token.start, tokens[index + 2].end, kind)
    if token.lower == "the" and index + 1 < ceiling and _is_name_word(lexicon, tokens[index + 1]):
        run = _name_run_forward(tokens, index + 1, ceiling, lexicon)
        head = tokens[run + 1] if run + 1 < ceiling else None
        if head is not None and head.text.islower() and _is_title(lexicon, head):
            # "The Texas | senator stuck to his script": a description, not a name
            return _description_after(source, tokens, index, ceiling, lexicon)
        index += 1  # "according to the Wall Street Journal"
        token = tokens[index]
    elif token.is_word and token.text.islower() and not _is_name_word(lexicon, token):
        return _description_after(source, tokens, index, ceiling, lexicon)
    elif token.lower in lexicon.determiners:
        return _description_after(source, tokens, index, ceiling, lexicon)  # "A spokeswoman …"
    if not _is_name_word(lexicon, token):
        return None
    described = (
        index + 1 < ceiling and tokens[index + 1].text.islower() and tokens[index + 1].is_word
    )
    if (token.lower in _PARTY_MEMBERS or token.lower in lexicon.title_modifiers) and described:
        # "Republican | frontrunner Victor Brandt", "Former | state Rep. X": a party or a
        # modifier, then a description and the name
        found = _description_after(source, tokens, index, ceiling, lexicon)
        if found is not None and found.name:
            return found
    last = _name_run_forward(tokens, index, ceiling, lexicon)
    # "Goldman Sachs chief economist Jan Hatzius", "Kenya's central bank"
    special = _employee_after(source, tokens, index, last, ceiling, lexicon) or _owned_after(
        source, tokens, index, last, ceiling, lexicon
    )
    if special is not None:
        return special
    name_first, title = _split_title(source, tokens, index, last, lexicon)
    field = last + 2  # "said Minister | for | Information Faisal Bukhari"
    joined = (
        field < ceiling
        and tokens[last + 1].lower in {"for", "of"}
        and _is_name_word(lexicon, tokens[field])
    )
    if joined and (name_first > last or _is_title(lexicon, tokens[last])):
        run = _name_run_forward(tokens, field, ceiling, lexicon)
        while run + 2 < ceiling and tokens[run + 1].lower in {"for", "of", "and"}:
            following = run + 2  # "said Senior Minister of | State | for | Sustainability …"
            if tokens[following].lower == "the" and following + 1 < ceiling:
                following += 1
            if not _is_name_word(lexicon, tokens[following]):
                break
            field, run = following, _name_run_forward(tokens, following, ceiling, lexicon)
        titled = _title_with_field(source, tokens, field, run, index, lexicon)
        if titled is not None:
            return titled
    if name_first > last:
        return Mention(token.start, tokens[last].end, SpeakerKind.PERSON, title=title)
    if tokens[last].lower in lexicon.organization_words:
        last = _organization_run_forward(tokens, last, ceiling, lexicon)
        return Mention(tokens[index].start, tokens[last].end, SpeakerKind.ORGANIZATION)
    mention = Mention(
        tokens[name_first].start, tokens[last].end, SpeakerKind.PERSON, name=True, title=title
    )
    return _with_appositive_after(source, tokens, mention, last, ceiling, lexicon)


def _owned_after(
    source: str, tokens: list[Token], first: int, last: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Kenya's central bank", "Acme’s chief executive": the owner's noun phrase speaks."""
    after = last + 1
    if tokens[last].text.endswith(("’s", "'s")):
        owner_end = tokens[last].end - 2
    elif after < ceiling and tokens[after].text in _POSSESSIVE:
        owner_end = tokens[last].end
        after += 1
    else:
        return None
    if after >= ceiling or not (tokens[after].text.islower() or tokens[after].is_capitalized):
        return None
    owned = _description_after(source, tokens, after, ceiling, lexicon)
    if owned is None and tokens[after].is_capitalized:
        owned = _titled_then_name(source, tokens, after, ceiling, lexicon)
    if not tokens[after].text.islower() and (owned is None or not owned.name):
        return None  # "BJP's State unit chief, K. Thirumala Rao": only with the name after it
    if owned is not None and owned.name:
        # "Kimathi’s colleague, Dr Rasmus Thorvaldsen": the person named after it speaks
        relation = owned.title is not None and owned.title.split()[-1].lower() in _RELATIONS
        owner = None if relation else source[tokens[first].start : owner_end]
        return _described(owned, owned.title, owner)
    if owned is None or owned.start != tokens[after].start:
        return None
    title = owned.title if owned.kind is SpeakerKind.PERSON else None
    return Mention(
        tokens[first].start,
        owned.end,
        owned.kind,
        title=title,
        affiliation=source[tokens[first].start : owner_end],
    )


def _titled_then_name(
    source: str, tokens: list[Token], first: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Finance Minister, | Adaeze Okafor": a capitalised title, a comma, the name."""
    last = _name_run_forward(tokens, first, ceiling, lexicon)
    comma = last + 1
    if not _is_title(lexicon, tokens[last]) or comma + 1 >= ceiling or tokens[comma].text != ",":
        return None
    name = speaker_after(source, tokens, comma, ceiling, lexicon)
    if name is None or not name.name or name.start != tokens[comma + 1].start:
        return None
    title = _text(source, tokens, first, last)
    return Mention(name.start, name.end, SpeakerKind.PERSON, name=True, title=title)


def _employee_after(
    source: str, tokens: list[Token], first: int, last: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read "Goldman Sachs chief economist Jan Hatzius": a body, a lower-case title, a name.

    A capitalised title word opens the title instead: "Council member Brian Kowalczyk".
    """
    lead = tokens[first].lower
    named_body = last > first and tokens[last].lower in lexicon.organization_words
    opens_title = (
        (lead in lexicon.title_words or lead in lexicon.title_modifiers) and not named_body
    ) or any(_is_run_head(lexicon, t) for t in tokens[first : last + 1])
    head = last + 1
    while head < ceiling and head - last <= _TITLE_LEAD_AFTER + 1 and tokens[head].text.islower():
        head += 1
    if head == last + 1 or head >= ceiling or not _is_title(lexicon, tokens[head - 1]):
        return None
    if not all(
        t.lower in lexicon.title_words
        or t.lower in lexicon.title_modifiers
        or _field_word(t, lexicon)  # "Deutsche Bahn infrastructure board member …"
        for t in tokens[last + 1 : head]
    ):
        return None
    if not _is_name_word(lexicon, tokens[head]):
        return None
    name_last = _name_run_forward(tokens, head, ceiling, lexicon)
    mention = Mention(
        tokens[head].start,
        tokens[name_last].end,
        SpeakerKind.PERSON,
        name=True,
        title=_text(source, tokens, first if opens_title else last + 1, head - 1),
        affiliation=None if opens_title else _text(source, tokens, first, last),
    )
    return _with_appositive_after(source, tokens, mention, name_last, ceiling, lexicon)


def _description_after(
    source: str, tokens: list[Token], index: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read a lower-case description and the name that may follow it.

    "the store manager, Carlos Ibáñez" / "one New Hampshire Democrat" / "the woman."
    """
    member = _one_of(tokens, index, ceiling, lexicon)
    if member is not None:
        return member
    head = None
    last_word = None
    for position in range(index, min(ceiling, index + _DESCRIPTION_REACH)):
        token = tokens[position]
        if token.text.isdigit() and position > index:
            continue  # "a 2008 Clinton veteran"
        if not token.is_word or not (token.text.islower() or token.is_capitalized):
            break
        if position > index and _role_field_follows(tokens, position, ceiling, lexicon):
            continue  # "said master | of | ceremonies Asab Al-Tabchi"
        if token.lower in _PREPOSITIONS or token.lower in {"who", "which", "that"}:
            break
        if position > index and token.lower in lexicon.finite_verbs:
            break  # "The union | sent members …": the description ends at its verb
        by = position + 1
        authored = head is not None and token.lower.endswith("ed") and token.text.islower()
        if authored and by + 1 < ceiling and tokens[by].lower == "by":
            # "according to a court document filed | by | state attorney Dave Aronberg"
            author = speaker_after(source, tokens, by, ceiling, lexicon)
            if author is not None and author.name:
                return author
        if head is not None and token.text.islower() and token.lower in lexicon.verbs:
            break  # "The Vermont senator | emailed supporters": its reporting verb
        if head is not None and _is_past_verb(tokens, position, ceiling):
            break  # "The senator | ended the speech by saying": its own verb
        if token.lower in _SOURCE_QUALIFIERS:
            break  # "a person close to …", "one official familiar with …"
        if position > index + 1 and _is_participle(token):
            break  # "a man | calling himself Paul Paul"
        if head is not None and _is_adverb(lexicon, token):
            break  # "Her campaign | quickly blasted out an email"
        if not token.text.islower():
            if token.lower in _PARTY_MEMBERS:
                head = position
            if head is None or token.lower in lexicon.first_names:
                titled = _titled_name_after(source, tokens, index, position, ceiling, lexicon)
                if titled is not None:
                    return titled
            continue  # "a senior Cruz adviser": a capitalised modifier
        if _is_head(lexicon, token):
            head = position
        last_word = position
    if (
        head is None
        and last_word is not None
        and last_word > index
        and (tokens[index].lower in lexicon.determiners)
    ):
        next_token = tokens[last_word + 1] if last_word + 1 < ceiling else None
        after = next_token.text if next_token is not None else "."
        participle = next_token is not None and _is_participle(next_token)
        if (
            after in {",", ".", ";", "(", "—", ":"}
            or after.lower() in _SOURCE_QUALIFIERS
            or participle
        ):
            head = last_word  # "said the woman." / "wrote one commenter." / "one source who"
    if head is None:
        return None
    if tokens[head].is_capitalized:  # "another New Hampshire Republican"
        return Mention(tokens[index].start, tokens[head].end, SpeakerKind.PERSON)
    following = head + 1
    if following < ceiling and tokens[following].lower in {"of", "for"}:
        # "minister of state for petroleum resources, | Dr Ngozi Okafor-Eze"
        comma = next(
            (i for i in range(following, min(ceiling, following + 8)) if not tokens[i].is_word),
            None,
        )
        named = comma is not None and comma + 1 < ceiling and tokens[comma].text == ","
        if comma is not None and named and _is_name_word(lexicon, tokens[comma + 1]):
            head, following = comma - 1, comma
    if following < ceiling and tokens[following].text == ",":
        following += 1
    region = following + 1 < ceiling and _REGION.fullmatch(tokens[following].text)
    if region and tokens[following + 1].text == ",":
        following += 2  # "the mayor of Greenville, | S.C., | Harold Obuya-Jenkins"
    if following < ceiling and _is_name_word(lexicon, tokens[following]):
        last = _name_run_forward(tokens, following, ceiling, lexicon)
        name_first, _ = _split_title(source, tokens, following, last, lexicon)
        if tokens[last].lower not in lexicon.organization_words and name_first <= last:
            title, affiliation = split_descriptor(source, tokens, index, head, lexicon)
            if name_first > following:  # "state | Sen. | Rosalind Achebe"
                while tokens[index].lower in lexicon.determiners and index < name_first - 1:
                    index += 1
                title = _text(source, tokens, index, name_first - 1)
            mention = Mention(
                tokens[name_first].start,
                tokens[last].end,
                SpeakerKind.PERSON,
                name=True,
                title=title,
                affiliation=affiliation,
            )
            if affiliation is None:
                return _with_appositive_after(source, tokens, mention, last, ceiling, lexicon)
            return mention
    return _noun_phrase_back(source, tokens, head, index, lexicon)


def _role_field_follows(tokens: list[Token], index: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Tell whether ``index`` is the "of" or "for" inside a lower-case role that a name then
    follows: "master | of | ceremonies Asab Al-Tabchi", "head | of | security Tom Ruiz"."""
    if (
        tokens[index].lower not in {"of", "for"}
        or index == 0
        or not tokens[index - 1].text.islower()
    ):
        return False
    ahead = index + 1
    while ahead < ceiling and ahead - index <= 3 and tokens[ahead].is_word:
        if not tokens[ahead].text.islower():
            return ahead > index + 1 and tokens[ahead].is_capitalized
        if not _field_word(tokens[ahead], lexicon) or tokens[ahead].text.endswith("ed"):
            return False
        ahead += 1
    return False


def _titled_name_after(
    source: str, tokens: list[Token], lead: int, position: int, ceiling: int, lexicon: Lexicon
) -> Mention | None:
    """Read a titled name after lower-case modifiers.

    "former | Wisconsin Gov. Jim Doyle", "the younger | Mr. Trump", "retired | Army Lt. Gen.
    Mick Bednarek": the capitalised run from ``position`` holds a title or an honorific.
    """
    last = _name_run_forward(tokens, position, ceiling, lexicon)
    name_first, title = _split_title(source, tokens, position, last, lexicon)
    honorific = tokens[position].lower.rstrip(".") in lexicon.honorifics
    # "said harbour master | Tom Ellery": plain words, then a name opening with a given name
    ends = last + 1 >= ceiling or tokens[last + 1].text in {",", ".", ";"}
    given = (
        title is None
        and last > position
        and (tokens[position].lower in lexicon.first_names or ends)
        and tokens[last].lower not in lexicon.organization_words
        and all(
            _field_word(t, lexicon) or _role_field_follows(tokens, i, ceiling, lexicon)
            for i, t in enumerate(tokens[lead:position], lead)
            if t.text.islower()
        )
    )
    if given:
        start = lead
        while start < position and tokens[start].lower in lexicon.determiners:
            start += 1
        if start < position:
            title = _text(source, tokens, start, position - 1)
            mention = Mention(
                tokens[position].start, tokens[last].end, SpeakerKind.PERSON, name=True, title=title
            )
            return _with_appositive_after(source, tokens, mention, last, ceiling, lexicon)
    if name_first > last or (title is None and not honorific):
        return None
    if tokens[last].lower in lexicon.organization_words or tokens[last].text.endswith(("’s", "'s")):
        return None  # "former President Bill Clinton’s spokesman": the owner is not the speaker
    while lead < position and tokens[lead].lower in lexicon.determiners:
        lead += 1
    if title is not None:
        title = _text(source, tokens, lead, name_first - 1)
    mention = Mention(
        tokens[name_first].start, tokens[last].end, SpeakerKind.PERSON, name=True, title=title
    )
    return _with_appositive_after(source, tokens, mention, last, ceiling, lexicon)


def _one_of(tokens: list[Token], index: int, ceiling: int, lexicon: Lexicon) -> Mention | None:
    """Read "one of those advisers" / "one of two witnesses who …": a member of a group."""
    if index + 2 >= ceiling or tokens[index].lower not in _STANDALONE:
        return None
    if tokens[index + 1].lower != "of":
        return None
    last = None
    for position in range(index + 2, min(ceiling, index + 2 + _DESCRIPTION_REACH)):
        token = tokens[position]
        if not token.is_word or token.lower in _PREPOSITIONS or token.lower in {"who", "that"}:
            break
        if not token.text.islower() and token.lower not in lexicon.determiners:
            if token.is_capitalized:
                continue  # "one of Trump's advisers" / "one of the Clinton aides"
            break
        if token.lower in lexicon.verbs or token.lower in _FUNCTION_WORDS:
            break
        if token.lower in lexicon.finite_verbs or token.lower.endswith("ed"):
            break  # "some of his supporters | kicked a protester"
        last = position
        if _is_head(lexicon, token) or token.lower.endswith("s"):
            break  # the group's noun ends the phrase
    if last is None:
        return None
    word = tokens[last].lower
    plural = word.endswith("es") and word[:-2] in lexicon.titles  # "witnesses"
    if not (plural or _is_head(lexicon, tokens[last])):
        return None
    kind = SpeakerKind.PERSON if tokens[index].lower == "one" else SpeakerKind.GROUP
    return Mention(tokens[index].start, tokens[last].end, kind)


def _with_appositive_after(
    source: str, tokens: list[Token], mention: Mention, last: int, ceiling: int, lexicon: Lexicon
) -> Mention:
    """Add the title and affiliation written after a name."""
    title, affiliation = described_after(source, tokens, last, ceiling, lexicon)
    if title is None and affiliation is None:
        affiliation = _titled_member_of(source, tokens, mention, last, ceiling, lexicon)
    if title is None and affiliation is None:
        return mention
    return _described(mention, title, affiliation)


def _titled_member_of(
    source: str, tokens: list[Token], mention: Mention, last: int, ceiling: int, lexicon: Lexicon
) -> str | None:
    """Read the body after a titled name: "analyst Dev Chaudhuri | of | Morningstar". A title
    held for a place takes none: "Sen. Tim Kaine of Virginia"."""
    if mention.title is None or mention.title.split()[-1].lower() in _SEAT_HOLDERS:
        return None
    first = last + 2
    if first >= ceiling or tokens[last + 1].lower not in {"of", "at"}:
        return None
    if not _is_name_word(lexicon, tokens[first]):
        return None
    end = _name_run_forward(tokens, first, ceiling, lexicon)
    if end + 1 < ceiling and tokens[end + 1].text not in {",", ".", ";", ")"}:
        return None  # "… of Morningstar Inc. said on …": not where the phrase ends
    return _text(source, tokens, first, end)


def _described(mention: Mention, title: str | None, affiliation: str | None) -> Mention:
    """Return a named mention with a title and affiliation found next to it."""
    return Mention(
        mention.start,
        mention.end,
        mention.kind,
        name=True,
        title=title or mention.title,
        affiliation=affiliation or mention.affiliation,
    )


_SEAT_WORDS = 4  # "of" and the place of a seat after a name: "of New Hampshire"


def described_before(
    source: str, tokens: list[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Read a description that opens a clause and names the person after its comma: "The DA’s
    health spokesperson in the Gauteng legislature, | Pieter van der Merwe, | said …".

    The description starts with "the" or "a" after a clause boundary, holds a title's head, and
    the name after it is closed by a comma.
    """
    comma = first - 1
    if comma < 2 or tokens[comma].text != "," or last + 1 >= len(tokens):
        return None, None
    after = last + 1
    if tokens[after].lower == "of":  # "Senator X | of Washington |,": the seat after the name
        after += 1
        while after < len(tokens) and tokens[after].is_capitalized and after - last <= _SEAT_WORDS:
            after += 1
    if after >= len(tokens) or tokens[after].text != ",":
        return None, None
    if comma >= 3 and _REGION.fullmatch(tokens[comma - 1].text) and tokens[comma - 2].text == ",":
        comma -= 2  # "The mayor of Greenville, | S.C., | Harold Obuya-Jenkins,"
    start = comma - 1
    while start - 1 >= 0 and comma - start < _APPOSITIVE_REACH:
        previous = tokens[start - 1]
        if not previous.is_word and previous.text not in _POSSESSIVE:
            break
        if "\n" in source[previous.end : tokens[start].start]:
            break
        verb = previous.lower in lexicon.verbs or previous.lower in lexicon.finite_verbs
        if verb and not previous.is_capitalized:
            break  # "The Guardian quoted | Labour's deputy chair, X,": a clause, not a title
        start -= 1
    if tokens[start].lower in {"but", "and"}:
        start += 1
    owner = next((i for i in range(start, comma) if tokens[i].text.endswith(("’s", "'s"))), None)
    owned = (
        owner is not None
        and owner > start - (tokens[start].text not in {"’s", "'s"})
        and all(t.is_capitalized for t in tokens[start:owner] if t.text not in _POSSESSIVE)
    )
    # "Kaduna State Governor, X,": a capitalised title opening the sentence
    titled = (
        (start == 0 or not tokens[start - 1].is_word)
        and all(t.is_capitalized and t.is_word for t in tokens[start:comma])
        and _is_head(lexicon, tokens[comma - 1])
    )
    if titled:
        return split_descriptor(source, tokens, start, comma - 1, lexicon)
    if (tokens[start].lower not in {"the", "a", "an"} and not owned) or start + 1 >= comma:
        return None, None  # "The …" / "A …" / "Cornwall Council’s cabinet member …"
    if not any(_is_head(lexicon, t) for t in tokens[start + 1 : comma]):
        return None, None
    return split_descriptor(source, tokens, start, comma - 1, lexicon)


def described_after(
    source: str, tokens: list[Token], last: int, ceiling: int, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Read what follows the name ending at token ``last``: its title and affiliation.

    "…, a spokesman for Y," → ("spokesman", "Y"); "… of the Irish Consumers’ Council" →
    (None, "Irish Consumers’ Council").
    """
    if last + 2 >= ceiling:
        return None, None
    joiner = tokens[last + 1]
    party = _PARTY_TAG.fullmatch(tokens[last + 2].text) if joiner.text in {",", "("} else None
    letter = tokens[last + 2].text.rstrip(".")
    closing = last + 3 < ceiling and tokens[last + 3].text in {")", ","}
    if party is not None or (joiner.text == "(" and letter in _PARTY_LETTERS and closing):
        # "Sen. X, R-Texas,", "Gov. X (R)": the party; "Rep. Y (D-Calif.), the chairman of …,",
        # "Sen. Y (R., Wyo.), the panel's top Republican,": and a role after the bracket
        close = None
        if joiner.text == "(":
            reach = range(last + 3, min(ceiling, last + 3 + _BRACKET_REACH))
            close = next((i for i in reach if tokens[i].text == ")"), None)
        role = described_after(source, tokens, close, ceiling, lexicon)[0] if close else None
        return role, _PARTY_LETTERS[party.group(1) if party else letter]
    if joiner.text == "(":
        tag = tokens[last + 2].text.split("-")[0]  # "(PN-Sungai Tua)": the party before the seat
        closed = any(t.text == ")" for t in tokens[last + 3 : last + 3 + _BRACKET_REACH])
        if closed and (tag.lower() in lexicon.parties or _ACRONYM.fullmatch(tag)):
            return None, tag  # "David Hughes (Labour)", "Fatuma Mwachiro (ODM)"
    if joiner.lower in {"of", "from", "at"}:
        first = last + 2
        if first < ceiling and tokens[first].lower == "the":
            first += 1
        if first < ceiling and _is_name_word(lexicon, tokens[first]):
            org_last = _name_run_forward(tokens, first, ceiling, lexicon)
            while (
                org_last + 2 < ceiling
                and tokens[org_last + 1].text in _POSSESSIVE
                and _is_name_word(lexicon, tokens[org_last + 2])
            ):
                org_last = _name_run_forward(tokens, org_last + 2, ceiling, lexicon)
            if tokens[org_last].lower in lexicon.organization_words:
                org_last = _organization_run_forward(tokens, org_last, ceiling, lexicon)
                return None, _text(source, tokens, first, org_last)
            if joiner.lower == "of" and org_last + 2 < ceiling and tokens[org_last + 1].text == ",":
                # "Gov. Alicia Brandt of Iowa, a Republican …": the description after the state
                return described_after(source, tokens, org_last, ceiling, lexicon)
        return None, None
    if joiner.text != ",":
        return None, None
    first = last + 2
    if (
        first + 1 < ceiling
        and tokens[first].lower in _AGE_LEADS
        and tokens[first + 1].text.isdigit()
    ):
        first += 1  # "Jory Pengelly, now 73, …"
    if first + 2 < ceiling and tokens[first].text.isdigit() and tokens[first + 1].text == ",":
        first += 2  # "Derek Pallister, 71, a retired fisherman": past the age
    degree = next((i for i in range(first, min(ceiling, first + 4)) if tokens[i].text == ","), None)
    if degree is not None and degree + 1 < ceiling:
        letters = "".join(t.text for t in tokens[first:degree]).replace(".", "").lower()
        if letters in POST_NOMINALS:
            first = degree + 1  # "Ingrid Halvorsen, Ph.D., co-founder and …": past the degree
    if first + 1 < ceiling and tokens[first].lower == "who":
        return _role_clause(source, tokens, first + 1, ceiling, lexicon)
    if first < ceiling and _is_participle(tokens[first]) and not _is_title(lexicon, tokens[first]):
        return None, None  # "X, speaking to Breitbart News on Wednesday,": an aside, no role
    if first + 2 < ceiling and _party_of_place(tokens, first):
        return None, tokens[first].text  # "Senator X, Republican of Kansas,": the party
    end = first
    while end < ceiling and end - first < _APPOSITIVE_REACH and tokens[end].text not in ",.;:(":
        if end > first and "\n" in source[tokens[end - 1].end : tokens[end].start]:
            break  # "— Jane Doe, former presenter ¶ She is survived by …": the line ends
        end += 1
    if end == first:
        return None, None
    verb = tokens[end - 1]
    if (
        end - 2 > first
        and verb.text.islower()
        and lexicon.verbs.get(verb.lower, verb.lower) != verb.lower
        and _is_head(lexicon, tokens[end - 2])
    ):
        return None, None  # "… by Mr Bukhari, the minister said:": a clause, not a description
    head = tokens[first]
    if (
        head.lower not in lexicon.determiners
        and not _is_title(lexicon, head)
        and head.lower not in lexicon.title_words
        and head.lower not in lexicon.title_modifiers
    ):
        return None, None
    if head.lower not in {"a", "an"} and not any(_is_head(lexicon, t) for t in tokens[first:end]):
        return None, None  # "X, the day after …" describes no one
    role, body = split_descriptor(source, tokens, first, end - 1, lexicon)
    placed = any(t.lower in _PLACE_PREPOSITIONS for t in tokens[first:end])
    if (
        role is not None
        and body is None
        and end < ceiling
        and tokens[end].text == ","
        and not placed
    ):
        body = _signature_body(source, tokens, end + 1, ceiling, lexicon)  # not "Peru, | Indiana"
    return role, body


def _role_clause(
    source: str, tokens: list[Token], verb: int, ceiling: int, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Read "who chairs the Senate Intelligence Committee", "who studies AI safety at Carnegie
    Mellon University": the role the verb gives and the body named after it."""
    role = lexicon.role_verbs.get(tokens[verb].lower)
    if role is None:
        return None, None
    held = _role_as(source, tokens, verb, ceiling, lexicon)
    if held is not None:
        return held  # "who worked as a billing analyst at the company", "who served as mayor"
    index = verb + 1
    for ahead in range(verb + 1, min(ceiling, verb + 6)):
        if tokens[ahead].text in ",.;:(":
            break
        if tokens[ahead].lower in {"at", "for", "with"}:
            index = ahead + 1  # "who studies AI safety | at | Carnegie Mellon University"
            break
    if index < ceiling and tokens[index].lower == "the":
        index += 1
    if index >= ceiling or not _is_name_word(lexicon, tokens[index]):
        return None, None
    last = _name_run_forward(tokens, index, ceiling, lexicon)
    last = _organization_run_forward(tokens, last, ceiling, lexicon)
    for ahead in range(last + 1, min(ceiling, last + 4)):
        if not tokens[ahead].text.islower():
            break
        if tokens[ahead].lower in lexicon.organization_words:
            last = ahead  # "the House | transportation subcommittee"
            break
    seat = (
        tokens[verb].lower in _SEAT_VERBS and tokens[last].lower not in lexicon.organization_words
    )
    if seat:
        return None, None  # "who represents Bayou Noir": a constituency, not an employer
    return role or None, _text(source, tokens, index, last)


def _role_as(
    source: str, tokens: list[Token], verb: int, ceiling: int, lexicon: Lexicon
) -> tuple[str | None, str | None] | None:
    """Read "worked as a billing analyst at X", "served two terms as mayor": the role after
    "as", and the body after "at", "for" or "of" when it is named."""
    after = next(
        (i for i in range(verb + 1, min(ceiling, verb + 5)) if tokens[i].lower == "as"), None
    )
    if after is None:
        return None
    first = after + 1
    while first < ceiling and (
        tokens[first].lower in lexicon.determiners or tokens[first].text.endswith(("’s", "'s"))
    ):
        first += 1  # "as | his | deputy", "as | Ashcombe's | chief of staff"
    last = first - 1
    while (
        last + 1 < ceiling and tokens[last + 1].lower not in _ROLE_ENDS and tokens[last + 1].is_word
    ):
        joined = " ".join(t.lower for t in tokens[first : last + 3])
        if tokens[last + 1].lower == "of" and joined not in lexicon.titles:
            break  # "as chief of staff" stays whole; "as director | of the agency"
        last += 1
    if last < first or not _is_head(lexicon, tokens[last]):
        return None
    body = None
    if last + 2 < ceiling and tokens[last + 1].lower in {"at", "for", "of", "with"}:
        start = last + 2
        if tokens[start].lower == "the":
            start += 1
        if start < ceiling and _is_name_word(lexicon, tokens[start]):
            end = _organization_run_forward(
                tokens, _name_run_forward(tokens, start, ceiling, lexicon), ceiling, lexicon
            )
            body = _text(source, tokens, start, end)
    return _text(source, tokens, first, last), body


def _signature_body(
    source: str, tokens: list[Token], first: int, ceiling: int, lexicon: Lexicon
) -> str | None:
    """Read the body after a title in a signature: "— Jane Doe, President, | PFIC Family
    Alliance": capitalised words up to a comma, a full stop or the end of the line."""
    last = first
    while last < min(ceiling, first + _APPOSITIVE_REACH) and tokens[last].text not in ",.;:(":
        token = tokens[last]
        if last > first and "\n" in source[tokens[last - 1].end : token.start]:
            break
        small = token.lower in {"of", "for", "the", "and", "&"} and last > first
        if not (small or (token.is_capitalized and token.lower not in lexicon.non_names)):
            return None  # "X, a spokesman, told reporters": no body follows
        last += 1
    if last == first or tokens[last - 1].lower in {"of", "for", "the", "and", "&"}:
        return None
    return _text(source, tokens, first, last - 1)
