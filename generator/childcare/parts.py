"""What ``/childcare/`` is called and how it is described, in both its forms (one list, or the list of wards).

The pieces the childcare pages share are in ``templates/macros/childcare.html``.
"""

from __future__ import annotations

TITLE = "Childcare and what it costs"
DESCRIPTION = "Every childcare setting, what it costs, the funded hours it offers and help with paying."
