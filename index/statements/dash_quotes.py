"""Quotations opened by a dash instead of quotation marks (the dialogue dash of Scandinavian,
Finnish and many continental papers, kept in translation: "– We cannot afford it, says X.").

Extraction finds quotations by their double marks; a dash-led paragraph gave only its last
sentence, the one holding the cue, and lost the sentences before it. A paragraph that opens with
an en or em dash and a capital, has no double marks, and holds a cue after a comma (", says X",
", she says") is read as ' "We cannot afford it" says X.': the dash's space becomes the opening mark and
that comma the closing one, one character for one (offsets hold). Once an article uses that form,
a dash-led paragraph with no cue of its own is a quotation too (its speaker is the one before).
Credit lines under a quotation ("– Name, Title") and dashed lists have no cue after a comma, and
an article with none of the cued form keeps its dashes.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_LEAD = re.compile(r"^(\s*)[\u2013\u2014](?= +[A-Z\u00c0-\u00de])")
_DOUBLE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’-]+")
_PRONOUNS = ("he", "she", "they", "we", "i")


def _cue_comma(text: str) -> int | None:
    """The offset of the last comma followed, within three words of one sentence, by a speech verb
    (", says X", ", she says", ", X says"; not ", says that")."""
    v = vocabulary()
    found = None
    for comma in (i for i, c in enumerate(text) if c == ","):
        words = []
        for m in _WORD.finditer(text, comma + 1):
            if len(words) == 3 or re.search(r"[^\s]", text[(words[-1].end() if words else comma + 1):m.start()]):
                break  # (a stop or a mark between words ends the cue)
            words.append(m)
        for k, w in enumerate(words):
            verb = w.group()
            if not verb.islower() or verb.endswith("ing") or v.speech_lemma(verb) is None:
                continue
            if any(x.group()[:1].islower() and x.group() not in _PRONOUNS for x in words[:k]):
                break  # ", but the council says": a clause of the quotation's own, not its cue
            if k + 1 < len(words) and words[k + 1].group() == "that":
                break
            found = comma
            break
    return found


def is_cued_dialogue(text: str) -> bool:
    """Whether a paragraph is a dash-led quotation with its cue after a comma."""
    return bool(_LEAD.match(text)) and not _DOUBLE.search(text) and _cue_comma(text) is not None


def uses_dialogue_dashes(text: str) -> bool:
    """Whether an article's paragraphs quote with dialogue dashes (at least one with its cue)."""
    return any(is_cued_dialogue(p) for p in re.split(r"\n\s*\n", text))


def as_marked_dialogue(text: str, article_uses_dashes: bool) -> str:
    """`text` with its dialogue dash and cue comma made quotation marks (same length); unchanged
    when it is not a dash-led quotation or the article does not quote that way."""
    if not article_uses_dashes or (lead := _LEAD.match(text)) is None or _DOUBLE.search(text):
        return text
    at = lead.end() - 1
    comma = _cue_comma(text)
    if comma is not None:
        return text[:at] + ' "' + text[at + 2:comma] + '"' + text[comma + 1:]
    end = len(text.rstrip())
    words = text[at:end].split()
    if len(words) < 6 or text[end - 1] != "." or sum(w[:1].islower() for w in words) * 2 < len(words):
        return text  # "– Name, Title, Company Inc.": a credit line, no quotation
    return text[:at] + ' "' + text[at + 2:end - 1] + '"' + text[end:]  # (its full stop becomes the closing mark)
