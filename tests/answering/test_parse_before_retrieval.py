"""The ledger's answerer parses the question before retrieving exactly when ahead.only_ahead will read
that parse (`reads_question`): a wrong guess would cost a parse, or leave it after the dense search."""

from bot.answering import ahead
from bot.answering.question import analyse
from tests.spec.invented import candidates_of_paragraphs

QUESTIONS = (
    "What did the drainage survey of the Vellmoor allotments find?",
    "What will the drainage survey of the Vellmoor allotments find?",
    "Who said that the allotments would close?",
    "Who chaired the allotment society's inquiry?",
    "Why did the allotment society close its shed?",
    "When was the drainage survey postponed?",
    "How many plots were flooded at the Vellmoor allotments?",
    "Where did the allotment society hold its meeting?",
)


def test_the_question_is_parsed_ahead_only_when_only_ahead_reads_its_parse(monkeypatch):
    candidates = candidates_of_paragraphs(["A drainage survey of the Vellmoor allotments is due to finish in May.",
                                           "The allotment society met at the Tarnby village hall on Monday."])
    for c in candidates:
        c.score = 1.0 / c.rank
    read = []
    real = ahead.asked_nouns
    monkeypatch.setattr(ahead, "asked_nouns", lambda text: read.append(text) or real(text))
    for question in QUESTIONS:
        q = analyse(question)
        read.clear()
        ahead.only_ahead(q, candidates)
        assert bool(read) == ahead.reads_question(q), question
