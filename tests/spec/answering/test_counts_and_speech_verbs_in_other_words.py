"""Questions that name what was said or counted in other words than the article: "what did she point
out" asks for her words (a speech verb the question list lacked); "how much did they shave off the
price" asks a change, not a level; "how many complaints did they file" is "lodged 85 complaints";
"put their names to the petition" is signing it; what owners "spent" is what the work "cost us"; and
"ten years to flower" counts years, not the flowers asked about. Every article is invented."""

from bot.answering.counting import after_numbers
from bot.answering.measures import only_a_change
from bot.answering.question import _speaker_phrase
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

HEARING = """Appeal hearing on cabins at Brackmoor Fell

The appeal was heard on 3 February.

The Council's landscape officer, Ms Ottilie Vantreese, accepted at the hearing that the cabins themselves would be modest.

She also pointed out that the shelter belt is largely of spruce, which is subject to a felling notice.

The appellant, Mr Corwin Ashgrove, said the cabins would bring visitors to the valley all year.
"""

GROWERS = """Growers lodge complaints over pest spraying

FRUIT growers in Tellamby yesterday called for emergency action after a beetle outbreak destroyed more than 200 pear trees.

Council member Mr Idris Vannock raised the issue at the council's weekly meeting.

He said growers had lodged at least 85 complaints with the council since September.

More than 30 rare marsh irises have been dug up and stolen from the Tellamby reserve, the warden said.

"Marsh irises can take up to ten years to flower from seed," she said.

Another stallholder, who gave his name only as Pa Kettering, lamented that he had paid fees to the council for eleven years.

The association's secretary disclosed that over 600 stallholders, most of them women, had signed a petition to the council.
"""

CAMPSITE = """Reviews: Hollin Beck campground

Dorian Fell: The new owners have put the riverside pitches up to $64 a night, which is more than the park down the road.

Reply from the owners: The price went up because the riverside pitches now have new power and water lines, which cost us more than $150,000 this spring. — Maud and Ansel Crickhowe, owners

Sefton Lyle: Two of my neighbours cut their pitch price by around 30% by booking in May.
"""

sites = articles_fixture({"brackmoor_appeal.txt": HEARING, "tellamby_growers.txt": GROWERS, "hollin_beck_reviews.txt": CAMPSITE})


def test_what_she_pointed_out_is_her_words(sites):
    answers(sites, "what did Ottilie Vantreese point out about the trees that screen the cabins", "felling notice")


def test_a_speaker_asked_by_title_and_surname_is_the_one_of_that_surname(sites):
    # the article writes "Ms Ottilie Vantreese" and "Mr Idris Vannock", never "Ms Vantreese" or "Mr Vannock"
    answers(sites, "what did Ms Vantreese say about the cabins", "felling notice", starting="Ottilie Vantreese")
    answers(sites, "what did Mr Vannock say about complaints", "85 complaints")


def test_pointing_out_admitting_and_revealing_name_the_speaker():
    for verb in ("point out", "admit", "reveal", "concede", "recall"):
        assert _speaker_phrase(f"What did Ottilie Vantreese {verb} about the trees?") == "Ottilie Vantreese", verb


def test_complaints_filed_are_complaints_lodged(sites):
    answers(sites, "how many complaints did growers file with the council since september", "85")


def test_names_put_to_a_petition_are_its_signatures(sites):
    answers(sites, "how many stallholders put their names to the petition", "600")


def test_what_owners_spent_is_what_it_cost_them(sites):
    answers(sites, "how much did the campground owners spend upgrading the riverside pitches", "150,000")


def test_a_count_of_years_is_no_count_of_the_flowers(sites):
    answers(sites, "how many marsh irises did the thieves take", "More than 30")


def test_the_words_after_a_number_end_at_the_next_phrase():
    assert after_numbers("Irises can take up to ten years to flower from seed.") == ["years"]
    assert after_numbers("More than 30 rare marsh irises were taken.") == ["rare", "marsh", "irises"]


def test_shaving_off_a_price_asks_the_change_not_the_level(sites):
    answers(sites, "how much did Sefton Lyle say his neighbours shaved off the pitch price", "30%", starting="Sefton Lyle")
    assert only_a_change("How much did he say they shaved off the price?", [object()]) is None
