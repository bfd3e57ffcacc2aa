"""A traditional leader a paper names by a title and one name ("Senior Chief Kaomba", "Group Village
Head Mtambo"), in a sentence with no speech verb, then "Speaking at his home on Sunday, he said ...":
the "he" is the leader (known by the title with the name), not the man quoted before him.

Every article here is invented.
"""

from datetime import date

from tests.spec.invented import day_of, statements_of, the_one

STORY = """Title: Borehole breakdown leaves villages dry
Date: 2027-05-12

Residents of four villages near Mwezi have been without clean water for a month after the only borehole broke down.

District water officer Limbani Chizumila said on Monday that spare parts had been ordered.

Group Village Head Kaomba, whose area covers two of the villages, bemoaned the situation. Speaking at his home on Sunday, he said the council had been warned in March that the pump was failing.

Senior Chief Nkhalamba, who attended a meeting in the area, was angry. Addressing villagers on Tuesday, he said the district had forgotten them.
"""


def test_he_after_a_village_head_is_the_village_head():
    stmts = statements_of(STORY)
    assert the_one(stmts, "the council had been warned in March").speaker == "Group Village Head Kaomba"
    assert day_of(stmts, "the council had been warned in March") == date(2027, 5, 9)


def test_he_after_a_senior_chief_is_the_chief():
    assert the_one(statements_of(STORY), "the district had forgotten them").speaker == "Senior Chief Nkhalamba"


def test_a_job_after_chief_is_no_leader():
    story = STORY.replace("Senior Chief Nkhalamba, who attended a meeting in the area, was angry.",
                          "Chief Executive Tadala Gondwe, who attended a meeting in the area, was angry.")
    assert the_one(statements_of(story), "the district had forgotten them").speaker == "Tadala Gondwe"
