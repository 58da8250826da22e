"""Attribute each quotation to a speaker by ordered, named rules.

Each rule looks at one place around a quotation and either finds a speaker there or passes.
``pipeline._attribute`` tries them in this order:

1. ``after-quote``: the words after the closing mark, up to the sentence's end
   (“…,” she said / “…,” said Jane Doe / “…,” former spy chief, Rahmatullah Nabil told the paper);
   ``after-quote-appositive`` when a long description stands between name and verb
   (“…,” Jane Doe, who ran the agency until 2019, said); ``dash`` for “…” — Jane Doe, on the
   same line or the next;
2. ``between-segments``: the words between the parts of a split quotation (“A,” she said, “B.”);
3. ``before-quote``: the words before the opening mark in its sentence
   (Trump said: “…” / X was quoted by WSJ as saying, “…” / According to X, “…”); ``name-colon``
   for a bare label (Clinton: “…”) and ``colon-subject`` when no verb stands before the colon
   (Kasich resisted: “…”); ``comma-subject`` for a named subject and a comma before a quoted
   sentence (Clinton shared her worry with donors, “…”);
4. ``previous-sentence``: a quotation that opens a sentence mid-paragraph takes the
   attribution at the start of the sentence before (“A,” X said. “B.” / X said Y. “B.”);
   ``beat-subject`` takes the subject of a short sentence about what someone did (She shook
   her head. “…”);
5. ``colon-intro``: the previous paragraph ends in a colon after a cue (The ministry said:);
6. ``floating``: a paragraph that opens with a quotation continues the previous paragraph's
   speaker, when that paragraph ended with an attributed quotation or a "X said." sentence;
7. ``same-paragraph``: a quotation with no cue of its own, later in a paragraph than an
   attributed one, continues that speaker.

After all quotations are read, ``interview-answer`` gives the answers of a Q-and-A interview to
the person interviewed (``interview-question`` the questions to a named examiner: "Under
cross-examination by the defense lawyer, X"), and a quotation right after a reported statement
takes its speaker.
The first rule that finds a speaker wins; its name is recorded on the quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from app.extract.cues import (
    AS_OR_OF,
    CHARACTERISING,
    QUESTIONED,
    Cue,
    CueKind,
    cue_at,
    find_cues,
    is_dash,
)
from app.extract.lexicon import Lexicon
from app.extract.mentions import (
    RELATIVE_PRONOUNS,
    Mention,
    is_speaker_noun,
    nickname_after,
    relative_antecedent,
    speaker_after,
    speaker_before,
)
from app.extract.model import SpeakerKind
from app.extract.tokens import Token

_TAIL_REACH = 30  # tokens after a closing mark where a cue may stand
_LEAD_REACH = 40  # tokens before an opening mark
_CHARACTERISED_OBJECT = 7  # tokens from "called" to the opening mark: "called the rule “"
# words that end a characterised object: it is a noun phrase, not a clause
_STOPWORDS = frozenset({"and", "but", "or", "that", "which", "who", "because", "while"})
_POSSESSORS = frozenset({"his", "her", "their"})
# nouns for what someone said: "His statement was brief:", "Her message to the council:"
_WORDS_SPOKEN = frozenset(
    {
        "statement",
        "answer",
        "message",
        "reply",
        "response",
        "words",
        "advice",
        "verdict",
        "reaction",
        "explanation",
        "argument",
        "warning",
        "plea",
        "retort",
        "comment",
        "comments",
        "remarks",
        "tweet",
        "post",
    }
)
_NAME_REACH = 20_000  # characters back to a fuller form of a one-word name
_BEAT_TOKENS = 12  # tokens of a short sentence about what the speaker did before speaking
_ISSUED_TOKENS = 24  # tokens of a sentence about a statement the speaker released
_ISSUED_REACH = 8  # tokens from "that said" back to "released": "released a video on Twitter"
_WHO = frozenset({"who", "whose"})
_MODALS = frozenset({"would", "will", "could", "can", "should", "might", "may", "must"})
_APPOSITION_REACH = 8  # tokens from a clause's head description to the comma before its name
_PERSONAL = frozenset({"he", "she"})  # pronouns that stand for one person
_NAMING = frozenset({"entitled", "titled", "headlined", "called", "named", "dubbed"})
# words before a cue that make it passive or a subordinate clause: "was asked", "when asked"
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be", "when", "if", "unless"})
# words that open a clause inside a sentence: "… as she thanked the crowd and then boomed"
_SUBORDINATORS = frozenset(
    {"as", "when", "while", "because", "since", "after", "before", "though", "although", "once"}
)
# verbs whose agent passes the words on and is not their speaker: "was quoted by WSJ as saying"
_QUOTING = frozenset({"quote", "cite", "report", "interview", "describe"})
# what may stand before a participle that does not share the clause's subject
_NOT_ADVERBIAL = frozenset({"as", "is", "was", "were", "are", "been", "be", "by", "of", "about"})
# prepositions that open a phrase after which no subject of the clause can stand before its
# comma: "On Saturday she appeared …" has its subject, "When she arrived, …" does not
_PREPOSITIONS_OPENING = frozenset({"in", "on", "at", "during", "last"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# words that open a phrase before a sentence's subject: "On Tuesday, …", "Asked why, …"
_OPENING_WORDS = frozenset(
    {
        "in",
        "on",
        "at",
        "after",
        "when",
        "as",
        "while",
        "before",
        "during",
        "asked",
        "speaking",
        "following",
        "later",
        "earlier",
        "but",
        "and",
        "still",
        "yet",
        "so",
        "then",
        "also",
        "meanwhile",
        "instead",
        "last",
        "since",
        "despite",
        "with",
        "without",
        "for",
        "from",
        "under",
        "among",
        "like",
        "unlike",
        "if",
        "although",
        "though",
        "because",
        "once",
        "until",
        "upon",
        "to",
        "by",
        "now",
        "back",
        "pressed",
        "regarding",
        "throughout",
        "across",
        "ahead",
        "amid",
        "over",
        "this",
        "that",
        "here",
        "there",
        "even",
        "indeed",
        "however",
        "moreover",
        "today",
        "yesterday",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "just",
        "finally",
        "first",
        "again",
        "afterward",
        "afterwards",
    }
)
# words that open a clause subordinate to the sentence's main clause ("As X reported, …" is
# an attribution, not one)
_CLAUSE_OPENERS = frozenset({"when", "after", "while", "before", "once", "if", "because"})
# texts a speaker puts out, whose words a bare quotation paragraph after them gives
_ISSUED = frozenset({"statement", "release", "letter", "email", "e-mail", "memo", "message"})
_ISSUING = frozenset({"issued", "released", "sent", "posted", "published", "put", "aired", "ran"})
# what displays words that a reader quotes: "held a sign reading “…”"
DISPLAYS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster"})
_DASH_LINE = 12  # tokens of a paragraph that is only "— Jane Doe, a teacher"
_DATELINE_REACH = 12  # tokens of a dateline: "ORLANDO, Fla. (Reuters) -"
_REGION_REACH = 3  # tokens of a region after a place: "Alexandria, Va.,"
_OPENING_PHRASES = 3  # opening phrases skipped before a clause's subject
_NAME_COLON_LEAD = 2  # tokens before a "Name:" label: "— Rep. Gowdy:"
_PREVIOUS_REACH = 12  # tokens from a sentence's start to the cue of "X said." before a quote
_ASKED_REACH = 5  # tokens after “…?” where the cue must stand
_NEXT_SENTENCE_TAIL = 10
# words that open an adjunct clause after "X said": "… Sessions said as he launched the process"
_ADJUNCT_OPENERS = frozenset(
    {"as", "while", "after", "before", "when"}
)  # tokens of adjuncts after "X said" in a sentence of its own
_APPOSITIVE_TAIL = 70  # tokens after a closing mark for "X, <description>, said"
# what may follow the name on a dash line: "— Jane Doe, a teacher" / "— Doe (D-Vt.) on Twitter"
_SIGNATURE_FOLLOWERS = frozenset({",", ".", "(", ";", ":", "on", "at", "in", "via", "to"})
_TITLE_LEAD = 3  # words of a title before a name that opens a clause: "Party chair Jane Doe"


@dataclass(frozen=True, slots=True)
class Document:
    """The text and its layout, shared by every rule; spans are cut from ``source``."""

    text: str
    tokens: list[Token]
    starts: list[int]  # start offset of every token
    sentences: list[int]  # index of the first token of every sentence
    paragraphs: list[tuple[int, int]]
    lexicon: Lexicon
    source: str = ""  # the text as given; ``text`` is the view the rules read (see casing.py)

    def paragraph_of(self, offset: int) -> int:
        """Return the index of the paragraph that holds ``offset`` (or precedes it)."""
        return bisect.bisect_right(self.paragraphs, (offset, len(self.text) + 1)) - 1

    def token_at(self, offset: int) -> int:
        """Return the index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        """Return the first token and the end (exclusive) of the sentence of token ``index``."""
        at = bisect.bisect_right(self.sentences, index) - 1
        first = self.sentences[at] if at >= 0 else 0
        end = self.sentences[at + 1] if at + 1 < len(self.sentences) else len(self.tokens)
        return first, end


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule found: the speaker's mention, the cue, and where the rule looked."""

    rule: str
    mention: Mention
    cue: Cue | None
    zone: tuple[int, int]  # character offsets of the attributing words
    # more attributing words after the content: "…, Xinhua reported" / "…, according to AFP"
    tail: tuple[int, int] | None = None


