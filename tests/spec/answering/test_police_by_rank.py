""""Which police officer gave evidence?": a court report names the officer by rank ("Constable X
told the court"), never as police; another body's "officer" in the same round-up (a trading
standards officer) is not the one asked for."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

ROUNDUP = """Tollbridge District Court round-up

A Harnley man was fined for careless cycling at Tollbridge District Court on Thursday.

Brannagh Oduya (27), of Mill Terrace, Harnley, was stopped by police on the canal path near Eskwell at 11pm on March 2nd. Constable Idris Penhallow told the court the accused had been riding without lights and had struck a pedestrian.

Mr Oduya's solicitor, Ms Talia Renwick, said her client had since bought new lights. Judge Osric Delamere fined him 300 pounds.

In a separate case, a Fenbury farmer was fined for failing to register sheep. Trading standards officer Marit Gollan gave evidence that 40 ewes had been found on a rented field without tags.
"""

court = app_fixture("roundup.txt", ROUNDUP)

test_answers = table(answers, [
    ask("court", "Which police officer gave evidence against the Harnley cyclist?", "Penhallow", lacking="Gollan",
        id="the_police_officer_is_the_one_named_by_rank"),
    ask("court", "Which trading standards officer gave evidence in the sheep case?", "Gollan", lacking="Penhallow",
        id="another_body_s_officer_by_its_own_words"),
])
