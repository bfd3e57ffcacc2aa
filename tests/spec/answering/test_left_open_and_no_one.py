"""Three ways an article leaves the asked thing open, or denies its premise, in a few words:

    Were the brakes checked?           "Asked whether the brakes had been checked, she said she did not know."
    What will the monthly fare cap be? "... committed to a monthly fare cap, to be set with the regulator."
    How many riders are still missing? "No one was missing."   (the two-word "no one" counts nobody)

The first two are declined, citing the sentence; the third is corrected with it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

WIRE = """Cable car stalls above Brenmoor; riders winched down

BRENMOOR, Norway (NWS) — A cable car stalled above the valley town of Brenmoor on Tuesday evening, leaving 38 riders suspended for up to five hours before mountain rescuers winched them to the ground, police said.

Three riders were treated for cold. No one was missing.

Operator Valdstrand Lifts said the line would stay shut while engineers examined the drive wheel.

Regional transport director Solveig Amundrud said the operator had committed to a monthly fare cap for local residents, to be set with the transport regulator. She said a bus would carry riders up the valley until the line reopened.

Asked whether the brakes had been checked that morning, she said she did not know.
"""

wire = app_fixture("brenmoor_cable_car.txt", WIRE)


def test_a_speaker_who_did_not_know_leaves_a_yes_no_question_open(wire):
    declines(wire, "Were the cable car's brakes checked that morning?", "did not know")


def test_a_value_to_be_set_later_is_not_given(wire):
    declines(wire, "What will the monthly fare cap for residents be?", "to be set")


def test_a_value_to_be_set_at_a_figure_is_given():
    from bot.answering.unknown import not_known

    assert not not_known("What will the monthly fare cap be?", ("month", "fare", "cap"),
                         "The monthly fare cap is to be set at 40 crowns.")


def test_no_one_missing_corrects_how_many_are_missing(wire):
    answers(wire, "How many riders are still missing after the cable car stalled?", "No one was missing")
