"""A role qualified by a capital city ("Nairobi's trade minister", "Lima's envoy") stands for its
country's office, as news writes "Moscow said" for the Russian government: a person the article
describes as another country's holds that job elsewhere, and is not the one asked about."""

import pytest

from bot.answering.question import analyse
from bot.answering.roles import resolve_role
from bot.answering.terms import stems
from index.article_people import Person


def _person(name: str, description: str) -> Person:
    return Person(name, name.split()[-1], description, frozenset(stems(description)))


PEOPLE = {
    "a1": (
        _person("Amina Otieno", "Tanzanian Trade Minister"),
        _person("Peter Kamau", "Kenya's minister of industry and trade"),
    )
}


def _terms(article_id: str) -> frozenset[str]:
    return frozenset(stems("Dar es Salaam and Nairobi traded tariffs; Tanzania and Kenya trade minister Kenyan Tanzanian"))


@pytest.mark.parametrize("question", [
    "How did Nairobi's trade minister describe the tariff threat?",
    "What did Nairobi's trade minister say about the tariff?",
])
def test_a_role_named_by_its_capital_is_held_by_that_countrys_minister(question):
    q = analyse(question)
    found = resolve_role(q, PEOPLE, lambda _t: 1.0, _terms)
    assert found and found[0][1].name == "Peter Kamau"


def test_another_countrys_minister_does_not_hold_a_role_named_by_a_capital():
    q = analyse("How did Nairobi's trade minister describe the tariff threat?")
    assert "Amina Otieno" not in {p.name for _, p in resolve_role(q, PEOPLE, lambda _t: 1.0, _terms)}
