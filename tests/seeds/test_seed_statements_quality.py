"""Quality floors of the extractor against hand annotation (see bench/statements_quality.py)."""

import pytest

from bench.statements_quality import GOLD, UNSEEN, load_gold, load_seeds, load_unseen, score


@pytest.fixture(scope="module")
def seeds_score():
    return score(load_seeds(), load_gold(GOLD))


@pytest.fixture(scope="module")
def unseen_score():
    return score(load_unseen(), load_gold(UNSEEN / "gold.jsonl"))


# The extractor was rebuilt on spaCy for articles in general (issue 10): on the general corpus
# speaker recall went from 0.39 to ~0.89. On the seeds it fell from 0.99 (rules fitted to them)
# to the floors below: the seed gold names governments by country for capitals ("Baku" ->
# Azerbaijan), which waits on the world gazetteer (index/world.py), and gives one row per
# coordinated subject. Measured P 0.71, R 0.65, dates 0.69; floors leave a small margin.
def test_seed_precision_floor(seeds_score):
    assert seeds_score.precision >= 0.68


def test_seed_recall_floor(seeds_score):
    assert seeds_score.recall >= 0.62


def test_seed_resolvable_dates_floor(seeds_score):
    assert seeds_score.dated_gold > 0 and seeds_score.date_accuracy >= 0.65


def test_unseen_precision_floor(unseen_score):
    # Measured 0.82 after the spaCy rebuild (1.00 with the rules fitted to the seeds).
    assert unseen_score.precision >= 0.78


def test_unseen_recall_floor(unseen_score):
    # Measured 0.74 (23/31) after the spaCy rebuild; floor leaves a margin.
    assert unseen_score.recall >= 0.70


def test_unseen_dates_floor(unseen_score):
    # Measured 14/14 matched dated statements; floor leaves a margin.
    assert unseen_score.date_accuracy >= 0.85


def test_gold_contents_are_found_in_their_articles():
    for articles, gold in ((load_seeds(), load_gold(GOLD)), (load_unseen(), load_gold(UNSEEN / "gold.jsonl"))):
        score(articles, gold)  # raises ValueError when a gold content is not in its article
