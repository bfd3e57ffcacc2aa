"""A paragraph opened by a short section label ("Shelter:", "Water supply:", "Budget:") and then a
whole sentence, as situation reports, bulletins and briefing summaries print their sections: the
label is layout, not the sentence's subject, so the sentence's own speaker is read as anywhere
else. Every article here is invented."""

from tests.spec.invented import speaker_of, statements_of

_SITREP = (
    "FLOOD UPDATE No. 3\nRiver Districts\nDate of report: 4 May 2025\n\n"
    "The river peaked overnight and is now falling slowly.\n\n"
    "Shelter: The shelter lead, Brit Aasen, said 900 tents had been handed out.\n\n"
    "Water supply: The utility's engineer, Tomas Weyland, said the treatment works would restart on Monday."
)

_BRIEFING = (
    "Summary of the council leader's weekly briefing\n\nPress Office | Thursday 6 March 2025\n\n"
    "The leader, Orla Brightwater, took questions for half an hour.\n\n"
    "Potholes: Highways director Ravi Castellane told reporters that 4,300 potholes had been filled since January.\n\n"
    "Libraries: Cllr Nadia Ferreira-Holt said no library would close this year."
)


def test_a_sitrep_sections_sentences_keep_their_speakers():
    stmts = statements_of(_SITREP)
    assert speaker_of(stmts, "900 tents") == "Brit Aasen"
    assert speaker_of(stmts, "treatment works") == "Tomas Weyland"


def test_a_briefing_summarys_labelled_points_keep_their_speakers():
    stmts = statements_of(_BRIEFING)
    assert speaker_of(stmts, "4,300 potholes") == "Ravi Castellane"
    assert speaker_of(stmts, "no library would close") == "Nadia Ferreira-Holt"
