"""Run the engine's stages in order: layout → quotes → attribution → resolution → result.

``extract`` is a pure function of its arguments: everything it builds lives in the call, so
threads may share the module freely.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from app.extract import attribute
from app.extract.attribute import Document, Found, clause_start, dateline_end
from app.extract.casing import analysis_view
from app.extract.config import DEFAULT_CONFIG, ExtractConfig
from app.extract.cues import CueKind, is_verb
from app.extract.indirect import find_reported
from app.extract.lexicon import Pronoun, load
from app.extract.marks import Family
from app.extract.mentions import (
    RELATIVE_PRONOUNS,
    SUBJECT_OF,
    Mention,
    described_after,
    described_before,
    generic_body,
    generic_owner,
    is_name_word,
    is_relation,
    plural_possessive,
    speaker_after,
)
from app.extract.model import (
    Diagnostic,
    Extraction,
    Outlet,
    OutletSource,
    OutletSummary,
    Quote,
    QuoteType,
    Span,
    Speaker,
    SpeakerKind,
    SpeakerSummary,
)
from app.extract.quotes import Group, Segment, find_segments
from app.extract.resolve import (
    KIN_GENDER,
    POSSESSIVE_GENDER,
    SPOKESPEOPLE,
    OutletMention,
    People,
    Person,
    find_outlets,
    gender_of,
    name_candidates,
    party_role,
    split_body,
    strip_honorific,
)
from app.extract.tokens import Token, is_wrapped, paragraph_spans, sentence_starts, tokenize

_GAP_REACH = 30  # tokens between two segments that may still be one quotation
# prepositions that may open a sentence right before a surname: "For Ortega, …"
_OPENING_PREPOSITIONS = frozenset({"for", "to", "with", "like", "unlike", "against", "from"})
# determiners that introduce an unnamed source, whose description then names it
_UNNAMED_SOURCES = frozenset(
    {"a", "an", "one", "two", "three", "several", "another", "someone", "somebody"}
)
# words that open what describes an unnamed source after its head: "familiar with the matter"
_POSTMODIFIER_OPENERS = frozenset(
    {"familiar", "briefed", "close", "knowledgeable", "involved", "with", "at", "in", "for", "from"}
)
_POSTMODIFIER_ENDS = frozenset(
    {",", ";", ":", ".", "(", ")", "“", "”", '"', "''", "—", "–", "that", "who", "which"}
)
_POSTMODIFIER_WORDS = 12
_SERVED_BODY = re.compile(r"\s+(?:for|at|with) (?:the )?([A-Z][^,;:]*)$")  # "for the U.S. Navy"
_ANSWER_WORDS = 4  # words of an answer around the quotation it holds, to be an answer too
_CAPITAL_PLACE = re.compile(r"[A-Z][A-Z'’.-]+")  # a dateline's place: "STERLING", "WASHINGTON"
_CHANTING = frozenset({"chant", "shout", "yell", "scream", "sing", "roar", "holler"})
_CHANT_WORDS = 3  # words of a chant that runs into the writer's sentence (not "yell “fire”")
_ORGANIZATION_REACH = 600  # tokens back to the name of "the ministry"
# nouns that stand for any organisation named before: "the group said"
_GENERIC_BODIES = frozenset(
    {"group", "organization", "organisation", "nonprofit", "coalition", "company", "firm"}
)
_GENDERED_FORMS = {  # the forms of a pronoun of each gender: "he", "him", "his"
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}
_LEAD_IN_CHARS = 20  # characters back from an opening mark to the comma that introduces it
# "pediatrician | and the president of …" (not "for Sustainability and the Environment")
_SECOND_ROLE = re.compile(r" and (?:a|an|the) (?=[a-z])")
_WHITE_HOUSE_ROLES = frozenset({"press secretary", "deputy press secretary", "chief of staff"})
# the roles of a candidate's staff: "Brandt spokeswoman", "Dunmore campaign manager"
_CAMPAIGN_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "manager", "adviser", "advisor", "aide"}
    | {"strategist", "pollster", "director", "chairman", "chairwoman", "chair", "secretary"}
)
_CAMPAIGN = re.compile(r"\bcampaign\b", re.IGNORECASE)
_GENERIC_REACH = 150  # tokens back to the organisation "the group" stands for
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a candidate's campaign named in the text: "Merriweather’s campaign", "the Merriweather campaign"
_CAMPAIGN_NAMED = re.compile(r"\b([A-Z][\w-]+)[’']s campaign\b|\b[Tt]he ([A-Z][\w-]+) campaign\b")
# "the elder Mr. Brenner", "the younger Brenner": which of a family, by age
_SENIORITY = re.compile(r"\bthe (elder|older|younger) $", re.IGNORECASE)
_SENIORITY_REACH = 16
# what joins a journalist's name to the outlet they work for: "Marisa Kline | of | CBS News"
_EMPLOYER = re.compile(r"\s+of\s+(?:the\s+)?")
# "his father", "the son": a relation that speaks
_RELATION_MENTION = re.compile(rf"(his|her|the) ({'|'.join(KIN_GENDER)})", re.IGNORECASE)
# relations who mostly carry the family's surname: "His wife, Brenda," is Brenda Tillotson
_FAMILY_SHARING = frozenset({"wife", "husband", "son", "daughter", "brother", "sister"})
# modifiers of a role that make "the former point guard" stand for the person the story is about
_CAREER_MODIFIERS = frozenset({"former", "veteran", "longtime", "onetime", "retired"})
# words right before an outlet that the person spoke to: "spoke to HuffPost", "sat down with"
_INTERVIEW_WORDS = frozenset({"to", "with", "told"})
# "the mother of two", "the father of three": an epithet for the person just named
_COUNTED = re.compile(
    r"[Tt]he ((?:[\w-]+ ){0,2}[\w-]+) of (?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
)
# possessive determiners and the subject pronouns they stand for: "His statement was brief:"
_WRITER = "the author"  # who speaks in "“…,” I said": the one who wrote the article
_APPOSITION_TOKENS = 20  # tokens of an apposition between a subject and its verb
_INTERVIEWER_REACH = 60  # characters before a name that say who asks the questions
# "The Charlotte Ledger’s | Ben Whitacre", "interviewed by | X", "host | X", "reporter | X"
_INTERVIEWER = re.compile(
    r"(?:[A-Z][\w&.-]*[’']s\s+|\b(?:interviewed|asked|questioned) by\s+"
    r"|\b(?:host|reporter|correspondent|interviewer|editor)\s+"
    r"|\b(?:cross-)?examination by\b[^.:]{0,40},\s+)$"  # "cross-examination by the lawyer, X"
)
# "Under cross-examination by Mr. Samaras’s lead lawyer, | X": a stop only after an honorific
_EXAMINER = re.compile(
    r"\b(?:(?:cross-)?examination|questioned) by\b"
    r"(?:[^.:,]|(?<=Mr|Ms|Dr)\.|(?<=Mrs)\.){0,50}?,?\s+$"
)
_JOINERS = frozenset({"and", "but", "while", "whereas"})  # open a second clause between quotes
_PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "conservative", "liberal"})
_PLURAL_VERBS = frozenset({"have", "are", "were", "do", "say", "want", "need"})
_TITLE_LEAD_WORDS = 4  # title words before a subject's name: "Aberdeen boss Ruairidh …"
_REACH_AFTER_SUBJECT = 6  # tokens of a subject's name, read with the title before it
_DESCRIPTION_WORDS = 5  # words of "the former secretary of state" before its verb
_FULL_NAME_REACH = 2000  # tokens back to the full name a one-word mention shortens
_REFER_REACH = 1500  # characters back to the attribution "the statement" or "the company" means
_CONTINUED_GAP = 40  # characters between a reported statement and a quotation continuing it
_MIN_LEAD_TOKENS = 4  # tokens before a direct quotation worth reading for reported speech
_LABEL = re.compile(r"[QA][.:]\s")  # "Q: …" / "A: …" in an interview
# "OWEN: What does the ruling mean?": a speaker's surname in capitals opens a transcript turn,
# after a title or an honorific in capitals too ("SENATOR OKAFOR:", "MR. HALE:", "McALLISTER:")
_TURN = re.compile(r"(?:[A-Z]{2,}\.?[ \t]+)?((?:Mc|Mac)?[A-Z][A-Z'’-]+):[ \t]+")
_CLOSING = frozenset({"”", '"', "''", "’", "»"})
_DOUBLE_MARKS = ("“", "”", '"', "''", "``", "«", "»")
_SINGLE_QUOTED = re.compile(r"(?:^|\s)‘\w[^’]*\w[.,!?]?’")  # ‘a bunch of snakes’, not don’t
_ALL_MARKS = (*_DOUBLE_MARKS, "‘", "’", "'")

# rules whose speaker is not written right next to the quotation (carried over, a bare
# "Name:" label, or a clause with no cue before a colon): on their own they do not make a
# short or unclosed quotation a quote
_DISTANT = frozenset(
    {
        "floating",
        "same-paragraph",
        "paragraph-subject",
        "name-colon",
        "colon-subject",
        "comma-subject",
        "beat-subject",
    }
)
# rules that find the speaker after the quotation's words: the words were spoken
_FOLLOWED = frozenset(
    {"after-quote", "after-quote-appositive", "next-sentence", "dash", "between-segments"}
)
# small words a title of a work leaves in lower case
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by"}
)

# "the 29-year-old": a person named just before, by age
_AGE = re.compile(r"[Tt]he \d{1,3}-year-old")
_AGE_WORD = re.compile(r"(\d{1,3})-year-old")
_AGE_REACH = 600  # characters back to the person an age or an epithet refers to
_EPITHET_WORDS = 3  # words after "the" in an epithet: "the Serbian center"
_EPITHET_REACH = 1500  # characters back to the person an epithet stands for
_PARTY_REACH = 6000  # characters back to the member "the Florida Republican" stands for
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "an", "ard")  # flanker, veteran, Spaniard
# heads that stand for an unnamed source, not for someone named before
_ANONYMOUS = frozenset({"person", "man", "woman", "official", "source", "aide", "insider"})
_HEADLINE_CHARS = 400  # a first paragraph longer than this is no headline
_REST = re.compile(r"[ .]*")  # what may follow a quotation that ends its paragraph
_DATELINE_CHARS = 60  # characters from a paragraph's start where a dateline credit stands
# a quoted sentence in single marks after a colon or comma ends a line: "X wrote: ‘… wrong.’"
_INTRODUCED_SENTENCE = re.compile(r"[:,]\s+[‘']\s*[A-Z](?:[^‘’]|(?<=\w)’(?=\w))*[.?!][’']$")
# words a title-case headline leaves in lower case: "Rips Deal on the Border"
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "as"}
    | {"vs", "vs.", "from", "but"}
)
_HEADLINE_CAPITALS = 0.6  # share of capitalised words that makes a line title case
_SENTENCE_WORDS = 3  # words a quoted sentence has at least: "His comments are not helping."
_DATELINE_PARAGRAPHS = 3  # paragraphs from the article's start that may hold the dateline
# confidence of each rule's attribution by the kind of mention it found
_CONFIDENCE = {
    "after-quote": 0.9,
    "next-sentence": 0.8,
    "dash": 0.85,
    "between-segments": 0.9,
    "before-quote": 0.85,
    "colon-intro": 0.8,
    "floating": 0.7,
    "same-paragraph": 0.7,
    "paragraph-subject": 0.5,
    "previous-sentence": 0.75,
    "beat-subject": 0.6,
    "name-colon": 0.75,
    "colon-subject": 0.7,
    "comma-subject": 0.6,
    "interview-answer": 0.7,
    "interview-question": 0.7,
    "transcript-turn": 0.8,
    "speaker-cue-clause": 0.75,
    "clause-speaker-cue": 0.75,
    "according-to-first": 0.75,
    "clause-according-to": 0.75,
}


@dataclass(slots=True)
class _Attributed:
    segments: tuple[Span, ...]
    type: QuoteType
    found: Found | None
    group: Group | None = None  # the marks-delimited quotation, for direct quotes


def _words(text: str) -> int:
    return len(text.split())


def _group(doc: Document, segments: list[Segment]) -> list[Group]:
    """Join segments into quotations: paragraphs continued, splits around a cue, repairs."""
    groups: list[Group] = []
    for segment in segments:
        previous = groups[-1].segments[-1] if groups else None
        if previous is not None and (
            segment.continues
            or (segment.open_mark is None and previous.paragraph == segment.paragraph)
            or _split(doc, previous, segment)
        ):
            groups[-1].segments.append(segment)
        else:
            groups.append(Group([segment]))
    return groups


def _split(doc: Document, previous: Segment, segment: Segment) -> bool:
    """Tell whether only an attribution stands between two segments of one paragraph."""
    if previous.paragraph != segment.paragraph or previous.close_mark is None:
        return False
    if segment.open_mark is None or _embedded(doc, previous) or _embedded(doc, segment):
        return False
    first = doc.token_at(previous.close_mark.end)
    end = doc.token_at(segment.open_mark.start)
    if end - first > _GAP_REACH or end <= first:
        return False
    if doc.text[previous.close_mark.end : segment.open_mark.start].rstrip().endswith(":"):
        return False  # “A.” Y said: “B.”: the attribution introduces the next quotation
    at = bisect.bisect_right(doc.sentences, first)
    if at < len(doc.sentences) and doc.sentences[at] < end:
        # “A” which votes June 7. Still, X acknowledged, “B”: a sentence ends between them,
        # and the attribution after it introduces the next quotation
        return False
    tokens = doc.tokens[first:end]
    opens = bool(tokens) and tokens[0].lower in _JOINERS and _subject_follows(doc, first + 1)
    clauses = any(
        a.text == "," and b.lower in _JOINERS and _subject_follows(doc, first + i + 2)
        for i, (a, b) in enumerate(itertools.pairwise(tokens))
    )
    if opens or clauses:
        # “A” and 14 percent said “B” / “A,” Ebeling said, and her husband cut in. “B.”: the
        # second clause has a speaker of its own
        return False
    if attribute.between(doc, previous.close_mark.end, segment.open_mark.start) is None:
        return False
    if segment.close_mark is not None and attribute.after_quote(doc, segment.close_mark.end):
        return False  # “A,” X said. “B,” Y countered.: each has its own attribution
    cues = [t for t in doc.tokens[first:end] if t.lower in doc.lexicon.verbs]
    return len(cues) == 1


def _subject_follows(doc: Document, index: int) -> bool:
    """Tell whether a clause's subject starts at ``index``: "and | her husband cut in", "and |
    14 percent said" (not "and | looked as if …")."""
    if index >= len(doc.tokens):
        return False
    token = doc.tokens[index]
    lexicon = doc.lexicon
    return (
        token.is_capitalized
        or token.text[:1].isdigit()
        or token.lower in lexicon.pronouns
        or token.lower in lexicon.determiners
        or token.lower in SUBJECT_OF
    )


