"""With a model configured, the model writes the answer from the passages and the ledger's records.

The corpus is two small invented articles (tests/spec/llm/); the model is a scripted local
server, some of whose answers are written from the request it receives (it "echoes the records").
"""

from __future__ import annotations

import re
import time

import pytest
from conftest import make_settings
from fake_openai import TEST_KEY, fake_openai, reply, respond, status, user_message  # noqa: F401
from llm_fixtures import SPEC, spec_dir  # noqa: F401

from bot.llm.prompts import CANNOT_ANSWER
from bot.service import Whosaid

WHAT_Q = "What did Okonkwo say about the bridge?"
WHO_Q = "Who said that the Westmoor harbour bridge would not reopen before June?"
WHEN_Q = "When did Okonkwo say that the Westmoor harbour bridge would not reopen?"
RESOLVED = "12 March 2024"  # "on Tuesday" in an article published on Thursday 14 March 2024
RECORD = re.compile(
    r'<record n="(\d+)" passage="(\d+)">\s*speaker: (.*)\nact: (.*)\nquote: (.*)\ndate: (.*)\nplace: (.*)\n</record>'
)


@pytest.fixture
def app(spec_dir, fake_openai):
    app = Whosaid(make_settings(
        spec_dir, WHOSAID_SEEDS=str(SPEC), OPENAI_BASE_URL=fake_openai.url, OPENAI_API_KEY=TEST_KEY,
        OPENAI_TIMEOUT="1.5", OPENAI_MAX_RETRIES="0",
    ))
    yield app
    app.close()


def records(request_json: dict) -> list[dict]:
    return [
        dict(zip(("n", "passage", "speaker", "act", "quote", "date", "place"), m.groups()))
        for m in RECORD.finditer(user_message(request_json))
    ]


def echo_first_record(request_json: dict) -> str:
    """What a model that uses the ledger's date writes: the first record, dated, citing it."""
    if not records(request_json):
        return CANNOT_ANSWER
    r = records(request_json)[0]
    day = r["date"].split(" (from ")[0]
    return f"{r['speaker']} {r['act']} on {day} that {r['quote']} [{r['n']}]."


def test_the_model_writes_the_answer_even_when_the_ledger_has_one(app, fake_openai):
    fake_openai.push(respond(echo_first_record))
    answer = app.answer(WHAT_Q)
    assert len(fake_openai.requests) == 1
    assert answer.path == "llm"
    assert answer.notice.startswith("Written by the language model (")


def test_matching_statements_reach_the_model_as_numbered_records_after_the_passages(app, fake_openai):
    fake_openai.push(respond(echo_first_record))
    app.answer(WHAT_Q)
    request = fake_openai.requests[0]["json"]
    passages = re.findall(r'<passage n="(\d+)"', user_message(request))
    (first, *_) = records(request)
    assert int(first["n"]) == len(passages) + 1
    assert first["speaker"] == "Nadia Okonkwo"
    assert first["date"].startswith(f'{RESOLVED} (from "') and "Tuesday" in first["date"]
    assert first["quote"] == "the Westmoor harbour bridge would not reopen before June"
    # The passage it sits in is one the model was given, and holds the statement.
    text = user_message(request).split(f'<passage n="{first["passage"]}"', 1)[1].split("</passage>", 1)[0]
    assert "would not reopen before June" in text


@pytest.mark.parametrize("question", [WHO_Q, WHEN_Q], ids=["who", "when"])
def test_the_ledgers_resolved_date_reaches_the_answer_when_the_model_uses_it(app, fake_openai, question):
    fake_openai.push(respond(echo_first_record))
    answer = app.answer(question)
    assert answer.path == "llm"
    assert RESOLVED in answer.text
    assert answer.text.endswith("[1].")
    (citation,) = answer.citations
    # A record's citation points at its statement's sentence, verbatim from the article.
    assert citation.text.startswith("Harbour Commissioner Nadia Okonkwo said on Tuesday")
    assert app.article(citation.article_id).text[citation.start : citation.end] == citation.text


def test_a_date_that_neither_the_record_nor_the_passage_gives_is_dropped(app, fake_openai):
    def wrong_day(request_json):
        r = records(request_json)[0]
        return f"{r['speaker']} said on 19 March 2024 that {r['quote']} [{r['n']}]."

    fake_openai.push(respond(wrong_day))
    answer = app.answer(WHAT_Q)
    assert "19 March" not in answer.text
    assert any("19 March" in s for s in answer.dropped)
    assert answer.path == "ledger-fallback"
    assert "could be checked" in answer.notice


def test_a_sentence_citing_the_passage_may_use_the_date_the_ledger_read_from_it(app, fake_openai):
    def cite_passage(request_json):
        r = records(request_json)[0]
        return f"{r['speaker']} said on {RESOLVED} that {r['quote']} [{r['passage']}]."

    fake_openai.push(respond(cite_passage))
    answer = app.answer(WHEN_Q)
    assert answer.path == "llm" and RESOLVED in answer.text


