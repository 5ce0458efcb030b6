"""The shapes the OpenAPI description states are exactly the ones the server accepts."""

from __future__ import annotations

import base64
import re

from hypothesis import given, strategies as st

from score_desktop.server import blobs, openapi

HEX64 = st.text("0123456789abcdef", min_size=64, max_size=64)


@given(HEX64)
def test_every_hash_written_in_base64_matches_the_metadata_pattern(sha256):
    assert re.fullmatch(openapi.HEX64_IN_BASE64, base64.b64encode(sha256.encode()).decode())


@given(st.from_regex(f"^{openapi.HEX64_IN_BASE64}$", fullmatch=True))
def test_everything_the_pattern_allows_is_a_hash_the_server_takes(encoded):
    assert blobs.SHA256_RE.match(base64.b64decode(encoded, validate=True).decode("ascii"))


@given(st.lists(st.sampled_from("0123456789abcdefABCDEF:;`g/@"), min_size=64, max_size=64).map("".join))
def test_base64_of_anything_but_a_lower_case_hash_does_not_match(text):
    matches = re.fullmatch(openapi.HEX64_IN_BASE64, base64.b64encode(text.encode()).decode()) is not None
    assert matches == (blobs.SHA256_RE.match(text) is not None)
