"""A question describes a person or body by what the article tells in other words: "the teenager who
scored the late winner" / "K scored his first goal deep into stoppage time"; "the company that will
build and run the line" / "The line will be built and operated by X". No sentence holds enough of
the description's words, so the one nearest it in meaning names who is meant; a description the
article does not tell names no one."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

MATCH = """Harriers edge Millbrook in stoppage time

Harriers 2 Millbrook 1

Seventeen-year-old Tomasz Adeyemi-Roe scored his first senior goal in the fourth minute of added time to send the Harriers top of the table.

Millbrook had levelled through a penalty by Dara Quillfeather after the break, and their manager Hollis Brandt complained about the referee.

Adeyemi-Roe, who joined the Harriers' youth set-up from a Sunday league side in Elsworth aged 12, said he had not expected to play.

The Harriers host Calder Vale on Saturday.
"""

RELEASE = """Tidewater ferry link to be built by island co-operative

PORT AVERY, 2 April 2026 /Release/ - The provincial transport office today confirmed funding of 84 million dollars for a new vehicle ferry link between Port Avery and Keelstone Island.

The ferry terminal will be designed, built and operated by Skerrylane Maritime Ltd., a co-operative owned by the island's two fishing associations.

Construction is expected to start in the autumn.

"This is the islanders' own boat," said Ingrid Solberg-Achebe, chief executive of Skerrylane Maritime Ltd.

Media contact: press office, provincial transport office
"""

match = app_fixture("harriers_millbrook.txt", MATCH)
release = app_fixture("tidewater_ferry.txt", RELEASE)


def test_the_teenager_who_scored_the_late_winner_is_named_by_the_goal_in_other_words(match):
    answers(match, "What sort of team did the teenager who scored the late winner play for before the youth set-up?",
            "Sunday league")


def test_the_company_that_will_build_and_run_it_is_named_by_the_passive(release):
    answers(release, "Who heads the company that will build and run the ferry terminal?", "Solberg-Achebe")


def test_a_description_the_article_never_tells_names_no_one(match):
    answer = match.answer("Where did the goalkeeper who saved two penalties grow up?")
    assert answer.standalone_question is None and "Adeyemi-Roe" not in answer.text, answer.text


HANSARD = """Legislative Assembly — Questions without notice — 14 May 2025

Ms VANTERPOOL (Minister for Water) (10:12): I thank the member for the question. I also make this point: the member for Corrabee North sat in a cabinet that cut the river fund by a third in 2019, and he has never explained why.

Mr DUNSTABLE (Corrabee North) (10:14): That is a disgrace.

The SPEAKER: The member for Corrabee North will cease interjecting.
"""

hansard = app_fixture("assembly_questions.txt", HANSARD)


def test_a_body_described_inside_the_question_is_no_hop(hansard):
    answer = hansard.answer("Who accused an opposition member of sitting in a cabinet that slashed river funding?")
    assert answer.standalone_question is None, answer.standalone_question
