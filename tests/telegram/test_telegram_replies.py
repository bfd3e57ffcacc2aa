"""Telegram: answers reply to their question in private chats, a rate-limited user hears it once,
an unknown /command gets the list. The real Application against the local fake Bot API."""

from __future__ import annotations

import time

import pytest

from fake_telegram import BOT_USERNAME
from test_telegram_bot import WORRISOME, _update_message_id, facade, start_bot  # noqa: F401 (fixtures)

pytestmark = pytest.mark.timeout(120)


def test_private_answers_are_replies_to_the_question_they_answer(start_bot):
    fake, _ = start_bot()
    first = fake.push_message(601, WORRISOME)
    second = fake.push_message(601, "When did the blockade of the Lachin Corridor begin?")
    replies = fake.wait_replies(601, 2)
    quoted = [r.params.get("reply_parameters", {}).get("message_id") for r in replies]
    assert quoted == [_update_message_id(fake, first), _update_message_id(fake, second)]


def test_a_rate_limited_user_gets_one_notice_per_window_not_one_per_message(start_bot):
    fake, _ = start_bot(TELEGRAM_RATE_LIMIT="1")
    for _ in range(6):
        fake.push_message(602, WORRISOME)
    fake.push_message(603, WORRISOME)  # another user, after the six: the barrier that all were handled
    fake.wait_replies(603)
    fake.wait_for(lambda: len(fake.recorded("sendMessage", 602)) >= 2, what="answer and notice")
    time.sleep(0.5)  # nothing more may arrive; there is no event for "no message"
    replies = fake.recorded("sendMessage", 602)
    notices = [r for r in replies if "try again in" in r.text]
    assert len(notices) == 1, [r.text for r in replies]
    assert sum("[1]" in r.text for r in replies) == 1


@pytest.mark.parametrize("command", ["/frobnicate", "/Sauce 1"])
def test_an_unknown_command_gets_a_short_reply_listing_the_commands(start_bot, command):
    fake, _ = start_bot()
    fake.push_message(604, command)
    [reply] = fake.wait_replies(604)
    assert "I do not know /" in reply.text
    for name in ("/ask", "/sources", "/who", "/timeline", "/help"):
        assert name in reply.text
    assert len(reply.text) < 300


def test_in_a_group_only_unknown_commands_naming_this_bot_get_the_list(start_bot):
    fake, _ = start_bot()
    group = -100888
    fake.push_message(group, "/frobnicate", user_id=21, chat_type="supergroup")
    fake.push_message(group, "/frobnicate@some_other_bot", user_id=21, chat_type="supergroup")
    fake.push_message(group, f"/frobnicate@{BOT_USERNAME}", user_id=21, chat_type="supergroup")
    [reply] = fake.wait_replies(group, 1)
    assert "I do not know /frobnicate" in reply.text
    fake.push_message(group, f"/help@{BOT_USERNAME}", user_id=21, chat_type="supergroup")  # barrier
    fake.wait_replies(group, 2)
    assert len(fake.recorded("sendMessage", group)) == 2


@pytest.mark.parametrize("data", ["", "garbage", "src:1:2", "src:x"])
def test_a_button_with_unknown_data_is_acknowledged_and_never_a_crash(start_bot, data):
    # An empty callback_data reached the source handler and crashed it ("Sorry, something went
    # wrong"); other unknown data left the button's spinner turning.
    fake, _ = start_bot()
    fake.push_message(611, WORRISOME)
    fake.wait_replies(611)
    answer_id = max(mid for (chat, mid) in fake.messages if chat == 611)
    fake.push_callback(611, answer_id, data)
    fake.wait_for(lambda: fake.recorded("answerCallbackQuery"), what="the tap acknowledged")
    fake.push_message(611, "/source 1")  # the barrier: handled after the tap
    replies = fake.wait_replies(611, 2)
    assert [r.text for r in replies][1].startswith("<b>[1]</b>")
    assert not [r for r in fake.recorded("sendMessage", 611) if "went wrong" in r.text]
