"""News conventions the ledger follows on any article: stance acts, pronouns after a narrated
sentence, coordinated and plural speakers, counterparts, offices speaking for a person."""


def test_a_stance_act_takes_its_object_as_what_was_said(statements, one):
    text = ("Mayor Ines Varga praised the volunteers who cleared the beach. "
            "Councillor Tomas Berg expressed concern about the cost of the clean-up.")
    stmts = statements(text)
    assert (one(stmts, "the volunteers").speaker, one(stmts, "the volunteers").act) == ("Ines Varga", "praised")
    assert one(stmts, "concern about the cost").speaker == "Tomas Berg"


def test_a_stance_verb_with_a_person_object_is_no_statement(statements):
    text = "Coach Ada Lorne praised Miriam Holt on Friday."
    assert [s.act for s in statements(text)] == []


def test_she_after_a_narrated_sentence_is_its_subject_not_the_earlier_speaker(statements, one):
    text = ("Ines Varga said the port would reopen in June. At the dinner, Carla Moreno made no mention "
            "of the port. Instead, she praised the new ferry timetable.")
    assert one(statements(text), "ferry timetable").speaker == "Carla Moreno"


def test_he_after_an_according_to_sentence_stays_with_the_source(statements, one):
    text = ('According to Ivo Lind, Tomas Berg met the two ministers on Monday. '
            '"The talks will go on," he said.')
    assert one(statements(text), "talks will go on").speaker == "Ivo Lind"
