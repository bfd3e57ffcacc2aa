"""A trade magazine's Q&A with initials for turn labels ("HFM:" the magazine, "TQ:" the interviewee,
named only in the intro): questions about what the interviewee said are answered from the answer
turns, named by the intro's full name; the interview day of the intro ("We met him ... on 12
March", the year from the issue line) answers when the magazine met him. Invented articles."""

import pytest

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

MAGAZINE = """HARBOUR FREIGHT MONTHLY
Issue 61 | April 2024
THE BIG INTERVIEW

"Nobody builds a quay for one ship"

Tobias Quarnstrom took over as managing director of Lindqvarn Shipping, the family-owned ferry operator, in May last year. Since then the Karlskrona-based firm has ordered two hybrid ferries, closed its oldest route and settled a dispute with its deckhands. We met him at the company's yard in Karlskrona on 12 March.

HFM: You ordered two hybrid ferries in January. When do they arrive?

TQ: The first in autumn, the second a year later. We paid a deposit of 9 per cent, and the yard has kept every date so far.

HFM: Fuel must be your biggest cost.

TQ: It is the second biggest, after wages. We fitted 600 kilowatts of batteries to the night ferry, and on a calm night it crosses without burning any diesel at all.

HFM: Then in February the deckhands stopped work for two days.

TQ: Yes, and I would say the dispute was about rest breaks more than pay. The new agreement gives every crew a twenty-minute break per crossing. My predecessor used to say that a ferry is a bridge you pay for every day, and he was right.

HFM: In January the post office moved its island parcels elsewhere.

TQ: They took them to a trucking firm in Denmark that undercut us by a third. That was about 11 per cent of our turnover. Nobody lost a job over it.

HFM: Are you selling the company? People talk.

TQ: No. The family owns all of it and intends to keep it. We would look for a partner for a new route, in southern Finland, but not before 2027.

SECOND OPINION

Annika Sjoberg, transport analyst at Baltic Routes Research, said the hybrid order had put the firm ahead of its rivals. "They will burn less fuel than anyone on the coast," she told HFM.

Lindqvarn Shipping runs eleven ferries and employs 240 people.
"""

NEWS = """Port of Visby opens new cruise berth

Published: 2 April 2024

The Port of Visby opened its new cruise berth on Monday. The harbour's director, Elin Dahlqvist, said the berth would take ships of up to 300 metres. "We expect forty calls this summer," she said.
"""

magazine = articles_fixture({"hfm_interview.txt": MAGAZINE, "visby_berth.txt": NEWS})


@pytest.mark.parametrize("question, words", [
    ("What did the managing director say the deckhands' two-day stoppage was really about?", "rest breaks"),
    ("How much battery capacity did the ferry firm fit to its night ferry?", "600 kilowatts"),
    ("Where might the ferry firm look for a partner for a new route?", "southern Finland"),
])
def test_an_answer_turn_answers_under_the_interviewee_s_name(magazine, question, words):
    answers(magazine, question, words, "Quarnstrom", lacking="TQ:")


def test_a_share_asked_of_what_a_turn_reports_is_the_figure_in_its_next_sentence(magazine):
    answers(magazine, "What share of the shipping group's turnover went with the customer that moved its parcels to a Danish rival?",
            "11 per cent")


def test_the_interview_day_of_the_intro_answers_when_the_magazine_met_him(magazine):
    answers(magazine, "When did the magazine sit down with the ferry firm's managing director?", "12 March")


def test_who_runs_the_firm_is_the_intro_s_person(magazine):
    answers(magazine, "Who is in charge of the Karlskrona ferry firm featured in the magazine interview?", "Quarnstrom")


def test_the_job_an_intro_says_someone_took_over_answers_who_holds_it(magazine):
    answers(magazine, "Who is the managing director of the ferry firm?", "Quarnstrom", lacking="Dahlqvist")