def _british_paragraph(doc: Document, group: Group, previous: _Attributed | None) -> bool:
    """Tell whether a single-quoted quotation is sentences that end a paragraph, after a quote
    in single marks, as British copy continues a speaker: ‘…,’ he said. ‘…’ ¶ ‘…’."""
    first, last = group.segments[0], group.segments[-1]
    if first.open_mark is None or last.close_mark is None or previous is None:
        return False
    before = previous.group.segments[0].open_mark if previous.group is not None else None
    if before is None or before.family is not Family.SINGLE:
        return False
    end = doc.paragraphs[first.paragraph][1]
    opening = doc.token_at(first.open_mark.start)
    sentence = doc.sentence_bounds(opening)[0] == opening
    # ‘…’ ¶ the out-half laughed. ‘…’: sentences that close their paragraph
    closing = not doc.text[last.close_mark.end : end].strip()
    return sentence and closing and _is_sentence(doc, group)


def _embedded(doc: Document, segment: Segment) -> bool:
    """Tell whether a segment is a phrase inside a sentence: a scare quote or a title.

    It is when a word other than a reporting verb stands right before its opening mark:
    was only “to mock”, his 1994 “Contract with America”.
    """
    if segment.open_mark is None or segment.continues:
        return False
    index = doc.token_at(segment.open_mark.start)
    if index == 0:
        return False
    before = doc.tokens[index - 1]
    if doc.paragraph_of(before.start) != segment.paragraph:
        return False
    at = bisect.bisect_left(doc.sentences, index)
    if at < len(doc.sentences) and doc.sentences[at] == index:
        return False  # the mark opens a sentence: "… after 6 p.m. “We are close,” she said."
    words = doc.text[segment.start : segment.end].split()
    initial = len(before.text) == 2  # "Robert F. “Bobby” Kennedy": a nickname after an initial
    if before.text.endswith(".") and not initial and len(words) >= 3 and words[0][0].isupper():
        return False  # "… Oduya told SEN. ‘He is a great player’": the stop may end a sentence
    return before.is_word and before.lower not in doc.lexicon.verbs


def _is_sentence(doc: Document, group: Group) -> bool:
    """Tell whether a quotation's words make a sentence: a capital first, a stop last."""
    words = [doc.text[segment.start : segment.end] for segment in group.segments]
    head, tail = words[0].lstrip(), words[-1].rstrip()
    count = sum(len(part.split()) for part in words)
    return count >= _SENTENCE_WORDS and head[:1].isupper() and tail.endswith((".", "?", "!"))


def _attribute(doc: Document, group: Group, previous: _Attributed | None) -> Found | None:
    """Try the rules in order and return what the first one finds."""
    last = group.segments[-1]
    if last.close_mark is not None:
        found = attribute.after_quote(doc, last.close_mark.end)
        dashed = found is not None and found.rule == "dash"  # “…” — Name: the signature wins
        opening = group.segments[0].open_mark
        if found and not dashed and opening:
            lead = attribute.before_quote(doc, opening.start)
            # “…?” A reporter asked …: the words before the quotation ("He jokes, “…”") win;
            # so do a cue and its comma right before the mark: "he warned, “…” Trump told NBC"
            if lead and (
                _closes_sentence(doc, last.close_mark.end) or _introduces(doc, lead, opening.start)
            ):
                return lead
        if found:
            return found
        p_end = doc.paragraphs[last.paragraph][1]
        rest = _REST.match(doc.text, last.close_mark.end, p_end)
        if rest is not None and rest.end() == p_end:  # nothing but spaces and stops follows
            found = attribute.dash_line(doc, last.paragraph)
            if found:
                return found
    for left, right in zip(group.segments, group.segments[1:], strict=False):
        if left.close_mark is not None and right.open_mark is not None:
            found = attribute.between(doc, left.close_mark.end, right.open_mark.start)
            if found:
                return found
        elif left.close_mark is not None and right.open_mark is None:
            found = attribute.between(doc, left.close_mark.end, right.start)
            if found:
                return found
    first = group.segments[0]
    if first.open_mark is not None:
        found = attribute.before_quote(doc, first.open_mark.start)
        if found:
            return found
        if _is_sentence(doc, group):
            found = attribute.comma_subject(doc, first.open_mark.start)
            if found:
                return found
    paragraph_start = doc.paragraphs[first.paragraph][0]
    if (
        first.open_mark is not None
        and first.open_mark.start != paragraph_start
        and _opens_sentence(doc, first.open_mark.start)
    ):
        found = attribute.previous_sentence(doc, first.open_mark.start)
        if found:
            return found
        found = attribute.beat_subject(doc, first.open_mark.start)
        if found:
            return found
    if first.open_mark is not None and first.open_mark.start == paragraph_start:
        found = attribute.intro_paragraph(doc, first.paragraph)
        if found:
            return found
        if (
            previous is not None
            and previous.found is not None
            and previous.group is not None
            and previous.group.segments[-1].paragraph == first.paragraph - 1
        ):
            closing = attribute.last_sentence_speaker(doc, first.paragraph)
            if closing is not None and closing.zone[0] >= previous.group.outer_end:
                # “A,” Trump added. Clinton disagreed. ¶ “B.”: the last to speak says B
                return closing
            return Found("floating", previous.found.mention, None, previous.found.zone)
        return attribute.last_sentence_speaker(doc, first.paragraph) or (
            attribute.paragraph_subject(doc, first.paragraph)
        )
    if (
        previous is not None
        and previous.found is not None
        and previous.group is not None
        and previous.group.segments[-1].paragraph == first.paragraph
    ):
        return Found("same-paragraph", previous.found.mention, None, previous.found.zone)
    return None


def _closes_sentence(doc: Document, close_end: int) -> bool:
    """Tell whether a new sentence starts right after a closing mark."""
    index = doc.token_at(close_end)
    at = bisect.bisect_left(doc.sentences, index)
    return at < len(doc.sentences) and doc.sentences[at] == index


def _introduces(doc: Document, found: Found, open_start: int) -> bool:
    """Tell whether a found attribution ends with its cue and a comma or colon right before an
    opening mark: "he warned, | “…" / "saying, | “…"."""
    mark = doc.token_at(open_start)
    if found.cue is None or found.cue.kind is not CueKind.VERB or mark < 2:
        return False
    return doc.tokens[mark - 1].text in {",", ":"} and found.cue.last == mark - 2


def _opens_sentence(doc: Document, open_start: int) -> bool:
    """Tell whether an opening mark begins a sentence: the text before it ends one."""
    index = doc.token_at(open_start)
    if index == 0:
        return True
    before = doc.tokens[index - 1].text
    if before in {".", "?", "!", ":", ")"}:
        return True
    return index >= 2 and before in _CLOSING and doc.tokens[index - 2].text in {".", "?", "!"}


def _headline_end(doc: Document) -> int:
    """Return where a headline line opening the text ends, or 0 when it opens with prose."""
    if len(doc.paragraphs) < 2:
        return 0
    start, end = doc.paragraphs[0]
    line = doc.text[start:end]
    if end - start > _HEADLINE_CHARS or _words(line) > 25:
        return 0
    if line.rstrip().endswith((".", ":")):
        return 0
    if line.rstrip().endswith(("”", '"', "''")):
        lead = re.split(r"[“\"]|''|``", line.rstrip()[:-1])[0]  # the words before the quotation
        words = [w for w in lead.split() if w[:1].isalpha()]
        lower = [w for w in words if w[:1].islower() and w.lower() not in _TITLE_SMALL_WORDS]
        if len(words) < 2 or lower:
            return 0  # "X said: “We will win.”" opens with prose; "X Rips Deal: “A Betrayal”" not
    return end


def _title_case(line: str) -> bool:
    """Tell whether a line capitalises its words as headlines do."""
    words = [w for w in line.split() if w[:1].isalpha() or w[1:2].isalpha()]
    capitals = sum(1 for w in words if w.lstrip("‘'“\"")[:1].isupper())
    return capitals >= len(words) * _HEADLINE_CAPITALS


def _is_headline(doc: Document, group: Group) -> bool:
    if not doc.paragraphs or group.segments[0].paragraph != 0:
        return False
    if not _headline_end(doc):
        return False
    start, end = doc.paragraphs[0]
    line = doc.text[start:end]
    introduced = _INTRODUCED_SENTENCE.search(line.rstrip())
    if introduced is not None:
        # "X wrote: ‘… is wrong.’" is a sentence; "Richards: ‘I’m Sick Of Men …’" a headline
        return _title_case(line)
    return True


def _split_by_attribution(
    doc: Document, group: Group, found: Found | None
) -> list[tuple[Group, Found | None]]:
    """Give each segment of a joined quotation the attribution written next to it.

    A gap's attribution belongs to the segment before it (“A,” X said, “B”), unless that
    segment closed its sentence or the gap ends in a colon (“A.” Y said: “B.”), when it
    belongs to the segment after. Runs of segments with one speaker stay one quotation.
    """
    segments = group.segments
    if len(segments) == 1:
        return [(group, found)]
    closes: list[Found | None] = [None] * len(segments)  # the attribution after segment i
    opens: list[Found | None] = [None] * len(segments)  # the attribution before segment i
    for index, segment in enumerate(segments):
        if segment.close_mark is None:
            continue
        if index + 1 == len(segments):
            closes[index] = attribute.after_quote(doc, segment.close_mark.end)
            continue
        following = segments[index + 1]
        if following.open_mark is None:
            continue
        gap = attribute.between(doc, segment.close_mark.end, following.open_mark.start)
        if gap is None:
            continue
        between = doc.text[segment.close_mark.end : following.open_mark.start].rstrip()
        led = None
        opening = segment.open_mark
        lead_in = ""
        if opening is not None:
            lead_in = doc.text[max(0, opening.start - _LEAD_IN_CHARS) : opening.start].rstrip()[-1:]
        if index == 0 and opening is not None and lead_in in {",", ":"}:
            # "When someone in the audience shouted, “A,” Beck joked, “B”": each their own
            led = attribute.before_quote(doc, opening.start)
            if led is not None and not _other_speaker(doc, led, gap):
                led = None
        if led is not None:
            opens[0], opens[index + 1] = led, gap
        elif doc.text[segment.start : segment.end].rstrip()[-1:] in ".…" or between.endswith(":"):
            opens[index + 1] = gap
        else:
            closes[index] = gap
    if opens[1] is not None and segments[0].open_mark is not None:
        # X said, “A.” He added, “B.”: the first part keeps the attribution before it
        opens[0] = attribute.before_quote(doc, segments[0].open_mark.start)
    speakers = {(f.mention.start, f.mention.end) for f in closes + opens if f is not None}
    if len(speakers) <= 1:
        return [(group, found)]
    assigned: list[Found | None] = []
    current: Found | None = None
    for index in range(len(segments)):
        current = closes[index] or opens[index] or current
        assigned.append(current)
    following_found: Found | None = None
    for index in range(len(segments) - 1, -1, -1):
        following_found = closes[index] or following_found
        if assigned[index] is None:
            assigned[index] = following_found or found
    parts: list[tuple[Group, Found | None]] = []
    for segment, attribution in zip(segments, assigned, strict=True):
        if parts and parts[-1][1] is attribution:
            parts[-1][0].segments.append(segment)
        else:
            parts.append((Group([segment]), attribution))
    return parts


