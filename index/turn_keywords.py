"""The keyword (BM25) text of a passage inside a meeting recording's turn: the passage's own text,
then the turn's speaker and whom they speak for, when the passage does not write them.

    Roe, Ann (Staffside)   6:02
    The rota has not been agreed with us.

"What did Ann Roe say?" / "Which body does Ann Roe speak for?": the turn's text never names her, so
keyword search would miss it; its header does (index/recording_turns.py). Only retrieval reads the
added words: the passage cited and shown is its own text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.recording_turns import turn_at


def keyword_text(text: str, start: int, article_text: str | None) -> str:
    """`text`, the passage starting at `start` of `article_text`, with its turn's speaker added."""
    if not article_text:
        return text
    turn = turn_at(article_text, start)
    if turn is None or turn.nobody or start < turn.body:
        return text  # not in a turn, or the passage holds the header itself
    words = [w for w in (turn.name, turn.organisation) if w and w not in text]
    return f"{text}\n{' '.join(words)}" if words else text


def keyword_texts(rows: Sequence[tuple[str, int, str]], article_text: Callable[[str], str | None]) -> list[str]:
    """For (article id, start, text) rows: each passage's keyword text."""
    return [keyword_text(text, start, article_text(aid)) for aid, start, text in rows]
