"""Words of a speaker whom the story places at its dated event are that event's.

    The count took place at the regional office yesterday under the eye of the returning
    officer, Adv. Ana Quist.            <- a narrative sentence dates the event and names her
    RESULT ...                          <- (nobody else speaks in between)
    Adv. Quist declared the ballot valid. "Every box reached the count," she said when she
    signed the result sheet.            <- said at the count: yesterday, not on the bulletin's day

Only a narrative sentence (one that reports no words) sets the event; only a day of the story's own news (within a week before publication), only a named speaker,
and only while nobody else has spoken since the event's sentence: another voice, or a later
dated scene, ends the event's passage.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from index.statements.scenes import Scene

_RECENT = 7  # days before publication: the story's event, not its background
_REACH = 3  # paragraphs after the event's sentence


def event_day(text: str, r, scenes: list[Scene], others: list[tuple[int, str]], pub: date) -> tuple | None:
    """(phrase, day, None, "context") for `r`, said at the event a scene before it dates, or None.
    `others`: (start, speaker) of every statement, in text order."""
    if r.speaker.generic or r.speaker.person is None:
        return None
    scene = next((sc for sc in reversed(scenes) if sc.end <= r.span.start), None)
    if scene is None or scene.last is not None or not (0 < (pub - scene.day).days <= _RECENT) \
            or r.paragraph - scene.paragraph > _REACH:
        return None
    surname = r.speaker.name.split()[-1]
    i = bisect.bisect_left(others, (scene.start, ""))
    # the event's narration names the speaker, before anyone's words: the speaker's own earlier
    # words ("X said ...", dated or not) place nobody at the event
    voiced = next((start for start, _ in others[i:] if start >= scene.end), r.span.start)
    if len(surname) < 3 or not re.search(rf"\b{re.escape(surname)}\b", text[scene.start:min(voiced, r.span.start)]):
        return None  # the passage since the event never names the speaker
    for start, speaker in others[i:]:
        if start >= r.span.start:
            break
        if start < scene.end or speaker != r.speaker.name:  # (a sentence with words of its own is no event's)
            return None  # someone else spoke since: the event's passage is over
    return scene.text, scene.day, None, "context"


# The cue of a quote set before it tells of the event's audience or moment: "..., she told the
# workers", "..., he said as he cut the ribbon", "..., she said at the gate". A bare "she said",
# "told the Courier" (a capital: a title), "told reporters" or "said in a statement" does not: such
# words were often given the writer later, not at the scene the paragraph before dated.
_NOT_AUDIENCE = (r"(?:reporters?|journalists?|newspaper|paper|press|media|station|programme|program|website|site"
                 r"|magazine|podcast|radio|us|me|this|a|an|the|his|her|him|them|their|its)\b")
_AT_OCCASION = re.compile(
    r"\b(?:told|tells|urged|assured|reminded|warned|thanked|addressed)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    rf"(?!{_NOT_AUDIENCE})[a-z]+"
    r"|\b(?:said|says|added|declared|announced|insisted)\s+(?:at|during|as|while|when|after|before)\s+"
    rf"(?!(?:the\s+)?{_NOT_AUDIENCE})")


def cue_at_occasion(text: str, cue) -> bool:
    """Whether the words around `cue`'s quotation (its cue) name the occasion's audience or moment."""
    around = text[cue.span.start:cue.content.start] + " " + text[cue.content.end:cue.span.end]
    return _AT_OCCASION.search(around) is not None
