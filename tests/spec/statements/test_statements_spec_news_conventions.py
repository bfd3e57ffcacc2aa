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


def test_coordinated_nationalities_give_each_government_a_statement(statements):
    text = "Chilean and Peruvian officials denied that. They said the border crossing had stayed open."
    stmts = statements(text)
    assert sorted((s.speaker, s.act) for s in stmts) == [
        ("Chile", "denied"), ("Chile", "said"), ("Peru", "denied"), ("Peru", "said")]


def test_both_leaders_are_the_pair_just_named_together(statements):
    text = ("Mayor Ines Varga and Governor Paul Okafor have hinted that the toll will go. "
            "At other times, both leaders have praised the toll operator.")
    stmts = statements(text)
    praised = sorted(s.speaker for s in stmts if s.act == "praised")
    assert praised == ["Ines Varga", "Paul Okafor"]


def test_two_unnamed_people_stay_one_unnamed_source(statements):
    text = ("Mayor Ines Varga and Governor Paul Okafor met on Monday. "
            "Two people familiar with the talks said the toll would go.")
    (st,) = statements(text)
    assert st.generic_speaker and "familiar with the talks" in st.speaker


def test_according_to_both_ministries_names_the_ministries(statements):
    text = "Deputy ministers will meet in Lima on Monday, according to both ministries."
    (st,) = statements(text)
    assert st.speaker == "both ministries"


def test_a_counterpart_takes_the_job_of_the_one_they_face(statements, one):
    text = ("Chilean Trade Minister Ana Ruiz said on Monday that tariffs would fall. "
            "Ruiz, who met her Peruvian counterpart Tomas Vega in Lima, said the talks went well. "
            "The Peruvian trade minister accused Chile of stalling. He pledged that Peru would wait.")
    stmts = statements(text)
    assert one(stmts, "Chile of stalling").speaker == "Tomas Vega"
    assert one(stmts, "Peru would wait").speaker == "Tomas Vega"


def test_his_office_is_the_office_of_the_person_it_reports_on(statements, one):
    text = ('Prime Minister Tomas Holt spoke to President Omar Diaz on Tuesday. In talks with Diaz, the '
            'prime minister "stressed the need for calm", his office said.')
    assert one(statements(text), "stressed the need").speaker == "Holt's office"


def test_an_office_and_its_press_office_are_one_speaker_across_articles():
    from index.statements.names import canonical_merge

    assert canonical_merge("Holt's office", ["Diaz's office", "Holt's press office"]) == "Holt's press office"
    assert canonical_merge("Holt's office", ["Diaz's press office"]) == "Holt's office"
    assert canonical_merge("the company's board", ["the company's supervisory board"]) == "the company's board"


def test_a_participle_after_a_reported_clause_is_the_reporters(statements):
    text = ("The ministry, in a short statement, said the two envoys discussed the border, "
            "stressing the importance of the ceasefire.")
    stmts = statements(text)
    assert sorted((s.speaker, s.act) for s in stmts) == [("The ministry", "said"), ("The ministry", "stressed")]


def test_a_that_clause_after_a_phrase_is_still_the_content(statements):
    text = "Mayor Ada Lorne noted at the start of the meeting that the pier had been closed on April 2."
    (st,) = statements(text)
    assert "pier had been closed" in st.content
    assert st.when_start != st.when_start.replace(month=4, day=2)  # April 2 is what she noted, not when


def test_a_described_speaker_is_the_person_named_next(statements, one):
    text = ("A former harbour pilot at a Chilean port told an inquiry on Monday that he had warned "
            "his managers about the crane.\n\n"
            "Tomas Vega said he had written to the port director in March.")
    assert one(statements(text), "warned his managers").speaker == "Tomas Vega"


def test_an_unnamed_source_is_never_given_the_next_name(statements, one):
    text = ("A port official who asked not to be named said the crane had failed twice.\n\n"
            "Tomas Vega said he had written to the port director in March.")
    st = one(statements(text), "crane had failed")
    assert st.generic_speaker and st.speaker != "Tomas Vega"


def test_a_named_body_is_no_description(statements, one):
    text = ("The Port Authority of Valparaiso said the crane was safe.\n\n"
            "Tomas Vega said he had written to the port director in March.")
    assert one(statements(text), "crane was safe").speaker != "Tomas Vega"


def test_a_described_body_is_the_body_named_next_even_after_the(statements, one):
    # the naming body is written "the National Ports Office": its leading "the" is no bar
    text = ("Chile's port regulator said on Tuesday it would open an inquiry into the merger of two "
            "shipping lines.\n\n"
            "In a statement, the National Ports Office said the combined line would control 58% of berths.")
    stmts = statements(text)
    assert "National Ports Office" in one(stmts, "open an inquiry").speaker


def test_a_day_that_opens_the_reported_clause_dates_the_saying(statements, one):
    st = one(statements("The regulator said on Tuesday it would open an inquiry into the merger."), "open an inquiry")
    assert st.content.startswith("it would open")
    assert st.when_start.isoformat() == "2024-05-07"
