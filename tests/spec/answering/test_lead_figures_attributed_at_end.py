"""A lead's figure attributed at its end ("..., police have revealed.", "..., according to the
weather service."): a sum in a currency printed as one capital letter ("R2.4 million"), asked for
"altogether" where the lead says "a total of"; a measure of a thing between two days ("between Feb.
3 and Feb. 5"), whose days count nothing. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

CARDS = """Shoppers lose R2.4m to card cloning

POLOKWANE - At least 41 shoppers have lost a total of about R2.4 million in the past month after fraudsters cloned their bank cards at fuel stations, police have revealed.

One of the victims, Ms Palesa Mokoena, a nurse at a clinic in Seshego, said she lost R18 000, her whole bonus, on the night of March 2.

Police spokesperson Colonel Thabo Ramaphakela said two men had been arrested.
"""

SNOW = """Valley digs out after three-day storm

GANDER, N.L. - Crews were still clearing side roads on Friday after the storm dropped 64 centimetres of snow on the valley between Feb. 3 and Feb. 5, according to the regional weather service.

Mayor Glenda Pittman said the town had spent its whole snow budget for the winter.
"""

two = articles_fixture({"cards.txt": CARDS, "snow.txt": SNOW})


def test_a_total_in_a_one_letter_currency_is_the_sum_asked_altogether(two):
    answers(two, "how much money have card cloning victims lost altogether", "R2.4 million")


def test_the_days_of_a_measure_count_nothing(two):
    answers(two, "how much snow did the february storm drop on the valley", "64 centimetres")
