"""A pool report, or a reporter's notes, sent on as an e-mail: its sender reports what others said
and never speaks in the first person, so no sentence of it is the sender's. Note-speak names a
person by the bare title or job it introduced them with ("Gov. X ... Gov took questions", "owner Y
... Owner said"), labels quotations with that title or a surname ("Gov: \"...\"") and with topics
("On the budget: \"...\"") under the line telling who took questions. Every article here is invented."""

from tests.spec.invented import speaker_of, statements_of

_POOL = (
    "From: Tamsin Oakridge-Vell <toakridge@example.org>\n"
    "Sent: Tue, Mar 3, 2026 at 2:10 PM\n"
    "To: pool-list\n"
    "Subject: Pool Report #1 -- wildfire visit\n\n"
    "Pool Report #1\n\n"
    "Motorcade arrived at the Kettle Ridge fire station at 10:04 am. Smoke still visible to the west.\n\n"
    "Gov. Everard Mulvaney-Price toured the station with fire chief Rosalind Achterhof. Gov in boots.\n\n"
    "10:20 am -- Gov stopped at a bakery, owner Cordelia Brannigan-Holt. Owner said she lost "
    "\"three days of trade\" to the evacuation.\n\n"
    "10:31 am -- Gov took questions in the car park. Quotes below:\n\n"
    "On federal help: \"The request went in last night and I expect an answer by Friday.\"\n\n"
    "Achterhof: \"We have two crews on the ridge and one in reserve.\"\n\n"
    "10:45 am -- Motorcade departed.\n\n"
    "Tamsin Oakridge-Vell\nRidgeline Post\n"
)

_NOTES = (
    "From: Ignatius Farrow-Lund <ifl@example.net>\n"
    "Sent: Wednesday, 12 November 2025 16:02\n"
    "To: newsdesk\n"
    "Subject: notes from the harbour meeting\n\n"
    "Harbour board meeting, notes as sent.\n\n"
    "Chair Wilhelmina Oduya-Strand opened at 7pm. Forty people in the hall.\n\n"
    "Chair took questions from the floor. On the dredging: \"The dredger comes in April, not before.\"\n\n"
    "Fisherman Bartholomew Quayle-Anand said the channel was \"silting by the week.\" "
    "Quayle-Anand: \"We lose a tide every time we wait.\"\n\n"
    "Meeting closed 8.40pm.\n"
)


def test_a_pool_report_s_lines_are_not_its_sender_s():
    stmts = statements_of(_POOL)
    assert not any(s.speaker == "Tamsin Oakridge-Vell" for s in stmts), [(s.speaker, s.content) for s in stmts]


def test_bare_titles_and_labels_name_the_person_introduced_with_them():
    stmts = statements_of(_POOL)
    assert speaker_of(stmts, "three days of trade") == "Cordelia Brannigan-Holt"
    assert speaker_of(stmts, "expect an answer by Friday") == "Everard Mulvaney-Price"
    assert speaker_of(stmts, "one in reserve") == "Rosalind Achterhof"


def test_notes_sent_on_label_topics_and_surnames():
    stmts = statements_of(_NOTES)
    assert not any(s.speaker == "Ignatius Farrow-Lund" for s in stmts), [(s.speaker, s.content) for s in stmts]
    assert speaker_of(stmts, "dredger comes in April") == "Wilhelmina Oduya-Strand"
    assert speaker_of(stmts, "lose a tide") == "Bartholomew Quayle-Anand"
