"""Turn labels as parliaments and radio transcripts print them: "Ms SURNAME (Seat—Portfolio)
(time):", "Mr SURNAME:", "The SPEAKER:", a caller's "NAME (Place):", a presenter's first name
alone after the full label, a greeting glued to a name ("Evening Roisin"), and a statement the
presenter reads out for someone else. Every article here is invented."""

from tests.spec.invented import contents_by_speaker as _by, statements_of as _statements


_HOUSE = (
    "LEGISLATIVE COUNCIL\nTuesday, 3 June 2025\n\nQUESTIONS WITHOUT NOTICE\n\nRoad funding\n\n"
    "Ms OKONJO-PRICE (Hillcrest) (11:02): My question is to the Minister for Roads. Councils in the "
    "valley were promised eight new bridges in 2022. Only one has been built. When will the rest be finished?\n\n"
    "Mr BRANNIGAN (Eastleigh—Minister for Roads) (11:03): The remaining bridges are funded in this year's budget. "
    "Work on two of them starts in August.\n\n"
    "Mr FALCONE: Nobody believes that!\n\n"
    "The SPEAKER: Order! The member for Dunmore will stop calling out.\n\n"
    "Mr BRANNIGAN: The tenders closed last week and the contracts will be signed this month.\n\n"
    "Ms OKONJO-PRICE (Hillcrest) (11:06): Supplementary question: the department's own report says the bridges "
    "will cost twice the budget. Will the minister publish it?\n\n"
    "Mr BRANNIGAN (Eastleigh—Minister for Roads) (11:07): The report is a draft and I will publish the final version."
)


def test_a_house_labels_surname_is_the_speaker_and_the_seat_is_not():
    by = _by(_statements(_HOUSE))
    minister = [name for name in by if "Brannigan" in name]
    assert minister and all("Eastleigh" not in name and "Minister" not in name for name in minister)
    assert "Work on two of them starts in August." in by[minister[0]]
    member = [name for name in by if "Okonjo-Price" in name]
    assert member, by.keys()
    assert "The remaining bridges are funded in this year's budget." not in {c for name in member for c in by[name]}


def test_a_members_question_turn_states_what_it_asserts_but_not_its_questions():
    by = _by(_statements(_HOUSE))
    member = next(name for name in by if "Okonjo-Price" in name)
    said = " ".join(by[member])
    assert "Only one has been built." in by[member]
    assert "twice the budget" in said
    assert not any(c.endswith("?") for c in by[member])
    assert not any("department" in name.lower() for name in by)  # what the member reports is hers


def test_the_chairs_label_is_the_chair():
    by = _by(_statements(_HOUSE))
    assert any("stop calling out" in c for c in by.get("The Speaker", ())), by.keys()


_RADIO = (
    "VALLEY FM - DRIVETIME\nProgramme transcript\n\n"
    "ROISIN BRADY (presenter): Good evening, you're listening to Drivetime. The county council has voted to close "
    "the Main Street car park for a year. With me is councillor Peadar Lonergan. Councillor, good evening.\n\n"
    "CLLR LONERGAN: Good evening, Roisin. The car park is unsafe and the engineers want it closed before winter.\n\n"
    "ROISIN: Traders say they will lose half their custom. That is a lot of money.\n\n"
    "CLLR LONERGAN: We are putting on a free shuttle bus from the retail park.\n\n"
    "ROISIN: Let's take a call. Declan in Tullamore, go ahead.\n\n"
    "DECLAN (Tullamore): Evening Roisin. I run the butcher's on Main Street and my takings fell by a third the last "
    "time the car park shut. Nobody on the council asked us.\n\n"
    "ROISIN: We have a statement from the Chamber of Commerce this evening, which says it is \"deeply disappointed "
    "by the timing\". Councillor?\n\n"
    "CLLR LONERGAN: The timing is the engineers' call, not mine.\n\n"
    "ROISIN: We'll leave it there."
)


def test_a_callers_label_with_a_place_is_the_caller():
    by = _by(_statements(_RADIO))
    caller = [name for name in by if name.startswith("Declan")]
    assert caller, by.keys()
    assert any("takings fell by a third" in c for c in by[caller[0]])
    assert not any("Tullamore" == name for name in by)


def test_a_greeting_glued_to_a_name_makes_no_speaker_and_a_first_name_label_is_the_presenter():
    by = _by(_statements(_RADIO))
    assert not any(name.split()[0] in ("Evening", "Morning", "Hello", "Hi") for name in by), by.keys()
    assert "Traders say they will lose half their custom." in by.get("Roisin Brady", ()), by.keys()


def test_a_statement_the_presenter_reads_out_is_its_authors():
    stmts = _statements(_RADIO)
    read_out = [s for s in stmts if "deeply disappointed" in s.content]
    assert read_out and all("Chamber of Commerce" in s.speaker for s in read_out), [(s.speaker, s.content) for s in read_out]
