"""Who a question means by a family tie or a namesake:
- "the captain's father" is named through the sentence that tells the tie either way round ("captain
  X - the chairman's son - ...": the chairman) or names the relative ("the mayor's daughter, Y");
- "the man who sold COMPANY its road" finds "Her brother, X, sold the company the access road" (the
  article's "the company" is the body the description names);
- a follow-up "would she ..." about one of two people who share a surname is answered from her own
  sentence ("The chair said she would ..."), not her namesake's;
- a described person is looked for in a story that tells the rest of the question, not in another
  story whose sentence holds a word of the description.
Every article is invented."""

from index.models import Turn
from tests.spec.answering.apps import app_fixture, articles_fixture
from tests.spec.answering.asks import answers

CLUB = """Posted on 3rd May 2024

Annual general meeting round-up

Members packed the clubhouse at Aberllwyd on Tuesday evening for the hockey club's annual general meeting.

Chairman Emlyn Pennant opened the meeting by thanking the volunteers who ran the bar all winter.

"Morfudd has strapped every ankle in this club for twenty years," Emlyn said. "We owe her a proper dinner."

Club captain Rhian Pennant - the chairman's daughter, as most of you know - said the first team wanted promotion next season.

Treasurer Cai Madoc said the club had made a small surplus.
"""

BOROUGH = """Market traders fear parking plan

By a staff reporter

Traders in Fallowfield Cross say a plan to remove 40 parking bays from the market square will drive customers away.

The mayor's daughter, Beatrix Collingwood, runs the flower stall nearest the square. She said her takings would fall by a third if the bays went.

Mayor Osric Collingwood said the plan was about safety, not money.

A council spokesperson said a consultation would open in June.
"""

COUNTY = """Wind farm lease approved after long hearing

MARROWFIELD, 14 May 2025 — The Ostrand District council voted 6-2 on Tuesday to lease 400 hectares of common land to a wind developer, Tallgrove Energy.

Council chair Ingrid Solvang said the district needed the rent.

Councillor Petter Solvang, no relation to the chair, voted against. He said the turbines would be too close to the school.

Farmer Gudrun Vik, whose land borders the site, said she learned of the vote from a neighbour.

Her brother, Anders Vik, sold the company the access road last year.

"I drove cattle on that road for 33 years. I would rather see turbines on it than let it go to gorse," he told the council.

Petter Solvang said he would ask for a public meeting at the school. The chair said Tuesday she would "see no harm" in that.
"""

UNION = """Bus drivers vote to strike

Drivers at the Kellbrook depot voted 9-1 to strike over late pay, the union said on Friday.

"Drivers were waiting nine weeks for their back pay," said shop steward Tomasz Brzezinski. "That is why the vote was so strong."

The operator said the pay had now been sent and that drivers would be paid monthly from June.
"""

BOARD = """Water board hears residents on contamination

The Hazelmere Vale water board met on Monday to hear residents about contamination in three village wells.

Ifeoma Ogundiran, who has sat on the board for six months, said the wells were tested in April and residents heard about it in February. "That's ten months, and that is not acceptable," she said.

The wells are tested every month, and the results take two months to come back.

Ogundiran asked staff to bring a written report of who knew what to the board's June 4 meeting.

The board's engineer said the wells were now safe.
"""

club = app_fixture("aberllwyd_agm.txt", CLUB)
borough = app_fixture("fenwick_parking.txt", BOROUGH)
county = app_fixture("ostrand_wind.txt", COUNTY)
two = articles_fixture({"kellbrook_strike.txt": UNION, "harlow_wells.txt": BOARD})


def test_the_captains_father_is_the_chairman_the_tie_is_told_from_(club):
    answers(club, "what did the captain's father say the club owes the retiring physio", "proper dinner")


def test_the_mayors_daughter_is_the_person_named_beside_the_tie(borough):
    answers(borough, "What did the mayor's daughter say would happen to her takings if the bays went?", "a third")


def test_the_man_who_sold_the_company_its_road_is_found_through_the_company(county):
    answers(county, "For how many years did the man who sold Tallgrove its road drive cattle on it?", "33 years")


def test_a_followup_pronoun_means_the_person_named_not_her_namesake(county):
    history = [Turn("Who chairs the Ostrand council?", answer_text="Ingrid Solvang, the council chair.")]
    answer = county.answer("and would she agree to a public meeting at the school?", history)
    assert not answer.abstained and "see no harm" in answer.text and "Petter" not in answer.text, answer.text


def test_a_described_person_is_looked_for_in_the_story_that_tells_the_rest(two):
    answers(two, "The board member who objected to the ten-month wait wants a written report by which meeting date?",
            "June 4", lacking="Brzezinski")
