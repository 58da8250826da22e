"""Find reported speech without quote marks (indirect) or with quoted words inside it (mixed).

Named rules, tried in order on each sentence (or the part of a sentence before a direct
quotation):

- ``according-to-first``: According to X, CLAUSE;
- ``quoted-saying``: The Wall Street Journal quoted X saying that CLAUSE;
- ``speaker-cue-clause``: X said (that) CLAUSE / X told Reuters that CLAUSE / X vowed to …
  / X asked whether … / …, saying CLAUSE (the sentence's subject speaks);
- ``clause-speaker-cue``: CLAUSE, X said / CLAUSE, said X / A, X said, B (two parts);
- ``clause-according-to``: CLAUSE, according to X;
- ``possessive-claim``: X's claim that CLAUSE (reporting nouns, reporting_nouns.txt).

The content is the reported clause only: no "that", no cue, no speaker, no final full stop, and
it stops at a clause boundary (", which", "; ", ", but" before another verb) rather than always
at the sentence's end. Verbs of belief and evidence (clause_verbs.tsv) report clauses only.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.attribute import Document, clause_start, clause_subject, dateline_end
from app.extract.cues import AS_OR_OF, CHARACTERISING, DEFINITE, QUESTIONED, Cue, CueKind, cue_at
from app.extract.lexicon import Lexicon
from app.extract.mentions import (
    Mention,
    described_after,
    obtained_by,
    speaker_after,
    speaker_before,
)
from app.extract.model import SpeakerKind
from app.extract.tokens import Token

_OBJECT_REACH = 8  # tokens between "told" and its "that": "told The Wall Street Journal that"
_LEAD_REACH = 14  # tokens between a clause's comma and the verb of "…, X said"
_SUBJECT_REACH = 12  # tokens a subject noun phrase may span
_INFINITIVE_REACH = 6  # tokens between "urged" and "to": "urged the voters of Ohio to"
_WH_REACH = 5  # tokens between "asked" and "whether"
_FINITE_REACH = 10  # tokens after a bare clause's subject where its verb must show
_MIN_WORDS = 3  # a shorter clause is not a statement
_APPOSITIVE_REACH = 32  # tokens from a clause-opening name to the cue after its appositive
_LISTENER_REACH = 5  # tokens of the listener after "told": "told The Wall Street Journal"
# who is told, in lower case, besides the group nouns ("told reporters the plan had failed"):
# "told viewers", "told the jury"
_LISTENERS = frozenset(
    {
        "me",
        "us",
        "him",
        "her",
        "them",
        "parliament",
        "congress",
        "court",
        "jury",
        "judge",
        "committee",
        "panel",
        "tribunal",
        "hearing",
        "council",
        "crowd",
        "audience",
        "inquiry",
        "viewers",
        "listeners",
        "readers",
        "donors",
        "followers",
    }
)

_NOMINATIVE = frozenset({"he", "she", "they", "it", "we", "i", "you", "there"})
_STOPS = frozenset({"who", "which", "when", "where", "whose", "if", "as", "because", "while"})
_WH = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who", "which"})
_SHARED = frozenset({"and", "but"})  # "… and said": the verb shares the sentence's subject
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})  # "was asked"
# what may end the words before a speaker: "Moreover,", "… and", "When asked, X said …"
_LEAD_ENDS = frozenset(
    {
        ",",
        ";",
        ":",
        "—",
        "–",
        "and",
        "but",
        "yet",
        "so",
        "because",
        "while",
        "although",
        "though",
        "where",
        "since",
        "as",
        "after",
        "before",
        "when",
        "whereas",
    }
)
# where a reported clause stops early: ", which …", ", saying …"
_CUT_WORDS = frozenset(
    {
        "which",
        "who",
        "while",
        "although",
        "though",
        "whereas",
        "saying",
        "adding",
        "noting",
        "calling",
        "citing",
        "arguing",
        "according",
    }
)
# what may follow "X said" in "CLAUSE, X said on Tuesday in Paris."
_ADJUNCTS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "last",
        "this",
        "earlier",
        "later",
        "recently",
        "yesterday",
        "today",
        "tonight",
        "previously",
        "again",
        "also",
        "then",
        "afterward",
        "of",
        "about",
        "while",
        "when",
        "as",
        "from",
        "by",
        "with",
        "to",
        "via",
        "over",
        "through",
        "late",
        "early",
    }
)
# words that open a phrase before the subject, not a statement: "In a statement, X said, “…”"
_PHRASE_OPENERS = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "asked",
        "speaking",
        "following",
        "regarding",
        "responding",
        "referring",
        "discussing",
        "addressing",
        "pressed",
        "told",
        "questioned",
        "interviewed",
    }
)
# prepositions that open a phrase of time or cause before a sentence's subject
_ADVERBIAL_OPENERS = frozenset(
    {"after", "before", "during", "following", "amid", "since", "despite", "throughout", "until"}
)
_BOUNDS = frozenset({",", ".", "!", "?", ";", ":", "—", "–", "--", ")"})
_CLAUSE_BREAKS = frozenset({";", "—", "–", "--"})
_MARKS = frozenset({"“", '"', "''", "``", "‘"})
_CLOSING_MARKS = frozenset({"”", '"', "''", "’"})
_CHARACTER_REACH = 24  # tokens from such a verb to its "as “" or "of “"
# a day or time right after a verb of saying, before its clause: "said Tuesday the …"
_WHEN_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "recently",
        "again",
        "also",
    }
)
_TIMES_OF_DAY = frozenset({"on", "morning", "afternoon", "evening", "night"})  # "on Monday night"
_TAIL_ATTRIBUTION = 6  # tokens of "…, Xinhua reported." / "…, state media said."
_SOURCE_WORDS = frozenset({"state", "media", "news", "agency", "officials", "police", "sources"})
_QUANTIFIERS = frozenset(
    {"some", "many", "most", "several", "few", "all", "both", "other", "others"}
)


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement: its content span, speaker mention, cue and rule."""

    start: int
    end: int
    mention: Mention
    cue: Cue
    rule: str
    zone: tuple[int, int]
    tail: tuple[int, int] | None = None  # words after the content: ", Xinhua reported"


