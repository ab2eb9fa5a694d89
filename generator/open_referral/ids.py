"""The feed's ids: UUIDs worked out from the records' own ids, so they are the same on every build and machine.

Open Referral needs a UUID for every object, and consumers keep them to match a service from one download
to the next. A UUID made by hashing (version 5) from the council's name, the kind of object and the
record's id changes only when one of those does. The council's name is part of it so that two councils'
"stay-and-play" services, merged in one directory, never share an id.
"""

from __future__ import annotations

import uuid

# This project's own namespace for the hash: fixed forever, or every council's ids would change.
NAMESPACE = uuid.UUID("cd2521ea-41c2-4f92-ab3b-cb922b9e23dc")


class FeedIds:
    """The ids of one council's feed."""

    def __init__(self, council_name: str) -> None:
        self.council = uuid.uuid5(NAMESPACE, council_name)

    def __call__(self, kind: str, *key: str) -> str:
        """The id of the ``kind`` of object (``service``, ``location``...) named by ``key``."""
        return str(uuid.uuid5(self.council, "/".join((kind, *key))))
