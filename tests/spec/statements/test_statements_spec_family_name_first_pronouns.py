"""A pronoun after a speaker whose name is written family name first.

Every article here is invented. The first-name lexicon reads the first word of "Dao Wenkai" as a
given name (and guesses a gender from it), but in a Chinese or Vietnamese name it is the family
name. '"...," said Dao Wenkai, head of the bureau. He noted that ...' is still Dao's, when no one
else of the pronoun's gender was named just before.
"""

from tests.spec.invented import statements_of, the_one

HUB = '''Hub opens

Published: Wednesday 9 April 2025

A county opened a cold-chain hub on Wednesday.

"In the past, farmers had to sell their mangoes within three days of picking," said Dao Wenkai, head of the county's agriculture bureau. He noted that about 30 percent of the crop used to rot.
'''

def test_a_pronoun_after_a_family_name_first_speaker_is_theirs():
    assert the_one(statements_of(HUB), "30 percent of the crop").speaker == "Dao Wenkai"