def _lemma(doc: Document, index: int) -> str | None:
    word = doc.tokens[index].lower
    return doc.lexicon.verbs.get(word) or doc.lexicon.clause_verbs.get(word)


def _frames(doc: Document, cue: Cue) -> frozenset[str]:
    lemma = _lemma(doc, cue.first)
    return doc.lexicon.verb_frames.get(lemma or "", frozenset())


def _reporting_cue(tokens: list[Token], index: int, lexicon: Lexicon) -> Cue | None:
    """Return the cue at token ``index`` if it can report a clause ("began" cannot)."""
    cue = cue_at(tokens, index, lexicon)
    if cue is None or "quote" in lexicon.frames(tokens[cue.first].text):
        return None
    return cue


def _cue(doc: Document, index: int) -> Cue | None:
    """Return the cue at token ``index``: a reporting verb, "according to", or a clause verb."""
    cue = _reporting_cue(doc.tokens, index, doc.lexicon)
    if cue is not None:
        return cue
    token = doc.tokens[index]
    if token.is_word and not token.is_capitalized and token.lower in doc.lexicon.clause_verbs:
        if index > 0 and doc.tokens[index - 1].lower in DEFINITE:
            return None  # "In the show, Maher said …": a noun after an article
        return Cue(index, index, CueKind.VERB)
    return None


def _pronoun_part(word: str) -> str:
    """Return "he" for "he’s" and "they" for "they'll"; other words unchanged."""
    for apostrophe in ("’", "'"):
        if apostrophe in word:
            return word.split(apostrophe)[0]
    return word


def _is_finite(doc: Document, word: str, text: str) -> bool:
    return (
        word in doc.lexicon.finite_verbs
        or (word.endswith("ed") and len(word) > 4 and text.islower())
        or (_pronoun_part(word) != word and _pronoun_part(word) in _NOMINATIVE)
    )


def _finite_ahead(doc: Document, first: int, end: int) -> bool:
    """Tell whether a finite verb shows soon after ``first``: "the plan had failed"."""
    for token in doc.tokens[first : min(end, first + _FINITE_REACH)]:
        if token.text in {",", ";", ":", "."}:
            return False
        if _is_finite(doc, token.lower, token.text):
            return True
    return False


def _has_words(doc: Document, first: int, end: int, count: int = _MIN_WORDS) -> bool:
    """Tell whether tokens ``first``..``end`` hold at least ``count`` words (stops early)."""
    found = 0
    for index in range(first, end):
        if doc.tokens[index].is_word:
            found += 1
            if found >= count:
                return True
    return False


def _content_end(doc: Document, last: int) -> int:
    """Return the end offset of the clause whose last token is ``last``, final stop dropped."""
    while last >= 0 and doc.tokens[last].text in {".", "!", "?", ";", ","}:
        last -= 1
    return doc.tokens[last].end


def _end_of_content(doc: Document, clause: int, end: int) -> int:
    """Return where a reported clause ends: an earlier clause boundary, else the sentence's end."""
    tokens, lexicon = doc.tokens, doc.lexicon
    for index in range(clause + 3, end - 1):
        mark = tokens[index].text
        if mark in _CLAUSE_BREAKS:
            return _content_end(doc, index)
        if mark != ",":
            continue
        if (
            index + 3 < end
            and tokens[index + 1].text in _CLOSING_MARKS
            and tokens[index + 2].lower in _SHARED
            and (
                tokens[index + 3].lower in _NOMINATIVE
                or (tokens[index + 2].lower == "but" and tokens[index + 3].is_capitalized)
            )
        ):
            return _content_end(doc, index + 1)  # “…,” but he / but Halloway …: the writer goes on
        following = tokens[index + 1].lower
        if following in _CUT_WORDS or _attribution_follows(doc, index + 1, end):
            return _content_end(doc, index)
        if following in _SHARED and index + 2 < end:
            after = tokens[index + 2]
            if (
                after.text.islower()
                and after.lower not in lexicon.pronouns
                and (after.lower not in lexicon.determiners and after.lower not in _NOMINATIVE)
            ):
                return _content_end(doc, index)  # ", and added …": a second predicate
            if any(_cue(doc, j) for j in range(index + 2, min(end, index + 10))):
                return _content_end(doc, index)  # ", but Smith said …": another statement
    return _content_end(doc, end - 1)


def _attribution_follows(doc: Document, first: int, end: int) -> bool:
    """Tell whether "Xinhua reported" / "state media said" ends the sentence from ``first``."""
    tokens = doc.tokens
    for index in range(first, min(end, first + _TAIL_ATTRIBUTION)):
        token = tokens[index]
        cue = _cue(doc, index)
        if cue is not None:
            rest = tokens[cue.last + 1 : end]
            return index > first and all(t.text in {".", "!", "?"} for t in rest)
        if not token.is_word or (token.text.islower() and token.lower not in _SOURCE_WORDS):
            return False
    return False


