""""By how much did the estimate for the hall roof rise?" in a newsletter whose letter names the roof
in one paragraph and gives "The new estimate is X, up from Y." in another: that sentence answers,
though it does not repeat what the estimate is for. "What did the surveyor discover": the letter's
"she found that things are worse than ...", and the sentences after it that say what she found.
Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


NEWSLETTER = """PARISH OF ST BRANNOC, HALLOWAY
Weekly Newsletter

Sunday 15th March 2026 · Fourth Sunday of Lent

FROM THE PARISH PRIEST

Dear friends,

Some of you will have noticed the buckets in the parish hall. I want to tell you where we are with the hall roof.

When the surveyor came on Wednesday she found that things are worse than the insurers told us in the spring. It is not just the gutters. The lead flashing has failed along the whole south side, and she has advised that the hall should not be let for dances until it is fixed.

The new estimate is £96,500, up from £71,000. I would rather tell you now than in the autumn.

God bless,
Fr Piran

HALL FUND
Raised to date: £23,410 (thank you!)
Target: £96,500

LOTTO
No winner of this week's jackpot of £2,300. Next week's jackpot £2,400.
"""

newsletter = app_fixture("st_brannoc_news.txt", NEWSLETTER)


test_answers = table(answers, [
    ask("newsletter", "by how much did the estimate for the halloway hall roof rise", "96,500", "71,000",
        id="new_figure_up_from_the_old_answers_by_how_much_it_rose"),
    ask("newsletter", "what did the surveyor discover when she inspected the halloway hall roof", "found that", "lead flashing",
        id="a_finding_in_general_words_brings_the_sentences_telling_it"),
])
