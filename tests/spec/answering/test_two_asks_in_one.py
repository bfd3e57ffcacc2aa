"""Questions asking two figures at once, each given by its own sentence:

    How big a rise had the analyst pencilled in, and what range did the company forecast?
    How many were hurt according to the Fire Service at first, and how many in the end?
      (one name of two words, "Fire Service", is no pair of sides to compare)
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WRAP = """MARKETS: Helsinki shares flat; Pohjola Mills jumps

3 June 2026 | By Aino Laakso

The Helsinki benchmark index ended flat on Tuesday as gains in industrials offset weaker banks.

Pohjola Mills rose 8.2% to 14.10 euros after the flour maker forecast in a trading update that first-half operating profit would be between 18% and 22% higher than a year earlier.

The company credited lower energy prices and a new bakery contract in Tampere.

Sanna Virolainen, a food analyst at Karhu Securities, said the update was better than she had expected. "We had pencilled in a 10% rise. This changes the story for the second half," she said.
"""

FIRE = """Warehouse fire in Lahti; eleven hurt

LAHTI (FNS) — A fire tore through a furniture warehouse in Lahti on Monday night, injuring eleven people, the Fire Service said on Tuesday.

Earlier reports from the Fire Service had put the number of injured at seven. Three of the injured were taken to hospital in Helsinki.

Crews from four stations fought the blaze for six hours.
"""

wrap = app_fixture("helsinki_wrap.txt", WRAP)
fire = app_fixture("lahti_fire.txt", FIRE)


def test_the_second_ask_gets_its_own_sentence(wrap):
    answers(wrap, "How big a rise had the food analyst pencilled in, and what range did the company forecast?",
            "10%", "between 18% and 22%")


def test_a_two_word_name_is_not_two_sides(fire):
    answers(fire, "How many injured did the Fire Service report at first, and how many in the end?", "seven", "eleven")
