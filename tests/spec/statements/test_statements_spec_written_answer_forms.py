"""Written answers as parliaments other than one print them.

Every article here is invented. The labelled lines vary: the answering minister's role with the
department in brackets ("Minister of State (Department for X)"); "Answered on" below "Answered by"
as well as above it; a "Holding answer received on" line that is no answer's day; a Lords' "Asked
by Lord X of Y"; a colon after the label ("Asked by: NAME, Region, Party"); the day on the
"Answered by NAME on DATE" line itself; a "Date lodged:" field; "Question:" and "Answer:" leading
the paragraphs; "Answer given by NAME on behalf of BODY (D.M.YYYY)". The answer's sentences are
the minister's even where they speak as "the Department" or "the Government"; an editorial note on
the answer ("The answer was corrected on ...") is nobody's statement, nor is a heading or a label.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

COMMONS = """Written questions, answers and statements

Ferry Services: Cancellations

Question for Department for Transport

UIN 41120, tabled on 6 March 2025

Asked by Ysolde Fairbairn (Penwith Moors)

To ask the Secretary of State for Transport, how many scheduled sailings on the Carrow Sound route were cancelled in 2024.

Answered by Piran Ashcombe, Minister of State (Department for Transport)

Answered on 13 March 2025

Operators reported 412 cancelled sailings on the Carrow Sound route in 2024. I recognise the disruption this causes to island residents.

The Department does not hold information on the cause of each cancellation.

Ferry Services: Subsidies

Question for Department for Transport

UIN 41388, tabled on 10 March 2025

Asked by Lord Ferrowby of Caldmoor

To ask His Majesty's Government whether they plan to subsidise winter sailings on the Carrow Sound route.

Holding answer received on 17 March 2025

Answered on 20 March 2025

Answered by Baroness Whitlingham, Parliamentary Under-Secretary of State (Department for Transport)

The Government has no plans to subsidise winter sailings. I would be glad to meet the noble Lord to discuss the route.

The answer was corrected on 24 March 2025: the original answer gave the wrong route name.
"""


def test_a_role_with_its_department_in_brackets_still_names_the_answering_minister():
    stmts = statements_of(COMMONS)
    assert the_one(stmts, "412 cancelled sailings").speaker == "Piran Ashcombe"
    assert the_one(stmts, "I recognise the disruption").speaker == "Piran Ashcombe"


def test_the_department_or_government_in_an_answer_is_the_minister_speaking():
    stmts = statements_of(COMMONS)
    assert the_one(stmts, "does not hold information").speaker == "Piran Ashcombe"
    assert "Whitlingham" in the_one(stmts, "no plans to subsidise").speaker


def test_each_answer_has_its_answered_day_whether_the_line_is_above_or_below_and_not_the_holding_day():
    stmts = statements_of(COMMONS)
    assert the_one(stmts, "412 cancelled sailings").when_start == date(2025, 3, 13)
    assert the_one(stmts, "no plans to subsidise").when_start == date(2025, 3, 20)


def test_a_lords_question_is_the_lords_on_its_tabled_day():
    stmts = statements_of(COMMONS)
    asked = the_one(stmts, "subsidise winter sailings on the Carrow Sound")
    assert "Ferrowby" in asked.speaker and asked.when_start == date(2025, 3, 10)


def test_headings_labels_and_a_correction_note_are_no_statements():
    stmts = statements_of(COMMONS)
    for label in ("Holding answer", "Ferry Services:", "Question for", "was corrected on", "UIN "):
        assert not any(label in s.content for s in stmts), (label, [(s.speaker, s.content) for s in stmts])


FIELDS = """Question S6W-20931

Asked by: Tamsin Greyhallow, Lowland Firths, Scottish Green Party

Date lodged: 4 June 2025

Question: To ask the Scottish Government what assessment it has made of grey seal numbers in the Firth of Corran.

Answered by Iain Dromore on 18 June 2025

Answer: The most recent count, in 2024, recorded 1,240 grey seals in the Firth of Corran. We will publish a management plan for the firth in the autumn.
"""


def test_an_answered_by_line_with_its_day_dates_the_answer_and_the_answer_label_is_no_content():
    stmts = statements_of(FIELDS)
    st = the_one(stmts, "1,240 grey seals")
    assert (st.speaker, st.when_start) == ("Iain Dromore", date(2025, 6, 18))
    assert not st.content.startswith("Answer"), st.content
    assert the_one(stmts, "publish a management plan").speaker == "Iain Dromore"


def test_a_question_under_asked_by_with_a_colon_is_the_members_on_the_day_lodged():
    stmts = statements_of(FIELDS)
    st = the_one(stmts, "grey seal numbers")
    assert (st.speaker, st.when_start) == ("Tamsin Greyhallow", date(2025, 6, 4))


GIVEN = """Question for written answer E-002417/2025 to the Commission

Rule 144

Henrika Vaalstrom (Renew)

Subject: Glass eel restocking in the Dravik lagoons

Can the Commission say how many tonnes of glass eels were restocked in the Dravik lagoons in 2024?

Answer given by Commissioner Matteo Rinaldelli on behalf of the European Commission (12.9.2025)

The Commission estimates that 31 tonnes of glass eels were restocked in the Dravik lagoons in 2024. It has no plans to fund further restocking.
"""


def test_an_answer_given_by_a_commissioner_on_behalf_of_a_body_is_the_commissioners_on_the_day_in_brackets():
    stmts = statements_of(GIVEN)
    st = the_one(stmts, "31 tonnes of glass eels")
    assert (st.speaker, st.when_start) == ("Matteo Rinaldelli", date(2025, 9, 12))
    assert the_one(stmts, "no plans to fund further restocking").speaker == "Matteo Rinaldelli"
