"""The speaker a question asks about: their own statements weighed up, or found silent.

    What did Ana Ruiz say about the delay?     Ruiz's statements above sentences only naming her;
                                               a sentence neither by her nor naming her weighs little
    What did Ana Ruiz say ...? (she said nothing in any article)   `speaker_is_silent`: a decline

`said_near` reads a speech form next to a surname, where the ledger may have missed the statement.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.candidates import Candidate
from bot.answering.question import Question, asks_about_speech
from bot.answering.speech_subjects import speaks_in_any
from bot.answering.terms import stems
from bot.answering.withheld import may_withhold
from index.vocabulary import vocabulary
from index.world import country_for, is_place


def speaker_terms(c: Candidate) -> frozenset[str]:
    st = c.statement
    if st is None or st.generic_speaker or vocabulary().pronoun(st.speaker):
        return frozenset()
    return frozenset(stems(st.speaker))


SAID_BY = 1.3


def body_voice(q: Question, candidates: list[Candidate], people) -> str | None:
    """"What do the Quay Traders want": "NAME, who chairs the Quay Traders' Association, said": the
    one person whose description holds every word of the body asked (by name, not by role) and who
    speaks in the sentences read; None when none or several do."""
    if not q.speaker_phrase or q.role or not people:
        return None
    words = frozenset(stems(re.sub(r"^(?:the|a|an)\s+", "", q.speaker_phrase, flags=re.I)))
    if not words:
        return None
    described = {p.name for group in people.values() for p in group if words <= p.terms and not words <= frozenset(stems(p.name))}
    speaking = {c.statement.speaker for c in candidates if c.statement is not None and c.statement.speaker in described}
    return next(iter(speaking)) if len(speaking) == 1 else None


def speaker_is_silent(q: Question, candidates: list[Candidate], ledger, people=None) -> bool:
    """"What did X say?" where the articles report nothing said by X (a name, not a role)."""
    if not q.speaker_phrase or q.kind not in ("what", "why") or q.role:
        return False
    if ledger is None:
        return False
    if ledger.resolve_speaker(q.speaker_phrase) is not None:
        return False
    if any(c.statement is not None and c.statement.speaker == q.speaker_phrase for c in candidates):
        return False  # "the company said", given to the company asked about (body_voice.py)
    # "the Quay Traders" asked, their association's chair quoted ("NAME, who chairs the Quay Traders'
    # Association, said"): the body speaks through the one its name describes.
    if people and body_voice(q, candidates, people) is not None:
        return False
    # The ledger may have missed a statement: X as the subject of a speech verb counts; X named
    # next to one ("Dunne had been asked to review the plan") does not.
    surname = q.speaker_phrase.split()[-1].strip("?.,'’s")
    named = [c.text for c in candidates if surname.lower() in c.text.lower()]
    # The best sentence so far is the one `says_unknown` most often parses next: parsed in the same run.
    # (Tokenized for `may_withhold` only when a run is made: with no sentence naming X there is none,
    # and the answer abstains without reading it; 0.1-0.4 ms of spaCy's tokenizer for a new sentence.)
    best = max(candidates, key=lambda c: c.score, default=None)
    return not speaks_in_any(surname, named, lambda: [best.text] if best is not None and may_withhold(best.text) else [])


# "X ... said" or "said ... X" within three words. The speech forms' alternation is compiled once:
# compiled afresh with each question's surname in it, it cost about a tenth of a second a question.
# Compiling it at all takes 0.1 s, so not at import: most answers never need it (a cold `ask`).
@cache
def _near_speech() -> tuple[re.Pattern, re.Pattern]:
    speech = r"\b(" + "|".join(re.escape(f) for f in vocabulary().speech_forms()) + r")\b"
    return (re.compile(rf"\w*(?:\W+\w+){{0,3}}\W+{speech}", re.I),
            re.compile(rf"{speech}\W+(?:\w+\W+){{0,3}}", re.I))


_WORD_START = re.compile(r"\b\w")


def said_near(surname: str, text: str) -> bool:
    """Whether `text` names `surname` (a regular expression, case ignored) at most three words
    before or after a speech form: "Kellner told reporters", "said Kellner", "said on Monday that Kellner"."""
    after_name, before_name = _near_speech()
    for m in re.finditer(rf"(?=(\b{surname}))", text, re.I):
        if after_name.match(text, m.end(1)):
            return True
    for m in re.finditer(rf"(?=({surname}\b))", text, re.I):
        end = m.start(1)
        if any(before_name.fullmatch(text, w.start(), end) for w in _WORD_START.finditer(text, 0, end)):
            return True
    return False


# "When did X speak to reporters / tell the paper": asked when X said it
_TALKED = re.compile(r"\b(?:speak|spoke|spoken|speaking|talk|talked|talking|tell|told|say|said|interviewed)\b", re.I)
BY_ANOTHER = 0.3  # as a sentence neither by nor naming the speaker a "what did X say" asks about


def _not_by_another(person: set[str], candidates: list[Candidate]) -> None:
    """"When did Selam Workneh speak to reporters?": a sentence the ledger gives to another named
    speaker (a namesake, Dawit Workneh, "on Wednesday"), which does not name the person asked
    in full, tells when someone else spoke."""
    for c in candidates:
        own = speaker_terms(c)
        if own and not person <= own and own - person and not person <= c.terms:
            c.score *= BY_ANOTHER


def _namesakes_apart(q: Question, candidates: list[Candidate]) -> None:
    """"Would Ann Kerr agree to ...?" where a Bob Kerr speaks too: a sentence the ledger gives to
    the namesake (same surname, another given name) that does not name the person asked in full is
    the other's, when the person asked speaks among the candidates."""
    asked = set(q.names)
    if len(asked) < 2:
        return
    if q.kind == "who" and _OWNER_ASKED.search(q.text):
        return  # "who handles Ann Pellowe's dogs": someone else does it for her, a namesake as likely as any
    own = {id(c): speaker_terms(c) for c in candidates}
    if not any(asked <= terms for terms in own.values()):
        return
    for c in candidates:
        terms = own[id(c)]
        if terms and terms & asked and not asked <= terms and terms - asked and not asked <= c.terms:
            c.score *= BY_ANOTHER


