"""A second article is cited only when it covers some of the question the first does not: a
sentence of another story that holds none of the question's names, and no word of the question its
own story adds, is a coincidence of words ("pupils", "school"), not evidence."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

SCHOOL = """Board votes to close Fernbridge Primary

The Ostrey school board voted 5-2 on Tuesday to close Fernbridge Primary at the end of the school year.

The superintendent, Dolores Akintola-Reyes, said Fernbridge's 140 students would be split between Hollins and Brackley primary schools, both within three miles, and that no teacher would lose a job.

Board member Yusuf Temperley, who voted against, said the district had not looked hard enough for grants.
"""

TUNNEL = """Mossvik tunnel reopens after two years

The Mossvik road tunnel reopened on Friday after two years of repairs, the municipality said.

Traffic through the village fell by half while the tunnel was shut, and several families moved away. The municipality's school enrolment figures for the same period show a drop of 31 pupils.

Local shop owner Brita Hallan said business was returning.
"""

two = articles_fixture({"school.txt": SCHOOL, "tunnel.txt": TUNNEL})


def test_a_figure_of_another_story_sharing_only_common_words_is_not_cited(two):
    answer = answers(two, "How many Fernbridge pupils will be moved to other schools?", "140", lacking="31 pupils")
    assert {c.article_id for c in answer.citations} == {"school.txt"}, answer.text
