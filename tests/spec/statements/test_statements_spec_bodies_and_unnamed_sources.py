"""Who a body's short form, "the company" and an unnamed source's "he" stand for.

"Garion Tile Company (GTC)" sets its short form: "GTC said" is the company's words under its
full name. "..., the company confirmed" in the sentence that names "Garion Tile Company" is
that company, not a union the deck quoted. An unnamed source described with a place ("A crane
driver who has worked in Tarnby for nine years, and who asked not to be named, said ...") is still
the "he" of the quote that follows in its paragraph, though the place was once read as a name. Every article here is invented.
"""

from tests.spec.invented import speaker_of, statements_of

_WORKS = (
    "THE PELWYN VALLEY ARGUS\n\n"
    "Tile firm to cut 40 jobs\n"
    "Union says staff \"learnt it from a poster\"\n\n"
    "Friday 12 June 2026\n\n"
    "By MARIT OSSENDRA\n\n"
    "HOLMFORD – Garion Tile Company (GTC) will cut 40 jobs at its kilns on Tarnby hill, the company "
    "confirmed this week.\n\n"
    "The Kiln Workers' Union has accused the firm of ignoring the law. The union claims that half of "
    "those on the list are union members.\n\n"
    "Workers will receive a month's pay for every year of service, the company said.\n\n"
    "Lorry traffic from Tarnby hill has remained suspended for a sixth day, leaving more than 300 drivers "
    "without work.\n\n"
    "Councillor Bram Tolliver said last Wednesday that the kilns had been neglected.\n\n"
    "A GTC lorry driver who has driven from Tarnby for nine years, and who asked not to be named, said "
    "the road had been \"getting worse every month\".\n\n"
    "\"The clay is not the real problem. The fans are. When it rains the whole yard floods,\" he said.\n\n"
    "A senior driver who has driven from Tarnby for 14 years, and who did not want to be named, said "
    "that two lorries had left a minute apart. \"Everybody knows the gaps are too short,\" he said.\n\n"
    "GTC said the cuts would take effect on 30 June.\n"
)


def test_a_bracketed_short_form_speaks_as_the_body():
    stmts = statements_of(_WORKS)
    assert speaker_of(stmts, "take effect on 30 June") == "Garion Tile Company"


def test_the_company_in_the_sentence_naming_it_is_that_company():
    stmts = statements_of(_WORKS)
    assert speaker_of(stmts, "will cut 40 jobs at its kilns") == "Garion Tile Company"
    assert speaker_of(stmts, "a month's pay") == "Garion Tile Company"


def test_an_unnamed_sources_he_after_a_place_in_its_description():
    stmts = statements_of(_WORKS)
    assert speaker_of(stmts, "gaps are too short").startswith("A senior driver")
