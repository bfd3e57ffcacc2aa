"""Reports of speech that gives nothing: "The spokesperson did not say whether the committee was
consulted", "He would not say how much it cost" (the speaker said nothing on the matter), and
"Residents expressed mixed views" (an act with no content), and a pronoun a speaker rejects while
saying what instead ("X denied that, saying the report had been updated"): the saying is the
statement. None of these is anyone's statement. A refusal
with a verb of its own ("declined to say how many") is the speaker's act and stays: the speaker did
something the reader may ask about.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

_ASKING_WORDS = frozenset({"whether", "if", "how", "when", "what", "why", "who", "where", "which"})


def drop(raws: list, docs) -> list:
    """The statements, without the negated reports of a matter and the acts with no content."""
    pointers = _pointing_only(raws, docs)
    return [r for r in raws if not (_negated_matter(r, docs) or _no_content(r, docs) or id(r) in pointers)]


_POINTERS = frozenset({"that", "this", "it"})


def _pointing_only(raws: list, docs) -> set[int]:
    """The statements whose content is only a pronoun pointing back ("denied that") in a sentence
    where the same speaker says something of substance ("..., saying the report had been updated")."""
    pointing = {id(r) for r in raws if _points(r, docs)}
    substance: set = {(r.span, r.speaker.name) for r in raws if id(r) not in pointing}
    # ("He used to say it to staff, and he said it to me": two pointers and nothing else; both stay)
    return {id(r) for r in raws if id(r) in pointing and (r.span, r.speaker.name) in substance}


def _points(r, docs) -> bool:
    if r.continued or r.content.end - r.content.start > 4 or r.paragraph >= len(docs):
        return False
    span = docs[r.paragraph][0]
    return docs[r.paragraph][1].text[r.content.start - span.start:r.content.end - span.start].lower() in _POINTERS


def _verb(r, docs):
    if not r.cue or not isinstance(r.cue[0], int) or r.paragraph >= len(docs):
        return None
    return docs[r.paragraph][1][r.cue[0]]


def _negated_matter(r, docs) -> bool:
    """"did not say whether ...", "would not tell reporters how many ...": a disclosure verb negated
    over a clause that only names the matter withheld."""
    verb = _verb(r, docs)
    v = vocabulary()
    if verb is None or (v.speech_lemma(verb.lower_) or verb.lower_) not in v.disclosure_verbs:
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = docs[r.paragraph][1]
    first = next((doc[i] for i in sorted(r.cue[1]) if not doc[i].is_punct), None)
    return first is not None and first.lower_ in _ASKING_WORDS


def _no_content(r, docs) -> bool:
    """"expressed mixed views": the content is only a word for opinions and words that tell none."""
    verb = _verb(r, docs)
    if verb is None:
        return False
    doc = docs[r.paragraph][1]
    words = [doc[i].lower_ for i in sorted(r.cue[1]) if not doc[i].is_punct]
    v = vocabulary()
    return bool(words) and len(words) <= 4 and _singular(words[-1]) in v.opinion_nouns \
        and all(w in v.empty_opinion_words or _singular(w) in v.opinion_nouns for w in words)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
