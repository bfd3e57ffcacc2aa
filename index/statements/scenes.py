"""The day a passage is set on, for statements with no time of their own.

A narrative sentence that dates its main verb sets the scene for what follows in its
paragraph: "Two days earlier, after the race, the coach had given another account. He told the
radio station that ..." -- the telling was two days earlier. Only sentences that report no statement set a scene (a dated statement of another
speaker is not the day of the next one), and only days on or before publication (a meeting
"on March 3" still to come dates nothing said).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Scene:
    paragraph: int
    start: int  # the sentence, in article offsets
    end: int
    day: date
    text: str  # the time phrase as written
    last: date | None = None  # the last day, when the scene is a past year ("In a 1997 interview")

    @property
    def end_day_set(self) -> bool:
        return self.last is not None


_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "lunchtime", "midday"}


def dates_main_verb(ent) -> bool:
    """"Two days earlier, X had given ...", "X met Y on Tuesday": the phrase modifies the
    sentence's own verb, not a noun ("the November 9 agreement") or a clause inside it."""
    root = ent.sent.root
    head = ent.root.head
    if ent.root.dep_ in ("compound", "nmod", "npadvmod") and head.lower_ in _PARTS_OF_DAY:
        head = head.head  # "on Tuesday afternoon": the parser hangs the day on the part of it
    if head.dep_ == "prep":
        head = head.head
    if not (head.i == root.i or (head.dep_ in ("conj", "advcl") and head.head.i == root.i)):
        return False
    # narrated in the past ("had given", "met"); "the team travels on Sunday" is still to come. A passive
    # tells of an act when it names its doer ("was challenged at committee on 2 May by X"); without one
    # it tells of a state reached ("the dam was finished on March 3"), which sets no scene.
    return head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children) or (
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children) and any(t.dep_ == "agent" for t in head.subtree))  # "by X" may hang on the date


def dates_occasion(ent) -> bool:
    """"In a video posted on 27 February, X defended ...", "X set out his view in his letter of 1
    March": the phrase dates the occasion (a video, a letter, a committee: a word of the
    vocabulary's statement nouns, media, occasions or audiences) on which the sentence's own verb,
    narrated in the past, happened -- so it dates that verb too."""
    from index.vocabulary import vocabulary

    v = vocabulary()
    kinds = v.statement_nouns | v.record_nouns | v.written_media | v.occasions | v.event_audiences | v.channels
    root = ent.sent.root
    tok, named = ent.root, False
    for _ in range(6):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl"):
            break
        tok = tok.head
        named = named or (tok.pos_ == "NOUN" and (tok.lower_ in kinds or tok.lemma_.lower() in kinds))
        if tok.i == root.i:
            break
    if not named or tok.i != root.i:
        return False
    return root.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in root.children)


def dates_recalled_saying(ent) -> bool:
    """"Worth recalling what the manager said at Tuesday's media day.", "Here is what the mayor
    told us on Monday:": the phrase dates a past speech verb of a "what X said" clause -- a
    sentence that recalls words said then, which the paragraph goes on to report."""
    from index.vocabulary import vocabulary

    tok = ent.root
    if tok.dep_ in ("poss", "compound") and tok.head.pos_ == "NOUN":  # "Tuesday's media day"
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else tok.head if tok.dep_ == "npadvmod" else None
    return verb is not None and verb.tag_ == "VBD" and vocabulary().speech_lemma(verb.text) is not None \
        and any(c.tag_ == "WP" and c.dep_ == "dobj" for c in verb.children)


def scene_day(paragraph: int, start: int, scenes: list[Scene], spoken: set[int]) -> Scene | None:
    """The latest scene set in `paragraph` before `start` by a sentence in which nobody speaks
    (`spoken`: the start offsets of sentences that hold a statement)."""
    for sc in reversed(scenes):
        if sc.paragraph == paragraph and sc.end <= start and sc.start not in spoken:
            return sc
        # a past year set by the narrative paragraph just before ("In a 1997 interview he was asked
        # ...", then his answer): a flashback that the publication date would certainly misdate
        if sc.end_day_set and sc.paragraph == paragraph - 1 and sc.start not in spoken \
                and not any(o.paragraph == sc.paragraph and o.start > sc.start for o in scenes) \
                and not any(sc.start < s < start for s in spoken):  # nobody spoke in between
            return sc
    return None


_FUTURE_AUX = {"will", "would", "'ll", "shall"}


def to_come(verb) -> bool:
    """Whether a time phrase on `verb` points forward: "will meet", "is due to meet", and the
    present of a timetable ("the ban comes into force on March 3", "the team travels on Sunday")."""
    if verb.dep_ == "prep":  # "on March 3": the verb the preposition hangs on
        if verb.lower_ in ("to", "until", "till") and _deferred(verb.head):
            return True  # "adjourned the case to January 14th": the day it is put off to
        verb = verb.head
    for v in (verb, verb.head):
        if any(c.lower_ in _FUTURE_AUX for c in v.children):
            return True
    if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        from index.vocabulary import vocabulary

        return vocabulary().speech_lemma(verb.text) is None  # "says on Monday" is no timetable
    return verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children) and verb.head.lower_ in ("is", "are", "due")


def _deferred(verb) -> bool:
    """A verb that puts something off to a later day (vocabulary `deferral_verbs`)."""
    from index.vocabulary import vocabulary

    return verb.pos_ in ("VERB", "AUX") and verb.lower_ in vocabulary().deferral_verbs


def on_timeline(ent, quoted: list[tuple[int, int]]) -> bool:
    """A day of the story's own timeline, one "the following day" may count from: not inside
    a quotation, not a past perfect looking further back ("had been filed on March 3")."""
    if any(a <= ent.start_char < b for a, b in quoted):
        return False
    head = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
    return not any(c.lower_ == "had" and c.dep_ == "aux" for c in head.children)
