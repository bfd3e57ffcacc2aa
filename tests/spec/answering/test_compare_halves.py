"""A comparison without two named sides answers each half of the question with its own sentence: a
body's figure and what analysts expected, a view then and a view later, two figures set side by side
in one sentence, a figure before and after, said in the sentences after the one that points at it."""

import pytest

from bot.answering.question import analyse

EARNINGS = """Korvane profit falls short as orders dry up

OSTBY, March 12 (Reuters) - Korvane, the Ostby-based maker of industrial boilers, said on Thursday it would close a plant in the north after a weak first quarter.

Operating profit dropped 22% to 318 million marks in the January-March period, the company said in a statement.

Korvane lowered its outlook for the year and now expects sales to fall by 4% to 6%, against a previous forecast of flat sales.

Analysts had on average expected 402 million marks, according to a poll of eleven brokers.

The company's chief executive, Teodor Anselm, said the order book was "thin but not empty".
"""

CRITIC = """Ilse Varnhagen, stage designer, dies at 88

Ilse Varnhagen, whose bare wooden sets changed how a generation staged the classics, has died at 88.

Her first big production, in 1979, was booed on its opening night.

In 1986 the theatre critic Arvid Lenz wrote in a review that her sets were "a carpenter's joke" and that "no audience will sit through them twice".

Audiences did. Her production ran for four seasons and toured eleven countries.

In a 2011 radio interview, Lenz took it back.

"I was wrong about her, and I have been wrong in print ever since," he said.
"""

TRIAL = """Night-time inhaler slows asthma attacks in trial

A low-dose inhaler taken at night cut asthma attacks in children by about a third over two years, according to a trial published on Monday.

The study followed 640 children in four countries. Half used the inhaler every night and half used a dummy inhaler.

Children on the inhaler had an average of 1.8 attacks a year, compared with 2.7 attacks in the placebo group, the paper says.

The maker, Pellam Health, did not say what the inhaler would cost.
"""

BAKERY = """On Skerra, bread comes by air now

The ferry to Skerra has been out of service since January, and the island has felt every week of it.

Mairi Dunlop runs the island's bakery. She shows me her flour order for last month. "That's what it cost me to get a sack of flour over after the ferry stopped," she says. "Sixty-two pounds. Before, it was fourteen." She has stopped making cakes.

The council says a replacement boat will not arrive before next spring.
"""

@pytest.mark.parametrize("question", [
    "How did the critic's view of her sets change between 1986 and 2011?",
    "What did a sack of flour cost the baker before and after the ferry stopped?",
    "How did the two rival brokers' forecasts move over the year?",
])
def test_two_times_or_the_two_of_a_pair_make_a_comparison(question):
    assert analyse(question).kind == "compare"


@pytest.mark.parametrize("article, question, expected", [
    (EARNINGS, "How did Korvane's operating profit compare with what analysts had forecast?", ["318 million", "402 million"]),
    (CRITIC, "How did the critic's view of her sets change between 1986 and 2011?", ["carpenter's joke", "I was wrong"]),
    (TRIAL, "How many attacks did children have on the inhaler compared with the dummy inhaler?", ["1.8", "2.7"]),
    (BAKERY, "What did a sack of flour cost the baker before and after the ferry stopped?", ["Sixty-two", "fourteen"]),
])
def test_each_half_of_the_comparison_is_answered(app_over, article, question, expected):
    with app_over("story.txt", article) as app:
        answer = app.answer(question)
    assert not answer.abstained
    for fact in expected:
        assert fact in answer.text, (fact, answer.text)
