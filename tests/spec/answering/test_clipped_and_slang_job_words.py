"""A question names a job by its clipped or slang word ("the vet inspector", "the cop at the march")
or a body by a clipped word ("the growers assoc"), and asks what settles a thing by "decides" where
the article says it "depends on": each is the article's own fuller wording. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

SWINE_FEVER = """Pig farms in the Lower Drava fenced in after swine fever cases

VARAŽDIN, Thursday 3 September 2026 - Farmers in four villages have been told to keep their pigs indoors after three cases of African swine fever were confirmed on Tuesday.

Inspectors have since visited 310 farms within ten kilometres of the first case.

Dr Mirela Kostanjevec, the district's senior veterinary inspector, said the virus could survive for months in frozen meat.

"If we treat the pigs and keep the sheds, it comes back in spring. Culling the whole herd is the only measure that works. We take no pleasure in it."

A farmer in Sveti Ilija, Franjo Pintarić, said he had lost 180 animals in a week.
"""

MARCH = """Market traders march against new stall fees

OSIJEK, Saturday 12 September 2026 - About 400 market traders marched through the old town on Friday against a plan to double stall fees from January.

The traders, most of them carrying crates of unsold vegetables, walked from the market hall to the town hall, where the deputy mayor, Ivo Bartulović, came out to meet them.

A police officer at the town hall, who asked not to be named because he was not allowed to speak to reporters, said no one was hurt and that the march had been "calm from start to finish".

The deputy mayor said the council would "look again" at the fees.
"""

GROWERS = """Hail-hit orchards wait for payouts

VUKOVAR, Monday 14 September 2026 - Apple growers whose orchards were stripped by hail last week say they have heard nothing from their insurers.

The Slavonian Fruit Growers' Association said on Friday that each member's claim for compensation would be looked at "on its own merits". Its chairman, Mr Dražen Vuković, told the Courier yesterday that payouts would depend on whether a grower had renewed the hail cover before the season began.

One grower, Ana Matić, said she had lost nine tenths of her crop.
"""

three = articles_fixture({"fever.txt": SWINE_FEVER, "march.txt": MARCH, "growers.txt": GROWERS})


def test_the_vet_is_the_veterinary_inspector(three):
    answers(three, "what does the vet inspector say is the only thing that works against swine fever", "Culling the whole herd")


def test_the_cop_is_the_police_officer(three):
    answers(three, "what did the cop at the traders march say about how it went", "calm from start to finish")


def test_what_decides_is_what_it_depends_on(three):
    answers(three, "according to the growers assoc what decides if a member gets compensation", "renewed the hail cover")
