"""Does the article answering a who-question tell the deed asked at all?

    Who was arrested for the damage?   the club's notice: damage, police, repairs; no arrest   → decline
    Who lodged an appeal against it?   "refusing would be overturned on appeal"; none lodged   → decline
    Who signed the declaration?        "... Signed on 8 October": the deed is written            → answered
    Has anyone been arrested over it?  the same deed asked as whether anyone did it              → decline

A who-question's best sentence is on its topic and names someone, so it reads as an answer; but
when the deed asked (its verb) is written nowhere in the articles the answer cites, in any form
("arrest", "arrested", "arrests"), as one of its paraphrases, or as a word the embedder finds all
but the same, that person did something else: the articles do not say who did it.

Only who-questions are checked, and only at the level of the whole article: measured on the tuning
sets, how-many and when-questions are written in other words than their articles far too often
("hit" / "struck", "pass" / "voted", "lose" / "cutting"), and so is a sentence. A deed that is a
role ("who heads", "who chairs"), light ("take", "give") or a speech act is not checked either.
"""

from __future__ import annotations

import re

from bot.answering.question import Question
from index.vocabulary import vocabulary

# The shipped MiniLM puts many verbs of one topic near 0.45 ("hired" / "resigned", "die" / "remain"),
# twins above it ("fall" / "fell" 0.76, "switch" / "swapped" 0.6, "abstain" / "abstentions" 0.52).
SAME_ACT = 0.5
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# "Who was arrested", "who has lodged", "who drove": the deed is the word after "who" (and its auxiliaries).
_WHO_ACT = re.compile(r"^\s*(?:and\s+)?who\s+(?:(?:was|were|is|are|has|have|had|will|would|did)\s+(?:been\s+|be\s+)?)?"
                      r"([a-z]{3,})\b", re.I)
# "Has anyone been arrested?", "Did anybody die?": the same deed asked as whether anyone did it.
_ANYONE_ACT = re.compile(r"^\s*(?:has|have|had|was|were|is|are|did|will)\s+(?:anyone|anybody|someone|somebody|any\s+[a-z]+)\s+"
                         r"(?:(?:been|be|ever|yet|already)\s+){0,2}([a-z]{3,})\b", re.I)


# "Which candidate has the paper endorsed?", "whom did the board appoint?": the deed is the root verb
# after the doer; the one it was done to is asked.
# (a deed done: "has", "had", "did"; not one wished or to come, "does she want to trace", "will they pick")
_WHICH_OBJECT = re.compile(r"^\s*(?:and\s+)?(?:which\s+(?:[a-z\-]+\s+){1,3}?|whom\s+)(?:has|have|had|did)\s+"
                           r"(?:[\w'’&\-]+\s+){1,5}?(?<!\bto\s)[a-z]{3,}\s*\??\s*$", re.I)


def asked_deed(q: Question) -> str | None:
    """The lemma of the deed a who-question asks the doer of, when it is one a paraphrase keeps."""
    m = _WHO_ACT.match(q.text) if q.kind == "who" else _ANYONE_ACT.match(q.text)
    if m is None:
        return _done_to_asked(q)
    from bot.answering.deed_nouns import carried_deed

    if (carried := carried_deed(q.text)) is not None:
        return carried[0]  # "who carried out the inspection": who inspected
    from bot.answering.predicate import parse_question, predicate_of  # who-questions are not parsed for their event

    found = predicate_of(q.text)
    lemma = found.lemma if found is not None else None
    # The parser's verb must be the word after "who" ("drove" / "drive"): "who gave the council its
    # figures" does not ask about a "figure".
    word = m.group(1).lower()
    if not lemma or not lemma.isalpha() or len(lemma) < 3 \
            or not any(t.lower_ == word and t.lemma_.lower() == lemma for t in parse_question(q.text)):
        return None
    v = vocabulary()
    if lemma in v.light_verbs or lemma in v.loose_acts or lemma in v.speech_words:
        return None
    return lemma