def _clause_start(doc: Document, cue: Cue, end: int) -> int | None:
    """Return the first token of the clause a verb reports, or None when there is none."""
    tokens, lexicon = doc.tokens, doc.lexicon
    after = cue.last + 1
    for index in range(after, min(end, after + _OBJECT_REACH)):
        token = tokens[index]
        if token.lower == "that":
            if tokens[index - 1].lower in lexicon.reporting_nouns and _owned(tokens, index - 1):
                return None  # "disputed the governor’s claim that …": the noun's content
            return index + 1
        if token.lower == "as" and index + 1 < end and tokens[index + 1].lower in lexicon.verbs:
            continue  # "was quoted as saying that …"
        if token.text in {".", ";", *_MARKS} or token.lower in _STOPS:
            break
        if token.lower in _SHARED and tokens[index - 1].text == ",":
            break  # "said the budget was balanced, and added that …": the next verb's "that"
    frames = _frames(doc, cue)
    while after < end:
        if tokens[after].lower in _WHEN_WORDS:
            after += 1  # "The mayor said Tuesday the city would appeal" (news style)
        elif (
            tokens[after].lower in {"on", "late", "early", "last"}
            and after + 1 < end
            and tokens[after + 1].lower in _WHEN_WORDS
        ):
            after += 2  # "said on Tuesday it would cut 600 jobs"
        else:
            break
    if after >= end or not frames & {"bare", "finite"}:
        return None
    token = tokens[after]
    if token.lower == "to" or token.text in {",", ":", "."}:
        return None  # "said to be", "said:", "said."
    if token.lower in {"as", "while", "when", "after", "before"}:
        return None  # "said as he launched the process": an adjunct, not what was said
    word = _pronoun_part(token.lower)
    if not (
        word in lexicon.pronouns
        or token.lower in lexicon.determiners
        or (token.is_capitalized and token.is_word)
        or (token.is_word and _finite_ahead(doc, after + 1, end))  # "said prices would rise"
    ):
        return None
    if _lemma(doc, cue.first) == "tell":
        return _after_listener(doc, after, end)  # "told Reuters the plan had failed"
    if "bare" not in frames and word not in _NOMINATIVE and not _finite_ahead(doc, after + 1, end):
        return None  # "noted the date": an object, not a clause
    return after


def _owned(tokens: list[Token], noun: int) -> bool:
    """Tell whether a possessive stands right before a noun: "the governor’s claim"."""
    owner = tokens[noun - 1] if noun > 0 else None
    return owner is not None and (owner.lower.endswith(("’s", "'s")) or owner.text in {"’", "'"})


def _after_listener(doc: Document, first: int, end: int) -> int | None:
    """Return where the clause starts after the listener of "told": "told Reuters | the …"."""
    tokens = doc.tokens
    index = first
    if index < end and tokens[index].lower == "the":
        index += 1
    listener_end = index
    while (
        listener_end < end
        and listener_end - index < _LISTENER_REACH
        and (tokens[listener_end].is_capitalized and tokens[listener_end].is_word)
    ):
        listener_end += 1
    if listener_end == index:
        word = tokens[index].lower if index < end else ""
        lexicon = doc.lexicon
        if word in _LISTENERS or word in lexicon.group_nouns or word in lexicon.outlet_nouns:
            listener_end = index + 1
        else:
            return None
    if listener_end >= end:
        return None
    start = tokens[listener_end]
    word = _pronoun_part(start.lower)
    opens = word in _NOMINATIVE or start.lower in doc.lexicon.determiners or start.is_capitalized
    if opens and _finite_ahead(doc, listener_end + 1, end):
        return listener_end
    return None


def _infinitive_start(doc: Document, cue: Cue, end: int) -> int | None:
    """Return where "vowed to …" / "urged voters to …" reports its content: at "to"."""
    if "to" not in _frames(doc, cue):
        return None
    tokens = doc.tokens
    for index in range(cue.last + 1, min(end, cue.last + 1 + _INFINITIVE_REACH)):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < end else None
        if token.lower == "to" and following is not None and following.text in _MARKS:
            # "vowed to “take a chainsaw to the tax”": the quoted words open with the verb
            following = tokens[index + 2] if index + 2 < end else None
        if (
            token.lower == "to"
            and following is not None
            and following.is_word
            and following.text.islower()
            and following.lower not in doc.lexicon.determiners
        ):
            return index
        if token.text in {",", ".", ";", ":", *_MARKS} or token.lower in {
            "that",
            "for",
            "about",
            "of",
            "with",
        }:
            return None
    return None


def _wh_start(doc: Document, cue: Cue, end: int) -> int | None:
    """Return where "asked whether …" / "told reporters why …" reports its content."""
    if "wh" not in _frames(doc, cue):
        return None
    takes_object = _lemma(doc, cue.first) in {"ask", "tell", "question"}
    for index in range(cue.last + 1, min(end, cue.last + 1 + _WH_REACH)):
        token = doc.tokens[index]
        if token.lower in _WH:
            return index if _has_words(doc, index, end, _MIN_WORDS + 1) else None
        if token.text in {",", ".", ";", ":", *_MARKS} or (
            index > cue.last + 1 and not takes_object
        ):
            return None
    return None


