"""case_fold.folded: a text a case-ignoring pattern can match holds the folded literal."""

import re

import pytest

from bot.answering.case_fold import folded
from bot.answering.other_party import _named_beside

# Letters with case-ignoring equivalents beyond str.lower: the long s, the Kelvin sign, the
# dotted and dotless i, final sigma, micro sign, ohm sign, sharp s.
ODD = "sSſkKKiIİıσςΣµμΩωΩßẞ"


@pytest.mark.parametrize("c", sorted(set(ODD + "aZ9 -")))
def test_every_character_a_pattern_matches_folds_alike(c):
    pattern = re.compile(re.escape(c), re.I)
    for d in map(chr, range(0x3000)):
        if pattern.fullmatch(d):
            assert folded(d) == folded(c), (c, d)
    for d in ODD:
        if pattern.fullmatch(d):
            assert folded(d) == folded(c), (c, d)


def test_a_folded_miss_is_a_pattern_miss():
    article = "The Pellworth Bank and the Oſtvale Trust signed. İlkay Morven spoke."
    for name in ("pellworth bank", "OSTVALE TRUST", "ilkay morven", "Brenholt"):
        assert (folded(name) in folded(article)) == bool(re.search(re.escape(name), article, re.I))


def test_a_name_set_beside_another_is_still_found():
    article = "Visits rose at Tarnwick and Ollsby last year. Tarnwick had 41,000 visits."
    assert _named_beside("How many visits did Ollsby get?", "Tarnwick had 41,000 visits.", article)
    assert not _named_beside("How many visits did Quenby get?", "Tarnwick had 41,000 visits.", article)
