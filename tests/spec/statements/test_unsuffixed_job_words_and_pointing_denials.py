"""An unnamed source described by a job word with no agentive ending ("A lifeguard who worked at the
baths ..., said") speaks, and the quotation after it ("'...,' he said") is that source's, not the
last named man's. A pronoun a speaker rejects while saying what instead ("Mr X denied that, saying
the report had been updated") is no statement: the saying is. Every article is invented."""

from tests.spec.invented import speaker_of

BATHS = ("The harbour baths will not reopen, the trustees decided.\n\n"
         "Trust chairman Osric Pellingham said the costs were too high.\n\n"
         "A lifeguard who worked at the baths in their last summer, and who asked not to be named, "
         "said it had been 'freezing, even in August'.\n\n"
         "'People remember the sunshine. I remember the goose pimples,' he said.\n")


def test_a_lifeguard_speaks(statements):
    assert "lifeguard" in speaker_of(statements(BATHS), "freezing, even in August")


def test_the_quotation_after_is_the_lifeguards(statements):
    stmts = statements(BATHS)
    assert "lifeguard" in speaker_of(stmts, "People remember the sunshine")
    assert "lifeguard" in speaker_of(stmts, "goose pimples")


def test_a_chef_and_a_warden_speak_too(statements):
    for job in ("chef", "warden"):
        text = BATHS.replace("A lifeguard who worked at the baths", f"A {job} who worked at the baths")
        assert job in speaker_of(statements(text), "freezing, even in August")


DENIAL = ("Trust chairman Osric Pellingham said the board would not back the scheme.\n\n"
          "Trustee Greta Olund accused colleagues of deciding before the meeting.\n\n"
          "Mr Pellingham denied that, saying the report had been updated on 2 May to reflect the final figures.\n")


def test_a_denied_pronoun_beside_the_speakers_saying_is_no_statement(statements):
    stmts = statements(DENIAL)
    assert not [s for s in stmts if s.content.strip().lower() in ("that", "this", "it")]
    assert speaker_of(stmts, "the report had been updated") == "Osric Pellingham"


def test_a_bare_denial_of_a_claim_stays(statements):
    alone = DENIAL.replace("denied that, saying the report had been updated on 2 May to reflect the final figures.",
                           "denied the claim.")
    assert speaker_of(statements(alone), "the claim") == "Osric Pellingham"


def test_two_pointing_sayings_and_nothing_else_both_stay(statements):
    plain = "Osric Pellingham used to say it to every new trainee, and he said it to me when I started.\n"
    stmts = statements(plain)
    assert len([s for s in stmts if s.speaker == "Osric Pellingham" and s.content.strip() == "it"]) == 2
