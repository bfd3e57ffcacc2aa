"""'Who is the president of the X group?', 'Which village chief ...?': a role whose body the article
names in full a paragraph before ("Association president Y" after "The Tamsin Eel Fishers
Association has written ..."), or by its country's own word for the place ("Barangay X chairman"
for "village chief"); a nickname in quotation marks inside the name is no part of it. The
article is invented."""

from tests.spec.answering.apps import app_fixture

ARTICLE = """Eel fishers count the cost of river closure

Published 12 June 2025

Eel fishing on the Tamsin River has been closed since May 30 after a chemical spill upstream.

Third-generation fisher Ona Velasquez said the 20 families on the river had lost a month's income.

The Tamsin Eel Fishers Association has written to the regional fisheries office, asking for the closure to be reviewed.

Association president Desmond Arkwright said it was the second closure in three years.

Barangay Santo Rosal chairman Teodoro "Bong-Bong" Malakas disputed the spill explanation, saying residents had seen dead eels before the spill.

The fisheries office said the first water samples had come back clear.
"""

app = app_fixture("eels.txt", ARTICLE)


def test_a_body_s_role_is_found_through_the_body_named_before(app):
    answer = app.answer("Who is the president of the eel fishers' group on the river?")
    assert not answer.abstained and "Arkwright" in answer.text, answer.text


def test_a_village_chief_is_the_barangay_chairman(app):
    answer = app.answer("Which village chief disputed the spill explanation?")
    assert not answer.abstained and "Malakas" in answer.text, answer.text


def test_a_word_counted_by_a_number_is_no_job():
    from index.article_people import read_people

    text = ('Farmer Nils "Sonny" Oberg, who runs about 300 head of sheep near Tarnby, said the road was shut. '
            "Oberg said it again.")
    (p,) = [p for p in read_people(text) if p.surname == "Oberg"]
    assert "head" not in p.terms and "farmer" in p.terms, p.terms
