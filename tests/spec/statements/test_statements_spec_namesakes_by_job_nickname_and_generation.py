"""Two people of one surname: a later "Cde X", "X" or pronoun goes to the right one -- by the job
or title the reference carries, by the namesake named last before it, by a quoted nickname between
given name and surname, and by a generation marker ("Óg", "Jr.") that tells a son from his father."""

from tests.spec.invented import speaker_of, statements_of

UNION_BULLETIN = """WORKERS' VOICE
Bulletin No. 4/2031

General Secretary Cde Rufaro Ndlovu thanked members for the turnout. "We asked for 7 percent and got an insult," Cde Ndlovu said.

She said the union would give notice of a strike on Friday. "Our door stays open," she said.

Cde Tatenda Ndlovu, chief steward at the packing plant (no relation to the General Secretary), told stewards that night shifts had gone unpaid. "People waited a month for their money," he said.

Regional Secretary Cde Nyasha Sithole warned members against threats. "A strike is a right, not a weapon," she said.
"""

FLOOD_REPORT = """Villagers bail out again

Residents of Kistow Trace spent a second night bailing water from their homes.

"Every rainy season we are under water," said Winston "Toots" Ramlal, 61, a fisherman who lost his nets. "They come, they take photos, they go."

Ramlal said he had complained about the drain "three times, in writing."

At the village school, principal Ms Indira Ramlal said classes would not resume on Monday. "I will not put children in a building that has not been checked," Ms Ramlal said. She is not related to Winston Ramlal.
"""

CO_OP_REVIEW = """Chief Executive's Review

Two directors, Peadar Ó Duibhir and Máire Nic Giolla, retire this year.

Our plant manager at Carrigduff, Dónal Óg Ó Duibhir, put it well to the staff in May: "We will not fail that inspection twice." Dónal Óg is the son of our retiring director Peadar Ó Duibhir.
"""


def test_a_title_of_office_and_a_pronoun_go_to_the_namesake_introduced_with_them():
    stmts = statements_of(UNION_BULLETIN)
    assert speaker_of(stmts, "We asked for 7 percent") == "Rufaro Ndlovu"
    assert speaker_of(stmts, "Our door stays open") == "Rufaro Ndlovu"
    assert speaker_of(stmts, "People waited a month") == "Tatenda Ndlovu"


def test_a_title_between_a_job_and_a_name_leaves_the_name_a_person():
    assert speaker_of(statements_of(UNION_BULLETIN), "A strike is a right") == "Nyasha Sithole"


def test_a_quoted_nickname_inside_a_name_and_a_surname_alone_go_to_the_namesake_just_named():
    stmts = statements_of(FLOOD_REPORT)
    assert speaker_of(stmts, "Every rainy season") == "Winston Ramlal"
    assert speaker_of(stmts, "They come, they take photos") == "Winston Ramlal"
    assert any(s.speaker == "Winston Ramlal" and "complained about the drain" in s.content for s in stmts)
    assert speaker_of(stmts, "I will not put children") == "Indira Ramlal"


def test_a_son_named_with_a_generation_marker_is_not_his_father():
    stmts = statements_of(CO_OP_REVIEW)
    assert speaker_of(stmts, "We will not fail that inspection twice") == "Dónal Óg Ó Duibhir"


def test_what_someone_was_warned_against_is_the_warning_s_content():
    stmts = statements_of("Union news\n\nRegional Secretary Cde Nyasha Sithole warned members against threats to colleagues "
                          "who voted No.\n\nThe mayor warned residents about the flooding on Quay Street.\n")
    assert any("against threats to colleagues" in s.content for s in stmts)
    assert any("about the flooding" in s.content for s in stmts if s.speaker == "The mayor")
