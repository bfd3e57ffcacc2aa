"""Does the answer tell the act the question asks about, or only something else done to its topic?

    Who was arrested for the damage?       "Head groundsman X said the damage was the worst ..."   no arrest
    How many nurses have been hired?       "... and four have resigned since Christmas."           another act
    When will the restrictions be lifted?  "The restrictions are declared because the dam ..."     another act
    How many people have died of it?       "38,000 people remain in evacuation centres."           another act

A sentence on the question's topic shares its nouns, so it is the best match; but when the act
asked (its verb) is written nowhere in the sentences chosen, in any form ("arrest", "arrested",
"arrests") or a word the embedder finds all but the same, the sentence tells what was done about
the topic, not the act asked: the articles do not say it. A question whose act is light ("be",
"have", "take") or a speech act is not checked: its answer may be worded any way.
"""

from __future__ import annotations

import re

from bot.answering.question import Question
from index.vocabulary import vocabulary

# Verbs that carry little of their own ("what did it do", "who has the most"), or name the asking.
_LIGHT = frozenset("be have do get make take give go come put set keep become happen find see know "
                   "want need try use hold show help lead run play include involve believe expect".split())
KINDS = ("who", "when", "how-many")
# The shipped MiniLM puts many verbs of one topic near 0.5 ("hired" / "resigned"): only a near twin
# ("dismissed" / "sacked") counts as the act told in other words.
SAME_ACT = 0.72
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_WHO_ACT = re.compile(r"^\s*(?:and\s+)?who\s+(?:(?:was|were|is|are|has|have|had|will|would)\s+(?:been\s+|be\s+)?)?"
                      r"([a-z]{3,}(?:ed|es|s)?)\b", re.I)


def asked_act(q: Question) -> str | None:
    """The lemma of the act the question asks about, when it is one a paraphrase keeps."""
    if q.kind not in KINDS:
        return None
    lemma = q.predicate.lemma if q.predicate is not None else None
    if lemma is None and q.kind == "who" and _WHO_ACT.match(q.text):
        from bot.answering.predicate import predicate_of  # who-questions are not parsed for their event

        found = predicate_of(q.text)
        lemma = found.lemma if found is not None else None
    if not lemma or not lemma.isalpha() or len(lemma) < 3:
        return None
    if lemma in _LIGHT or lemma in vocabulary().speech_words:
        return None
    return lemma


def act_untold(q: Question, chosen: list, alike=None) -> bool:
    """Whether none of the chosen sentences writes the act the question asks about."""
    lemma = asked_act(q)
    if lemma is None or not chosen:
        return False
    words = {w.lower() for c in chosen for w in _WORD.findall(c.text)}
    root = lemma[: max(4, len(lemma) - 2)] if len(lemma) > 4 else lemma[:-1] if lemma.endswith("e") else lemma
    if any(w.startswith(root) for w in words):
        return False  # "arrest" / "arrested", "publish" / "publication", "die" / "died"
    if alike is not None:
        long_words = [w for w in words if len(w) > 3]
        alike.prefetch([lemma, *long_words])
        if any(alike.similarity(lemma, w) >= SAME_ACT for w in long_words):
            return False
    return True
