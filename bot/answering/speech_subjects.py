"""Is a person the one speaking in a sentence? (spaCy's parse)

    "Dunne told reporters the plan was flawed."                    Dunne speaks
    "'We will fight,' added Dunne."                                Dunne speaks
    "Dunne had been asked to review the plan but declined."        Dunne is asked: she does not speak
    "The council said Dunne had approved the plan."                the council speaks, about Dunne

The person must be (in) the subject of a speech verb (index/vocabulary.yaml speech acts), or the
object of "according to": being named next to one is not saying anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.answering.parse_gate import forms_of, may_hold
from bot.answering.parsing import kept, parse, parse_batch
from index.vocabulary import vocabulary

_SPEECH = vocabulary().speech_words


@kept(20_000)
def speakers_in(sentence: str) -> tuple[frozenset[str], ...]:
    """The lower-cased words of each subject of a speech verb in the sentence (and of "according to")."""
    speech = _SPEECH
    if not may_hold(sentence, speech_forms()):
        return ()  # no speech verb, nor "according to": nothing to parse for
    out = []
    for t in parse(sentence):
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in speech or t.lower_ in speech):
            for c in t.children:
                if c.dep_ == "nsubj":
                    out.append(frozenset(w.lower_ for w in c.subtree))
        if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according":
            out.extend(frozenset(w.lower_ for w in c.subtree) for c in t.children if c.dep_ == "pobj")
    return tuple(out)


def speaks_in_any(surname: str, sentences: list[str], also: Callable[[], list[str]] = list) -> bool:
    """`any(speaks_in(surname, s) for s in sentences)`, with fewer runs of the parser: a sentence
    likely to settle it (a speech word beside the surname) is read alone first; the parses the
    others need are made together (parsing.parse_batch: about half the cost of one by one),
    with those of `also()`, sentences the caller parses next (asked only when a run is made)."""
    first = next((s for s in sentences if beside_speech(surname.lower(), s)), None)
    if first is not None and not speakers_in.known(first) and may_hold(first, speech_forms()) and (extra := also()):
        parse_batch([first, *extra])  # one run for both: a run's fixed cost is most of a sentence's
    if first is not None and speaks_in(surname, first):
        return True
    rest = [s for s in sentences if s != first]
    needed = [s for s in rest if not speakers_in.known(s) and may_hold(s, speech_forms())]
    if needed:
        parse_batch([*needed, *also()])
    return any(speaks_in(surname, s) for s in rest)


@cache
def speech_forms() -> frozenset[str] | None:
    """Every form a speech word, or "according", may have (parse_gate.forms_of); built once: a
    union of 2,000-odd forms cost 0.05 ms a call, and a question's checks call it per sentence."""
    forms = forms_of(_SPEECH)
    return None if forms is None else forms | {"according"}


_WORD = re.compile(r"[^\W_][\w'’-]*")


def beside_speech(surname: str, sentence: str) -> bool:
    """A speech word within three words of the surname ("Dunne told", "said on Monday that Dunne")."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    speech = _SPEECH
    return any(w.startswith(surname) and any(x in speech for x in words[max(0, i - 3):i + 4])
               for i, w in enumerate(words))


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
