"""A why- or when-question whose premise rests on an act or a term the asked article names only as
not so: the question's act ("why did the minister order the dogs to be culled") or the term it is
done under ("when did the contractor agree to fix it under its warranty") is, in every sentence of
the article that names it, inside a negation ("would not carry out mass culling", "was therefore not
covered by its warranty"). That sentence, and the one that says what instead, correct the premise.

    why did the minister order the dogs to be culled     "He said the Ministry would not carry out mass culling."
    when did the firm agree to fix it under its warranty  "... not covered by its warranty. The company said it had
                                                           offered to carry out the repairs at cost."
    why did the minister order the dogs to be culled     "Stray dogs will be culled from Monday"    not corrected

The words read are the question's content verbs (not the light ones it is asked through: "order",
"agree", "decide") and the nouns after its prepositions ("under its warranty"); a word counts only
where each sentence of the article's best ones naming it negates it within a few words, and at
least one does. Read from the words of the question's parse and of the sentences (regexes).
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

SCANNED = 12
NEAR = 5  # words between a negation and the word it negates ("not carry out mass culling")
# the verbs a premise is asked through: they name no deed of their own
_LIGHT = frozenset("be have do get make order decide agree want ask tell say let allow help try plan choose need "
                   "go come give take put start begin continue seek intend promise refuse offer vote move "
                   # aspect: "stop opening at night" asks of the opening ("the phones have not stopped" is no denial of it)
                   "stop keep resume finish cease end remain stay".split())
_NEGATION = re.compile(r"\b(?:not|never|no|n['’]t|nor|without|ruled\s+out|rules\s+out|ruling\s+out|rule\s+out|against)\b", re.I)
STEM = 4  # letters a word's forms share at least ("cull", "culled", "culling")


def _premise_words(question: str) -> list[str]:
    from bot.answering.predicate import parse_question

    out = []
    for t in parse_question(question):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma not in _LIGHT and len(lemma) >= STEM:
            out.append(lemma)
        elif t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("under", "with", "by", "through") and len(lemma) >= STEM:
            out.append(lemma)  # "under its warranty": the term the act was to be done under
    return out


def _root(word: str) -> str:
    """The letters a word's forms share: "culled" and "culling" share "cull"; a final e goes ("close")."""
    return word[:-1] if word.endswith("e") and len(word) > STEM else word


def word_denied(q, own: list[Candidate]) -> Candidate | None:
    """The first of the asked article's best sentences (`own`, best first) negating a premise word
    that no sentence of them names otherwise; else None."""
    if q.kind not in ("why", "when") or not own or _NEGATION.search(q.text):
        return None  # "why did they not renew it": the negation is the question's own premise
    for word in _premise_words(q.text):
        pattern = re.compile(rf"\b{re.escape(_root(word))}\w*", re.I)
        denied = None
        for c in own:
            for m in pattern.finditer(c.text):
                before = " ".join(c.text[:m.start()].split()[-NEAR:])
                if not _NEGATION.search(before):
                    denied = None
                    break  # named without a negation: the act may well be told
                if denied is None:
                    denied = c
            else:
                continue
            break
        else:
            if denied is not None and any(denied is c for c in own[:SCANNED]):
                return denied
    return None
