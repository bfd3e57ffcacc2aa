"""Is a person the one speaking in a sentence? (spaCy's parse)

    "Dunne told reporters the plan was flawed."                    Dunne speaks
    "'We will fight,' added Dunne."                                Dunne speaks
    "Dunne had been asked to review the plan but declined."        Dunne is asked: she does not speak
    "The council said Dunne had approved the plan."                the council speaks, about Dunne

The person must be (in) the subject of a speech verb (index/vocabulary.yaml speech acts), or the
object of "according to": being named next to one is not saying anything.
"""

from __future__ import annotations

from functools import lru_cache

from bot.answering.parse_gate import forms_of, may_hold
from index.vocabulary import vocabulary


@lru_cache(maxsize=20_000)
def speakers_in(sentence: str) -> tuple[frozenset[str], ...]:
    """The lower-cased words of each subject of a speech verb in the sentence (and of "according to")."""
    from bot.answering.predicate import _parse

    speech = vocabulary().speech_words
    if not may_hold(sentence, _speech_forms()):
        return ()  # no speech verb, nor "according to": nothing to parse for
    out = []
    for t in _parse(sentence):
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in speech or t.lower_ in speech):
            for c in t.children:
                if c.dep_ == "nsubj":
                    out.append(frozenset(w.lower_ for w in c.subtree))
        if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according":
            out.extend(frozenset(w.lower_ for w in c.subtree) for c in t.children if c.dep_ == "pobj")
    return tuple(out)


def _speech_forms() -> frozenset[str] | None:
    forms = forms_of(vocabulary().speech_words)
    return None if forms is None else forms | {"according"}


def speaks_in(surname: str, sentence: str) -> bool:
    """Whether `surname` (one word, any case) is, or is in, the subject of a speech verb of `sentence`."""
    word = surname.lower()
    subjects = speakers_in(sentence)
    if not subjects:
        return False
    same = _same_party(word)
    return any(any(same(w) for w in subject) for subject in subjects)


# "How did Borduria respond": "Bordurian officials denied it" is Borduria speaking. A place's
# adjective from the gazetteer, else the common English endings (invented and unlisted places).
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "i", "ese", "ish")


def _same_party(word: str):
    """A test of a subject's word: `word` itself or its place adjective (looked up once per call)."""
    from index.world import demonyms_of

    adjectives = {d.lower() for d in demonyms_of(word)}
    return lambda w: w == word or w in adjectives or (w.startswith(word) and w[len(word):] in _ADJECTIVE_ENDINGS)
