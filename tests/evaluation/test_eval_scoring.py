"""The scorer on hand-made answers, so a bug in scoring cannot hide a bug in answering."""

import pytest

from bot.evaluation.scoring import find_fact, fold, missed_floors, percentile, score_question, summarize

A, B, C = "000_a.txt", "001_b.txt", "002_c.txt"


def scored(**overrides):
    """An answered, answerable question citing A for expected fact "Lavrov" with source A."""
    args = dict(answerable=True, expected=[["Lavrov"]], sources=[A], answer_text="Lavrov said so [1].",
                abstained=False, cited_sources=[A], retrieved_sources=[A, B])
    args.update(overrides)
    return score_question(**args)


# -- finding facts ---------------------------------------------------------------------
def test_fact_with_straight_apostrophe_is_found_under_a_curly_one():
    assert find_fact(["Moscow's reluctance"], "It sees Moscow\u2019s reluctance to act [1].") is not None


def test_fact_with_curly_apostrophe_is_found_under_a_straight_one():
    assert find_fact(["Moscow\u2019s reluctance"], "It sees Moscow's reluctance to act [1].") is not None


def test_fact_is_found_regardless_of_case():
    assert find_fact(["road map"], "A Road Map was expected [1].") is not None


def test_dashes_fold_to_hyphens():
    assert find_fact(["Armenian-Azerbaijani"], "the Armenian\u2013Azerbaijani war [1]") is not None


def test_runs_of_whitespace_fold_to_one_space():
    assert find_fact(["road map"], "a road \n  map [1]") is not None


def test_date_is_not_found_inside_a_longer_number():
    assert find_fact(["7 December"], "They met on 27 December [1].") is None


def test_number_is_not_found_before_more_digits():
    assert find_fact(["December 1"], "It began on December 12 [1].") is None


def test_number_next_to_punctuation_is_found():
    assert find_fact(["December 12"], "It began on December 12, 2022 [1].") is not None


def test_citation_marker_does_not_supply_a_number():
    assert find_fact(["1"], "No number here [1].") is None


def test_any_alternative_counts():
    assert find_fact(["December 12", "12 December"], "since 12 December [2]") == "12 December"


def test_fold_leaves_plain_text_alone_but_lowercased():
    assert fold("Who  said\tit?") == "who said it?"


# -- fact recall and exact ----------------------------------------------------------------
def test_fact_recall_counts_present_facts_over_expected():
    s = scored(expected=[["Lavrov"], ["Baku"]], answer_text="Lavrov said so [1].")
    assert s.ratios()["fact_recall"] == 0.5


def test_exact_needs_every_fact():
    s = scored(expected=[["Lavrov"], ["Baku"]], answer_text="Lavrov said so [1].")
    assert s.ratios()["exact"] == 0.0


def test_abstention_finds_no_facts_even_if_its_text_names_them():
    s = scored(abstained=True, answer_text="I could not find who; Lavrov is mentioned nearby.")
    assert s.ratios()["fact_recall"] == 0.0


def test_facts_are_not_scored_for_unanswerable_questions():
    s = scored(answerable=False, expected=[], sources=[], abstained=True)
    assert s.ratios()["fact_recall"] is None and s.ratios()["exact"] is None


# -- citations ------------------------------------------------------------------------------
def test_right_citation_gives_full_precision():
    assert scored(cited_sources=[A]).ratios()["citation_precision"] == 1.0


def test_wrong_citation_lowers_precision():
    assert scored(cited_sources=[A, B]).ratios()["citation_precision"] == 0.5


def test_any_listed_source_is_a_correct_citation():
    s = scored(sources=[A, B], cited_sources=[B])
    assert s.ratios()["citation_precision"] == 1.0


def test_citation_recall_counts_sources_cited():
    s = scored(sources=[A, B], cited_sources=[A])
    assert s.ratios()["citation_recall"] == 0.5


def test_repeated_citations_of_one_article_count_once():
    assert scored(cited_sources=[A, A, B]).ratios()["citation_precision"] == 0.5


