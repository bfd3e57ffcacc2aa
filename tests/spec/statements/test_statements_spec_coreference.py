"""Pronouns and role phrases resolve to the nearest compatible named speaker, or stay as written."""


def test_she_added_goes_to_the_woman_not_the_last_man(statements):
    text = ("Finance Minister Laila Norberg said the deficit would shrink. "
            "Opposition leader Martin Haas said the numbers were invented. "
            "Norberg rejected that account. She added that taxes would not rise.")
    stmts = statements(text)
    assert [s.speaker for s in stmts][-1] == "Laila Norberg"


def test_he_said_after_a_quote_stays_with_the_quoted_man(statements):
    text = ('"We have nothing to hide," Victor Bale said after talks with Irene Moss. '
            '"Every document is public," he said.')
    assert [s.speaker for s in statements(text)] == ["Victor Bale", "Victor Bale"]


def test_role_phrase_resolves_to_the_person_given_that_role(statements):
    text = ("Sheriff Dolores Park said two roads were closed. Fire chief Tom Rudd said crews were tired. "
            "The sheriff said the evacuation order stood.")
    stmts = statements(text)
    st = next(s for s in stmts if "evacuation order" in s.content)
    assert (st.speaker, st.speaker_as_written) == ("Dolores Park", "The sheriff")


def test_age_phrase_resolves_to_the_person_of_that_age(statements):
    text = ("Nadia Ferreira, 47, was appointed in March. Paul Grant, 63, opposed her. "
            "The 47-year-old said the budget was balanced.")
    st = next(s for s in statements(text) if "budget was balanced" in s.content)
    assert st.speaker == "Nadia Ferreira"


def test_title_gives_gender_to_an_unknown_first_name(statements):
    text = ("Ms Xandrine Polk said the school would close. Mr Yorick Dunne said it would not. "
            "She added that parents had been told.")
    st = next(s for s in statements(text) if "parents had been told" in s.content)
    assert st.speaker == "Xandrine Polk"


def test_unresolvable_role_stays_as_written(statements):
    text = "The treasurer said the accounts were in order."
    (st,) = statements(text)
    assert st.speaker == "The treasurer"


def test_surname_alone_finds_the_full_name(statements):
    text = ("Official results gave the seat to Rosalind Aberdare of the Green Party. "
            "Aberdare said she would serve the whole town.")
    st = next(s for s in statements(text) if "serve the whole town" in s.content)
    assert st.speaker == "Rosalind Aberdare"


def test_the_organisation_refers_back_to_its_full_name(statements):
    text = ("The Green-Social alliance said it would appeal. "
            "The alliance said it had collected signatures from 200 voters.")
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["The Green-Social alliance"] * 2


def test_nationality_in_a_role_phrase_picks_that_countrys_person(statements):
    text = ("Peru's Trade Minister Julio Quispe said exports would rise. "
            "His Chilean counterpart Ana Ruiz told journalists that talks were going well. "
            "The Chilean minister denied that a deal was close.")
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["Julio Quispe", "Ana Ruiz", "Ana Ruiz"]


def test_he_after_a_sentence_whose_subject_is_a_surname_alone_is_that_person(statements, one):
    # "Moyes, who ..." names the chief executive by surname alone; "he" in the next sentence is him,
    # not the analyst who spoke last
    text = ("Chief executive Gavin Moyes faces pressure after the outage.\n\n"
            "\"Trust is the product,\" said Jordan Felix, an analyst at Harwick Partners.\n\n"
            "Felix estimated that the company could lose 300,000 subscribers. He said revenue was now "
            "\"the number to watch\".\n\n"
            "Moyes, who co-founded the company in 2014, has not spoken publicly since the problem began. "
            "In an internal memo, he told employees on Monday that the company would \"fix every watch\".")
    assert one(statements(text), "fix every watch").speaker == "Gavin Moyes"


def test_he_says_after_a_newly_named_subject_the_narration_goes_on_about_is_that_person(statements):
    # the boy is named (a subject) after the fisherman last spoke; the sentence between goes on about him
    text = ('"We were told it would be fixed," fisherman Ewan Baird says. He says he no longer believes it.\n\n'
            "On my last evening, 16-year-old Rory Kerr walks me down to the harbour. I ask whether he will stay. "
            '"Probably not," he says.')
    st = next(s for s in statements(text) if "Probably not" in s.content)
    assert st.speaker == "Rory Kerr"


def test_he_says_after_a_newly_named_subject_and_a_sentence_about_something_else_stays_with_the_speaker(statements):
    text = ('"We were told it would be fixed," fisherman Ewan Baird says.\n\n'
            "The harbour board chairman, Rory Kerr, signed the repair contract in March. The tide was out. "
            '"Nobody believes them any more," he says.')
    st = next(s for s in statements(text) if "Nobody believes them" in s.content)
    assert st.speaker == "Ewan Baird"
