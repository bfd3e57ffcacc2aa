"""The plain form of a question asked another way (bot/answering/plain_question.py): the forms a parser
reads by their first words. A question asked plainly is left exactly as it is."""

import pytest

from bot.answering.plain_question import plain


@pytest.mark.parametrize("asked, plain_form", [
    ("I'd like to know when the quarry firm lodged its appeal.", "When did the quarry firm lodge its appeal?"),
    ("Can you tell me who the harbour master is?", "Who is the harbour master?"),
    ("Do the articles say whether the bridge was open when the lorry crashed?", "Was the bridge open when the lorry crashed?"),
    ("Tell me what the union rated the offer.", "What did the union rate the offer?"),
    ("Name the surveyor who found the crack.", "Which surveyor found the crack?"),
    ("Name the town where the depot will be built.", "In which town will the depot be built?"),
    ("Name the head of the river authority.", "Who is the head of the river authority?"),
    ("Name the haulier Mr Ostrowe worked for.", "Which haulier did Mr Ostrowe work for?"),
    ("Name the bank running the sale of the port.", "Which bank is running the sale of the port?"),
    ("Name the ward represented by the councillor who resigned.", "Which ward is represented by the councillor who resigned?"),
    ("What number of lorries use the bypass?", "How many lorries use the bypass?"),
    ("What was the reason the mill closed?", "Why did the mill close?"),
    ("What age is the ferry's captain?", "How old is the ferry's captain?"),
    ("so why'd the mayor resign", "Why did the mayor resign?"),
    ("what's happened to the old pier?", "What has happened to the old pier?"),
    ("When exactly did the dam burst?", "When did the dam burst?"),
    ("Compare the union's demand with the offer.", "How does the union's demand compare with the offer?"),
    ("Describe the Wexmoor scheme.", "What is the Wexmoor scheme?"),
    ("And what number of homes were flooded?", "And how many homes were flooded?"),
    ("By whom was the levy proposed?", "Who proposed the levy?"),
    ("What number of buses run now, and what number more has the town asked for?",
     "How many buses run now, and how many more has the town asked for?"),
    ("how's a wet June compare with a dry one?", "How does a wet June compare with a dry one?"),
    ("By which engineer was the crack found in the pier?", "Which engineer found the crack in the pier?"),
    ("By which firm was the depot taken over?", "Which firm has taken over the depot?"),
    ("Why was the offer rejected by the union?", "Why did the union reject the offer?"),
    ("When was the plan approved by the council after the vote?", "When did the council approve the plan after the vote?"),
    # an embedded question whose subject opens on an adjective, or which is asked of a measure or a noun
    ("I'd like to know who Lower Harwick's planning chief is.", "Who is Lower Harwick's planning chief?"),
    ("Tell me how much higher she said the new fares would be.", "How much higher did she say the new fares would be?"),
    ("Tell me how long the strike lasted.", "How long did the strike last?"),
    ("I'd like to know what time the ferry leaves.", "What time does the ferry leave?"),
    ("Tell me which firm the council hired.", "Which firm did the council hire?"),
    ("Tell me which Harwick firm the council hired.", "Which Harwick firm did the council hire?"),
    ("Do the articles say which depot Anna Berg measured the savings against?",
     "Which depot did Anna Berg measure the savings against?"),
    # ... but one asked of its subject keeps its order
    ("Tell me how many people live on the island.", "How many people live on the island?"),
    ("I'd like to know which councillor proposed the motion.", "Which councillor proposed the motion?"),
    ("Tell me what Anna Berg said.", "What did Anna Berg say?"),
    # a sum asked with "what" and a verb of price
    ("What did the flood study cost to carry out?", "How much did the flood study cost to carry out?"),
    ("What will the new footbridge cost?", "How much will the new footbridge cost?"),
    ("What does the council charge for parking at the quay?", "How much does the council charge for parking at the quay?"),
    # a speaker's emphasis, which the forms read by their words would trip on
    ("What actually caused the flooding, according to the water board?", "What caused the flooding, according to the water board?"),
    ("was the lifeboat's beacon even working when it capsized?", "Was the lifeboat's beacon working when it capsized?"),
])
def test_asked_another_way_reads_plainly(asked, plain_form):
    assert plain(asked) == plain_form


@pytest.mark.parametrize("asked", [
    "What one-off charge did the firm expect?",
    "What deal was signed by the two sides?",
    "Who said the levy was unfair?",
    "How many pupils does the school have?",
    "and what did she say about the bus lane",
    "Which councillor proposed the motion?",
    "How was the call described by the mayor and by the union?",
    "Why was it admitted by the firm that the pier was unsafe?",
    "How many homes were flooded by the storm?",
    "What is the reason for the boil water notice?",
    "What was the reason given for the delay?",
    "How many people were hurt in crashes caused by the faulty lights?",
    "What was the grant paid by the trust supposed to cover?",
    "Tell me the career of the driver whose van was stolen.",
    "What did the mayor say about the cost?",
    "What did the crowd pay tribute to?",
    "Did the ferry company break even last year?",
    "What did she say about the even split?",
    "What did it cost the baker to ship a sack of flour to the island before and after the strike?",
])
def test_a_plain_question_is_left_as_it_is(asked):
    assert plain(asked) == asked
