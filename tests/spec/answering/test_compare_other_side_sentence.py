"""A comparison of two sides' figures gives both sides: when the best sentence holds one side's figure,
the other side's figure is found in its own sentence of the same article, though it sits in a relative
clause of another speaker's sentence ("Defence counsel X, who sought no more than two years, said ...")
or a later paragraph."""

from index.models import Chunk, ScoredChunk, Span

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

COURT = """Landlord jailed for deposit fraud

PORT VELLAN - A landlord who kept the deposits of 40 tenants was sentenced on Tuesday to three years and four months' jail.

Prosecutor Imelda Varkonyi told the court that Osric Pemberley had taken more than $210,000 in deposits after he had already sold the flats.

She had asked for a sentence of between three and a half and four years' jail, citing the number of tenants and the fact that little had been repaid.

Defence counsel Tobiah Quennell, who sought no more than two years, said his client had meant to repay every tenant once a loan came through.

Judge Amaranth Quellwood said the offences were planned and repeated.
"""

STRIKE = """---
title: Bus drivers walk out over pay
date: 2025-03-04
---

Bus drivers across the Haldane valley stopped work on Monday in a dispute over pay.

The operator, Corvale Transit, has offered a rise of 4 per cent this year, its chief executive Linnea Brask said in a statement.

"We have gone as far as the contract allows," she said. "Fares cannot rise again."

Drivers' representative Ambrose Tillinghast, whose members voted by a large majority to strike, said the offer ignored two years of rising rents.

The drivers' union is seeking a rise of 9 per cent, Tillinghast said, and will not return to the table for less.
"""

court = app_fixture("court.txt", COURT)
strike = app_fixture("strike.txt", STRIKE)


def test_the_defence_figure_in_a_relative_clause_answers_the_other_side(court):
    answers(court, "How did the prosecution's sentencing request differ from what the defence wanted?",
            "three and a half", "two years")


def test_the_union_figure_in_a_later_paragraph_answers_the_other_side(strike):
    answers(strike, "How does the operator's offer compare with what the drivers' union wants?", "4 per cent", "9 per cent")



class _Paragraphs:
    """Invented articles as one chunk a paragraph (one sentence each), for reading without an index."""

    def __init__(self, articles: dict[str, list[str]]):
        self.chunks = {a: [Chunk(f"{a}{i}", a, i, i * 1000, i * 1000 + len(t), t, (Span(i * 1000, i * 1000 + len(t)),))
                           for i, t in enumerate(paras, start=1)] for a, paras in articles.items()}

    def chunks_of(self, article_id):
        return self.chunks[article_id]


def test_the_asked_story_is_read_whole_though_another_story_leads_retrieval():
    """A near tie of common words may put another story's paragraph first: the second leading
    article is read whole too, so the other side's unretrieved paragraph is a candidate."""
    from bot.answering.article_pool import with_article_sentences
    from bot.answering.candidates import candidates_of

    corpus = _Paragraphs({
        "film": ["She said the studio had filed papers seeking an order that would let the film open next month."],
        "court": ["She had asked for a sentence of between three and a half and four years' jail.",
                  "Defence counsel Tobiah Quennell, who sought no more than two years, said his client had meant to repay."],
    })
    passages = [ScoredChunk(corpus.chunks["film"][0], 0.032), ScoredChunk(corpus.chunks["court"][0], 0.031)]
    read = with_article_sentences(candidates_of(passages), passages, corpus)
    assert any("no more than two years" in c.text for c in read), [c.text for c in read]