def deed_untold(q: Question, texts: list[str], alike=None) -> bool:
    """Whether none of `texts` (the cited articles) writes the deed the who-question asks about."""
    lemma = asked_deed(q)
    if lemma is None or not texts:
        return False
    words = {w.lower() for t in texts for w in _WORD.findall(t)}
    if _written(lemma, words) or _told_otherwise(lemma, words, texts) or _phrase_told_otherwise(q, lemma, texts):
        return False  # "arrest" / "arrested", "publish" / "publication", "die" / "died"
    # Only now, with no form of it written, are the articles parsed: an irregular form ("drove") is
    # found by its lemma, and a twin verb by the embedder. Nouns are not compared: "police" sits
    # near "arrest" by topic, not by meaning.
    from bot.answering.parsing import parse

    verbs = {t.lemma_.lower() for text in texts for t in parse(text) if t.pos_ == "VERB" and t.lemma_.isalpha()}
    if lemma in verbs:
        return False
    if alike is not None:
        alike.prefetch([lemma, *verbs])
        if any(alike.similarity(lemma, w) >= SAME_ACT for w in verbs):
            return False
    return True


def _told_otherwise(lemma: str, words: set[str], texts: list[str]) -> bool:
    """The deed written as one of its paraphrases (index/vocabulary.yaml `paraphrases`, `acts_told_by`)."""
    v = vocabulary()
    if words & set(v.acts_told_by.get(lemma, ())):
        return True
    if lemma in v.authoring_verbs and any(_spoken_in_document(t) for t in texts):
        return True  # "who signed the ruling": "X said in a ruling dated ..." wrote it
    for group in v.paraphrases:
        if lemma in group and any((" " in p and any(p in t.lower() for t in texts)) or _written(p, words) for p in group):
            return True
    return False


def _phrase_told_otherwise(q: Question, lemma: str, texts: list[str]) -> bool:
    """The deed is a phrasal verb the question words as one of a paraphrase group's phrases, and a
    cited article writes another of them: "who looks after the harbours" / "X, who holds the
    portfolio for harbours" (the group holds "look after", never "look" alone)."""
    from bot.answering.paraphrase import paraphrased
    from bot.answering.terms import stems

    own = [p for p in q.paraphrases if len(p.terms) > 1 and stems(lemma)[:1] == p.terms[:1]]
    return any(paraphrased(p, t, frozenset(stems(t))) for p in own for t in texts)


def _written(lemma: str, words: set[str]) -> bool:
    """Some form of the verb is among the words: "arrest" / "arrests", "die" / "died"."""
    root = lemma[: max(4, len(lemma) - 2)] if len(lemma) > 4 else lemma[:-1] if lemma.endswith("e") else lemma
    # A short root begins many other words ("die" / "districts"): only its own endings count then.
    ending = len(lemma) + 3 if len(root) < 4 else None
    return any(w.startswith(root) and (ending is None or len(w) <= ending) for w in words)


_IN_DOCUMENT = re.compile(r"([^\W\d_]+)\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?([^\W\d_]+)\b", re.I)


def _spoken_in_document(text: str) -> bool:
    """A speech verb "in" a document ("said in a ruling", "wrote in the letter"): its author speaks."""
    v = vocabulary()
    return any(m.group(1).lower() in v.speech_words and m.group(2).lower() in v.authored_documents
               for m in _IN_DOCUMENT.finditer(text))


def _done_to_asked(q: Question) -> str | None:
    """The deed of "which candidate has the paper endorsed": the question's last word, a verb."""
    if q.kind != "who" or _WHICH_OBJECT.match(q.text) is None:
        return None
    from bot.answering.predicate import parse_question

    # (the parser may take the auxiliary for the root: "has" of "which candidate has the paper endorsed")
    last = [t for t in parse_question(q.text) if t.is_alpha][-1:]
    if not last or last[0].pos_ != "VERB" or last[0].tag_ not in ("VB", "VBN", "VBD"):
        return None
    lemma = last[0].lemma_.lower()
    v = vocabulary()
    if not lemma.isalpha() or len(lemma) < 3 or lemma in v.light_verbs or lemma in v.loose_acts or lemma in v.speech_words:
        return None
    return lemma
