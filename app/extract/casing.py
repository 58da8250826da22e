"""Give text written all in capitals or all in lower case the casing the rules expect.

The rules read case: names are capitalised, reporting verbs are not. A wire story in capitals
("“WE WILL REBUILD,” SAID MAYOR ANA ORTIZ.") or a transcript in lower case defeats them, so the
engine reads such text through a view of the same length: in capitals, the words of its word
lists are lowered and every other word keeps only its first capital; in lower case, known given
names and the word after them are capitalised. Offsets into the view are offsets into the
original, and every span the engine returns is cut from the original.
"""

from __future__ import annotations

import re
from functools import cache

from app.extract.lexicon import Lexicon

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_MOSTLY = 0.9  # share of cased letters that makes a text "all capitals" or "all lower case"
_MIN_LETTERS = 40  # shorter texts are left as they are


def _same_length(word: str, changed: str) -> str:
    return changed if len(changed) == len(word) else word


def _common(lexicon: Lexicon, word: str) -> bool:
    return (
        word in lexicon.verbs
        or word in lexicon.determiners
        or word in lexicon.pronouns
        or word in lexicon.non_names
        or word in lexicon.speech_adverbs
        or word in lexicon.title_words
        or word in lexicon.title_modifiers
        or word in lexicon.group_nouns
        or word in lexicon.organization_words
        or word in lexicon.outlet_nouns
        or word in lexicon.name_particles
        or word in {"of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "as"}
    )


def analysis_view(text: str, lexicon: Lexicon) -> str:
    """Return ``text`` re-cased for the rules when it is all capitals or all lower case."""
    upper = sum(1 for char in text if char.isupper())
    lower = sum(1 for char in text if char.islower())
    if upper + lower < _MIN_LETTERS:
        return text
    if upper >= _MOSTLY * (upper + lower):
        return _from_capitals(text, lexicon)
    if lower >= _MOSTLY * (upper + lower) and upper * 50 < lower:
        return _from_lower_case(text, lexicon)
    return text


def _from_capitals(text: str, lexicon: Lexicon) -> str:
    def recase(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if _common(lexicon, lowered):
            return _same_length(word, lowered)
        return _same_length(word, word[0] + word[1:].lower())

    return _outlets_restored(text, _WORD.sub(recase, text), lexicon)


@cache
def _outlets_in_lower_case(aliases: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """Return a pattern for outlet names written in lower case, and their written forms.

    Single ordinary words ("dawn") are left out: in lower-case text they are words, not names.
    """
    forms = {
        alias.lower(): alias
        for alias in aliases
        if len(alias.lower()) == len(alias) and (" " in alias or alias.isupper() or len(alias) >= 6)
    }
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in ordered) + r")(?!\w)")
    return pattern, forms


def _from_lower_case(text: str, lexicon: Lexicon) -> str:
    return _outlets_restored(text, _names_capitalised(text, lexicon), lexicon)


def _outlets_restored(text: str, view: str, lexicon: Lexicon) -> str:
    """Write outlet names into ``view`` as the outlet writes them, wherever ``text`` has them."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return view
    pattern, forms = _outlets_in_lower_case(tuple(lexicon.outlets))
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(lowered):
        pieces.append(view[position : match.start()])
        pieces.append(forms[match.group()])
        position = match.end()
    pieces.append(view[position:])
    return "".join(pieces)


def _names_capitalised(text: str, lexicon: Lexicon) -> str:
    pieces: list[str] = []
    position = 0
    capitalise_next = False
    for match in _WORD.finditer(text):
        word = match.group()
        pieces.append(text[position : match.start()])
        known = word in lexicon.first_names
        if known or (capitalise_next and not _common(lexicon, word)):
            pieces.append(_same_length(word, word[0].upper() + word[1:]))
        else:
            pieces.append(word)
        capitalise_next = known
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)
