"""The runner asks each question as a user would and records what the bot returned."""

import json

from bot.evaluation.questions import parse_questions
from bot.evaluation.report import kind_table, overall_table, report_json, report_markdown
from bot.evaluation.runner import run
from index.errors import QuestionError
from index.models import Answer, Chunk, Citation, ScoredChunk

A, B = "000_a.txt", "001_b.txt"
FILE = "\n".join(json.dumps(r) for r in [
    {"id": "q1", "question": "Who said it?", "answerable": True, "expected": [["Lavrov"]], "sources": [A],
     "kind": "who"},
    {"id": "q2", "question": "Where was he?", "answerable": True, "expected": [["Baku"]], "sources": [A],
     "kind": "follow-up", "context": [{"q": "Who said it?", "a": "Lavrov said it [1]."}]},
    {"id": "q3", "question": "What did Erdogan say?", "answerable": False, "expected": [], "sources": [],
     "kind": "unanswerable"},
])


def chunk(article_id: str, n: int) -> ScoredChunk:
    c = Chunk(id=f"{article_id}#{n}", article_id=article_id, paragraph=1, start=0, end=5, text="text.",
              sentences=())
    return ScoredChunk(chunk=c, score=1.0 / n)


class Recorder:
    """Answers every question with Lavrov in Baku, citing A; records what it was asked."""

    def __init__(self):
        self.calls = []

    def __call__(self, question, history):
        self.calls.append((question, list(history)))
        return Answer(
            question=question, text="Lavrov said it in Baku [1].",
            citations=[Citation(n=1, article_id=A, start=0, end=5, text="text.")],
            retrieved=[chunk(B, 1), chunk(A, 2), chunk(A, 3), chunk(B, 4)],
        )


def test_question_is_asked_exactly_as_written():
    ask = Recorder()
    run(ask, parse_questions(FILE), system="whosaid", k=8)
    assert [q for q, _ in ask.calls] == ["Who said it?", "Where was he?", "What did Erdogan say?"]


def test_follow_up_is_asked_after_its_context():
    ask = Recorder()
    run(ask, parse_questions(FILE), system="whosaid", k=8)
    [turn] = ask.calls[1][1]
    assert (turn.question, turn.answer, turn.answer_text) == ("Who said it?", None, "Lavrov said it [1].")


def test_question_without_context_has_no_history():
    ask = Recorder()
    run(ask, parse_questions(FILE), system="whosaid", k=8)
    assert ask.calls[0][1] == []


def test_retrieved_sources_are_article_ids_in_order_without_repeats():
    result = run(Recorder(), parse_questions(FILE), system="whosaid", k=8).results[0]
    assert result.retrieved_sources == [B, A]


def test_only_the_top_k_passages_count_for_retrieval():
    result = run(Recorder(), parse_questions(FILE), system="whosaid", k=1).results[0]
    assert result.retrieved_sources == [B] and result.scores.ratios()["hit_at_k"] == 0.0


def test_answer_without_retrieved_passages_has_no_retrieval_score():
    def ledger(question, history):
        return Answer(question=question, text="Lavrov said it [1].", path="ledger",
                      citations=[Citation(n=1, article_id=A, start=0, end=5, text="text.")])

    result = run(ledger, parse_questions(FILE), system="whosaid", k=8).results[0]
    assert result.retrieved_sources == [] and result.scores.ratios()["hit_at_k"] is None


def test_question_error_is_recorded_as_a_decline():
    def refuse(question, history):
        raise QuestionError("That question is too long.")

    result = run(refuse, parse_questions(FILE), system="whosaid", k=8).results[2]
    assert result.abstained and result.error.startswith("QuestionError")


def test_an_unexpected_error_on_one_question_is_that_questions_miss_not_the_end_of_the_run():
    recorder = Recorder()

    def flaky(question, history):
        if question.startswith("Where"):
            raise KeyError("speaker")
        return recorder(question, history)

    results = run(flaky, parse_questions(FILE), system="whosaid", k=8).results
    assert [r.question.id for r in results] == ["q1", "q2", "q3"]
    assert results[1].abstained and results[1].error == "unexpected KeyError: 'speaker'"
    assert results[0].error is None and not results[0].abstained


def test_progress_is_reported_after_each_question():
    seen = []
    run(Recorder(), parse_questions(FILE), system="whosaid", k=8, progress=lambda i, n, q: seen.append((i, n)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_by_kind_groups_questions_in_file_order():
    r = run(Recorder(), parse_questions(FILE), system="whosaid", k=8)
    assert list(r.by_kind()) == ["who", "follow-up", "unanswerable"]


# -- reports ---------------------------------------------------------------------------------
def test_json_report_has_format_keys():
    report = report_json(run(Recorder(), parse_questions(FILE), system="whosaid", k=8))
    assert {"overall", "by_kind", "questions"} <= report.keys()
    assert {"fact_recall", "exact", "citation_precision", "citation_recall", "abstention_accuracy",
            "hit_at_k", "mrr", "latency_p50_ms", "latency_p95_ms", "n"} <= report["overall"].keys()


def test_json_report_question_entries_have_format_keys():
    entry = report_json(run(Recorder(), parse_questions(FILE), system="whosaid", k=8))["questions"][0]
    assert {"id", "answer", "abstained", "cited_sources", "retrieved_sources", "latency_ms", "scores"} <= entry.keys()


def test_json_report_is_serialisable():
    report = report_json(run(Recorder(), parse_questions(FILE), system="whosaid", k=8))
    assert json.loads(json.dumps(report))["questions"][0]["cited_sources"] == [A]


def test_json_report_carries_the_baseline_beside_whosaid():
    mine = run(Recorder(), parse_questions(FILE), system="whosaid", k=8)
    theirs = run(Recorder(), parse_questions(FILE), system="baseline", k=2)
    assert report_json(mine, theirs)["baseline"]["k"] == 2


def test_markdown_report_shows_both_systems():
    mine = run(Recorder(), parse_questions(FILE), system="whosaid", k=8)
    theirs = run(Recorder(), parse_questions(FILE), system="baseline", k=2)
    text = report_markdown(mine, theirs)
    assert "| metric | whosaid | baseline |" in text and "## By kind: baseline" in text


def test_terminal_tables_render(capsys):
    from rich.console import Console

    mine = run(Recorder(), parse_questions(FILE), system="whosaid", k=8)
    console = Console(width=200, force_terminal=False)
    console.print(overall_table(mine, mine), kind_table(mine, mine))
    assert "fact recall" in capsys.readouterr().out


def test_warmup_question_is_asked_first_and_not_scored():
    ask = Recorder()
    r = run(ask, parse_questions(FILE), system="whosaid", k=8, warmup=True)
    assert len(ask.calls) == 4 and [x.question.id for x in r.results] == ["q1", "q2", "q3"]