def _is_mark(token: Token) -> bool:
    # ’ and ' are left out: after a word they are mostly possessives ("Farmers’ Federation")
    return token.text in {"“", "”", '"', "''", "``", "«", "»", "„", "‘"}


def from_cues(
    doc: Document, first: int, end: int, rule: str, *, after_only: bool = False
) -> Found | None:
    """Find a cue in tokens ``first``..``end`` and the speaker standing next to it."""
    tokens, lexicon = doc.tokens, doc.lexicon
    for cue in find_cues(tokens, first, end, lexicon):
        if cue.kind is CueKind.ACCORDING_TO:
            mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
        else:
            mention = (
                None if after_only else speaker_before(doc.text, tokens, cue.first, first, lexicon)
            )
            if mention is None and "listener" not in lexicon.frames(tokens[cue.first].text):
                mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
                if mention is not None and mention.pronoun and _opens_clause(doc, mention, end):
                    mention = None  # "by saying | he would …": the subject of what was said
            if mention is None and not after_only and _shares_subject(doc, cue, first):
                mention = clause_subject(doc, first, cue)  # "Bolton … by saying he would …"
        if mention is not None:
            zone = (tokens[first].start, tokens[end - 1].end)
            return Found(rule, mention, cue, zone)
    return None


def _opens_clause(doc: Document, mention: Mention, end: int) -> bool:
    """Tell whether a pronoun after a cue is the subject of the reported clause, a verb after
    it ("saying | he would"), not the speaker of an inverted cue ("said he.")."""
    after = doc.token_at(mention.end)
    return after < end and doc.tokens[after].is_word and doc.tokens[after].text.islower()


def after_quote(doc: Document, close_end: int) -> Found | None:
    """Rule ``after-quote``: a cue and speaker right after the closing mark.

    When the quotation closed its sentence, what follows is a new sentence and is read only
    as a dash attribution (“…” — Jane Doe), or, after a question or exclamation, as a cue
    and speaker at its very start (“Who knows?” Trump said).
    """
    first = doc.token_at(close_end)
    if first >= len(doc.tokens):
        return None
    if doc.paragraph_of(doc.tokens[first].start) != doc.paragraph_of(close_end - 1):
        return None  # the next paragraph is the writer's: “…?” ¶ Trump acknowledged …
    at = bisect.bisect_left(doc.sentences, first)
    new_sentence = at < len(doc.sentences) and doc.sentences[at] == first
    _, sentence_end = doc.sentence_bounds(first)
    end = min(sentence_end, first + _TAIL_REACH)
    nickname = -1  # the closing mark of a nickname inside a name: CEO Margaret "Peggy" Harlow
    for index in range(first, end):
        if not _is_mark(doc.tokens[index]) or index == nickname:
            continue
        if index > first and nickname_after(doc.tokens, index, end, doc.lexicon) is not None:
            nickname = index + 2
            continue
        end = index
        break
    if end <= first:
        return None
    if is_dash(doc.tokens[first]):
        mention = speaker_after(doc.text, doc.tokens, first, end, doc.lexicon)
        if mention is not None:
            return Found(
                "dash",
                mention,
                Cue(first, first, CueKind.DASH),
                (doc.tokens[first].start, doc.tokens[end - 1].end),
            )
    if new_sentence:
        stop = first - 1
        while stop > 0 and (_is_mark(doc.tokens[stop]) or doc.tokens[stop].text in {"’", "'"}):
            stop -= 1  # “… How do we win Loudoun?’” Will Estrada said
        asked = stop < first - 1 and doc.tokens[stop].text in {"?", "!"}
        if not asked:
            return _next_sentence(doc, first, sentence_end)
        found = from_cues(doc, first, min(end, first + _ASKED_REACH), "after-quote")
        if found is None:
            found = _named_then_cue(doc, first, sentence_end)  # “…!” X, the head of Y, tweeted
        if found is None:
            found = _named_of_then_cue(doc, first, end)  # “…?” Marisa Kline of CBS News asked
        if found is None or found.cue is None:
            return None
        opening = doc.token_at(found.mention.start)
        # “…!” US Senator Jeff Sessions said: a title before the name still opens the words
        starts_tail = opening == first or _only_description(doc, first, opening)
        follows_cue = found.cue.first == first
        return found if starts_tail or follows_cue else None
    introduces = end < sentence_end and doc.tokens[first].lower in {"and", "but", "while"}
    if introduces and _is_mark(doc.tokens[end]):
        return None  # “A” and 14 percent said “B”: the words after introduce the next quotation
    found = from_cues(doc, first, end, "after-quote")
    if found is not None and found.cue is not None and not _inverted_at(doc, found, first):
        found = None  # “…” and said that her campaign …: the words after the verb are its object
    if found is None:
        found = _named_then_cue(doc, first, sentence_end)
    elif found.cue is not None and not found.mention.name:
        found = _unclosed_appositive(doc, first, found) or found
    return found


def _unclosed_appositive(doc: Document, first: int, found: Found) -> Found | None:
    """“…,” Nate Silver, the polling guru who founded the site tweeted: a description after the
    name whose closing comma is missing leaves its last noun before the verb; the name speaks."""
    tokens = doc.tokens
    if found.cue is None:
        return None
    named = speaker_after(doc.text, tokens, first - 1, found.cue.first, doc.lexicon)
    if named is None or not named.name or named.kind is not SpeakerKind.PERSON:
        return None
    after = doc.token_at(named.end)
    if after >= found.cue.first or tokens[after].text != "," or named.end > found.mention.start:
        return None
    if doc.token_at(named.start) != first:
        return None
    if any(t.text in {",", "(", ")"} or _is_mark(t) for t in tokens[after + 1 : found.cue.first]):
        return None  # the description is closed, or holds its own quotation
    return Found("after-quote-appositive", named, found.cue, found.zone)


