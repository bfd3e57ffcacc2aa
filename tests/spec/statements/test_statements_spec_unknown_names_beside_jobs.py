"""A name set beside a job with commas ("Our chief executive, Caspian Oduwole, will ...") whose first
name neither the lexicon nor the named-entity model knows (the model may call it a nationality or a
body): still a person, so the "he" or "she" of the next sentence is that person, not the job left as
written. Every article here is invented, in two styles: a company chair's annual statement and a
relief agency's situation report."""

from tests.spec.invented import speaker_of, statements_of

_CHAIR = (
    "Pellbrook Glass plc\nAnnual Report 2024\n\nChair's Statement\n\n"
    "It has been a difficult year, but the second half brought a recovery.\n\n"
    "Our chief executive, Caspian Oduwole, will set out our plans for a new furnace in his review. "
    "He has told the Board that the furnace will cut the company's gas use by half.\n\n"
    "Marit Lindahl-Okoro\nChair"
)

_SITREP = (
    "SITUATION REPORT No. 4\nStorm Veli — Island Districts\nDate of report: 9 April 2026\n\n"
    "About 12,000 people remain in evacuation centres.\n\n"
    "The district health officer, Dr Sione Talataina-Burke, found three cases of diarrhoea at the Kolomai centre. "
    "He said the cases were being isolated."
)


def test_a_pronoun_after_a_job_and_an_unknown_name_is_that_person():
    assert speaker_of(statements_of(_CHAIR), "cut the company's gas use") == "Caspian Oduwole"


def test_a_titled_name_the_model_calls_a_body_beside_a_job_is_a_person():
    assert speaker_of(statements_of(_SITREP), "being isolated") == "Sione Talataina-Burke"
