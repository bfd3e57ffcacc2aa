"""World knowledge from kept data packages: demonyms, countries, places."""

import pytest

from index.world import country_for, demonyms_of, is_place


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Croatian", "Croatia"),
        ("Estonian", "Estonia"),
        ("estonians", "Estonia"),
        ("Tajik", "Tajikistan"),
        ("Kyrgyz", "Kyrgyzstan"),
        ("Dutch", "Netherlands"),
        ("Holland", "Netherlands"),
        ("the Netherlands", "Netherlands"),
        ("American", "United States"),
        ("Malian", "Mali"),
        ("Zambia", "Zambia"),
    ],
)
def test_country_for_maps_demonyms_and_names_to_the_country(word, country):
    assert country_for(word) == country


@pytest.mark.parametrize("word", ["said", "Tuesday", "Reuters", "Smith", "Pak"])
def test_country_for_is_none_for_other_words(word):
    assert country_for(word) is None


def test_demonyms_of_lists_the_adjectives_news_writes():
    assert "Estonian" in demonyms_of("Estonia")
    assert "Tajik" in demonyms_of("Tajikistan")
    assert "Croatian" in demonyms_of("Croatian")  # any name country_for knows
    assert demonyms_of("Nowhereland") == ()


@pytest.mark.parametrize("name", ["Croatia", "Holland", "Zagreb", "Oregon", "Tucson", "Ndola", "new york"])
def test_is_place_knows_countries_capitals_states_and_cities(name):
    assert is_place(name)


@pytest.mark.parametrize("name", ["Croatian", "Tuesday", "Reuters", "said", "X"])
def test_is_place_rejects_demonyms_and_ordinary_words(name):
    assert not is_place(name)

def test_country_of_capital():
    from index.world import country_of_capital

    assert country_of_capital("Lisbon") == "Portugal"
    assert country_of_capital("Springfield") is None
