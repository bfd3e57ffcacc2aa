"""A pasted wiki page keeps its footnote marks ("... in 2022.[2] An audit in 2019 ..."): a mark is no amount, so a
"how much" question is not answered by a sentence whose only number is its mark; a count beside a
mark still answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

WIKI = """Brennvik Tunnel

From Wikipedia, the free encyclopedia

The Brennvik Tunnel is a road tunnel in western Norway. It opened in 1989.[1]

History

The tunnel, 2,310 metres long, carried about 4,100 vehicles a day in 2022.[2] An inspection report in 2019 rated the lining as "worn but safe" and recommended resurfacing before 2026.[3]

The county closed the tunnel for a week of cleaning on 4 March 2024.[4]
"""

wiki = app_fixture("wiki.txt", WIKI)

test_declines = table(declines, [
    ask("wiki", "How much was the resurfacing work recommended in 2019 expected to cost?", id="a_mark_is_no_sum"),
])

test_answers = table(answers, [
    ask("wiki", "How many vehicles a day did the Brennvik Tunnel carry in 2022?", "4,100", id="a_count_beside_a_mark_answers"),
])
