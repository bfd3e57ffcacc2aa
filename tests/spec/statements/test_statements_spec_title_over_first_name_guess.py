"""A courtesy title says the gender a first name only guessed: "Mr X" of a given name the
first-name lexicon reads as a woman's (a man's name in another language) is a man, so a "he"
after his quote is his, not the last man named before him.

Every article here is invented. A business page quotes a farmer, then an association president
whose given name is a woman's in English and a man's in his own language, called "Mr" after.
"""

from tests.spec.invented import speaker_of, statements_of

_GROWERS = (
    "THE ISLAND LEDGER\n\n"
    "BUSINESS\n\n"
    "Olive prices slide\n\n"
    "Thursday, October 8, 2026\n"
    "MARTA GRECO\n\n"
    "Olive growers say the price paid at the cooperative press has fallen by a third.\n\n"
    "Farmer Nelavine Galli, 58, has 900 trees on the hill above the village.\n\n"
    "\"My sons ask me whether to keep picking,\" Mr Galli said.\n\n"
    "At a meeting of about 60 growers on Monday, Valley Olive Growers' Association president "
    "Andrea Bertuzzi told farmers the fall was caused by a record harvest in Spain.\n\n"
    "\"Everybody has oil this year. The buyers know it,\" Mr Bertuzzi said.\n\n"
    "He urged members not to sell to the first trader who called. \"Wait a month if you can,\" he said.\n\n"
    "A trader, Ettore Lanza, said the cooperative would pay a bonus for organic oil.\n\n"
    "Mr Bertuzzi disputed that. He said the bonus had never reached any grower he knew.\n"
)


def test_a_title_overrides_a_first_name_guess_for_the_pronoun_after():
    stmts = statements_of(_GROWERS)
    assert speaker_of(stmts, "Everybody has oil") == "Andrea Bertuzzi"
    assert speaker_of(stmts, "not to sell to the first trader") == "Andrea Bertuzzi"
    assert speaker_of(stmts, "Wait a month") == "Andrea Bertuzzi"


def test_a_denial_is_followed_by_its_deniers_pronoun():
    assert speaker_of(statements_of(_GROWERS), "never reached any grower") == "Andrea Bertuzzi"
