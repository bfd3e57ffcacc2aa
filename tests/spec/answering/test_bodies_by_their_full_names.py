"""A body or official asked about by words the article gives them elsewhere:

- "the small ranchers": the "Federation of Small Ranchers of the Upper Tapirá (Fepart)" speaks as
  "Fepart requests that ..."; the short name's statement carries the full name's words, and a
  statement by someone described by all the role's words ("the president of the Federation of
  Small Ranchers") is theirs.
- "the Tapirá livestock secretary": "the departmental Secretary of Livestock", in an article set in
  Tapirá, names no other body: the place is the article's to hold.
- "Lowmoor's manager": "De Wolff was furious that the goal stood, claiming ..." is his claim, though
  the claim is a participle far from his name.
"""

import pytest

from tests.spec.answering.asks import answers

WIRE = """Asunción, 9 mar (EFE).- At least 800 cattle-raising families in the municipality of Villa Serrano, in the northern department of Tapirá, lost animals to the drought, the mayor of the town, Rosa Elena Benítez Ayala, informed this Monday.

The president of the Federation of Small Ranchers of the Upper Tapirá (Fepart), Aníbal Ramón Sosa Ibáñez, assured that the losses would be felt for years.

Fepart estimates the losses at some 9,000 million guaraníes and requests that the Ministry of Livestock open a fund for emergency feed with three years of grace.

For its part, the departmental Secretary of Livestock, Carlos Daniel Vera Ortiz, said in a statement that technicians had visited the area and that the department would deliver 2,000 bales of hay to the worst-hit farms.

The national Government has not yet pronounced itself on the request.
"""

REPORT = """Lowmoor Athletic slip to defeat after disputed winner

Brackenfield United 2-1 Lowmoor Athletic

A late goal from Sam Ettrick gave Brackenfield all three points and left Lowmoor manager Pieter de Wolff angry with the officials.

De Wolff was furious that the winning goal stood, claiming Ettrick had handled the ball before he shot.

Brackenfield's captain, Tom Rusk, said his side had deserved the win after a strong second half.
"""


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("drought_wire.txt", WIRE) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def report(app_over):
    with app_over("lowmoor_report.txt", REPORT) as whosaid:
        yield whosaid


def test_a_body_speaking_by_its_short_name_is_asked_about_by_its_full_name(wire):
    answers(wire, "What are the small ranchers asking the Ministry of Livestock to provide?", "emergency feed")


def test_a_role_whose_place_only_the_article_holds(wire):
    answers(wire, "What is the Tapirá livestock secretary offering the affected families?", "bales of hay")


def test_a_claim_in_a_participle_is_the_subjects(report):
    answers(report, "What did Lowmoor's manager say was wrong with the winning goal?", "handled the ball")


FIXTURE = """MATCH REPORT

Brackenfield United 2-1 Lowmoor Athletic
Kick-off: Sat 8 Feb 2025, 15:00 | Venue: Ashlow Lane | Attendance: 3,907

A late goal from Sam Ettrick gave Brackenfield all three points against Lowmoor.

Lowmoor's captain said his side had been the better team for an hour.
"""


@pytest.fixture(scope="module")
def details(app_over):
    with app_over("brackenfield_details.txt", FIXTURE) as whosaid:
        yield whosaid


def test_a_figure_in_a_labelled_header_field_answers_by_its_label_or_its_paraphrase(details):
    answers(details, "What was the crowd at Ashlow Lane for the Lowmoor game?", "3,907")
    answers(details, "What was the attendance at the Lowmoor game?", "3,907")


def test_a_labelled_figure_does_not_answer_another_question_on_its_noun(details):
    answer = details.answer("What was the crowd's mood after the Lowmoor game?")
    assert "3,907" not in answer.text, answer.text
