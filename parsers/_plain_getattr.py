"""Plain attribute reads for our own pydantic models, whose ``__getattr__`` never finds anything.

pydantic's ``BaseModel`` defines ``__getattr__`` (for private attributes and extras). A class with one gets CPython's
slower attribute hook: every read of ``fact.value`` then costs two more type lookups, and CPython 3.11 will not
specialise the instruction that reads it, because the class's ``tp_getattro`` is not the generic one. The audit reads
model attributes some 50,000 times a Longbridge page; the hook cost about 9% of a whole parse + audit (2.0 of 22.5 M
machine instructions, measured with ``del BaseModel.__getattr__`` in a throwaway process).

For a model with no private attributes and no extras (``extra`` not ``"allow"``, and refused per call too: pydantic
2.12 lets ``model_validate(..., extra="allow")`` keep extras on a model that forbids them, which only ``__getattr__``
reads; ``_models._Model`` refuses that), pydantic's ``__getattr__`` only ever raises
``AttributeError("'Fact' object has no attribute 'x'")``, the message CPython's generic lookup gives.
``plain_getattr(cls)`` gives such a class the generic lookup back: it sets the type's ``tp_getattro`` slot to
``PyObject_GenericGetAttr``, as CPython itself does for a class without ``__getattr__``. Nothing else changes: the
method stays where it was (``Fact.__getattr__`` still resolves), and a subclass made later (a user's) gets the hook
again from ``type`` as usual.

It writes into a type object, so it does so only where it can prove where the slot is: on CPython 3.11-3.13 with
the GIL, after reading ``PyObject_GenericGetAttr`` at the slot's place in a plain class, and something else at the
same place in a class with ``__getattr__``. Anywhere else, or with ``QUOTECHECK_PLAIN_GETATTR=0``, it does nothing
and the models work as pydantic made them, a little slower.
"""

from __future__ import annotations

import os
import sys
import sysconfig

from pydantic import BaseModel

try:
    import ctypes
except ImportError:  # a Python built without _ctypes: the models keep pydantic's hook
    ctypes = None  # type: ignore[assignment]

_GETATTRO = 18 * (ctypes.sizeof(ctypes.c_void_p) if ctypes is not None else 8)
"""``offsetof(PyTypeObject, tp_getattro)``: the object header (3 words) and 15 fields before it, unchanged 3.8-3.13."""


class _Plain:
    pass


class _Hooked:
    def __getattr__(self, name: str) -> object:
        raise AttributeError(name)


def _generic_address() -> int | None:
    """The address of ``PyObject_GenericGetAttr`` where the slot's place is proven (see the module), else None."""
    if (ctypes is None or sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13)
            or sysconfig.get_config_var("Py_GIL_DISABLED") or os.environ.get("QUOTECHECK_PLAIN_GETATTR") == "0"):
        return None
    generic = ctypes.cast(ctypes.pythonapi.PyObject_GenericGetAttr, ctypes.c_void_p).value
    plain = ctypes.c_void_p.from_address(id(_Plain) + _GETATTRO).value
    hooked = ctypes.c_void_p.from_address(id(_Hooked) + _GETATTRO).value
    base = ctypes.c_void_p.from_address(id(object) + _GETATTRO).value
    if generic is None or plain != generic or base != generic or hooked in (None, generic):
        return None
    return generic


_GENERIC = _generic_address()


def plain_getattr(cls: type[BaseModel]) -> bool:
    """Give ``cls`` CPython's generic attribute lookup where pydantic's ``__getattr__`` could only raise (see the
    module); True when it did."""
    if _GENERIC is None or cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        return False
    if cls.__getattribute__ is not object.__getattribute__:
        return False  # a class that reads attributes its own way keeps it
    slot = ctypes.c_void_p.from_address(id(cls) + _GETATTRO)
    if slot.value != _GENERIC:
        slot.value = _GENERIC
        ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))
    return True