def test_abstention_on_answerable_question_has_no_precision_and_zero_recall():
    s = scored(abstained=True, cited_sources=[])
    assert s.ratios()["citation_precision"] is None and s.ratios()["citation_recall"] == 0.0


def test_uncited_answer_has_no_precision_and_zero_recall():
    s = scored(cited_sources=[])
    assert s.ratios()["citation_precision"] is None and s.ratios()["citation_recall"] == 0.0


def test_citations_are_not_scored_for_unanswerable_questions():
    s = scored(answerable=False, expected=[], sources=[], abstained=False, cited_sources=[A])
    assert s.ratios()["citation_precision"] is None and s.ratios()["citation_recall"] is None


# -- abstention -----------------------------------------------------------------------------
def test_abstention_on_answerable_question_is_wrong():
    assert scored(abstained=True).ratios()["abstention_accuracy"] == 0.0


def test_answer_to_answerable_question_is_right():
    assert scored(abstained=False).ratios()["abstention_accuracy"] == 1.0


def test_abstention_on_unanswerable_question_is_right():
    s = scored(answerable=False, expected=[], sources=[], abstained=True)
    assert s.ratios()["abstention_accuracy"] == 1.0


def test_answer_to_unanswerable_question_is_wrong():
    s = scored(answerable=False, expected=[], sources=[], abstained=False)
    assert s.ratios()["abstention_accuracy"] == 0.0


# -- retrieval ------------------------------------------------------------------------------
def test_hit_when_a_source_is_retrieved():
    assert scored(retrieved_sources=[B, C, A]).ratios()["hit_at_k"] == 1.0


def test_miss_when_no_source_is_retrieved():
    assert scored(retrieved_sources=[B, C]).ratios()["hit_at_k"] == 0.0


def test_mrr_is_reciprocal_rank_of_first_source():
    assert scored(retrieved_sources=[B, C, A]).ratios()["mrr"] == pytest.approx(1 / 3)


def test_mrr_ranks_articles_not_passages():
    # Three passages of B before A: A is the second article retrieved.
    assert scored(retrieved_sources=[B, B, B, A]).ratios()["mrr"] == 0.5


def test_mrr_is_zero_when_no_source_is_retrieved():
    assert scored(retrieved_sources=[]).ratios()["mrr"] == 0.0


def test_retrieval_is_not_scored_when_none_ran():
    s = scored(retrieved_sources=None)
    assert s.ratios()["hit_at_k"] is None and s.ratios()["mrr"] is None


def test_retrieval_is_not_scored_for_unanswerable_questions():
    s = scored(answerable=False, expected=[], sources=[], abstained=True)
    assert s.ratios()["hit_at_k"] is None and s.ratios()["mrr"] is None


# -- groups ---------------------------------------------------------------------------------
def test_group_fact_recall_pools_facts_over_questions():
    one_of_one = scored()
    zero_of_three = scored(expected=[["x"], ["y"], ["z"]])
    assert summarize([one_of_one, zero_of_three], [1, 1])["fact_recall"] == 0.25


def test_group_metric_with_no_applicable_question_is_none():
    s = scored(answerable=False, expected=[], sources=[], abstained=True)
    assert summarize([s], [1.0])["citation_precision"] is None


def test_group_counts_questions():
    assert summarize([scored(), scored()], [1.0, 2.0])["n"] == 2


def test_latency_percentiles_interpolate():
    assert percentile([10, 20, 30, 40, 50], 50) == 30 and percentile([10, 20], 95) == pytest.approx(19.5)


# -- floors ---------------------------------------------------------------------------------
def test_floor_missed_is_named():
    assert missed_floors({"fact_recall": 0.5}, {"fact_recall": 0.6}) == [
        "fact recall 0.500 is below the floor 0.60"
    ]


def test_floor_met_exactly_is_not_missed():
    assert missed_floors({"fact_recall": 7 / 10}, {"fact_recall": 0.7}) == []


def test_floor_not_given_is_not_checked():
    assert missed_floors({"fact_recall": 0.0}, {"fact_recall": None}) == []
