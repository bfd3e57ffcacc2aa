"""A speaker described and then named inside the description ("The camp committee chair, an elderly
farmer named X, said", "The head teacher, a former soldier called Y, said"): the person named
speaks, and a later "he" or "she" finds them.

Every article here is invented.
"""

import pytest

from tests.spec.invented import statements_of

FIELD = """Title: Field notes from the river camps
Date: 2025-03-02

Flooding has cut the road to three of the camps.

The water committee chair, an elderly herder named Tadesse Worknesh-Lund, said families were drinking from the river. He said the queue at the tap took two hours.
"""

SCHOOL = """Title: Village school to reopen after storm
Date: 2024-11-20

The storm tore part of the roof off Kelmscott primary school on Sunday.

The head teacher, a former army engineer called Remy Adjei-Thorne, said the school would reopen on Monday. She thanked parents who had cleared the playground.
"""


@pytest.mark.parametrize("text, fragment, name", [
    (FIELD, "drinking from the river", "Tadesse Worknesh-Lund"),
    (FIELD, "queue at the tap", "Tadesse Worknesh-Lund"),
    (SCHOOL, "would reopen on Monday", "Remy Adjei-Thorne"),
])
def test_the_person_named_in_the_description_speaks(text, fragment, name):
    said = [s for s in statements_of(text) if fragment in s.content]
    assert said and all(s.speaker == name for s in said), [(s.speaker, s.content) for s in said]
