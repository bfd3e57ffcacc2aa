"""A comparison's side is answered from anywhere in the article, not only from the passages retrieved
for the whole question: the other side often speaks paragraphs later, in words of its own."""

import pytest

TRAMS = """Tram drivers walk out over night timetable

VELDHAM, June 4 - Tram drivers in Veldham stopped work on Tuesday in a dispute over a new night timetable, leaving most of the city's lines without a service.

The Tram Drivers' Union said the timetable would force its members to work split shifts of up to eleven hours. "No driver signed up to sleep in a depot," its secretary, Joris Aalbers, said.

Commuters queued for buses across the city. Some schools opened late.

The city's mayor said she hoped both sides would return to talks by the end of the week.

Taxi firms reported their busiest morning of the year.

Veldtram, which runs the network for the city, said the new shifts were within the law. Its operations director, Femke Rooij, said: "Every shift is shorter than the legal maximum, and drivers get two paid breaks."
"""

CLINIC = """---
title: Midwives and hospital board at odds over birth centre
date: 2025-02-11
---

The hospital board of Lenscombe voted on Monday to close the town's stand-alone birth centre and move its beds to the main hospital.

The Royal College of Midwives branch said the closure would leave women in outlying villages an hour from care. "This is a decision made on a spreadsheet," its branch chair, Ottilie Marsh, said.

About 300 babies are born at the centre each year.

A petition to keep it open has gathered 9,000 signatures.

Parents held a vigil outside the centre on Sunday evening.

The board's chair, Graham Pettifer, said safety, not money, had driven the vote. "A birth that goes wrong needs a surgeon down the corridor, not down the motorway," he said.
"""


@pytest.mark.parametrize("name, article, question, first, second", [
    ("trams.txt", TRAMS, "How do the drivers' union and the operator differ on the night timetable?",
     "sleep in a depot", "legal maximum"),
    ("clinic.md", CLINIC, "How did the midwives' view of the birth centre closure differ from the board's?",
     "spreadsheet", "surgeon down the corridor"),
])
def test_the_other_side_speaks_paragraphs_later(app_over, name, article, question, first, second):
    with app_over(name, article, WHOSAID_TOP_K="2") as app:  # only two passages retrieved a question
        answer = app.answer(question)
    assert not answer.abstained
    assert first in answer.text and second in answer.text, answer.text
