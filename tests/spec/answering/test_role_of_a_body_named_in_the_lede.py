""""Who's the conductor of the Harbourside silver band that lost its hall?": the story names the
band and its town in its lede and its conductor paragraphs later ("Conductor NAME, who has led the band since 2009, said");
the job and the body's noun in one passage, the body's name in the same story, is the role reported.
"Who's the boss of the company ...?" is answered by the company's general manager."""

import pytest

from tests.spec.answering.asks import answers, ask, table

STORY = """# Silver band told to leave church hall after 40 years

**Northshore Weekly, 3 March 2026**

HARBOURSIDE — The 28 players of the Seaview Silver Band have been given until the end of April to leave the church hall where they have rehearsed since 1986.

The parish council voted on Monday to let the hall to a nursery from May.

Conductor Miriam Oduya, 51, who has led the band since 2009, said the players had nowhere else big enough to rehearse. "We have asked the council for a school gym, and we are waiting," she said.

The nursery's owner said the hall was the only site it could afford.

The ensemble's instruments are stored by Copperline Freight, a haulage company in the town. Its general manager, Tobias Wren, said the firm would keep them free of charge until the players found a new home.
"""


@pytest.fixture(scope="module")
def story(app_over):
    with app_over("brass.md", STORY) as app:
        yield app


test_a_role_of_a_body_named_in_the_lede = table(answers, [
    ask("story", "who's the conductor of the harbourside silver band that has to leave its hall", "Oduya",
        id="the_job_beside_the_bodys_noun_in_the_story_naming_the_body"),
    ask("story", "who's the boss of the company that stores the ensemble's instruments", "Tobias Wren",
        id="a_companys_boss_is_its_general_manager"),
])
