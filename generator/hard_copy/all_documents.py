"""Every printed document of a site, in the order the ``/print/`` page lists them."""

from __future__ import annotations

from ..context import SiteContext
from .booklet import booklets
from .documents import Printed
from .leaflet import leaflets
from .poster import posters


def printed_documents(ctx: SiteContext) -> list[Printed]:
    """The Start for Life booklets, a poster for each venue and a leaflet for each theme."""
    return [*booklets(ctx), *posters(ctx), *leaflets(ctx)]
