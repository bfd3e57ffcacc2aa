"""A produced feature's soundbite dated by the narration that cues it.

A radio or video feature tells where and when someone spoke, then plays them: "At a hearing on
Monday, councillor X told islanders the council would pay for a second boat ..." / "X: We paid for a
boat once before." The soundbite under X's label was said on that occasion, not on the air date, as a quotation
paragraph right after a dated "told ..." paragraph is in a printed story. Only the paragraph just
before the soundbite's first turn cues it, and only by a statement of the same speaker that the
text dates itself (a context or explicit date).
"""

from __future__ import annotations

from index.models import Statement


def cued(stmts: list[Statement], raws, turn_ids: set[int], turn_paragraphs: set[int]) -> dict[int, Statement]:
    """Turn statement index -> the narration statement that cues it (same speaker, the paragraph
    just before the turn's, itself no turn, dated by the text)."""
    # the latest dated narration statement of each speaker, by paragraph
    by_paragraph: dict[tuple[int, str], Statement] = {}
    for st, r in zip(stmts, raws):
        if id(r) not in turn_ids and r.paragraph not in turn_paragraphs and st.when_start is not None \
                and st.date_basis in ("context", "explicit"):
            by_paragraph[(r.paragraph, st.speaker)] = st
    out: dict[int, Statement] = {}
    opening: dict[str, int] = {}  # the first paragraph of each speaker's run of turns
    last_turn: tuple[int, str] | None = None
    for i, (st, r) in enumerate(zip(stmts, raws)):
        if id(r) not in turn_ids:
            continue
        if last_turn is None or last_turn[1] != st.speaker or r.paragraph - last_turn[0] > 1:
            opening[st.speaker] = r.paragraph
        last_turn = (r.paragraph, st.speaker)
        cue = by_paragraph.get((opening[st.speaker] - 1, st.speaker))
        if cue is not None:
            out[i] = cue
    return out
