"""A question that takes a thing to be built, or reopened, where the article says otherwise.

- "When will construction start on the road?" where the article has only "a road study under way":
  corrected with the sentence saying it is studied and the next one telling of the study. Where the
  article tells the building, the date is answered.
- "Why did they reopen all the pools?" where the article says some were closed: the closing
  sentence corrects it (the opposite act, index/vocabulary.yaml `opposite_acts`)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies


BRIEFING = """Media availability - Minister of Northern Transport

14 February 2025

MINISTER ADALIND VOSKUIJLEN: Good morning. I want to start with the ice crossings. Six of the nine are open.

QUESTION (Tundra Courier): Will the communities past Kettle Narrows get a permanent link?

MINISTER: That's why we have an all-season road study under way for that corridor.

QUESTION (Tundra Courier): Is the province going to build that road?

MINISTER: The study reports in the autumn. I won't get ahead of it.
"""

COUNCIL = """Harbour crossing: councillors back a closer look

Pellingford Council has commissioned a feasibility study into a second bridge over the Avon Cray, its cabinet member for transport, Rosamund Eckley-Varr, said on Tuesday.

The study, by an outside engineering firm, is due to report next March and will cost £180,000.

"Traffic on the old bridge has doubled in ten years," Ms Eckley-Varr said.
"""

BUILT = """Work on Pellingford's second bridge to start in May

Construction of a second bridge over the Avon Cray will start on 5 May, Pellingford Council said on Tuesday, after a feasibility study found the site suitable.
"""

POOLS = """Swimming pools shut as heating fails

Four of Dunmarrow's six public swimming pools were closed on Tuesday after the boilers that heat them failed, the city's leisure trust said.

The trust said the two pools with their own heating would stay open and that engineers were working on the boilers.
"""

briefing = app_fixture("northern_roads_briefing.txt", BRIEFING)
council = app_fixture("pellingford_bridge_study.txt", COUNCIL)
built = app_fixture("pellingford_bridge_built.txt", BUILT)
pools = app_fixture("dunmarrow_pools.txt", POOLS)


def test_a_road_only_studied_is_not_said_to_be_built(briefing):
    answers(briefing, "When will construction start on the all-season road the minister announced?",
            "do not say so", "road study under way", "reports in the autumn")


def test_a_bridge_only_studied_is_not_said_to_be_built(council):
    answers(council, "Why is Pellingford Council building a second bridge over the Avon Cray?",
            "do not say so", "feasibility study into a second bridge")


def test_a_bridge_being_built_is_answered_with_its_date(built):
    answers(built, "When will construction start on the second bridge?", "5 May", lacking="do not say so")


def test_pools_reopened_are_corrected_by_the_closing(pools):
    answers(pools, "Why did the leisure trust reopen all of Dunmarrow's pools on Tuesday?",
            "do not say so", "Four of Dunmarrow's six public swimming pools were closed")


def test_building_as_a_detail_of_another_act_is_not_corrected(council):
    # "What did X decide about building ...": the decision is asked, the building only its topic.
    replies(council, "What did Pellingford Council decide about building a second bridge?", lacking="do not say so")