def _subject_phrase(doc: Document, first: int, verb: int) -> Mention | None:
    """Read the whole subject before a verb: "Some 56 percent of voters polled", "The mogul"."""
    tokens, lexicon = doc.tokens, doc.lexicon
    last = verb - 1
    while last >= first and (
        tokens[last].lower in lexicon.speech_adverbs
        or (tokens[last].lower.endswith("ly") and tokens[last].text.islower())
    ):
        last -= 1
    if last < first or last - first > _SUBJECT_REACH or not tokens[last].is_word:
        return None
    words = tokens[first : last + 1]
    if any(t.text in {",", ";", ":", "(", ")", "“", "”", '"', "—"} for t in words):
        return None
    if any(
        t.lower in lexicon.verbs or t.lower in _STOPS or t.lower in lexicon.finite_verbs
        for t in words
    ):
        return None
    head = tokens[first]
    if not (
        head.lower in lexicon.determiners
        or head.is_capitalized
        or head.text[0].isdigit()
        or head.lower in _QUANTIFIERS
    ):
        return None
    return Mention(tokens[first].start, tokens[last].end, SpeakerKind.PERSON)


def _first_verb(doc: Document, first: int, limit: int) -> int:
    for index in range(first, limit):
        token = doc.tokens[index]
        if token.text.islower() and (
            _is_finite(doc, token.lower, token.text) or token.lower in doc.lexicon.verbs
        ):
            return index
    return limit


def _reported_clause(doc: Document, cue: Cue, end: int, *, wh: bool = True) -> int | None:
    clause = _clause_start(doc, cue, end)
    if clause is None:
        clause = _infinitive_start(doc, cue, end)
    if clause is None and wh:
        clause = _wh_start(doc, cue, end)
    if clause is None or not _has_words(doc, clause, end):
        return None
    return clause