def _inverted_at(doc: Document, found: Found, first: int) -> bool:
    """Tell whether a speaker read after its cue stands where an inversion can: “…,” said X.

    The cue opens the words after the closing mark or follows a comma; "“…” and said that her
    campaign …" or "“…,” promising the Friends of Abe …" name no speaker after the verb.
    """
    assert found.cue is not None
    tokens = doc.tokens
    if found.mention.start < tokens[found.cue.first].start:
        return True
    if found.cue.kind is CueKind.VERB and tokens[found.cue.first].lower.endswith("ing"):
        return False  # “…,” promising the Friends of Abe will …
    before = found.cue.first - 1
    while before >= first and (
        _is_adverb_word(doc, tokens[before])
        or _is_mark(tokens[before])
        or tokens[before].text == "'"
    ):
        before -= 1
    # “…,” said X / “…” since most cases were close, said X: the cue opens its own part
    return before < first or tokens[before].text == ","


def _is_adverb_word(doc: Document, token: Token) -> bool:
    word = token.lower
    return word in doc.lexicon.speech_adverbs or (word.endswith("ly") and token.text.islower())


def _next_sentence(doc: Document, first: int, sentence_end: int) -> Found | None:
    """Rule ``next-sentence``: “….” Renteria told reporters on a conference call.

    After a quotation that closed its sentence, a short sentence that is only a speaker, a cue
    and adjuncts attributes it; one that goes on to report a clause ("Smith said the plan had
    failed") is a statement of its own.
    """
    credited = _words_credited(doc, first, sentence_end)
    if credited is not None:
        return credited  # "“…” The words were Renee Castellano’s." / "So said Dr. X."
    found = from_cues(doc, first, min(sentence_end, first + _ASKED_REACH), "next-sentence")
    if found is None or found.cue is None:
        return None
    inverted = found.cue.first == first  # "…” wrote a man calling himself Paul Paul."
    opening = doc.token_at(found.mention.start)
    if opening != first and not inverted and not _only_description(doc, first, opening):
        return None  # the speaker, or a title and the speaker, open the sentence
    after = max(found.cue.last, doc.token_at(found.mention.end) - 1) + 1
    rest = doc.tokens[after:sentence_end]
    if rest and rest[0].lower in _ADJUNCT_OPENERS:
        return found  # "… Sessions said as he launched the process."
    for index in range(len(rest) - 1):
        following = rest[index + 1]
        if rest[index].text == "," and following.lower.endswith("ing"):
            if following.lower in doc.lexicon.verbs:
                rest = rest[:index]  # "… Twitter said in a statement, adding that it …"
            break
    if len(rest) > _NEXT_SENTENCE_TAIL:
        return None
    lexicon = doc.lexicon
    for token in rest:
        word = token.lower
        if word in {"that", ":"} or word in lexicon.finite_verbs or word in lexicon.verbs:
            return None
        if _is_mark(token) or (word.endswith("ed") and token.text.islower()):
            return None
    return found


def _words_credited(doc: Document, first: int, sentence_end: int) -> Found | None:
    """Read a sentence that credits the quotation before it: "The words were Renee
    Castellano’s", "The words came from X", "So said Dr. X", "That was how X put it"."""
    tokens = doc.tokens
    words = [t.lower for t in tokens[first : min(sentence_end, first + 4)]]
    if words[:2] == ["so", "said"]:
        at = first + 1
    elif words[:3] == ["that", "was", "how"]:
        at = first + 2
    elif len(words) >= 3 and words[0] == "the" and words[1] in _WORDS_SPOKEN:
        if words[2] == "came" and words[3:4] == ["from"]:
            at = first + 3
        elif words[2] in {"were", "was"}:
            at = first + 2
        else:
            return None
    else:
        return None
    mention = speaker_after(doc.text, tokens, at, sentence_end, doc.lexicon)
    if mention is None or not mention.name:
        return None
    zone = (tokens[first].start, tokens[sentence_end - 1].end)
    return Found("next-sentence", _owner(doc, mention), None, zone)


def _named_of_then_cue(doc: Document, first: int, end: int) -> Found | None:
    """Read “…?” Marisa Kline of CBS News asked: a name, "of" and a capitalised body, then
    the cue."""
    tokens = doc.tokens
    mention = speaker_after(doc.text, tokens, first - 1, end, doc.lexicon)
    if mention is None or not mention.name or doc.token_at(mention.start) != first:
        return None
    index = doc.token_at(mention.end)
    if index >= end or tokens[index].lower != "of":
        return None
    index += 1
    while index < end and index - first < _ASKED_REACH * 2 and tokens[index].is_capitalized:
        index += 1
    cue = cue_at(tokens, index, doc.lexicon) if index < end else None
    if cue is None or cue.kind is not CueKind.VERB:
        return None
    return Found("after-quote", mention, cue, (tokens[first].start, tokens[cue.last].end))


def _named_then_cue(doc: Document, first: int, sentence_end: int) -> Found | None:
    """Rule ``after-quote-appositive``: “…,” X, <a long description>, said."""
    tokens = doc.tokens
    mention = speaker_after(doc.text, tokens, first - 1, sentence_end, doc.lexicon)
    if mention is None or not (mention.name or mention.kind is not SpeakerKind.PERSON):
        return None
    after = doc.token_at(mention.end)
    if after >= sentence_end or tokens[after].text not in {",", "("}:
        return None
    end = min(sentence_end, first + _APPOSITIVE_TAIL)
    cues = [c for c in find_cues(tokens, after, end, doc.lexicon) if c.kind is CueKind.VERB]
    if not cues or sum(_is_mark(t) for t in tokens[after : cues[0].first]) % 2:
        return None  # a quoted title in the description is closed: “…,” X, author of “Y,” said
    previous = tokens[cues[0].first - 1]
    if previous.text != "," and previous.lower not in doc.lexicon.speech_adverbs:
        return None  # the verb belongs to a relative clause: "who said …"
    return Found(
        "after-quote-appositive", mention, cues[0], (tokens[first].start, tokens[cues[0].last].end)
    )


def between(doc: Document, close_end: int, open_start: int) -> Found | None:
    """Rule ``between-segments``: a cue and speaker between two parts of one quotation."""
    first = doc.token_at(close_end)
    end = doc.token_at(open_start)
    if end - first > _TAIL_REACH or end <= first:
        return None
    found = from_cues(doc, first, end, "between-segments")
    if found is not None and found.cue is not None and not found.mention.name:
        named = _unclosed_appositive(doc, first, found)
        if named is not None:  # “A,” Nate Silver, the guru who founded the site tweeted. “B”
            return Found("between-segments", named.mention, named.cue, named.zone)
    return found


def before_quote(doc: Document, open_start: int) -> Found | None:
    """Rule ``before-quote``: a speaker and cue before the opening mark, in its sentence.

    The lead starts after any quotation earlier in the sentence; when nothing is found there
    and the earlier marks pair up, they closed a quoted title inside a description, and the
    whole sentence is read for a cue after it: As X, author of “Y,” put it, “…”.
    """
    end = doc.token_at(open_start)
    if end == 0:
        return None
    first, _ = doc.sentence_bounds(end - 1)
    first = max(first, end - _LEAD_REACH)
    marks = [index for index in range(first, end) if _is_mark(doc.tokens[index])]
    if end <= first:
        return None
    last = doc.tokens[end - 1]
    dashed = is_dash(last, hyphen=True)  # "X boasted of his organization - “…” -"
    if last.text not in {",", ":"} and not dashed and last.lower not in doc.lexicon.verbs:
        return None
    lead = marks[-1] + 1 if marks else first
    found = _lead(doc, lead, end) if lead < end else None
    if found is None and marks and len(marks) % 2 == 0:
        found = _lead(doc, first, end)
        if found is not None and (found.cue is None or found.cue.first < marks[-1]):
            return None  # the cue must follow the title: the words before it are another's
    return found


