"""Quotations set in single marks (British, Irish and Australian house styles: ‘We’re staying,’
she said.) read as the double-marked ones extraction knows.

Statement extraction finds quotations by their double marks; in single-mark style only the first
quotation of a paragraph was found (by its parse), and a second one after "he said." or a quotation
standing alone after narrative was lost. The closing mark is also the apostrophe, so a pair is an
opening ‘ at a word's start and the first ’ after it that no letter follows ("don’t", "board’s"
stay apostrophes). A paragraph that has double marks keeps its single ones: there they are a
quotation inside a quotation.
"""

from __future__ import annotations

import re

_DOUBLE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_OPEN = re.compile(r"(?<![\w\u2019'])\u2018(?=\S)")
_CLOSE = re.compile(r"(?<=\S)\u2019(?![^\W\d_])")


# a government readout's typewriter marks ('Illegal fishing is theft,' said the minister): an
# opening mark at a word's start before a letter; a closing one after a word or its punctuation
# and before a space, punctuation or the end, not a plural's possessive ("farmers' association")
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))'(?=[^\W\d_])")
_STRAIGHT_CLOSE = re.compile(r"(?<=\S)'(?=[\s.,;:!?)\]]|$)")


def as_double_marks(text: str) -> str:
    """`text` with each pair of single quotation marks made double, one character for one (offsets
    hold); unchanged when it has double marks or no opening single mark."""
    if _DOUBLE.search(text):
        return text
    if "\u2018" not in text:
        return _straight_pairs(text) if "'" in text else text
    chars, pos = list(text), 0
    while (opening := _OPEN.search(text, pos)) is not None:
        if _name_prefix(text, opening.start()):
            pos = opening.end()
            continue
        closing = _CLOSE.search(text, opening.end())
        if closing is None:
            if _opens_run_on(text, opening.start(), pos):
                chars[opening.start()] = "\u201c"
            break
        chars[opening.start()], chars[closing.start()] = "\u201c", "\u201d"
        pos = closing.end()
    return "".join(chars)


def _straight_pairs(text: str) -> str:
    """`text` with its typewriter single quotation marks made double, when each opening one has its
    closing one; else unchanged (an apostrophe read as a mark would swallow the text after it)."""
    chars, pos, pairs = list(text), 0, 0
    while (opening := _STRAIGHT_OPEN.search(text, pos)) is not None:
        if _name_prefix(text, opening.start()):
            pos = opening.end()
            continue
        closing = next((m for m in _STRAIGHT_CLOSE.finditer(text, opening.end())
                        if not (text[m.start() - 1] == "s" and text[m.end():m.end() + 2][:1] == " "
                                and text[m.end() + 1:m.end() + 2].isalpha())), None)
        if closing is None:
            if not _opens_run_on(text, opening.start(), pos):
                return text
            chars[opening.start()] = "\u201c"
            return "".join(chars)
        chars[opening.start()], chars[closing.start()] = "\u201c", "\u201d"
        pos, pairs = closing.end(), pairs + 1
    return "".join(chars) if pairs else text


# a Sesotho name's prefix ("'Mamotsamai Tsehlo", "'M'e Tsehlo": mother of, madam): an apostrophe that
# opens a name, no quotation, when the word after it is no English one ("'Many came,' she said" is)
_NAME_PREFIX = re.compile(r"['\u2018\u2019]M(?:['\u2019]e|(?P<rest>a[a-z]{2,}))(?=\s+[A-Z])")


def _name_prefix(text: str, at: int) -> bool:
    from index.statements.english_words import is_english_word

    m = _NAME_PREFIX.match(text, at)
    return m is not None and (m.group("rest") is None or not is_english_word("M" + m.group("rest")))


def _opens_run_on(text: str, at: int, pos: int) -> bool:
    """A quotation that runs on into the next paragraph: nothing closes it (house style closes only
    the last paragraph of a quotation) and its opening mark starts the paragraph, or starts a
    sentence after a quotation closed in it ("'We waited,' she said. 'Nobody came." and on): the
    same speaker's words go on, as they do in double marks. An apostrophe opening a word inside
    narrative ("'tis") follows no closed quotation, and the rest must be a sentence."""
    if len(text) - at <= 40:
        return False
    if pos == 0:
        return not text[:at].strip()
    return text[:at].rstrip()[-1:] in ".!?" and text.rstrip()[-1:] in ".!?"
