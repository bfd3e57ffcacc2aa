"""Reported speech carried on with no cue stops at a sentence whose subject is a person named in
apposition ("Its founder, X, believes ..."): that sentence is not the earlier speaker's.

Every article here is invented.
"""

import pytest

from tests.spec.invented import statements_of

CAMPAIGN = """Title: Campaigners bid for old baths
Date: 2025-03-02

A campaign group, Friends of Marlow Baths, said it had raised £18,000 towards a community buy-out. Its chair, Oriel Tasker-Mbeki, believes the baths could pay their way with swimming lessons.
"""

CLUB = """Title: Cricket club plans new pavilion
Date: 2024-06-11

The club said the old pavilion would be demolished in September. Its groundsman, Caius Oyelowo-Brandt, thinks the square could be ready by April.
"""


@pytest.mark.parametrize("text, fragment, earlier", [
    (CAMPAIGN, "could pay their way", "campaign group"),
    (CLUB, "ready by April", "The club"),
])
def test_a_named_subject_s_sentence_is_not_carried_on(text, fragment, earlier):
    said = [s for s in statements_of(text) if fragment in s.content]
    assert all(earlier.lower() not in s.speaker.lower() for s in said), [(s.speaker, s.content) for s in said]
