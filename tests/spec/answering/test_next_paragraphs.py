"""The paragraph after a retrieved one is read too (an interviewer's question, then the answer; a
lede, then what the money is for), discounted so that a near tie stays with what was retrieved."""

from bot.answering.candidates import candidates_of
from bot.answering.widen import UNRETRIEVED, discount_unretrieved, with_next_paragraphs
from index.models import Chunk, ScoredChunk, Span

INTERVIEW = [
    "The festival has filled cinemas every autumn since 2009.",
    "HOST: Did they tell you why?",
    "DIRECTOR: The letter said \"a change in priorities\".",
    "HOST: Will there be a festival this year?",
    "DIRECTOR: Yes, a shorter one.",
]


def _chunks(article_id: str, paragraphs: list[str]) -> list[Chunk]:
    out, start = [], 0
    for i, text in enumerate(paragraphs, start=1):
        out.append(Chunk(f"{article_id}-{i}", article_id, i, start, start + len(text), text, (Span(start, start + len(text)),)))
        start += len(text) + 2
    return out


class Corpus:
    def __init__(self, **articles):
        self._articles = {a: _chunks(a, p) for a, p in articles.items()}

    def chunks_of(self, article_id):
        return self._articles[article_id]


def test_the_answer_after_a_retrieved_interview_question_is_read():
    corpus = Corpus(a=INTERVIEW)
    chunks = corpus.chunks_of("a")
    read = with_next_paragraphs([ScoredChunk(chunks[1], 0.5), ScoredChunk(chunks[3], 0.4)], corpus)
    assert [sc.chunk.id for sc in read] == ["a-2", "a-4", "a-3", "a-5"]


def test_a_paragraph_already_retrieved_is_not_read_twice():
    corpus = Corpus(a=INTERVIEW)
    chunks = corpus.chunks_of("a")
    read = with_next_paragraphs([ScoredChunk(chunks[1], 0.5), ScoredChunk(chunks[2], 0.4)], corpus)
    assert [sc.chunk.id for sc in read] == ["a-2", "a-3", "a-4"]


def test_an_articles_last_paragraph_has_no_next_and_articles_do_not_run_into_each_other():
    corpus = Corpus(a=INTERVIEW, b=["Another story's first paragraph."])
    last = corpus.chunks_of("a")[-1]
    assert with_next_paragraphs([ScoredChunk(last, 0.5)], corpus) == [ScoredChunk(last, 0.5)]


def test_sentences_of_an_unretrieved_paragraph_are_discounted():
    corpus = Corpus(a=INTERVIEW)
    chunks = corpus.chunks_of("a")
    retrieved = [ScoredChunk(chunks[1], 0.5)]
    read = with_next_paragraphs(retrieved, corpus)
    candidates = candidates_of(read)
    for c in candidates:
        c.score = 1.0
    discount_unretrieved(candidates, read[len(retrieved):])
    assert [c.score for c in candidates] == [1.0, UNRETRIEVED]


def test_only_the_best_passages_story_is_read_further():
    corpus = Corpus(a=INTERVIEW, b=["Another story's first paragraph.", "Its second paragraph."])
    a, b = corpus.chunks_of("a"), corpus.chunks_of("b")
    read = with_next_paragraphs([ScoredChunk(a[1], 0.5), ScoredChunk(b[0], 0.4)], corpus)
    assert [sc.chunk.id for sc in read] == ["a-2", "b-1", "a-3"]