def _in_opening_clause(doc: Document, cue: Cue, first: int, end: int) -> bool:
    """Tell whether a cue stands in a subordinate clause that opens the lead, with a main clause
    after its comma: "When Tapper asked whether …, | the Michigan Democrat was blunt:"."""
    tokens = doc.tokens
    opens = tokens[first].lower in _CLAUSE_OPENERS or (
        first + 1 < cue.first
        and tokens[first].text == ","
        and tokens[first + 1].lower in _CLAUSE_OPENERS
    )
    if not opens:
        return False
    comma = next((i for i in range(cue.last + 1, end) if tokens[i].text == ","), None)
    return comma is not None and comma + 1 < end and tokens[comma + 1].is_word


def _lead(doc: Document, first: int, end: int) -> Found | None:
    """Find the speaker and cue in the lead ``first``..``end`` before an opening mark."""
    last = doc.tokens[end - 1]
    found = None
    tokens, lexicon = doc.tokens, doc.lexicon
    if last.text == ":":
        # "But polls did predict the caucus - HuffPollster: “…”": a name after a dash speaks
        dashed = _name_colon(doc, first, end - 1, dashed_only=True)
        if dashed is not None:
            return dashed
    cues = find_cues(tokens, first, end, lexicon)
    for number in range(len(cues) - 1, -1, -1):
        cue = cues[number]
        if _reported_inside(doc, cue, cues[:number]):
            continue  # "X said the strike would continue “…”": the words are X's
        if _in_opening_clause(doc, cue, first, end):
            continue  # "When Tapper asked whether …, the senator was blunt: “…”"
        if cue.kind is CueKind.ACCORDING_TO:
            mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
        elif _shares_subject(doc, cue, first):
            mention = (
                _participle_subject(doc, cue, first)
                or _raised_subject(doc, cue, first)
                or _attribution_before(doc, cue, first)
                or _coordinated_subject(doc, cue, first)
                or clause_subject(doc, doc.sentence_bounds(cue.first)[0], cue)
            )
        else:
            passive = (
                cue.first - 1 >= first
                and tokens[cue.first - 1].lower in _PASSIVE
                and lexicon.verbs.get(tokens[cue.first].lower) not in _QUOTING
            )
            if passive:
                mention = _agent(doc, cue, end)  # "Sanders was asked by host Bill Maher, “…”"
            else:
                mention = relative_antecedent(
                    doc.text, tokens, cue.first, first, lexicon
                ) or speaker_before(doc.text, tokens, cue.first, first, lexicon)
            frames = lexicon.frames(tokens[cue.first].text)
            inverted = not passive and not frames & {"to", "listener"}
            if mention is None and cue.last + 1 < end and inverted:
                mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
        if mention is not None and mention.name:
            mention = _owner(doc, mention)  # "Osei-Bonsu’s reply was short:": the owner speaks
        if mention is not None and tokens[doc.token_at(mention.start)].lower in RELATIVE_PRONOUNS:
            continue  # "X wrote a passage | that civil rights lawyers still quote:": not them
        relative = cue.first - 1 > first and tokens[cue.first - 1].lower in {"that", "which"}
        if relative and (mention is None or not (mention.name or mention.pronoun)):
            # "Trump released a video | that said, “…”": who put the text out speaks
            mention = _issuer_of(doc, cue.first - 1, first) or mention
        if mention is not None:
            found = Found("before-quote", mention, cue, (tokens[first].start, tokens[end - 1].end))
            break
    if found is None and last.text == ":":
        found = _name_colon(doc, first, end - 1)
    if found is None and last.text == ":":
        found = _colon_subject(doc, first, end - 1)
    if found is None and last.text == ":":
        found = _object_colon(doc, first, end - 1)
    if found is None and last.is_word:
        found = _characterised(doc, first, end)  # "Brooks called the rule “…”"
    issued = end - 2 >= first and tokens[end - 2].lower in lexicon.document_nouns
    if found is None and last.text == "," and issued:
        found = _colon_subject(doc, first, end - 1)  # "Trump issued a statement, “…”"
    return found


def _owner(doc: Document, mention: Mention) -> Mention:
    """Return a name without its possessive "’s": "Osei-Bonsu’s" → "Osei-Bonsu"."""
    if doc.text[mention.end - 2 : mention.end] not in {"’s", "'s"}:
        return mention
    return Mention(mention.start, mention.end - 2, mention.kind, name=True)


def comma_subject(doc: Document, open_start: int) -> Found | None:
    """Rule ``comma-subject``: a named person heading a clause that ends in a comma before a
    quoted sentence, with no reporting verb: "Clinton shared her anxiety with donors, “I do
    not know which Donald Trump will show up.”". The caller checks that the words make a
    sentence of their own: a title or phrase after a comma ("his book, “Crippled America,”")
    is not a statement."""
    end = doc.token_at(open_start)
    if end == 0 or doc.tokens[end - 1].text != ",":
        return None
    first, _ = doc.sentence_bounds(end - 1)
    first = max(first, end - _LEAD_REACH)
    marks = [index for index in range(first, end) if _is_mark(doc.tokens[index])]
    lead = marks[-1] + 1 if marks else first
    if end - 2 >= lead and doc.tokens[end - 2].lower in _NAMING:
        return None  # "a column entitled, “Why …”": the words name a work
    if find_cues(doc.tokens, lead, end, doc.lexicon):
        return None  # "Trump was asked, “…”": the cue's reading stands, even with no speaker
    found = _colon_subject(doc, lead, end - 1)
    if found is None or not (found.mention.name or found.mention.pronoun):
        return None
    return Found("comma-subject", found.mention, None, found.zone)


def _characterised(doc: Document, first: int, end: int) -> Found | None:
    """Rule ``described-as``, for a direct quotation: "Imani Brooks called the rule “long
    overdue but still a huge victory.”" — the speaker characterises a short object in the
    quoted words."""
    tokens = doc.tokens
    for index in range(end - 2, max(first, end - _CHARACTERISED_OBJECT) - 1, -1):
        word = tokens[index].lower
        if not tokens[index].is_word or word in _STOPWORDS:
            return None  # "…, and the rule …": the object runs past a clause's edge
        if word not in CHARACTERISING or word in AS_OR_OF:
            continue
        cue = Cue(index, index, CueKind.VERB)
        mention = speaker_before(doc.text, tokens, index, first, doc.lexicon)
        if mention is None or not (mention.name or mention.pronoun or mention.title):
            return None
        return Found("described-as", mention, cue, (tokens[index].start, tokens[end - 1].end))
    return None


