"""A caption transcript's lines (lower case, unpunctuated, one spoken line each) and a plain report
say a test result and a measurement's extreme as talk does: "how many wells tested over the limit"
/ "and 14 of those wells came back above the state limit", "where was the worst reading" / "the
highest single result was ... at a well in X". Each is answered from the line that says it. A
who-answer whose best lines name no one brings along the line of their paragraph naming the
person on the deed asked ("Presenters: Dr X"), not the nearer one naming another ("Board Chair Y
presides"). A name run on into a place in unpunctuated text ("Colm Ashcott Fennel Ridge my well
...") is the person the chapters name apart from the place, not a person surnamed "Ridge"; a long
name an ordinary report never splits stays whole."""

from index.article_people import read_people
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

CAPTIONS = """Marrick County Water Board - Lead Sampling Results (LIVE)

Marrick County TV
812 subscribers

1,204 views  Streamed live on Mar 4, 2025
Special meeting of the Marrick County Water Board on the results of the 2024 private well sampling in Orlow and Fennel Ridge. Board Chair Maud Ferrante presides. Presenters: Dr. Ines Volkova, county toxicologist; Piet Adeyinka, water engineer.

Chapters
0:00 Call to order - Chair Maud Ferrante
1:40 Sampling results - Dr. Ines Volkova
9:12 Public comment - Colm Ashcott, Fennel Ridge

Transcript

0:00
good evening we're calling this special meeting of the marrick county water board to order
1:40
thank you chair so over the autumn we sampled 212 wells in Orlow and Fennel Ridge
1:48
and 14 of those wells came back above the state limit for lead which is 15 parts per billion
1:55
the highest single result was 41 parts per billion at a well in Orlow
2:03
we will be writing to every household with a result over the limit this week
9:12
Colm Ashcott Fennel Ridge my well was one of the 14 and we heard about it from a neighbour
9:20
nobody from the county called me once
"""

REPORT = """Title: Well checks find lead in Tressel homes
Date: 2025-05-20

Of the 96 private wells checked in Tressel this spring, eleven came back over the national lead limit, the district's water officer, Hanne Quistorp, said on Monday.

The worst reading was at Mill Lane, where one well measured three times the limit, she said.

"We have shut off every well that failed," Ms Quistorp said.
"""

captions = app_fixture("captions.txt", CAPTIONS)
report = app_fixture("report.txt", REPORT)

test_answers = table(answers, [
    ask("captions", "how many wells tested over the lead limit", "14", id="tested_over_is_came_back_above"),
    ask("report", "How many private wells tested above the lead limit in Tressel?", "eleven", id="tested_above_is_came_back_over"),
    ask("captions", "In which area was the single worst lead reading found?", "Orlow", id="worst_reading_is_highest_result"),
    # the best line names no one: of its paragraph's lines naming someone, the one on the deed asked
    ask("captions", "Who presented the lead sampling results to the Marrick County water board?", "Volkova",
        id="the_person_brought_along_is_the_one_on_the_deed"),
])


def test_a_name_run_on_into_a_place_is_the_known_person():
    people = {p.name: p for p in read_people(CAPTIONS)}
    assert "Colm Ashcott" in people, sorted(people)
    assert not any(p.surname == "Ridge" for p in people.values()), sorted(people)


def test_a_long_name_never_written_apart_stays_whole():
    text = ("Title: Clinic hours cut\nDate: 2025-06-02\n\nAnna Maria Lowe Brandvik, a nurse at the clinic, said the cut "
            "would hurt older patients. \"We were not asked,\" Ms Lowe Brandvik said.\n")
    assert "Anna Maria Lowe Brandvik" in {p.name for p in read_people(text)}
