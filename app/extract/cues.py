"""Find the words that attribute speech: reporting verbs, "according to", "quoted … as saying".

A cue is a run of tokens. ``find_cue`` looks for the first cue in a window of tokens and says
which way its speaker lies: before the verb ("she said"), after it ("said Smith"), or after
"according to".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.extract.lexicon import Lexicon
from app.extract.tokens import Token

# participles that open the question put to a subject: "Asked how he expected …, X laughed"
QUESTIONED = frozenset({"asked", "pressed", "questioned", "quizzed"})
# verbs that characterise something in the speaker's quoted words: "described it as “…”"
CHARACTERISING = frozenset(
    {
        "described",
        "describes",
        "describing",
        "termed",
        "terms",
        "dubbed",
        "dubs",
        "branded",
        "brands",
        "labelled",
        "labeled",
        "called",
        "calls",
        "calling",
        # with "as" or "of" before the quoted words: "dismissed the offer as “a stunt”"
        "dismissed",
        "dismisses",
        "condemned",
        "condemns",
        "denounced",
        "denounces",
        "hailed",
        "hails",
        "accused",
        "accuses",
    }
)
# characterising verbs whose quoted words follow "as" or "of", however long the object
AS_OR_OF = frozenset(
    {"dismissed", "dismisses", "condemned", "condemns", "denounced", "denounces", "hailed"}
    | {"hails", "accused", "accuses"}
)


class CueKind(Enum):
    """What sort of cue, which decides where its speaker stands."""

    VERB = "verb"  # "said", "told", "added": speaker before or after
    ACCORDING_TO = "according_to"  # "according to X": speaker after
    DASH = "dash"  # "… — Commissioner Geoffrey Starks": speaker after


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue's tokens, ``first`` to ``last`` inclusive."""

    first: int
    last: int
    kind: CueKind


_DASHES = frozenset("—―–")
# what may stand before a capitalised reporting verb: a closing mark, or a sentence's end
_BEFORE_CAPITALISED_VERB = frozenset({",", "”", '"', "'", "’", ".", "?", "!", ":"})