def _other_speaker(doc: Document, one: Found, other: Found) -> bool:
    """Tell whether two attributions name different speakers: different names, or a
    description and a name ("someone in the audience shouted" … "Beck joked")."""
    if one.mention.pronoun or other.mention.pronoun or not other.mention.name:
        return False  # "Cruz …: “A” the senator says, “B”": a description may be the same
    first = doc.text[one.mention.start : one.mention.end].lower()
    second = doc.text[other.mention.start : other.mention.end].lower()
    return first.split()[-1] != second.split()[-1]


def _mid_clause(doc: Document, group: Group) -> bool:
    """Tell whether a quotation stops mid-clause and the writer's sentence runs on after it.

    Quoted words that end without punctuation and are followed by a plain lower-case word
    belong to the writer's sentence (a mixed quotation), unless a verb and a comma or colon
    introduce them as a quotation ("saying: “…”").
    """
    if len(group.segments) > 1:
        return False
    segment = group.segments[0]
    if segment.close_mark is None:
        return False
    lexicon = doc.lexicon
    if segment.open_mark is not None:
        opener = doc.token_at(segment.open_mark.start)
        if (
            opener >= 2
            and doc.tokens[opener - 1].text in {":", ","}
            and (doc.tokens[opener - 2].lower in lexicon.verbs)
        ):
            return False
        verb = doc.tokens[opener - 1] if opener >= 1 else None
        chanted = (
            verb is not None
            and lexicon.verbs.get(verb.lower) in _CHANTING
            and not verb.lower.endswith("ing")
            and _words(doc.text[segment.start : segment.end]) >= _CHANT_WORDS
        )
        if chanted:
            return False  # "members chanted “The union, united, will never be defeated” as …"
    inner = doc.text[segment.start : segment.end].rstrip()
    if not inner or not inner[-1].isalnum():
        return False
    index = doc.token_at(segment.close_mark.end)
    if index >= len(doc.tokens):
        return False
    token = doc.tokens[index]
    return (
        token.is_word
        and token.text.islower()
        and token.lower not in lexicon.verbs
        and token.lower not in lexicon.pronouns
        and token.lower not in lexicon.determiners
        and token.lower not in lexicon.title_modifiers
        and token.lower not in {"according", "and", "but", "or"}
    )


def _displayed(doc: Document, found: Found | None) -> bool:
    """Tell whether title-case words are what a sign or a banner reads: "held a sign reading
    “Protect Our Water, Vote Dana Whitfield”" (a slogan, not the title of a work)."""
    if found is None or found.cue is None:
        return False
    head = doc.text[found.mention.start : found.mention.end].split()[-1].lower()
    reads = doc.lexicon.verbs.get(doc.tokens[found.cue.first].lower) == "read"
    return reads and head in attribute.DISPLAYS


def _title_of_work(doc: Document, group: Group) -> bool:
    """Tell whether a quotation reads like the title of a work: short, in title case, no stop."""
    if len(group.segments) > 1 or doc.text is not doc.source:
        return False  # in text all in one case, nothing looks like a title
    content = doc.text[group.start : group.end].rstrip(",")
    words = content.split()
    if not 1 <= len(words) <= 7 or content.endswith((".", "?", "!")):
        return False
    return all(w[0].isupper() or w in _TITLE_SMALL for w in words if w[0].isalpha()) and (
        words[0][0].isupper()
    )


def extract(
    text: str, *, publisher: str | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> Extraction:
    """Find every quotation in ``text`` and attribute it."""
    lexicon = load()
    view = analysis_view(text, lexicon)
    tokens = tokenize(view, lexicon)
    wrapped = is_wrapped(text)
    paragraphs = paragraph_spans(text, wrapped=wrapped)
    doc = Document(
        view,
        tokens,
        [t.start for t in tokens],
        sentence_starts(view, tokens, cased=view is text, wrapped=wrapped),
        paragraphs,
        lexicon,
        source=text,
    )
    diagnostics: list[Diagnostic] = []
    segments = find_segments(text, paragraphs, diagnostics)
    groups = _group(doc, segments)
    outlets = find_outlets(view, lexicon)
    people = People(lexicon)
    people.quoted([(s.start, s.end) for s in segments])
    people.paragraphs([start for start, _ in doc.paragraphs])
    proper = _proper_words(doc)
    headline = _headline_end(doc)
    headline_titles: list[tuple[Person, str | None, str | None]] = []
    datelines = []  # "STERLING HEIGHTS, Mich. —": a place, never a person
    for p_start, p_end in doc.paragraphs[:_DATELINE_PARAGRAPHS]:
        p_first = doc.token_at(p_start)
        if p_first >= len(tokens) or not _CAPITAL_PLACE.fullmatch(tokens[p_first].text):
            continue  # "Sen. X (R-Idaho) — who …" opens with a name, not a place
        dateline = dateline_end(doc, p_first, doc.token_at(p_end))
        if dateline > p_first:
            datelines.append((p_first, dateline))
    after_headline = view[headline:]
    for first, last, title in name_candidates(view, tokens, lexicon, wrapped=wrapped):
        if any(start <= first < end for start, end in datelines):
            continue
        if tokens[first].start < headline:
            last = _headline_name_end(doc, first, last, after_headline)  # "X | Rips Senate …"
        if any(o.start < tokens[last].end and tokens[first].start < o.end for o in outlets):
            continue  # "In a statement to BuzzFeed News, a spokesperson …": an outlet
        opening = first if title is None else title
        after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        if opening > 0 and tokens[opening - 1].lower == "the" and after in _PLURAL_VERBS:
            continue  # "the Lady Hawks are 27-3": a team
        title_end = first - 2 if tokens[first - 1].text == "," else first - 1  # "His wife, X"
        if title is not None:
            for index in range(title + 1, title_end + 1):
                if "\n" in view[tokens[index - 1].end : tokens[index].start]:
                    title = index  # "22:58 GMT ¶ Conservative campaign chief X": the line ends
            while title < title_end and tokens[title].lower.endswith(("-born", "-based")):
                title += 1  # "Tulsa-born | director X": where she was born, not her title
        written = view[tokens[title].start : tokens[title_end].end] if title is not None else None
        if written is not None and written.isupper() and sum(c.isalpha() for c in written) > 4:
            written = written.title()  # "SENATOR OKAFOR:" in a transcript: "Senator", not "CEO"
        role, affiliation = described_after(view, tokens, last, len(tokens), lexicon)
        if role is None and affiliation is None:
            # "The DA’s health spokesperson in the Gauteng legislature, Pieter van der Merwe,"
            opening = first if title is None else title  # "…, Cllr Martin Trevaskis,"
            before, affiliation = described_before(view, tokens, opening, last, lexicon)
            if title is not None and before is not None and affiliation is None:
                # "The Democratic leader, Senator X,": the party of the description
                affiliation, _ = split_body(before, lexicon)
            role = before if title is None else None
        if title is not None and affiliation is None:
            body = _body_before_title(doc, title, title_end, proper)
            if body is not None:  # "Hearts manager Callum MacRitchie": Hearts, manager
                body_start, body_end, role_start = body
                affiliation = view[tokens[body_start].start : tokens[body_end].end]
                if written is None or not party_role(affiliation.split(), written.split(), lexicon):
                    written = view[tokens[role_start].start : tokens[title_end].end]
        if title is not None and affiliation is None and title >= 2:
            affiliation = generic_owner(tokens, title - 1, title - 1, lexicon)  # the company’s
        end = tokens[last].end - (2 if tokens[last].lower.endswith(("’s", "'s")) else 0)
        _add_full_name(doc, people, Span.of(text, tokens[first].start, end))
        relative_name = _relative_full_name(doc, people, first, last, title, written)
        if written is not None and role is not None and is_relation(written):
            written = None  # "Her husband, Dale Whitaker, a retired teacher": the occupation
        if written is not None and role is not None and affiliation is None:
            # "Senator X of Wyoming, the Republican whip,": the title before the name stays,
            # the description still gives the party
            affiliation, _ = split_body(role, lexicon)
        in_headline = tokens[first].start < headline
        person = people.add(
            Span.of(text, tokens[first].start, end),
            title=None if in_headline else written or role,
            affiliation=None if in_headline else affiliation,
            name=relative_name,
        )
        if in_headline:
            # a headline's short title ("Senate hopeful X") fills only what the body leaves
            headline_titles.append((person, written or role, affiliation))
        elif written is not None and role is not None:
            people.describe(person, role, None)  # "Rep. X, the chairman of …": a role too
        person.age = person.age or _age_of(doc, first, last)

    _add_couples(doc, people)
    _add_repeated_names(doc, people)
    _add_speaking_surnames(doc, people)
    _add_surname_mentions(doc, people)
    for person, headline_title, headline_affiliation in headline_titles:
        people.describe(person, headline_title, headline_affiliation)
    # "Quint said" after "Dolores Quint": a surname the article gave a person is no outlet
    outlets = [
        o for o in outlets if o.reference or not people.has_surname(view[o.start : o.end].lower())
    ]

    results: list[_Attributed] = []
    previous: _Attributed | None = None
    for group in groups:
        if _is_headline(doc, group):
            continue
        found = _attribute(doc, group, previous)
        words = sum(_words(text[s.start : s.end]) for s in group.segments)
        adjacent = found is not None and found.rule not in _DISTANT
        unclosed = group.segments[-1].close_mark is None
        single = group.segments[0].open_mark is not None and (
            group.segments[0].open_mark.family is Family.SINGLE
        )
        single = single and not _british_paragraph(doc, group, previous)
        repaired_alone = len(group.segments) == 1 and group.segments[0].open_mark is None
        if _embedded(doc, group.segments[0]):
            continue  # a phrase inside the writer's sentence: a scare quote or a title
        if _mid_clause(doc, group):
            continue  # he said “we don't know” on how many jobs …: part of a mixed quotation
        if (
            _title_of_work(doc, group)
            and (found is None or found.rule not in _FOLLOWED)
            and not _displayed(doc, found)
        ):
            continue  # “The Salt Roads”, premiered …; said “Winter in Mostar” had taken …
        if not adjacent and (
            words < config.min_quote_words or unclosed or single or repaired_alone
        ):
            continue
        for part, part_found in _split_by_attribution(doc, group, found):
            spans = tuple(_segment_span(text, s) for s in part.segments)
            item = _Attributed(spans, QuoteType.DIRECT, part_found, part)
            results.append(item)
            previous = item
    _interview_answers(doc, results, people)
    _transcript_turns(doc, results, people)
    reported = _reported(doc, results)
    _continue_reported_speakers(doc, results, reported)
    results.extend(reported)
    results = [r for r in results if r.type in config.types]
    results.sort(key=lambda r: r.segments[0].start)
    return _build(doc, results, people, outlets, publisher, diagnostics)


def _headline_name_end(doc: Document, first: int, last: int, body: str) -> int:
    """Cut a name read in a title-case headline to the longest start of it the article's body
    repeats: "Rep. Carl Brandvold Rips Senate Immigration Deal" → "Carl Brandvold"."""
    tokens = doc.tokens
    end = last
    while end > first and doc.text[tokens[first].start : tokens[end].end] not in body:
        end -= 1
    if end == first and doc.text[tokens[first].start : tokens[first].end] not in body:
        return last  # the body never names them: nothing to cut by
    return end


def _age_of(doc: Document, first: int, last: int) -> str | None:
    """Return the age the text gives a name: "Beatriz Monteiro, 38," / "38-year-old X"."""
    tokens = doc.tokens
    after = tokens[last + 1 : last + 5]
    if len(after) == 4 and after[1].lower in {"now", "aged", "age"}:
        after = [after[0], *after[2:]]  # "Jory Pengelly, now 73,"
    after = after[:3]
    numbered = len(after) == 3 and after[0].text == "," and after[1].text.isdigit()
    if numbered and after[2].text in {",", ")", "."}:
        return after[1].text
    if first > 0:
        before = _AGE_WORD.fullmatch(tokens[first - 1].text)
        if before is not None:
            return before.group(1)
    return None


def _proper_words(doc: Document) -> frozenset[str]:
    """Return the words the text capitalises inside its sentences: names, not fields."""
    opening = set(doc.sentences)
    return frozenset(
        token.lower
        for index, token in enumerate(doc.tokens)
        if index not in opening and token.is_capitalized and token.is_word
    )


def _ampersand(doc: Document, index: int) -> bool:
    """Tell whether token ``index`` is an "&" joining two capitalised words with no space: "P&C"."""
    tokens = doc.tokens
    if index < 1 or index + 1 >= len(tokens) or tokens[index].text != "&":
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    joined = before.end == tokens[index].start and tokens[index].end == after.start
    return joined and before.text[:1].isupper() and after.text[:1].isupper()


def _body_before_title(
    doc: Document, start: int, end: int, proper: frozenset[str]
) -> tuple[int, int, int] | None:
    """Split a body's proper name off a lower-case title before a name: "Hearts | manager",
    "New Zealand | coach", "Deutsche Bahn | infrastructure board member".

    Returns the first and last tokens of the body and the first of the title. A one-word body
    opening a sentence counts only as an acronym or a word the text capitalises elsewhere
    inside a sentence ("Hearts manager" after "… against Hearts"): otherwise it may be a field
    written with a capital ("Transport commissioner").
    """
    tokens, lexicon = doc.tokens, doc.lexicon
    while start - 1 >= 0:
        if _ampersand(doc, start - 1):
            start -= 2  # "P&C | president", "AT&T | chief executive": one name
            continue
        if plural_possessive(tokens, start - 1):
            start -= 2  # "Students’ | Representative Council president"
            continue
        word = tokens[start - 1]
        if (
            not word.is_capitalized
            or not word.is_word
            or word.lower in lexicon.determiners
            or word.lower.endswith(("’s", "'s"))
            or "\n" in doc.text[word.end : tokens[start].start]
        ):
            break
        start -= 1  # "New | Zealand coach": "New" is no name word, but part of the body
    last = start
    while last + 1 <= end:
        if _ampersand(doc, last + 1):
            last += 2
        elif tokens[last + 1].is_capitalized and tokens[last + 1].is_word:
            last += 1
        elif (
            last + 2 <= end
            and plural_possessive(tokens, last + 1)
            and tokens[last + 2].is_capitalized
        ):
            last += 2  # "Students’ | Representative Council"
        else:
            break
    if last >= end or not tokens[start].is_capitalized:
        return None
    body = tokens[start : last + 1]
    if any(t.lower.endswith(("-born", "-based")) for t in body):
        return None  # "Tulsa-born director", "Lagos-based economist": a place, not a body
    if len(body) == 1 and body[0].lower in lexicon.work_fields:
        return None  # "TV meteorologist", "Marketing director": a field of work
    lead = body[0].lower
    named = len(body) > 1 and body[-1].lower in lexicon.organization_words  # "State Department"
    if (lead in lexicon.title_words or lead in lexicon.title_modifiers) and not named:
        return None  # "Chief Executive officer", "Deputy Police chief"
    if not named and any(
        t.lower in lexicon.title_heads and t.lower not in lexicon.field_heads for t in body
    ):
        return None  # "Finance Minister": a title; "Lakeshore State", "Representative Council"
    if not all(t.text.islower() for t in tokens[last + 1 : end + 1]):
        return None
    word = tokens[start]
    # "MQM-P leader", "P&C president"
    acronym = sum(c.isupper() for c in word.text) > 1 or _ampersand(doc, start + 1)
    if last == start and start in doc.sentences and not acronym and word.lower not in proper:
        return None  # "Transport commissioner …": only a name capitalised mid-sentence counts
    return start, last, last + 1


def _add_couples(doc: Document, people: People) -> None:
    """Record the first of two given names that share a surname: "Hiroshi and Keiko Tanaka"
    names Hiroshi Tanaka too, so that "Mr. Tanaka" can find him."""
    tokens, lexicon = doc.tokens, doc.lexicon
    for index in range(len(tokens) - 4):
        first, joiner, second, surname = tokens[index : index + 4]
        if joiner.lower not in {"and", "&"} or not first.is_capitalized:
            continue
        if first.lower not in lexicon.first_names or second.lower not in lexicon.first_names:
            continue
        following = tokens[index + 4]
        if not is_name_word(lexicon, surname) or is_name_word(lexicon, following):
            continue  # "Hiroshi and Keiko Tanaka", not "… and Keiko Tanaka Smith"
        if surname.lower in lexicon.first_names or surname.lower in lexicon.non_names:
            continue
        span = Span.of(doc.source, first.start, first.end)
        people.add(span, name=f"{first.text} {surname.text}")


def _add_repeated_names(doc: Document, people: People) -> None:
    """Record as people the names whose last word the text later uses alone: "Otis Beckwith
    Jr. … Beckwith said", though "Otis" is no given name the lexicon knows."""
    tokens, lexicon = doc.tokens, doc.lexicon
    alone: dict[str, int] = {}  # a capitalised word standing alone -> its last position
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not is_name_word(lexicon, tokens[index]) or tokens[index].lower in lexicon.non_names:
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and is_name_word(lexicon, tokens[last + 1])
            and not tokens[last].text.endswith(("’s", "'s"))  # "The Ledger’s | Ben Whitacre"
        ):
            last += 1
        after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        if last == index:
            if after not in _PLURAL_VERBS:  # "Rovers have now lost": a team, not a person
                alone[tokens[index].lower] = tokens[index].start
        elif last - index <= 3 and after not in lexicon.title_heads:
            runs.append((index, last))  # not "Northfield Rovers manager …": a body before a title
        index = last + 1
    for first, last in runs:
        while last > first and tokens[last].lower.rstrip(".") in _NAME_SUFFIXES:
            last -= 1  # "Otis Beckwith Jr."
        while first < last and (
            tokens[first].lower in lexicon.title_words
            or tokens[first].lower.rstrip(".") in lexicon.title_words
        ):
            first += 1  # "Senator Otis Beckwith": the title is no part of the name
        if last - first == 2 and first > 0 and tokens[first - 1].lower in {"of", "for"}:
            first += 1  # "Secretary of | Commerce | Adaeze Lindqvist"
        if last == first:
            continue
        if first > 1 and tokens[first - 1].lower in lexicon.name_particles:
            continue  # "Hessa bint | Khalifa Al Suwaidi": the end of a longer name
        lead = tokens[first - 1] if first > 0 else None
        opened = lead is not None and lead.is_capitalized and lead.lower in lexicon.non_names
        if opened and tokens[last].lower in lexicon.masthead_words:
            continue  # "The New | York Times": the rest of an outlet's name
        if people.has_surname(tokens[first].lower):
            continue  # "Clinton Trump" is two names, not one person
        words = tokens[first : last + 1]
        if any(w.lower in lexicon.organization_words or w.text.isupper() for w in words):
            continue  # "Supreme Court", "NATO"
        plural = tokens[last].lower[:-1] if tokens[last].lower.endswith("s") else ""
        if plural in lexicon.nationalities or plural in lexicon.parties:
            continue  # "Muslim Americans", "House Democrats": a group
        if tokens[last].lower in _PARTY_MEMBERS or (first > 0 and tokens[first - 1].lower == "the"):
            continue  # "The North Carolina Republican", "the Liberty Caucus": no person's name
        # "Otis Beckwith Jr. … Beckwith said", or "Harlan Whitcombe … his wife, Deborah Whitcombe"
        owner = tokens[last].lower.endswith(("’s", "'s"))  # "Sam Redford's allied super PAC"
        surname = tokens[last].lower[:-2] if owner else tokens[last].lower
        repeated = alone.get(surname, -1) > tokens[last].end
        known = people.has_surname(surname)
        if (
            known
            and _opens_quotation(doc, first)
            and tokens[first].lower not in lexicon.first_names
        ):
            continue  # “Dump Whitcomb.” / "Blaming Whitcomb is …": a verb before a known name
        if repeated or known:
            end = tokens[last].end - (2 if owner else 0)
            people.add(Span.of(doc.source, tokens[first].start, end))


