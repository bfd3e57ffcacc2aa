"""What-questions about what someone did or what happened, not what they said: the doer is named
or described otherwise than in the question, the question's verb is paraphrased, and a reported
figure answers beside quotes. Invented articles in two styles (a local court report, a council
and sports round-up with a survey)."""

from bot.answering.predicate import happened, predicate_of
from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

COURT = """Van driver banned after crash outside Ellerby school

By Morwenna Tallis

Published: 3 April 2024

A VAN driver who crashed into the railings of Ellerby Primary School while using his phone was fined £2,400 at Tarrow Magistrates' Court yesterday.

Dominic Hale, 38, of Quarry Row, admitted careless driving. Nobody was hurt, but the court heard that children had left the playground minutes earlier.

Sentencing him, District Judge Ayesha Brennan said Hale had been "scrolling through messages at thirty miles an hour past a school gate". "You were lucky, and so were those children," the judge told him. She said she had considered a community order.

Judge Brennan also banned Hale from driving for 18 months and ordered him to pay £650 towards the cost of new railings.

Outside court, Hale's solicitor said his client was "deeply ashamed".

In a statement, the council's road safety team urged parents to report any driver using a phone near a school and to walk children to the gate where they could.
"""

ROUNDUP = """Late opening pays off for Wexmoor libraries, survey finds

By Idris Fenwick

Published: 12 June 2025

Wexmoor's decision to keep its four libraries open until 9 p.m. has brought in a new kind of reader, according to a survey published on Tuesday by the borough council.

Evening visits rose by nearly a third in the first six months, according to the survey, which counted 48,000 visits after 6 p.m.

"People who work all day finally have somewhere to go that is warm, quiet and free," said Dr Harriet Moss, who led the survey for the council. "We expected some interest, but not this much."

Moss said younger adults had made up most of the new visitors. "They do not want to be sold anything," she said.

In Saturday's cup final, Wexmoor Athletic lost 2-1 to Dunmere. The Wexmoor forward Callum Price left the pitch after 35 minutes with a knee injury and will have a scan on Monday.

The Wexmoor manager, Jo Abbott, said the team had "run out of legs" after the interval.
"""


court = app_fixture("ellerby_court.txt", COURT)
roundup = app_fixture("wexmoor_roundup.txt", ROUNDUP)


def test_a_deed_is_answered_by_the_line_that_tells_it_not_by_the_doers_remarks(court):
    # The judge's own words are about the sentence; the ban is told in a narrative line naming her.
    answer = court.answer("Besides the fine, what restriction did the judge put on the driver?", [])
    assert not answer.abstained
    assert "banned Hale from driving" in answer.text.split("[2]")[0]


test_answers = table(answers, [
    ask("court", "What advice did the council's road safety officers give parents?", "report any driver",
        id="a_body_described_otherwise_than_in_the_question_still_answers"),
    ask("roundup", "What happened to evening visits, according to the survey?", "nearly a third",
        id="what_happened_asks_for_whatever_happened"),
    ask("roundup", "What injury did the Wexmoor forward suffer in the cup final?", "knee injury",
        id="the_thing_asked_for_answers_whatever_the_verb"),
])


def test_a_verb_ending_like_a_role_noun_is_no_role():
    q = analyse("What injury did the Wexmoor forward suffer in the cup final?")
    assert q.role_head is None and q.predicate is not None and q.predicate.lemma == "suffer"


def test_what_happened_names_no_event():
    assert predicate_of("What happened to evening visits after the change?") is None


def test_a_purpose_clause_under_a_future_verb_is_still_to_come():
    sentence = "The union said its members would hold a ballot next week to decide whether to strike."
    assert happened(sentence, "decide") == "future"
    assert happened("The members decided on Monday to strike.", "decide") == "yes"


WIRE = """HELSINKI, March 4 (Reuters) - Finnish lift maker Korvala Oyj said on Tuesday its first-quarter orders rose 6%, helped by demand for modernisation work in Germany.

Chief Executive Mikko Saarinen told reporters that the company would hire about 200 service engineers this year.

Korvala denied a report in a Finnish newspaper last week that it was seeking a buyer for its Estonian assembly plant in Tartu. "The Tartu plant is not for sale. It is our newest site and it stays," Saarinen said.

Shares in Korvala rose 2.1% by 1000 GMT.
"""


wire = app_fixture("korvala_wire.txt", WIRE)


def test_a_reported_denial_comes_with_the_quote_that_says_it(wire):
    # The topic's clause ("that it wanted to offload ...") is paraphrased in the article ("seeking a
    # buyer"); the denial's words are in the quote after it, voiced by the chief executive.
    answers(wire, "What did Korvala say about reports that it wanted to offload its factory in Estonia?",
            "not for sale")


def test_a_topics_clause_is_no_part_of_the_topic():
    q = analyse("What did the company say about reports that it wanted to close the mill?")
    assert q.topic == ("report",)


PETITION = """Harbour car park plan draws record objections

By Lowri Penhale

Published: 20 May 2025

Plans to build a 400-space car park on Portcarrow's harbour front have drawn the largest protest the town council has seen.

An online petition against the car park had gathered more than 6,300 signatures by Monday evening, the organisers said.

The council's planning committee will meet on 2 June. About 40 people attended a public meeting in the harbour hall on Friday.
"""


petition = app_fixture("portcarrow_petition.txt", PETITION)


def test_people_are_counted_by_what_they_did(petition):
    # "signed" in the question, "signatures" in the article.
    answer = petition.answer("How many people have signed the petition against the car park?", [])
    assert not answer.abstained
    assert "6,300" in answer.text.split("[1]")[0]


def test_a_verb_and_its_noun_are_one_event():
    from bot.answering.predicate import kin

    assert kin("sign", "signature") and kin("defraud", "fraud") and kin("approve", "approval")
    assert not kin("form", "formal") and not kin("part", "party") and not kin("tend", "attend")
    assert happened("He admitted 14 counts of fraud against 11 pensioners.", "defraud") == "yes"


RECALL = """Pellham recalls e-bikes after battery fires

By Oona Reddick

Published: 9 October 2025

Pellham Cycles said on Wednesday it would recall 12,000 e-bikes sold since March after three battery fires in Denmark and Germany.

The company said the fires were caused by a faulty batch of charging cables and that no one had been hurt.

But a former Pellham quality engineer said the safety checks had been rushed. Ingrid Solheim, who left the company in the summer, wrote on her blog on Tuesday that the charger had been "signed off after a week on a dozen bikes instead of months on hundreds". Pellham said it did not comment on former employees.
"""


recall = app_fixture("pellham_recall.txt", RECALL)


def test_a_described_speaker_named_in_the_next_sentence_is_answered_in_full(recall):
    answers(recall, "What did the former engineer claim about how the chargers had been tested?", "a dozen bikes")
