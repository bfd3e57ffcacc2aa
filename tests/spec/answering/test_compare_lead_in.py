"""A comparison's half whose words are in a short lead-in sentence ("Final tally is in.") and whose
figure is in the sentence right after it ("We poured away 480 litres, not 700.") is answered by the
figure's sentence: the lead-in names what the figure is."""

from dataclasses import replace

from bot.answering.compare_halves import select_halves
from bot.answering.question import analyse
from index.models import Chunk, ScoredChunk, Span

# One paragraph a message, split into its sentences as the index splits them.
CHAT = [
    ["Ossian: power went off at the creamery around six, rough guess we lose about 700 litres if the tanks warm up."],
    ["Ossian: the milk tanker driver says the road is open again."],
    ["Brisk day at the stall, the cheese counts in May were double what they were in April."],
    ["Ossian: final tally is in.", "we poured away 480 litres, not 700.", "the butter was fine in the cold room."],
]


def candidates_of_sentences(paragraphs: list[list[str]]):
    """Candidates of paragraphs given sentence by sentence, each scored alike (retrieval is not tested)."""
    from bot.answering.candidates import candidates_of

    scored, start = [], 0
    for i, sentences in enumerate(paragraphs, start=1):
        text = " ".join(sentences)
        spans, at = [], start
        for sentence in sentences:
            spans.append(Span(at, at + len(sentence)))
            at += len(sentence) + 1
        scored.append(ScoredChunk(Chunk(f"c{i}", "a1", i, start, start + len(text), text, tuple(spans)), 1.0))
        start += len(text) + 2
    return [replace(c, score=0.5) for c in candidates_of(scored)]


def test_a_lead_in_names_the_figure_after_it():
    q = analyse("the first guess at how much milk was lost vs the final tally")
    assert q.kind == "compare" and len(q.halves) == 2, q.halves
    chosen = select_halves(q, candidates_of_sentences(CHAT), lambda t: 1.0)
    texts = " | ".join(c.text for c in chosen)
    assert "about 700 litres" in texts, texts
    assert "480 litres" in texts, texts


def test_a_long_sentence_before_a_figure_is_no_lead_in():
    from bot.answering.compare_halves import LEAD_IN_WORDS, _lead_in

    cands = candidates_of_sentences([["The final tally of the whole long week at the creamery is finally in now.", "We poured away 480 litres."]])
    assert len(cands) == 2 and len(cands[0].text.split()) > LEAD_IN_WORDS
    assert not _lead_in(cands[0], cands[1])
