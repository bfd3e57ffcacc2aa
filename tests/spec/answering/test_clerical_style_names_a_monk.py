"""A clerical style before a name says the job: "Ven. X Thera" (a Buddhist monk's style) is a monk,
so "Which monk wrote to the Ministry of Housing?" finds him, not another speaker of the story whose sentence
shares more of the question's words. The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE UPCOUNTRY TRIBUNE
News | Provincial

Landslide villagers still in temple hall

Saturday, 6 June 2026
By Nimal Ekanayake

BADULLA, June 5: About 60 families remain in a temple hall a month after a landslide buried their homes.

Tharushi Wickrama, a geologist with the disaster office who is not related to any of the families, said the families had written to the ministry twice about the cracks in the slope, and that repairs would cost about Rs. 9 million.

In a letter dated May 30, the chief incumbent of the Pahala Vihara, Ven. Ambagala Sumedha Thera, asked the Ministry of Housing to move the families, warning that "the hall is no home for children."
"""

daily = app_fixture("daily.txt", DAILY)


def test_a_venerable_is_a_monk(daily):
    answers(daily, "Which monk wrote to the Ministry of Housing?", "Sumedha", lacking="Wickrama")
