"""Do the best sentences say that what the question asks about happened?

    What deal did they sign?       "talks collapsed without a deal"        denies the premise: it answers
    What injury did she suffer?    "left the field with a shoulder injury" names the thing: it happened
    What law did he sign?          "he would sign it next week"            still to come: weighed down
"""

from __future__ import annotations

import re

from bot.answering.causes import asks_cause
from bot.answering.focus import doer_asked
from bot.answering.mentions import said_by
from bot.answering.paraphrase import paraphrased
from bot.answering.parsing import parse_batch
from bot.answering.possessed import asks_holding, counts_thing
from bot.answering.predicate import denies_object, happened, names_done, names_event, reverses
from bot.answering.question import WH, Question
from bot.answering.role_labels import in_role_turn
from bot.answering.terms import stems
from index.vocabulary import vocabulary

NO_PREDICATE = 0.3
DENIES_PREMISE = 0.3
ONLY_FUTURE = 0.25
AHEAD_SHARE = 0.3  # of the best sentence's score, for one still to come to speak for the question
MAX_PARSED = 8
BATCHES = {1: 2, 3: 4}  # sentences read so far -> how many of the next are parsed together


def check_predicate(q: Question, candidates, speaker: str | None = None):
    """The best sentences must say that what the question asks about happened: parsed best first,
    until one does (or MAX_PARSED were), so only a few sentences are ever parsed.

    Returns the sentence that says the event is still to come ("he would sign it next week") when
    none of them says it happened: the articles then do not say what the question takes as done.

    The statements of the person asked about (`speaker`) are their answer in their own words: "what
    did the inspector find" is answered by what the inspector told reporters, whatever the verb."""
    # Who-questions name their person by role ("who is commanding"), when-questions and why-questions
    # are often answered in other words ("planned" / "scheduled"): for them only a thing yet to
    # happen rules a sentence out. A question about the future is not checked at all.
    if q.predicate is None or not q.predicate.past or q.kind in ("who", "compare"):
        return None
    # A yes/no question ("Did he accept that ...?") may be answered by a denial in other words.
    # "What caused the registry to stop ...?": the cause is told with "after" or "because", never "caused".
    strict = q.kind in ("how-many", "what") and q.text.split()[0].lower() in WH and not asks_cause(q.text)
    asked = _asked_thing(q)
    doer = doer_asked(q.text) if q.kind == "what" else None
    checked: set[int] = set()
    seen_it, ahead = False, None
    top = max((c.score for c in candidates), default=0.0)
    for i in range(MAX_PARSED):
        rest = [c for c in candidates if id(c) not in checked]
        if not rest:
            break
        if i in BATCHES:
            # Read on past the first: the next ones are parsed together (bot/answering/parsing.py),
            # two, then four: the best sentences in turn, as the loop reads them.
            upcoming = [c.text for c in sorted(rest, key=lambda c: -c.score)[: BATCHES[i]]]
            parse_batch(t for t in upcoming if not happened.known(t, q.predicate.lemma))
        best = max(rest, key=lambda c: c.score)
        checked.add(id(best))
        said = happened(best.text, q.predicate.lemma)
        if said in ("no", "future") and q.predicate.obj and denies_object(best.text, q.predicate.obj):
            said = "negated"  # "what deal did they sign" / "talks collapsed without a deal"
        if said == "no" and reverses(best.text, q.predicate.lemma, q.predicate.subj):
            said = "negated"  # "how many wards did the party gain" / "the party was reduced to 19 wards"
        if said == "no" and asked and asked in best.terms and names_done(best.text, q.predicate.obj):
            said = "yes"  # "what injury did the wing suffer" / "left the field with a shoulder injury"
        if said == "no" and doer is not None and _holds_thing(q, best, doer):
            said = "yes"  # "what injury kept her out" / "she had torn a hamstring": the thing is the doer
        if said == "no" and told_otherwise(q, best):
            said = "yes"  # "how much did a kilo cost" / "prices rose from 120 to 150 a kilo"
        if said == "no" and q.kind == "how-many" and asks_holding(q.text) and counts_thing(best.text, q.counted):
            said = "yes"  # "how many beds did the hostel have" / "its 40 beds"
        if said == "negated":
            best.score += DENIES_PREMISE  # the false premise's correction answers it
            return None
        if said == "yes" and q.kind != "why":
            return None  # a why-question's premise may still be denied further down: read on
        if said == "future" and q.role_head is not None and in_role_turn(best, q.role_phrase):
            said = "no"  # "The CHAIRMAN: I will allow the question" rules as it speaks: not still to come
        seen_it = seen_it or said == "yes"
        if said == "future":
            # (a sentence scoring far below the best is on another matter: "Everyone will talk about
            # her" in another story does not tell that the talk asked about is still to come)
            if ahead is None and best.score >= AHEAD_SHARE * top and names_event(best.text, q.predicate.lemma):
                ahead = best
            best.score *= ONLY_FUTURE
        elif strict and not _theirs(best, q, speaker):
            best.score *= NO_PREDICATE
    if strict and not seen_it:
        # None of the best sentences says it happened: the weaker ones, left unparsed, do not either.
        for c in candidates:
            if id(c) not in checked and not _theirs(c, q, speaker):
                c.score *= NO_PREDICATE
    return ahead if not seen_it else None


def told_otherwise(q: Question, c) -> bool:
    """The sentence tells the question's act by a noun of what it gives (index/vocabulary.yaml
    `acts_told_by`): what a thing cost is told by its price; or by another phrase of the act's
    `paraphrases` group ("how many wells tested over the limit" / "61 wells came back above the
    limit"), which scoring has already found."""
    nouns = vocabulary().acts_told_by.get(q.predicate.lemma, ())
    if any(re.search(rf"\b{re.escape(n)}\b", c.text, re.I) for n in nouns):
        return True
    act = set(stems(q.predicate.lemma))
    return any(act & set(p.terms) and paraphrased(p, c.text, c.terms) for p in q.paraphrases)


def _theirs(c, q: Question, speaker: str | None) -> bool:
    """Said by the person asked about: their statement, or a turn the transcript labels with the
    role asked about ("The SPEAKER: There is no point of order"), which the ledger may give no one."""
    return said_by(c, speaker) or (q.role_head is not None and in_role_turn(c, q.role_phrase))


def _holds_thing(q: Question, c, thing: str) -> bool:
    """The sentence names the thing asked, or a word of its paraphrase group ("injury": "hamstring")."""
    return thing in c.terms or any(thing in p.terms and paraphrased(p, c.text, c.terms) for p in q.paraphrases)


def _asked_thing(q: Question) -> str | None:
    """The stem of the noun a what-question asks for, when it is the predicate's object ("what
    injury did she suffer"): a sentence naming that thing answers whatever its verb ("left the field
    with a shoulder injury"). The event's verb is what paraphrase changes most."""
    obj = q.predicate.obj if q.predicate is not None else None
    if q.kind != "what" or not obj:
        return None
    # "Which side effect showed up", "what prison sentence did he get": the noun may end a compound.
    m = re.match(r"^\s*(?:and\s+)?(?:what|which)\s+((?:[^\W\d_][\w\-]*\s+){0,2}[^\W\d_][\w\-]*)", q.text, re.I)
    if not m or not stems(obj) or stems(obj)[-1] not in stems(m.group(1)):
        return None
    return stems(obj)[-1]
