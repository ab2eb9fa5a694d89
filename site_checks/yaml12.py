"""Read YAML as an editor's YAML extension does (YAML 1.2 core schema), for checking the schemas.

The project reads every value as text; the YAML language server in VS Code
reads YAML 1.2, where ``yes`` and ``10:30`` stay strings but ``12`` is a
number and ``true`` a boolean. The schemas must accept what that reader sees.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")


def load_yaml12(text: str) -> Any:
    node = yaml.compose(text, Loader=yaml.BaseLoader)
    return None if node is None else _value(node)


def _value(node: Node) -> Any:
    if isinstance(node, MappingNode):
        return {_value(k): _value(v) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [_value(item) for item in node.value]
    assert isinstance(node, ScalarNode)
    text = node.value
    if node.style is not None:  # quoted or block text is always a string
        return text
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 0) if text.startswith(("0o", "0x")) else int(text)
    if _FLOAT.match(text):
        return float(text.replace("inf", "Infinity")) if "inf" in text.lower() else float(text)
    return text
