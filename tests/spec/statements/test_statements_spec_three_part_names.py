"""Three-part names, later called by their last part and by their last two.

Every article here is invented. Agency copy from the Indonesian archipelago and neighbouring
services names an official in full once ("Head of the ... Agency (ACRONYM) Ignasius Nia
Lewerang") and later as "Lewerang" or "Nia Lewerang"; the first word is a given name no
English lexicon knows, the middle one looks like a woman's given name elsewhere. The person is
the whole name, "he remarked" / "He noted" / "He added" after them are theirs and not the
nearest other man's, and "According to <surname>, the <unit> had declared ..." is the surname's
person's statement, not the unit's.
"""

from tests.spec.invented import statements_of, the_one

AGENCY = """Sikomba opens evacuation posts as river rises

Tuesday, 14 April 2026 09:15 WITA

Ende, E Nusa Tenggara (NSA) - The Sikomba Regency Government has opened six evacuation posts along the Lowo Bura river.

Head of the Sikomba Regency Fire and Rescue Service (DPKP) Ignasius Nia Lewerang said here on Tuesday that 310 families had moved to the posts overnight.

"The water rose one metre in three hours. We moved the elderly first," he remarked.

According to Lewerang, the regency had declared a flood emergency status on Monday for 14 days.

Meanwhile, village head Paulus Ratu Dopo said the bridge to his village had been closed since Sunday.

Responding to questions, Nia Lewerang asserted that the service had sent four rubber boats to the area.

He added that the posts would receive rice and blankets from the provincial stockpile.
"""

BULLETIN = """Port authority suspends night crossings

KALABAHI, April 20 (TNS) - Agustinus Dina Hokor, the harbour master of Kalabahi, said on Monday that night crossings to the outer islands would be suspended for a week because of high waves.

He noted that two ferries had turned back on Sunday night.

The ferry operator's manager, Benediktus Lado Kewuan, said the company would refund tickets.

Dina Hokor told reporters that the suspension could be extended if the waves did not ease.

He added that fishing boats were also advised to stay in port.
"""


def test_the_whole_three_part_name_is_the_speaker():
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "310 families had moved").speaker == "Ignasius Nia Lewerang"
    assert the_one(stmts, "four rubber boats").speaker == "Ignasius Nia Lewerang"
    stmts = statements_of(BULLETIN)
    assert the_one(stmts, "night crossings to the outer islands").speaker == "Agustinus Dina Hokor"


def test_he_after_a_three_part_name_is_that_person():
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "We moved the elderly first").speaker == "Ignasius Nia Lewerang"
    assert the_one(stmts, "rice and blankets").speaker == "Ignasius Nia Lewerang"
    stmts = statements_of(BULLETIN)
    assert the_one(stmts, "two ferries had turned back").speaker == "Agustinus Dina Hokor"
    assert the_one(stmts, "fishing boats were also advised").speaker == "Agustinus Dina Hokor"


def test_according_to_a_surname_is_that_persons_over_the_unit_in_the_clause():
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "flood emergency status").speaker == "Ignasius Nia Lewerang"
