"""The day a speaker's relative clause puts them at the scene of what they said.

    Gozo-style MP X, who attended Thursday's hearing as an observer, warned that ...
    Member of Parliament X, who visited the roadblock yesterday afternoon, called on ...

A cue whose own words carry no day, but whose speaker is introduced as having attended or visited
something on a day (`vocabulary.yaml`'s `attendance_verbs`, in a "who ..." clause between commas),
was done there and then: the clause's day, not the report's. (Only an act that reports what was
done there, "warned", "called on": a plain "said" after such a clause is as often told the report.)
"""

from __future__ import annotations

import re
from datetime import date

from index.vocabulary import vocabulary


def _clause():
    verbs = "|".join(re.escape(v) for v in sorted(vocabulary().attendance_verbs, key=len, reverse=True))
    return re.compile(rf",\s+who\s+(?:{verbs})\b[^,;\"“”]{{0,120}}?,")


def visit_day(text: str, cue_start: int, cue_end: int, events: list[tuple[int, date, str]], pub: date) -> tuple | None:
    """(phrase, day, None, "context") of the day the cue's "who attended/visited ..." clause names, or None."""
    m = _clause().search(text, cue_start, cue_end)
    if m is None:
        return None
    for pos, day, _ in events:
        if m.start() < pos < m.end() and day <= pub:
            phrase = re.match(r"[\w'’]+(?:\s+(?:night|morning|afternoon|evening)(?:['’]s)?)?", text[pos:m.end()])
            return (phrase.group(0) if phrase else None), day, None, "context"
    return None
