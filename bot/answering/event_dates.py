"""Whose date is it? A when-question is answered by the date the sentence gives its event.

    When will the libraries close?
      "The council voted on Wednesday night to approve a budget that closes two libraries."
          the date belongs to "voted": another event's date
      "The library closures will take effect on July 1."
          the date belongs to "take effect", whose subject is "closures": the event, named by a noun

The parse (spaCy) ties each date entity to the verb it modifies; the event is that verb, or the
noun doing or undergoing it ("closures", "the signing"), matched to the question's verb by stem.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.parsing import kept, lemmas_parse, parse, parse_batch
from index.statements.dates import find_time_phrases

_DAY_KINDS = frozenset({"mday", "dmon", "wday", "rel"})
EVENT_BONUS = 0.1
OTHER_EVENT = 0.85
UNNAMED = 0.5
# "..., the mayor informed this Tuesday": a date only the lede's telling carries is the report's day, not
# the day of the storm or the vote it tells of (unless the question asks when it was told)
TELLING = 0.5
MAX_PARSED = 8
_DATE_ENTITIES = frozenset({"DATE", "TIME"})
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})


def weigh_event_dates(lemma: str, candidates) -> None:
    """Weigh up the best candidates that date the question's event, down those that date another."""
    best = sorted(candidates, key=lambda c: -c.score)[:MAX_PARSED]
    parse_batch((c.text for c in best if not date_owner.known(c.text, lemma)), entities=True)  # together: half the cost
    owners = [date_owner(c.text, lemma) for c in best]
    # Beside a sentence that dates the event itself, one that never names it dates something else:
    # "Seven areas were downgraded in 2024" is no answer to "when was the answer corrected".
    # (A day, not "from that date": an anaphor's sentence may name the act asked while another dates it.)
    dated_event = any(whose == "event" and _names_day(c.text) for c, whose in zip(best, owners))
    for c, whose in zip(best, owners):
        if dated_event and whose in ("other", "telling", "briefing") and not names_act(c.text, lemma):
            c.score *= UNNAMED
        if whose == "event":
            c.score += EVENT_BONUS
        elif whose == "other":
            c.score *= OTHER_EVENT
        elif whose == "briefing":
            c.score *= TELLING  # "its director spoke to us on Tuesday": the interview's day, not the event's
        elif whose == "telling" and c.chunk.chunk.paragraph == 1 and c.span.start == c.chunk.chunk.start:
            c.score *= TELLING  # (the lede's: a later "X said on Saturday" is often the very act asked about)
        elif whose == "telling":
            c.score *= OTHER_EVENT


@kept(4096)
def date_owner(sentence: str, lemma: str) -> str:
    """"event" when a date in the sentence belongs to the event `lemma` names, "briefing" when its dates
    all belong to a briefing verb ("spoke to us on Tuesday") and the event is no telling or briefing,
    "telling" when they all belong to a speech verb ("informed this Tuesday") and the event is no telling, "other" when
    they all belong to other events, "none" when it has no date."""
    doc = parse(sentence, entities=True)
    dates = [e for e in doc.ents if e.label_ in _DATE_ENTITIES]
    if not dates:
        return "none"
    tellings = briefings = 0
    for e in dates:
        verb = e.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        words = [verb] + [c for c in verb.children if c.dep_ in _ROLES]
        words += [g for c in verb.children if c.dep_ == "xcomp" for g in (c, *c.children) if g.dep_ in _ROLES | {"xcomp"}]
        words += [m for w in words[1:] for m in w.children if m.dep_ in ("compound", "amod")]  # "the signing ceremony"
        if any(related(w.lemma_.lower(), lemma) for w in words):
            return "event"
        tellings += verb.lower_ in _speech()
        briefings += verb.lower_ in _briefing() and verb.lemma_.lower() in _briefing_lemmas()
    if briefings == len(dates) and lemma not in _speech() and not _briefing_lemma(lemma):
        return "briefing"
    return "telling" if tellings == len(dates) and lemma not in _speech() else "other"


@cache
def _speech() -> frozenset[str]:
    from index.vocabulary import vocabulary

    return vocabulary().speech_words


@cache
def _briefing() -> frozenset[str]:
    """"spoke", "talked", "briefed": the verbs of the occasion a report was told at (index/vocabulary.yaml)."""
    from index.vocabulary import vocabulary

    return vocabulary().briefing_verbs


@cache
def _briefing_lemmas() -> frozenset[str]:
    from index.vocabulary import vocabulary

    return vocabulary().briefing_lemmas


def _briefing_lemma(lemma: str) -> bool:
    """The question asks about a briefing itself: "when did she speak to reporters"."""
    return any(related(w, lemma) or w.startswith(lemma[:4]) for w in _briefing()) if len(lemma) >= 4 else lemma in _briefing()


def _names_day(sentence: str) -> bool:
    return any(tp.kind in _DAY_KINDS for tp in find_time_phrases(sentence))


def names_act(sentence: str, lemma: str) -> bool:
    """Whether any word of the sentence is the act `lemma` or a derivation or paraphrase of it."""
    return any(related(t.lemma_.lower(), lemma) for t in lemmas_parse(sentence))


def related(word: str, lemma: str) -> bool:
    """The same word or a derivation of it: "close" / "closure", "sign" / "signing", "elect" / "election";
    or another word for the act (the vocabulary's paraphrases): "interview" / "speak" ("We spoke to her on 2 May")."""
    if word == lemma:
        return True
    stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 4 else lemma
    return (len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 5) or word in _same_act().get(lemma, ())


def act_asked(question: str, lemma: str) -> str:
    """"When was the bridge opened again?": the act asked is the reopening ("reopen", a verb of the
    model's word tables), whose day is not the first opening's ("was opened in 1962")."""
    if lemma.startswith("re") or not re.search(r"\bagain\b", question, re.I):
        return lemma
    from bot.answering.english_words import _tables

    return "re" + lemma if "re" + lemma in _tables()[0]["verb"] else lemma


# "open again" is no "open": a phrase doing the act again heads no word of its group's acts
_AGAIN = re.compile(r"\b(?:again|back up|once more)\b")


@cache
def _same_act() -> dict[str, frozenset[str]]:
    """Each act word of the paraphrase groups with the verbs that head the group's other phrases."""
    from index.vocabulary import vocabulary

    out: dict[str, set[str]] = {}
    for group in vocabulary().paraphrases:
        heads = {p.split()[0] for p in group if p.split()[0] not in ("not", "end", "will", "set", "due", "owing")
                 and not _AGAIN.search(p)}
        for head in heads:
            out.setdefault(head, set()).update(heads - {head})
    return {k: frozenset(v) for k, v in out.items()}
