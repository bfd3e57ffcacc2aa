"""Access lists, the sliding-window rate limit, the length limit; and the per-chat memory."""

from __future__ import annotations

import threading

from bot.telegram.memory import ChatMemory
from bot.telegram.guard import Guard
from index.models import Answer, Turn


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_empty_lists_allow_everyone():
    assert Guard().allows(1, 1) and Guard().allows(5, -100)


def test_user_list_and_chat_list_must_both_pass():
    guard = Guard(allowed_users=frozenset({42}), allowed_chats=frozenset({42, -100}))
    assert guard.allows(42, 42) and guard.allows(42, -100)
    assert not guard.allows(7, -100)  # a stranger in an allowed group
    assert not guard.allows(42, -200)  # an allowed user in another group


def test_a_refused_user_is_told_once():
    guard = Guard(allowed_users=frozenset({42}))
    assert guard.should_refuse(7) is True
    assert guard.should_refuse(7) is False
    assert guard.should_refuse(8) is True


def test_rate_limit_is_a_sliding_window_and_says_when_to_retry():
    clock = Clock()
    guard = Guard(rate_per_minute=2, clock=clock)
    assert guard.retry_after(1) is None
    clock.now += 20
    assert guard.retry_after(1) is None
    clock.now += 10
    assert guard.retry_after(1) == 30  # the first question leaves the window 60 s after it came
    assert guard.retry_after(2) is None  # other users are counted apart
    assert "try again in 30 seconds" in guard.rate_message(30)
    assert "try again in 1 second." in guard.rate_message(0.2)
    clock.now += 30
    assert guard.retry_after(1) is None


def test_refused_questions_do_not_use_up_the_window():
    clock = Clock()
    guard = Guard(rate_per_minute=1, clock=clock)
    assert guard.retry_after(1) is None
    for _ in range(5):
        assert guard.retry_after(1) is not None
    clock.now += 60
    assert guard.retry_after(1) is None


def test_zero_rate_means_no_limit():
    guard = Guard(rate_per_minute=0)
    assert all(guard.retry_after(1) is None for _ in range(100))


def test_long_question_is_refused_naming_the_limit():
    guard = Guard(max_question_chars=10)
    assert guard.length_problem("short?") is None
    assert "the limit is 10" in guard.length_problem("x" * 11)


# -- memory -----------------------------------------------------------------------------------
def _turn(i: int) -> Turn:
    return Turn(f"q{i}", Answer(question=f"q{i}", text=f"a{i} [1]"), f"a{i} [1]")


def test_history_keeps_the_last_turns_oldest_first():
    memory = ChatMemory(max_turns=3)
    for i in range(5):
        memory.add("c", _turn(i))
    assert [t.question for t in memory.history("c")] == ["q2", "q3", "q4"]
    assert memory.history("other") == []


def test_history_forgets_old_turns():
    clock = Clock()
    memory = ChatMemory(max_turns=5, max_age_s=60, clock=clock)
    memory.add("c", _turn(1))
    clock.now += 50
    memory.add("c", _turn(2))
    clock.now += 20
    assert [t.question for t in memory.history("c")] == ["q2"]
    clock.now += 100
    assert memory.history("c") == [] and memory.answer("c") is None


def test_answer_by_tag_finds_the_answer_a_button_was_under():
    memory = ChatMemory(max_turns=2)
    memory.add("c", _turn(1), keys=[101, 102])
    memory.add("c", _turn(2), keys=[103])
    assert memory.answer("c").question == "q2"
    assert memory.answer("c", tag=101).question == "q1"
    memory.add("c", _turn(3), keys=[104])
    assert memory.answer("c", tag=101) is None  # forgotten: never the wrong answer


def test_listings_are_citable_but_not_history():
    memory = ChatMemory(max_turns=2)
    memory.add("c", _turn(1))
    memory.add("c", Turn("/who X", Answer(question="/who X", text="• ... [1]")), in_history=False)
    assert [t.question for t in memory.history("c")] == ["q1"]
    assert memory.answer("c").question == "/who X"


def test_last_answer_is_kept_even_with_history_off():
    memory = ChatMemory(max_turns=0)
    memory.add("c", _turn(1))
    assert memory.history("c") == [] and memory.answer("c").question == "q1"


def test_reset_and_the_bound_on_conversations():
    memory = ChatMemory(max_conversations=3)
    for chat in range(5):
        memory.add(chat, _turn(chat))
    assert len(memory) == 3 and memory.history(0) == [] and memory.history(4)
    memory.reset(4)
    assert memory.history(4) == []


def test_memory_is_safe_across_threads():
    memory = ChatMemory(max_turns=4, max_conversations=50)

    def work(k):
        for i in range(300):
            memory.add(k % 20, _turn(i), keys=[k * 1000 + i])
            memory.history(k % 20)
            memory.answer(k % 20, tag=k * 1000 + i)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(memory) == 8 and all(len(memory.history(c)) == 4 for c in range(8))