def _relative_full_name(
    doc: Document,
    people: People,
    first: int,
    last: int,
    title: int | None,
    written: str | None,
) -> str | None:
    """Return the full name of a relative given by a first name alone: "Bobby Ray Tillotson …
    His wife, Brenda," → Brenda Tillotson, the surname of whom "his" stands for."""
    tokens = doc.tokens
    if first != last or title is None or title == 0 or written is None:
        return None
    if written.split()[-1].lower() not in _FAMILY_SHARING or not is_relation(written):
        return None
    gender = POSSESSIVE_GENDER.get(tokens[title - 1].lower)
    if gender is None:
        return None
    owner = people.antecedent(tokens[title - 1].start, gender)
    if owner is None:
        return None
    words = [w for w in owner.name.split() if w.lower().rstrip(".") not in _NAME_SUFFIXES]
    return f"{tokens[first].text} {words[-1]}" if len(words) > 1 else None


def _opens_quotation(doc: Document, index: int) -> bool:
    """Tell whether token ``index`` is the first word inside an opening quote mark, which is
    capitalised whatever it is: “Dump Whitcomb.”"""
    return index > 0 and doc.tokens[index - 1].text in {"“", '"', "‘", "''", "``"}


def _add_speaking_surnames(doc: Document, people: People) -> None:
    """Record a lone capitalised name that speaks as a person: "Vance responded on air the
    following evening. “…,” she said." — so that a pronoun after it can find her."""
    tokens, lexicon = doc.tokens, doc.lexicon
    opening = set(doc.sentences)
    for index in range(len(tokens) - 1):
        token, verb = tokens[index], tokens[index + 1]
        if not is_name_word(lexicon, token) or token.text.isupper():
            continue
        if token.lower in lexicon.non_names or token.lower in lexicon.organization_words:
            continue
        if token.lower in lexicon.pronouns:
            continue  # "He remembers …": a pronoun, though "He" is also a family name
        if token.lower in lexicon.group_nouns or token.lower[:-1] in lexicon.title_heads:
            continue  # "Aides said …", "Officials said …": a group, not a person
        previous = tokens[index - 1] if index > 0 and index not in opening else None
        if previous is not None and (previous.is_word or previous.text in {"-", "'"}):
            continue  # part of a longer name ("de la Fuente"), or not a subject ("in Nigeria")
        if not is_verb(verb, lexicon) or token.text in lexicon.outlets:
            continue
        if lexicon.verbs.get(verb.lower) == verb.lower:
            continue  # "Bakers say …": a plural verb, so no one person
        if not people.knows(token.text, token.end):
            span = Span.of(doc.source, token.start, token.end)
            _add_full_name(doc, people, span)  # "Wu Jiayi" before "Wu says"
            people.add(span)


def _add_surname_mentions(doc: Document, people: People) -> None:
    """Record every later surname-only mention of a person named in full ("Jenkins wasn't
    buying it"), so that a pronoun after it finds that person, not one named before."""
    tokens = doc.tokens
    for index, token in enumerate(tokens):
        owner = token.lower.endswith(("’s", "'s"))  # "Whitcomb’s past donations"
        word = token.lower[:-2] if owner else token.lower
        if not token.is_capitalized or not people.has_surname(word):
            continue
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        opener = before is not None and (
            before.lower in doc.lexicon.non_names or before.lower in _OPENING_PREPOSITIONS
        )  # "For Ortega, the debate …": a sentence's first word, not a given name
        if before is not None and before.is_capitalized and before.is_word and not opener:
            continue  # part of a longer name: "LaToya Jenkins" is recorded already
        if after is not None and after.is_capitalized and after.is_word:
            continue
        end = token.end - 2 if owner else token.end
        # "the Lindqvist corner", "a Trump rally": a name that modifies a noun
        modifier = before is not None and before.lower in {"the", "a", "an"}
        person = people.link_surname(Span.of(doc.source, token.start, end), modifier=modifier)
        if (
            person is not None
            and not owner
            and (person.title is None or person.affiliation is None)
        ):
            # "Delacroix-Whitfield, a former state treasurer, …": described at a later mention
            role, affiliation = described_after(doc.text, tokens, index, len(tokens), doc.lexicon)
            people.describe(person, role, affiliation)


def _interviewer(doc: Document, span: Span) -> bool:
    """Tell whether a name before an interview belongs to the one asking: an outlet's
    journalist ("The Charlotte Ledger’s Ben Whitacre") or someone "interviewed by"."""
    before = doc.text[max(0, span.start - _INTERVIEWER_REACH) : span.start]
    line = before.rsplit("\n", 1)[-1]
    return _INTERVIEWER.search(line) is not None


def _interview_questions(
    doc: Document, direct: list[_Attributed], people: People, first_question: int
) -> None:
    """Give the questions of a Q-and-A exchange to the one the text says examines: "Under
    cross-examination by the defense lawyer, X, …: ¶ Q. You’d say anything …?" → X. With no
    questioner named (an outlet's own interview), the questions are left out."""
    span = people.named_before(first_question, skip=lambda s: not _examiner(doc, s))
    if span is None:
        return
    mention = Mention(span.start, span.end, SpeakerKind.PERSON, name=True)
    found = Found("interview-question", mention, None, (span.start, span.end))
    quoted = {item.group.segments[0].paragraph: item for item in direct if item.group is not None}
    for paragraph, (p_start, p_end) in enumerate(doc.paragraphs):
        label = _LABEL.match(doc.text, p_start, p_end)
        if not label or doc.text[p_start] != "Q" or p_start < first_question:
            continue
        item = quoted.get(paragraph)
        if item is not None:
            if item.found is None:
                item.found = found
            continue
        if _has_marks(doc.text[label.end() : p_end]) or not doc.text[label.end() : p_end].strip():
            continue
        words = (Span.of(doc.source, label.end(), p_end),)
        direct.append(_Attributed(words, QuoteType.DIRECT, found, None))


def _examiner(doc: Document, span: Span) -> bool:
    """Tell whether a name is the one who examines a witness: "Under cross-examination by the
    defense lawyer, X," (a journalist's questions in a newspaper's interview are left out)."""
    before = doc.text[max(0, span.start - _INTERVIEWER_REACH) : span.start]
    return _EXAMINER.search(before.rsplit("\n", 1)[-1]) is not None


