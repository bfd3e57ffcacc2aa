"""A person asked by a family tie to someone named by a job ("the mother of the goalkeeper") is the one
a later sentence names after a possessive pronoun ("Her mother, X, said ...") once the article has
named the job's holder ("The goalkeeper, Y, ..."). Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

# a school sports site
SPORTS = (
    "Eastbrook keeper cleared to play after scan\n\n"
    "By Oswin Quent, Staff Writer\n\n"
    "The Eastbrook girls soccer team will have its first-choice goalkeeper for Saturday's county final after "
    "a scan showed no fracture.\n\n"
    "The goalkeeper, Wrenna Halloway, hurt her wrist in Tuesday's semi-final when she dived at a forward's feet.\n\n"
    "Her mother, Dorothea Halloway, said the family had waited six hours for the scan. \"She never once "
    "asked to come off,\" she said.\n\n"
    "Coach Anselm Rydberg said he expected her to start.\n"
)

# a regional paper's court report
COURT = (
    "Student fined over harbour wall climb\n\n"
    "A student who climbed the harbour wall at Port Merrow during a storm was fined £200 by magistrates on "
    "Monday.\n\n"
    "The student, Tobiah Fennick, 20, admitted a public order offence.\n\n"
    "His father, Lucan Fennick, told the court his son had been \"foolish, not malicious\".\n\n"
    "The chair of the bench, Mrs Veronike Stallard, said the climb had put rescuers at risk.\n"
)

sports = app_fixture("keeper.txt", SPORTS)
court = app_fixture("court.txt", COURT)


def test_the_mother_of_the_goalkeeper_is_named_after_her(sports):
    answers(sports, "who is the mother of the goalkeeper in the eastbrook final story", "Dorothea")


def test_the_father_of_the_student_is_named_after_his(court):
    answers(court, "Who is the father of the student fined over the harbour wall climb?", "Lucan")


def test_a_tie_the_article_does_not_write_is_not_answered(court):
    declines(court, "Who is the mother of the student fined over the harbour wall climb?", lacking="Lucan")


def test_the_hop_names_the_tie_told_by_the_pronoun(sports, court):
    from bot.answering.kin_hops import kin_hop

    hop = kin_hop("who is the mother of the goalkeeper at the centre of the eastbrook injury scare", sports.corpus)
    assert hop is not None and hop.name == "Dorothea Halloway" and hop.bridge.text.startswith("Her mother")
    hop = kin_hop("what did the father of the student say in court", court.corpus)
    assert hop is not None and hop.name == "Lucan Fennick"
    assert kin_hop("what did the mother of the student say in court", court.corpus) is None
