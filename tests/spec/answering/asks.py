"""What an answering spec asserts of the answer to one question; the answer's text is the failure message."""


def declines(app, question: str, citing: str | None = None):
    """The bot abstains on `question` (the articles do not say), its reply holding `citing` when given."""
    answer = app.answer(question)
    assert answer.abstained and (citing is None or citing in answer.text), answer.text
    return answer


def answers(app, question: str, holding: str):
    """The bot answers `question`, its answer holding `holding`."""
    answer = app.answer(question)
    assert not answer.abstained and holding in answer.text, answer.text
    return answer