def _interview_answers(doc: Document, direct: list[_Attributed], people: People) -> None:
    """Attribute the answers of a question-and-answer interview to the person interviewed.

    Q: Will prices keep rising?  /  A: “Not for long.”: the answer is the words of the person
    named last before the first question.
    """
    questions = [
        start
        for start, end in doc.paragraphs
        if _LABEL.match(doc.text, start, end) and doc.text[start] == "Q"
    ]
    if not questions:
        return
    _interview_questions(doc, direct, people, questions[0])
    span = people.named_before(questions[0], skip=lambda s: _interviewer(doc, s))
    if span is None:
        return
    mention = Mention(span.start, span.end, SpeakerKind.PERSON, name=True)
    found = Found("interview-answer", mention, None, (span.start, span.end))
    quoted: dict[int, list[tuple[int, int]]] = {}  # the quotations inside each answer
    for item in direct:
        if item.group is None:
            continue
        paragraph = item.group.segments[0].paragraph
        p_start, p_end = doc.paragraphs[paragraph]
        label = _LABEL.match(doc.text, p_start, p_end)
        if label and doc.text[p_start] == "A" and p_start > questions[0]:
            quoted.setdefault(paragraph, []).extend(
                (
                    s.open_mark.start if s.open_mark else s.start,
                    s.close_mark.end if s.close_mark else s.end,
                )
                for s in item.group.segments
            )
            if item.found is None:
                item.found = found
    # A: Because the money ran out.  (an answer printed without quote marks, whole or around a
    # quotation it reports: "… called me and said, “Ruth, …” That’s the kindest …")
    for paragraph, (p_start, p_end) in enumerate(doc.paragraphs):
        label = _LABEL.match(doc.text, p_start, p_end)
        if not label or doc.text[p_start] != "A" or p_start < questions[0]:
            continue
        inside = sorted(quoted.get(paragraph, []))
        if not inside and _has_marks(doc.text[label.end() : p_end]):
            continue  # marks that pair with nothing: left alone
        spans = []
        cursor = label.end()
        for start, end in [*inside, (p_end, p_end)]:
            piece = doc.text[cursor:start]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append(Span.of(doc.source, cursor + lead, cursor + len(piece.rstrip())))
            cursor = max(cursor, end)
        if sum(_words(span.text) for span in spans) >= (_ANSWER_WORDS if inside else 1):
            direct.append(_Attributed(tuple(spans), QuoteType.DIRECT, found, None))


def _transcript_turns(doc: Document, direct: list[_Attributed], people: People) -> None:
    """Attribute the turns of a transcript to the people they are labelled with.

    OWEN: What does today's ruling mean?  /  WHAANGA: It means …: each paragraph that opens
    with the capitalised surname of a person named before is that person's words. A transcript
    has two turns or more.
    """
    turns = []
    for paragraph, (p_start, p_end) in enumerate(doc.paragraphs):
        label = _TURN.match(doc.text, p_start, p_end)
        if label is None or not people.has_surname(label.group(1).lower()):
            continue
        turns.append((paragraph, label))
    if len(turns) < 2:
        return
    quoted = {item.group.segments[0].paragraph: item for item in direct if item.group is not None}
    for paragraph, label in turns:
        p_start, p_end = doc.paragraphs[paragraph]
        mention = Mention(label.start(1), label.end(1), SpeakerKind.PERSON, name=True)
        found = Found("transcript-turn", mention, None, (label.start(1), label.end()))
        item = quoted.get(paragraph)
        if item is not None:
            if item.found is None:
                item.found = found
            continue
        start = label.end()
        if _words(doc.text[start:p_end]) >= 1 and not _has_marks(doc.text[start:p_end]):
            direct.append(
                _Attributed((Span.of(doc.source, start, p_end),), QuoteType.DIRECT, found)
            )


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in _DOUBLE_MARKS)


def _continue_reported_speakers(
    doc: Document, direct: list[_Attributed], reported: list[_Attributed]
) -> None:
    """Give an unattributed quotation the speaker of the reported statement just before it.

    Environment Minister Pita Taufa said on Friday that … . “Our islands are disappearing …”,
    in the same paragraph or opening the next one.
    """
    starts = [item.segments[-1].end for item in reported]
    for item in direct:
        if item.found is not None or item.group is None:
            continue
        at = bisect.bisect_right(starts, item.segments[0].start) - 1
        if at < 0 or reported[at].found is None:
            continue
        before = reported[at]
        found = before.found
        assert found is not None
        quote_paragraph = item.group.segments[0].paragraph
        before_paragraph = doc.paragraph_of(before.segments[0].start)
        gap = doc.text[before.segments[-1].end : item.segments[0].start]
        if before_paragraph == quote_paragraph and len(gap) < _CONTINUED_GAP:
            item.found = Found("same-paragraph", found.mention, None, found.zone)
        elif (
            before_paragraph == quote_paragraph - 1
            and len(gap) < _CONTINUED_GAP
            and not gap.strip(" .\n“”\"'‘’")
        ):
            # X said the results had surprised her team. ¶ “We expected a modest effect …
            item.found = Found("floating", found.mention, None, found.zone)


def _reported(doc: Document, direct: list[_Attributed]) -> list[_Attributed]:
    """Find indirect and mixed statements outside the direct quotations.

    They are read in every sentence that holds no direct quotation, and in the words before a
    direct quotation; always, since a quotation right after a statement takes its speaker.
    """
    taken = sorted((r.segments[0].start, r.segments[-1].end) for r in direct)
    sentences = []
    cursor = 0
    bounds = [*doc.sentences, len(doc.tokens)]
    for first, end in itertools.pairwise(bounds):
        if end <= first:
            continue
        s_start, s_end = doc.tokens[first].start, doc.tokens[end - 1].end
        while cursor < len(taken) and taken[cursor][1] <= s_start:
            cursor += 1
        if cursor < len(taken) and taken[cursor][0] < s_end:
            if taken[cursor][0] > s_start:
                # the words before a direct quotation may report speech of their own
                cut = doc.token_at(taken[cursor][0])
                while cut > first and doc.tokens[cut - 1].text in _ALL_MARKS:
                    cut -= 1
                if cut - first >= _MIN_LEAD_TOKENS:
                    sentences.append((first, cut))
            continue
        sentences.append((first, end))
    found = []
    for reported in find_reported(doc, sentences):
        content = doc.text[reported.start : reported.end]
        quoted = any(m in content for m in _DOUBLE_MARKS) or _SINGLE_QUOTED.search(content)
        kind = QuoteType.MIXED if quoted else QuoteType.INDIRECT
        attribution = Found(
            reported.rule, reported.mention, reported.cue, reported.zone, reported.tail
        )
        span = Span.of(doc.source, reported.start, reported.end)
        found.append(_Attributed((span,), kind, attribution))
    return found


def _resolve_speaker(
    doc: Document,
    found: Found,
    people: People,
    outlets: list[OutletMention],
    starts: list[int],
    statement: tuple[int, int, Person] | None = None,
) -> tuple[Speaker, Person | None]:
    """Turn a speaker's mention into a speaker: an outlet, a person, or what the words say.

    ``statement`` is the latest statement attributed to a person: a pronoun goes to that
    person rather than to someone named only inside it ("Carrington, who has endorsed Rex
    Dunaway, said he … ¶ “…,” he said").
    """
    lexicon = doc.lexicon
    mention = found.mention
    span = Span.of(doc.source, mention.start, mention.end)
    outlet = _outlet_within(outlets, starts, mention.start, mention.end, named=True)
    if outlet is not None:
        return Speaker(outlet.name, SpeakerKind.OUTLET, None, None, span), None
    start = doc.token_at(mention.start)
    lone = mention.name and " " not in span.text and start > 0
    lone = lone and not span.text.isupper() and _is_epithet(doc, f"the {span.text}")
    lone = lone or (mention.name and _is_party_epithet(doc, span.text))
    article = start - 1
    while (
        article > start - 3
        and article > 0
        and doc.tokens[article].is_capitalized
        and doc.tokens[article].lower != "the"
    ):
        article -= 1  # "the | New | Mexico Democrat"
    if lone and doc.tokens[article].lower == "the" and not people.knows(span.text, span.start):
        # "said the Spaniard", "the Welshman said", "the Texas Republican said": a
        # capitalised epithet, not a name
        epithet = None
        if _is_party_epithet(doc, span.text):
            party = span.text.split()[-1]
            epithet = people.party_member(mention.start, party, reach=_PARTY_REACH)
        epithet = epithet or people.antecedent(mention.start, "x", reach=_EPITHET_REACH)
        if epithet is not None:
            return _as_person(epithet, span)
    if span.text == "I":
        return Speaker(_WRITER, SpeakerKind.PERSON, None, None, span), None  # “…,” I said.
    if mention.name:
        senior = _SENIORITY.search(doc.source, max(0, span.start - _SENIORITY_REACH), span.start)
        if senior is not None:  # "the elder Mr. Brenner": of two Brenners, the older
            elder = senior.group(1).lower() in {"elder", "older"}
            surname = span.text.split()[-1]
            ranked = people.by_seniority(surname, span.start, elder=elder)
            if ranked is not None:
                return _as_person(ranked, span)
        _add_full_name(doc, people, span)
        person = people.add(span, title=mention.title, affiliation=mention.affiliation)
        if mention.kind is not SpeakerKind.PERSON and person.gender is None:
            person.body = True  # "Microsoft Corp. said …": no antecedent of "he"
        return Speaker(person.name, mention.kind, mention.title, mention.affiliation, span), person
    if mention.pronoun:
        word = span.text.lower()
        pronoun = lexicon.pronouns[SUBJECT_OF.get(word, word)]  # "His statement": he
        if pronoun.gender in ("m", "f"):
            chained = _pronoun_subject_before(doc, mention.start, pronoun.gender)
            # "Asked about Mr. Pruett, he smiled. “…,” he said.": the same "he" as before
            antecedent = people.antecedent(chained or mention.start, pronoun.gender)
            titled = _titled_subject_before(doc, people, chained or mention.start, pronoun.gender)
            if titled is not None:
                return _as_person(titled, span)  # "The senator shrugged it off. “…,” he said."
            related = _relation_subject_before(doc, people, mention.start, pronoun.gender)
            if isinstance(related, Person):
                return _as_person(related, span)  # "Her husband laughed. “…,” he said."
            if related is not None:
                return Speaker(related, SpeakerKind.PERSON, None, None, span), None
            newcomer = _described_subject_before(doc, mention.start, pronoun.gender)
            if newcomer is not None and people.is_quoted(newcomer[0]):
                newcomer = None  # “… A company can buy the tools. …,” he said: the words quoted
            if newcomer is not None and (
                antecedent is None or people.last_mention(antecedent, mention.start) < newcomer[0]
            ):
                # "A retired schoolteacher asked him about it. “…?” she asked."
                start, end, role = newcomer
                return Speaker(doc.source[start:end], SpeakerKind.PERSON, role, None, span), None
            if antecedent is None and newcomer is None:
                newcomer = _described_subject_before(
                    doc, mention.start, pronoun.gender, definite=True
                )
                if newcomer is not None and not people.is_quoted(newcomer[0]):
                    start, end, role = newcomer  # "… the former secretary of state called …"
                    return Speaker(
                        doc.source[start:end], SpeakerKind.PERSON, role, None, span
                    ), None
            if antecedent is not None:
                antecedent = _sentence_subject(doc, people, antecedent, mention.start, pronoun)
            if antecedent is not None and statement is not None:
                begin, finish, speaker_person = statement
                inside = begin <= people.last_mention(antecedent, mention.start) < finish
                agrees = speaker_person.gender in (None, pronoun.gender)
                near = doc.paragraph_of(begin) >= doc.paragraph_of(mention.start) - 1
                if inside and agrees and near and speaker_person is not antecedent:
                    antecedent = speaker_person
            if antecedent is not None:
                if antecedent.gender is None and _named_alone_before(doc, people, antecedent, span):
                    # "His wife, Claudette X, disagrees. “…,” she calls out.": a woman
                    antecedent.gender = pronoun.gender
                return _as_person(antecedent, span)
        kind = SpeakerKind.ORGANIZATION if pronoun.gender == "n" else SpeakerKind.PERSON
        return Speaker(span.text, kind, None, None, span), None
    head = span.text.split()[-1].lower()
    if head in lexicon.document_nouns and span.text.lower().startswith("the "):
        owner = _document_owner(doc, people, mention.start, head)
        if owner is not None:  # "Dr. Strand released a statement. The statement read: “…”"
            return _as_person(owner, span)
        issuer = _statement_body(doc, mention.start, head)
        if issuer is not None:  # "In a statement, the company said … ¶ “…,” the statement said."
            return Speaker(issuer, SpeakerKind.ORGANIZATION, None, None, span), None
    if mention.kind is SpeakerKind.ORGANIZATION and span.text.lower().startswith("the "):
        named = _named_organization(doc, mention.start, head)
        if named is not None:
            return Speaker(named, SpeakerKind.ORGANIZATION, None, None, span), None
    if head in lexicon.outlet_nouns and span.text.lower() == f"the {head}":
        named = _named_organization(doc, mention.start, head)
        if named is not None:  # "Silver State Broadcasting Network … the network said": the
            return Speaker(named, SpeakerKind.ORGANIZATION, None, None, span), None  # company
    if mention.kind is SpeakerKind.PERSON and _AGE.fullmatch(span.text):
        age = re.sub(r"\D", "", span.text)
        # "the 38-year-old said": the person given that age, else the one just named
        aged = people.aged(mention.start, age) or people.antecedent(
            mention.start, "x", reach=_AGE_REACH
        )
        if aged is not None:
            return _as_person(aged, span)
    if mention.kind is SpeakerKind.PERSON and _AGE.match(span.text):
        # "the 64-year-old former oil executive said": the person given that age, else the
        # one just named ("X has ruled out a move. “…,” said the 28-year-old midfielder.")
        aged = people.aged(mention.start, re.sub(r"\D", "", span.text.split()[1]))
        if aged is None and span.text.lower().startswith("the "):
            aged = people.described(mention.start, head)  # "the 74-year-old judge"
            if aged is None:
                aged = people.antecedent(mention.start, "x", reach=_AGE_REACH)
                aged = aged if aged is not None and aged.age is None else None  # no other age
        if aged is not None:
            return _as_person(aged, span)
    related = _relation_mention(people, span) if mention.kind is SpeakerKind.PERSON else None
    if related is not None:
        return _as_person(related, span)  # "his father said", "the son said"
    counted = _COUNTED.fullmatch(span.text)
    if mention.kind is SpeakerKind.PERSON and counted is not None:
        # "the mother of two said": the person just named, of the gender the noun gives
        gender = gender_of([], counted.group(1), lexicon) or "x"
        parent = people.antecedent(mention.start, gender, reach=_EPITHET_REACH)
        if parent is not None:
            return _as_person(parent, span)
    if mention.kind is SpeakerKind.PERSON and span.text.lower().startswith("the "):
        described = people.described(mention.start, head)
        if described is None and head in lexicon.epithet_nouns:
            # "Victor Brandt … praised Hollister. “…,” the billionaire said.": the subject of
            # the sentence before, else the one the story has named most
            described = _subject_before(doc, people, mention.start) or people.salient(
                mention.start, reach=_EPITHET_REACH
            )
        served = _SERVED.match(doc.text, span.end) is not None  # "the U.S. ambassador to France"
        if (
            described is None
            and not served
            and (_is_epithet(doc, span.text) or _is_past_role(doc, span.text, mention.start))
        ):
            # "the Spaniard", "the veteran", "the Gunners boss", "the former point guard": the
            # person just named
            described = people.antecedent(mention.start, "x", reach=_EPITHET_REACH)
        if described is not None:
            role = span.text.split(maxsplit=1)[1] if " " in span.text else ""
            pair = " ".join(role.lower().split()[-2:])  # "the Selangor | Menteri Besar"
            entitled = head in lexicon.titles or pair in lexicon.titles
            if role and entitled and head not in lexicon.epithet_nouns:
                people.describe(described, role, None)  # "the former governor": his title
            return _as_person(described, span)
    title, affiliation = mention.title, mention.affiliation
    if title is not None and affiliation is None:
        affiliation, title = split_body(title, lexicon)  # "a Downing Street spokesperson"
    postmodifier = _source_postmodifier(doc, found)
    body = _SERVED_BODY.match(postmodifier)
    if affiliation is None and body is not None:
        affiliation = body.group(1)  # "said a spokesperson for the U.S. Marshals Service"
    return Speaker(span.text + postmodifier, mention.kind, title, affiliation, span), None


