"""A briefing's "he said" after a sentence that opens with a body's name ("The World Food Agency
has ...") is the speaker's, never the body's; an unnamed role ("The Spokesperson said") is who a
pronoun after it stands for while nobody else is named. Invented briefings."""


def test_a_body_opening_a_sentence_is_no_person_a_pronoun_can_stand_for(statements, one):
    stmts = statements(
        "The Spokesperson said that 90,000 people had fled the floods in Velmar since Friday.\n\n"
        "The Global Relief Programme has reached 20,000 people with food, he said.\n\n"
        "The Tessaly Grain Board raised its prices, he added."
    )
    for fragment in ("reached 20,000 people", "raised its prices"):
        assert one(stmts, fragment).speaker.lower() not in ("global relief programme", "tessaly grain board")


def test_a_pronoun_after_an_unnamed_role_is_that_role(statements, one):
    stmts = statements(
        "The Spokesperson said that the mission would stay in Velmar until the vote.\n\n"
        "Asked about the border, he said he was not aware of any incident. He added that the envoy would travel on Monday."
    )
    assert one(stmts, "not aware of any incident").speaker.lower() == "the spokesperson"
    assert one(stmts, "envoy would travel").speaker.lower() == "the spokesperson"


def test_a_pronoun_after_an_unnamed_role_is_a_person_named_since(statements, one):
    stmts = statements(
        "The Spokesperson said that the mission would stay in Velmar until the vote.\n\n"
        "The envoy, Marta Oyelaran, told reporters she would travel on Monday. She said the talks were close."
    )
    assert one(stmts, "talks were close").speaker == "Marta Oyelaran"


def test_a_pronoun_after_an_unnamed_role_skips_a_woman_named_before_it(statements, one):
    stmts = statements(
        "The coordinator, Marta Oyelaran, said the appeal was only 12 per cent funded.\n\n"
        "On the elections, the Spokesperson said that all parties should agree a date. "
        "He added that the mission was ready to help."
    )
    assert one(stmts, "ready to help").speaker.lower() == "the spokesperson"


def test_a_pronoun_after_a_role_may_be_the_man_named_just_before_it(statements, one):
    stmts = statements(
        "Sheikh Faris al-Nuaimi, the transport minister, signed the concession on Tuesday.\n\n"
        "The minister said the port would open in 2027. He affirmed that 900 jobs were reserved for local workers."
    )
    assert one(stmts, "900 jobs").speaker == "Faris al-Nuaimi"
