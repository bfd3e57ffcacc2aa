"""Where the topic subheads of press-conference notes ("On the injury list:", "On Ann Roe's knee:")
put their topic: the text under each, for answers (index/statements/topic_notes.py reads whose
words they are). Text only, no parse: answering reads it too."""

from __future__ import annotations

import re

MIN_TOPICS = 2
TOPIC_LINE = re.compile(r"(?m)^[ \t]*On\s+(?P<topic>[^\n:.?!]{2,100}):[ \t]*$")
# the last topic's words: where they end no later subhead says (the next paragraph may be another speaker's)
_LAST_BLOCK_PARAGRAPHS = 1


def topic_blocks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, topic) of the text under each topic subhead, for answers: "On Ann Roe's knee:"
    over "She'll be out for a month" says whose injury the sentence is about. Each block runs to
    the next subhead; the last one over its first paragraphs only."""
    heads = list(TOPIC_LINE.finditer(text))
    if len(heads) < MIN_TOPICS:
        return []
    out = []
    for k, m in enumerate(heads):
        if k + 1 < len(heads):
            end = heads[k + 1].start()
        else:
            parts = [p for p in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[m.end():])][:_LAST_BLOCK_PARAGRAPHS]
            end = m.end() + (parts[-1].end() if parts else 0)
        out.append((m.end(), end, m.group("topic")))
    return out
