""""Who showed off the new X?" is answered by the person who "demonstrated" or "showcased" it, not by
another speaker whose sentence shares more of the question's other words (index/vocabulary.yaml
paraphrases)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

LAUNCH = """Brisk Audio unveils folding speaker

TAIPEI - Brisk Audio used its autumn launch event on Tuesday to unveil a speaker that folds flat for travel.

Chief executive Wen Li-hua said the speaker's launch had been delayed "once, by a month" because of the new hinge, and refused to say how many Brisk expected to sell at the launch.

The company's head of design, Orla Benn, demonstrated the hinge on stage, opening and closing it a dozen times.

Shares in Brisk Audio rose 1.2% after the event.
"""

BLOG = """Notes from the Harwick Makers' Fair

The fair drew about 600 visitors to the town hall on Saturday.

The organiser, Piers Adley, said the new layout of the fair had let every maker show their work and that the raffle for the new kiln had raised 800 pounds.

Senna Vail, a potter from Lyme Regis, showcased the new kiln in the back hall, firing three bowls in an afternoon.

Next year's fair will move to the market hall.
"""

launch = app_fixture("brisk.txt", LAUNCH)
blog = app_fixture("harwick.txt", BLOG)


def test_who_showed_off_is_who_demonstrated_in_a_wire_story(launch):
    answers(launch, "Who showed off the new hinge at Brisk's launch event?", "Orla Benn", lacking="Wen Li-hua")


def test_who_showed_off_is_who_showcased_in_a_blog(blog):
    answers(blog, "Who showed off the new kiln at the fair?", starting="Senna Vail")
