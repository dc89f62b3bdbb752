"""A parsed file made into its models without the costs that grow with the file twice over.

Two costs are spared at scale, neither changing what validation gives or finds:

- **Memory.** Validating a whole file at once holds every parsed entry and every model
  together until the last entry is done. Here the long lists (a hundred thousand targets) are
  validated entry by entry first, each entry replaced in its list by its model as soon as it
  is made, so that the entries are let go as the models grow. The file is then validated as
  before: a model already made passes as it is (pydantic does not validate an instance of
  the field's own class again), and an entry that failed is still the parsed table, for the
  file's validation to report at its place, as it always did.
- **The sets of names.** pydantic gives every model its own set of the fields the file gave
  it (`model_fields_set`), several hundred bytes a model, more than the entry it was made from.
  Entries that give the same fields share one set here. The models are frozen: pydantic adds
  to the set only when a field is assigned, which a frozen model refuses, and `model_copy`
  copies it before changing it.
- **The collector.** Parsing and validating build millions of tables, lists and models, none
  of which refer back to one another: each pass of the cyclic collector meanwhile walks
  everything built so far and frees nothing. It is paused for the while (and put back as it
  was), as `model_cache.decoded` pauses it to rebuild models.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from tzgoals.models import SECTION_MODELS

M = TypeVar("M", bound=BaseModel)
_set_attribute = object.__setattr__

#: Lists shorter than this are left to the file's one validation: validating an entry on its
#: own builds its model's validator a second time, which a small file would pay at start-up.
ONE_BY_ONE_FROM = 1_000


#: One set of field names for every model given the same fields, up to `_MOST_SHARED` sets.
_SHARED_NAMES: dict[frozenset[str], set[str]] = {}
_MOST_SHARED = 4_096


def shared_names(names: set[str]) -> set[str]:
    """The one set equal to `names` that models given these fields share (`names` itself when
    it is the first, or when too many different sets are shared already)."""
    key = frozenset(names)
    shared = _SHARED_NAMES.get(key)
    if shared is None:
        if len(_SHARED_NAMES) >= _MOST_SHARED:
            return names
        shared = _SHARED_NAMES[key] = names
    return shared


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block, and on again after it if it was on."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def validated(file_model: type[M], data: dict[str, Any]) -> M:
    """The file's model, as `file_model.model_validate(data)` gives it; `ValidationError` with
    the same errors it would raise. Each long list of `data` is changed in place, its entries
    replaced by their models: the parsed data is the caller's to let go."""
    with collector_paused():
        made: dict[str, list[Any]] = {}
        for section, entry_model in SECTION_MODELS.items():
            entries = data.get(section.value)
            if not isinstance(entries, list) or section.value not in file_model.model_fields:
                continue
            if len(entries) >= ONE_BY_ONE_FROM and _validate_each(entries, entry_model):
                made[section.value] = data.pop(section.value)
        model = file_model.model_validate(data)
        for name, models in made.items():
            _given(model, name, models)
        return model


def _given(model: BaseModel, name: str, models: list[Any]) -> None:
    """The list of models made entry by entry set on the file's model, as validating it there
    would have set it. Not passed through the file's validation: a model's own checks made
    after its fields (`model_validator(mode="after")`) run again on a model passed as it is,
    and at a hundred thousand goals that is a second pass for nothing."""
    model.__dict__[name] = models
    model.__pydantic_fields_set__.add(name)


def _validate_each(entries: list[Any], entry_model: type[BaseModel]) -> bool:
    """Whether every entry became its model; an entry that did not is left as it was.

    The model's validator is called as `model_validate` calls it, with nothing but the entry:
    `model_validate`'s own Python around the call cost 0.14 s of 0.75 s for 100,000 targets."""
    validate = entry_model.__pydantic_validator__.validate_python
    every = True
    for index, entry in enumerate(entries):
        if type(entry) is not dict:
            every = False
            continue
        try:
            model = validate(entry)
        except ValidationError:
            every = False
            continue  # left as parsed: the file's validation reports it where it stands
        names = model.__pydantic_fields_set__
        shared = shared_names(names)
        if shared is not names:
            _set_attribute(model, "__pydantic_fields_set__", shared)
        entries[index] = model
    return every
