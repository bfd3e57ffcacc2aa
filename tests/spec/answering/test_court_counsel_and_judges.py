"""A court report names counsel by the side they act for ("Name KC, for the landlord,", "Ms Y,
representing the council,") and judges by their titles ("Lord X", "Mr Justice Z"): a question about
the side's lawyer or about a justice finds them. The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

ARTICLE = """Tenants win appeal over heating charge

By Orla Pennick

Published: 4 April 2025

The Court of Appeal ruled on Thursday that a landlord could not pass the cost of a new boiler on to the tenants of Brindle Court.

Harriet Voss KC, for the landlord, told the court that the leases allowed any repair to be charged to the tenants. She said the old boiler had been "beyond saving".

Dominic Farrow, representing the tenants, said the boiler was an improvement, not a repair.

Lord Quillam, giving the lead judgment, agreed with the tenants. Lady Marwick dissented, saying the leases were "plain enough" and should be read as written.
"""

app = app_fixture("brindle.txt", ARTICLE)


def test_counsel_named_for_a_side_is_the_sides_lawyer(app):
    replies(app, "Which lawyer acted for the landlord?", "Voss")


def test_what_the_sides_barrister_argued(app):
    replies(app, "What did the landlord's barrister argue?", "allowed any repair")


def test_counsel_representing_a_side(app):
    replies(app, "Who represented the tenants?", "Farrow")


def test_a_titled_judge_is_a_justice(app):
    replies(app, "Which justice disagreed with the majority?", "Marwick")


def test_who_dissented_needs_no_case_phrase(app):
    replies(app, "Who dissented in the Brindle Court case?", "Marwick")


TRIAL = """Driver cleared of dangerous driving

Published: 12 May 2025

A delivery driver has been cleared of causing a crash on the Hollin Road bypass.

Prosecuting, Anwen Treharne told the jury the van had been travelling at 60mph.

Gideon Pellow, for the defendant, said the brakes of the van had failed and that his client had done "everything a careful driver could".

The jury took two hours to reach its verdict.
"""

trial = app_fixture("hollin.txt", TRIAL)


def test_counsel_for_a_party_of_the_court_without_letters(trial):
    replies(trial, "Who was the defendant's lawyer?", "Pellow")


def test_what_the_defendants_barrister_argued(trial):
    replies(trial, "What did the defendant's barrister say about the brakes?", "brakes of the van had failed")


def test_counsel_for_the_defendant_is_the_defence_lawyer(trial):
    replies(trial, "Who was the defence lawyer?", "Pellow")


SENTENCING = """Builder jailed for pension fraud

Published: 9 May 2025

A builder who took £300,000 from a pension fund was jailed for four years at Castlebridge Crown Court on Thursday.

Mr Justice Orrinford told Wendell Spratt, 58, that he had "betrayed every worker who trusted him".

Spratt's lawyer, Nadia Fenwick, said her client was ashamed.
"""

sentencing = app_fixture("spratt.txt", SENTENCING)


def test_a_judge_titled_before_the_surname_alone_is_a_judge(sentencing):
    replies(sentencing, "Which judge jailed the builder?", "Orrinford")


def test_what_the_titled_judge_said(sentencing):
    replies(sentencing, "What did the judge tell the builder?", "betrayed every worker")
