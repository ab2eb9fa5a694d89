"""Ask a published feed what the Open Referral UK validator asks: ``python -m generator check-feed URL``.

The validator requests the feed's root, then each list with ``?page=1`` (and the middle and last page when
there are more), then up to ten items of each list by id, following redirects. This does the same over
HTTP and says what a consumer would trip on: an answer that is not there, not JSON, a list whose paging
fields disagree with its contents, an item whose id is not the one asked for. The shape of each answer is
checked against the specification's schemas by the project's tests (``tests/open_referral/``), which have
the specification; this command has no copy of it, and checks what the host does with the files.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Any

LISTS = ("services", "service_at_locations", "taxonomies", "taxonomy_terms")
ITEMS_PER_LIST = 10
PAGING = ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")


@dataclass(frozen=True)
class Answer:
    endpoint: str  # the specification's path: "/services/{id}"
    url: str
    payload: Any
    headers: dict[str, str]


@dataclass
class Probe:
    answers: list[Answer] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # What a host could do better, each with the addresses it was seen at.
    warnings: dict[str, list[str]] = field(default_factory=dict)


def probe(base_url: str, timeout: float = 30) -> Probe:
    """Every request the validator makes of the feed at ``base_url``, and what was wrong with the answers."""
    base = base_url.rstrip("/")
    found = Probe()
    root = _get(found, "/", base + "/", timeout)
    if root is not None and root.payload.get("version") != "3.0":
        found.problems.append(f"{root.url}: 'version' is {root.payload.get('version')!r}, not '3.0'")
    for name in LISTS:
        listed = _get(found, f"/{name}", f"{base}/{name}?page=1", timeout)
        if listed is None or not _paging_agrees(found, listed):
            continue
        pages = listed.payload["total_pages"]
        for number in sorted({(pages + 1) // 2, pages} - {1}):
            _get(found, f"/{name}", f"{base}/{name}?page={number}", timeout)
        for item in listed.payload["contents"][:ITEMS_PER_LIST]:
            asked = str(item.get("id", ""))
            answer = _get(found, f"/{name}/{{id}}", f"{base}/{name}/{asked}", timeout)
            if answer is not None and answer.payload.get("id") != asked:
                found.problems.append(f"{answer.url}: answers with the id {answer.payload.get('id')!r}")
    return found


def _get(found: Probe, endpoint: str, url: str, timeout: float) -> Answer | None:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # follows redirects, as the validator
            body = response.read()
            headers = {key.lower(): value for key, value in response.headers.items()}
    except urllib.error.HTTPError as error:
        found.problems.append(f"{url}: the server answered {error.code} {error.reason}")
        return None
    except (urllib.error.URLError, TimeoutError) as error:
        found.problems.append(f"{url}: no answer ({error})")
        return None
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        found.problems.append(f"{url}: the answer is not JSON")
        return None
    if not isinstance(payload, dict):
        found.problems.append(f"{url}: the answer is not a JSON object")
        return None
    if headers.get("access-control-allow-origin") != "*":
        found.warnings.setdefault("sent without 'Access-Control-Allow-Origin: *', so web pages on other sites "
                                  "cannot read it", []).append(url)
    if "json" not in headers.get("content-type", ""):
        found.warnings.setdefault(f"sent as {headers.get('content-type', 'no media type')}, not as "
                                  "application/json (consumers read it all the same)", []).append(url)
    answer = Answer(endpoint, url, payload, headers)
    found.answers.append(answer)
    return answer


def _paging_agrees(found: Probe, listed: Answer) -> bool:
    page = listed.payload
    missing = [key for key in PAGING if key not in page]
    if missing:
        found.problems.append(f"{listed.url}: a list without {', '.join(missing)}")
        return False
    contents = page["contents"]
    wrong = []
    if page["size"] != len(contents):
        wrong.append(f"'size' is {page['size']} for {len(contents)} items")
    if page["empty"] != (not contents):
        wrong.append(f"'empty' is {page['empty']} for {len(contents)} items")
    if page["total_pages"] == 1 and page["total_items"] != len(contents):
        wrong.append(f"'total_items' is {page['total_items']} on the only page, of {len(contents)} items")
    if page["page_number"] != 1 or page["first_page"] is not True:
        wrong.append("page 1 does not say it is the first page")
    bad_ids = [item.get("id") for item in contents if not _is_uuid(item.get("id"))]
    if bad_ids:
        wrong.append(f"{len(bad_ids)} items without a UUID id, such as {bad_ids[0]!r}")
    found.problems += [f"{listed.url}: {what}" for what in wrong]
    return not wrong


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def run_check_feed(url: str) -> int:
    """The command: print what was asked and what was wrong; exit 1 when anything was."""
    found = probe(url)
    for warning, urls in found.warnings.items():
        print(f"Warning: {len(urls)} of {len(found.answers)} answers were {warning}, such as {urls[0]}")
    for problem in found.problems:
        print(problem, file=sys.stderr)
    noun = "answer" if len(found.answers) == 1 else "answers"
    if found.problems:
        print(f"{len(found.problems)} problems in the feed at {url} ({len(found.answers)} good {noun}).",
              file=sys.stderr)
        return 1
    print(f"The feed at {url} answered all {len(found.answers)} requests the Open Referral UK validator makes.")
    return 0