def _speaker_first(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``speaker-cue-clause``: X said (that) CLAUSE, and its variants."""
    tokens, lexicon = doc.tokens, doc.lexicon
    verbs_before = False  # whether a verb or a subordinator stands before this cue
    relative = False  # inside ", who …,": "Rachel Imani, who joined the panel, said …"
    for index in range(first, end):
        cue = _cue(doc, index)
        if cue is None or cue.kind is not CueKind.VERB:
            token = tokens[index]
            after_comma = index > first and tokens[index - 1].text == ","
            if after_comma and token.lower == "who":
                relative = True
                continue
            if relative and token.text == ",":
                relative = False
                continue
            aside = relative or (after_comma and token.lower.endswith("ing"))
            verb = (token.lower in lexicon.verbs and not aside) or token.lower in _STOPS
            verbs_before = verbs_before or (verb and not relative)
            continue
        previous = tokens[index - 1] if index > first else None
        if previous is not None and (
            previous.lower.endswith(("’s", "'s")) or previous.text in {"’", "'"}
        ):
            continue  # "Trump’s claim that …": a noun; see _possessive_claim
        if previous is not None and previous.lower == "so" and index - 1 == first:
            continue  # "So said Dr. X, …": the speaker follows and credits a quotation
        if previous is not None and previous.text == ",":
            inverted = speaker_after(doc.text, tokens, cue.last, end, lexicon)
            if inverted is not None and inverted.name and doc.token_at(inverted.end) >= end - 1:
                continue  # "Two plants shut along Sungai Selangor, says Mr X.": X speaks last
        excepted = (  # "declined to comment except to say …"
            previous is not None
            and previous.lower == "to"
            and index - 2 >= first
            and tokens[index - 2].lower in {"except", "only", "beyond"}
        )
        comma = previous is not None and (
            previous.text == ","
            or (
                previous.text in _CLOSING_MARKS
                and index - 2 >= first
                and tokens[index - 2].text == ","
            )
        )  # "… against “the Washington cartel,” | telling …": the comma inside the marks
        prior = index - 1  # "… but now says …", "… but on Monday said …"
        while prior > max(first, index - 4) and (
            tokens[prior].lower in lexicon.speech_adverbs
            or tokens[prior].lower in _WHEN_WORDS
            or tokens[prior].lower in _TIMES_OF_DAY
        ):
            prior -= 1
        gerund = tokens[index].lower.endswith("ing")
        shared = previous is not None and (
            (comma and gerund)
            or (previous.lower == "by" and gerund)  # "X distanced himself by saying …"
            or tokens[prior].lower in _SHARED
            or excepted
        )
        if previous is not None and previous.lower in _PASSIVE_AUX and _lemma(doc, index) == "ask":
            # "he was asked whether …": the asker speaks, named after "by" if at all
            by = cue.last + 1
            mention = None
            if by + 1 < end and tokens[by].lower == "by":
                mention = speaker_after(doc.text, tokens, by, end, lexicon)
            clause = _reported_clause(doc, cue, end) if mention is not None else None
        elif shared:
            # ", saying …" / "… and said …": the speaker is the sentence's subject
            subject = clause_start(doc, first, index)
            mention = speaker_after(doc.text, tokens, subject - 1, index, lexicon)
            if mention is None:
                mention = _subject_phrase(doc, subject, _first_verb(doc, subject, index))
            if mention is None and subject > first:
                lead = first + 1 if tokens[first].lower in _SHARED else first
                mention = speaker_after(doc.text, tokens, lead - 1, index, lexicon)
            clause = _reported_clause(doc, cue, end, wh=False) if mention else None
        else:
            mention = speaker_before(doc.text, tokens, index, first, lexicon)
            if mention is None:
                mention = _subject_phrase(doc, first, index)
            if previous is not None and previous.text == ",":
                mention = _leading_name(doc, first, index, mention) or mention
            lead_end = doc.token_at(mention.start) - 1 if mention else first - 1
            while lead_end >= first and (
                tokens[lead_end].is_capitalized
                or tokens[lead_end].lower in lexicon.title_words
                or tokens[lead_end].lower in lexicon.title_modifiers
                or (  # "Missouri Secretary | of | State Jason Kander"
                    tokens[lead_end].lower in {"of", "for"}
                    and lead_end - 1 >= first
                    and tokens[lead_end - 1].lower.rstrip(".") in lexicon.title_heads
                )
            ):
                lead_end -= 1  # past a title: "Speaking to NHK, Defense Minister Keiko Nakamura"
            if (
                mention is not None
                and lead_end >= first
                and (tokens[lead_end].lower not in _LEAD_ENDS and verbs_before)
            ):
                mention = None  # the verb belongs to a clause inside the sentence
            clause = _reported_clause(doc, cue, end) if mention else None
        # "X, speaking to reporters on Wednesday, said …": a participle set off by commas is
        # an aside, and the subject still owns the verb after it
        aside = previous is not None and previous.text == ","
        verbs_before = verbs_before or not (aside and tokens[index].lower.endswith("ing"))
        if mention is None or clause is None:
            continue
        content_end = _end_of_content(doc, clause, end)
        return Reported(
            tokens[clause].start,
            content_end,
            mention,
            cue,
            "speaker-cue-clause",
            (tokens[first].start, tokens[clause].start),
            (content_end, tokens[end - 1].end),
        )
    return None


def _leading_name(doc: Document, first: int, cue: int, found: Mention | None) -> Mention | None:
    """Return the name that opens a clause and an appositive closing at the cue's comma.

    "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said …" →
    Giovanni Vian, not the newspaper; "Sandy Phillips, who lost her daughter in Aurora,
    Colorado, said …" → Sandy Phillips.
    """
    tokens = doc.tokens
    start = clause_start(doc, first, cue)
    if start >= cue or cue - start > _APPOSITIVE_REACH:
        return None
    name = speaker_after(doc.text, tokens, start - 1, cue, doc.lexicon)
    if name is None or not name.name or (found is not None and found.start <= name.start):
        return None
    if obtained_by(tokens, name):
        return None  # "A memo obtained by the Tennessean, sent by …, warned"
    last = doc.token_at(name.end) - 1
    if last + 1 >= cue or tokens[last + 1].text not in {",", "("}:
        return None
    return name


def _according_speaker(doc: Document, first: int, end: int) -> Mention | None:
    """Read who "according to" names: a name, or the whole phrase ("a count by the AP")."""
    mention = speaker_after(doc.text, doc.tokens, first - 1, end, doc.lexicon)
    if mention is not None:
        return mention
    tokens = doc.tokens
    if first >= end or not tokens[first].is_word:
        return None
    last = first
    while last + 1 < end and tokens[last + 1].text not in _BOUNDS and last - first < 20:
        last += 1
    return Mention(tokens[first].start, tokens[last].end, SpeakerKind.PERSON)


def _only_adjuncts(doc: Document, index: int, end: int, lemma: str | None) -> int | None:
    """Return where "…, X said on Tuesday." ends when only adjuncts follow the verb; else None."""
    tokens = doc.tokens
    if index < end and tokens[index].text == ":":
        return None  # "X said:" introduces what follows
    position = index
    while position < end and tokens[position].text not in _BOUNDS:
        token = tokens[position]
        if position == index and not (
            token.lower in _ADJUNCTS
            or (token.is_capitalized and token.is_word)
            or (lemma == "tell" and token.lower != "that" and token.lower not in _NOMINATIVE)
            or token.lower in doc.lexicon.speech_adverbs
            or (token.lower.endswith("ly") and token.text.islower())
        ):
            return None
        if token.lower == "that" or token.lower in doc.lexicon.finite_verbs or _cue(doc, position):
            return None
        position += 1
    return position


def _opening_phrase(doc: Document, first: int) -> bool:
    """Tell whether the words at ``first`` open a phrase, not a clause: "In a statement, …"."""
    if doc.tokens[first].lower in {"but", "and", "yet", "so"}:
        first += 1  # "But at the time, as X put it, “…”"
    words = doc.tokens[first : first + 2]
    lead = words[0].lower
    return lead in _PHRASE_OPENERS or (
        lead in {"when", "as", "after"} and len(words) > 1 and words[1].lower in _PHRASE_OPENERS
    )


def _adverbial_only(doc: Document, first: int, comma: int) -> bool:
    """Tell whether the words before a comma are one adverbial phrase without a verb: "Before
    the vote", "During a town hall in Iowa" (a clause, "When the rule takes effect", may be
    the first part of a statement)."""
    tokens = doc.tokens[first:comma]
    opener = tokens[0].lower if tokens else ""
    return opener in _ADVERBIAL_OPENERS and not any(
        t.text == ","
        or t.text in _MARKS
        or t.text in _CLOSING_MARKS
        or _is_finite(doc, t.lower, t.text)
        or (t.text.islower() and t.lower.endswith("ed"))
        for t in tokens[1:]
    )


def _appositive_speaker(doc: Document, first: int, end: int) -> tuple[Cue | None, Mention | None]:
    """Read "…, Jean-Baptiste N'Diaye, general secretary of Rail Solidaires, told AFP": a name
    at ``first``, its appositive between commas, then the cue."""
    tokens = doc.tokens
    for index in range(first + 1, min(end - 1, first + _APPOSITIVE_REACH)):
        if tokens[index].text != ",":
            continue
        cue = _reporting_cue(tokens, index + 1, doc.lexicon)
        if cue is None or cue.kind is not CueKind.VERB:
            continue
        mention = speaker_before(doc.text, tokens, cue.first, first, doc.lexicon)
        if mention is None or not mention.name or doc.token_at(mention.start) != first:
            return None, None
        if " " not in doc.text[mention.start : mention.end] and mention.title is None:
            return None, None  # "…, Fla., said": a one-word place, not a named speaker
        return cue, mention
    return None, None


def _speaker_last(doc: Document, first: int, end: int) -> list[Reported]:
    """Rules ``clause-speaker-cue`` and ``clause-according-to``: CLAUSE, X said (, B)."""
    tokens, lexicon = doc.tokens, doc.lexicon
    # the sentence's first finite verb: whether the words before a comma hold a clause
    finite = next(
        (i for i in range(first, end) if _is_finite(doc, tokens[i].lower, tokens[i].text)), end
    )
    for comma in range(first + 3, end - 1):
        if tokens[comma].text != ",":
            continue
        following = comma + 1
        if tokens[following].lower in _WH:
            continue  # "…, where members chanted “…”": a clause about the place, no attribution
        cue = _reporting_cue(tokens, following, lexicon)
        mention: Mention | None = None
        stop: int | None = None
        rule = "clause-speaker-cue"
        if cue is not None and cue.kind is CueKind.ACCORDING_TO:
            mention = _according_speaker(doc, cue.last + 1, end)
            stop = cue.last + 1
            while stop < end and tokens[stop].text not in _BOUNDS:
                stop += 1
            rule = "clause-according-to"
        elif cue is not None and "listener" not in lexicon.frames(tokens[cue.first].text):
            mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
            if mention is not None and not mention.name and finite >= comma:
                mention = None  # "Senator X of Wyoming, the whip, announced the deal": a subject
            if mention is not None:
                stop = doc.token_at(mention.end)
                if stop < end and tokens[stop].text not in _BOUNDS:
                    stop = None  # ", urged residents to …": the verb has an object, not a speaker
        else:
            bracket = -1  # the closing bracket of "(NDRRMC)" after an organisation's name
            for index in range(following + 1, min(end, following + _LEAD_REACH)):
                if tokens[index].text == "(":
                    bracket = next(
                        (j for j in range(index + 1, min(end, index + 4)) if tokens[j].text == ")"),
                        -1,
                    )
                if index <= bracket:
                    continue
                if tokens[index].text in _BOUNDS:
                    break
                cue = _reporting_cue(tokens, index, lexicon)
                if cue is not None:
                    mention = speaker_before(doc.text, tokens, cue.first, following, lexicon)
                    if mention is not None:
                        lemma = lexicon.verbs.get(tokens[cue.first].lower)
                        stop = _only_adjuncts(doc, cue.last + 1, end, lemma)
                    break
            if mention is None:
                cue, mention = _appositive_speaker(doc, following, end)
                if finite >= comma:
                    cue = None  # "The Senator representing Lagos West, X, appealed": a subject
                if cue is not None:
                    lemma = lexicon.verbs.get(tokens[cue.first].lower)
                    stop = _only_adjuncts(doc, cue.last + 1, end, lemma)
        if mention is None or cue is None or stop is None:
            continue
        if not _has_words(doc, first, comma):
            return []
        # "Before the vote, Jones told reporters, …": a time is no statement ("While X, he
        # said, Y" may be one, in two parts)
        phrase = _opening_phrase(doc, first) or _adverbial_only(doc, first, comma)
        if phrase:
            opens_quote = stop + 1 < len(tokens) and tokens[stop + 1].text in _MARKS
            if opens_quote and tokens[stop].text in {",", ":"}:
                return []  # "Asked about it, Clinton said, “…”": the verb introduces the quotation
            # "On the show, Okafor was asked by …": a phrase, not a clause, is no statement
            phrase = tokens[first].lower in QUESTIONED or not any(
                _is_finite(doc, t.lower, t.text) or (t.text.islower() and t.lower.endswith("ed"))
                for t in tokens[first:comma]
            )  # "At least 12 people died …" is a clause; "Asked how he expected …" a question
        found = [
            Reported(
                tokens[first].start,
                _content_end(doc, comma),
                mention,
                cue,
                rule,
                (tokens[comma].start, tokens[min(stop, end - 1)].end),
            )
        ]
        # "A, X said, B.": the words after the attribution are a second part
        if (
            stop < end - 1
            and tokens[stop].text == ","
            and _has_words(doc, stop + 1, end)
            and _cue(doc, stop + 1) is None
            and tokens[stop + 1].lower not in {"and", "but", "who", "which", "a", "an", "the"}
        ):
            found.append(
                Reported(
                    tokens[stop + 1].start,
                    _end_of_content(doc, stop + 1, end),
                    mention,
                    cue,
                    rule,
                    (tokens[comma].start, tokens[stop].end),
                )
            )
        return found[1:] if phrase else found
    return []


def _according_first(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``according-to-first``: According to X, CLAUSE."""
    tokens = doc.tokens
    cue = _reporting_cue(tokens, first, doc.lexicon)
    if cue is None or cue.kind is not CueKind.ACCORDING_TO:
        return None
    comma = next(
        (i for i in range(cue.last + 1, min(end, cue.last + 16)) if tokens[i].text == ","), None
    )
    if comma is None or not _has_words(doc, comma + 1, end):
        return None
    mention = _according_speaker(doc, cue.last + 1, comma)
    if mention is not None and mention.name:
        # "According to Reza Tehrani, an economist at …, the rial …": past the appositive
        title, affiliation = described_after(doc.text, tokens, comma - 1, end, doc.lexicon)
        if title and title.lower().split()[-1] in doc.lexicon.title_heads:
            closing = next(
                (i for i in range(comma + 1, min(end, comma + 24)) if tokens[i].text == ","),
                None,
            )
            if closing is not None and _has_words(doc, closing + 1, end):
                comma = closing
                mention = Mention(
                    mention.start,
                    mention.end,
                    mention.kind,
                    name=True,
                    title=title,
                    affiliation=affiliation,
                )
    if mention is None:
        return None
    return Reported(
        tokens[comma + 1].start,
        _content_end(doc, end - 1),
        mention,
        cue,
        "according-to-first",
        (tokens[first].start, tokens[comma].end),
    )


