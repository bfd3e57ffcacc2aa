"""A subtitle file pasted as an article (SRT, WebVTT captions of a news broadcast): blocks of a
cue number, a "00:00:12,480 --> 00:00:15,200" time line and a caption of a line or two. The cue
header is furniture; each caption is a paragraph, and, being a piece of a sentence cut to fit
the screen, never a heading however short it is."""

from __future__ import annotations

from index.furniture import CUE_HEADER
from index.models import Span


def cue(lines: list[Span], texts: list[str]) -> list[Span] | None:
    """A cue block's spans, its header then its caption, or None when the block is no cue."""
    if CUE_HEADER.match(texts[0]):
        head = 1
    elif len(texts) > 1 and CUE_HEADER.match("\n".join(texts[:2])):
        head = 2
    else:
        return None
    out = [Span(lines[0].start, lines[head - 1].end)]
    if len(lines) > head:
        out.append(Span(lines[head].start, lines[-1].end))
    return out


def is_subtitle_file(text: str, spans: list[Span]) -> bool:
    return sum(bool(CUE_HEADER.match(text[s.start : s.end])) for s in spans) >= 3
