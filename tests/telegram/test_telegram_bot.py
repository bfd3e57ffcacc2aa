"""End to end: the real PTB Application from `build_application`, polling a fake Bot API on 127.0.0.1.

The facade is the real `Whosaid` over the seeds (plus one article with HTML characters,
ingested here); a few tests wrap it to script what real answers cannot show on demand
(a very long answer, a streamed answer, a crash, statements).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import socket
import threading
import time
import urllib.request
import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from bot.telegram.app import build_application, run_bot
from bot.answering.examples import example_questions
from bot.telegram.texts import COMMANDS, SORRY
from bot.telegram.render import render_answer
from index.models import Statement
from conftest import make_settings
from conftest import env_for
from fake_telegram import BOT_USERNAME, TOKEN, FakeTelegram

pytestmark = pytest.mark.timeout(120)

WORRISOME = "Who described the current tensions around the Lachin Corridor as worrisome?"
HTML_ARTICLE = """---
title: Tariffs <b>& levies
outlet: The Quill & Ink
published: 2024-03-05
---
Harbour councillor Mirela Vance said on Tuesday that the new dock tariff <b>& levy</b> schedule was "a scandal for small fishermen".

Vance added that the council would publish the full <table> of charges & exemptions next week.
"""


@pytest.fixture(scope="module")
def facade(seeded_dir, tmp_path_factory):
    """The real facade over a copy of the seeded index (this module ingests into it)."""
    from bot.service import Whosaid

    data = tmp_path_factory.mktemp("telegram") / "data"
    shutil.copytree(seeded_dir, data)
    app = Whosaid(make_settings(data))
    article = data.parent / "quill_tariffs.txt"
    article.write_text(HTML_ARTICLE, encoding="utf-8")
    report = app.ingest([article])
    assert report.added, report
    yield app
    app.close()


def bot_settings(facade, fake, **env):
    return make_settings(facade.settings.store.data_dir, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.base_url, **env)


class RunningBot:
    """The Application running `run_bot` (polling) in its own thread and event loop."""

    def __init__(self, app, settings):
        self.app, self.settings = app, settings
        self.error: BaseException | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread = threading.Thread(target=self._run, name="bot-under-test", daemon=True)

    def _run(self):
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            run_bot(self.app, self.settings, poll_timeout=1, stop_signals=None)
        except BaseException as err:  # reported by stop()
            self.error = err

    def stop(self):
        deadline = time.monotonic() + 20
        while self.thread.is_alive() and time.monotonic() < deadline:
            loop = self.loop
            if loop is not None and not loop.is_closed():
                try:
                    loop.call_soon_threadsafe(self.app.stop_running)
                except RuntimeError:  # closed meanwhile
                    pass
            self.thread.join(0.2)
        assert not self.thread.is_alive(), "the bot did not shut down"
        if self.error:
            raise self.error


@pytest.fixture
def start_bot(facade):
    """start_bot(facade=..., **env) -> (fake server, settings): a running bot against a fresh fake."""
    running = []

    def start(bot_facade=None, **env):
        fake = FakeTelegram().start()
        settings = bot_settings(facade, fake, **env)
        app = build_application(settings, bot_facade or facade, stream_interval=1.0)
        bot = RunningBot(app, settings)
        running.append((fake, bot))
        bot.thread.start()
        fake.wait_for(lambda: fake.recorded("setMyCommands"), what="start-up (setMyCommands)")
        return fake, settings

    yield start
    for fake, bot in running:
        try:
            bot.stop()
        finally:
            fake.stop()
    assert not [t for t in threading.enumerate() if t.name.startswith("whosaid-answer")], "worker threads left"


class Wrapped:
    """The real facade with one method replaced: stands in for answers the seeds cannot give."""

    def __init__(self, real, **overrides):
        self._real = real
        self.__dict__.update(overrides)

    def __getattr__(self, name):
        return getattr(self._real, name)


# -- answering ----------------------------------------------------------------------------------
def test_private_question_gets_a_cited_html_answer_with_source_buttons(start_bot, facade):
    fake, _ = start_bot()
    fake.push_message(501, WORRISOME)
    [reply] = fake.wait_replies(501)
    assert reply.params["parse_mode"] == "HTML"
    assert "[1]" in reply.text and "<b>Sources</b>" in reply.text
    assert "worrisome" in reply.text
    buttons = [b for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    assert {"text": "[1]", "callback_data": "src:1"} in buttons
    typing = fake.recorded("sendChatAction", 501)
    assert typing and typing[0].params["action"] == "typing" and typing[0].at <= reply.at


def test_source_command_and_button_show_the_cited_passage_in_bold(start_bot, facade):
    fake, _ = start_bot()
    fake.push_message(502, WORRISOME)
    fake.wait_replies(502)
    answer_id = max(mid for (chat, mid) in fake.messages if chat == 502)
    cited = facade.answer(WORRISOME).citations[0].text

    fake.push_message(502, "/source 1")
    passage = fake.wait_replies(502, 2)[1]
    assert f"<b>{cited.replace('&', '&amp;')}</b>" in passage.text
    assert passage.text.startswith("<b>[1]</b> TASS")

    fake.push_callback(502, answer_id, "src:1")
    by_button = fake.wait_replies(502, 3)[2]
    assert by_button.text == passage.text
    assert fake.wait_for(lambda: fake.recorded("answerCallbackQuery"))

    fake.push_message(502, "/source 9")
    assert "no citation [9]" in fake.wait_replies(502, 4)[3].text


def test_group_answers_only_when_mentioned_replied_to_or_asked(start_bot):
    fake, _ = start_bot()
    group = -100777
    fake.push_message(group, WORRISOME, user_id=11, chat_type="supergroup")
    mention = fake.push_message(group, f"@{BOT_USERNAME} {WORRISOME}", user_id=11, chat_type="supergroup")
    [reply] = fake.wait_replies(group, 1)
    assert "[1]" in reply.text
    mentioned_id = _update_message_id(fake, mention)
    assert reply.params["reply_parameters"]["message_id"] == mentioned_id

    fake.push_message(group, "And what did Peskov say?", user_id=12, chat_type="supergroup", reply_to_bot=True)
    fake.push_message(group, f"/ask@{BOT_USERNAME} {WORRISOME}", user_id=13, chat_type="supergroup")
    fake.wait_replies(group, 3)
    # A bot's message is never answered, even a mention; the human after it is the barrier.
    fake.push_message(group, f"@{BOT_USERNAME} {WORRISOME}", user_id=99, chat_type="supergroup", is_bot=True)
    fake.push_message(group, f"@{BOT_USERNAME} {WORRISOME}", user_id=14, chat_type="supergroup")
    fake.wait_replies(group, 4)
    assert len(fake.recorded("sendMessage", group)) == 4


def test_html_characters_in_question_and_article_are_escaped(start_bot, facade):
    fake, _ = start_bot()
    fake.push_message(503, 'Who said the dock tariff <b>& levy</b> schedule was "a scandal"?')
    [reply] = fake.wait_replies(503)
    assert reply.params["parse_mode"] == "HTML"  # accepted as HTML: no plain-text fallback needed
    assert "&lt;b&gt;&amp; levy&lt;/b&gt;" in reply.text
    shown = fake.messages[(503, max(m for c, m in fake.messages if c == 503))]
    assert "tariff <b>& levy</b> schedule" in shown and "The Quill & Ink" in shown

    fake.push_message(503, "/source 1")
    passage = fake.wait_replies(503, 2)[1]
    assert "&lt;b&gt;&amp; levy&lt;/b&gt;" in passage.text and passage.params["parse_mode"] == "HTML"

    fake.push_message(503, "/sources")
    listing = fake.wait_replies(503, 3)[2]
    assert "The Quill &amp; Ink" in listing.text and "Tariffs &lt;b&gt;&amp; levies" in listing.text
    assert len(re.findall(r"^\d+\. ", listing.text, re.M)) == len(facade.articles())


def test_answer_longer_than_a_message_is_split_at_paragraphs(start_bot, facade):
    def long_answer(question, history=(), on_token=None):
        base = facade.answer(question, history)
        return dataclasses.replace(base, text="\n\n".join([base.text] * 80))

    fake, _ = start_bot(Wrapped(facade, answer=long_answer))
    fake.push_message(504, WORRISOME)
    base = facade.answer(WORRISOME)
    expected = render_answer(dataclasses.replace(base, text="\n\n".join([base.text] * 80)), facade.article)
    assert len(expected) >= 2
    replies = fake.wait_replies(504, len(expected))
    assert [r.text for r in replies] == expected
    for r in replies:
        assert len(r.text) <= 4096 and r.params["parse_mode"] == "HTML"
        assert r.text.rstrip().endswith(("[1]", "</b>")) or "Sources" in r.text  # cut after a citation
    assert all("reply_markup" not in r.params for r in replies[:-1])
    assert "src:1" in json.dumps(replies[-1].params["reply_markup"])


def test_streamed_answer_grows_with_throttled_edits_then_becomes_the_verified_answer(start_bot, facade):
    def streaming_answer(question, history=(), on_token=None):
        for word in ("Dmitry ", "Peskov ", "said ", "the ", "tensions ", "were ", "worrisome ", "[1]."):
            on_token(word)
            time.sleep(0.3)  # the model's pace, not synchronisation
        return facade.answer(question, history)

    fake, _ = start_bot(Wrapped(facade, answer=streaming_answer))
    fake.push_message(505, WORRISOME)
    final = render_answer(facade.answer(WORRISOME), facade.article)[0]
    fake.wait_for(
        lambda: any(c.text == final for c in fake.recorded("editMessageText", 505)), what="the final edit"
    )
    [draft] = fake.recorded("sendMessage", 505)
    edits = fake.recorded("editMessageText", 505)
    assert "parse_mode" not in draft.params and draft.text.startswith("Dmitry")
    assert any(e.text.endswith("…") and "parse_mode" not in e.params for e in edits[:-1])
    times = [draft.at] + [e.at for e in edits]
    assert all(b - a >= 0.99 for a, b in zip(times, times[1:])), times
    assert edits[-1].params["parse_mode"] == "HTML" and "src:1" in json.dumps(edits[-1].params["reply_markup"])


def test_an_answer_whose_streamed_draft_was_deleted_is_sent_anew(start_bot, facade):
    # The final edit of a draft the user had deleted failed: the answer was lost, "Sorry" came instead.
    def streaming_answer(question, history=(), on_token=None):
        on_token("Dmitry ")
        fake.wait_for(lambda: fake.recorded("sendMessage", 509), what="the draft")
        with fake._cond:  # the user deletes it
            for key in [k for k in fake.messages if k[0] == 509]:
                del fake.messages[key]
        return facade.answer(question, history)

    fake, _ = start_bot(Wrapped(facade, answer=streaming_answer))
    fake.push_message(509, WORRISOME)
    final = render_answer(facade.answer(WORRISOME), facade.article)[0]
    fake.wait_for(lambda: any(c.text == final for c in fake.recorded("sendMessage", 509)), what="the answer, sent anew")
    assert not any(SORRY in c.text for c in fake.recorded("sendMessage", 509))
    assert "src:1" in json.dumps(fake.recorded("sendMessage", 509)[-1].params["reply_markup"])


def test_rejected_html_is_resent_as_plain_text(start_bot):
    fake, _ = start_bot()
    fake.reject_html(1)
    fake.push_message(506, WORRISOME)
    [plain] = fake.wait_replies(506, 1)
    [refused] = fake.recorded("sendMessage", 506, failed=True)
    assert refused.params["parse_mode"] == "HTML" and "can't parse entities" in refused.error
    assert "parse_mode" not in plain.params
    assert "Sources\n" in plain.text and "<b>" not in plain.text and "[1]" in plain.text


def test_abstention_shows_related_passages_and_escapes_the_question(start_bot):
    fake, _ = start_bot()
    fake.push_message(507, "What is the population of <Iceland> & Greenland?")
    [reply] = fake.wait_replies(507)
    assert "Related passages" in reply.text and reply.params["parse_mode"] == "HTML"
    assert not fake.recorded(chat_id=507, failed=True)


# -- commands ------------------------------------------------------------------------------------
def test_commands_are_registered_and_start_gives_three_examples(start_bot, facade):
    fake, _ = start_bot()
    [registered] = fake.recorded("setMyCommands")
    assert [c["command"] for c in registered.params["commands"]] == [name for name, _ in COMMANDS]
    fake.push_message(508, "/start")
    start = fake.wait_replies(508)[0].text
    # Drawn from the corpus's own most quoted speakers, not from a fixed list.
    assert "What did " in start and all(q in start for q in example_questions(facade.statements(), n=3))
    fake.push_message(508, "/help")
    assert "/timeline" in fake.wait_replies(508, 2)[1].text


def test_reset_forgets_the_conversation(start_bot):
    fake, _ = start_bot()
    fake.push_message(509, WORRISOME)
    fake.wait_replies(509)
    fake.push_message(509, "/reset")
    assert "forgotten" in fake.wait_replies(509, 2)[1].text
    fake.push_message(509, "/source 1")
    assert "no answer here yet" in fake.wait_replies(509, 3)[2].text


def test_who_and_timeline_list_statements_with_citations(start_bot, facade):
    article = facade.article("004_6cec359ea448f784.txt")
    start = article.text.index('"We do find')
    end = article.text.index("worrisome") + len('worrisome,"')
    from datetime import date

    said = Statement("s1", article.id, "Dmitry Peskov", "Peskov", "said", article.text[start:end], "direct",
                     start, end, "on Thursday", date(2022, 12, 29))  # fmt: skip
    earlier = dataclasses.replace(said, id="s0", when_start=date(2022, 12, 1), act="noted")
    ledger = {"dmitry peskov": [said, earlier]}
    fake, _ = start_bot(Wrapped(facade, statements=lambda speaker=None: ledger.get((speaker or "").lower(), [])))

    fake.push_message(510, "/who Nobody Atall")
    assert "no statements by Nobody Atall" in fake.wait_replies(510)[0].text
    fake.push_message(510, "/who Dmitry Peskov")
    who = fake.wait_replies(510, 2)[1]
    assert "Dmitry Peskov said" in who.text and "[1]" in who.text and "[2]" in who.text
    fake.push_message(510, "/timeline Dmitry Peskov")
    timeline = fake.wait_replies(510, 3)[2].text
    assert timeline.index("1 December 2022") < timeline.index("29 December 2022")
    fake.push_message(510, "/source 2")  # [2] of the timeline: the 29 December statement
    assert "<b>&quot;We do find" in fake.wait_replies(510, 4)[3].text.replace('"', "&quot;")


def test_who_uses_the_real_statement_ledger(start_bot, facade):
    fake, _ = start_bot()
    fake.push_message(517, "/who Lavrov")
    reply = fake.wait_replies(517)[0]
    if not facade.statements("Lavrov"):
        assert "no statements by Lavrov" in reply.text
        return
    text = reply.text
    if "<b>Sources</b>" not in text:  # a long listing comes in two messages
        text = "".join(r.text for r in fake.wait_replies(517, 2))
    assert "Sergey Lavrov" in text and "[1]" in text and "<b>Sources</b>" in text
    sent = len(fake.recorded("sendMessage", 517))
    fake.push_message(517, "/source 1")
    assert "<b>" in fake.wait_replies(517, sent + 1)[sent].text


# -- access, limits, errors ----------------------------------------------------------------------
def test_unauthorised_user_is_refused_once_politely(start_bot):
    fake, _ = start_bot(TELEGRAM_ALLOWED_USERS="42")
    for _ in range(3):
        fake.push_message(7, WORRISOME)
    fake.push_message(42, WORRISOME)
    fake.wait_replies(42)
    [refusal] = fake.wait_replies(7)
    assert "not on its list" in refusal.text
    assert len(fake.recorded("sendMessage", 7)) == 1


def test_rate_limit_says_when_to_retry(start_bot):
    fake, _ = start_bot(TELEGRAM_RATE_LIMIT="2")
    for _ in range(3):
        fake.push_message(511, WORRISOME)
    replies = fake.wait_replies(511, 3)
    limited = [r for r in replies if "try again in" in r.text]
    assert len(limited) == 1
    assert re.search(r"Please try again in \d+ seconds?\.", limited[0].text)
    assert sum("[1]" in r.text for r in replies) == 2


def test_too_long_question_is_refused_naming_the_limit(start_bot):
    fake, _ = start_bot(WHOSAID_MAX_QUESTION_CHARS="200")
    fake.push_message(512, "Who said " + "very " * 60 + "much?")
    reply = fake.wait_replies(512)[0]
    assert "the limit is 200" in reply.text
    assert not fake.recorded("sendChatAction", 512)


def test_crash_logs_the_update_and_replies_one_friendly_line(start_bot, facade, caplog):
    def crashing(question, history=(), on_token=None):
        raise RuntimeError("kaboom inside the answerer")

    fake, _ = start_bot(Wrapped(facade, answer=crashing))
    update_id = fake.push_message(513, WORRISOME)
    [reply] = fake.wait_replies(513)
    assert reply.text == SORRY and "Traceback" not in reply.text
    logged = [r for r in caplog.records if r.getMessage() == f"error while handling update {update_id}"]
    assert logged and logged[0].exc_info and "kaboom" in str(logged[0].exc_info[1])


def test_token_never_appears_in_logs(start_bot, caplog):
    caplog.set_level(logging.DEBUG)
    fake, _ = start_bot()
    logging.getLogger("httpx").setLevel(logging.DEBUG)  # force the request-URL lines, token and all
    try:
        fake.push_message(514, WORRISOME)
        fake.wait_replies(514)
        fake.push_message(514, "/source 99")
        fake.wait_replies(514, 2)
    finally:
        logging.getLogger("httpx").setLevel(logging.WARNING)
    assert any("<telegram-token>" in r.getMessage() for r in caplog.records)  # the lines were there
    assert TOKEN not in caplog.text
    assert not [r for r in caplog.records if TOKEN in r.getMessage() or TOKEN in (r.exc_text or "")]


# -- load ------------------------------------------------------------------------------------------
def test_fifty_questions_from_ten_users_at_once_all_reach_the_right_chat(start_bot, facade):
    questions = [json.loads(line)["question"] for line in open("eval/dev_questions.jsonl")][:10]
    expected = {600 + i: render_answer(facade.answer(q), facade.article)[0] for i, q in enumerate(questions)}
    fake, _ = start_bot(TELEGRAM_RATE_LIMIT="10")
    for _ in range(5):
        for chat_id, q in zip(expected, questions):
            fake.push_message(chat_id, q)
    started = time.monotonic()
    fake.wait_for(
        lambda: all(len(_answers(fake, c)) >= 5 for c in expected), timeout=45, what="50 answers"
    )
    elapsed = time.monotonic() - started
    for chat_id, first in expected.items():
        answers = _answers(fake, chat_id)
        assert len(answers) == 5
        assert answers[0].text == first  # the first has no history, so it must match exactly
    assert {c.chat_id for c in fake.recorded("sendMessage")} == set(expected)
    assert elapsed < 30


def _answers(fake, chat_id):
    return [c for c in fake.recorded("sendMessage", chat_id) if c.params.get("parse_mode") == "HTML"]


def _update_message_id(fake, update_id):
    return fake.update(update_id)["message"]["message_id"]


# -- webhook mode -----------------------------------------------------------------------------------
def test_webhook_mode_receives_updates_over_https_endpoint(facade):
    with FakeTelegram() as fake:
        port = _free_port()
        settings = bot_settings(
            facade,
            fake,
            TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/whosaid-hook",
            TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
            TELEGRAM_WEBHOOK_PORT=str(port),
        )
        bot = RunningBot(build_application(settings, facade), settings)
        bot.thread.start()
        try:
            [hook] = fake.wait_for(lambda: fake.recorded("setWebhook"), what="setWebhook")
            assert hook.params["url"] == f"http://127.0.0.1:{port}/whosaid-hook"
            update = {
                "update_id": 1,
                "message": {"message_id": 5, "date": int(time.time()), "chat": {"id": 515, "type": "private"},
                            "from": {"id": 515, "is_bot": False, "first_name": "W"}, "text": WORRISOME},
            }  # fmt: skip
            _post_update(port, update, hook.params["secret_token"])
            assert "[1]" in fake.wait_replies(515)[0].text
        finally:
            bot.stop()


def _post_update(port, update, secret, timeout=10):
    deadline = time.monotonic() + timeout
    while True:  # the webhook server starts just after setWebhook
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/whosaid-hook",
            data=json.dumps(update).encode(),
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                assert response.status == 200
                return
        except (ConnectionError, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the command ------------------------------------------------------------------------------------
def test_whosaid_telegram_answers_then_stops_cleanly_on_sigterm(seeded_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    with FakeTelegram() as fake:
        env = {**os.environ, **env_for(data, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.base_url)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "-v", "telegram"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            fake.wait_for(lambda: fake.recorded("setMyCommands") or proc.poll() is not None, timeout=60, what="start")
            assert proc.poll() is None, proc.communicate()
            fake.push_message(516, WORRISOME)
            assert "[1]" in fake.wait_replies(516)[0].text
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert TOKEN not in err and TOKEN not in out
    assert "ready" in err  # -v logged at INFO, and the token-bearing httpx lines were not


def test_whosaid_telegram_with_a_token_telegram_rejects_exits_with_one_line(seeded_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    other_token = "987654321:" + "B" * 35
    with FakeTelegram() as fake:  # knows only TOKEN: any other gets 401 Unauthorized
        env = {**os.environ, **env_for(data, TELEGRAM_BOT_TOKEN=other_token, TELEGRAM_BASE_URL=fake.base_url)}
        done = subprocess.run(
            [sys.executable, "-m", "bot", "telegram"], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Telegram rejected TELEGRAM_BOT_TOKEN" in done.stderr
    assert other_token not in done.stderr + done.stdout