def _outlet_quoted(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``quoted-saying``: The Wall Street Journal quoted X saying (that) CLAUSE."""
    tokens = doc.tokens
    for index in range(first + 1, min(end, first + _LEAD_REACH)):
        if tokens[index].lower != "quoted":
            continue
        for saying in range(index + 2, min(end, index + _OBJECT_REACH + 4)):
            if tokens[saying].lower != "saying":
                continue
            last = saying - 1 if tokens[saying - 1].lower != "as" else saying - 2
            if last <= index:
                return None
            clause = saying + 1
            if clause < end and tokens[clause].lower == "that":
                clause += 1
            if not _has_words(doc, clause, end):
                return None
            head = tokens[last]
            mention: Mention | None = None
            if tokens[index - 1].lower in _PASSIVE_AUX:
                # "X was quoted by The Star as saying …", "X was quoted in the article as
                # saying …": the subject speaks; the outlet after "by" only reported it
                mention = speaker_before(doc.text, tokens, index - 1, first, doc.lexicon)
                if mention is None:
                    return None
            elif any(t.text == "," for t in tokens[index + 1 : last + 1]):
                # "quoted Labour’s deputy chair, Imogen Thackeray, saying …"
                named = speaker_before(doc.text, tokens, last + 1, index + 1, doc.lexicon)
                mention = named if named is not None and named.name else None
            if mention is None:
                kind = SpeakerKind.GROUP if head.lower.endswith("s") else SpeakerKind.PERSON
                mention = Mention(
                    tokens[index + 1].start,
                    head.end,
                    kind,
                    name=head.is_capitalized and kind is SpeakerKind.PERSON,
                )
            return Reported(
                tokens[clause].start,
                _content_end(doc, end - 1),
                mention,
                Cue(index, index, CueKind.VERB),
                "quoted-saying",
                (tokens[first].start, tokens[clause].start),
            )
        return None
    return None


def _possessive_claim(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``possessive-claim``: X's claim that CLAUSE / the ministry's warning that CLAUSE."""
    tokens, lexicon = doc.tokens, doc.lexicon
    for index in range(first + 1, end - 2):
        noun = tokens[index]
        if noun.lower not in lexicon.reporting_nouns or tokens[index + 1].lower != "that":
            continue
        owner = tokens[index - 1]
        if owner.lower.endswith(("’s", "'s")) and owner.is_word:
            mention = speaker_before(doc.text, tokens, index, first, lexicon) or _owner_phrase(
                doc, index - 1, first
            )
        elif owner.text in {"’", "'"} and index - 2 >= first:
            mention = speaker_before(doc.text, tokens, index - 1, first, lexicon)
        else:
            continue
        clause = index + 2
        if mention is None or not _has_words(doc, clause, end):
            continue
        if mention.pronoun or mention.start >= noun.start:
            continue
        owner_end = doc.token_at(mention.end)
        if owner_end >= index:
            owner_end = index - 1
        speaker = Mention(
            mention.start,
            _strip_possessive(doc, owner_end),
            mention.kind,
            name=mention.name,
            title=mention.title,
            affiliation=mention.affiliation,
        )
        content_end = _end_of_content(doc, clause, end)
        if doc.token_at(speaker.start) - first <= 1:
            # "The ministry’s warning that the dam could burst | was ignored …": the sentence's
            # own verb follows the claim
            content_end = min(content_end, _before_main_verb(doc, clause, end))
        return Reported(
            tokens[clause].start,
            content_end,
            speaker,
            Cue(index, index, CueKind.VERB),
            "possessive-claim",
            (speaker.start, tokens[index + 1].end),
        )
    return None


def _before_main_verb(doc: Document, clause: int, end: int) -> int:
    """Return where a clause that is a sentence's subject ends: before the second finite verb."""
    seen_finite = False
    for index in range(clause, end):
        token = doc.tokens[index]
        if not _is_finite(doc, token.lower, token.text):
            continue
        previous = doc.tokens[index - 1].lower
        if (
            seen_finite
            and previous not in {"and", "or", "but"}
            and not _is_finite(doc, previous, doc.tokens[index - 1].text)
        ):
            return doc.tokens[index - 1].end
        seen_finite = True
    return doc.tokens[end - 1].end


def _owner_phrase(doc: Document, owner: int, first: int) -> Mention | None:
    """Read "the ministry’s" as the organisation "the ministry"."""
    lexicon = doc.lexicon
    base = doc.tokens[owner].lower[:-2]
    if owner - 1 < first or doc.tokens[owner - 1].lower not in lexicon.determiners:
        return None
    if base in lexicon.organization_words or base in lexicon.group_nouns:
        kind = SpeakerKind.ORGANIZATION
    elif base in lexicon.title_heads:
        kind = SpeakerKind.PERSON
    else:
        return None
    return Mention(doc.tokens[owner - 1].start, doc.tokens[owner].end, kind)


def _strip_possessive(doc: Document, last: int) -> int:
    """Return the end of the owner's name without its "’s": "Trump’s" → "Trump"."""
    token = doc.tokens[last]
    if token.lower.endswith(("’s", "'s")):
        return token.end - 2
    return token.end


def _described_as(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``described-as``: X described the plan as “wicked and insensitive” / X called the
    tax “a tax on jobs” — the quoted words are X's, said of the object."""
    tokens, lexicon = doc.tokens, doc.lexicon
    for index in range(first + 1, end - 2):
        if tokens[index].lower not in CHARACTERISING:
            continue
        word = tokens[index].lower
        reach = _CHARACTER_REACH if word in AS_OR_OF else _OBJECT_REACH + 2
        opening = next(
            (i for i in range(index + 1, min(end - 1, index + reach)) if tokens[i].text in _MARKS),
            None,
        )
        if opening is None or opening == index + 1:
            return None
        if word in AS_OR_OF and tokens[opening - 1].lower not in {"as", "of"}:
            return None  # "condemned the attack, “…”": no characterisation
        if any(t.text in _BOUNDS for t in tokens[index + 1 : opening]):
            return None  # the quoted words belong to another clause
        closing = next(
            (i for i in range(opening + 2, end) if tokens[i].text in _CLOSING_MARKS), None
        )
        if closing is None:
            return None
        words = [t for t in tokens[opening + 1 : closing] if t.is_word]
        if not words or all(w.is_capitalized for w in words):
            return None  # “Contract with America”: a name or a title, not a description
        cue = Cue(index, index, CueKind.VERB)
        mention = speaker_before(doc.text, tokens, index, first, lexicon)
        if mention is None:
            mention = clause_subject(doc, first, cue)
            at = doc.token_at(mention.start) - 1 if mention is not None else -1
            if at >= first and tokens[at].lower in {"in", "at", "on", "from", "of", "to"}:
                mention = None  # "… in New Hampshire …": a place, not the speaker
        if mention is None or not (
            mention.name
            or mention.pronoun
            or mention.title
            or mention.kind is not SpeakerKind.PERSON
        ):
            return None
        return Reported(
            tokens[index + 1].start,
            tokens[closing].end,
            mention,
            cue,
            "described-as",
            (tokens[first].start, tokens[index].end),
        )
    return None


def _second_statement(doc: Document, first: Reported, end: int) -> Reported | None:
    """Read the statement of a second predicate: "He noted that A, and said B" gives B to him."""
    tokens = doc.tokens
    index = doc.token_at(first.end)
    if index + 2 >= end or tokens[index].text != "," or tokens[index + 1].lower not in _SHARED:
        return None
    verb = index + 2
    while verb < end and tokens[verb].lower in doc.lexicon.speech_adverbs:
        verb += 1
    cue = _cue(doc, verb) if verb < end else None
    if cue is None or cue.kind is not CueKind.VERB:
        return None
    clause = _reported_clause(doc, cue, end)
    if clause is None:
        return None
    content_end = _end_of_content(doc, clause, end)
    return Reported(
        tokens[clause].start,
        content_end,
        first.mention,
        cue,
        first.rule,
        (tokens[index].start, tokens[clause].start),
        (content_end, tokens[end - 1].end),
    )


def find_reported(doc: Document, sentences: list[tuple[int, int]]) -> list[Reported]:
    """Return the reported statements of the given sentences (token ranges)."""
    found: list[Reported] = []
    for first, end in sentences:
        if end - first < 4:
            continue
        start = dateline_end(doc, first, end)  # "MUMBAI: A man was arrested …, police said."
        if end - start < 4:
            continue  # all dateline: "0) –"
        # "Moreover, according to X, …" / "On Tuesday, X said …": skip a short opening phrase
        for index in range(start, min(end, start + 4)):
            if doc.tokens[index].text == "," and index + 1 < end:
                opening = _reporting_cue(doc.tokens, index + 1, doc.lexicon)
                aside = doc.tokens[index + 1].lower.endswith("ing")  # "X, speaking to …, said"
                if opening is not None and (opening.kind is CueKind.ACCORDING_TO or not aside):
                    start = index + 1
                break
        chosen: Reported | None = None
        for rule in (_according_first, _outlet_quoted, _speaker_first, _possessive_claim):
            reported = rule(doc, start, end)
            if reported is not None and reported.end > reported.start:
                chosen = reported
                break
        described = _described_as(doc, start, end)
        if (
            described is not None
            and chosen is not None
            and (described.end <= chosen.start or chosen.end <= described.start)
        ):
            # "X condemned the launch as “…” and said Seoul would respond": both are X's
            found.extend(sorted((described, chosen), key=lambda r: r.start))
            continue
        if described is not None and (chosen is None or described.cue.first < chosen.cue.first):
            chosen = described  # "X described it as “…” and vowed to …": the first cue
        if chosen is not None:
            found.append(chosen)
            second = _second_statement(doc, chosen, end)
            if second is not None:
                found.append(second)
        else:
            found.extend(r for r in _speaker_last(doc, start, end) if r.end > r.start)
    return found
