"""What a question says happened, and whether a sentence says it happened or only that it will."""

from bot.answering.predicate import happened, predicate_of


def test_the_event_a_question_asks_about():
    p = predicate_of("How many fishermen drowned in the storm?")
    assert (p.lemma, p.past) == ("drown", True)


def test_a_speech_verb_is_no_event():
    assert predicate_of("What did the harbour master say about the pier?") is None


def test_the_thing_asked_for_is_not_the_event():
    assert predicate_of("What message did the mayor have for the crews?") is None


def test_a_sentence_that_says_it_happened():
    assert happened("Three fishermen drowned when their boat capsized.", "drown") == "yes"


def test_a_sentence_that_only_says_it_will_happen():
    assert happened("The council is expected to sign the contract next week.", "sign") == "future"
    assert happened("The two mayors are due to meet in Brinmouth on Monday.", "agree") == "future"


def test_a_sentence_about_something_else():
    assert happened("More than 200 boats were damaged in the storm.", "drown") == "no"


def test_a_sentence_that_says_it_did_not_happen():
    assert happened("The harbour master said she would not resign.", "resign") == "negated"
