""""How much snow did the blizzard dump" is answered by the lead that gives the reading with its unit
spelled out ("70 centimetres of snow", "180 millimetres of rain"), attributed at its end to a body
("..., according to the Mountain Roads Agency"), also when asked how much "fell" (what the storm dumped
fell: index/vocabulary.yaml `paraphrases`); a sentence with no reading at all is still no answer.
Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

PASS = """Blizzard closes mountain passes

The blizzard dumped 70 centimetres of snow on the Harrowmere pass overnight, according to the Mountain Roads Agency.

Three passes remain closed and drivers have been told to avoid the area.

"The ploughs will be out all night," agency spokesman Teodor Vasch said.
"""

VALLEY = """Storm floods low-lying farms

The storm dumped 180 millimetres of rain on the Fenwold valley in two days, according to the regional weather office.

Farmers said hundreds of sheep had been moved to higher ground.

"We have not seen water like this in thirty years," said farmer Oswin Brackley.
"""

UNMEASURED = """Blizzard closes mountain passes

A blizzard swept over the Harrowmere pass overnight, the Mountain Roads Agency said.

Three passes remain closed and drivers have been told to avoid the area.
"""

snowfall = app_fixture("harrowmere_pass.txt", PASS)
rainfall = app_fixture("fenwold_valley.txt", VALLEY)
unmeasured = app_fixture("harrowmere_unmeasured.txt", UNMEASURED)

test_readings_in_words = table(answers, [
    ask("snowfall", "how much snow did the blizzard dump", "70 centimetres", id="centimetres_of_snow"),
    ask("rainfall", "How much rain did the storm dump?", "180 millimetres", id="millimetres_of_rain"),
    ask("snowfall", "how much snow fell overnight", "70 centimetres", id="what_fell_is_what_it_dumped"),
])

test_no_reading = table(declines, [
    ask("unmeasured", "How much snow did the blizzard dump?", id="a_blizzard_without_a_reading"),
])
