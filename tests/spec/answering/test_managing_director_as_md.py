""""When did the Ferrowell MD give his interview?": a question writes the managing director as "MD"
(and the general manager as "GM") where the article spells the job out; the short form is the job."""

import pytest

from tests.spec.answering.asks import answers

MILL = """# Bakeries short of flour as mill halts deliveries

**June 17, 2027 | By TOMASZ WIERZBA**

Bakeries in three districts have run short of flour after a mill stopped deliveries over a contract dispute.

Ferrowell Milling, which has supplied the district's bakeries since 2019, confirmed it had suspended deliveries.

Its managing director, Arvo Hallvik, said in an interview on 14 June that the mill was waiting on a revised contract.

Ferrowell Milling's general manager, Jørn Okkelberg, said in an interview on 12 June that the mill's silos were full.

"We have the grain, we have the drivers. We need a signature," Hallvik said.
"""


@pytest.fixture(scope="module")
def mill(app_over):
    with app_over("mill.md", MILL) as app:
        yield app


def test_the_md_is_the_managing_director(mill):
    answers(mill, "what date did the ferrowell md give his interview", "14 June", lacking=("Okkelberg", "12 June"))


def test_the_gm_is_the_general_manager(mill):
    answers(mill, "when did the ferrowell gm give his interview", "Jørn Okkelberg", "12 June", lacking="Hallvik")


def test_the_search_looks_for_the_job_spelled_out():
    # (among many stories, the paragraph "Its managing director, NAME, said in an interview ..." shares
    # no other word with the question: the search must look for the words the letters stand for)
    from index.retrieval import with_same_things

    query = with_same_things("what date did the ferrowell md give his interview")
    assert "managing director" in query
    assert with_same_things("what did the minister say") == "what did the minister say"
