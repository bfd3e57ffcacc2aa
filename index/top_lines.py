"""A page's first lines, where its header lines stand (date lines, a bracketed other-calendar date,
a pasted page address), read the same way by every top-of-page reader (index.top_line_dates,
index.carrier_dates). Each reader says how far down it looks and how long a line may run before it
is story text: a line of story ends the header, and a date below it is the story's, not the page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def story_sentence(words_before: int) -> re.Pattern:
    """A sentence of story: `words_before` words and more after them, ending in a stop (a header line
    ends in none)."""
    return re.compile(rf"^(?:\S+\s+){{{words_before},}}.*[.!?][\"'”’)]*$")


def top_lines(text: str, most: int, max_words: int | None = None, story: re.Pattern | None = None) -> Iterator[str]:
    """The first `most` non-empty lines, markdown emphasis stripped; with `max_words`/`story`, only
    up to the first line longer than that or shaped like a sentence of story."""
    seen = 0
    for raw in text.splitlines():
        line = raw.strip().strip("#*_>").strip()
        if not line:
            continue
        seen += 1
        if seen > most or (max_words is not None and len(line.split()) > max_words) \
                or (story is not None and story.search(line)):
            return
        yield line
