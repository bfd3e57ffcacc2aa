"""Two people whose surnames overlap: a double-barrelled surname whose second half is another
person's whole surname. A bare surname in a quote line is the person of that whole surname; a
who-answer citing such a line says which person it is (the given name the line leaves out); "the
manager who shares part of X's name" is the other person of X's article whose surname holds a half
of X's."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CLUB_NOTES = """HOLLOW CREEK FC
Club news

Coach Imogen Farrow-Quill spoke to the media after training on Thursday. Here is what she had to say.

On the derby:
We have trained on a heavy pitch all week and the players know what is coming.

On Ulvaby Rovers coach Declan Quill's comments:
Speaking to Riverside Radio on Wednesday, Quill said the derby would be "won in the tunnel" and that Hollow Creek "will not like the mud".

Declan is a decent man, but we will see on Sunday.
"""

WIRE = """Island council splits over ferry subsidy

MONTEVERDE (Harbour Wire) - Mayor Mariana Soto-Arriaga defended the ferry subsidy at a council session on Tuesday.

Soto-Arriaga said the contract with the operator would be reviewed after a year.

Opposition councillor Ernesto Arriaga, who is not related to the mayor, gave an interview to Radio Faro afterwards. Arriaga said the council should have put the island route out to public tender.
"""

club = app_fixture("club.txt", CLUB_NOTES)
wire = app_fixture("wire.txt", WIRE)


def test_a_who_answer_names_the_person_a_bare_surname_means(club):
    answers(club, "Which opposing coach predicted that Hollow Creek would not like the mud?", "Declan Quill")


def test_a_who_answer_names_the_person_a_bare_surname_means_in_a_wire_story(wire):
    answers(wire, "Which councillor said the island route should have gone out to public tender?", "Ernesto Arriaga")


def test_the_one_who_shares_part_of_a_double_barrelled_name(club):
    answers(club, "Which radio station did the coach who shares part of Farrow-Quill's name speak to?", "Riverside Radio")


def test_the_one_who_shares_part_of_a_name_in_a_wire_story(wire):
    answers(wire, "Which radio station did the councillor who shares part of Soto-Arriaga's name talk to?", "Radio Faro")
