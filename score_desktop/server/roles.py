"""Roles in a push (docs/sync-protocol.md Part 2, "Roles"): who may write a record, and the fields the server
writes itself whatever the client sent.

The rule is :mod:`score_desktop.domain.roles`, the same the desktop applies to its own writes; here it meets the
server's knowledge of each record's creator. A refused mutation is ``rejected`` with ``not_permitted`` and stored
like any rejection (Push, rule 1), so a repeat answers the same.
"""

from __future__ import annotations

import dataclasses

from score_desktop.domain import roles
from score_desktop.server import merge
from score_desktop.server.auth import Principal
from score_desktop.sync import protocol
from score_desktop.sync.protocol import Mutation

_MESSAGES = {roles.ONLY_REVIEWERS: "Only a coordinator or an admin writes a review.",
             roles.TRAINERS_ONLY: "A coordinator reads what trainers recorded and does not change it: write a "
                                  "review comment instead.",
             roles.AUTHORS_ONLY: "A review comment is changed or deleted only by the account that wrote it."}


def refused(principal: Principal, mutation: Mutation, record: merge.RecordState | None) -> merge.Outcome | None:
    """A ``not_permitted`` rejection, or None when ``principal`` may write this record."""
    own = record is None or record.created_by == principal.user_id
    why = roles.refusal(principal.role, mutation.entity, own_record=own)
    if why is None:
        return None
    return merge.Outcome.rejected(protocol.NOT_PERMITTED, _MESSAGES[why])


def stamped(principal: Principal, mutation: Mutation) -> Mutation:
    """The mutation with the fields only the server may set: a review's ``reviewer``, a comment's ``author`` and
    ``author_role``, each the authenticated account's."""
    if mutation.op != protocol.OP_UPSERT:
        return mutation
    if mutation.entity == roles.REVIEW:
        own = {"reviewer": principal.username}
    elif mutation.entity == roles.REVIEW_COMMENT:
        own = {"author": principal.username, "author_role": principal.role}
    else:
        return mutation
    return dataclasses.replace(mutation, fields={**mutation.fields, **own})
