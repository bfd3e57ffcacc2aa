"""A who-question about a deed done to a thing ("who stole the key"), where the article says the thing
was not wronged so ("the key was not compromised. It simply expired.") and writes the deed nowhere:
the denial and the sentence after it correct the premise. Where the deed is told, who did it is
answered; a negation of an unrelated act corrects nothing."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

TECH = """Wyvern app store outage blamed on expired certificate

The Wyvern app store, used by most phones sold by the Pyxis brand, stopped installing updates for six hours on Sunday.

Engineers traced the failure to the store's signing certificate, which had reached the end of its validity.

Wyvern says no apps were altered and the certificate was not compromised. It simply ran out.

Developer Tolcarne Hexley said the company should have renewed it months ago.
"""

POLICE = """Van stolen from Kestrow depot

A delivery van was stolen from the Kestrow parcel depot overnight on Tuesday, police said.

The van was stolen by two men who forced the gate at about 2am, Sergeant Mair Brindle said.

The depot's alarm was not repaired after a fault last month, staff said.
"""

tech = app_fixture("app_store.txt", TECH)
police = app_fixture("van.txt", POLICE)

test_answers = table(answers, [
    ask("tech", "Who stole Wyvern's signing certificate?", "not compromised", "ran out",
        starting="The articles do not say so", id="object_not_compromised_corrects_who_stole"),
    ask("police", "Who stole the van from the Kestrow depot?", "two men", lacking="The articles do not say so",
        id="deed_told_is_answered"),
])

test_declines = table(declines, [
    ask("police", "Who broke the depot's alarm?", lacking="The articles do not say so", id="unrelated_negation_corrects_nothing"),
])
