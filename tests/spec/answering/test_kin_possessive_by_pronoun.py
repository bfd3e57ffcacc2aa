"""A person asked as "the JOB's TIE" ("the club chairwoman's daughter") is the one a later sentence
names after a possessive pronoun ("Her daughter, X, ...") once the article has named the job's holder,
as for "the daughter of the chairwoman". Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

# a village weekly
BOWLS = (
    "Bowls green flooded for second time this year\n\n"
    "Zenister Bowls Club's green was under water again on Sunday after the Lidden brook burst its banks.\n\n"
    "Club chairwoman Henrietta Volkov-Tamethor told members on Monday that the club would ask the parish for help.\n\n"
    "Her daughter, Saskia Volkov-Tamethor, who has kept the club's accounts for six years, said the repairs "
    "would cost more than the club held in reserve.\n\n"
    "The parish clerk, Lionel Brash, said the request would be heard in June.\n"
)

bowls = app_fixture("bowls.txt", BOWLS)


def test_the_chairwomans_daughter_is_named_after_her(bowls):
    answers(bowls, "what does the bowls club chairwoman's daughter do at the club", "accounts")


def test_a_tie_the_article_does_not_write_is_not_answered(bowls):
    declines(bowls, "What does the bowls club chairwoman's son do at the club?", lacking="accounts")


def test_the_hop_names_the_daughter(bowls):
    from bot.answering.kin_hops import kin_hop

    hop = kin_hop("what does the bowls club chairwoman's daughter do", bowls.corpus)
    assert hop is not None and hop.name == "Saskia Volkov-Tamethor" and hop.bridge.text.startswith("Her daughter")