def _possessor(doc: Document, start: int, colon: int) -> Mention | None:
    """Return the possessive pronoun heading "His statement was brief:" or "Her answer to the
    crowd was blunt:": the owner of the words speaks."""
    tokens = doc.tokens
    start = clause_start(doc, start, colon)
    if start + 1 >= colon:
        return None
    noun = start + 1
    if noun + 1 < colon and tokens[noun].text.islower() and tokens[noun + 1].lower in _WORDS_SPOKEN:
        noun += 1  # "Her | opening | statement:"
    if tokens[noun].lower not in _WORDS_SPOKEN:
        return None
    owner = tokens[start]
    if owner.lower in _POSSESSORS:
        return Mention(owner.start, owner.end, SpeakerKind.PERSON, pronoun=True)
    if owner.text.endswith(("’s", "'s")) and owner.is_capitalized:
        # "Osei-Bonsu’s reply:": the name without its "’s"
        first = start
        while first > 0 and tokens[first - 1].is_capitalized and tokens[first - 1].is_word:
            first -= 1
        return Mention(tokens[first].start, owner.end - 2, SpeakerKind.PERSON, name=True)
    return None


def _reported_inside(doc: Document, cue: Cue, earlier: list[Cue]) -> bool:
    """Tell whether a cue after a modal stands inside the clause an earlier verb reports: "X
    said the strike | would continue | “…”"."""
    tokens = doc.tokens
    if cue.first == 0 or tokens[cue.first - 1].lower not in _MODALS:
        return False
    return any(
        c.kind is CueKind.VERB and "bare" in doc.lexicon.frames(tokens[c.first].text)
        for c in earlier
    )


def _colon_subject(doc: Document, first: int, colon: int) -> Found | None:
    """Rule ``colon-subject``: the subject of a clause that ends in a colon before a quotation.

    "Kasich resisted: “…”" / "Mr. Clinton released the following statement: ¶ “…”": with no
    reporting verb, a named or known speaker heading the clause introduces the words. A comma
    does so after a text the speaker put out: "Trump issued a statement, “…”".
    """
    start, _ = doc.sentence_bounds(colon)
    start = max(start, first)
    for index in range(colon - 3, start, -1):
        if doc.tokens[index].text in {"—", "–", ";"} or (
            doc.tokens[index].text == "-" and doc.tokens[index - 1].text == "-"
        ):
            # "… tempting that can be!— Cruz called them on it:", "TWEET OF THE DAY -- Rep. X:"
            start = index + 1
            break
    if colon - start < 2:
        return None
    owner = _possessor(doc, start, colon)
    if owner is not None:  # "His statement was brief:", "Her answer to the crowd was blunt:"
        return Found("colon-subject", owner, None, (doc.tokens[start].start, doc.tokens[colon].end))
    mention = clause_subject(doc, start, Cue(colon, colon, CueKind.VERB))
    if mention is not None and doc.tokens[doc.token_at(mention.start)].lower in RELATIVE_PRONOUNS:
        # "Mr. Pemberton wrote a passage that civil rights lawyers still quote:": the subject
        # of the sentence, not of the relative clause
        mention = speaker_after(doc.text, doc.tokens, start - 1, colon, doc.lexicon)
    named_body = mention is not None and (
        mention.kind is SpeakerKind.ORGANIZATION and doc.text[mention.start].isupper()
    )
    head = None if mention is None else doc.tokens[doc.token_at(mention.end) - 1]
    speaking = mention is not None and (mention.name or mention.pronoun or named_body)
    if not speaking and not (head is not None and is_speaker_noun(doc.lexicon, head)):
        # "Then he lowered his voice, and the room quieted with him:": the first clause's
        # subject, when the last clause's is no speaker
        joined = any(
            doc.tokens[i].text == "," and doc.tokens[i + 1].lower == "and"
            for i in range(start, colon - 1)
        )
        leading = speaker_after(doc.text, doc.tokens, start - 1, colon, doc.lexicon)
        if not joined or leading is None or not (leading.name or leading.pronoun):
            return None  # "The result was clear: “…”": no speaker heads the clause
        mention = leading
    if mention is None:
        return None
    mention = _text_author(doc, mention, colon) or mention
    return Found("colon-subject", mention, None, (doc.tokens[start].start, doc.tokens[colon].end))


def _text_author(doc: Document, mention: Mention, end: int) -> Mention | None:
    """Return who wrote a text the subject names: "this new headline | from | the Washington
    Post, which …:" → the Post."""
    tokens = doc.tokens
    after = doc.token_at(mention.end)
    head = tokens[after - 1] if after > 0 else None
    if head is None or head.lower not in doc.lexicon.document_nouns or mention.name:
        return None
    if after + 1 >= end or tokens[after].lower not in {"from", "in", "by"}:
        return None
    author = speaker_after(doc.text, tokens, after, end, doc.lexicon)
    if author is None or author.pronoun:
        return None
    return author


def _object_colon(doc: Document, first: int, colon: int) -> Found | None:
    """Rule ``name-colon``, at the end of a clause: "The timing doesn't surprise Republican
    pollster Daron Shaw: “…”" — a titled or full name ends the clause and nobody heads it."""
    mention = speaker_before(doc.text, doc.tokens, colon, first, doc.lexicon)
    if mention is None or not mention.name or mention.title is None:
        return None  # "Trump attacked Clinton: “…”": a bare name may be the one spoken of
    start, _ = doc.sentence_bounds(colon)
    subject = clause_subject(doc, max(start, first), Cue(colon, colon, CueKind.VERB))
    if subject is not None and (subject.name or subject.pronoun) and subject != mention:
        return None  # someone heads the clause: colon-subject's reading, or none
    return Found("name-colon", mention, None, (doc.tokens[first].start, doc.tokens[colon].end))


def _name_colon(
    doc: Document, first: int, colon: int, *, dashed_only: bool = False
) -> Found | None:
    """Rule ``name-colon``: a name alone before a colon, as in transcripts ("Clinton: “…”"),
    or after a dash ("Pollsters agree - Carl Bialik: “…”"; ``dashed_only`` asks for that)."""
    mention = speaker_before(doc.text, doc.tokens, colon, first, doc.lexicon)
    if mention is None or mention.pronoun:
        return None
    if not (mention.name or mention.title or mention.kind is SpeakerKind.ORGANIZATION):
        return None
    name_first = doc.token_at(mention.start)
    if doc.tokens[name_first].lower in _POSSESSORS:
        return None  # "Her message to the council was simple:": the owner speaks
    lead = name_first - 1
    if lead - 1 >= first and doc.tokens[lead].lower == "and":
        other = speaker_before(doc.text, doc.tokens, lead, first, doc.lexicon)
        if other is not None and other.name:  # "- Frank Newport and Jim Harter:": the first
            mention, name_first = other, doc.token_at(other.start)
            lead = name_first - 1
    while lead > first and doc.tokens[lead].lower in {"more", "from"}:
        lead -= 1  # "… - More from Blumenthal and Cohen:": a digest's credit line
    dashed = lead >= first and lead < name_first and is_dash(doc.tokens[lead], hyphen=True)
    if name_first - first > _NAME_COLON_LEAD and not dashed:
        return None  # "The report found one thing: “…”": no speaker stands alone
    if dashed_only and not dashed:
        return None
    mention = _text_author(doc, mention, colon) or mention  # "The report from the IG was blunt:"
    return Found("name-colon", mention, None, (doc.tokens[first].start, doc.tokens[colon].end))


