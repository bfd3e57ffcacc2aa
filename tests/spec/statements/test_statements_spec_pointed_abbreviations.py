"""A place's or a title's short form with a point does not end the sentence or the name.

Every article here is invented. Philippine, Latin American and Nigerian papers write "Sto. Linhares",
"Sta. Ignacia", "Engr.", "Atty." before a name: "..., said Sta. Ignacia Mayor X" is X's statement,
not the words of a speaker "Sta".
"""

import pytest

from tests.spec.invented import speaker_of, statements_of

_HEAD = "Floods cut villages\n\nBy: Ana Cruz - Correspondent / 06:10 AM June 3, 2025\n\n"


@pytest.mark.parametrize("line,quote,person", [
    ("Roads to three villages were cut, said Sta. Ignacia Mayor Efren Dulay. Rain continued.\n",
     "Roads to three villages", "Efren Dulay"),
    ("Two bridges collapsed on Monday, said Atty. Lorna Bagacina, the provincial legal officer. Crews were out.\n",
     "Two bridges collapsed", "Lorna Bagacina"),
    ("Among the missing were two fishermen, said Sto. Domingo police chief Rommel Tabuena.\n",
     "two fishermen", "Rommel Tabuena"),
])
def test_a_pointed_short_form_before_a_name_keeps_the_attribution_whole(line, quote, person):
    assert speaker_of(statements_of(_HEAD + line), quote) == person
