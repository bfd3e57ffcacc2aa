""""What caused X to stop doing Y?" asks a cause the article tells in a clause after the act ("spent
nine hours refusing to take payments after its certificate expired", "shut down when a pump
failed"), never with the verb "cause": the sentence holding the act and its cause answers. A
sentence telling only that it stopped, with no cause in any wording, is declined, and so is a
cause of another thing."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

TECH = """Glasswick payments gateway down for nine hours

Glasswick Pay, the payments gateway used by most of the region's small web shops, spent nine hours on Thursday refusing to take card payments after the security certificate it uses to talk to the banks expired.

Shops reported losing a day's trade. "We just watched the basket page fail," said Varrow Books owner Jenna Quillon.

The company said it would now renew certificates a month in advance.
"""

RADIO = """Sallowmere water plant stops supplying homes

Nembury Water's Sallowmere treatment plant shut down on Sunday morning when a chlorine dosing pump failed, leaving 4,000 homes without tap water, the utility says.

Engineers had the plant running again by 6pm, a spokesman says.
"""

PLAIN = """Nembury library closes its doors to the public

Nembury library stopped lending books to the public on Friday, the town council said.

The council will review the library's future in the spring.

Separately, the council said delays to the town's bin collections were caused by a shortage of drivers.
"""

tech = app_fixture("gateway.txt", TECH)
radio = app_fixture("plant.txt", RADIO)
plain = app_fixture("library.txt", PLAIN)

test_answers = table(answers, [
    ask("tech", "What caused Glasswick Pay to stop taking card payments?", "certificate", id="cause_in_an_after_clause"),
    ask("radio", "what caused the Sallowmere plant to stop supplying homes", "pump failed", id="cause_in_a_when_clause"),
])

test_declines = table(declines, [
    ask("plain", "What caused Nembury library to stop lending books?", id="stopping_with_no_cause_is_declined"),
])