def test_a_citation_past_the_last_record_is_removed_and_a_sentence_left_without_one_dropped(app, fake_openai):
    def beyond(request_json):
        r = records(request_json)
        last = int(r[-1]["n"]) if r else 50
        first = r[0]
        return (f"{first['speaker']} said that {first['quote']} [{first['n']}][{last + 1}]. "
                f"She said tolls would double [{last + 2}].")

    fake_openai.push(respond(beyond))
    answer = app.answer(WHAT_Q)
    assert answer.path == "llm"
    assert answer.text == "Nadia Okonkwo said that the Westmoor harbour bridge would not reopen before June [1]."
    assert "tolls" in " ".join(answer.dropped)
    assert "1 sentence it could not support left out" in answer.notice


def test_when_the_model_fails_the_ledger_answer_is_the_labelled_fallback_in_time(app, fake_openai):
    fake_openai.default = status(500)
    started = time.monotonic()
    answer = app.answer(WHAT_Q)
    assert time.monotonic() - started < app.settings.llm.timeout + 1.0
    assert answer.path == "ledger-fallback"
    assert "could not be used" in answer.notice and "statement ledger" in answer.notice
    assert RESOLVED in answer.text


def test_with_no_ledger_answer_the_extractive_answer_is_the_fallback(app, fake_openai):
    fake_openai.push(reply("The port will be sold to investors [1]."))
    answer = app.answer("How many vehicles cross the bridge each day?")
    assert answer.path == "extractive-fallback"
    assert "sold" not in answer.text


def test_streaming_shows_only_verified_sentences_as_they_come(app, fake_openai):
    def two(request_json):
        r = records(request_json)[0]
        return f"The bridge carries 90,000 lorries [{r['n']}]. {echo_first_record(request_json)}"

    fake_openai.push(respond(two))
    shown: list[str] = []
    answer = app.answer(WHAT_Q, on_token=shown.append)
    assert "".join(shown) == answer.text
    assert RESOLVED in answer.text and "90,000" not in "".join(shown)


def test_without_a_model_the_ledger_answers_as_before(spec_dir):
    app = Whosaid(make_settings(spec_dir, WHOSAID_SEEDS=str(SPEC)))
    try:
        answer = app.answer(WHAT_Q)
    finally:
        app.close()
    assert answer.path == "ledger"
    assert answer.notice is None


def test_eval_in_llm_mode_asks_the_model_and_says_how_many_answers_it_wrote(spec_dir, fake_openai, tmp_path,
                                                                            monkeypatch, capsys):
    import json

    from bot.terminal.cli import main

    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({
        "id": "w1", "question": WHAT_Q, "answerable": True, "expected": [["June"]],
        "sources": ["harbour_bridge.txt"], "kind": "what",
    }) + "\n", encoding="utf-8")
    for key, value in {"WHOSAID_SEEDS": str(SPEC), "OPENAI_BASE_URL": fake_openai.url, "OPENAI_API_KEY": TEST_KEY}.items():
        monkeypatch.setenv(key, value)
    fake_openai.default = respond(echo_first_record)
    out = tmp_path / "report.json"
    assert main(["--data", str(spec_dir), "eval", str(questions), "--mode", "llm", "--json", str(out)]) == 0
    assert WHAT_Q in user_message(fake_openai.requests[-1]["json"])
    assert json.loads(out.read_text())["questions"][0]["path"] == "llm"
    assert "answered by: llm 1" in capsys.readouterr().out


def test_an_error_that_quotes_braces_still_falls_back_with_it_in_the_notice(app, fake_openai):
    fake_openai.push(status(400, "unknown field {'tools'}"))
    answer = app.answer(WHAT_Q)
    assert answer.path == "ledger-fallback"
    assert "{'tools'}" in answer.notice


def test_the_repl_streams_the_verified_sentences_before_the_labelled_answer(spec_dir, fake_openai):
    import io
    import sys

    import pexpect
    from conftest import ROOT, process_env

    def two(request_json):
        r = records(request_json)[0]
        return f"The bridge carries 90,000 lorries [{r['n']}]. {echo_first_record(request_json)}"

    fake_openai.default = respond(two)
    env = process_env(spec_dir, WHOSAID_SEEDS=str(SPEC), OPENAI_BASE_URL=fake_openai.url, OPENAI_API_KEY=TEST_KEY,
                      PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(sys.executable, ["-m", "bot", "repl"], env=env, cwd=str(ROOT), encoding="utf-8",
                          timeout=60, dimensions=(50, 200))
    child.logfile_read = transcript = io.StringIO()
    try:
        child.expect(r"whosaid>")
        child.sendline(WHAT_Q)
        child.expect(RESOLVED)  # streamed, before the final answer and its label
        child.expect(r"Written by the language model")
        child.expect(r"Sources")
        child.expect(r"whosaid>")
    finally:
        child.terminate(force=True)
    assert transcript.getvalue().count(RESOLVED) == 2  # once streamed, once in the final answer
    assert "90,000" not in transcript.getvalue()


def test_with_nothing_retrieved_the_model_is_not_asked(tmp_path, fake_openai):
    app = Whosaid(make_settings(tmp_path / "data", OPENAI_BASE_URL=fake_openai.url, OPENAI_API_KEY=TEST_KEY), seed=False)
    try:
        answer = app.answer("Who said that the bridge would reopen?")
    finally:
        app.close()
    assert fake_openai.requests == []
    assert answer.abstained and answer.notice is None
