"""A match report's post-match quotes: manner verbs after a quote ("Ryan laughed", "she quipped",
"he smiled") are speech tags, and the quote is the speaker's. Invented reports."""

import pytest


@pytest.mark.parametrize("verb", ["laughed", "joked", "quipped", "smiled", "grinned", "sighed", "remarked"])
def test_a_manner_verb_after_a_quote_names_its_speaker(statements, one, verb):
    stmts = statements(
        "Harrowby reached the county final after a one-point win over Kelso Vale on Sunday.\n\n"
        '"I thought we were excellent for fifty minutes," said Harrowby manager Declan Furlong.\n\n'
        f'Furlong revealed that his goalkeeper had played with a broken thumb. "He told me at half-time he was fine. '
        f'He was not fine, but he was not coming off either," Furlong {verb}.'
    )
    assert one(stmts, "not coming off either").speaker == "Declan Furlong"


def test_a_manner_verb_without_a_quote_is_no_statement(statements):
    stmts = statements(
        "The crowd laughed when the mascot fell over. Declan Furlong smiled at the stand before kick-off.\n\n"
        '"We were excellent," said Harrowby manager Declan Furlong.'
    )
    assert not any("mascot" in s.content or "stand before" in s.content for s in stmts)


@pytest.mark.parametrize("lead", ["He smiles, then adds:", "He grins and adds:"])
def test_a_gesture_before_the_speech_verb_is_one_statement(statements, one, lead):
    stmts = statements('Declan Furlong runs the Harrowby side. "We were excellent," he says.\n\n'
                       f'{lead} "Nobody will ever call us soft again."', None)
    assert one(stmts, "call us soft").speaker == "Declan Furlong"

