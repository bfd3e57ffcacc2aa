"""At a hearing the story dates ("The inquest, at the coroner's court on Tuesday, heard ..."), a
witness who just "said" right after words told the inquest spoke there too; a body's statement
or words given to the reporter afterwards are not. Invented articles, published Thursday 9 May
2024 (see conftest)."""

from datetime import date

from tests.spec.invented import day_of as _day

_INQUEST = (
    "A cyclist who died on the coast road had been hit by a van whose driver was dazzled, an inquest has heard.\n\n"
    "The inquest, at the county coroner's court on Tuesday, heard that the road had no lights.\n\n"
    "Marta Vidal, a witness, told the inquest she had seen the van swerve.\n\n"
    "PC Olek Nowak, of the county police, said officers found no fault with the van's brakes. "
    "A post-mortem examination by Dr Ines Karlsson gave the cause of death as head injuries. "
    "Dr Karlsson said the cyclist had been wearing a helmet.\n\n"
    "{after}"
)


def test_witnesses_who_said_right_after_the_hearing_spoke_there(statements):
    stmts = statements(_INQUEST.format(after=""))
    assert _day(stmts, "seen the van swerve") == date(2024, 5, 7)
    assert _day(stmts, "no fault with the van") == date(2024, 5, 7)
    assert _day(stmts, "wearing a helmet") == date(2024, 5, 7)


def test_a_bodys_statement_after_the_hearing_run_is_the_reports(statements):
    after = ("The county council said in a statement that it would review lighting on the road.\n\n"
             "Councillor Abel Frost, the council's transport lead, said lights would cost about 200,000 pounds.")
    stmts = statements(_INQUEST.format(after=after))
    assert _day(stmts, "review lighting") == date(2024, 5, 9)
    assert _day(stmts, "200,000 pounds") == date(2024, 5, 9)


def test_words_told_to_the_reporter_are_not_the_hearings(statements):
    after = 'Mrs Vidal told this newspaper: "I still see it every night."'
    stmts = statements(_INQUEST.format(after=after))
    assert _day(stmts, "still see it") == date(2024, 5, 9)
