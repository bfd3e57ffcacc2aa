"""A reaction round-up quotes social-media accounts by their handles ("wrote one user, @ann_k"):
the handle is the speaker. Invented round-ups."""

import pytest


@pytest.mark.parametrize("sentence", [
    '"A 30 per cent refund is a joke," wrote one user, @harbour_ann.',
    '@harbour_ann wrote: "A 30 per cent refund is a joke."',
    'One fan, @harbour_ann, said a 30 per cent refund is a joke.',
])
def test_a_handle_is_the_speaker(statements, one, sentence):
    stmts = statements("The Lakeside Festival cut its headline act on Friday, the organisers said.\n\n"
                       f"Fans were unimpressed. {sentence}")
    assert one(stmts, "refund is a joke").speaker == "@harbour_ann"
