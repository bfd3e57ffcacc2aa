"""A thing the sentence says is still to come, read from the parse: "a report ... is expected", "a
survey due next month", "a decision is awaited", "results are pending", "is to be published",
"put off a decision"; and the nouns a question asks about ("what did the report find")."""

import pytest

from bot.answering.ahead import ahead_nouns, asked_nouns


@pytest.mark.parametrize("sentence, noun", [
    ("A report on the pit's safety record by the mines inspectorate is expected later this month.", "report"),
    ("Councillors put off a decision on the bypass until an environmental survey, due next month, has been published.", "survey"),
    ("Councillors put off a decision on the bypass until an environmental survey, due next month, has been published.", "decision"),
    ("A final decision is now awaited in the autumn.", "decision"),
    ("The results of the laboratory tests are pending.", "test"),
    ("An inspection report on the hospital is to be published in the spring.", "report"),
    ("The long-awaited review will be released on Friday.", "review"),
    ("The inquiry's findings are due in June.", "finding"),
    ("A ruling is expected next week.", "ruling"),
    ("The vote has been postponed until March.", "vote"),
    ("The survey, which is due to be published next month, will cover 5,000 homes.", "survey"),
])
def test_still_to_come_in_many_wordings(sentence, noun):
    assert noun in ahead_nouns(sentence)


@pytest.mark.parametrize("sentence, noun", [
    ("The report, published on Tuesday, found that the pit had flooded twice.", "report"),
    ("The survey showed that most residents backed the bypass.", "survey"),
    ("The council took its decision on Monday night.", "decision"),
    ("The results of the tests came back on Friday.", "test"),
])
def test_done_things_are_not_ahead(sentence, noun):
    assert noun not in ahead_nouns(sentence)


@pytest.mark.parametrize("question, noun", [
    ("What did the mines inspectorate's report find?", "report"),
    ("What was the final decision on the bypass?", "decision"),
    ("What did the laboratory tests show?", "test"),
    ("What did the environmental survey show about the wood?", "survey"),
])
def test_the_nouns_a_question_asks_about(question, noun):
    assert noun in asked_nouns(question)


@pytest.mark.parametrize("sentence, noun", [
    ("The inquiry was set up in March after the crash.", "inquiry"),
    ("The company plans a new plant in Ohio.", "company"),
    ("Analysts expect a small profit.", "analyst"),
])
def test_planning_and_setting_up_are_not_ahead(sentence, noun):
    assert noun not in ahead_nouns(sentence)


@pytest.mark.parametrize("sentence, noun", [
    ("The hearing is set for Monday.", "hearing"),
    ("The inquiry is due to report in June.", "inquiry"),
])
def test_set_for_a_day_is_ahead(sentence, noun):
    assert noun in ahead_nouns(sentence)
