"""A sentence is parsed for a word list's lemmas only when a token of it may carry one: the gate
never skips a sentence the parse would have matched, so the checks answer as without it."""

from __future__ import annotations

import pytest

from bot.answering import ahead, speech_subjects, withheld
from bot.answering.parse_gate import forms_of, may_hold, token_forms
from bot.answering.predicate import _parse

# Invented sentences in many tenses and forms: irregular verbs, contractions, adjectives of not knowing,
# postponements, nouns of comment and figures, and sentences with none of them.
SENTENCES = [
    "Harbour Master Ilse Varnholt said on Monday that the ferry would sail twice a day.",
    "“We heard the islanders,” Varnholt told reporters, adding that nothing was decided.",
    "The board declined to say how many wards would close; it's unclear when.",
    "A report by the inspectorate is expected later this month and the vote was put off.",
    "The cost of the bridge wasn't disclosed and the mayor couldn't be reached for comment.",
    "Councillors have yet to give a figure, spokeswoman Dana Orlik conceded.",
    "According to the ministry, the survey due next week will be published in spring.",
    "The ferry sails twice a day from the north pier.",
    "Rain fell over the valley as the lorries queued at the border crossing.",
    "They'd gone before the results are to be announced, wasn't it?",
    "Orlik was asked whether the plan had been approved but she ain't talking.",
]


def test_every_token_with_a_listed_lemma_has_a_listed_form():
    lists = [speech_subjects.vocabulary().speech_words, withheld._V.disclosure_verbs | withheld._V.giving_verbs,
             withheld._V.unknown_words, frozenset({"be", "will", "set", "comment", "figure"})]
    for lemmas in lists:
        forms = forms_of(frozenset(lemmas))
        assert forms is not None
        for sentence in SENTENCES:
            for t in _parse(sentence):
                if t.lemma_.lower() in lemmas:
                    assert t.lower_ in forms, (t.text, t.lemma_)


def test_the_lemmatizers_irregular_forms_are_listed():
    assert {"said", "told", "spoke"} <= forms_of(frozenset({"say", "tell", "speak"}))
    assert {"is", "was", "were", "'s", "been"} <= forms_of(frozenset({"be"}))


def test_tokens_are_the_parses_own():
    assert token_forms("It wasn't disclosed, she said.") == {t.lower_ for t in _parse("It wasn't disclosed, she said.")}
    assert may_hold("The ferry sails.", None)  # cannot tell: parse
    assert not may_hold("The ferry sails.", frozenset({"said"}))


@pytest.mark.parametrize("check", [speech_subjects.speakers_in, withheld.withholdings, ahead.ahead_nouns],
                         ids=lambda f: f.__name__)
def test_the_checks_give_what_they_give_without_the_gate(check, monkeypatch):
    gated = [check(s) for s in SENTENCES]
    check.cache_clear()
    for module in (speech_subjects, withheld, ahead):
        monkeypatch.setattr(module, "may_hold", lambda sentence, forms: True)
    monkeypatch.setattr(ahead, "_may_be_ahead", lambda sentence: True)
    try:
        assert [check(s) for s in SENTENCES] == gated
    finally:
        check.cache_clear()
    assert any(gated) and not all(gated)  # the sentences exercise both outcomes
