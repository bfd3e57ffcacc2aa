"""Voices of styles beyond the wire: a reaction round-up's social-media accounts ("wrote one
user, @harbour_ann") answer "which user" questions, and a printed speech answers "who said"
with its speaker, named only in its heading. Invented articles."""

from tests.spec.answering.apps import app_fixture


ROUNDUP = """Fans fume as Lakeside Festival drops its headliner

What people are saying | Culture desk | Monday 4 August 2025

The Lakeside Festival dropped headliner Rosa Venn two days before the event, offering ticket holders a 25 per cent refund.

"I didn't pull out. I was told on Friday that my set had been cut," Venn wrote on X on Sunday.

Fans were unimpressed. "Paid 150 pounds for one act. A 25 per cent refund is an insult," wrote one user, @harbour_ann.

Another fan, @kettle_mike, was more forgiving: "The rest of the line-up is still strong."
"""

SPEECH = """Speech: Minister Oskar Lindqvist at the opening of the Holm flood wall visitor centre

Delivered on: 3 March 2025

Good evening, and thank you, Councillor Brandt, for that welcome.

When I was a boy, the Holm river flooded our kitchen every other winter.

The new flood wall has now held back the river eleven times, and not one house has flooded since it was finished.

But I will be honest with you. The wall was built for the rainfall of the 1980s. That is why the government will spend 300 million euros raising it by half a metre.

Thank you.
"""


roundup = app_fixture("lakeside.txt", ROUNDUP)
speech = app_fixture("holm.txt", SPEECH)


def test_which_user_is_answered_with_the_handle(roundup):
    a = roundup.answer("Which user called the refund an insult?")
    assert not a.abstained and "@harbour_ann" in a.text


def test_who_said_in_a_speech_is_its_speaker(speech):
    a = speech.answer("Who said the flood wall has held back the river eleven times?")
    assert not a.abstained and "Lindqvist" in a.text


def test_a_speech_is_dated_at_its_delivery(speech):
    a = speech.answer("How much will the government spend raising the flood wall?")
    assert not a.abstained and "300 million" in a.text and "3 March 2025" in a.text


TRIAL = """Builder told inspector wall was safe, trial hears

By Owen Pratt, Court Reporter
Wednesday 22 October 2025

Giving evidence at Carlford Crown Court on Tuesday, building inspector Rachel Dunmore said she had raised concerns about cracks in the wall.

Prosecuting, Sarah Lowe KC told the jury that the builder had ignored three written warnings.

The trial continues.
"""


trial = app_fixture("trial.txt", TRIAL)


def test_a_barrister_named_with_letters_after_the_name_answers_for_the_role(trial):
    a = trial.answer("What did the prosecutor tell the jury?")
    assert not a.abstained and "three written warnings" in a.text