def _source_postmodifier(doc: Document, found: Found) -> str:
    """Return what describes an unnamed source right after its head, for its name: "a person
    | familiar with the matter | said", "said one executive | at a Fortune 500 retailer"."""
    tokens = doc.tokens
    first = doc.token_at(found.mention.start)
    if first >= len(tokens):
        return ""
    bare_group = tokens[first].lower in doc.lexicon.group_nouns  # "analysts at Brightwater"
    if tokens[first].lower not in _UNNAMED_SOURCES and not bare_group:
        return ""
    if found.mention.kind is SpeakerKind.ORGANIZATION:
        return ""  # "a message from Mr X to …": a text, no source
    start = doc.token_at(found.mention.end)
    if start >= len(tokens) or tokens[start].lower not in _POSTMODIFIER_OPENERS:
        return ""
    _, end = doc.sentence_bounds(start)
    if found.cue is not None and found.cue.first >= start:
        end = min(end, found.cue.first)
    last = start
    while last + 1 < end and tokens[last + 1].text not in _POSTMODIFIER_ENDS:
        last += 1
    if last - start >= _POSTMODIFIER_WORDS or tokens[last].text in _POSTMODIFIER_ENDS:
        return ""
    return doc.source[found.mention.end : tokens[last].end]


def _add_full_name(doc: Document, people: People, span: Span) -> None:
    """Record the full name a one-word mention shortens, if the text gave it before and no
    person with that name is known yet: "At 34, Wu Jiayi is the youngest chef …" ¶ "Wu says"."""
    words = strip_honorific(span.text.split(), doc.lexicon)
    if len(words) == 1 and words[0].lower().rstrip(".") in doc.lexicon.title_words:
        return  # "Deputy Governor (Economic Policy), X": a title read as a name
    if len(words) == 1 and not people.knows(words[0], span.start):
        full = _full_name_before(doc, span.start, words[0])
        if full is not None:
            people.add(full)


def _full_name_before(doc: Document, position: int, word: str) -> Span | None:
    """Find the full name a one-word mention shortens: "Wu Jiayi" before "Wu", "Ana Ruiz"
    before "Ruiz": a run of two or three capitalised words that begins or ends with it."""
    tokens = doc.tokens
    index = doc.token_at(position) - 1
    for back in range(index, max(-1, index - _FULL_NAME_REACH), -1):
        if tokens[back].text != word:
            continue
        first = last = back
        while last + 1 < len(tokens) and last - first < 2 and _is_plain_name(doc, tokens[last + 1]):
            last += 1  # "Ng Wei Ling", "Wu Jiayi": the family name first
        while first - 1 >= 0 and last - first < 2 and is_name_word(doc.lexicon, tokens[first - 1]):
            first -= 1
        if last - first == 2 and first > 0 and tokens[first - 1].lower in {"of", "for"}:
            first += 1  # "Secretary of | Commerce | Adaeze Lindqvist": the field is no name
        if first < last and (first == back or last == back):
            return Span.of(doc.source, tokens[first].start, tokens[last].end)
    return None


def _is_plain_name(doc: Document, token: Token) -> bool:
    lexicon = doc.lexicon
    return (
        is_name_word(lexicon, token)
        and token.lower not in lexicon.organization_words
        and not token.lower.endswith(("’s", "'s"))
    )


def _refer_back(
    doc: Document, speaker: Speaker, person: Person | None, earlier: list[tuple[Found, Speaker]]
) -> Speaker | None:
    """Give "the statement said" and "the company said" the speaker they refer back to.

    "Andes Cobre said in a statement that … . “…,” the statement said." → Andes Cobre: the
    speaker of the latest attribution whose words hold the same noun. "ASMV Holding NV said … .
    “…,” the company said." → the latest organisation named as a speaker.
    """
    text = speaker.mention.text
    if person is None and speaker.name == text and text.lower() in {"they", "it"}:
        return _group_before(speaker, earlier)
    if person is None and speaker.kind is SpeakerKind.PERSON:
        return _source_before(speaker, earlier)
    if person is not None or speaker.kind is not SpeakerKind.ORGANIZATION:
        return None
    if speaker.name != text or not text.lower().startswith("the "):
        return None  # already resolved to a name ("the ministry" → "Ministry of Health")
    if any(word[:1].isupper() for word in text.split()[1:-1]):
        return None  # "the Albright campaign" names its body: no reference to "her campaign"
    head = text.split()[-1].lower()
    document = head in doc.lexicon.document_nouns
    for found, before in reversed(earlier):
        if speaker.mention.start - found.zone[1] > _REFER_REACH:
            break
        if before.mention.text.lower().startswith("the "):
            continue
        if document:
            zone = doc.text[found.zone[0] : found.zone[1]].lower()
            if re.search(rf"\b{re.escape(head)}\b", zone) is None:
                continue
        elif before.kind is not SpeakerKind.ORGANIZATION:
            continue
        elif len(text.split()) > 2 and head not in before.name.lower():
            continue  # "the interior ministry" is no "Police" said before: a body of its own
        return replace(
            before, mention=speaker.mention, title=before.title, affiliation=before.affiliation
        )
    if head == "campaign" and len(text.split()) == 2:
        return _campaign_before(doc, speaker)
    return None


def _campaign_before(doc: Document, speaker: Speaker) -> Speaker | None:
    """Give "the campaign said" the candidate's campaign the text names last: "Sen. Ann
    Merriweather’s campaign responded …" or "the Merriweather campaign" → Merriweather
    campaign."""
    start = max(0, speaker.mention.start - _REFER_REACH)
    named = None
    for match in _CAMPAIGN_NAMED.finditer(doc.source, start, speaker.mention.start):
        named = match.group(1) or match.group(2)
    if named is None or named.lower() in doc.lexicon.non_names:
        return None
    return replace(speaker, name=f"{named} campaign")


def _source_before(speaker: Speaker, earlier: list[tuple[Found, Speaker]]) -> Speaker | None:
    """Give "the aide said" the unnamed source introduced before it: "“…,” said a senior
    Republican aide. … “…,” the aide said." → "a senior Republican aide"."""
    words = speaker.mention.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _ANONYMOUS | SPOKESPEOPLE:
        return None  # "the aide", "the spokesperson"
    for found, before in reversed(earlier):
        if speaker.mention.start - found.zone[1] > _REFER_REACH:
            break
        introduced = before.mention.text.lower().split()  # its head, not its description
        if introduced[:1] in (["a"], ["an"], ["one"]) and introduced[-1] == words[1]:
            return replace(before, mention=speaker.mention)
    return None


def _group_before(speaker: Speaker, earlier: list[tuple[Found, Speaker]]) -> Speaker | None:
    """Give "they" or "it" the latest organisation or group named as a speaker before it."""
    kinds = {SpeakerKind.ORGANIZATION, SpeakerKind.GROUP}
    if speaker.mention.text.lower() == "it":
        kinds = {SpeakerKind.ORGANIZATION}
    for found, before in reversed(earlier):
        if speaker.mention.start - found.zone[1] > _REFER_REACH:
            break
        if before.kind is SpeakerKind.PERSON:
            return None  # a person spoke last: "they" may be that person and others
        if before.kind in kinds and before.name.lower() not in {"they", "it"}:
            return replace(before, mention=speaker.mention)
    return None


def _sentence_subject(
    doc: Document, people: People, antecedent: Person, position: int, pronoun: Pronoun
) -> Person:
    """Prefer the person who opens the antecedent's sentence: "Aberdeen boss X was full of
    praise for his striker Y. “…,” he told BBC Scotland." → X, the sentence's subject."""
    at = people.last_mention(antecedent, position)
    if at < 0:
        return antecedent
    first, _ = doc.sentence_bounds(doc.token_at(at))
    start = doc.tokens[first].start
    if doc.paragraph_of(start) < doc.paragraph_of(position) - 1:
        return antecedent
    opening = clause_start(doc, first, doc.token_at(at))
    described = _described_opening(doc, people, opening, pronoun)
    if described is not None and described is not antecedent:
        return described  # "The 71-year-old, … appointed by President Reagan, has …": the judge
    window = min(opening + _TITLE_LEAD_WORDS + _REACH_AFTER_SUBJECT, doc.token_at(at))
    names = people.named_between(start, doc.tokens[window].end)  # the subject is named early
    for where, end, person in names:
        if person is antecedent or person.gender not in (None, pronoun.gender):
            continue
        if doc.source[end : end + 2] in {"’s", "'s"}:
            continue  # "Ellery’s spokesman, Rick Tamayo, …": the owner is not the subject
        if doc.token_at(where) < opening:
            continue  # "After a meeting with Laura Kim, Ms. Whitfield …": the opening phrase
        if any(p is antecedent and b > where and a < end for a, b, p in names):
            continue  # another reading of the same words, not another person
        if doc.token_at(where) <= opening + _TITLE_LEAD_WORDS:
            return person  # named first, as the subject
    return antecedent


def _described_opening(
    doc: Document, people: People, opening: int, pronoun: Pronoun
) -> Person | None:
    """Return the person an age epithet opening a sentence stands for: "The 71-year-old, a
    senior judge, …" → the person of that age, or the one named just before."""
    tokens = doc.tokens
    if opening + 1 >= len(tokens) or tokens[opening].lower != "the":
        return None
    text = doc.source[tokens[opening].start : tokens[opening + 1].end]
    if not _AGE.fullmatch(text):
        return None
    if opening + 2 < len(tokens) and is_name_word(doc.lexicon, tokens[opening + 2]):
        return None  # "The 45-year-old Baptiste": the name itself is the subject
    age = re.sub(r"\D", "", text)
    start = tokens[opening].start
    person = people.aged(start, age) or people.antecedent(start, pronoun.gender, reach=_AGE_REACH)
    if person is None or person.gender not in (None, pronoun.gender):
        return None
    return person


def _as_person(person: Person, span: Span) -> tuple[Speaker, Person]:
    """Record ``span`` as a mention of ``person`` and return the speaker it gives."""
    person.mentions.append(span)
    return Speaker(person.name, SpeakerKind.PERSON, person.title, person.affiliation, span), person


