"""A sentence that says the very thing asked is not known, in words other than "not yet known": "we do
not yet know whether it has collapsed", "The Department does not hold information on the value of ...",
"The minister did not say whether the state would pay". It is a reason to decline, cited as why, never
an answer to what was asked. What stands before "whether" is known ("the culvert is blocked")."""

from bot.answering.question import analyse
from bot.answering.unknown import not_known
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

BULLETIN = """HARLOW VALE EMERGENCY MANAGEMENT
FLOOD UPDATE 3
Issued: 6am Tuesday 14 October 2025

The Brennock River at Ossery Bridge peaked at 4.2 metres at about 3am and is now falling.

Incident controller Talia Vandermeer said crews had worked through the night. "The culvert on Ferris Lane is blocked and we do not yet know whether it has collapsed. Please keep away from it," she said.

About 210 people from 64 households in lower Ossery were evacuated overnight.
"""

WRITTEN_ANSWER = """Crab fisheries: licences

Question for Department for Coasts and Fisheries, tabled on 3 March 2025

Asked by Tobias Wrenfield (Harwick North)

To ask the Secretary of State, how many crab fishing licences were suspended in 2024.

Answered by Imogen Castellane, Minister for Fisheries

In 2024, 14 crab fishing licences were suspended after inspections found undersized catches. The Department does not hold information on the market value of the crab landed under the suspended licences.
"""

NEWS = """Harbour users seek help after storm

Published 9 February 2025

Boat owners at Kestlemouth say the storm on February 2 destroyed 40 metres of the harbour wall.

The Kestlemouth Harbour Users Group has written to the Ports Minister, Anselm Verrity, asking for the state to fund the repairs.

A spokesperson for Mr Verrity said the minister had asked the harbour board for a report on the damage.

The minister did not say whether the state would fund the repairs to the harbour wall.
"""

bulletin = app_fixture("harlow_flood.txt", BULLETIN)
written = app_fixture("crab_licences.txt", WRITTEN_ANSWER)
news = app_fixture("kestlemouth_harbour.txt", NEWS)


def _not_known(question: str, sentence: str) -> bool:
    q = analyse(question)
    return not_known(q.text, tuple(q.terms), sentence)


def test_what_follows_whether_is_what_is_not_known():
    sentence = "The culvert on Ferris Lane is blocked and we do not yet know whether it has collapsed."
    assert _not_known("Has the culvert on Ferris Lane collapsed?", sentence)
    assert not _not_known("Is the culvert on Ferris Lane blocked?", sentence)


def test_a_withheld_whether_leaves_a_yes_no_question_open():
    sentence = "The minister did not say whether the state would fund the repairs to the harbour wall."
    assert _not_known("Will the state fund the repairs to the harbour wall?", sentence)
    assert not _not_known("Will the harbour board reopen the slipway?", sentence)


def test_not_yet_known_whether_it_collapsed_is_no_answer(bulletin):
    declines(bulletin, "Has the culvert on Ferris Lane collapsed?", "do not yet know whether")


def test_what_is_known_is_still_answered(bulletin):
    answers(bulletin, "How many people were evacuated in lower Ossery?", "210")


def test_information_not_held_is_no_answer(written):
    declines(written, "What is the market value of the crab landed under the suspended licences?",
             "does not hold information")


def test_the_held_figure_is_still_answered(written):
    answers(written, "How many crab fishing licences were suspended in 2024?", "14")


def test_a_minister_who_did_not_say_whether_leaves_it_open(news):
    declines(news, "Will the state pay for the repairs to the Kestlemouth harbour wall?", "did not say whether")


COLUMN = """From the Readers' Desk

By Halcyon Ferreira-Mott, Readers' Editor

The Courier's managing editor, Dagny Oyelowo, said that from March 1 every photo caption will be checked by a second person before it is printed.

Not everyone in the newsroom likes the change. One senior photographer, who asked not to be named because staff had not been consulted, told me it would slow down weekend pages.
"""

column = app_fixture("readers_desk.txt", COLUMN)


def test_a_name_kept_back_is_no_answer_to_what_the_name_is(column):
    declines(column, "What is the name of the senior photographer who objected to the caption checks?",
             "asked not to be named")


def test_a_name_given_is_still_answered(column):
    answers(column, "What is the name of the Courier's managing editor?", "Oyelowo")


def test_whether_withheld_in_other_words():
    assert _not_known("Will the ministry pay for the new sea wall?",
                      "The ministry did not respond to questions about whether it would pay for the new sea wall.")
    assert _not_known("Will the club sell its stadium?", "The club declined to comment on whether it would sell the stadium.")
    assert _not_known("Has the bridge been damaged?", "Engineers said they don't know yet whether the bridge has been damaged.")
    assert not _not_known("Did the council approve the budget?",
                          "The council approved the budget on Monday and did not say whether rates would rise.")


def test_not_knowing_in_the_asked_speakers_words_is_what_they_said():
    assert not _not_known("What did the mayor say about the budget?",
                          "\"We do not know what the budget will look like,\" the mayor said.")
    assert _not_known("What will the budget look like?", "\"We do not know what the budget will look like,\" the mayor said.")
