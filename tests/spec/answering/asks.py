"""What an answering spec asserts of the answer to one question; the answer's text is the failure message.

    answers(app, question, "holds this", "and this", lacking="not this", starting="The articles do not")
    declines(app, question, "cites this")     (or citing="cites this")
    replies(app, question, "holds this")      (answered or declined, either way)

A table of such questions, each row named for the behaviour it shows:

    test_answers = table(answers, [
        ask("wire", "Who resigned?", "Lindqvist", lacking="Berg", id="the_one_who_resigned_is_named"),
    ])
"""

import pytest


def _as_tuple(words: str | tuple[str, ...]) -> tuple[str, ...]:
    return (words,) if isinstance(words, str) else tuple(words)


def _holds(answer, holding: tuple[str, ...], lacking: str | tuple[str, ...], starting: str | None) -> None:
    text = answer.text
    assert all(h in text for h in holding) and not any(w in text for w in _as_tuple(lacking)), text
    assert starting is None or text.startswith(starting), text


def declines(app, question: str, citing: str | None = None, *also: str, lacking: str | tuple[str, ...] = ()):
    """The bot abstains on `question` (the articles do not say), its reply holding `citing` and `also`."""
    answer = app.answer(question)
    assert answer.abstained, answer.text
    _holds(answer, (citing, *also) if citing is not None else also, lacking, None)
    return answer


def answers(app, question: str, *holding: str, lacking: str | tuple[str, ...] = (), starting: str | None = None):
    """The bot answers `question`, its answer holding each of `holding`, none of `lacking`, and
    beginning with `starting` when given."""
    answer = app.answer(question)
    assert not answer.abstained, answer.text
    _holds(answer, holding, lacking, starting)
    return answer


def replies(app, question: str, *holding: str, lacking: str | tuple[str, ...] = (), starting: str | None = None):
    """The bot's reply to `question`, answered or declined, holds each of `holding` and none of `lacking`."""
    answer = app.answer(question)
    _holds(answer, holding, lacking, starting)
    return answer


def ask(fixture: str, question: str, *holding: str, id: str, **checks):
    """A row of a question table: the app of module fixture `fixture` asked `question`; its reply
    holds `holding` and passes `checks` (lacking=, starting=)."""
    return pytest.param(fixture, question, holding, checks, id=id)


def table(check, rows: list):
    """A test that runs `check` (answers, declines or replies) on each row `ask` made; bound to a
    module name `test_...`, pytest collects it under that name."""
    @pytest.mark.parametrize("fixture, question, holding, checks", rows)
    def test(request, fixture, question, holding, checks):
        check(request.getfixturevalue(fixture), question, *holding, **checks)
    return test
