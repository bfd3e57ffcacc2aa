"""Quality floors of the extractor against hand annotation (see bench/statements_quality.py)."""

import pytest

from bench.statements_quality import GOLD, UNSEEN, load_gold, load_seeds, load_unseen, score


@pytest.fixture(scope="module")
def seeds_score():
    return score(load_seeds(), load_gold(GOLD))


@pytest.fixture(scope="module")
def unseen_score():
    return score(load_unseen(), load_gold(UNSEEN / "gold.jsonl"))


# The extractor was rebuilt on spaCy for articles in general (issue 10). On the seeds it then
# measured P 0.79, R 0.75; the news conventions the seed gold follows (a statement per speaker of
# "A and B officials" / "both leaders", counterparts, "his office said", a narrative sentence
# dating the next) brought it to P 0.889, R 0.964, dates 53/54. The precision left is mostly the
# gold's: one row for a five-sentence quotation the extractor (and the general gold) splits per
# sentence. Floors leave a small margin.
def test_seed_precision_floor(seeds_score):
    assert seeds_score.precision >= 0.86


def test_seed_recall_floor(seeds_score):
    assert seeds_score.recall >= 0.94


def test_seed_resolvable_dates_floor(seeds_score):
    assert seeds_score.dated_gold > 0 and seeds_score.date_accuracy >= 0.93


def test_unseen_precision_floor(unseen_score):
    # Measured 0.862 (25 of 29).
    assert unseen_score.precision >= 0.82


def test_unseen_recall_floor(unseen_score):
    # Measured 0.806 (25/31); floor leaves a margin.
    assert unseen_score.recall >= 0.77


def test_unseen_dates_floor(unseen_score):
    # Measured 17/17 matched dated statements; floor leaves a margin.
    assert unseen_score.date_accuracy >= 0.9


def test_gold_contents_are_found_in_their_articles():
    for articles, gold in ((load_seeds(), load_gold(GOLD)), (load_unseen(), load_gold(UNSEEN / "gold.jsonl"))):
        score(articles, gold)  # raises ValueError when a gold content is not in its article
