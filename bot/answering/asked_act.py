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

from bot.answering.asked import says_money
from bot.answering.question import Question
from index.vocabulary import vocabulary

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
    v = vocabulary()
    if lemma in v.light_verbs or lemma in v.loose_acts or lemma in v.speech_words:
        return None
    return lemma


def act_untold(q: Question, chosen: list, alike=None) -> bool:
    """Whether none of the chosen sentences writes the act the question asks about."""
    lemma = asked_act(q)
    if lemma is None or not chosen:
        return False
    words = {w.lower() for c in chosen for w in _WORD.findall(c.text)}
    if _written(lemma, words):
        return False  # "arrest" / "arrested", "publish" / "publication", "die" / "died"
    if _told_otherwise(lemma, words, chosen):
        return False
    if alike is not None:
        long_words = [w for w in words if len(w) > 3]
        alike.prefetch([lemma, *long_words])
        if any(alike.similarity(lemma, w) >= SAME_ACT for w in long_words):
            return False
    return True


def _told_otherwise(lemma: str, words: set[str], chosen: list) -> bool:
    """The act written as one of its paraphrases (index/vocabulary.yaml `paraphrases`, `acts_told_by`),
    or a cost told by the sum alone."""
    v = vocabulary()
    if lemma in v.acts_told_by_sum and any(says_money(c.text) for c in chosen):
        return True
    if words & set(v.acts_told_by.get(lemma, ())):
        return True
    for group in v.paraphrases:
        if lemma in group and any((" " in p and any(p in c.text.lower() for c in chosen)) or _written(p, words) for p in group):
            return True
    return False


def _written(lemma: str, words: set[str]) -> bool:
    """Some form of the verb is among the words: "arrest" / "arrests", "die" / "died"."""
    root = lemma[: max(4, len(lemma) - 2)] if len(lemma) > 4 else lemma[:-1] if lemma.endswith("e") else lemma
    return any(w.startswith(root) for w in words)
