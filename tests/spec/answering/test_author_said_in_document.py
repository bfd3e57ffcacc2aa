"""Who signed (wrote, issued) a document: the person who "said in a ruling dated ..." or "wrote in the
letter" is its author, above sentences that only share the document's noun ("Since the ruling, ...").
Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

# a sports site's story: a ruling's author told by "said in a ruling dated"
RINK = (
    "Quorlby Curlews docked four points over late registration\n\n"
    "By Senna Quillfeather, Staff Writer\nPosted Tue, Mar 3, 2026\n\n"
    "GLENMOOR — Four points have been taken from the Quorlby Curlews junior hockey team because a goalie "
    "iced for them while his registration was still pending; the Curlews slide from second to fifth.\n\n"
    "League registrar Ottoline Farrish said in a ruling dated Feb. 27 that the deadline \"applies to every "
    "club equally.\"\n\n"
    "Since the ruling, the Quorlby Curlews have lost home ice for the playoffs; several coaches said they "
    "could now travel instead.\n\n"
    "Club president Dario Vennick said the Curlews would not appeal.\n"
)

# a council bulletin: a letter's author told by "wrote in a letter"
BULLETIN = (
    "Skelbrook Parish Bulletin — April\n\n"
    "Footpath closure at Mill Lane\n\n"
    "The footpath along Mill Lane will stay closed until the summer after a landslip in March.\n\n"
    "The county's rights of way officer, Beatrix Oldcorn, wrote in a letter to the parish clerk that the bank "
    "had to be surveyed before any repair.\n\n"
    "After the letter, walkers were asked to use the field path instead.\n\n"
    "Parish chair Lionel Sprake said the council would press for an early date.\n"
)

rink = app_fixture("rink.txt", RINK)
bulletin = app_fixture("bulletin.txt", BULLETIN)


def test_the_one_who_said_in_the_ruling_signed_it(rink):
    answers(rink, "who signed the registration ruling against the quorlby otters", "Farrish")


def test_the_one_who_wrote_in_the_letter_signed_it(bulletin):
    answers(bulletin, "Who signed the letter to the parish clerk?", "Oldcorn")
