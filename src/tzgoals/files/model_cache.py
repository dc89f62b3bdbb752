"""A validated file's models as JSON, and back again without validating them a second time.

JSON, because it is data only: reading an entry can build nothing but strings, numbers, lists
and dicts, whoever wrote it (pickle and marshal could run code or crash the interpreter). The
models are written by pydantic's own serializer (`exclude_unset`, so that the keys written are
exactly the keys the file gave) and rebuilt field by field as the validated ones were: a
figure's Decimal from its exact text, a date from its ISO form, a word of a closed set as its
enum member, each model with the same fields set. Only models that passed their validation are
written, so there is nothing to check again; anything in an entry that does not fit its model
is a miss.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticUndefined

from tzgoals.files.validation import ONE_BY_ONE_FROM, collector_paused, shared_names

M = TypeVar("M", bound=BaseModel)
Convert = Callable[[Any], Any]
_set_attribute = object.__setattr__


class NotThisModel(Exception):
    """An entry that does not fit the model it is read as: a miss."""


def encoded(model: BaseModel) -> Iterator[bytes]:
    """A valid model as JSON, in parts of about `PART_SIZE` bytes, each model in it with only
    the keys that were set.

    A long list of models (`ONE_BY_ONE_FROM` and more, as validation makes them) is written a
    model at a time, the rest of the model in one piece: the JSON of a million goals is a few
    hundred megabytes the models need not share the memory with. The serializer's bytes are
    used as they come, never `model_dump_json`'s text encoded again."""
    fields = [name for name in type(model).model_fields if name in model.model_fields_set]
    lists = [name for name in fields if _long_list_of_models(getattr(model, name))]
    head = type(model).__pydantic_serializer__.to_json(
        model, exclude=set(lists), exclude_unset=True
    )
    yield head[:-1]  # without its closing brace: the long lists follow
    separator = b"," if len(head) > 2 else b""
    for name in lists:
        yield separator + json.dumps(name).encode() + b":["
        separator = b","
        yield from _models_in_parts(getattr(model, name))
        yield b"]"
    yield b"}"


#: About how many bytes `encoded` gives at a time.
PART_SIZE = 1 << 20


def _long_list_of_models(value: Any) -> bool:
    """A list of `ONE_BY_ONE_FROM` models or more, all of one class (as validation makes them)."""
    if type(value) is not list or len(value) < ONE_BY_ONE_FROM:
        return False
    kind = type(value[0])
    return issubclass(kind, BaseModel) and all(type(item) is kind for item in value)


#: How many models one call of the serializer writes: at 100,000 targets, a call a model cost
#: 0.32 s, a call a thousand 0.20 s, for the same bytes.
_MODELS_PER_CALL = 1000


def _models_in_parts(models: list[BaseModel]) -> Iterator[bytes]:
    """The models (all of one class) as JSON separated by commas, in parts of about
    `PART_SIZE` bytes (one call's more at most)."""
    serializer = _list_serializer(type(models[0]))
    part: list[bytes] = []
    size = 0
    for start in range(0, len(models), _MODELS_PER_CALL):
        run = models[start : start + _MODELS_PER_CALL]
        text = serializer.dump_json(run, exclude_unset=True)[1:-1]  # without the brackets
        part.append(b"," + text if start else text)
        size += len(text) + 1
        if size >= PART_SIZE:
            yield b"".join(part)
            part, size = [], 0
    if part:
        yield b"".join(part)


@cache
def _list_serializer(kind: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[kind])  # type: ignore[valid-type]


def decoded(model_class: type[M], payload: bytes) -> M:
    """The model an entry holds, rebuilt as the validated one was; `NotThisModel` when the
    entry does not fit it."""
    try:
        # Nothing rebuilt refers back to itself; at scale each pass would walk it all again.
        with collector_paused():
            return _rebuild(model_class, json.loads(payload))
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as error:
        raise NotThisModel(str(error)) from None


def _plain(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _decimal_or_bool(value: Any) -> Decimal | bool:
    if isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise TypeError("a figure is its text")
    return Decimal(value)


def _converter(annotation: Any) -> Convert | None:
    """How a field's JSON value becomes the value validation gave it (None: as it is)."""
    annotation = _plain(annotation)
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [_plain(a) for a in get_args(annotation) if a is not type(None)]
        if set(members) <= {Decimal, bool} and Decimal in members:
            return _decimal_or_bool
        if len(members) != 1:
            raise TypeError(f"no rebuilding for {annotation!r}")
        return _optional(_converter(members[0]))
    if origin is list:
        item = _converter(get_args(annotation)[0])
        return (lambda values: [item(v) for v in values]) if item else _list
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return lambda value: _rebuild(annotation, value)
    if annotation is Decimal:
        return _decimal_or_bool
    if annotation is date:
        return date.fromisoformat
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation._value2member_map_.__getitem__
    if annotation in (str, int, bool):
        return None  # JSON gives them as they were; the entry's hash vouches for its bytes
    raise TypeError(f"no rebuilding for {annotation!r}")


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError("a list was written")
    return value


def _optional(convert: Convert | None) -> Convert:
    def converted(value: Any) -> Any:
        if value is None:
            return None
        return convert(value) if convert else value

    return converted


@cache
def _plan(model_class: type[BaseModel]) -> tuple[tuple[str, Convert | None, Any], ...]:
    """Each field's name, how its value is rebuilt, and its default (a list's is copied).

    The annotations are resolved here, not taken from the fields: a model whose validators
    are built on first use (`defer_build`) still has its fields' annotations as the names
    written, and a warm run validates nothing that would build it."""
    hints = get_type_hints(model_class, include_extras=True)
    return tuple(
        (name, _converter(hints.get(name, field.annotation)), field.default)
        for name, field in model_class.model_fields.items()
    )


_new_object = object.__new__


def _rebuild(model_class: type[M], data: dict[str, Any]) -> M:
    """The model with these fields set and every other at its default, as validation left it,
    built as pydantic's `model_construct` builds one but with each value rebuilt."""
    if type(data) is not dict:
        raise TypeError("a model was written as a table")
    values: dict[str, Any] = {}
    found = 0
    for name, convert, default in _plan(model_class):
        if name in data:
            found += 1
            value = data[name]
            values[name] = convert(value) if convert else value
        elif default is PydanticUndefined:
            raise KeyError(f"{name} is required")
        else:
            values[name] = list(default) if type(default) is list else default
    if found != len(data):
        raise KeyError("a key the model does not have")
    model = _new_object(model_class)
    _set_attribute(model, "__dict__", values)
    _set_attribute(model, "__pydantic_fields_set__", shared_names(set(data)))
    _set_attribute(model, "__pydantic_extra__", None)
    _set_attribute(model, "__pydantic_private__", None)
    return model
