"""A who-question is answered by a sentence that names someone of the kind asked: a title's short
form ("Adv.", "Cllr.") does not end the sentence before the name, a role's sentence brings the one
naming its holder ("appointed Ann Roe as its harbour master"), and a transcript header's organisation in brackets ("Ann Roe (Staffside)   6:02")
says whom the speaker speaks for (shown only when asked). Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

BULLETIN = """Members' Bulletin No. 7 - Hollowmere Foods strike ballot result
14 April 2025

The secret ballot of our members at Hollowmere Foods has been counted. The count took place at the district office in Farrowdale yesterday under the eye of the independent returning officer, Adv. Tembeka Mahlaba of Mahlaba Ballot Services. 812 members voted for strike action and 96 against.

The branch committee will meet on Friday to set dates.
"""

COUNCIL = """Quorn Vale parish council minutes, 3 June 2024

Present: six members. The inquiry into the pavilion lease was chaired by Cllr. Osric Pellinore of the finance committee. The lease will be offered again in September.
"""

NEWS = """Tarrant Bay harbour to dredge channel

TARRANT BAY, 2 May 2025 - The harbour board appointed Ysolde Marchbank as its harbour master in March. The harbour master said on Thursday that dredging of the main channel would start in June and cost about 240,000 pounds.

Fishermen have complained for two years that boats run aground at low tide.
"""

CLUB = """Rovers pick new coach

Dunmore Rovers named Kasimir Adeyinka as the club's head coach on Monday after a month-long search. The head coach told supporters at the clubhouse that the squad would train at Lisgard Park from July.
"""

TEAMS = """Brockwell depot pay talks-20250211_100312-Meeting Recording
February 11, 2025, 10:03AM
41m 02s

Thorncastle, Imelda (Brockwell BC)   0:04
Morning all. We have the pay offer from the council and I will go through it.

Gideon Fairweather-Lusk (Staffside)   3:12
Our members will not accept a two per cent offer while agency staff are paid more.

Thorncastle, Imelda (Brockwell BC)   6:40
The offer stands until the end of the month.
"""

OTTER = """Pellworth Housing Forum - transcript
Recorded 9 Oct 2024, 6:30PM

Marisol Quenby (Pellworth Tenants Union)  00:01:15
The damp survey found mould in 140 flats and nobody has been to fix them.

Ranulph Dorrington (Pellworth Homes)  00:04:02
We will have a contractor in every one of those flats by Christmas.

Marisol Quenby (Pellworth Tenants Union)  00:06:40
Tenants have heard that promise before.
"""

pages = articles_fixture({"hollowmere.txt": BULLETIN, "quorn.txt": COUNCIL, "tarrant.txt": NEWS, "rovers.txt": CLUB,
                          "brockwell.txt": TEAMS, "pellworth.txt": OTTER})


def test_a_title_short_form_does_not_end_the_sentence_before_the_name(pages):
    answers(pages, "Who was the independent returning officer for the Hollowmere Foods strike ballot?",
            "returning officer, Adv. Tembeka Mahlaba")


def test_a_councillors_short_title_does_not_end_the_sentence_either(pages):
    answers(pages, "Who chaired the inquiry into the pavilion lease?", "by Cllr. Osric Pellinore")


def test_a_role_sentence_brings_the_previous_sentence_naming_its_holder(pages):
    answers(pages, "Who said dredging of the main channel would start in June?", "Ysolde Marchbank", "dredging")


def test_a_role_named_as_a_verbs_object_in_another_style(pages):
    answers(pages, "Who told supporters the squad would train at Lisgard Park?", "Kasimir Adeyinka", "Lisgard Park")


def test_the_organisation_a_transcript_header_gives_answers_which_council_a_speaker_is_from(pages):
    answers(pages, "Which council is Imelda Thorncastle from?", "Imelda Thorncastle (Brockwell BC)")


def test_whom_a_speaker_works_for_is_the_headers_organisation(pages):
    answers(pages, "Who does Imelda Thorncastle work for?", "(Brockwell BC)")


def test_a_question_about_what_was_said_shows_the_name_alone(pages):
    answers(pages, "What did Marisol Quenby say about the damp survey?", "mould in 140 flats", lacking="Tenants Union")


def test_the_union_a_transcript_header_gives_in_another_export(pages):
    answers(pages, "Which union is Marisol Quenby from?", "Pellworth Tenants Union")


def test_the_organisation_of_the_other_speaker(pages):
    answers(pages, "Which organisation does Ranulph Dorrington speak for?", "Pellworth Homes")
