""""Where were the suspects picked up" asks where they were arrested: the sentence telling the
arrests, in the words of the arrest group, answers it, not one sharing the question's other words.
Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RUSTLING = """Stock theft wave hits southern farms

MASERU - Farmers in three southern districts have lost more than 400 cattle to stock theft since March, police said yesterday.

Police spokesperson Inspector Mpho Letsie said three suspects, among them two herders, had been arrested in Mafeteng and Quthing on Sunday and would appear in court today.

The Minister of Agriculture, Mr Teboho Ramokoena, told Parliament last week that stock theft suspects would face tougher sentences under a bill his ministry was drafting.
"""

rustling = app_fixture("rustling.txt", RUSTLING)


def test_where_the_suspects_were_picked_up_is_where_they_were_arrested(rustling):
    answers(rustling, "where were the stock theft suspects picked up", "Mafeteng and Quthing")
