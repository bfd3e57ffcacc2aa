""""The President of the Tails Vanuatu Trust, Dr Selina Vaka-Turner, a veterinarian, welcomed the plan but
warned that ...": the person set off by commas between the role phrase and its verb holds the role and
speaks, however the parser hung the name (as a conjunct of the body, the body as an apposition of the
role), not "The President of the Tails". Every article here is invented (a real country only as a
setting)."""

from tests.spec.invented import speaker_of, statements_of

ECHO = """THE NUKU'ALOFA ECHO
Tonga's independent voice

Local

Villages told to pen goats

By Teuila Fanene
3 October 2026, 7:30PM

Village councils will be asked to pen roaming goats after a nursery lost four thousand seedlings.

The President of the Tails Vanuatu Trust, Dr Selina Vaka-Turner, a veterinarian, welcomed the registration
plan but warned that a pen without a feeding programme would be "a very costly waiting room".

"The goats will be back within a year," Dr Vaka-Turner said.
"""


def test_the_comma_set_person_holds_the_role_and_speaks():
    stmts = statements_of(ECHO)
    assert speaker_of(stmts, "very costly waiting room") == "Selina Vaka-Turner"


def test_a_verb_between_role_and_name_keeps_them_apart():
    text = ECHO.replace("The President of the Tails Vanuatu Trust, Dr Selina Vaka-Turner, a veterinarian, welcomed",
                        "The President of the Tails Vanuatu Trust, who met Dr Selina Vaka-Turner, a veterinarian, welcomed")
    assert speaker_of(statements_of(text), "very costly waiting room") != "Selina Vaka-Turner"