def _shares_subject(doc: Document, cue: Cue, first: int) -> bool:
    """Tell whether a cue takes its speaker from the head of the clause.

    "…, saying, “…”" / "… and said: “…”" / "… to say, “…”": the subject is the sentence's.
    """
    tokens = doc.tokens
    if cue.first - 1 < first:
        # “…,” adding: “…”: a participle after a quoted phrase that ends in a comma
        return (
            cue.first >= 2
            and tokens[cue.first].lower.endswith("ing")
            and _is_mark(tokens[cue.first - 1])
            and tokens[cue.first - 2].text == ","
        )
    before = tokens[cue.first - 1]
    gerund = tokens[cue.first].lower.endswith("ing")
    if gerund and before.lower in DISPLAYS and tokens[cue.first].lower == "reading":
        return False  # "held a sign reading “…”": the sign reads
    if gerund and (before.lower not in _NOT_ADVERBIAL or before.lower == "by"):
        return True  # "…, saying" / "She followed that by saying"
    index = cue.first - 1
    while index > first and tokens[index].lower in doc.lexicon.speech_adverbs:
        index -= 1  # "… and later said", "… but then added"
    return tokens[index].lower in {"to", "and", "then", "but"}


def _agent(doc: Document, cue: Cue, end: int) -> Mention | None:
    """Read the agent of a passive cue: "was asked by | host Bill Maher"."""
    by = cue.last + 1
    if by + 1 >= end or doc.tokens[by].lower != "by":
        return None
    mention = speaker_after(doc.text, doc.tokens, by, end, doc.lexicon)
    return mention if mention is not None and not mention.pronoun else None


def _participle_subject(doc: Document, cue: Cue, first: int) -> Mention | None:
    """Read "with Trump reportedly yelling": a participle with a subject of its own after "with"."""
    tokens = doc.tokens
    if not tokens[cue.first].lower.endswith("ing"):
        return None
    if tokens[cue.first - 1].text == ",":
        return None
    mention = speaker_before(doc.text, tokens, cue.first, first, doc.lexicon)
    if mention is None or not (mention.name or mention.pronoun):
        return None
    lead = doc.token_at(mention.start) - 1
    return mention if lead >= first and tokens[lead].lower == "with" else None


def _coordinated_subject(doc: Document, cue: Cue, first: int) -> Mention | None:
    """Read the subject of the clause a cue is joined to by "and": "Mrs. Clinton drew cheers
    as she thanked her home state and then boomed, “…”" → she; "…, he laughed and said" → he.

    The joined clause opens after a comma or a subordinating word; with none, the sentence's
    own subject is left to ``clause_subject``.
    """
    tokens = doc.tokens
    index = cue.first - 1
    while index > first and _is_adverb_word(doc, tokens[index]):
        index -= 1
    if tokens[index].lower not in {"and", "but"}:
        return None
    for back in range(index - 1, first - 1, -1):
        word = tokens[back]
        if word.text == "," or word.lower in _SUBORDINATORS:
            mention = speaker_after(doc.text, tokens, back, index, doc.lexicon)
            if mention is None or not (mention.pronoun or mention.name):
                return None
            after = doc.token_at(mention.end)
            return mention if after < index and tokens[after].text.islower() else None
        if _is_mark(word) or word.lower == "that":
            return None
    return None


def _raised_subject(doc: Document, cue: Cue, first: int) -> Mention | None:
    """Read "Mr. Trump was prompted to say" / "she was quick to add": the subject of "was"."""
    tokens = doc.tokens
    to = cue.first - 1
    if to - 2 < first or tokens[to].lower != "to":
        return None
    for aux in range(to - 1, max(first, to - 3) - 1, -1):
        word = tokens[aux]
        if word.lower in {"was", "is", "were", "are"}:
            mention = speaker_before(doc.text, tokens, aux, first, doc.lexicon)
            return mention if mention is not None and (mention.name or mention.pronoun) else None
        if not (word.is_word and word.text.islower()):
            return None
    return None


def _attribution_before(doc: Document, cue: Cue, first: int) -> Mention | None:
    """Read "…, Nefzi said, adding, “…”": the attribution just before a participle's comma."""
    tokens = doc.tokens
    comma = cue.first - 1
    if comma <= first or tokens[comma].text != ",":
        return None
    start = comma - 1
    while start > first and comma - start < _TAIL_REACH and tokens[start - 1].text != ",":
        start -= 1
    found = from_cues(doc, start, comma, "before-quote")
    if found is None:
        return None
    if not _fills_chunk(doc, found, start, comma):
        return None  # "X emailed supporters on Monday, telling …": an object, not the speaker
    return found.mention


def _fills_chunk(doc: Document, found: Found, start: int, comma: int) -> bool:
    """Tell whether an attribution is all the words before a comma: "Nefzi said" / "said Nefzi".

    The speaker opens the words ("Nefzi told reporters on Tuesday") or, after the verb that
    opens them, ends them ("said Nefzi").
    """
    if found.cue is None:
        return False
    mention_first = doc.token_at(found.mention.start)
    if found.mention.start < doc.tokens[found.cue.first].start:
        return mention_first == start or _only_description(doc, start, mention_first)
    return found.cue.first == start and doc.tokens[comma - 1].end <= found.mention.end + 1


def _only_description(doc: Document, start: int, mention_first: int) -> bool:
    """Tell whether only a title stands before a name: "Party chair Jane Doe said"."""
    words = doc.tokens[start:mention_first]
    return len(words) <= _TITLE_LEAD and all(
        t.is_word and t.lower not in doc.lexicon.verbs for t in words
    )


def dateline_end(doc: Document, first: int, limit: int) -> int:
    """Return the token after a dateline at ``first``, else ``first``.

    "WASHINGTON — …" / "ORLANDO, Fla. (Reuters) - …" / "Washington (AFP) – …" / "MUMBAI: …".
    """
    tokens = doc.tokens
    opens_caps = tokens[first].text.isupper() and len(tokens[first].text) > 1
    for index in range(first + 1, min(limit, first + _DATELINE_REACH)):
        if is_dash(tokens[index], hyphen=True):
            if opens_caps or tokens[index - 1].text == ")":
                return index + 1
            return first
        if tokens[index].text == ":" and opens_caps and index == first + 1:
            return index + 1  # "MUMBAI: …"
        if tokens[index].text in {";", ":", "“", '"'}:
            return first
    return first


def clause_start(doc: Document, first: int, limit: int) -> int:
    """Return the token where a clause's subject starts: past a dateline and opening phrases.

    "On Tuesday, Mr. Obama deflected …" → "Mr."; "WASHINGTON — Sen. Smith said …" → "Sen.".
    """
    tokens = doc.tokens
    start = dateline_end(doc, first, limit)
    if start + 1 < limit and tokens[start].lower in {"but", "and", "yet", "so"}:
        start += 1  # "… , but he gave the Texan a back-handed compliment: “…”"
    for _ in range(_OPENING_PHRASES):
        comma = next((i for i in range(start, limit) if tokens[i].text == ","), None)
        lead = start
        if lead + 1 < limit and tokens[lead].lower.endswith("ly") and tokens[lead].is_word:
            lead += 1  # "Immediately after the attacks, …"
        participle = (  # "Reached by phone Thursday, …", "Pressed on the issue, …"
            tokens[start].lower.endswith("ed")
            and start + 1 < limit
            and tokens[start + 1].lower in {"by", "about", "on", "for", "after", "in", "at"}
        )
        if comma is None or not (
            tokens[lead].lower in _OPENING_WORDS
            or participle
            or tokens[start].lower.endswith("ing")
            or tokens[comma - 1].lower in {"later", "ago", "earlier", "before", "after"}
        ):
            break
        if tokens[lead].lower in _PREPOSITIONS_OPENING and any(
            t.lower in _SUBJECT_PRONOUNS for t in tokens[lead + 1 : comma]
        ):
            break  # "On Saturday | she appeared with X, a pastor": the subject came before
        start = comma + 1  # "Last month, when I asked him, he …": past each opening phrase
        start = _past_region(doc, start, limit)
    return start


