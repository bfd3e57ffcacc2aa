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


def test_the_verb_after_did_when_the_parser_takes_did_for_the_verb():
    p = predicate_of("Which penalties did the league's panel finally impose on the two clubs?")
    assert p is not None and (p.lemma, p.past) == ("impose", True)


def test_no_best_sentence_saying_it_happened_rules_out_the_weaker_ones_too():
    from bot.answering.candidates import candidates_of
    from bot.answering.predicate_check import MAX_PARSED, check_predicate
    from bot.answering.question import analyse
    from index.models import Chunk, ScoredChunk, Span

    texts = [f"The panel will hear club number {i} next week." for i in range(MAX_PARSED + 2)]
    chunks = [Chunk(f"c{i}", "a1", i + 2, 100 * i, 100 * i + len(t), t, (Span(100 * i, 100 * i + len(t)),))
              for i, t in enumerate(texts)]
    candidates = candidates_of([ScoredChunk(c, 1.0) for c in chunks])
    for i, c in enumerate(candidates):
        c.score = 1.0 - i / 100
    check_predicate(analyse("Which penalties did the panel impose on the clubs?"), candidates)
    assert all(c.score < 0.5 for c in candidates)


def test_an_event_only_said_to_be_coming_is_returned_as_what_the_articles_report():
    from bot.answering.candidates import candidates_of
    from bot.answering.predicate_check import check_predicate
    from bot.answering.question import analyse
    from index.models import Chunk, ScoredChunk, Span

    texts = ["The council approved the harbour budget late on Tuesday by 9 votes to 4.",
             "The budget now goes to the governor, whose office said she would sign it next week."]
    chunks = [Chunk(f"c{i}", "a1", i + 2, 200 * i, 200 * i + len(t), t, (Span(200 * i, 200 * i + len(t)),))
              for i, t in enumerate(texts)]
    candidates = candidates_of([ScoredChunk(c, 1.0) for c in chunks])
    candidates[0].score, candidates[1].score = 0.6, 0.5
    ahead = check_predicate(analyse("On what date did the governor sign the harbour budget?"), candidates)
    assert ahead is candidates[1]
    assert check_predicate(analyse("On what date did the council approve the harbour budget?"), candidates) is None


def test_an_agreement_is_the_event_not_the_act_agreed_to():
    # "had agreed to come back for one more year": the coming back is still ahead, the agreeing done
    p = predicate_of("How long did the retired nurse agree to come back for?")
    assert (p.lemma, p.past) == ("agree", True)
    assert happened("She had been asked to come back part-time and had agreed to stay one more year.", p.lemma) == "yes"
