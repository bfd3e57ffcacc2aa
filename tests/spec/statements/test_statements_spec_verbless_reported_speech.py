"""Reported speech carried on without a verb of saying: translated wires and agency English.

Every article here is invented. A translated regional wire or a state agency reports a speaker
in indirect speech and then goes on without naming them again: back-shifted modals ("Otherwise
the council would appeal"), a past-tense expectation ("Results were expected in May"), and a
quotation in the same paragraph or the next with no verb of its own. Those sentences are the
speaker's until another speaker or plain narration takes over. A plain past ("The plant was
built in 1998.") or a present-tense fact after a statement is the writer's narration.
"""

from tests.spec.invented import statements_of, the_one

TRANSLATED_WIRE = """Regionaldienst Suedland | English edition

Flood dykes at Morvingen: county wants faster repairs

Morvingen (rds) - The county of Morvingen has asked the state for money to repair two damaged dykes.

County Commissioner Ortwin Blasberg (FW) said on Monday that the northern dyke had lost a third of its height. "The water is already at the edge. We cannot wait for another winter."

Blasberg said he expected an answer before the end of the month. Otherwise the county would pay for the repairs itself and reclaim the money later.

Transport Minister Ilse Wandrey (SPD) said in the state parliament that she understood the worry. Money could only be released once the engineers had finished their survey, she said. Results were expected in early November.

The northern dyke was built in 1974. It protects around 900 homes.
"""

AGENCY = """Coastal ferry service to resume, minister says

KUALA TEREP, March 3 (NNA) -- Transport Minister Datuk Harun Selamat said on Sunday that the Pulau Kecil ferry service would resume next week after repairs to the jetty.

"The contractor has completed the main work. We only need a final safety inspection."

Harun said the ministry had allocated RM4 million for the jetty. The money should also cover two new waiting halls, which were scheduled to open in June.

The jetty was damaged by a storm in January. The ferry carries about 1,200 passengers a day.
"""


def test_a_quotation_after_a_reported_sentence_is_its_speakers():
    stmts = statements_of(TRANSLATED_WIRE)
    assert the_one(stmts, "The water is already at the edge").speaker == "Ortwin Blasberg"
    assert the_one(stmts, "We cannot wait for another winter").speaker == "Ortwin Blasberg"


def test_a_quotation_paragraph_after_a_reported_paragraph_is_its_speakers():
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "The contractor has completed the main work").speaker == "Harun Selamat"
    assert the_one(stmts, "final safety inspection").speaker == "Harun Selamat"


def test_back_shifted_sentences_after_a_statement_are_its_speakers():
    stmts = statements_of(TRANSLATED_WIRE)
    assert the_one(stmts, "pay for the repairs itself").speaker == "Ortwin Blasberg"
    assert the_one(stmts, "Results were expected in early November").speaker == "Ilse Wandrey"
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "cover two new waiting halls").speaker == "Harun Selamat"


def test_plain_narration_after_a_statement_is_nobodys():
    for text in (TRANSLATED_WIRE, AGENCY):
        stmts = statements_of(text)
        for narration in ("built in 1974", "protects around 900 homes", "damaged by a storm", "carries about 1,200"):
            assert not [s for s in stmts if narration in s.content], narration


COMMUNIQUE = """Joint communiqué of the Ministers of Fisheries of Valdoria and Kestmark

1. The Ministers reaffirmed their commitment to sustainable fisheries in the shared waters.

2. The Ministers agreed to set up a joint inspection team. The team will start work in September and report every six months.

3. Minister Arvo Tallinder thanked his counterpart for the hospitality. The weather was mild.
"""


def test_every_sentence_of_a_numbered_joint_item_is_the_signatories():
    stmts = statements_of(COMMUNIQUE)
    assert the_one(stmts, "report every six months").speaker == the_one(stmts, "joint inspection team").speaker
    assert not [s for s in stmts if "weather was mild" in s.content]
