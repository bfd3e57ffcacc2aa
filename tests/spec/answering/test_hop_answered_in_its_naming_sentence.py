"""A relative-clause hop whose answer is in the very sentence that names the described person
("the councillor who represents the ward" / "Councillor X, who represents the ward, said she had
received more than 90 letters"): the rewritten question has lost the clause's words, and that
sentence falls below the score floor; asked again with the clause kept beside the name, it answers.
A question whose rest that sentence does not tell is still declined."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, declines

FERRY = """Islanders protest plan to cut the Tollan ferry to three crossings a day

Residents of Inchbrack say they will lose their jobs on the mainland if the operator goes ahead with plans to cut crossings on the Tollan route from six a day to three.

"We have run the route at a loss for years," said the operator's manager, Odhran Pettifer.

Regional councillor Marisa Quenby, who represents the island, said she had received more than 90 letters since the timetable was posted at the pier last week.

The ferry's last timetable change was in 2019.
"""

LIBRARY = """Branch library hours cut; patrons object

The county plans to open the Orlin Street branch library on three days a week instead of five, starting in March.

Trustee Benedikt Aarvold, who chairs the finance committee, said the board had counted 412 signatures on a petition against the change by Friday.

A county spokesperson said the savings would pay for a mobile library.
"""

stories = articles_fixture({"ferry.txt": FERRY, "library.txt": LIBRARY})


def test_a_count_told_in_the_sentence_naming_the_described_councillor(stories):
    answers(stories, "how many letters has the councillor who represents the island had about the ferry cuts", "90")


def test_a_count_told_in_the_sentence_naming_the_described_trustee(stories):
    answers(stories, "how many signatures did the trustee who chairs the finance committee say the petition had", "412")


def test_the_naming_sentence_does_not_answer_what_it_does_not_tell(stories):
    declines(stories, "how many emails has the councillor who represents the island had about the ferry fares")


def test_the_naming_sentence_does_not_count_for_a_topic_its_story_never_tells(stories):
    declines(stories, "how many letters has the councillor who represents the island had about the hospital closure")