def _is_party_epithet(doc: Document, text: str) -> bool:
    """Tell whether capitalised words end in a party member's noun after a place: "Texas
    Republican", "Vermont Democrat", "Republican"."""
    words = text.split()
    return (
        len(words) <= _EPITHET_WORDS
        and words[-1].lower() in _PARTY_MEMBERS
        and all(w[:1].isupper() for w in words)
    )


def _is_past_role(doc: Document, text: str, position: int) -> bool:
    """Tell whether "the former point guard" is a career epithet for the person just named:
    a past or long-held role that no one was introduced by ("a former official … the former
    official said" stays that unnamed source)."""
    words = text.lower().split()[1:]
    if len(words) < 2 or words[0] not in _CAREER_MODIFIERS or words[-1] not in doc.lexicon.titles:
        return False
    head = re.escape(words[-1])
    introduced = re.compile(rf"\b(?:a|an|one)\s(?:[\w-]+\s){{0,3}}{head}\b", re.IGNORECASE)
    start = max(0, position - _EPITHET_REACH)
    return introduced.search(doc.text, start, position) is None


# a role's complement after a description: it names a role of its own, not an earlier person
_SERVED = re.compile(r"\s+(?:to|for|at|with)\s+(?:the\s+)?[A-Z]")


def _is_epithet(doc: Document, text: str) -> bool:
    """Tell whether "the …" is an epithet for a person named before rather than a role of its
    own: "the veteran", "the Spaniard", "the Gunners boss", "the Serbian center"."""
    words = text.split()[1:]
    if not words or len(words) > _EPITHET_WORDS:
        return False
    head = words[-1].lower()
    lexicon = doc.lexicon
    if head in lexicon.epithet_nouns:
        return True  # "the billionaire", "the front-runner"
    if len(words) >= 2 and " ".join(words[-2:]).lower() in lexicon.titles:
        head = " ".join(words[-2:]).lower()  # "the Selangor | Menteri Besar"
    if head in lexicon.group_nouns or (head.endswith("s") and not head.endswith("ss")):
        return False  # "the protesters": a group
    if head in _ANONYMOUS or head in lexicon.document_nouns:
        return False  # "the person" (familiar with the matter), "the ad": no one named
    personal = (
        head in lexicon.titles
        or head.endswith(_PERSON_ENDINGS)
        or head == "native"
        or head in lexicon.nationalities  # "the Portuguese said"
    )
    return personal and (head not in lexicon.titles or any(w[:1].isupper() for w in words))


def _sentence_before(doc: Document, position: int) -> tuple[int, int] | None:
    """Return the first token of the sentence before ``position``'s and the first token of
    ``position``'s own, when that sentence lies in the same paragraph or the one before."""
    index = doc.token_at(position)
    first, _ = doc.sentence_bounds(min(index, len(doc.tokens) - 1))
    if first == 0:
        return None
    before, _ = doc.sentence_bounds(first - 1)
    if doc.paragraph_of(doc.tokens[before].start) < doc.paragraph_of(position) - 1:
        return None
    return before, first


def _subject_start_before(doc: Document, position: int) -> tuple[int, int] | None:
    """Return where the subject of the sentence before ``position``'s starts, past its
    opening phrases, and the first token of ``position``'s own sentence."""
    bounds = _sentence_before(doc, position)
    if bounds is None:
        return None
    before, first = bounds
    start = clause_start(doc, before, first)
    return (start, first) if start < first else None


def _described_subject_before(
    doc: Document, position: int, gender: str, *, definite: bool = False
) -> tuple[int, int, str | None] | None:
    """Return the description that is the subject of the sentence before ``position``'s, when
    it names an unnamed person a pronoun can stand for: "A retired schoolteacher asked him …";
    with ``definite``, also "The former secretary of state called …" (for an article that
    names no one the pronoun could stand for)."""
    bounds = _subject_start_before(doc, position)
    if bounds is None:
        return None
    start, first = bounds
    tokens = doc.tokens
    articles = {"a", "an", "the"} if definite else {"a", "an"}
    if tokens[start].lower not in articles:
        return None  # only a new, indefinite person: "A woman in the crowd …"
    last = start + 1
    while last + 1 < first and last - start < _DESCRIPTION_WORDS:
        following = tokens[last + 1]
        after_of = tokens[last].lower in {"of", "for"}  # "secretary of | state": a noun
        if not following.text.islower() or (following.lower in doc.lexicon.verbs and not after_of):
            break
        if following.lower in doc.lexicon.finite_verbs or following.lower in RELATIVE_PRONOUNS:
            break  # "A procurement manager | who left the firm …"
        if following.lower.endswith("ed") and not after_of and last > start + 1:
            break  # "the former secretary of state | called …": a past verb ends the noun
        last += 1
    head = tokens[last]
    verb = tokens[last + 1] if last + 1 < first else None
    finite = verb is not None and (
        verb.lower in doc.lexicon.verbs
        or verb.lower in doc.lexicon.finite_verbs
        or (verb.text.islower() and verb.lower.endswith("ed"))  # "… | called the plan cruel"
        or verb.lower in RELATIVE_PRONOUNS  # "A procurement manager | who left the firm told …"
    )
    if not head.text.islower() or not finite:
        return None  # "A retired schoolteacher | asked him …": a noun, then its verb
    title = doc.source[tokens[start + 1].start : head.end]
    if gender_of([], title, doc.lexicon) not in (None, gender):
        return None
    same = _GENDERED_FORMS.get(gender, frozenset())
    if any(t.lower in same for t in tokens[last + 1 : first]):
        return None  # "A reporter asked whether he had won votes. “…,” he said": someone else
    return tokens[start].start, head.end, title


def _pronoun_subject_before(doc: Document, position: int, gender: str) -> int | None:
    """Return where the sentence before ``position``'s starts, when its subject is a pronoun of
    the same gender after an opening phrase: "Asked about Mr. Pruett, | he | smiled." The
    pronoun at ``position`` then stands for whoever that one does, named before that sentence.
    """
    bounds = _sentence_before(doc, position)
    if bounds is None:
        return None
    before, first = bounds
    tokens, lexicon = doc.tokens, doc.lexicon
    opener = tokens[before]
    alone = lexicon.pronouns.get(opener.lower)
    if alone is not None and alone.gender == gender and before + 1 < first:
        return opener.start  # "He did not answer directly. “…,” he said.": the same "he"
    if not (opener.is_capitalized and opener.lower.endswith(("ed", "ing"))):
        return None  # "Asked about …," / "Speaking to …,": a phrase before the subject
    comma = next((i for i in range(before, min(first, before + 10)) if tokens[i].text == ","), None)
    if comma is None or comma + 1 >= first:
        return None
    subject = lexicon.pronouns.get(tokens[comma + 1].lower)
    if subject is None or subject.gender != gender:
        return None
    return opener.start


def _relation_mention(people: People, span: Span) -> Person | None:
    """Return whom a relation stands for in a family the article names: "his father" → the
    other man of the family of whom "his" stands for; "the son" → the younger man of the
    family just spoken of, where their ages are given."""
    match = _RELATION_MENTION.fullmatch(span.text)
    if match is None:
        return None
    owner_word, relation = match.group(1).lower(), match.group(2).lower()
    gender = KIN_GENDER[relation]
    if owner_word in POSSESSIVE_GENDER:
        owner = people.antecedent(span.start, POSSESSIVE_GENDER[owner_word])
        return people.kin_of(owner, gender, span.start) if owner is not None else None
    anchor = people.antecedent(span.start, "x")
    surname = people.surname_of(anchor) if anchor is not None else None
    if anchor is None or surname is None:
        return None
    if relation in {"husband", "wife"}:
        return people.kin_of(anchor, gender, span.start)
    if relation in {"brother", "sister"}:
        return None  # "the brother": which of them, the article must say
    elder = relation in {"father", "mother"}
    return people.by_seniority(surname, span.start, elder=elder, gender=gender)


def _relation_subject_before(
    doc: Document, people: People, position: int, gender: str
) -> Person | str | None:
    """Return whom "his"/"her" and a relation stand for as the subject of the sentence before
    ``position``'s: "Mrs. Hollister … Her husband laughed. “…,” he said." → the Hollister of
    his gender; the description itself ("Her husband") when the article names no such kin."""
    bounds = _subject_start_before(doc, position)
    if bounds is None:
        return None
    start, first = bounds
    tokens = doc.tokens
    owner_gender = POSSESSIVE_GENDER.get(tokens[start].lower)
    if owner_gender is None or start + 2 >= first or people.is_quoted(tokens[start].start):
        return None
    relation, verb = tokens[start + 1], tokens[start + 2]
    lexicon = doc.lexicon
    finite = verb.text.islower() and (
        verb.lower in lexicon.verbs
        or verb.lower in lexicon.finite_verbs
        or verb.lower.endswith(("ed", "s"))
    )
    if KIN_GENDER.get(relation.lower) != gender or not finite:
        return None  # "Her husband, Tom, …", "His wife of 54 years, X,": a name speaks for itself
    owner = people.antecedent(tokens[start].start, owner_gender)
    kin = people.kin_of(owner, gender, position) if owner is not None else None
    return kin or doc.source[tokens[start].start : relation.end]


def _titled_subject_before(
    doc: Document, people: People, position: int, gender: str
) -> Person | None:
    """Return the person a title stands for as the subject of the sentence before
    ``position``'s: "The senator shrugged off the criticism. “…,” he said." → the senator
    named before, though someone else was named since."""
    bounds = _subject_start_before(doc, position)
    if bounds is None:
        return None
    start, first = bounds
    tokens, lexicon = doc.tokens, doc.lexicon
    if start + 2 >= first or tokens[start].lower != "the" or people.is_quoted(tokens[start].start):
        return None  # “… The senator lied. …,” he said: a sentence of the quotation
    at = start + 1
    if at + 2 < first and tokens[at + 1].lower in lexicon.title_heads:
        at += 1  # "The | Kansas | senator was unmoved."
    head = tokens[at]
    after = at + 1
    if tokens[after].text == ",":
        # "The governor, in an interview last month, defended the law": past the apposition
        close = next(
            (
                i
                for i in range(after + 1, min(first, after + _APPOSITION_TOKENS))
                if tokens[i].text == ","
            ),
            None,
        )
        if close is None:
            return None
        after = close + 1
    auxiliary = False  # "The mayor | did not | look at her": the auxiliary makes it finite
    while after < first and tokens[after].lower in lexicon.speech_adverbs:
        auxiliary = auxiliary or tokens[after].lower in lexicon.finite_verbs
        after += 1  # "…, then turned to Dr. Okoye"
    if after >= first:
        return None
    verb = tokens[after]
    if not (head.text.islower() or head.is_capitalized) or head.lower not in lexicon.title_heads:
        return None
    finite = auxiliary or verb.lower in lexicon.verbs or verb.lower in lexicon.finite_verbs
    if not (verb.text.islower() and (finite or verb.lower.endswith("ed"))):
        return None  # "The senator | shrugged …": a title, then its verb
    described = people.described(tokens[start].start, head.lower, gender=gender)
    if described is None and head.lower in lexicon.epithet_nouns:
        # "Asked by co-host X whether …, the billionaire laughed.": whom the story is about
        salient = people.salient(tokens[start].start, reach=_EPITHET_REACH)
        if salient is not None and salient.gender in (None, gender):
            described = salient
    return described


def _named_alone_before(doc: Document, people: People, person: Person, span: Span) -> bool:
    """Tell whether ``person`` is the only one named in the pronoun's sentence and the one
    before it, so that the pronoun surely gives their gender."""
    bounds = _sentence_before(doc, span.start)
    if bounds is None:
        return False
    start = doc.tokens[bounds[0]].start
    named = {id(p) for _, _, p in people.named_between(start, span.start)}
    return named == {id(person)}


def _subject_before(doc: Document, people: People, position: int) -> Person | None:
    """Return the person named as the subject of the sentence before ``position``'s."""
    bounds = _subject_start_before(doc, position)
    if bounds is None:
        return None
    start, first = bounds
    window = doc.tokens[min(start + _TITLE_LEAD_WORDS, first - 1)].end
    names = people.named_between(doc.tokens[start].start, window)
    return names[0][2] if names else None


def _document_owner(doc: Document, people: People, position: int, head: str) -> Person | None:
    """Return the person whose text "the statement" at ``position`` is, when the sentence before
    has that person put it out: "Dr. Evelyn Strand released a statement. The statement read:"."""
    bounds = _sentence_before(doc, position)
    if bounds is None:
        return None
    before, first = bounds
    tokens = doc.tokens
    noun = next((i for i in range(before, first) if tokens[i].lower == head), None)
    if noun is None:
        return None
    start = clause_start(doc, before, noun)  # "After meeting Smith, | Jones released …"
    subject = speaker_after(doc.text, tokens, start - 1, noun, doc.lexicon)
    if subject is None or subject.pronoun:
        return None
    # "Brandt campaign spokeswoman Holly Kerrigan dismissed …": the name that heads the subject
    names = people.named_between(subject.start, subject.end)
    return names[-1][2] if names else None


