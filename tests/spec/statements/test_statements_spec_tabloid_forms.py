"""Tabloid speech forms: a colourful verb with a colon ("fumed:", "hit back:"), "blasted" as a
speech verb, and "He added" after an unnamed spokesman (the same unnamed source, not "He")."""


def test_a_colourful_verb_with_a_colon_gives_the_quote_to_its_subject(statements, one):
    text = ("Parents furious at school run parking ban\n\n"
            "Dad-of-three Gareth Pennock fumed: \"It's daylight robbery. We have nowhere else to go.\"\n\n"
            "Shopkeeper Nadia Esterhuizen, 44, raged: \"Trade has halved since the signs went up.\"\n\n"
            "Fliss Marwood, who leads the council, hit back: \"The rules keep children safe.\"\n\n"
            "Grandmother Ivy Lockhart seethed: \"Nobody asked us.\"")
    stmts = statements(text)
    assert one(stmts, "daylight robbery").speaker == "Gareth Pennock"
    assert one(stmts, "nowhere else to go").speaker == "Gareth Pennock"
    assert one(stmts, "Trade has halved").speaker == "Nadia Esterhuizen"
    assert one(stmts, "keep children safe").speaker == "Fliss Marwood"
    assert one(stmts, "Nobody asked us").speaker == "Ivy Lockhart"


def test_blasted_and_slammed_are_speech_verbs_with_a_quote(statements, one):
    text = ("Star slams airline after cancelled flight\n\n"
            "Singer Romy Castellane blasted the carrier as \"the worst I have ever flown with\".\n\n"
            "Her manager, Jools Beringer, slammed the decision, saying it was \"totally unacceptable\".\n\n"
            "Fan Marcus Obi blasted: \"She deserves better.\"")
    stmts = statements(text)
    assert one(stmts, "worst I have ever flown").speaker == "Romy Castellane"
    assert one(stmts, "deserves better").speaker == "Marcus Obi"


def test_blasted_without_words_is_no_statement(statements):
    text = ("Quarry blast rattles village\n\n"
            "Engineers blasted the rock face on Tuesday morning.\n\n"
            "Resident Tilda Marsh said the windows shook.")
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["Tilda Marsh"]


def test_he_added_after_an_unnamed_spokesman_is_the_same_spokesman(statements, one):
    text = ("Bins left unemptied for weeks\n\n"
            "Councillor Pat Ogilvie hit back: \"Crews have been working flat out.\"\n\n"
            "A council spokesman said: \"We apologise for the delay.\"\n\n"
            "He added: \"Collections will resume on Monday.\"")
    stmts = statements(text)
    later = one(stmts, "resume on Monday")
    assert later.speaker == one(stmts, "apologise for the delay").speaker
    assert later.speaker not in ("He", "Pat Ogilvie")


def test_she_added_after_an_unnamed_spokeswoman_in_another_wording(statements, one):
    text = ("Train firm apologises\n\n"
            "Commuter Dana Whitcombe, 29, fumed: \"I was stuck for three hours.\"\n\n"
            "\"We are sorry for the disruption,\" a rail spokeswoman said.\n\n"
            "She added that extra staff would be on duty at the weekend.")
    stmts = statements(text)
    assert one(stmts, "extra staff").speaker == one(stmts, "sorry for the disruption").speaker
    assert one(stmts, "extra staff").speaker != "Dana Whitcombe"
