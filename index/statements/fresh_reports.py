""""He said ..." starting a new sentence of reported speech, after words the source told the paper.

A story quotes a source who "told the Herald last week" or "said in a statement on Monday", goes
on in his own words, then opens a sentence "He said the council had ..." (or "Bryimer said ..."): the reporter's summary
of what the source told the story, with no time of its own, is news of the story's day, not of
that interview. An addition ("He added"), a sentence with no verb of its own, any other act ("He
urged members"), and words after an occasion with an audience of its own ("told the Senate",
"said at the opening session", "told analysts on a call", "told journalists at a briefing") go
on in the occasion. So does a pronoun's "He said" after a bare "X said on Monday that ...", or
after the source was quoted at the occasion ("'...,' X said in an interview on Wednesday. He
said ..."): the report is still telling that occasion (the eval sets' gold dates them so, as the
shared README's rule for a sentence continuing the speaker's dated occasion has it). So does a
"He said" after a sentence that points back at the story's opening words ("The engineer disclosed
this yesterday at a press briefing"): the whole report is of that briefing.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

# a pronoun, a surname, a full name or a titled surname ("Sister Avel", "CDO Velamar"), and a plain
# "said"/"says" or a denial opening the sentence
_PRONOUN_SAID = re.compile(r"(?:He|She|They|(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) "
                           r"(?:said|says|denied|denies)\b")
DENIALS = ("denied", "denies")
# "told the Observer", "told The Valley Gazette", "told this newspaper", "Speaking to The Review":
# the last capitalised word an outlet's
_TOLD = re.compile(r"\b(?:told|[Ss]peaking\s+to|[Tt]alking\s+to|spoke\s+to)\s+(?:the\s+|The\s+|this\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|newspaper|paper)\b")
# words given the press: "said in a statement", "in an emailed statement", "in an interview", "in an email"
_GIVEN = re.compile(r"\bin (?:a|an) (?:emailed |written |brief |short |phone |telephone )?(?:statement|interview|email|e-mail)\b"
                    r"|\b(?:speaking|spoke|talking) to (?:journalists|reporters|the press|the media)\b"
                    r"|\bat (?:a|an|the) (?:press|news|media) (?:conference|meet|briefing)\b", re.I)
# "told journalists", "told reporters at a briefing": words told the press gathered, an audience of
# their own (a bare "said at a press conference" names none)
_TOLD_PRESS = re.compile(r"\btold\s+(?:a\s+group\s+of\s+|the\s+)?(?:journalists|reporters|the\s+press|the\s+media)\b", re.I)


def fresh_report(text: str, r, occasion, last=None) -> bool:
    """Whether statement `r` is a new "He/She said ..." sentence of indirect speech after words its
    speaker gave the paper at `occasion` (the statement whose own time dated the words before);
    `last` is the speaker's latest dated statement before `r`."""
    if r.continued or r.quote_type != "indirect" or r.act not in ("said", "says", *DENIALS) or occasion is None \
            or not _PRONOUN_SAID.match(text, r.span.start):
        return False
    if occasion.continued and occasion.source is not None:
        occasion = occasion.source
    if r.act in DENIALS:  # (in the occasion's own paragraph, "He denied ..." goes on in its statement)
        return r.paragraph != occasion.paragraph
    if _points_back(text, occasion):
        return False  # ("X disclosed this yesterday at a press briefing": the report tells that briefing on)
    cue = text[occasion.span.start:occasion.content.start] + " " + text[occasion.content.end:occasion.span.end]
    told = _TOLD.search(cue)
    to_paper = bool(told) and told.group(1).split()[-1].lower().strip(".,") in vocabulary().outlet_words
    # (words told the paper itself are summed up on the report's day, quoted or not; so is a
    # sentence that names the speaker anew, "Tainui said ...", a fresh start)
    if not to_paper and text.startswith(("He ", "She "), r.span.start) \
            and (_quoted_since(occasion, last, r) or _TOLD_PRESS.search(cue)):
        return False  # ("told journalists at a briefing that ... She said ...": told that audience on)
    return bool(_GIVEN.search(cue)) or to_paper


def _quoted_since(occasion, last, r) -> bool:
    """Whether the speaker was quoted at `occasion` or after it, in words its day still dates ("X
    said yesterday that ... '...,' he said. He said ..."): the report has gone back to the
    occasion, and a pronoun tells it on rather than summing up what the speaker told the paper."""
    if occasion.quote_type == "direct":  # ("'...,' X said in an interview on Wednesday. He said ...")
        return True
    # (a quote's paragraph closed, a "She said" opening the next one sums up again: the report's day)
    return last is not None and last is not occasion and last.quote_type == "direct" \
        and last.span.start > occasion.span.start and last.paragraph == r.paragraph


def _points_back(text: str, occasion) -> bool:
    """The occasion's sentence points back at the words before it ("The engineer disclosed this
    yesterday at a press briefing", `stated_by`): the story opened on what was said there."""
    return occasion.quote_type == "indirect" and re.match(r"[.!?\"”’]*\s+[A-Z]", text[occasion.content.end:occasion.span.end]) is not None