def _statement_body(doc: Document, position: int, head: str) -> str | None:
    """Return the organisation whose text "the statement" at ``position`` is, when a sentence
    before opens "In a statement, the company said …": its name from the article."""
    bounds = _sentence_before(doc, position)
    if bounds is None:
        return None
    before, first = bounds
    tokens = doc.tokens
    noun = next((i for i in range(before, min(first, before + 4)) if tokens[i].lower == head), None)
    if noun is None or noun + 1 >= first or tokens[noun + 1].text != ",":
        return None
    subject = speaker_after(doc.text, tokens, noun + 1, first, doc.lexicon)
    if subject is None or subject.kind is not SpeakerKind.ORGANIZATION:
        return None
    text = doc.source[subject.start : subject.end]
    if not text.lower().startswith("the "):
        return text  # "In a statement, Vector Ridge said …"
    return _named_organization(doc, subject.start, text.split()[-1].lower())


def _named_organization(doc: Document, position: int, head: str) -> str | None:
    """Return the name of the organisation "the ministry" refers to: "Ministry of Antiquities"."""
    tokens = doc.tokens
    index = doc.token_at(position) - 1
    generic = head in _GENERIC_BODIES
    reach = _GENERIC_REACH if generic else _ORGANIZATION_REACH
    for back in range(index, max(-1, index - reach), -1):
        token = tokens[back]
        if not token.is_capitalized:
            continue
        named = token.lower == head or (
            generic  # "The Federation for American Immigration Reform … the group said"
            and token.lower in doc.lexicon.organization_words
            and back > 0
            and tokens[back - 1].is_capitalized
        )
        if not named:
            continue
        first = back
        while first > 0:
            previous = tokens[first - 1]
            if (
                previous.is_capitalized
                and previous.is_word
                and previous.lower not in doc.lexicon.non_names
                and not previous.lower.endswith(("’s", "'s"))  # Egypt’s Ministry
            ):
                first -= 1
            elif previous.lower in {"and", "&"} and first > 1 and tokens[first - 2].is_capitalized:
                first -= 1  # "Roads and Transport Authority"
            elif plural_possessive(tokens, first - 1):
                first -= 2  # "Retail and Warehouse Workers’ | Union"
            else:
                break
        last = back
        while last + 2 < len(tokens) and tokens[last + 1].lower in {"of", "for", "and"}:
            following = last + 2
            if tokens[following].lower == "the" and following + 1 < len(tokens):
                following += 1
            if not tokens[following].is_capitalized:
                break
            last = following
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].is_capitalized
                and (tokens[last + 1].is_word)
            ):
                last += 1
        return doc.source[tokens[first].start : tokens[last].end]
    return None


def _outlet_within(
    outlets: list[OutletMention], starts: list[int], start: int, end: int, *, named: bool = False
) -> OutletMention | None:
    """Return the first outlet mention overlapping ``start``..``end`` (named ones only if asked)."""
    index = max(bisect.bisect_left(starts, start) - 1, 0)
    while index < len(outlets) and outlets[index].start < end:
        outlet = outlets[index]
        if outlet.end > start and not (named and outlet.reference):
            return outlet
        index += 1
    return None


def _interview_before(
    doc: Document,
    people: People,
    outlets: list[OutletMention],
    starts: list[int],
    person: Person,
    position: int,
) -> OutletMention | None:
    """Return the outlet the sentence before ``position`` says the person spoke to: "Marisol
    Castañeda spoke to HuffPost through an interpreter. “…,” she said."."""
    bounds = _sentence_before(doc, position)
    if bounds is None:
        return None
    before, first = bounds
    start, end = doc.tokens[before].start, doc.tokens[first].start
    if doc.paragraph_of(start) != doc.paragraph_of(position):
        return None
    if not any(named is person for _, _, named in people.named_between(start, end)):
        return None
    for outlet in outlets[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if not outlet.reference:
            lead = doc.source[max(start, outlet.start - 12) : outlet.start].split()
            if lead and lead[-1].lower() in _INTERVIEW_WORDS:
                return outlet
    return None


def _build(
    doc: Document,
    results: list[_Attributed],
    people: People,
    outlets: list[OutletMention],
    publisher: str | None,
    diagnostics: list[Diagnostic],
) -> Extraction:
    text = doc.source
    starts = [o.start for o in outlets]
    credit = _dateline_credit(doc, outlets)
    drafts: list[tuple[Quote, Person | None]] = []
    earlier: list[tuple[Found, Speaker]] = []
    statement: tuple[int, int, Person] | None = None  # the latest statement of a person
    last_outlet: dict[object, OutletMention] = {}
    for number, item in enumerate(results, start=1):
        speaker = None
        person = None
        cue = None
        outlet = None
        confidence = 0.3
        rule = "unattributed"
        if item.found is not None:
            found = item.found
            speaker, person = _resolve_speaker(doc, found, people, outlets, starts, statement)
            if found.mention.via is not None:
                # "Mike Lee, who declared, “…”": "who" attributes the words, as "he" would
                speaker = replace(speaker, mention=Span.of(text, *found.mention.via))
            speaker = _refer_back(doc, speaker, person, earlier) or speaker
            earlier.append((found, speaker))
            if person is not None:
                begin = min(found.zone[0], item.segments[0].start)
                statement = (begin, item.segments[-1].end, person)
            rule = found.rule
            confidence = _CONFIDENCE.get(rule, 0.6)
            if found.mention.pronoun and person is None:
                confidence -= 0.2
            if found.cue is not None:
                first, last = found.cue.first, found.cue.last
                cue = Span.of(text, doc.tokens[first].start, doc.tokens[last].end)
            key: object = person if person is not None else speaker.name
            named = _outlet_within(outlets, starts, *found.zone)
            if named is None and found.tail is not None:
                named = _outlet_within(outlets, starts, *found.tail)
            if named is not None and _EMPLOYER.fullmatch(text, found.mention.end, named.start):
                # "asked Marisa Kline of CBS News": the outlet she works for, not one told
                if person is not None:
                    people.describe(person, None, named.name)
                if speaker.affiliation is None:
                    speaker = replace(speaker, affiliation=named.name)
                named = None
            if speaker.kind is SpeakerKind.OUTLET:
                outlet = Outlet(speaker.name, speaker.mention, OutletSource.TEXT)
            elif named is not None:
                outlet = Outlet(
                    named.name, Span.of(text, named.start, named.end), OutletSource.TEXT
                )
                last_outlet[key] = named
            elif key in last_outlet:
                outlet = Outlet(last_outlet[key].name, None, OutletSource.CONTEXT)
            elif person is not None:
                given = _interview_before(
                    doc, people, outlets, starts, person, item.segments[0].start
                )
                if given is not None:  # "X spoke to HuffPost. “…,” she said."
                    outlet = Outlet(given.name, None, OutletSource.CONTEXT)
                    last_outlet[key] = given
        if outlet is None and credit is not None:
            outlet = Outlet(credit.name, Span.of(text, credit.start, credit.end), OutletSource.TEXT)
        if outlet is None and publisher:
            outlet = Outlet(publisher, None, OutletSource.PUBLISHER)
        quote = Quote(
            f"q{number}",
            item.type,
            item.segments,
            speaker,
            cue,
            outlet,
            round(max(0.05, min(confidence, 0.99)), 2),
            rule,
        )
        drafts.append((quote, person))
    drafts = _name_generic_bodies(doc, people, drafts)
    return Extraction(
        tuple(_settled(quote, person) for quote, person in drafts),
        _speaker_summaries(drafts),
        _outlet_summaries(text, outlets),
        tuple(diagnostics),
    )


def _name_generic_bodies(
    doc: Document, people: People, drafts: list[tuple[Quote, Person | None]]
) -> list[tuple[Quote, Person | None]]:
    """Name the bodies affiliations give only as "the union", "the company": the organisation
    the article named last before the speaker ("Halden Rail Workers Union … the union’s
    secretary general, X"), or none; and a candidate's staff serve the campaign ("Brandt
    spokeswoman X" → "Brandt campaign")."""
    campaigning = _CAMPAIGN.search(doc.text) is not None
    white_house = "White House" in doc.text
    named: list[tuple[Quote, Person | None]] = []
    settled: set[int] = set()  # a person quoted often is named once
    for quote, person in drafts:
        if person is not None and id(person) not in settled:
            settled.add(id(person))
            word = generic_body(person.affiliation)
            if word is not None:
                first = min(m.start for m in person.mentions)
                person.affiliation = _named_organization(doc, first, word)
            campaign = _campaign_of(people, person, campaigning=campaigning)
            person.affiliation = campaign or person.affiliation
            press = (person.title or "").lower() in _WHITE_HOUSE_ROLES
            if person.affiliation is None and press and white_house:
                person.affiliation = "White House"  # "press secretary X" in a White House story
            if person.affiliation is not None and person.mentions:
                # "a spokesman for Mr. Metcalf": the governor's full name, "Harlan W. Metcalf"
                served = people.named_as(person.affiliation, person.mentions[0].start)
                if served is not None and served is not person:
                    person.affiliation = served.name
        elif person is None and quote.speaker is not None:
            word = generic_body(quote.speaker.affiliation)
            if word is not None:
                body = _named_organization(doc, quote.speaker.mention.start, word)
                quote = replace(quote, speaker=replace(quote.speaker, affiliation=body))
        named.append((quote, person))
    return named


def _campaign_of(people: People, person: Person, *, campaigning: bool) -> str | None:
    """Return "Brandt campaign" for a person whose affiliation is the surname of someone else
    the article names, in a story about a campaign (``campaigning``: "Brandt spokeswoman X",
    "Dunmore campaign manager X")."""
    body = person.affiliation
    if body is None or " " in body or not body[:1].isupper():
        return None
    if not people.has_surname(body.lower()) or person.name.split()[-1] == body:
        return None
    title = (person.title or "").lower()
    if title.split()[-1:] and title.split()[-1] not in _CAMPAIGN_ROLES:
        return None  # "Arceneaux's chief of staff": the governor's office, not a campaign
    return f"{body} campaign" if campaigning or "campaign" in title else None


def _dateline_credit(doc: Document, outlets: list[OutletMention]) -> OutletMention | None:
    """Return the agency credited in the article's dateline: "LONDON (Reuters) - …".

    The outlet stands in brackets, or alone, right before the dash that ends the dateline at
    the start of one of the first paragraphs (a headline may come first); it reported every
    quotation the text credits to no other outlet.
    """
    for p_start, p_end in doc.paragraphs[:_DATELINE_PARAGRAPHS]:
        limit = min(p_end, p_start + _DATELINE_CHARS)
        for outlet in outlets:
            if outlet.reference or not p_start <= outlet.start < limit:
                continue
            after = doc.text[outlet.end : limit].lstrip(" ).")
            if after[:1] in {"-", "—", "–"}:
                return outlet  # "LONDON (Reuters) -", "Madrid, Jul 8 (EFE).-"
    return None


def _settled(quote: Quote, person: Person | None) -> Quote:
    """Give a quote its person's final name, title and affiliation, known once all is read."""
    if quote.speaker is None:
        return quote
    if person is None:
        speaker = replace(quote.speaker, title=_first_role(quote.speaker.title))
    else:
        speaker = replace(
            quote.speaker,
            name=person.name,
            title=_first_role(person.title),
            affiliation=person.affiliation,
        )
    return replace(quote, speaker=speaker)


def _first_role(title: str | None) -> str | None:
    """Return the first of two roles a description joins: "the Republican nominee and a former
    sheriff" → "Republican nominee" (the second still answers "the former sheriff")."""
    if title is None:
        return None
    return _SECOND_ROLE.split(title, maxsplit=1)[0]


def _speaker_summaries(drafts: list[tuple[Quote, Person | None]]) -> tuple[SpeakerSummary, ...]:
    grouped: dict[object, list[tuple[Quote, Person | None]]] = {}
    for quote, person in drafts:
        if quote.speaker is not None:
            grouped.setdefault(person if person is not None else quote.speaker.name, []).append(
                (quote, person)
            )
    summaries = []
    for entries in grouped.values():
        quote, person = entries[0]
        speaker = _settled(quote, person).speaker
        assert speaker is not None
        mentions = {q.speaker.mention for q, _ in entries if q.speaker is not None}
        if person is not None:
            mentions.update(person.mentions)
        summaries.append(
            SpeakerSummary(
                speaker.name,
                speaker.kind,
                speaker.title,
                speaker.affiliation,
                tuple(q.id for q, _ in entries),
                tuple(sorted(mentions, key=lambda s: (s.start, s.end))),
            )
        )
    return tuple(summaries)


def _outlet_summaries(text: str, outlets: list[OutletMention]) -> tuple[OutletSummary, ...]:
    by_outlet: dict[str, list[Span]] = {}
    for mention in outlets:
        by_outlet.setdefault(mention.name, []).append(Span.of(text, mention.start, mention.end))
    return tuple(OutletSummary(name, tuple(spans)) for name, spans in by_outlet.items())


def _segment_span(text: str, segment: Segment) -> Span:
    end = segment.end
    if segment.open_mark is None and text[end - 1] == "," and end - 1 > segment.start:
        end -= 1  # a repaired segment is reported content: its clause ends before the comma
    return Span.of(text, segment.start, end)
