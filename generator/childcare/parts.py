"""What ``/childcare/`` is called and how it is described, in both its forms (one list, or the list of wards).

The pieces the childcare pages share are in ``templates/macros/childcare.html``.
"""

from __future__ import annotations

from ..translation import N_

TITLE = N_("Childcare and what it costs")
DESCRIPTION = N_("Every childcare setting, what it costs, the funded hours it offers and help with paying.")
