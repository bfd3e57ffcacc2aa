"""A count of what died, asked with the verb while the article uses its adjective or noun
(index/vocabulary.yaml `paraphrases`: die / dead / death): "how many of the trout died" / "the
number of dead fish was 340"."""

from bot.answering.paraphrase import paraphrases_in

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

NOTES = """Episode 41: a hard spring on the Carrowmere fish farm

Presenter Gwilym Pellingar visits Noor and Pavel Varrow, who keep trout in eight ponds below the Carrowmere weir, after a spring in which a heatwave warmed the water for eleven days.

Pavel says the farm has never seen anything like it. Noor, who counts the stock each week, says the number of dead fish was 340 by the end of April, against 25 the spring before.

They now run aerators through every warm night and plan to dig a ninth, deeper pond next year.
"""

notes = app_fixture("carrowmere_trout_notes.md", NOTES)


def test_a_count_asked_with_died_is_answered_by_the_number_of_dead(notes):
    answers(notes, "how many of the Varrows' trout died this spring", "340")


def test_the_verb_die_is_grouped_with_dead_and_death():
    groups = paraphrases_in("How many sheep died in the snow?")
    assert any(("dead",) in p.others and ("death",) in p.others for p in groups)
