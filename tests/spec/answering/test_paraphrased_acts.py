"""What-questions whose act or stance the article words otherwise (index/vocabulary.yaml
`paraphrases`): "put on the table" / "offered", "asking for" / "wanted", "stance" / "has not taken
a position", "thrown out" / "rejected". The answer's sentence has none of the question's words for
the act; sentences around it have more of the question's other words."""

import pytest

from bot.answering.paraphrase import has_phrase, paraphrases_in, words_of
from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Harbour pilots' strike enters second week

VALMERE, May 12 (Reuters) - A strike by harbour pilots at the port of Valmere entered its second week on Monday, with more than 30 ships waiting at anchor.

The pilots' union said its members wanted a 9% pay rise and a cap of ten hours on every shift.

The Valmere Port Authority said it had offered a 4% rise over two years and a review of shift lengths by an independent panel.

"We have moved as far as we can," said the port authority's director, Ines Marchetti. Talks between the port authority and the striking pilots are due to resume on Thursday.

Shipping agents said the strike by the pilots was costing the port about 2 million euros a day.
"""

LOCAL = """Bakers walk out at Greystone plant

By Tomasz Reiner | Greystone Gazette | 3 February 2025

Bakers at the Greystone bread plant stopped work on Saturday morning, the first strike at the site in thirty years.

Their shop steward, Carla Nwosu, said the bakers were demanding that night shifts be paid at double time, as they were until last year.

Management has proposed a night premium of 25% and a one-off payment of £300 to every baker, plant manager Owen Hale said.

The striking bakers' union will meet the management of the Greystone plant again on Tuesday, when the strike reaches its fourth day.
"""

LETTERS = """Letters to the editor

Sir, as a retired surveyor I have watched the row over the Holm Ridge quarry extension with growing alarm. The Holm Ridge quarry extension would bring lorries through three villages and the parish council should say so. - Dr Felix Ambrose, Thornby

Sir, for the record, the parish council has not taken a position on the quarry extension, whatever your readers may have heard. We will hold a public meeting on 4 March. - Agnes Poole, chair, Thornby Parish Council
"""

wire = app_fixture("valmere_pilots.txt", WIRE)
local = app_fixture("greystone_bakers.txt", LOCAL)
letters = app_fixture("holm_ridge_letters.txt", LETTERS)


@pytest.mark.parametrize("question", [
    "What has the port authority put on the table for the striking pilots?",
    "What is the port authority putting on the table in the pilots' strike?",
])
def test_an_offer_put_on_the_table_is_answered_where_the_article_says_offered(wire, question):
    answers(wire, question, "4% rise")


@pytest.mark.parametrize("question", [
    "What are the striking pilots asking for?",
    "What is the pilots' union asking for in the strike at the port?",
])
def test_what_strikers_ask_for_is_answered_where_the_article_says_wanted(wire, question):
    answers(wire, question, "9% pay rise")


def test_an_offer_is_answered_where_a_local_paper_says_proposed(local):
    answers(local, "What has management put on the table for the striking bakers at the Greystone plant?", "25%")


def test_a_stance_is_answered_by_not_having_taken_a_position(letters):
    answers(letters, "What is the parish council's stance on the Holm Ridge quarry extension?",
            "has not taken a position")


@pytest.mark.parametrize("question, group", [
    ("What have the employers put on the table?", "offer"),
    ("What are the striking nurses asking for?", "want"),
    ("What is the club's stance on the stadium?", "position"),
    ("Why is the sponsor pulling its money?", "not renew"),
    ("What did the candidate blame for so many ballots being thrown out?", "reject"),
    ("What did the minister pledge in the budget?", "promise"),
])
def test_a_questions_words_for_an_act_bring_the_other_ways_to_say_it(question, group):
    assert any(words_of(group) in p.others for p in paraphrases_in(question))


@pytest.mark.parametrize("question", [
    "Which board member wanted to keep the fees where they were?",
    "Who asked to speak first at the meeting?",
])
def test_a_wish_to_do_something_is_no_demand(question):
    # "wanted to keep" is answered by who wanted it, not by whoever "asked the board for" something.
    assert not any(words_of("ask for") in p.others or words_of("want") in p.others for p in paraphrases_in(question))


def test_the_phrases_terms_are_the_questions_own_index_terms():
    # "thrown" is what the index holds for the question's word, not "throw".
    (thrown,) = [p for p in paraphrases_in("Why were so many ballots thrown out?") if words_of("reject") in p.others]
    assert set(thrown.terms) <= set(analyse("Why were so many ballots thrown out?").terms) | {"out"}
    assert "thrown" in thrown.terms


def test_a_question_without_such_words_has_no_paraphrases():
    assert paraphrases_in("Who is the chief executive of the bank?") == ()


@pytest.mark.parametrize("phrase, text, found", [
    ("not renew", "The company would not renew its support.", True),
    ("not renew", "The company would not immediately renew the deal.", True),
    ("not renew", "The company will renew its support, not cut it.", False),
    ("put on the table", "The employers put a new offer on the table.", True),
    ("pull out", "The investors pulled out in March.", True),
    ("ask for", "She asked whether the council would pay for it.", False),
])
def test_a_phrase_is_found_in_order_with_a_few_words_between(phrase, text, found):
    assert has_phrase(words_of(phrase), words_of(text)) is found


@pytest.mark.parametrize("question, speaker", [
    ("What verdict did the fact-checkers reach on the mayor's crash claim?", "the fact-checkers"),
    ("What conclusion did the inspectors come to about the landlord's repair claim?", "the inspectors"),
    ("What did the minister for trade say about the tariff?", "the minister for trade"),
    ("What did the head of the launch centre say?", "the head of the launch centre"),
])
def test_a_noun_like_claim_after_the_verb_does_not_end_the_speaker_phrase(question, speaker):
    assert analyse(question).speaker_phrase == speaker