def is_verb(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether ``token`` is a reporting verb."""
    return token.lower in lexicon.verbs and token.is_word and not token.is_capitalized


# singular determiners after which a verb's bare form is a noun: "a blunt message"
_INDEFINITE = frozenset({"a", "an", "another", "every", "each"})
_INTRANSITIVE_PARTICLES = frozenset({"on"})  # "went on"; "fired back a response" is speech
# what may follow it when it reports speech: "went on to say", "went on in the same vein"
_AFTER_PARTICLE = frozenset({"to", "in", "at", "with", "about", "that", "and", "but"})
# determiners after which a reporting verb's form is always a noun: "the state", "his post"
DEFINITE = frozenset({"the", "his", "its", "their", "our", "my", "your"})
# adjectives of how often, which end in "-ly" like adverbs but stand before nouns
_FREQUENCY = frozenset({"daily", "weekly", "nightly", "monthly", "yearly", "hourly", "quarterly"})
_NOUN_REACH = 3  # modifiers between an indefinite article and the noun: "a Trump-style retort"
# verbs whose past tense is their bare form: "the statement read", "as the report put it"
_PAST_AS_BARE = frozenset({"read", "put", "cut", "hit", "quit", "set", "let", "cast", "bid"})


def noun_use(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Tell whether a reporting verb stands as a noun after an article or a possessive.

    "the state", "his post"; "a blunt message", "a Trump-style retort", "another tweet", "a
    written statement": a singular subject never takes a verb's bare form, and nothing but a
    noun or an adjective follows "a" or "the" directly.
    """
    if index > 0 and tokens[index - 1].lower in DEFINITE:
        return True  # "the state", "his post", "its report"
    if index > 0 and tokens[index - 1].lower in _FREQUENCY:
        return True  # "who has led weekly protests", "her daily posts"
    form = tokens[index].lower
    owned = index > 0 and tokens[index - 1].lower.endswith(("’s", "'s"))
    if owned and (form == lexicon.verbs.get(form) or form.endswith("s")):
        return True  # "the IG’s report", "Trump's claims" (not "Trump's said": he has said)
    if (
        index > 0
        and tokens[index - 1].lower in {"of", "for"}
        and lexicon.verbs.get(tokens[index].lower) == tokens[index].lower
    ):
        return True  # "secretary of state", "a request for comment": a bare form is a noun
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    heads = lexicon.title_heads
    if following is not None and (following.lower in heads or following.lower.rstrip(".") in heads):
        bare_form = lexicon.verbs.get(tokens[index].lower) == tokens[index].lower
        if bare_form and following.is_capitalized:
            return True  # "Democratic state | Sen. Harriet Lindqvist": part of a title
    bare = lexicon.verbs.get(tokens[index].lower) == tokens[index].lower
    for back in range(index - 1, max(-1, index - 1 - _NOUN_REACH), -1):
        word = tokens[back]
        if word.lower in _INDEFINITE:
            return bare or (back == index - 1 and word.lower in {"a", "an"})
        if word.lower in DEFINITE and back < index - 1:
            # "the prosecution counsel", "the private server email story": a singular noun
            # never takes a verb's bare form ("the officials say" does: a plural noun)
            between = tokens[index - 1]
            past = tokens[index].lower in _PAST_AS_BARE  # "the statement read": past tense
            plain = all(
                t.text.islower() and t.lower not in lexicon.pronouns
                for t in tokens[back + 1 : index]
            )  # not "the way | they say"
            measured = "-" in between.text or any(c.isdigit() for c in between.text)
            if back == index - 2 and measured and tokens[index].lower.endswith("ing"):
                return True  # "his 60-page ruling" (not "the candidate yelling")
            return bare and not past and plain and not between.lower.endswith("s")
        if not word.is_word or word.lower in lexicon.determiners:
            return False
        if lexicon.verbs.get(word.lower, word.lower) != word.lower:
            return False  # a verb's inflected form ends the phrase; "a text message" does not
    return False


def _particle_object(tokens: list[Token], particle: int, lexicon: Lexicon) -> bool:
    """Tell whether "went on" has a noun after it and so is no cue: "the Senate goes on
    recess", "went on television" (not "went on, …", "went on to say")."""
    if tokens[particle].lower not in _INTRANSITIVE_PARTICLES or particle + 1 >= len(tokens):
        return False
    following = tokens[particle + 1]
    return (
        following.text.islower()
        and following.lower not in _AFTER_PARTICLE
        and following.lower not in lexicon.speech_adverbs
    )


def cue_at(tokens: list[Token], index: int, lexicon: Lexicon) -> Cue | None:
    """Return the cue that starts at token ``index``, if any."""
    token = tokens[index]
    if token.lower in lexicon.verbs and noun_use(tokens, index, lexicon):
        return None  # "a blunt message", "the state": a noun, not a cue
    if token.lower == "according" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return Cue(index, index + 1, CueKind.ACCORDING_TO)
    particle = lexicon.phrasal_verbs.get(token.lower)
    if (
        particle is not None
        and not token.is_capitalized
        and index + 1 < len(tokens)
        and tokens[index + 1].lower == particle
        and not _particle_object(tokens, index + 1, lexicon)
    ):
        return Cue(index, index + 1, CueKind.VERB)  # "pointed out", "shot back"
    if is_verb(token, lexicon) or (
        token.lower in lexicon.verbs
        and token.is_capitalized
        and lexicon.verbs[token.lower] != token.lower  # "Said", not "State" or "Report"
        and (index == 0 or tokens[index - 1].text in _BEFORE_CAPITALISED_VERB)
    ):
        return Cue(index, index, CueKind.VERB)  # “…,” Said Jones / Said Comey, “…”
    return None


def find_cues(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> list[Cue]:
    """Return every cue that starts within tokens ``first`` to ``last`` (exclusive)."""
    cues = []
    for index in range(first, last):
        cue = cue_at(tokens, index, lexicon)
        if cue is not None:
            cues.append(cue)
    return cues


def is_dash(token: Token, *, hyphen: bool = False) -> bool:
    """Tell whether ``token`` is a dash that can introduce a speaker.

    With ``hyphen``, a free-standing "-" counts too, as it does where copy types a dash as a
    hyphen at the head of a line ("- Bernie Sanders.", "TURNOUT - Michael McDonald: “…”").
    """
    return token.text in _DASHES or (hyphen and token.text == "-")
