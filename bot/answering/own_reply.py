"""A refusal that is the answer: "What did X say about the reports?" / X: "I could not confirm those reports."

    What did the press secretary say about the reports?   MS. HALE: I could not confirm those reports.
    What did the Spokesperson say about the convoy?       ... the Spokesperson said that the mission could
                                                          not confirm the reports
                                                          -> what X said, answered, not "the articles do not say"

A question about what someone said is answered by that person's own words, even when the words
withhold something: the withholding is what they said. Only when the best sentence is the asked
speaker's statement (by name, or by the role the question gives them); someone else's refusal, or
an article's "the cost was not disclosed", still shows the thing asked is not said.
"""

from __future__ import annotations

from bot.answering.roles import role_speaker
from bot.answering.terms import stems

MIN_WORDS = 3  # a statement's content of fewer words ("nothing") reports no words at all


def own_reply(q, best, people, idf, article_terms=None) -> bool:
    """The best sentence is the statement of the person whose words the question asks about."""
    st = best.statement
    if st is None or not q.speaker or len(st.content.split()) < MIN_WORDS:
        return False  # "Hale has said nothing in public": no words of his, nothing said
    if set(stems(st.speaker)) & set(q.speaker):
        return True
    if st.generic_speaker:
        return False
    article_id = best.chunk.chunk.article_id
    return role_speaker(q, {article_id: people.get(article_id, ())}, idf, article_terms) == st.speaker
