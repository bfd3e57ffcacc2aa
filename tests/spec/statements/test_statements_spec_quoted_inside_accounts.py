"""Words quoted inside someone else's account are the quoted person's: a witness who "heard the
master say \"...\"" reports the master's words (the master being the one the text introduced with
that role), and a candidate's answer that says "Councillor X said at the forum that my rebate
would ..." gives those words to X, a rival answering on the same page. Every article here is invented."""

from tests.spec.invented import statements_of

_INQUIRY = (
    "HARBOUR SAFETY BOARD — INTERIM NOTE\n\nPublished: 14 May 2025\n\n"
    "1.1 The master, Captain Eirik Valdemarsen, was at the wheel of the trawler Nordlys when it struck "
    "the breakwater at Hamnvik.\n\n"
    "1.2 The mate, Gunnhild Oyestad-Brekke, stated that she heard the master say \"the rudder is gone\" "
    "shortly before the impact.\n"
)

_HEARING_WITNESS = (
    "Witness tells inquest of warehouse fire\n\nBy Staff Reporter\n\nPublished: 2 April 2024\n\n"
    "Bernadette Quillfeather, a shift manager, died in the fire at the Corrigan Road warehouse in March.\n\n"
    "Lorcan Ashdown-Pyke, a forklift driver, told the inquest on Monday that he heard Quillfeather shout "
    "\"Everyone out now\" as smoke filled the loading bay.\n"
)

_GUIDE = (
    "Where the candidates stand\n\nPublished Oct. 3, 2026\n\n"
    "The Courier asked both candidates for mayor the same questions.\n\n"
    "TAXES\n\n"
    "HOLLOWAY-BRANDT: I will hold the rate where it is. Councillor Petrakis-Vane said at the chamber "
    "breakfast that my plan would \"empty the reserve fund.\" It would not.\n\n"
    "PETRAKIS-VANE: The reserve fund is there for floods, not for election promises.\n\n"
    "TRANSIT\n\n"
    "HOLLOWAY-BRANDT: More buses on the east side.\n\n"
    "PETRAKIS-VANE: A night route to the hospital. Ms. Holloway-Brandt says I voted against buses. "
    "That is false.\n"
)


def _speakers_of(stmts, fragment):
    return {s.speaker for s in stmts if fragment in s.content}


def test_words_a_witness_heard_a_role_holder_say_are_that_person_s():
    assert "Eirik Valdemarsen" in _speakers_of(statements_of(_INQUIRY), "the rudder is gone")


def test_words_a_witness_heard_a_named_person_shout_are_hers():
    assert "Bernadette Quillfeather" in _speakers_of(statements_of(_HEARING_WITNESS), "Everyone out now")


def test_a_rival_quoted_inside_a_candidate_s_answer_keeps_the_words():
    stmts = statements_of(_GUIDE)
    assert _speakers_of(stmts, "empty the reserve fund") == {"Petrakis-Vane"} or \
        any("Petrakis-Vane" in s for s in _speakers_of(stmts, "empty the reserve fund"))
    assert not any("Holloway-Brandt" in s for s in _speakers_of(stmts, "empty the reserve fund"))
