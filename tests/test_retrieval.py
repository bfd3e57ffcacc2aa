"""Hybrid retrieval ranks the article that answers first."""

import pytest

CASES = [
    ("Who said that no checkpoint is envisioned on the Lachin corridor?", "003_3362ed2f4686983c.txt"),
    ("Where did Putin and Pashinyan meet at the Eurasian Economic Union summit?", "001_f6e84ce8a32313d4.txt"),
    ("What did Peskov tell reporters about mediation?", "004_6cec359ea448f784.txt"),
    ("How many people lack food and medicine because of the blockade?", "002_5330609adfd73756.txt"),
    ("What did the Kremlin readout of the call emphasize?", "000_1d91f700048fccb0.txt"),
    ("EU mission legitimacy doubts", "003_3362ed2f4686983c.txt"),
    ("Hajiyev denied an understanding on an international mechanism", "001_f6e84ce8a32313d4.txt"),
    ("UN Security Council mandate for peacekeepers", "004_6cec359ea448f784.txt"),
]


@pytest.mark.parametrize("question, article_id", CASES)
def test_the_answering_article_ranks_first(whosaid_app, question, article_id):
    results = whosaid_app.corpus.retrieve(question, 5)
    assert results[0].chunk.article_id == article_id


def test_k_bounds_the_number_of_passages(whosaid_app):
    assert len(whosaid_app.corpus.retrieve("Lachin corridor blockade", 3)) == 3


def test_results_come_from_both_dense_and_keyword_rankings(whosaid_app):
    results = whosaid_app.corpus.retrieve("checkpoint envisioned Lachin", 8)
    assert any(r.dense_rank for r in results) and any(r.sparse_rank for r in results)