def _past_region(doc: Document, start: int, limit: int) -> int:
    """Skip the region that follows a place: "At a rally in Portsmouth, | N.H., | on Tuesday"."""
    tokens = doc.tokens
    place = tokens[start - 2] if start >= 2 else None
    if place is None or not (place.is_capitalized and place.is_word):
        return start
    for index in range(start, min(limit, start + _REGION_REACH + 1)):
        token = tokens[index]
        if token.text == ",":
            if index == start or index + 1 >= limit:
                return start
            if tokens[index + 1].text.islower() or tokens[index - 1].text.endswith("."):
                return index + 1  # "Portsmouth, N.H., on Tuesday" / "Beaumont, Tex., Mr. Trump"
            region = " ".join(t.lower for t in tokens[start:index])
            if region in doc.lexicon.regions:
                return index + 1  # "In Columbus, Ohio, Sheila Marquand said"
            return start  # "In Kyiv, Zelensky, who …": a name, left alone
        if not (token.is_capitalized and token.is_word):
            return start
    return start


def clause_subject(doc: Document, first: int, cue: Cue) -> Mention | None:
    """Read the subject at the head of a clause, after an opening phrase and its comma.

    "On Tuesday, Mr. Obama deflected the question, saying …" → Mr. Obama.
    """
    tokens = doc.tokens
    start = clause_start(doc, first, cue.first)
    if start >= cue.first:
        return None
    mention = speaker_after(doc.text, tokens, start - 1, cue.first, doc.lexicon)
    if mention is None or mention.pronoun:
        return mention
    return _named_in_apposition(doc, mention, cue.first) or mention


def _named_in_apposition(doc: Document, mention: Mention, limit: int) -> Mention | None:
    """Return the name set off by commas after a description that heads a clause: "The
    Conservative MP for Wolds and Coast, | Harriet Denholm-Ashby |, waded in …"."""
    tokens = doc.tokens
    index = doc.token_at(mention.end)
    head = tokens[index - 1]
    if mention.name and head.lower.rstrip(".") not in doc.lexicon.title_heads:
        return None  # "Jane Doe, Tom Smith, and …": a list of names, not an apposition
    comma = next(
        (i for i in range(index, min(limit, index + _APPOSITION_REACH)) if tokens[i].text == ","),
        None,
    )
    if comma is None or any(_is_mark(t) for t in tokens[index:comma]):
        return None
    named = speaker_after(doc.text, tokens, comma, limit, doc.lexicon)
    if named is None or not named.name or named.kind is not SpeakerKind.PERSON:
        return None
    after = doc.token_at(named.end)
    if after >= limit or tokens[after].text != ",":
        return None  # "…, Harriet Denholm-Ashby, waded in": the name closes with a comma
    if named.title is not None:
        return named
    title = doc.text[mention.start : mention.end]
    return Mention(named.start, named.end, named.kind, name=True, title=title)


def intro_paragraph(doc: Document, paragraph: int) -> Found | None:
    """Rule ``colon-intro``: the previous paragraph ends with "<speaker> <cue> …:"."""
    if paragraph == 0:
        return None
    p_start, p_end = doc.paragraphs[paragraph - 1]
    if not doc.text[p_start:p_end].rstrip().endswith(":"):
        return None
    end = doc.token_at(p_end)
    first, _ = doc.sentence_bounds(max(end - 1, 0))
    found = from_cues(doc, first, end, "colon-intro")
    if found is None and doc.tokens[end - 1].text == ":":
        found = _colon_subject(doc, first, end - 1)
    return found


def last_sentence_speaker(doc: Document, paragraph: int) -> Found | None:
    """Find "X said." or "X told reporters." as the last sentence of the paragraph before."""
    if paragraph == 0:
        return None
    p_start, p_end = doc.paragraphs[paragraph - 1]
    end = doc.token_at(p_end)
    if end == 0:
        return None
    first, _ = doc.sentence_bounds(end - 1)
    first = _after_last_mark(doc, max(first, doc.token_at(p_start)), end)
    if end - first <= 1:
        return None
    found = from_cues(doc, first, end, "floating")
    if found is None or found.cue is None or found.cue.first - first > 12:
        return None
    asked = doc.lexicon.verbs.get(doc.tokens[found.cue.first].lower) == "ask"
    opener = doc.token_at(found.mention.start) - 1
    if asked and opener > first and doc.tokens[opener].lower in _CLAUSE_OPENERS:
        # "Cruz was defiant when reporters asked about the polls. ¶ “…”": the one asked answers
        subject = clause_subject(doc, first, Cue(opener, opener, CueKind.VERB))
        return None if subject is None else Found("floating", subject, None, found.zone)
    return found


def paragraph_subject(doc: Document, paragraph: int) -> Found | None:
    """Rule ``paragraph-subject``: a quotation alone in its paragraph after a paragraph about a
    named person, or one a pronoun stands for, with no quotation in it: "Viguerie is upbeat
    about Cruz’s chances. ¶ “…”", "“…,” Miller said. ¶ She pauses. ¶ “…”"."""
    if paragraph == 0:
        return None
    p_start, p_end = doc.paragraphs[paragraph - 1]
    first, end = doc.token_at(p_start), doc.token_at(p_end)
    if end - first < 3 or any(_is_mark(t) for t in doc.tokens[first:end]):
        return None
    last, _ = doc.sentence_bounds(end - 1)
    for index in range(end - 2, last, -1):
        if doc.tokens[index].text == "," and doc.tokens[index + 1].lower == "and":
            last = index + 2  # "The line has become …, and on Sunday she delivered it again."
            break
    start = clause_start(doc, last, end)
    if doc.tokens[start].lower in _OPENING_WORDS:
        # "on Sunday she delivered it": an opening phrase with no comma before the subject
        start = next(
            (i for i in range(start, min(end, start + 5)) if doc.tokens[i].lower in _PERSONAL),
            start,
        )
    issued = _issuer(doc, start, end)
    if issued is not None:  # "The ministry issued a statement on Tuesday. ¶ “…”"
        return Found(
            "paragraph-subject", issued, None, (doc.tokens[last].start, doc.tokens[end - 1].end)
        )
    mention = speaker_after(doc.text, doc.tokens, start - 1, end, doc.lexicon)
    personal = mention is not None and doc.text[mention.start : mention.end].lower() in _PERSONAL
    if mention is None or not (mention.name or personal):
        return None  # "It was a cold night. ¶ “…”": no one
    opening = doc.token_at(mention.start)
    titled = mention.title is not None and all(
        doc.tokens[i].is_capitalized or doc.tokens[i].lower in doc.lexicon.title_words
        for i in range(start, opening)
    )  # "Asked about the delay, | Governor | Ann Lee did not hesitate."
    if opening != start and not titled:
        return None
    if mention.name and not _named_before(doc, mention):
        return None  # "Nonpartisan forecasters rate …", "Parents packed …": no one named
    return Found(
        "paragraph-subject", mention, None, (doc.tokens[last].start, doc.tokens[end - 1].end)
    )


