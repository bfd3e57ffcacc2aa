"""A quotes sheet's topic subheads under a speaker's heading ("On the injury to Kit Marlow-Obi:",
"About the referee:") name what the quotes are about, not who said them: the quotes stay the
heading speaker's, never the person the subhead names.

Every article here is invented.
"""

import pytest

from tests.spec.invented import statements_of

SHEET = """MEDIA QUOTES
Ravensholt Blues 24-19 Carrick Vale
Saturday 8 March 2025

BLUES DIRECTOR OF RUGBY TAMSIN OKORO-BLYTHE

On the win:
"We defended for our lives in the last ten minutes. I'm proud of them."

On the injury to Kit Marlow-Obi:
"It looks like a shoulder. He'll see the specialist on Monday."

CARRICK VALE HEAD COACH PIERS ADEOLA-VANCE

On the scrum:
"We were beaten up at the set piece and you can't win like that."
"""

NOTES = """Pre-match press conference quotes
Wednesday 12 November 2025

DUNHOLT UNITED MANAGER OLEKSANDER BRIGHTMAN-SULE

About the transfer window:
"We will not sell anyone in January. The board has been clear."

Regarding Jonah Pellington-Roe:
"Jonah trains with the first team from next week."

ASHCOMBE TOWN MANAGER WILHELMINA ODUYA-KERR

About the derby:
"Every derby is a cup final. We know what it means to the town."
"""


@pytest.mark.parametrize("text, fragment, named, speaker", [
    (SHEET, "It looks like a shoulder", "Kit Marlow-Obi", "Tamsin Okoro-Blythe"),
    (NOTES, "trains with the first team", "Jonah Pellington-Roe", "Oleksander Brightman-Sule"),
])
def test_a_topic_subhead_s_person_is_not_the_speaker(text, fragment, named, speaker):
    said = [s for s in statements_of(text) if fragment in s.content]
    assert said and all(s.speaker == speaker for s in said), [(s.speaker, s.content) for s in said]
