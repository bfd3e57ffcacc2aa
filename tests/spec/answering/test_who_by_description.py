"""A who-question that describes the person by what they do or what they are ("which analyst
suggested ...", "who is negotiating for ...", "who led the study") is answered by the person the
article describes so, even where their sentence shares few words with the question."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

ARTICLE = """Brenmoor ferry operator cuts winter sailings as fuel costs bite

By Hal Ostrander | 14 November 2025

BRENMOOR, Nov 14 - The Brenmoor Ferry Company said on Friday it would cut a third of its winter sailings to the outer islands after fuel costs rose for the fourth quarter in a row.

The company's chief executive, Orla Fenwick, said the cuts were painful but temporary. "We will bring every sailing back in the spring," she said.

Analysts were divided. "The board keeps promising savings and keeps missing them, and shareholders are right to wonder whether anyone is steering the ship," said Piet Vandermolen, an analyst at Harbourline Capital, who rates the shares "sell".

Another analyst, Greta Solheim of Norvik Bank, was more positive. She said the cuts were overdue and that the new hybrid vessels would lower costs from 2027.

A study of island transport published last month found that winter cancellations had doubled since 2020. "Islanders are already cut off for days at a time," said Dr. Ramona Vintersol, a transport economist at the Institute for Coastal Communities in Dunmore and the study's lead author.

The island councils have asked the regional government to step in. Cllr Bertil Haugland, who represents the northern islands, said the cuts would leave schoolchildren stranded. "Our children cannot row to school," he said.

Fuel makes up about 40% of the company's costs, up from 25% in 2021, according to its annual report. The company carried 1.2 million passengers last year.

The outer islands depend on the ferry for food, fuel and medical visits. The regional health board said it would charter a boat for urgent hospital appointments during the winter.

Tourism operators on the islands said the timing was poor. Bookings for the Christmas markets on Skarra were already down by a fifth, said the islands' tourism board.

The cuts will start on December 1 and last until the end of March, the company said. Tickets already sold for cancelled sailings will be refunded in full.

The company's shares fell 4% in Brenmoor trading on Friday.

The crews' union said it would meet the company next week. "We will not accept a single job loss," said Dagny Rostad, the union's chief negotiator.
"""


app = app_fixture("ferry_cuts.txt", ARTICLE)


def test_which_role_did_a_deed_names_the_person_so_described(app):
    answer = answers(app, "Which analyst suggested the ferry operator's board may have lost control of demand for winter sailings?", "Vandermolen")
    assert "Fenwick" not in answer.text, answer.text


test_answers = table(answers, [
    ask("app", "Who is negotiating on behalf of the crews in the ferry dispute over winter sailings?", "Rostad",
        id="a_negotiator_answers_who_is_negotiating"),
    ask("app", "Who led the research on winter sailings to the outer islands?", "Vintersol",
        id="a_lead_author_answers_who_led_the_study"),
    ask("app", "Which councillor said schoolchildren would be stranded?", "Haugland",
        id="an_abbreviated_title_describes_the_person"),
])


def test_which_role_verb_question_has_the_role_not_a_later_clause_as_its_person():
    from bot.answering.question import analyse

    q = analyse("Which analyst suggested management may have lost control of demand?")
    assert q.role_head == "analyst" and q.speaker_phrase is None, q
    q = analyse("Which official did the minister blame?")
    assert q.speaker_phrase == "the minister", q
