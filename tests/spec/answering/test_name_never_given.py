""""What is the name of the man arrested?" where the article gives only "A 41-year-old man from
Truro was arrested": the town places him, it does not name him, so the articles do not say, citing
that line. What the article tells of him is still answered."""

import pytest

from tests.spec.answering.asks import answers, declines

APPEAL = """Title: Arrest after pedestrian hurt in Penlowe
Date: 2025-06-19

Officers investigating a collision in which a pedestrian was seriously hurt in Penlowe on Sunday have made an arrest.

A 41-year-old man from Truro was arrested on Tuesday on suspicion of dangerous driving. He has been released on bail.

The pedestrian, Agnieszka Rowe, remains in hospital.
"""


@pytest.fixture(scope="module")
def appeal(app_over):
    with app_over("penlowe.txt", APPEAL) as app:
        yield app


def test_a_man_placed_but_not_named(appeal):
    declines(appeal, "What is the name of the man arrested on suspicion of dangerous driving?", citing="41-year-old man from Truro")


def test_what_is_told_of_him_is_still_answered(appeal):
    answers(appeal, "How old is the man who was arrested?", "41")
