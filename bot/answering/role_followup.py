"""The person a previous question described by office, for a follow-up's he or she.

"What did Mozambique's vice-minister say about the warnings?" / "She said ..." / "Which two
places did she name?": neither turn gives a name, so the follow-up's "she" is the office phrase
itself ("Which two places did Mozambique's vice-minister name?"), which retrieval and the
speaker aliases read like a name.
"""

from __future__ import annotations

from index.vocabulary import vocabulary


def role_speaker(tokens: list[str], speech: frozenset[str], auxiliaries: frozenset[str]) -> tuple[str, ...]:
    """The office phrase in speaker position of a question ("did <phrase> say/tell/name ..."),
    ending in a job word, of at most six words; () when there is none."""
    v = vocabulary()
    for k, token in enumerate(tokens):
        if token.lower() not in auxiliaries:
            continue
        # the phrase ends at its job word, where the verb follows ("the chief hydrologist tell")
        span = range(k + 2, min(k + 8, len(tokens)))
        end = next((j for j in span if tokens[j].lower() in speech), None)
        if end is None or not any(_job(v, t) for t in tokens[k + 1:end]):
            end = next((j for j in span if _job(v, tokens[j - 1]) and tokens[j].islower() and not _job(v, tokens[j])
                        and tokens[j].lower() not in ("of", "for", "at", "in")), None)
        if end is None:
            return ()
        phrase = tokens[k + 1:end]
        if len(phrase) > 6 or not any(p.lower() in ("the", "a", "an") or p.endswith(("'s", "’s")) or p[:1].isupper() for p in phrase):
            return ()
        if phrase[0].lower() in ("a", "an"):
            return ()  # "did a spokesman say": no one in particular
        return (" ".join(phrase),)
    return ()


def _job(v, word: str) -> bool:
    low = word.lower()
    return v.is_role(low) or v.is_role(low.split("-")[-1])
