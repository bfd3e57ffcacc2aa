""""Who did Oluchi say collected the money?" is answered by her own words, which name the person by
a tie ("My brother-in-law collected the money for my field"), not by a name: in the paragraph that
names her, a sentence naming no one is not weighed down as the answer to a who-question."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REPORT = """Harvest Rights Monitor: Land and Compensation in the Orsk Valley (chapter 3)

3.1 Between March and June, at least 140 households in four villages lost fields to the Orsk Valley tea estate.

3.2 The estate's general manager, Lionel Brackwater, wrote that compensation had been paid in full to every registered holder of the land.

3.3 Several women told us that compensation, where it was paid, went to their husbands or sons. "My brother-in-law collected the money for my field. I have not seen one shilling," said Nanyonga (not her real name), 41, from Kibale village.[12]

3.4 The District Officer for Orsk, Gwendolyn Parr, said complaints about who collected compensation for a field should go to the land tribunal. Parr said the tribunal sits monthly.

[12] Interview with Nanyonga (pseudonym), Kibale village, 3 May.
"""

FEATURE = """The flats where the keys went missing

On the fourth floor of Carrick House, residents say the management company has lost track of who holds the keys.

A spokesman for the management company, Aldous Greenhalgh, said every key to the flats was held in a locked safe and signed out by staff.

Orlaith, who asked that her surname not be used, has lived on the fourth floor for nine years. "My neighbour's son took the spare keys from the office. Nobody ever asked for them back," said Orlaith.

The building's caretaker, Malachy Voss, said he had never been asked who took the spare keys to the flats. Voss said the office is locked at night.
"""

report = app_fixture("orsk.txt", REPORT)
feature = app_fixture("carrick.txt", FEATURE)


def test_her_own_words_name_the_one_who_collected_in_a_report(report):
    answers(report, "Who did Nanyonga say collected the compensation for her field?", "brother-in-law")


def test_her_own_words_name_the_one_who_took_the_keys_in_a_feature(feature):
    answers(feature, "Who did Orlaith say took the spare keys to the flats?", "neighbour's son")