_ACCOUNT_OF = re.compile(r"\baccording\s+to\b", re.I)
# "who handles Ann Pellowe's dogs": the person named owns what the deed is done to
_OWNER_ASKED = re.compile(r"^(?:and\s+)?who\s+(?!(?:did|does|do|has|had|have|was|is|were|are|will|would)\b)\w+\s+[^?]*?[A-Z][\w-]+['’]s\s+\w+")


def prefer_speaker(q: Question, candidates: list[Candidate], ledger, described: str | None = None) -> None:
    """"What did X say": a sentence neither said by X nor naming X does not answer it."""
    _namesakes_apart(q, candidates)
    if q.kind not in ("what", "why", "when", "where"):
        return
    from bot.answering.next_dates import asks_contest_ahead

    if q.kind == "when" and asks_contest_ahead(q.text):
        return  # "what date is the Coast League final": the league names the final, it says nothing
    if not q.speaker_phrase:
        subject = set(stems(q.predicate.subj)) if q.predicate is not None and q.predicate.subj else None
        if q.kind in ("what", "why") and q.names and (subject is None or subject & set(q.names)):
            # "Why did Mayor X refuse ...": X's own statements are X's side of it, above lines naming X.
            # Not "how do farmers pay for X's pumps": X does not do what is asked.
            for c in candidates:
                if set(q.names) & speaker_terms(c):
                    c.score *= SAID_BY
        elif q.kind == "when" and subject and len(subject) >= 2 and subject <= set(q.names) and _TALKED.search(q.text):
            _not_by_another(subject, candidates)
        return
    speaker = described or (ledger.resolve_speaker(q.speaker_phrase) if ledger is not None and not q.role else None)
    if speaker is None and any(c.statement is not None and c.statement.speaker == q.speaker_phrase for c in candidates):
        speaker = q.speaker_phrase  # its "the company said" (body_voice.py)
    if speaker is None:
        return
    # A place that qualifies a role ("the Oyo transport commissioner") names no one: every line of the story has it.
    places = {n for n in q.names if country_for(n) or is_place(n)} if q.role else set()
    names = set(stems(speaker)) | (set(q.speaker) - places)
    # "What restriction did the judge put on him": a deed, not words. It is told by a line naming
    # the judge as much as by the judge's own statements, and often by neither ("was jailed").
    # "How were they picked, according to the manager": his account is asked, a deed or not.
    # "Where are the operators holding their meeting": a deed's place, told by whoever reports it (not
    # "where was she when she told reporters", whose own words say where).
    speech = q.kind not in ("what", "where") or asks_about_speech(q.text) or bool(_ACCOUNT_OF.search(q.text))
    for c in candidates:
        said = c.statement is not None and (c.statement.speaker == speaker or speaker.split()[-1] in c.statement.speaker)
        if said and q.kind in ("what", "why", "where") and speech:
            # X's own statement answers "what / why did X" better than a line naming X; and "where was X
            # when he told reporters" is said where X's own "he told reporters at ..." says. Not "when did
            # X tell people to leave": the order is dated where it is reported, often not in X's words.
            c.score *= SAID_BY
        elif not speech and (said or set(stems(speaker)) & c.terms):
            c.score *= SAID_BY
        elif not (names & c.terms) and speech and not said:
            # (X's own words that do not name X are X's account: "when did they hear, according to the
            # director" is dated in her answer, "Nobody used the word until May 14")
            c.score *= 0.3
