"""A court report's lead names the hearing's day once ("The High Court on Wednesday (March 4)
directed ...", "The tribunal on Monday ordered ..."); what counsel submitted, what the judges
remarked and what was said after the hearing, told below in the past tense with no day of their
own, was said that day, not on the report's publication day. Present-tense words ("The
petitioners contend") stay the report's day. Every article here is invented."""

from datetime import date

from tests.spec.invented import day_of, statements_of

_LEGAL_NEWS = (
    "Lake Dredging Stayed\n\nPriyamvada Kollengode | 12 Nov 2025 9:40 AM\n\n"
    "The Madras High Court on Tuesday (November 11) stayed the auction of the Pallikaranai marsh plots, "
    "remarking that a wetland \"is not a land bank.\"\n\n"
    "The petitioners contend that the plots lie inside the protected boundary.\n\n"
    "Senior Advocate Varadarajan Ilanchezhian, appearing for the petitioners, submitted that the survey "
    "maps had been altered. \"The boundary moved by four hundred metres on paper,\" he argued.\n\n"
    "Additional Advocate General Shobhana Kalyanasundaram told the Court that the State would file a "
    "fresh survey within three weeks.\n\n"
    "The Bench also took note of a letter from the Velachery Residents' Forum, placed on record by the "
    "petitioners, in which the Forum said that flooding had doubled since the plots were marked.\n\n"
    "Speaking to reporters after the hearing, petitioner Mutthulakshmi Arasaratnam said the stay was "
    "\"a breathing space for the birds.\"\n"
)

_TRIBUNAL = (
    "Tribunal halts tower demolition\n\nBy Oswin Harcastle\n\nPublished: 18 June 2024\n\n"
    "The Upper Tribunal on Monday ordered the council to halt the demolition of Larkfield Tower until "
    "the residents' appeal is heard.\n\n"
    "Counsel for the council, Imelda Roskilly-Bain, said the building was unsafe. Judge Tobias "
    "Vanterpool replied that the council had waited eleven years to say so.\n\n"
    "Residents' association chair Gwendolyn Achterberg said afterwards that residents were \"relieved but "
    "not celebrating.\"\n"
)


def test_submissions_after_a_legal_lead_are_dated_at_the_hearing():
    stmts = statements_of(_LEGAL_NEWS)
    assert day_of(stmts, "survey maps had been altered") == date(2025, 11, 11)
    assert day_of(stmts, "four hundred metres") == date(2025, 11, 11)
    assert day_of(stmts, "fresh survey") == date(2025, 11, 11)
    assert day_of(stmts, "breathing space") == date(2025, 11, 11)


def test_a_letter_put_on_record_has_no_knowable_day():
    stmts = statements_of(_LEGAL_NEWS)
    assert day_of(stmts, "flooding had doubled") is None


def test_present_tense_contentions_keep_the_report_s_day():
    stmts = statements_of(_LEGAL_NEWS)
    assert day_of(stmts, "inside the protected boundary") == date(2025, 11, 12)


def test_a_tribunal_lead_dates_the_remarks_after_it():
    stmts = statements_of(_TRIBUNAL)
    assert day_of(stmts, "building was unsafe") == date(2024, 6, 17)
    assert day_of(stmts, "waited eleven years") == date(2024, 6, 17)
