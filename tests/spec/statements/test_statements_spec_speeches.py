"""A printed speech: the heading names the speaker, and every sentence of the body is theirs,
save greetings, stage notes and the words of others they report. Invented speeches."""

from datetime import date

import pytest

_SPEECH = """{heading}

{marker}

Good evening, and thank you, Councillor Brandt, for that welcome.

When I was a boy, the Holm river flooded our kitchen every other winter. My father used to say, "The river always wins in the end."

The new flood wall has now held back the river eleven times, and not one house has flooded since it was finished.

(Applause)

I spoke to one of the engineers this afternoon, a woman called Petra. She said, "My own street is behind this wall."

But I will be honest with you. The wall was built for the rainfall of the 1980s. That is why the government will spend 300 million euros raising it by half a metre, starting next spring.

The new visitor centre will tell that story to every school in the region.

Thank you.
"""


@pytest.mark.parametrize("heading, marker", [
    ("Speech: Minister Oskar Lindqvist at the opening of the Holm Flood Wall centre", "Remarks as prepared for delivery."),
    ("Remarks by Oskar Lindqvist, Minister for Water, to the Holm river forum", "Check against delivery"),
    ("Keynote address by Minister Oskar Lindqvist", "As delivered."),
])
def test_every_sentence_of_a_speech_is_its_speakers(statements, one, heading, marker):
    stmts = statements(_SPEECH.format(heading=heading, marker=marker))
    for fragment in ("held back the river eleven times", "300 million euros", "tell that story to every school",
                     "built for the rainfall of the 1980s"):
        assert one(stmts, fragment).speaker == "Oskar Lindqvist"


def test_a_speech_keeps_the_words_it_reports_and_drops_courtesies(statements):
    stmts = statements(_SPEECH.format(heading="Speech: Minister Oskar Lindqvist at the Holm river forum",
                                      marker="Remarks as prepared for delivery."))
    mine = [s.content for s in stmts if s.speaker == "Oskar Lindqvist"]
    assert not any("My own street" in c or "river always wins" in c for c in mine)
    assert not any(c.startswith(("Good evening", "Thank you", "(Applause")) for c in mine)


def test_a_speech_is_dated_at_its_delivery(statements, one):
    stmts = statements(_SPEECH.format(heading="Speech: Minister Oskar Lindqvist at the Holm river forum",
                                      marker="Remarks as prepared for delivery."), published=date(2025, 3, 3))
    assert one(stmts, "300 million euros").when_start == date(2025, 3, 3)


def test_a_news_story_about_a_speech_is_not_read_as_the_speech(statements):
    stmts = statements(
        "Speech: Minister Oskar Lindqvist promises a higher flood wall\n\n"
        "The minister told a forum in Holm on Tuesday that the wall would be raised by half a metre.\n\n"
        "Residents were unconvinced. The wall has flooded twice, said Anna Berg, who lives by the river.\n\n"
        "The ministry said work would start next spring. Opposition MPs called the plan late.\n\n"
        "The council welcomed the money but asked for a timetable."
    )
    assert not any(s.speaker == "Oskar Lindqvist" and "Residents were unconvinced" in s.content for s in stmts)
    assert not any(s.speaker == "Oskar Lindqvist" and "Opposition MPs" in s.content for s in stmts)
