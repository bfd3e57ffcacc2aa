""""How is A related to B?" is answered by the sentence naming A with a family word ("Her niece,
Odile Lanwyn-Rosorne, keeps goats up the valley") or saying A is no relation, not by a sentence
that shares only the question's other words ("farmers drive farther for a farrier")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

FARRIER = """Valley's last farrier hangs up her apron

Across the upper Callow valley, goat farmers are driving farther for a farrier who will shoe a horse or trim a hoof at short notice.

Bettina Lanwyn-Rosorne, 68, has done that job for forty years and says this spring is her last. The nearest farrier after she retires will be in Dunmarsh, an hour away. Her niece, Odile Lanwyn-Rosorne, keeps goats up the valley.

Goat farmers such as Odile say the retiring farrier will be hard to replace. The parish clerk, Elmago Voigt, who is not related to the farrier despite his famous name, said the parish would try to find a replacement.
"""

farrier = app_fixture("farrier.txt", FARRIER)

test_answers = table(answers, [
    ask("farrier", "how is the goat farmer Odile related to the retiring farrier", "Her niece", id="a_niece_named"),
    ask("farrier", "How is Elmago Voigt related to the farrier?", "not related", id="no_relation_said"),
])