def _issuer_of(doc: Document, relative: int, first: int) -> Mention | None:
    """Return who put out the text a relative pronoun stands for: "Trump released a marketing
    video | that said" / "posted a video on Twitter | which said" → Trump; else None."""
    tokens = doc.tokens
    reach = max(first, relative - _ISSUED_REACH)
    verb = next(
        (i for i in range(relative - 1, reach - 1, -1) if tokens[i].lower in _ISSUING), None
    )
    if verb is None or not all(t.is_word for t in tokens[verb + 1 : relative]):
        return None
    nouns = [i for i in range(verb + 1, relative) if tokens[i].lower in doc.lexicon.document_nouns]
    if not nouns or nouns[-1] > verb + 3:
        # "Protesters held a sign that said": no text put out; "posted her message under a
        # headline that said": the headline is no text she put out
        return None
    subject = speaker_before(doc.text, tokens, verb, first, doc.lexicon)
    if subject is None or tokens[doc.token_at(subject.end) - 1].lower in doc.lexicon.document_nouns:
        return None
    return subject


def _issuer(doc: Document, start: int, end: int) -> Mention | None:
    """Return who put out a text in a clause: "The ministry issued a statement on Tuesday" →
    the ministry, whose words the quotation paragraph after it gives."""
    tokens = doc.tokens
    verb = next((i for i in range(start + 1, end) if tokens[i].lower in _ISSUING), None)
    if verb is None or not any(t.lower in _ISSUED for t in tokens[verb + 1 : verb + 4]):
        return None  # "released a statement", "sent a letter"
    subject = speaker_before(doc.text, tokens, verb, start, doc.lexicon)
    if subject is None or subject.pronoun or doc.token_at(subject.start) > start + 1:
        return None
    return subject


def _named_before(doc: Document, mention: Mention) -> bool:
    """Tell whether a one-word name closes a fuller name earlier in the text ("Richard
    Viguerie … Viguerie is upbeat"); a name of two words or more is a name by itself."""
    words = doc.text[mention.start : mention.end].split()
    if len(words) > 1:
        return True
    fuller = re.compile(rf"[A-Z][\w.’'-]* {re.escape(words[0])}\b")
    return fuller.search(doc.text, max(0, mention.start - _NAME_REACH), mention.start) is not None


def dash_line(doc: Document, paragraph: int) -> Found | None:
    """Rule ``dash``: a short paragraph "— Jane Doe" right after a quotation."""
    if paragraph + 1 >= len(doc.paragraphs):
        return None
    start, end = doc.paragraphs[paragraph + 1]
    first, last = doc.token_at(start), doc.token_at(end)
    if (
        last - first > _DASH_LINE
        or first >= len(doc.tokens)
        or not is_dash(doc.tokens[first], hyphen=True)
    ):
        return None
    closing = last - 1
    while closing > first and doc.tokens[closing].text == ".":
        closing -= 1
    if is_dash(doc.tokens[closing]):
        return None  # "– An immigrant himself –": a subheading between dashes
    mention = speaker_after(doc.text, doc.tokens, first, last, doc.lexicon)
    if mention is None or not _ends_signature(doc, mention, last):
        return None
    return Found("dash", mention, Cue(first, first, CueKind.DASH), (start, end))


def _ends_signature(doc: Document, mention: Mention, last: int) -> bool:
    """Tell whether a dash line signs a quotation rather than starting a clause or a list item.

    The name ends the line, or a comma, bracket or preposition follows it ("— Jane Doe, a
    teacher", "- Sen. Doe (D-Vt.)"), not more words ("- Reduce taxes for families").
    """
    after = doc.token_at(mention.end)
    return after >= last or doc.tokens[after].lower in _SIGNATURE_FOLLOWERS


def _after_last_mark(doc: Document, first: int, end: int) -> int:
    """Return the first token after the last quote mark in tokens ``first``..``end``."""
    for index in range(end - 1, first - 1, -1):
        if _is_mark(doc.tokens[index]):
            return index + 1
    return first


def previous_sentence(doc: Document, open_start: int) -> Found | None:
    """Rule ``previous-sentence``: “A,” X said. “B.” / X said Y. “B.”: the sentence before.

    The attribution must open the words after that sentence's last quotation, and a verb like
    "told" must have its speaker before it ("X told reporters."), not after.
    """
    end = doc.token_at(open_start)
    if end == 0:
        return None
    first, _ = doc.sentence_bounds(end - 1)
    first = _after_last_mark(doc, first, end - 1)
    if doc.tokens[first].lower in QUESTIONED:
        # "Asked how he expected to be received, the out-half laughed. “…”": the question put
        # to the subject is no attribution
        comma = next((i for i in range(first, end - 1) if doc.tokens[i].text == ","), first)
        first = comma + 1 if comma > first else first
    if end - first <= 1:
        return None
    found = None
    for index in range(end - 2, first, -1):
        if doc.tokens[index].text == "," and doc.tokens[index + 1].lower == "and":
            # “A,” X said, and her husband cut in. “B.”: the last clause's speaker
            found = from_cues(doc, index + 2, end, "previous-sentence")
            if found is not None:
                first = index + 2
            break
    if found is None:
        found = from_cues(doc, first, end, "previous-sentence")
    if found is None or found.cue is None or found.cue.first - first > _PREVIOUS_REACH:
        return None
    frames = doc.lexicon.frames(doc.tokens[found.cue.first].text)
    if frames & {"to", "listener"} and found.mention.start > doc.tokens[found.cue.first].start:
        return None  # "… told Smith.": Smith was told, he did not speak
    return found


def _past_relative(doc: Document, index: int, end: int) -> int:
    """Return the token after a relative clause set off by commas at ``index`` ("One former
    player | , who transferred …, | was less sentimental"), else ``index``."""
    tokens = doc.tokens
    if index + 1 >= end or tokens[index].text != "," or tokens[index + 1].lower not in _WHO:
        return index
    close = next((i for i in range(index + 2, end) if tokens[i].text == ","), None)
    return index if close is None else close + 1


def beat_subject(doc: Document, open_start: int) -> Found | None:
    """Rule ``beat-subject``: a short sentence about what someone did, then a quotation in the
    same paragraph: "She shook her head. “We disagree.”" — the one who acted speaks."""
    end = doc.token_at(open_start)
    if end == 0:
        return None
    first, _ = doc.sentence_bounds(end - 1)
    if doc.paragraph_of(doc.tokens[first].start) != doc.paragraph_of(open_start):
        return None
    if any(_is_mark(t) for t in doc.tokens[first:end]):
        return None
    mention = speaker_after(doc.text, doc.tokens, first - 1, end, doc.lexicon)
    if mention is None or doc.token_at(mention.start) != first:
        return None
    spoken = mention.pronoun and doc.text[mention.start : mention.end].lower() in _PERSONAL
    described = mention.kind is SpeakerKind.PERSON and not mention.pronoun  # "One former player"
    if not (spoken or described):
        return None  # "It was late. “…”", "The room fell silent. “…”": no one acts
    head_end = doc.token_at(mention.end)
    after = _past_relative(doc, head_end, end)  # "X, who transferred …, was less sentimental"
    # "X released a statement through her agent on Monday evening. “…”": the statement follows
    issued = any(t.lower in doc.lexicon.document_nouns for t in doc.tokens[after:end])
    if (end - first) - (after - head_end) > (_ISSUED_TOKENS if issued else _BEAT_TOKENS):
        return None
    if find_cues(doc.tokens, first, head_end, doc.lexicon) or find_cues(
        doc.tokens, after, end, doc.lexicon
    ):
        return None  # a cue of its own is previous-sentence's reading
    verb = doc.tokens[after] if after < end else None
    if verb is None or not verb.is_word or not verb.text.islower():
        return None  # "She | shook …", "He | pauses": a verb right after the subject
    if verb.lower in doc.lexicon.determiners or verb.lower in {"of", "and", "who", "whose"}:
        return None
    return Found("beat-subject", mention, None, (doc.tokens[first].start, doc.tokens[end - 1].end))
