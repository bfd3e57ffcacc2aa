""""Where were the cattle theft suspects arrested" is answered by the spokesman's next sentence that says
where the arrests were made ("He said 11 suspects ... had been arrested in A and B"), not by the
minister's sentence that shares more of the story's words ("cattle theft") but tells no arrest: the act
a where-question asks is weighed up as a what-question's is. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RAIDS = """Police break up cattle theft ring

Police say they have broken up a gang that stole more than 400 cattle from farms in the north of the country over two years.

Interior Minister Dalia Okonkwo-Reyes told parliament on Thursday that cattle theft was costing farmers millions and that the government would not tolerate it.

"Those who steal a farmer's herd steal his livelihood," she said.

Police spokesman Inspector Joram Telesi said the gang had sold the animals at markets across the border.

He said 11 suspects, including two abattoir workers, had been arrested in Mbereni and Kasota on Tuesday.

The suspects will appear in court next week.
"""

raids = app_fixture("cattle_raids.txt", RAIDS)


def test_where_the_suspects_were_arrested_is_the_sentence_telling_the_arrests(raids):
    answers(raids, "where were the cattle theft suspects arrested", "Mbereni", lacking="parliament")


SUMMIT = """Ministers hold talks in Port Alder

The two foreign ministers held fresh talks in the harbour city of Port Alder on the sidelines of a regional trade summit.

They previously met in Greywick on March 4.
"""

summit = app_fixture("summit_talks.txt", SUMMIT)


def test_an_act_told_in_other_words_is_told_all_the_same(summit):
    # "held talks" is how the story says they met: the sentence saying it on the summit's sidelines answers
    answer = answers(summit, "In which city did the foreign ministers meet on the sidelines of the regional trade summit?", "Port Alder")
    assert answer.text.index("Port Alder") < answer.text.find("Greywick") or "Greywick" not in answer.text, answer.text
