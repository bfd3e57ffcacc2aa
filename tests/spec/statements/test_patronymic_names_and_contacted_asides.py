"""Malay patronymic names after a chain of styles ("Deputy Minister Yang Berhormat Dayang Hajah GIVEN
binti Haji FATHER, who ..., said"): the speaker is the person, never the father's half of the name,
and "Hajah GIVEN" / "Haji GIVEN" later are the same person. A stance "disagreed that X when contacted
by the PAPER yesterday" is a statement of X, said yesterday. An invented story."""

from datetime import date

_STORY = """Fish farmers to get cheaper feed under new scheme

Fish farmers will be able to buy feed at a subsidised price from next month, the Legislative Council heard yesterday.

Deputy Minister Yang Berhormat Dayang Hajah Norsalwa binti Haji Ismadi, who tabled the scheme, said the subsidy would cost $2.4 million a year.

"We want young people to see fish farming as a real career," Hajah Norsalwa said.

A senior officer at the Department of Fisheries Dayang Rozita binti Haji Bakhtiar told the council that 140 farms had already registered.

A fish farmer, Awang Hairol bin Haji Kamaludin, who runs four ponds in Kampong Tanjong Batu, disagreed that the scheme would help small farms when contacted by the Bulletin yesterday.

He said the price of feed had doubled in two years.

"The subsidy is too small for us," Haji Hairol said.
"""


def test_the_speaker_of_a_patronymic_name_is_the_person_not_the_father(statements, one):
    stmts = statements(_STORY)
    assert one(stmts, "cost $2.4 million").speaker == "Norsalwa binti Haji Ismadi"
    assert one(stmts, "real career").speaker == "Norsalwa binti Haji Ismadi"
    assert one(stmts, "140 farms").speaker == "Rozita binti Haji Bakhtiar"
    assert not any(s.speaker in ("Ismadi", "Bakhtiar", "Kamaludin", "Haji Kamaludin") for s in stmts)


def test_a_disagreement_when_contacted_is_a_statement_of_that_day(statements, one):
    stmts = statements(_STORY)  # published Thursday 9 May 2024
    st = one(stmts, "would help small farms")
    assert st.speaker == "Hairol bin Haji Kamaludin"
    assert "contacted" not in st.content and st.when_start == date(2024, 5, 8)
    assert one(stmts, "feed had doubled").speaker == "Hairol bin Haji Kamaludin"


def test_a_patronymic_name_the_model_reads_whole_stays_whole(statements, one):
    stmts = statements("Port deepening approved\n\nThe undersecretary for ports, Suhail bin Yarub al-Quraimi, "
                       "said the approach channel would be dredged to 18 metres.\n")
    assert one(stmts, "18 metres").speaker == "Suhail bin Yarub al-Quraimi"
