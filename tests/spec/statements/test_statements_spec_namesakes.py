"""Two people of one surname in one article, and a pronoun cue after a quotation that names a firm.

A people-moves column names "Grace Lim Mei Ling" (a given name, then a family name and given
names) and later "Marcus Lim Jun Hao", "who is not related to" her. Every article here is invented.
"Mr Lim" is the man, not the first Lim the article named; the he of his next quotation is his. A
firm named inside a quotation ("Halvorsen has ...") is not the she of that quotation's cue.
"""

from tests.spec.invented import speaker_of, statements_of

MOVES = """HARBOUR LINES WEEKLY
People | Friday 6 March 2026

Senior moves in regional shipping

Singapore-listed product tanker owner Halvorsen Tankers has named Grace Lim Mei Ling as chief executive from 1 April, succeeding Peter Haldane, who retires after 12 years in the role.

Ms Lim joins from Corvel Shipping, where she was finance director. "Halvorsen has one of the youngest fleets in the segment. My job is to keep it that way," she told Harbourline.

Chairman Anton Weiss said the board had picked Ms Lim from a long list. Mr Haldane will stay on as an adviser.

Broker hires tanker team

Singapore broker Pell Marine has hired a three-person tanker team from rival Karst Brokers, led by Marcus Lim Jun Hao, who becomes head of tankers.

Mr Lim, who is not related to the new Halvorsen chief, said the move was about "range, not pay". "Here we can cover the whole region," he said.

Karst Brokers managing director Rhys Morgan confirmed the departures. "We are hiring," he told Harbour Lines on Thursday.
"""


def test_mr_surname_is_the_man_of_that_surname_not_the_first_namesake():
    stmts = statements_of(MOVES)
    assert speaker_of(stmts, "range, not pay") == "Marcus Lim Jun Hao"
    assert speaker_of(stmts, "cover the whole region") == "Marcus Lim Jun Hao"


def test_a_firm_named_inside_a_quotation_is_not_its_cues_she():
    stmts = statements_of(MOVES)
    assert speaker_of(stmts, "one of the youngest fleets") == "Grace Lim Mei Ling"
    assert speaker_of(stmts, "keep it that way") == "Grace Lim Mei Ling"


def test_the_last_half_of_a_double_barrelled_surname_alone_is_its_holder():
    from tests.spec.invented import speaker_of, statements_of

    text = """Dunmore Lions sign winger

Club captain Roisin Kells-Brannock said the squad was delighted with the signing. Brannock said the new winger would start on Saturday.
"""
    assert speaker_of(statements_of(text), "the new winger would start") == "Roisin Kells-Brannock"


def test_a_whole_surname_outranks_the_half_of_a_double_barrelled_one():
    from tests.spec.invented import speaker_of, statements_of

    text = """Ferry subsidy splits island council

Mayor Mariana Soto-Arriaga said the contract would be reviewed in a year. Opposition councillor Ernesto Arriaga, who is not related to the mayor, spoke after her.

Soto-Arriaga said the operator had kept its timetable. Arriaga said the route should have gone out to tender.
"""
    stmts = statements_of(text)
    assert speaker_of(stmts, "the route should have gone out to tender") == "Ernesto Arriaga"
    assert speaker_of(stmts, "the operator had kept its timetable") == "Mariana Soto-Arriaga"
