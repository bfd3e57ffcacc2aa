"""A count spelled out above twelve ("forty sailings", "Seventeen households", "forty-two") answers a how-many
question as a figure does: the best sentence is not weighed down as holding no amount, and the
question is answered, not declined. Articles invented, in two styles: a news report's quote and a
council's minutes."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DREDGING = """Dredging of Pellow Cove to start in spring

Published 9 April 2026

The Pellow Cove harbour board and the county council will together spend 4.2 million pounds on dredging the silted channel, the board said on Tuesday.

Harbourmaster Oriel Vantongeren said the work would let the ferry run at low tide again. "The ferry has missed forty sailings since January because of the silt," she said.
"""

MINUTES = """Minutes of the Amberleigh Parish Council meeting, 3 February 2026

Item 4. Home insulation grant

Seventeen households have applied for the insulation grant so far, the clerk reported. Councillor Brannagh Oyelaran asked that the closing date be advertised again in the newsletter.

Item 5. Any other business

None.
"""

cove = app_fixture("cove.txt", DREDGING)
parish = app_fixture("parish.txt", MINUTES)


def test_a_count_in_words_in_a_quote_answers(cove):
    answers(cove, "How many sailings has the ferry missed since January?", "forty")


def test_a_teen_count_in_words_in_minutes_answers(parish):
    answers(parish, "How many households have applied for the insulation grant?", "Seventeen")
