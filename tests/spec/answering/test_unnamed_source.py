"""An unnamed source asked for by another word ("the industry insider" / "a source in the
industry"), and their quote that runs on ('"... . ...," the source said.') answers in full."""

from bot.answering.candidates import candidates_of
from bot.answering.roles import unknown_role
from bot.answering.neighbours import with_speaker_words
from bot.answering.question import analyse
from index.models import Chunk, ScoredChunk, Span, Statement

PARAGRAPHS = [
    "A source in the shipping industry told reporters that the closure could cost owners $40 million a week.",
    "\u201cThe real cost is delay. Insurers will not cover the detour after March,\u201d the source said.",
]


def _chunks():
    out, start = [], 0
    for i, text in enumerate(PARAGRAPHS, start=1):
        spans, at = [], start
        for sentence in ([text] if i == 1 else ["\u201cThe real cost is delay.", "Insurers will not cover the detour after March,\u201d the source said."]):
            k = text.index(sentence)
            spans.append(Span(start + k, start + k + len(sentence)))
        out.append(Chunk(f"c{i}", "a1", i + 4, start, start + len(text), text, tuple(spans)))
        start += len(text) + 2
    return out


class Corpus:
    def chunks_of(self, article_id):
        return _chunks()


def test_a_described_insider_is_reported_as_a_source():
    q = analyse("According to the shipping industry insider, what is the real cost of the closure?")
    assert not unknown_role(q, candidates_of([ScoredChunk(c, 1.0) for c in _chunks()]), {}, lambda _t: 1.0)


def test_an_unnamed_sources_quote_that_runs_on_comes_along():
    best = candidates_of([ScoredChunk(_chunks()[0], 1.0)])[0]
    best.statement = Statement("s1", "a1", "A source in the shipping industry", "A source in the shipping industry",
                               "told", "the closure could cost owners $40 million a week", "indirect",
                               best.span.start, best.span.end, generic_speaker=True)
    texts = [c.text for c in with_speaker_words([best], Corpus(), None, None)]
    assert len(texts) == 3 and texts[1].startswith("\u201cThe real cost is delay")
