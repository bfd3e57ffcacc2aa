"""The event of a passive when-question the parser reads as "be" plus a noun's modifier.

    When was the answer about the closures corrected?
    On what day was the driver sent to prison?

spaCy's small model often makes "was" the root and the participle an `acl` of the subject ("the
answer ... corrected"), as in "the money raised"; the question then seems to name no event and
its answer is not weighed by whose date a sentence gives (bot/answering/event_dates.py). In a
question that opens with the inverted "was"/"were" before its subject, that participle is the event.
"""

from __future__ import annotations

from bot.answering.predicate import _FUTURE_HEADS, _LIGHT, SPEECH, Predicate, parse_question


def passive_predicate(question: str) -> Predicate | None:
    doc = parse_question(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "be" or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    # (a name the parser does not know may be read as the attribute: "what date was kagunguli closed")
    subject = next((c for c in root.children if c.i > root.i and (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "attr"
                    and not any(t.tag_ in ("WDT", "WP") for t in c.subtree))), None)
    if subject is None:
        return None  # "When the plant was closed, ...": no inverted question
    # "When are the residents meeting?": a present "is"/"are" with the -ing form asks of what is to come.
    ongoing = root.tag_ in ("VBZ", "VBP")
    done = next((t for t in subject.subtree if t.dep_ == "acl" and t.head.i == subject.i
                 and (t.tag_ == "VBN" or ongoing and t.tag_ == "VBG")), None)
    if done is None or done.lemma_.lower() in SPEECH | _LIGHT or done.text.lower() in SPEECH:
        return None  # "was the question put to her": a light verb says no event of its own
    # "When is the strike set to begin?": the event is the one set, planned or due.
    # (the parser may hang "to begin" on the subject rather than on "set")
    doc = done.doc
    carried = doc[done.i + 2] if done.lemma_.lower() in _FUTURE_HEADS and done.i + 2 < len(doc) \
        and doc[done.i + 1].lower_ == "to" and doc[done.i + 2].tag_ == "VB" else None
    if carried is not None and carried.lemma_.lower() not in SPEECH | _LIGHT:
        return Predicate(carried.lemma_.lower(), False)
    if done.tag_ == "VBG":
        return Predicate(done.lemma_.lower(), False, ongoing=True)
    return Predicate(done.lemma_.lower(), root.tag_ == "VBD")


def acted_on(question: str) -> bool:
    """"When were the intruders in the firm's network spotted?", "Where was the injured rider flown?":
    the question's subject is done to, not a speaker or a doer of its own (a passive that is not
    one of speech: "what was the mayor quoted as saying" still asks of the mayor's words). A past
    event only: "where is the writer based" and "why is the route being cut" ask of a state or of
    what is going on, where the subject's own words may well answer."""
    doc = parse_question(question)
    if not any(t.lower_ in ("was", "were") for t in doc) or any(t.lower_ in ("saying", "quoted") for t in doc):
        return False
    if passive_predicate(question) is not None:
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBN", "VBD") or root.lemma_.lower() in SPEECH | _LIGHT:
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") and c.i < root.i for c in root.children)
