"""Hungarian names put the family name first ("Fodor Gábor", "Kertész-Balogh Zsófia"), and NER
often takes them for a body: as a speaker or in an apposition to a job, two or three capitalised
words ending with a known given name are a person, and the "she" after them is that person.
Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

RIVER = """Low water halts Danube barges

BUDAPEST, Aug 4 (Danubia Wire) - Barge traffic on the Hungarian stretch of the Danube has all but stopped.

The ferry operators' association's secretary-general, Fodor Gábor, told the daily Esti Posta that its members were losing "half a million forints an hour" and that two firms had sold boats.

Kertész-Balogh Zsófia, who leads the opposition on the transport committee, accused the government of ignoring warnings. "The ministry was told in May. Nobody listened," she said.
"""


def test_a_family_first_name_in_an_apposition_is_the_speaker():
    assert speaker_of(statements_of(RIVER), "half a million forints") == "Fodor Gábor"


def test_a_family_first_name_as_subject_and_her_she():
    stmts = statements_of(RIVER)
    assert speaker_of(stmts, "ignoring warnings") == "Kertész-Balogh Zsófia"
    assert speaker_of(stmts, "ministry was told in May") == "Kertész-Balogh Zsófia"


def test_a_bodys_name_ending_like_a_given_name_stays_a_body():
    text = """Blackout hits capital

Red Andora says about 900,000 customers lost power at 08:10. "The lights went and the till went," said shopkeeper Marta Quiroga. "It was like somebody flicked one switch," she said.
"""
    stmts = statements_of(text)
    assert speaker_of(stmts, "somebody flicked one switch") == "Marta Quiroga"
