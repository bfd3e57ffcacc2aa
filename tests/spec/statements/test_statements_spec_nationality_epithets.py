"""A match report calls the manager just written about by nationality ("said the Dutchman", "the
Northern Irishman admitted", "The South African said") and then by age ("The 44-year-old"): the
person the narration last made its subject, never a player of the scorers line or a name inside a
quote; a scorers line's "Club - Surname" is no person; "X was furious that ..., claiming ..." is
X's claim. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

REPORT = """MATCH REPORT

Ferncastle United 1-2 Holmwick Town
Scorers: Ferncastle - Padgett 12; Holmwick - Ostrander 40, Quilley 77

Holmwick Town came from behind to win at Brackley Lane and leave Ferncastle manager Teodor Vanterpool without a win in five games.

Carwyn Padgett had given the hosts an early lead before Bram Ostrander and Joss Quilley turned the game around.

Speaking afterwards, Holmwick boss Ansel Duckmanton said the comeback showed the spirit in his squad.

"We were second best for half an hour," the Northern Irishman admitted. "But Joss has been brilliant in training and he deserved that."

Vanterpool was angry that the second goal stood, claiming Padgett had been fouled in the build-up.

"Everybody saw the push except the referee," said the Dutchman, who took over in the summer. "We will appeal to the league."

The 51-year-old said his players had been "brave" and that he would not change the system.

Ferncastle: Ruddock; Padgett, Lomax, Tweddle.
"""


def test_a_nationality_epithet_is_the_subject_just_written_about():
    stmts = statements_of(REPORT)
    assert speaker_of(stmts, "We were second best") == "Ansel Duckmanton"
    assert speaker_of(stmts, "Everybody saw the push") == "Teodor Vanterpool"


def test_an_age_epithet_after_it_is_the_same_manager_not_a_player_of_the_scorers_line():
    assert speaker_of(statements_of(REPORT), "would not change the system") == "Teodor Vanterpool"


def test_a_claim_after_a_clause_on_an_adjective_is_the_main_subjects():
    assert speaker_of(statements_of(REPORT), "had been fouled") == "Teodor Vanterpool"


def test_a_scorers_lines_club_and_dash_is_no_persons_name():
    stmts = statements_of(REPORT)
    assert not [s for s in stmts if " - " in s.speaker]
