"""A surname alone, written after other people have spoken since both namesakes were named, is the
namesake the article went on calling by that surname (the first), not the one named last: a
second namesake introduced "no relation to ..." is followed by pronouns, and a bare surname
paragraphs later goes back to the story's main figure. Right after the second namesake's own
paragraph, the surname alone is still the one just named."""

from tests.spec.invented import speaker_of, statements_of

TECH_OUTAGE = """Mapleflow's certificate lapse halts deploys for a day

Mapleflow, a hosting service used by small app makers, stopped accepting deployments on Thursday after a certificate it uses to sign builds ran out.

In a blog post published on Friday, Mapleflow's head of platform, Ilse Varnholt, wrote that the renewal alert had gone to an address nobody checked.

"We dropped it, and we are sorry," Varnholt wrote.

Not everyone was satisfied. Jorrit Varnholt - a plugin author, and no relation to Ilse - said the post "skates over the real problem".

"I lost a week of work," he said.

Corinna Fasswell, who chairs the users' forum, said members would ask for a refund of one month's fees.

"People pay for reliability," she said.

Varnholt's post admits the alert was missed twice, and promises a second alert channel by the end of the month.
"""

FARM_WEEKLY = """Grain co-op keeps drying fees flat

The Oskaloo Valley grain co-operative will not raise its drying fees this harvest, its general manager, Bertine Quellmark, told members on Tuesday.

Quellmark said the co-op's new burner had cut gas use by a fifth.

Her cousin, Osric Quellmark, who farms 900 acres near the elevator, said growers had expected a rise. "We budgeted for one," he said.

Agronomist Femi Dallowtree said wet weather had left more grain needing drying. "It has been a long autumn," he said.

Quellmark's report to members says the burner paid for itself within two seasons.
"""

SHED_STORY = """Shed fire

Tobiah Orrisby, 58, lost his workshop in the fire. His neighbour, Pia Orrisby, no relation, called the brigade.

Orrisby said she had seen smoke from her kitchen window.
"""


def test_a_surname_alone_after_other_speakers_is_the_namesake_the_article_followed():
    assert speaker_of(statements_of(TECH_OUTAGE), "alert was missed twice") == "Ilse Varnholt"
    assert speaker_of(statements_of(FARM_WEEKLY), "paid for itself") == "Bertine Quellmark"


def test_a_surname_alone_just_after_the_second_namesake_is_still_the_one_just_named():
    assert speaker_of(statements_of(SHED_STORY), "seen smoke") == "Pia Orrisby"
